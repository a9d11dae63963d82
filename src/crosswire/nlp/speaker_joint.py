"""Joint statements: "the mayor and the governor said", and a "they" that goes on with them.

``JointResolution`` is the part of ``speakers.SpeakerResolver`` that reads coordinated
speakers: the first named fills the statement's speaker, the others are its co-speakers, and
a "they" just after goes on with all of them; two bare titles before one name ("Writer and
director X") are that one person's. It relies on the resolver's state (the parse,
mentions by token, the mentions) and its ``resolve_head`` and ``_named_members``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from crosswire.knowledge.speaking import group_size
from crosswire.models import Mention, Resolution
from crosswire.nlp.mention_roles import is_role_word
from crosswire.nlp.speaker_descriptions import DESCRIPTION_FALLBACK_CONFIDENCE, with_the
from crosswire.nlp.speaker_names import NAMED_CONFIDENCE
from crosswire.nlp.speaker_pronouns import NEAR_WINDOW_CHARS, Speaker

# "They" just after a joint statement goes on with its speakers.
JOINT_PRONOUNS = {"they"}
JOINT_PRONOUN_CONFIDENCE = 0.75
# Words that make a definite plural a different set of people ("the other senators").
OTHERS = {"other", "remaining", "rest"}


class JointResolution:
    """Coordinated speakers and the "they" after them (a mixin of SpeakerResolver)."""

    def bind_co_speakers(self, head: Token, first: str | None) -> list[str]:
        """The mentions of the other speakers of a joint statement, in text order: "the
        mayor, X, and the governor, Y, said" gives Y beside X, and a "they" just after
        goes on with both. Only conjuncts the text names or describes by a role it gave
        them count; a guess stays out. Binds them as the joint statement a following
        "they" goes on with, so it is called once per statement, in text order."""
        if self._names_the_joint(head):
            offset, speakers = self.joint
            if speakers and first == speakers[0] and (
                    head.idx - offset <= NEAR_WINDOW_CHARS):
                return speakers[1:]
            if head.lower_ in JOINT_PRONOUNS:
                return []
        found: list[str] = []
        own = self.mention_of_token.get(head.i)
        if own is not None and first is not None and own.id != first and own.kind == "person" and (
                any(t.dep_ == "cc" and t.lower_ in ("and", "&") for t in head.subtree)):
            found.append(own.id)  # "MP X and council leader Y said", X read as Y's modifier
        for conjunct in [*_conjuncts(head), *self._named_members(head)[1:]]:
            speaker = self.resolve_head(conjunct)
            if speaker.mention is None or speaker.mention == first or speaker.mention in found:
                continue
            mention = next(m for m in self.mentions if m.id == speaker.mention)
            resolution = speaker.resolution
            if mention.kind != "place" and resolution.method in ("named", "description") and (
                    resolution.confidence > DESCRIPTION_FALLBACK_CONFIDENCE):
                found.append(speaker.mention)
        # "they" goes on with a joint statement only until someone else speaks
        self.joint = (head.idx, [first, *found]) if found and first is not None else (0, [])
        return found

    def _titled_name(self, span: Span) -> Speaker | None:
        """"Actress and activist X said", "Writer and director X said": two bare titles of
        one person, the parse hanging the name on the second as the first one's conjunct;
        the name speaks, alone. A role with a determiner ("the mayor and Governor X") or a
        name of its own ("Mayor Y and Governor X") is a second speaker."""
        head = span.root
        if head.pos_ != "NOUN" or head.tag_ != "NN" or not is_role_word(head) or any(
                c.dep_ not in ("cc", "conj") for c in head.children):
            return None
        cc = [c for c in head.children if c.dep_ == "cc"]
        conj = [c for c in head.children if c.dep_ == "conj"]
        if len(cc) != 1 or cc[0].lower_ != "and" or len(conj) != 1 or conj[0].pos_ != "PROPN":
            return None
        name = conj[0]
        title = name.left_edge
        mention = self.mention_of_token.get(name.i)
        if (mention is None or mention.kind != "person" or title.i != cc[0].i + 1
                or title.i == name.i or not is_role_word(title)):
            return None
        return self._found(self.doc[head.i : name.i + 1], mention, "named", NAMED_CONFIDENCE)

    def _joint_pronoun(self, span: Span) -> Speaker | None:
        """"They", or a definite plural of people ("the lawmakers", "the two leaders"),
        just after a joint statement: its speakers again, the first named. An anonymous
        source's noun ("the officials") names others."""
        offset, speakers = self.joint
        if not self._names_the_joint(span.root) or not speakers or (
                span.start_char - offset > NEAR_WINDOW_CHARS):
            return None
        method = "pronoun" if span.root.lower_ in JOINT_PRONOUNS else "description"
        return Speaker(span, speakers[0], Resolution(method, JOINT_PRONOUN_CONFIDENCE))

    def _names_the_joint(self, head: Token) -> bool:
        """"they", or "the lawmakers", "the two leaders", or a noun counting as many as
        spoke ("the pair"): words that may go on with the speakers of a joint statement. A definite plural points back; but "the other
        lawmakers" are others, and "the officials" after "officials said" are those."""
        if head.lower_ in JOINT_PRONOUNS:
            return True
        if with_the(head) and group_size(head.lemma_) == len(self.joint[1]):
            return True  # "the pair said" after two speakers: those two
        if head.tag_ != "NNS" or not is_role_word(head) or not with_the(head) or any(
                c.dep_ == "appos" for c in head.children):
            return False  # "the chairs, X and Y, said": named here
        lemma = head.lemma_.lower()
        return not any(c.lower_ in OTHERS for c in head.children) and not any(
            lemma == unnamed for _, unnamed in self.unnamed_sources)

    def _first_of_joint(self, span: Span) -> Mention | None:
        """The first named speaker of coordinated ones ("Norsk Hydro and partner Brevik SE").
        An "and" inside a name joins no speakers: "Parks and Rivers (PR) Director X" is
        one person titled by one body."""
        if not any(t.dep_ == "cc" and t.lower_ == "and" and t.i not in self.mention_of_token
                   for t in span):
            return None
        for token in span:  # "Local MP X and council leader Y": the first name before "and"
            if token.dep_ == "cc":
                return None
            first = self.mention_of_token.get(token.i)
            if first is not None:
                return first if first.kind != "place" else None
        return None


def _conjuncts(head: Token) -> list[Token]:
    """The nouns coordinated with a speaker's head by "and" ("X, Y and Z"), also those the
    parser hung on the head's apposition ("the mayor, X, and the governor")."""
    appositions = [c for c in head.children if c.dep_ == "appos"]
    chain = [head, *appositions]
    # "the director, X, and its secretary-general, Y": the parse may hang Y on the head too
    conjuncts: list[Token] = appositions[1:]
    while chain:
        token = chain.pop(0)
        for child in token.children:
            if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON", "ADJ"):
                conjuncts.append(child)
                chain.append(child)
    coordinators = {t.lower_ for t in head.subtree if t.dep_ == "cc"}
    if not coordinators or not coordinators <= {"and", "&"}:  # "X or Y said": not both
        return []
    return sorted(conjuncts, key=lambda t: t.i)
