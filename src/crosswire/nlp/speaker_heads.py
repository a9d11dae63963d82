"""Who speaks for a cue: the head token of its speaker in the dependency parse.

The subject, a passive agent, a governing verb's subject, the person of "X was quoted as
saying", or a name the parse left unattached ('"...," said X', 'X, a minister, said').
Resolving that head to an actor is ``speakers``' job.
"""

from __future__ import annotations

from spacy.tokens import Token

from crosswire.nlp.circumstances import DATE_ENTITIES
from crosswire.nlp.cue_frames import infinitive_marker
from crosswire.nlp.cues import load_lexicon
from crosswire.nlp.layout import in_dateline, paragraph_break

CLOSING_MARKS = "\"\u201d\u2019\u00bb'"
# A cue with no subject of its own takes its head's when it hangs on it by one of these
# ("adding that", "X denied it, saying that", "X was quoted as saying").
SUBJECTLESS_DEPS = {"advcl", "xcomp", "conj", "pcomp", "acl", "relcl", "ccomp", "dep",
                    "acomp"}
# Tags of a finite verb: a finite cue may find a speaker the parse left off it, and no
# infinitive is coordinated with one.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
SPEAKER_POS = {"NOUN", "PROPN", "PRON", "NUM", "DET", "ADJ", "X"}
QUOTED_AS_WINDOW = 12
# "X, wearing a cowboy hat and campaign pins, said": a phrase describing X of at most this
# many tokens between the speaker and the cue.
PARTICIPLE_PHRASE_TOKENS = 16
# "X was quoted as saying", "X could be heard telling": the passive's subject speaks.
QUOTED_PASSIVES = {"quote", "hear", "overhear", "record", "film", "see"}
# The words of an age description before its number ("the 62-year-old").
AGE_WORDS = {"the", "a", "an", "-", "year", "years"}


def is_age(token: Token) -> bool:
    """"the 46-year-old": a person named by age, tagged as a date."""
    return token.lower_ == "old" and token.i >= 2 and token.doc[token.i - 2].lower_ in (
        "year", "years")


def age_start(age: Token) -> int:
    """Where "the 62-year-old" begins, for its "old" however the parser attached the rest."""
    start = age.i
    while start > 0 and (age.doc[start - 1].lower_ in AGE_WORDS or age.doc[start - 1].like_num):
        start -= 1
    return start


RELATIVE_OPENINGS = {"who", "whose", "which"}


def person_before(cue: Token) -> Token | None:
    """The nearest person named earlier in the cue's sentence, when the parse offered a
    date or time for the speaker."""
    for token in reversed(cue.doc[cue.sent.start : cue.i]):
        if token.ent_type_ == "PERSON":
            while token.dep_ in ("compound", "flat") and token.head.i > token.i:
                token = token.head
            return token
    return None


def is_closing_mark(text: str) -> bool:
    """One closing quotation mark, or the two apostrophes some archives type for one."""
    return bool(text) and len(text) <= 2 and all(c in CLOSING_MARKS for c in text)


def _first_of_joined(subject: Token) -> Token:
    """"Councillor X, a Green from the harbour ward, and most of her group have pledged":
    after an apposition the parse may give the verb two subjects, the "and" before the second
    one hanging in the first one's phrase (on the name or on its apposition); the first named
    speaks, as in any joint statement, not the one nearest the verb."""
    before = subject.left_edge.i - 1
    if before < 0 or subject.doc[before].dep_ != "cc":
        return subject
    earlier = [c for c in subject.head.children if c.dep_ == "nsubj" and c.i < subject.i
               and c.left_edge.i <= before <= c.right_edge.i]
    return earlier[0] if earlier else subject


def subject_of(cue: Token) -> Token | None:
    """The head of the speaker: the subject, the passive agent, or a governing verb's;
    for a relative clause the relative pronoun ("who"), which resolves to its noun."""
    quoted_person = _quoted_as_saying(cue)
    if quoted_person is not None:
        return quoted_person
    token: Token | None = cue
    for _ in range(5):
        assert token is not None
        # "LONDON (Reuters) - X said": a dateline parsed as a second subject; the
        # subject nearest the verb speaks
        for child in sorted(token.children, key=lambda c: (c.dep_ != "nsubj", -c.i)):
            if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ in SPEAKER_POS:
                if child.dep_ == "nsubjpass" and token.lemma_ not in QUOTED_PASSIVES:
                    continue
                if in_dateline(child) or paragraph_break(child, cue):
                    # "NAIROBI (Reuters) — The president, X, said", or a subheading
                    # glued onto the paragraph after it: the dateline or heading took the
                    # subject's place and the speaker hangs on it as an apposition
                    child = next((c for c in child.children if c.dep_ == "appos"
                                  and not in_dateline(c) and not paragraph_break(c, cue)), None)
                    if child is None:
                        continue
                return _first_of_joined(child)
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        quoted = _quoted_object(token)
        if quoted is not None:
            return quoted
        if (token.dep_ == "acl" or token.dep_ == "relcl" and _infinitive(token)) and (
                token.head.pos_ in ("NOUN", "PROPN")):
            if token.tag_ == "VBG":
                return token.head  # "a statement saying"
            if token.head.pos_ == "PROPN" and token.head.dep_ == "ROOT":
                # '"...!" X, the head of the union, tweeted': the parse made the name the
                # sentence's root and hung the verb on it
                return token.head
            token = token.head.head  # "held a briefing to brag that": who held it
            continue
        if token.dep_ not in SUBJECTLESS_DEPS and token.dep_ != "prep" and not _in_fixed_phrase(token):
            break
        token = _reporting_verb_of(token) or token.head
    return unattached_subject(cue) if _is_finite(cue) else None


def _in_fixed_phrase(noun: Token) -> bool:
    """A bare singular noun inside a compound preposition ("in addition to stating that
    ..., X vowed", "in response to claims that"): the climb goes on through it to the
    verb whose subject speaks. A noun with a determiner or owner ("on a general for
    proposing") may be the one who does what follows, so the climb stops there."""
    return (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.tag_ == "NN"
            and not any(child.dep_ in ("det", "poss", "amod", "compound") for child in noun.children))


def _infinitive(verb: Token) -> bool:
    """"a briefing to brag that": a to-infinitive with no subject of its own."""
    return verb.tag_ == "VB" and any(infinitive_marker(c) for c in verb.children)


def _reporting_verb_of(participle: Token) -> Token | None:
    """"X said that the state would adopt it, calling it ...": a participle set off by a
    comma that the parse hung on the reported clause goes on with the reporting verb's
    subject, not the clause's."""
    head = participle.head
    if (participle.tag_ == "VBG" and participle.dep_ == "advcl" and participle.i > 0
            and participle.doc[participle.i - 1].text == "," and head.dep_ == "ccomp"
            and load_lexicon().is_speech(head.head.lemma_)):
        return head.head
    return None


def _is_finite(cue: Token) -> bool:
    """A finite verb, or a past tense the tagger read as a participle ("a third agreed")."""
    return cue.tag_ in FINITE_TAGS or (cue.tag_ == "VBN" and cue.dep_ == "ROOT" and not any(
        c.dep_ in ("aux", "auxpass") for c in cue.children))


def quoting_verb(cue: Token) -> Token | None:
    """The "quote" of "X quoted Y as saying", however the parser attached it."""
    if cue.i < 2 or cue.doc[cue.i - 1].lower_ != "as":
        return None
    for token in reversed(cue.doc[max(0, cue.i - QUOTED_AS_WINDOW) : cue.i - 1]):
        if token.lemma_ == "quote":
            return token
    return None


def _quoted_as_saying(cue: Token) -> Token | None:
    quoting = quoting_verb(cue)
    if quoting is None:
        return None
    quoted = [c for c in quoting.children if c.dep_ == "nsubjpass" and c.pos_ in SPEAKER_POS]
    if quoted:  # "He was quoted by state media as saying": not the media
        return quoted[0]
    person = cue.doc[cue.i - 2]
    return person if person.pos_ in ("PROPN", "NOUN", "PRON") else None


def unattached_subject(cue: Token) -> Token | None:
    """The parse left the speaker off the cue: '"...," added another Republican' (read
    as an object) or 'her adviser, Jake Sullivan, said:' (read as an apposition)."""
    doc = cue.doc
    before = doc[cue.i - 1] if cue.i > 0 else None
    if before is not None and (is_closing_mark(before.text) or before.text == ","):
        for token in doc[cue.i + 1 : cue.i + 5]:
            if token.pos_ in ("PROPN", "NOUN") and token.head.i == cue.i and (
                    token.ent_type_ not in DATE_ENTITIES):  # "..., said Tuesday"
                return token
        name = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
        while name is not None and name.dep_ == "compound" and name.head.i > name.i:
            name = name.head
        if name is not None and name.pos_ == "PROPN" and name.ent_type_ not in DATE_ENTITIES:
            return name  # '"...," said Robin X, half joking': the name after the cue
    index = _before_participle_phrase(cue)
    if index < cue.i - 1 and doc[index].pos_ == "PROPN" and doc[index].ent_type_ not in (
            DATE_ENTITIES):
        # the name a phrase set off before the cue describes speaks, however the parse
        # hung it ("X, the former captain who co-chairs the commission, said")
        return doc[index]
    while index >= 0 and (doc[index].dep_ in ("aux", "neg", "advmod") or doc[index].text == ","):
        index -= 1
    if index >= 0 and is_age(doc[index]):
        return doc[index]  # '"...," the 62-year-old said', the age read as the verb's modifier
    if index < 0 or doc[index].pos_ not in ("PROPN", "NOUN"):
        return None
    nearest = token = doc[index]
    if nearest.ent_type_ == "PERSON" and nearest.dep_ == "pobj" and any(
            child.ent_type_ in DATE_ENTITIES for child in nearest.lefts):
        return nearest  # "In March Oyelaran told reporters": the parse read the name into the date
    outermost_apposition = None
    # climb out of appositions and their attachments: "Col. X, a spokesman in Baghdad, said"
    while token.dep_ in ("appos", "compound", "pobj", "prep") and token.head.i < token.i:
        if token.dep_ == "appos":
            outermost_apposition = token
        token = token.head
    if token.pos_ in ("ADP", "ADV"):
        # "In a statement to the Courier, her adviser, Y, said:" or "Back in Halden, the
        # mayor, Y, said": the climb left the phrase the parse hung the speaker on; the
        # speaker is the apposition set off inside it
        return outermost_apposition
    if token.head.i >= cue.i or token.head.i == token.i:
        return token
    before_name = doc[token.left_edge.i - 1].text if token.left_edge.i > 0 else ""
    if token.pos_ == "PROPN" and (before_name == "," or is_closing_mark(before_name)):
        # "..., Iryna X, a minister, said": a name set off before the cue, or right after
        # the quotation it speaks
        return token
    return nearest if nearest.dep_ == "appos" else None  # an apposition hung on a wrong noun


def _before_participle_phrase(cue: Token) -> int:
    """Where to look back from for a speaker the parse left off the cue: before a phrase
    set off by commas just before it that describes the name before it - a participle
    ("X, wearing a cowboy hat, said"), a relative clause ("X, who heads the union, said")
    or a description ("X, the former captain who co-chairs the commission, said") - else
    just before the cue."""
    doc = cue.doc
    if cue.i < 2 or doc[cue.i - 1].text != ",":
        return cue.i - 1
    for index in range(cue.i - 2, max(-1, cue.i - PARTICIPLE_PHRASE_TOKENS), -1):
        if doc[index].text == ",":
            opening = doc[index + 1]
            participle = opening.tag_ in ("VBG", "VBN") and opening.dep_ in ("advcl", "acl")
            relative = opening.lower_ in RELATIVE_OPENINGS
            described = opening.lower_ in ("the", "a", "an") and index > 0 and (
                doc[index - 1].pos_ == "PROPN")
            return index - 1 if participle or relative or described else cue.i - 1
    return cue.i - 1


def _quoted_object(token: Token) -> Token | None:
    """"AFP quoted adviser X as saying": the quoted person is the object of "quote"."""
    if token.lemma_ != "quote":
        return None
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            return child
    return None


def quoting_outlet(cue: Token) -> str | None:
    """The words before "quoted" in "AFP on Sunday quoted X as saying": the carrier."""
    quoting = quoting_verb(cue)
    if quoting is None:
        for ancestor in cue.ancestors:
            if ancestor.lemma_ == "quote":
                quoting = ancestor
                break
    if quoting is None:
        return None
    return cue.doc[max(0, quoting.i - QUOTED_AS_WINDOW // 2) : quoting.i].text
