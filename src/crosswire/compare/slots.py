"""One thing named differently in the same slot of the same sentence across outlets.

Outlets retell a story's key sentences in parallel ("X ordered the agency to stop ...",
"the port will close its fishing docks" / "the old cargo piers will be closed"). Two
sentences of different outlets that share most of their content words are aligned; in an
aligned pair, the noun phrases filling the same role of the same verb (its object, its
subject, the object of one of its prepositions) name one referent, so where their words
differ the outlets chose different names for it, when each outlet's distinguishing words
are its own (the other outlet never writes them) and, where the names share their head
noun or differ only in their heads (one description, its plain head worded two ways:
"eastern docks" / "eastern piers", "its aim" / "its goal"), when a word that sets them
apart is loaded (``data/loaded_modifiers.jsonl``: "failing ferry service" / "harbour ferry
service", not "new tests" / "fresh tests"; heads of one synonym family,
``data/claim_synonyms.jsonl``, count as one head: "bill" / "legislation").
A phrase of attribution ("according to people familiar" / "according to reports") names
the source, not the thing told, and fills no slot. Word overlap
finds the sentences and the parse finds the slots, and bare noun phrases are never
compared out of context (their embeddings call unrelated pairs alike).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.tokens import Doc, Token

from crosswire.compare.claim_terms import term
from crosswire.compare.loaded_words import is_loaded
from crosswire.data import read_jsonl
from crosswire.knowledge.dates import MONTHS, WEEKDAYS
from crosswire.knowledge.names import title_words
from crosswire.knowledge.places import resolve_place
from crosswire.knowledge.text import SENTENCE_BREAK, WORD, crude_lemma, person_nouns, stop_words
from crosswire.knowledge.variants import mere_variants
from crosswire.models import Article, TextSpan
from crosswire.nlp import COMPONENTS, load_nlp
from crosswire.nlp.cues import load_lexicon
from crosswire.nlp.inanimate import names_no_speaker
from crosswire.nlp.noun_phrases import long_quotations

PARAGRAPH = re.compile(r"[^\n]+")
# The word a sentence-ending period follows, and initialisms ("U.S.", "D.C.").
LAST_WORD = re.compile(r"[\w.]+[.!?]$")
INITIALISM = re.compile(r"(?:[A-Z]\.)+")
SHORT_ABBREVIATION = 3
ABBREVIATION_REACH = 40  # characters looked back for the word before a period
CONTENT_WORD = re.compile(r"[^\W\d_]{3,}")
# Two sentences retell one thing when they share this many content words and this share
# of the shorter sentence's content words.
MIN_SHARED_WORDS = 4
MIN_SHARED_SHARE = 0.4
# Retellings concentrate in the lead: only each article's first sentences are aligned,
# and at most this many pairs are parsed (the costly part), earliest first.
LEAD_SENTENCES = 10
MAX_ALIGNED_PAIRS = 24
# Articles whose sentences are kept once split: a run's articles. Descriptions and contested
# terms, stance changes and nominal stances each read whole articles' sentences, and leads
# and claims each an article's first: each article is split once per process, and its
# first sentences are read from that split.
SENTENCE_CACHE_ARTICLES = 1024
# Roles of a verb's arguments: the thing acted on is one slot whether the verb is active
# ("will close its docks") or passive ("the piers will be closed").
ROLE_OF_DEP = {"dobj": "object", "nsubjpass": "object", "nsubj": "subject"}
# What a verb says is done, an infinitive ("voted to [close]" / "voted to [axe]") the parse
# attaches as a complement or as a clause of purpose: one slot.
COMPLEMENT_DEPS = frozenset({"xcomp", "advcl"})
# A verb's dependants that name what it is done to.
ACTED_ON_DEPS = frozenset({"dobj", "nsubjpass"})
# The end of a role filled through a preposition ("at phrase": the object of "at").
PREPOSITION_ROLE = " phrase"
# Heads that name no thing worth comparing: numbers, dates, amounts.
UNCOMPARED_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                                 "QUANTITY"})
# Words in front of a name that say nothing of it ("any raids", "their reserves").
DETERMINING = frozenset({"det", "poss", "predet", "case", "punct", "nummod"})


@dataclass(frozen=True)
class Sentence:
    """Where a sentence of an article is written, and its content words."""

    article: str
    start: int
    end: int
    words: frozenset[str]


def sentences(article: Article, *, limit: int | None = None) -> list[Sentence]:
    """The article's first ``limit`` sentences (all by default) with their content words
    (lemmas without stop words)."""
    return list(_sentence_starts(article.id, article.text)[0][:limit])


def sentence_at(article: Article, position: int) -> Sentence | None:
    """The sentence (``sentences``) holding ``position`` of the article's text: the last
    one opening at or before it; None before the first."""
    listed, starts = _sentence_starts(article.id, article.text)
    at = bisect_right(starts, position) - 1
    return listed[at] if at >= 0 else None


def context_words(article: Article, start: int, naming: str) -> frozenset[str]:
    """The content words of the sentence holding ``start`` (``sentence_at``) but those of
    ``naming``, the words written there to name a thing: what the sentence tells of it."""
    sentence = sentence_at(article, start)
    if sentence is None:
        return frozenset()
    return sentence.words - {crude_lemma(word) for word in WORD.findall(naming)}


@lru_cache(maxsize=SENTENCE_CACHE_ARTICLES)
def _sentence_starts(article_id: str, text: str) -> tuple[tuple[Sentence, ...], tuple[int, ...]]:
    """The article's sentences, split once for every reading (a reading of its first few
    split them again) and the offsets they start at."""
    listed = _sentences(article_id, text)
    return listed, tuple(sentence.start for sentence in listed)


def _sentences(article_id: str, text: str) -> tuple[Sentence, ...]:
    found: list[Sentence] = []
    stop = stop_words()
    for paragraph in PARAGRAPH.finditer(text):
        start = paragraph.start()
        breaks = [m for m in SENTENCE_BREAK.finditer(paragraph.group())
                  if not _abbreviation_before(paragraph.group(), m.start() + 1)]
        for end_match in [*breaks, None]:
            # a sentence ends after its closing quote or bracket ('... a "long
            # sigh."'): the mark is the sentence's, and no other sentence's
            end = paragraph.start() + end_match.start() + len(end_match.group().rstrip()) \
                if end_match else paragraph.end()
            words = frozenset(crude_lemma(w) for w in CONTENT_WORD.findall(text, start, end)
                              if w.lower() not in stop)
            if words:
                found.append(Sentence(article_id, start, end, words))
            if end_match:
                start = paragraph.start() + end_match.end()
    return tuple(found)


def _abbreviation_before(text: str, end: int) -> bool:
    """The period before ``end`` closes an abbreviation ("U.S.", "Gov.", "Mr."), not a
    sentence: initialisms, abbreviated titles and short capitalised words."""
    word = LAST_WORD.search(text, max(0, end - ABBREVIATION_REACH), end)
    if word is None or not word.group().endswith("."):
        return False
    bare = word.group().rstrip(".")
    closing_quote = text[end:end + 1] in "\"”’"
    return (INITIALISM.fullmatch(word.group()) is not None or bare.lower() in title_words()
            or (bare[:1].isupper() and len(bare) <= SHORT_ABBREVIATION and not closing_quote))


def aligned_pairs(articles: list[Article], outlet_of: dict[str, str]) -> list[tuple[Sentence, Sentence]]:
    """Pairs of sentences of different outlets that retell one thing, earliest first."""
    lead = [s for a in articles for s in sentences(a, limit=LEAD_SENTENCES)]
    # only sentences sharing a word are compared: a word index counts what each pair shares
    holders: dict[str, list[int]] = defaultdict(list)
    for n, sentence in enumerate(lead):
        for word in sentence.words:
            holders[word].append(n)
    pairs = []
    for n, x in enumerate(lead):
        shared: Counter[int] = Counter(m for word in x.words for m in holders[word] if m > n)
        for m, count in shared.items():
            y = lead[m]
            if count >= MIN_SHARED_WORDS and outlet_of[x.article] != outlet_of[y.article] \
                    and count >= MIN_SHARED_SHARE * min(len(x.words), len(y.words)):
                pairs.append((x, y))
    pairs.sort(key=lambda pair: (pair[0].start + pair[1].start, pair[0].article, pair[1].article,
                                 pair[0].start))
    return pairs[:MAX_ALIGNED_PAIRS]


def _slots(sentence_doc: Doc, offset: int, *, quoted: list[tuple[int, int]]
           ) -> dict[tuple[str, str], list[tuple[Token, int]]]:
    """(verb lemma, role) -> the noun heads filling it, and (noun lemma, "object of") ->
    the verbs it fills that role of, with the sentence's offset. Words inside a long
    quotation are left out: those are the speaker's words, not the outlet's."""
    found: dict[tuple[str, str], list[tuple[Token, int]]] = defaultdict(list)
    light = stop_words()
    attributions = load_lexicon().phrases

    def add(verb: Token, role: str, head: Token) -> None:
        if any(q0 <= offset + head.idx < q1 for q0, q1 in quoted):
            return
        found[(verb.lemma_.lower(), role)].append((head, offset))
        if _acted_on(verb, role, head) and head.pos_ in {"NOUN", "PROPN"} and verb.pos_ == "VERB" \
                and not any(q0 <= offset + verb.idx < q1 for q0, q1 in quoted):
            # what is done to one thing is one slot too, filled by the verb ("lawmakers
            # killed the law" / "the House repealed the law"); what one doer does, or what
            # is done in or with a thing, is not: two parallel sentences tell different
            # acts of one doer ("X founded the firm" / "X blasted the plan")
            found[(head.lemma_.lower(), "object of")].append((verb, offset))

    for token in sentence_doc:
        if token.pos_ not in {"VERB", "AUX"} or token.lemma_.lower() in light:
            continue  # light and reporting verbs ("get", "make", "said") hold anything
        for child in token.children:
            if child.dep_ in ROLE_OF_DEP:
                add(token, ROLE_OF_DEP[child.dep_], child)
            elif child.dep_ in COMPLEMENT_DEPS and child.pos_ == "VERB" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                add(token, "complement", child)
            elif child.dep_ in {"prep", "agent"}:
                if f"{token.lower_} {child.lower_}" in attributions:
                    continue  # "according to X": X is who tells, not what is told
                role = "subject" if child.dep_ == "agent" else f"{child.lower_}{PREPOSITION_ROLE}"
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        add(token, role, pobj)
    return found


def _acted_on(verb: Token, role: str, head: Token) -> bool:
    """``head`` fills the role of the one the verb is done to: its object, or, for a verb
    that takes none, the object of a preposition naming someone ("snapped at the reporter"
    / "sparred with the reporter": one act told two ways). Beside a direct object a
    preposition's object is where or when ("signed the bill at a rally"), and so is a
    place or a time ("the gate snapped at dawn")."""
    return role == "object" or role.endswith(PREPOSITION_ROLE) and _names_someone(head) \
        and not any(c.dep_ in ACTED_ON_DEPS for c in verb.children)


def _names_someone(head: Token) -> bool:
    """A name, or a noun whose most frequent sense is a person (``setting_nouns``). A day,
    a month or a place is named too, and is when or where ("closed on Monday", "snapped
    at Halden"), unless the parse took the name for a person's ("sparred with May")."""
    if head.pos_ != "PROPN":
        return head.lemma_.lower() in person_nouns()
    return head.ent_type_ == "PERSON" or not (
        head.text in MONTHS or head.text in WEEKDAYS or resolve_place(_written_name(head)) is not None)


def _written_name(head: Token) -> str:
    """The name a proper noun heads, its compound words before it ("New [York]")."""
    start = min((t.i for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"), default=head.i)
    return head.doc[start:head.i + 1].text


def _name(head: Token) -> tuple[int, int] | None:
    """Where the noun phrase a common-noun head ends is written, determiners left out;
    None for heads that name no thing worth comparing (names, pronouns, numbers, dates)."""
    if head.pos_ != "NOUN" or head.ent_type_ in UNCOMPARED_ENTITIES \
            or any(c.isdigit() for c in head.text):
        return None  # a designation with digits ("COVID-19") is a name the tagger missed
    left = [t for t in head.lefts if t.dep_ not in DETERMINING]
    start = min((t.left_edge.i for t in left), default=head.i)
    while start < head.i and head.doc[start].dep_ in DETERMINING - {"nummod"}:
        start += 1
    if any(t.like_num for t in head.doc[start:head.i + 1]):
        return None  # an amount or an age ("30-year-old bridge"), not a name
    first = head.doc[start]
    return first.idx, head.idx + len(head.text)


def _words(text: str) -> frozenset[str]:
    return frozenset(crude_lemma(w) for w in CONTENT_WORD.findall(text))


def named_differently(articles: list[Article], outlet_of: dict[str, str]
                      ) -> dict[str, dict[tuple[str, str], list[TextSpan]]]:
    """outlet -> (referent, term) -> evidence, for one slot of aligned sentences filled
    with different words by different outlets."""
    pairs = aligned_pairs(articles, outlet_of)
    if not pairs:
        return {}
    texts = {a.id: a.text for a in articles}
    vocabulary: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        vocabulary[outlet_of[article.id]] |= _words(article.text)
    wanted = sorted({s for pair in pairs for s in pair}, key=lambda s: (s.article, s.start))
    nlp = load_nlp()
    # the entity recogniser, half the parse's time, runs below on the sentences whose names
    # are compared alone (``_name`` reads entity types; no slot needs them)
    docs = dict(zip(wanted, nlp.pipe((texts[s.article][s.start:s.end] for s in wanted),
                                     disable=(*COMPONENTS, "ner"))))
    quoted = {a.id: long_quotations(a.text) for a in articles}
    slots = {s: _slots(doc, s.start, quoted=quoted[s.article]) for s, doc in docs.items()}
    naming = {s: docs[s] for x, y in pairs if _names_compared(slots[x], slots[y]) for s in (x, y)}
    for _ in nlp.get_pipe("ner").pipe(naming.values()):
        pass  # the recogniser sets each Doc's entities in place
    uses: dict[str, dict[tuple[str, str], list[TextSpan]]] = defaultdict(lambda: defaultdict(list))
    for x, y in pairs:
        for slot in slots[x].keys() & slots[y].keys():
            for head_x, offset_x in slots[x][slot]:
                for head_y, offset_y in slots[y][slot]:
                    found = _differing(head_x, offset_x, head_y, offset_y, x, y, texts)
                    if found is None or not _own_words(
                            found, vocabulary[outlet_of[x.article]], vocabulary[outlet_of[y.article]]):
                        continue
                    term_x, term_y = found
                    referent = min((term_x.text, term_y.text), key=lambda t: (len(t), t))
                    for named in (term_x, term_y):
                        listed = uses[outlet_of[named.article]][(referent, named.text)]
                        if named not in listed:
                            listed.append(named)
    return uses


def _names_compared(slots_x: dict[tuple[str, str], list[tuple[Token, int]]],
                    slots_y: dict[tuple[str, str], list[tuple[Token, int]]]) -> bool:
    """Two sentences' slots hold a pair of heads ``_differing`` reads as names (neither a
    verb), whose entity types ``_name`` asks."""
    return any(head_x.pos_ != "VERB" and head_y.pos_ != "VERB"
               for slot in slots_x.keys() & slots_y.keys()
               for head_x, _ in slots_x[slot] for head_y, _ in slots_y[slot])


def _differing(head_x: Token, offset_x: int, head_y: Token, offset_y: int,
               x: Sentence, y: Sentence, texts: dict[str, str]) -> tuple[TextSpan, TextSpan] | None:
    """The two names of one slot when they differ in what they call it; two verbs of one
    slot when one of them is loaded (``data/loaded_verbs.jsonl``: "voted to close" /
    "voted to axe"; "backed" / "supported" are two words for one act)."""
    if head_x.pos_ == "VERB" or head_y.pos_ == "VERB":
        verbs = {_verb_key(head_x), _verb_key(head_y)}
        if head_x.pos_ != head_y.pos_ or len(verbs) < 2 \
                or not (_loaded_use(head_x) or _loaded_use(head_y)):
            return None
        return _verb_span(head_x, offset_x, x.article), _verb_span(head_y, offset_y, y.article)
    span_x, span_y = _name(head_x), _name(head_y)
    if span_x is None or span_y is None:
        return None
    terms = []
    for sentence, offset, (start, end) in ((x, offset_x, span_x), (y, offset_y, span_y)):
        text = texts[sentence.article][offset + start:offset + end]
        terms.append(TextSpan(text, offset + start, offset + end, sentence.article))
    words_x, words_y = _words(terms[0].text), _words(terms[1].text)
    if not words_x or not words_y or words_x <= words_y or words_y <= words_x:
        return None  # one name within the other: more detail, not another name
    if mere_variants(terms[0].text, terms[1].text):
        return None
    raw_x, raw_y = _raw_words(terms[0].text), _raw_words(terms[1].text)
    if any(is_loaded(word) for word in raw_x ^ raw_y):
        return terms[0], terms[1]
    if term(head_x.lemma_) == term(head_y.lemma_):
        return None  # "new tests" / "fresh tests", "bill" / "legislation": one name, told
        # with words that load neither
    if raw_x - {head_x.lower_} == raw_y - {head_y.lower_}:
        return None  # "eastern docks" / "eastern piers", "its aim" / "its goal": one
        # description, only its plain head worded two ways
    return terms[0], terms[1]


@dataclass(frozen=True)
class LoadedVerb:
    """A verb that loads what it tells (``data/loaded_verbs.jsonl``): its kind, dysphemism
    ("axe", "slash") or euphemism ("consolidate", "streamline"), and the prepositions
    through which it acts on someone without a direct object ("snap at"); ``figurative``
    for one loaded only in a figure, done to a thing ("killed the bill"): done to someone
    it tells the act itself ("killed two guards"); ``needs_object`` for one loaded only
    where it is done to something ("wound down the scheme"; "the festival wound down",
    "walked back to the car" tell plain acts)."""

    kind: str
    targets: frozenset[str] = frozenset()
    figurative: bool = False
    needs_object: bool = False


@cache
def loaded_verbs() -> dict[str, LoadedVerb]:
    """Verbs that load what they tell (``data/loaded_verbs.jsonl``) by lemma, a verb with
    its particle by both ("push out")."""
    return {row["verb"].lower(): LoadedVerb(row["kind"], frozenset(row.get("targets", ())),
                                            row.get("figurative", False) is True,
                                            row.get("needs_object", False) is True)
            for row in read_jsonl("loaded_verbs.jsonl", required=("verb", "kind"))}


def _loaded_use(verb: Token) -> bool:
    """The verb is used in its loaded sense. A dysphemism loads what it is done to ("blasted
    the plan", "the route was axed", or through a preposition the verb lists: "snapped at
    the reporter"); done to nothing it tells a plain act ("the rocket blasted off", "the
    door slammed shut", "the branch snapped"). A euphemism softens with or without an
    object ("the firm will restructure"), one that needs an object only with it ("the
    festival wound down" tells a plain end). A figurative one loads only what is no one: "the
    storm killed two hikers" tells a death, not a judgement."""
    loaded = _loaded_verb(verb)
    acted_on = [c for c in verb.children if c.dep_ in ACTED_ON_DEPS]
    if loaded is None or loaded.needs_object and not acted_on:
        return False
    if loaded.kind != "dysphemism":
        return True
    if loaded.figurative and any(_someone_acted_on(c) for c in acted_on):
        return False
    return bool(acted_on) or any(
        c.dep_ == "prep" and c.lower_ in loaded.targets
        and any(g.dep_ == "pobj" and _names_someone(g) for g in c.children) for c in verb.children)


def _verb_key(verb: Token) -> str:
    """The verb as ``data/loaded_verbs.jsonl`` knows it: its lemma with its particle where
    that is listed ("push out" of "pushed the coach out": another verb than the bare one),
    else the bare lemma ("killed off" is "kill"), so two verbs differ only as looked up."""
    particle = _listed_particle(verb)
    return f"{verb.lemma_.lower()} {particle.lower_}" if particle else verb.lemma_.lower()


def _listed_particle(verb: Token) -> Token | None:
    """The verb's particle where the verb with it is listed; the parse tags some particles
    as adverbs ("walked back the pledge": "back" an advmod)."""
    return next((c for c in verb.children if c.dep_ in ("prt", "advmod")
                 and f"{verb.lemma_.lower()} {c.lower_}" in loaded_verbs()), None)


def _verb_span(verb: Token, offset: int, article: str) -> TextSpan:
    """Where the verb is written, with its listed particle where it follows at once
    ("pushed out")."""
    particle = _listed_particle(verb)
    last = particle if particle is not None and particle.i == verb.i + 1 else verb
    start, end = offset + verb.idx, offset + last.idx + len(last.text)
    return TextSpan(verb.doc.text[verb.idx:last.idx + len(last.text)], start, end, article)


def _loaded_verb(verb: Token) -> LoadedVerb | None:
    """The row of a verb with its particle ("pushed out", "watered down": loaded where the
    bare verb is plain), else of the verb alone (``_verb_key``)."""
    return loaded_verbs().get(_verb_key(verb))


def _someone_acted_on(head: Token) -> bool:
    """What a verb is done to is someone: a person's name or noun (``_names_someone``), a
    pronoun, or a counted noun of people ("four people": victims are counted). A counted
    thing is no one ("slashed 200 jobs", "cut 20 percent"): the figure loads it."""
    return _names_someone(head) or head.pos_ == "PRON" or (
        any(c.dep_ == "nummod" for c in head.children) and not names_no_speaker(head))


def _raw_words(text: str) -> set[str]:
    return {word.lower() for word in CONTENT_WORD.findall(text)}


def _own_words(terms: tuple[TextSpan, TextSpan], vocabulary_x: set[str], vocabulary_y: set[str]) -> bool:
    """Each outlet's name is its own choice: the words that set it apart from the other
    name never occur in the other outlet's articles (an outlet that writes "lawmakers"
    in one sentence and "members" in the next has chosen neither)."""
    words_x, words_y = _words(terms[0].text), _words(terms[1].text)
    return not (words_x - words_y) & vocabulary_y and not (words_y - words_x) & vocabulary_x
