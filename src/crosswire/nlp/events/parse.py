"""Reading a dependency parse for event coding: cue triggers, the words of their arguments
and how far each sits from the main predicate.

Pure functions over spaCy tokens; the coder (``coding.py``) combines them, and
``participants.py`` reads who takes part.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.strings import StringStore
from spacy.tokens import Span, Token

from crosswire.knowledge import plover
from crosswire.knowledge.text import PERSON_PRONOUNS, RELATIVE_PRONOUNS, verb_forms
from crosswire.nlp.cue_frames import infinitive_marker
from crosswire.nlp.events.report_objects import acts_on_its_object, asks_another, states_a_fact
from crosswire.nlp.doc_view import kept_per_doc, tokens_of, view_of

SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
# A participle modifying a noun ("the proposed constitution", "the besieged town") names
# a state, not the sentence's event. Checked by cross-validation inside the tune half and on
# sentences written for tests/test_events.py.
AMOD_COST = 2.0
# How much each clausal edge pushes a trigger away from the sentence's main event.
# Calibrated by hand on the tune half of gsr_dev (see measure/eval_events.py): relative
# clauses and adverbial clauses describe background, complements carry the news.
CLAUSE_EDGE_COST = {
    "ccomp": 1.0, "xcomp": 1.0, "conj": 0.6, "advcl": 1.6, "relcl": 2.2, "acl": 2.0,
    "pcomp": 1.4, "csubj": 1.4, "parataxis": 1.2, "pobj": 0.5, "prep": 0.3,
    "dobj": 0.2, "nsubj": 0.4, "nsubjpass": 0.4, "compound": 0.8, "amod": AMOD_COST, "npadvmod": 0.8,
}
DEFAULT_EDGE_COST = 0.5
# A noun trigger sits a little below the verb that governs it.
NOUN_COST = 0.35


@dataclass(frozen=True)
class Trigger:
    """A cue matched in the sentence: the tokens it covers and the token that anchors it."""

    cue: plover.Cue
    anchor: Token
    tokens: tuple[Token, ...]

    @property
    def start(self) -> int:
        return self.tokens[0].idx

    @property
    def end(self) -> int:
        last = self.tokens[-1]
        return last.idx + len(last.text)


# A token's keys by the string ids of its lemma and lowercase form: ``lemma_`` and
# ``lower_`` decode a new string on every access, for every token of every sentence.
_KEYS: dict[tuple[int, int], tuple[str, ...]] = {}
_MAX_KEYS = 200_000


def token_keys(token: Token) -> tuple[str, ...]:
    return _keys(token.lemma, token.lower, token.vocab.strings)


def noun_events(token: Token) -> set[str | None]:
    """The event types the lexicon codes ``token`` with as a noun ("deal": AGREE)."""
    return {cue.event for key in token_keys(token) for cue in plover.cues().get((key, "NOUN"), ())}


def has_to_marker(verb: Token) -> bool:
    """The verb is a "to" infinitive ("to pull back", "is to provide")."""
    return any(infinitive_marker(c) for c in verb.children)


def _keys(lemma: int, lower: int, strings: StringStore) -> tuple[str, ...]:
    ids = (lemma, lower)
    keys = _KEYS.get(ids)
    if keys is None:
        keys = (strings[lemma].lower(), strings[lower])
        keys = keys if keys[0] != keys[1] else keys[:1]
        if len(_KEYS) >= _MAX_KEYS:
            _KEYS.clear()
        _KEYS[ids] = keys
    return keys


def sentence_keys(sent: Span) -> frozenset[str]:
    """Every key of every token of ``sent``; made once per sentence, as both the trigger
    search (for a phrase's other words) and the coder (for modes and contexts) ask."""
    return kept_per_doc(sent.doc, ("sentence keys", sent.start, sent.end), lambda: _sentence_keys(sent))


def _sentence_keys(sent: Span) -> frozenset[str]:
    view = view_of(sent.doc)
    strings = sent.doc.vocab.strings
    lemmas, lowers = view.lemma_ids, view.lower_ids
    return frozenset(key for i in range(sent.start, sent.end)
                     for key in _keys(lemmas[i], lowers[i], strings))


INFLECTIONS = ("ied", "ing", "ed", "es", "d", "s")
INFLECTED_TAGS = frozenset({"VBD", "VBN", "VBG", "VBZ", "NNS"})


def _lookup_keys(keys: tuple[str, ...], *, lower: str, tag: str) -> tuple[str, ...]:
    """A token's keys plus crude stems of an inflected form, for when the lemmatizer errs
    ("fined" lemmatized "fin"), and an irregular verb's own form where the parse left its
    past unlemmatised ("forgave" tagged a present)."""
    irregular = verb_forms().get(lower) if keys[0] == lower else None
    if irregular is not None:
        return (*keys, irregular)
    if tag not in INFLECTED_TAGS:
        return keys
    if tag == "NNS" and keys[0] != lower:
        return keys  # a plural the lemmatizer reduced: "planes" is no "plan"
    stems = []
    for suffix in INFLECTIONS:
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            base = lower[: -len(suffix)]
            stems.extend((base + "y",) if suffix == "ied" else (base, base + "e"))
            break
    return keys + tuple(stem for stem in stems if stem not in keys)


# How many tokens from a phrase's head its other words may sit ("pulled its staff out of").
PHRASE_WINDOW = 5


def _rest_matches(token: Token, rest: tuple[str, ...], sent: Span) -> tuple[Token, ...] | None:
    """Tokens covering a multi-word cue's remaining words, after the head or among its children."""
    if not rest:
        return (token,)
    tokens = tokens_of(sent.doc)
    for start in _phrase_starts(token, sent):
        following = tokens[start : min(start + len(rest), sent.end)]
        # a determiner belongs to its noun: "said no one was hurt", "said no agreement had
        # been reached" say no to nothing, where "took to the streets" holds its noun
        if len(following) == len(rest) and all(word in token_keys(t) for t, word in zip(following, rest)) \
                and not any(t.dep_ == "det" and t.head.i > following[-1].i or dates_act(t) for t in following):
            return (token, *following)
    # a phrase's other words sit near its head: "gave in to" is yielding, "gave its backing
    # to the new cabinet in a vote" is not
    # ... among its children, or its object's when the phrase wraps round the object
    # ("held the rebels responsible", parsed with "responsible" describing "rebels")
    near = [*token.children, *(g for c in token.children if c.dep_ == "dobj" for g in c.children)]
    children = [c for c in near if abs(c.i - token.i) <= PHRASE_WINDOW and not dates_act(c)]
    matched = []
    for word in rest:
        hit = next((c for c in children if word in token_keys(c)), None)
        if hit is None:
            return None
        matched.append(hit)
    return tuple(sorted({t.i: t for t in (token, *matched)}.values(), key=lambda t: t.i))


def _phrase_starts(token: Token, sent: Span) -> list[int]:
    """Where a phrase's other words may begin after its head: right after it, or after the
    head's own adverbs between ("pushed hard for", "called again on"); "stayed away from"
    holds its adverb, so the first place is tried first."""
    tokens = tokens_of(sent.doc)
    starts = [token.i + 1]
    start = token.i + 1
    while start < sent.end and start - token.i <= 2 and tokens[start].dep_ == "advmod" \
            and tokens[start].head.i == token.i and tokens[start].tag_ == "RB":
        start += 1
        starts.append(start)
    return starts


# Prepositions that put an act at a date ("for a day of mourning" names what is asked).
DATING_PREPOSITIONS = frozenset({"on", "in", "at"})


def dates_act(token: Token) -> bool:
    """A preposition that dates the act ("a call on Saturday", "agreed on Monday"), no
    phrase's particle."""
    return token.dep_ == "prep" and token.lower_ in DATING_PREPOSITIONS and any(
        c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in token.children)


def neighbour_words(anchor: Token) -> set[str]:
    """Words of the anchor's phrase and of its clause's subject (the anchor excluded): where
    a mode's words may sit ("hunger strike")."""
    words: set[str] = set()
    scope = list(anchor.subtree)
    subject = next((c for c in anchor.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None:
        scope.extend(subject.subtree)
    for token in scope:
        if token.i != anchor.i:
            words.update(token_keys(token))
    return words


# Clauses hanging off a cue's words: their words are another event's, not the cue's arguments
# ("gave in to the demands, granting a rise" gives no grant; "hit by the drought" no drought).
CLAUSE_DEPS = frozenset({"advcl", "relcl", "acl", "ccomp", "xcomp", "conj", "parataxis", "csubj"})
# How far below the cue its arguments sit: the object (1), a preposition's object (2) and
# that object's own "of" phrase (3) ("suspended the licences of two stations"), not an
# adjunct's adjuncts ("over their coverage of the strike" suspends no strike).
ARGUMENT_DEPTH = 3
# Prepositions that set an act in time, place or cause, not name what it is done to
# ("canceled upon orders" cancels no order).
CIRCUMSTANCE_PREPOSITIONS = frozenset({"upon", "in", "at", "after", "before", "during", "amid", "despite",
                                       "following", "since", "over", "because", "until", "across",
                                       "near", "within", "throughout", "under"})


# Prepositions that name who tells of the act ("according to the army"), none of its
# arguments ("according" is no accord), or what it went without ("broke up without a deal"
# breaks no deal).
NON_ARGUMENT_PREPOSITIONS = frozenset({"according", "without"})


def argument_words(anchor: Token, *, subject: bool = True) -> set[str]:
    """Words of the cue's arguments and (with ``subject``) its subject's phrase: what a cue's
    required words must be found among. Nouns modifying another noun are left out: they
    name something else ("aid workers" are people, "a police station" a building)."""
    words: set[str] = set()
    skipped = CLAUSE_DEPS if subject else CLAUSE_DEPS | SUBJECT_DEPS | {"agent"}
    if subject and any(child.dep_ == "nsubj" and (child.tag_ in ("NNS", "NNPS") or any(
            c.dep_ == "conj" for c in child.children)) for child in anchor.children):
        words.add(plover.PLURAL_DOER_WORD)
    # a verbless small clause is the object's predicate ("found the decree unconstitutional")
    frontier = [(child, 1) for child in anchor.children
                if (child.dep_ not in skipped or child.dep_ in ("ccomp", "xcomp") and child.pos_ == "ADJ")
                and (subject or not (child.dep_ == "prep" and child.lower_ in CIRCUMSTANCE_PREPOSITIONS))
                and child.lower_ not in NON_ARGUMENT_PREPOSITIONS]
    # an object the parse makes the subject of the verb's complement is the verb's own
    # ("allowed journalists to enter", "granted investigators access")
    frontier += [(grandchild, 1) for child in anchor.children if child.dep_ in ("ccomp", "xcomp")
                 for grandchild in child.children if grandchild.dep_ == "nsubj" and grandchild.i > anchor.i]
    # a copular clause says of its subject what a small clause does: "ruled that the decree
    # was unconstitutional" is "ruled the decree unconstitutional"
    frontier += [(grandchild, 1) for child in anchor.children if child.dep_ == "ccomp" and child.lemma_ == "be"
                 for grandchild in child.children if grandchild.dep_ in ("acomp", "attr")]
    # a gerund is what is stopped or begun ("stopped firing"), though not its own arguments
    # ("stopped buying power over unpaid bills" stops no bill)
    for child in anchor.children:
        if child.dep_ == "xcomp" and child.tag_ == "VBG":
            words.update(token_keys(child))
    while frontier:
        token, depth = frontier.pop()
        if token.dep_ != "compound" or plover.light_nouns().intersection(token_keys(token.head)):
            words.update(token_keys(token))
            if token.ent_type_ == "GPE":
                words.add(plover.COUNTRY_WORD)
            elif token.ent_type_ in SOMEONE_ENTITIES or token.pos_ == "PRON" and token.lemma_ in PERSON_PRONOUNS:
                words.add(plover.SOMEONE_WORD)
        for child in token.children:
            # a conjunct stands where its head stands ("food and medicine"), and so does a
            # participle describing an argument ("planes loaded with medicine")
            step = 0 if (child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN")
                         or child.dep_ == "acl" and child.tag_ == "VBN") else 1
            if child.dep_ in CLAUSE_DEPS and step or depth + step > ARGUMENT_DEPTH:
                continue
            frontier.append((child, depth + step))
    return words


# Entities that name someone who can be met or received: a person, a body, a people.
SOMEONE_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})


def _done_to_words(verb: Token) -> set[str]:
    """Words of what a verb is done to: its arguments, and the noun a passive participle or
    relative clause describes ("the report released on Monday", "the document, which was
    released"). That noun rules senses out, never in: "supporters gathered in the square"
    is a participle too, of supporters who did the gathering."""
    words = argument_words(verb, subject=False)
    patient = _described_patient(verb)
    if patient is not None:
        words.update(token_keys(patient))
    return words


def _required_among(anchor: Token, cue: plover.Cue) -> set[str]:
    """Words a cue's required words are looked for among: its arguments, and the noun a
    passive participle describes where that noun names the same kind of act ("the embargo
    imposed on the port": one sanction told twice), which is what the verb is done to."""
    words = argument_words(anchor, subject=not cue.requires_object)
    patient = _described_patient(anchor)
    if patient is None:
        return words
    return words | set(token_keys(patient)) if cue.event in noun_events(patient) else words


def _described_patient(verb: Token) -> Token | None:
    """The noun a passive participle or passive relative clause describes, which is what the
    verb is done to ("a report released by the agency", "the prisoners who were freed")."""
    head = verb.head
    if head.i == verb.i or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return head
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ in RELATIVE_PRONOUNS
                                    for c in verb.children):
        return head
    return None


# Which single-word cues a token of each part of speech can match; phrases match any.
SINGLE_WORD_POS = {"VERB": ("VERB",), "AUX": ("VERB",), "ADJ": ("ADJ",), "NOUN": ("NOUN",),
                   "PROPN": ("NOUN",)}


# The parts of speech that can take a cue at all (a preposition only as a phrase's head).
CUE_POS = frozenset({*SINGLE_WORD_POS, "ADP"})
# A participle the parse uses as a preposition or a subordinator ("provided that", "given
# the risk", "following the talks") joins clauses and does no act.
SUBORDINATOR_DEPS = frozenset({"prep", "mark"})
# A participle joined by a hyphen to the word before it ("storm-hit islands", "Moscow-backed
# rebels", "a Norway-brokered truce") describes its noun: no act is told there.
HYPHENATED_MODIFIER_DEPS = frozenset({"amod", "compound"})
# Entities a proper-noun cue word inside is part of a date or of a name (a body's, a
# person's, a place's), not an act.
NAME_AND_DATE_ENTITIES = frozenset({"DATE", "TIME", "ORG", "PERSON", "GPE", "NORP", "FAC", "LOC"})
# Dependencies only a noun fills: a token there may take noun cues whatever its tag.
NOMINAL_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass"})


def find_triggers(sent: Span) -> list[Trigger]:
    """Every cue in the sentence, one sense per anchor token (the heaviest that applies)."""
    view = view_of(sent.doc)
    tokens = view.tokens
    strings = sent.doc.vocab.strings
    lemmas, lowers, tags, parts, deps = view.lemma_ids, view.lower_ids, view.tags, view.pos, view.deps
    words: frozenset[str] | None = None
    triggers: dict[int, Trigger] = {}
    for i in range(sent.start, sent.end):
        if parts[i] not in CUE_POS or parts[i] == "VERB" and deps[i] in SUBORDINATOR_DEPS:
            continue
        if tags[i] == "VBN" and deps[i] in HYPHENATED_MODIFIER_DEPS and i > sent.start and tags[i - 1] == "HYPH":
            continue
        candidates = _candidate_cues(lemmas[i], lowers[i], tags[i], parts[i], deps[i] in NOMINAL_DEPS,
                                     strings)
        if not candidates:
            continue
        token = tokens[i]
        if parts[i] == "PROPN" and token.ent_type_ in NAME_AND_DATE_ENTITIES:
            # "by March 14": a month's name, never the act of marching; "the European
            # Commission allocated", "Amnesty International said": a body's name, no act
            continue
        best: tuple[float, Trigger] | None = None
        for cue in candidates:
            if cue.rest:
                # a phrase's other words are its head's neighbours or children, in its sentence
                words = sentence_keys(sent) if words is None else words
                if not words.issuperset(cue.rest):
                    continue
            covered = _rest_matches(token, cue.rest, sent)
            if covered is None:
                continue
            weight = cue.weight + 0.05 * len(cue.rest)
            # a phrase ("test-fired", "air strike") hangs on its highest word
            anchor = min(covered, key=_depth) if cue.rest else token
            if cue.requires and not set(cue.requires) & _required_among(anchor, cue):
                continue
            if cue.excludes and not set(cue.excludes).isdisjoint(_done_to_words(anchor)):
                continue
            if cue.tangible_object and _intangible_object(anchor):
                continue
            if cue.needs_object and not _acts_on_something(anchor):
                continue
            if cue.mandative and states_a_fact(anchor):
                continue  # "insisted it was lawful": a statement, no demand
            if cue.of_another and not asks_another(anchor):
                continue  # "the firm wants to expand": an aim, no demand
            if cue.role == "report" and acts_on_its_object(anchor):
                continue  # "added 180,000 jobs": no report
            if best is None or weight > best[0]:
                best = (weight, Trigger(cue, anchor, covered))
        if best is not None:
            trigger = best[1]
            previous = triggers.get(trigger.anchor.i)
            if previous is None or previous.cue.weight < trigger.cue.weight:
                triggers[trigger.anchor.i] = trigger
    # a matched phrase ("test-fired") silences cues on its own words ("fired")
    inside_phrases = {t.i: trig.cue.weight for trig in triggers.values() if trig.cue.rest
                      for t in trig.tokens if t.i != trig.anchor.i}
    kept = [trig for i, trig in sorted(triggers.items())
            if not (i in inside_phrases and not trig.cue.rest and trig.cue.weight <= inside_phrases[i])]
    remaining = {trig.anchor.i: trig for trig in kept}
    return [_as_light(trigger, remaining) for trigger in kept]


def _intangible_object(verb: Token) -> bool:
    """Whether what a verb is done to is intangible ("gave a few hints", "provided an
    opportunity", "the deadline was met"): no goods, money, help or party to meet."""
    # the parse may hang the object on its receiver ("provided [the opposition [an
    # advantage]]"); a passive's subject is what the act is done to
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + [
        g for c in verb.children if c.dep_ == "dative" for g in c.children if g.dep_ == "dobj"]
    patient = _described_patient(verb)
    if patient is not None:
        objects.append(patient)
    return any(token_keys(thing)[0] in plover.intangibles() for thing in objects)


# What a verb gives up or refuses: its object, a passive's subject, or a clause ("declined to
# comment", "dropped its demand", "the curbs were eased").
ACTED_ON_DEPS = frozenset({"dobj", "nsubjpass", "xcomp", "ccomp", "dative"})


def _acts_on_something(verb: Token) -> bool:
    """Whether a verb has something it is done to: used without ("cases declined", "prices
    eased") it tells how its subject changed, and no one gives up or refuses anything."""
    return any(c.dep_ in ACTED_ON_DEPS for c in verb.children) or _described_patient(verb) is not None


# The cues a token's words and tags can take, in the order they are tried, by the token's
# string ids: most tokens of a sentence take none, and are passed over with one look-up.
_CANDIDATES: dict[tuple[int, int, str, str, bool], tuple[plover.Cue, ...]] = {}


def _candidate_cues(lemma: int, lower: int, tag: str, token_pos: str, nominal_dep: bool,
                    strings: StringStore) -> tuple[plover.Cue, ...]:
    signature = (lemma, lower, tag, token_pos, nominal_dep)
    found = _CANDIDATES.get(signature)
    if found is not None:
        return found
    found = ()
    if token_pos in CUE_POS:
        table = plover.cues()
        single_pos = SINGLE_WORD_POS.get(token_pos, ())
        if nominal_dep and "NOUN" not in single_pos:
            single_pos = (*single_pos, "NOUN")  # "open to dialogue" with "dialogue" tagged VERB
        keys = _lookup_keys(_keys(lemma, lower, strings), lower=strings[lower], tag=tag)
        found = tuple(cue for pos in ("VERB", "NOUN", "ADJ") for key in keys
                      for cue in table.get((key, pos), ()) if cue.rest or pos in single_pos)
    if len(_CANDIDATES) >= _MAX_KEYS:
        _CANDIDATES.clear()
    _CANDIDATES[signature] = found
    return found


# Where a light verb's event noun sits: its object, or its subject in the passive ("a
# march was held"); "held a march" is often parsed with the noun as an adverbial.
LIGHT_OBJECT_DEPS = frozenset({"dobj", "attr", "npadvmod", "nsubjpass"})


def _as_light(trigger: Trigger, triggers: dict[int, Trigger]) -> Trigger:
    """A verb that can be light ("launched", "held") gives way to the event noun it governs,
    unless that noun is the very word the verb's sense requires ("launched missiles"): a
    required word deeper inside the noun's phrase belongs to the noun ("resumed talks on
    the border" are talks, not a border reopened)."""
    if trigger.cue.pos != "VERB" or trigger.cue.role == "light":
        return trigger
    if _makes_agreement(trigger, triggers):
        return Trigger(MAKING, trigger.anchor, trigger.tokens)
    if trigger.cue.rest:
        return trigger
    light = plover.light_cue(token_keys(trigger.anchor))
    if light is None:
        return trigger
    objects = [child for child in trigger.anchor.children if child.dep_ in LIGHT_OBJECT_DEPS]
    # ... though not when that word heads a phrase of its own: "launched air strikes" are
    # air strikes, not a strike launched by workers
    if any(set(trigger.cue.requires) & set(token_keys(child)) for child in objects
           if not (child.i in triggers and triggers[child.i].cue.rest)):
        return trigger
    for child in objects:
        governed = triggers.get(child.i)
        if governed is not None and governed.cue.pos == "NOUN":
            return Trigger(light, trigger.anchor, (trigger.anchor,))
    return trigger


# Verb senses that an agreement for object turns into making it ("struck a deal", "closed a
# deal", "sealed a pact"): force, coercion or movement are not done to an agreement, so the
# verb only reaches it (the manual's AGREE). Talks are left out: "discussed plans" is talks.
AGREEMENT_MAKING_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"})
AGREEMENT_PREPOSITIONS = frozenset({"at", "on", "to"})
MAKING = plover.Cue(cue="make", pos="VERB", event=None, mode=None, weight=0.0, role="light")


def _makes_agreement(trigger: Trigger, triggers: dict[int, Trigger]) -> bool:
    """Whether the verb's object, or what it arrives "at", is an agreement noun."""
    if trigger.cue.event not in AGREEMENT_MAKING_TYPES:
        return False
    for child in trigger.anchor.children:
        if child.dep_ in LIGHT_OBJECT_DEPS:
            objects = [child]
        elif child.dep_ == "prep" and child.lower_ in AGREEMENT_PREPOSITIONS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
        else:
            continue
        for noun in objects:
            found = triggers.get(noun.i)
            if found is not None and found.cue.pos == "NOUN" and found.cue.event == "AGREE":
                return True
    return False


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token = token.head
        depth += 1
    return depth
