"""What a cue verb reports: the span of its complement in the parse.

A complement clause ("said that ..."), an infinitive ("vowed to repeal"), an object
("denied any links"), an object with its predicate ("called the plan a disaster"), a
preposition's object ("called for talks"), or the clause a parenthetical cue interrupts
("X, she said, is Y"). ``clauses`` finds the cues and asks this module what each reports;
``nominal_cues`` shares its prepositions of content.
"""

from __future__ import annotations

from spacy.tokens import Token

from crosswire.nlp.candidates import char_range
from crosswire.nlp.circumstances import is_recipient
from crosswire.nlp.cue_frames import (
    cue_lemma,
    misattached_clause,
    reports_on_its_own,
    states_an_aim,
)
from crosswire.nlp.cues import CueType, Lexicon
from crosswire.nlp.speaker_heads import FINITE_TAGS, is_closing_mark

# One-word answers a speech verb reports as its whole content ("half said no").
ANSWER_WORDS = {"so", "yes", "no"}
OBJECT_TAIL_DEPS = {"prep", "oprd", "xcomp", "ccomp", "advcl", "dative", "acomp"}
COMPLEMENT_PREPOSITIONS = {"for", "about", "on", "against", "to", "of"}
# Modals of reported speech ("said she ..., and would continue ..."; "ca"/"wo": can't, won't).
REPORTED_MODALS = {"would", "could", "should", "might", "will", "ca", "can", "wo"}
OPENING_QUOTES = {"\"", "\u201c", "\u00ab", "\u201e"}
# A relative or wh- word ("which", "that", "what") opening a clause.
RELATIVE_TAGS = {"WDT", "WP"}
# What a cue says of its object ("described it as cruel", "called it "rotten"").
PREDICATE_DEPS = {"oprd", "acomp", "xcomp", "ccomp"}
# "voted on March 1", "spoke for 77 minutes": when, how long, not what about
NOT_CONTENT_ENTITIES = {"DATE", "TIME", "QUANTITY", "CARDINAL"}
# At most this many words of a label before a colon that opens a sentence ("Why it matters:").
MAX_LABEL_TOKENS = 6


def complement(cue: Token, cue_type: CueType, lexicon: Lexicon, *,
                has_speaker: bool) -> tuple[int, int] | None:
    """Character range of what the cue reports, from the parse: a complement clause,
    an infinitive ("vowed to repeal"), an object for verbs that report through one
    ("denied any links"), or the clause the cue interrupts ("X, she said, is Y")."""
    # An object or infinitive reports something only with someone doing the reporting
    # ("a super PAC supporting X" and "isn't expected to attend" do not).
    lemma = cue_lemma(cue, lexicon)
    extra = lexicon.complements.get(lemma, frozenset()) if (
        has_speaker and reports_on_its_own(cue, lexicon)) else ()
    complements = ([c for c in cue.children if c.dep_ == "ccomp" and _is_clause(c)]
                   or misattached_clause(cue, lexicon))
    if states_an_aim(cue_type, lemma, complements, lexicon):
        return None  # "wanted the library to stay open": an aim, not a view
    if not complements and cue_type == "speech" and has_speaker and "dobj" not in extra:
        complements = _object_with_its_verb(cue)
    if not complements and "xcomp" in extra:
        complements = [c for c in cue.children if c.dep_ == "xcomp"]
        if complements:  # "urged the industry to do more": whom, and what to do
            complements += [c for c in cue.children if c.dep_ in ("dobj", "dative")
                            and cue.i < c.i < complements[0].i]
    if not complements and "dobj" in extra:
        # "calling the levy "a tax on the poor"": the object with its predicate
        complements = [c for c in cue.children if c.dep_ in ("dobj", "oprd")
                       or c.dep_ == "ccomp"]
        if not any(c.dep_ == "dobj" for c in complements):
            complements = []
    if not complements and "as" in extra:
        # "sees Clinton as the stronger candidate", "called the system "rotten""
        objects = [c for c in cue.children if c.dep_ == "dobj"]
        predicates = [c for c in cue.children if c.dep_ == "oprd" or (
            c.dep_ == "prep" and c.lower_ == "as")]
        # ... or the parse hung the predicate on the object: "called the plan "a
        # disaster"" (apposition), "called both men crazy" (adjective after the noun)
        predicates += [c for o in objects for c in o.children if c.i > o.i and (
            c.dep_ in ("appos", "amod") or c.dep_ == "prep" and c.lower_ == "as")]
        # (or "called her "third-rate"": a predicate alone; but one opening with a
        # determiner is the thing called, an object the parse misread: "called the race")
        if predicates and (objects or any(c.dep_ == "oprd" and c.left_edge.tag_ != "DT"
                                          for c in predicates)):
            complements = objects + predicates
    if not complements and "prep" in extra:  # "called for a special prosecutor"
        after = _after_particle(cue)
        complements = [o for c in cue.children if c.dep_ == "prep" and c.i == after
                       and (c.lower_ in COMPLEMENT_PREPOSITIONS
                            and c.lower_ not in lexicon.act_prepositions.get(lemma, ())
                            or c.lower_ in lexicon.prepositions.get(lemma, ()))
                       for o in c.children if o.dep_ in ("pobj", "pcomp") and not (
                           c.lower_ == "to" and is_recipient(o, lexicon.recipients))
                       and o.ent_type_ not in NOT_CONTENT_ENTITIES]
        # "is calling for the states to act": the parse makes "for" a clause's mark
        complements += [c for c in cue.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.i == cue.i + 1 and m.lower_ in COMPLEMENT_PREPOSITIONS
            for m in c.children)]
        if complements:  # "called for the secretary | to release the transcripts"
            end = max(c.right_edge.i for c in complements)
            complements += [c for c in cue.children if c.dep_ in ("advcl", "xcomp")
                            and c.i == end + 2 and cue.doc[end + 1].lower_ == "to"]
    if len(complements) > 1 and any(c.i > cue.i for c in complements):
        complements = [c for c in complements if c.i > cue.i or c.dep_ != "ccomp"]
    if complements:
        first = min(c.left_edge.i for c in complements)
        last = max(c.right_edge.i for c in complements)
        leading = cue.doc[first]
        if leading.dep_ == "mark" and leading.head in complements and (
                leading.lower_ in COMPLEMENT_PREPOSITIONS):
            first += 1  # "calling for | the states to act": "for" belongs to the cue
        if any(c.dep_ == "dobj" for c in complements):
            # "described the ground as "Swiss cheese"": the object and what follows it
            # A following clause with a subject of its own is another event, not the
            # object's tail ("announced the annexation ..., X signed a decree").
            last = max([last] + [c.right_edge.i for c in cue.rights
                                 if c.dep_ in OBJECT_TAIL_DEPS and c.i > first
                                 and not any(g.dep_ in ("nsubj", "nsubjpass", "expl")
                                             for g in c.children)])
        if complements[0].dep_ in ("ccomp", "relcl") and complements[0].i > cue.i:
            # "X said she hoped to ..., and then would continue to ...": a conjunct with
            # no subject and a modal of reported speech goes on with what X said, and so
            # does a quotation joined by "and" ("told Y that A and "we were asked ..."")
            last = max([last] + [c.right_edge.i for c in cue.rights if c.dep_ == "conj"
                                 and c.i > last and (_continues_report(c) or _quoted_conjunct(c))])
        first = _after_label(cue, first, complements[0])
        if last == first and complements[0].dep_ != "ccomp" and cue.doc[first].pos_ != "PROPN":
            return None  # "denied it", "what he described": nothing to report (but
            # "supports Sanders" takes a side)
        if first < cue.i and cue.doc[first].tag_ in RELATIVE_TAGS:
            # "the levy, which she said would keep the ferries running", "a rule that
            # critics condemned as cruel": the relative word stands for a thing named
            # before, and the content is what follows the cue, never its speaker and cue;
            # with nothing of it after the cue ("what it demanded during the boycott") the
            # cue reports nothing
            after = [c for c in (*complements, *cue.children) if c.i > cue.i and (
                c in complements or c.dep_ in PREDICATE_DEPS
                or c.dep_ == "prep" and c.lower_ == "as")]
            if not after:
                return None
            first = min(t.i for c in after for t in c.subtree if t.i > cue.i)
            last = max([last] + [c.right_edge.i for c in after])
        return char_range(cue.doc[first], cue.doc[last])
    answers = [c for c in cue.children if c.i == cue.i + 1 and c.lower_ in ANSWER_WORDS]
    if answers and has_speaker and cue_type == "speech":
        return char_range(answers[0], answers[0])  # "55 percent said yes", "he said so"
    if cue_type == "belief":
        return None  # "as he thinks" rarely frames a clause; "polls show" and "said" do
    head = cue.head
    # "As X explained, taxes were postponed": the clause the cue comments on.
    if cue.dep_ == "advcl" and any(c.lower_ == "as" and c.dep_ == "mark" for c in cue.children) and (
            cue.right_edge.i < head.right_edge.i):
        return char_range(cue.doc[cue.right_edge.i + 1], head.right_edge)
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
    # "When they spoke by phone, the call was short": a clause opened by a subordinator
    # tells when or why the other happened; a parenthetical "she said" has none.
    subordinate = any(c.dep_ == "mark" or c.tag_ == "WRB" and c.i == cue.left_edge.i
                      for c in cue.children)
    # "Crews will repair the walls, the county announced Monday": a comma, not "and",
    # joins the report to what it reports, though the parse may make it a conjunct
    joined = cue.dep_ == "conj" and not any(
        c.dep_ == "cc" and head.i < c.i < cue.i for c in (*head.children, *cue.children))
    if (cue.dep_ in ("parataxis", "ccomp", "advcl") or joined) and head.pos_ in ("VERB", "AUX") and (
            has_subject and not subordinate):
        left, right = cue.left_edge.i, cue.right_edge.i
        while left < cue.i and cue.doc[left].text in ",\u2014\u2013":
            left += 1  # the comma that sets the cue off, which the parse may hang on it
        # The cue interrupts its head only if words of the head follow it: the full stop
        # or line break closing "She said she had asked ..." leaves "asked" the content.
        if head.left_edge.i < left and right < last_word(head).i:
            return char_range(head.left_edge, head.right_edge)  # "X, she said, is Y"
        set_off = left > 0 and (cue.doc[left - 1].text in ",\u2014\u2013-" or
                                is_closing_mark(cue.doc[left - 1].text))
        if head.i < cue.i and left > head.left_edge.i and set_off:
            return char_range(head.left_edge, cue.doc[left - 1])  # "Talks are over, he said"
    if cue.dep_ == "ROOT" and has_subject and not subordinate:
        return _loose_clause_before(cue)
    return None


def _loose_clause_before(cue: Token) -> tuple[int, int] | None:
    """"The memo called on the council to act, the aide said": the parse made the cue the
    root and hung the reported clause on it loosely ("dep", or a second subject), from the
    sentence's start up to the comma before the cue's own subject, the one nearest it."""
    subjects = [c for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None  # the subject follows the cue ("..., said the aide"): not this parse
    comma = subjects[-1].left_edge.i - 1
    loose = [c for c in cue.lefts if c.dep_ in ("dep", "nsubj", "nsubjpass")
             and c.left_edge.i == cue.sent.start and c.right_edge.i < comma]
    if not loose or comma <= loose[0].left_edge.i or cue.doc[comma].text != ",":
        return None
    return char_range(loose[0].left_edge, cue.doc[comma - 1])


def _after_label(cue: Token, first: int, head: Token) -> int:
    """"What's happening: Crews will repair the walls, an official told reporters": a
    label closed by a colon opens the sentence, and what was said starts after it. A
    colon inside a quotation ('"It comes down to this: ...," she said') is the speaker's."""
    if first >= cue.i:
        return first
    label = cue.doc[first : min(head.i, cue.i, first + MAX_LABEL_TOKENS + 1)]
    colon = next((t for t in label if t.text == ":"), None)
    if colon is None or any(t.is_quote for t in cue.doc[first : colon.i]):
        return first
    return colon.i + 1


def _is_clause(head: Token) -> bool:
    """A complement clause has a verb or words of its own: a lone adjective the parse
    made a clause ("sent her sympathy to the relatives of the injured") is not one."""
    return head.pos_ in ("VERB", "AUX") or any(True for _ in head.children)


def last_word(token: Token) -> Token:
    """The last token of ``token``'s subtree that is neither punctuation nor space."""
    last = token.right_edge
    while last.i > token.left_edge.i and (last.is_punct or last.is_space):
        last = last.doc[last.i - 1]
    return last


def _quoted_conjunct(verb: Token) -> bool:
    """A conjunct that opens with a quotation mark right after "and"."""
    first = verb.left_edge
    return first.i > 0 and first.text in OPENING_QUOTES and first.doc[first.i - 1].lower_ == "and"


def _continues_report(verb: Token) -> bool:
    children = list(verb.children)
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children) and any(
        c.dep_ == "aux" and c.lower_ in REPORTED_MODALS for c in children)


def _object_with_its_verb(cue: Token) -> list[Token]:
    """"X argued ferries like the old Stella are safe vessels": a clause with no "that"
    the parse split into an object of the cue and a finite clause hung on the cue, whose
    subject the object is."""
    objects = [c for c in cue.children if c.dep_ == "dobj" and c.left_edge.i == cue.i + 1]
    if not objects:
        return []
    after = objects[0].right_edge.i
    for clause in cue.children:
        if clause.dep_ == "advcl" and clause.tag_ in FINITE_TAGS and (
                clause.left_edge.i == after + 1 and not cue.doc[after + 1].is_punct) and all(
                c.lower_ == "like" for c in clause.children if c.dep_ == "mark"):
            return [objects[0], clause]
    return []


def _after_particle(cue: Token) -> int:
    """Where a cue's preposition stands: right after it, or after its particle
    ("spoke out against", "lashed out at")."""
    following = cue.i + 1
    if following < len(cue.doc) and cue.doc[following].dep_ == "prt" and (
            cue.doc[following].head.i == cue.i):
        return following + 1
    return following
