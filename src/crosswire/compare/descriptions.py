"""Different descriptions of one referent across outlets: noun phrases with the same head
and compatible plain words whose loaded modifiers differ ("rebel" / "separatist fighters",
a "sweeping" / "sprawling" bill, "the Republican-led committee" / "the committee"), aligned
on the words the outlets share; the modifiers come from ``data/loaded_modifiers.jsonl``. A
head that is itself a loaded word is a label ("the Ostrian regime" / "the Ostrian
government"): heads of one synonym family (``data/claim_synonyms.jsonl``) that holds a
label compare as one head, and where only the label sets two phrases apart they must share
a plain word that says whose it is (a bare "the regime" and "the government" may well be
two). Words held in scare quotes elsewhere are ``held_apart.py``'s, loaded epithets of an
actor ``epithets.py``'s.

Only paragraphs holding a loaded modifier, and the other outlets' paragraphs holding the
same head noun, are parsed: most of a story never reaches spaCy here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from crosswire.compare.claim_terms import family_words, stem, synonym_families, term
from crosswire.compare.loaded_words import is_loaded, loaded_modifiers
from crosswire.compare.slots import context_words, sentence_at
from crosswire.data import read_jsonl
from crosswire.knowledge.dates import MONTHS, YEAR
from crosswire.knowledge.places import resolve_organisation
from crosswire.knowledge.text import crude_lemma, stop_words
from crosswire.models import Article, NounPhrase, TextSpan
from crosswire.nlp import COMPONENTS, load_nlp
from crosswire.nlp.noun_phrases import MODIFIER_WORD, find_noun_phrases, quotations

PARAGRAPH = re.compile(r"[^\n]+")
WORD_RUN = re.compile(r"[\w-]+")
# The prepositional phrase right after a noun phrase, to the next punctuation: what it is of
# ("fighting [in the Donbas]"): what a prepositional phrase says of a head, a plain
# modifier may say before it.
COMPLEMENT_PREPOSITIONS = r"(?:of|in|on|over|against|from|at|around|near|for|about|by)"
COMPLEMENT = re.compile(rf"\s+{COMPLEMENT_PREPOSITIONS}\s+((?:[\w’'-]+\s+){{0,3}}[\w’'-]+)")
# The same also through a participle ("a package focused on housing", "a bill aimed at
# rents"); a word ending in "ed" may as well be a verb with the phrase its subject ("the
# bill passed in the lower house"), so this only says a plain word is written after the
# head, never what the phrase is of.
WRITTEN_AFTER = re.compile(rf"\s+(?:[a-z]+ed\s+)?{COMPLEMENT_PREPOSITIONS}\s+((?:[\w’'-]+\s+){{0,3}}[\w’'-]+)")
# A quotation opening inside a noun phrase ('the “harbour levy” plan').
OPENING_QUOTE = re.compile(r"[“\"‘]")
# Characters looked back from a phrase for the close of the sentence before it.
SENTENCE_REACH = 8
# Letters a holder's name must have to stand for the longer names it begins.
MIN_HOLDER_STEM = 5
# Plain words two descriptions of one thing may differ by.
MAX_PLAIN_DIFFERENCE = 1
# Content words the sentences of two descriptions of one thing share besides the phrases'
# head: one, where a lexicon's bare common word needs two
# (``lexicon_terms.MIN_SHARED_CONTEXT``), as the phrases' heads and plain words already agree (two needed lost a story-gold batch-1
# framing whose sentences share one name: "the brutal purges by the junta" / "the purges
# ended with the junta's fall").
MIN_SHARED_OCCASION_WORDS = 1
# A year as a phrase writes it ("the 1998 flood", "the inquiry into the 1998 flood").
YEAR_IN_PHRASE = re.compile(rf"(?<![\w.,]){YEAR}(?![\w.,]\d|\w)")
# A year written right before a phrase, and how far back it is looked for.
YEAR_BEFORE = re.compile(rf"(?<![\w.,])({YEAR})\s+$")
YEAR_REACH = 6
# A time adjunct opening the phrase's sentence with a year, and nothing but an article
# between it and the phrase ("In 2004, a huge [flood]", "In March 2019 the [inquiry]"):
# news writing dates the sentence's subject so; how far back it is looked for.
OPENING_YEAR = re.compile(
    rf"(?:^|[.!?][\"”’']?\s+|\n)(?:In|During|By)\s+(?:(?:{'|'.join(MONTHS)})\.?\s+)?({YEAR}),?\s+"
    r"(?:(?:a|an|the)\s+)?$")
OPENING_YEAR_REACH = 40
# What follows a bare plural opening its sentence where the sentence tells of a kind, not
# of things of the story ("Floods are rare here", "Strikes seldom last"): a present "are"
# that opens no progressive, or an adverb of frequency.
KIND_AFTER = re.compile(r"\s+(?:are(?!\s+\w+ing\b)|(?:are\s+)?(?:rarely|seldom|often|usually|typically|"
                        r"generally|commonly|frequently|always|never|mostly|sometimes)(?!\w))")
# A copula and an article right before a phrase: the phrase is predicated of its
# clause's subject ("he was the victim of ...") and refers to nothing of its own.
PREDICATED_BEFORE = re.compile(r"(?<!\w)(?:is|was|are|were|be|been|being)\s+(?:a|an|the)\s+$", re.IGNORECASE)
PREDICATE_REACH = 14
# A name owning a phrase, written right before it ("Halden's plan", "the Greens' bill"),
# and how far back it is looked for.
OWNER_BEFORE = re.compile(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)(?:['’]s|s['’])\s+$")
OWNER_REACH = 60
# The word written right before a phrase: a determiner that sets it apart ("another
# controversial rule change") is left out of the phrase's modifiers, and how far back it is read.
WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
WORD_BEFORE_REACH = 20


@dataclass(frozen=True)
class Phrase:
    """A noun phrase of one article: its head lemma, plain words and loaded modifiers."""

    article: str
    head: str
    plain: frozenset[str]
    loaded: frozenset[str]
    text: str
    start: int
    end: int
    # The head as written ("positions", "position"): one referent keeps its number.
    written_head: str = ""
    # Content words of the prepositional phrase right after it ("fighting [in the Donbas]").
    complement: frozenset[str] = frozenset()
    # Content words of that phrase also after a participle ("a package focused [on housing]").
    written_after: frozenset[str] = frozenset()
    # Years before its article's publication that it or its complement names: the phrase
    # tells of a past occasion ("the 1998 flood"), not of the story's.
    past_years: frozenset[str] = frozenset()
    # The name owning it, written before it as a possessive ("Halden" of "Halden's plan").
    owner: str = ""
    # A bare plural opening a sentence about a kind ("Floods are rare"): no thing of the story.
    kind: bool = False
    # Predicated of its clause's subject ("was the victim of ..."), not naming a thing itself.
    predicated: bool = False
    # Holds a quotation ('the "harbour levy" plan'): some of its words are another's name
    # for the thing, which no other outlet's own words stand in for.
    quoting: bool = False
    # Set apart from things of its kind told before ("two other controversial rules", "a
    # separate bill", ``data/apart_words.jsonl``): never the thing a phrase without it names.
    apart: bool = False


def _in_a_name(word: str, text: str, start: int | None) -> bool:
    """A listed word written with a capital where no sentence opens is a word of a name
    ("Special Branch officers", "the Heritage Trust office"), which no outlet chose to
    load; an affiliation word is capitalised by the name it holds ("Republican-led").
    ``start``: where the word is written when it opens the phrase (else None)."""
    _, suffixes, _ = loaded_modifiers()
    if not word[:1].isupper() or word.lower().endswith(suffixes):
        return False
    if start is None:
        return True
    before = text[max(0, start - SENTENCE_REACH):start].rstrip(" \t\"“”‘’'(")
    return not (before[-1:] in {".", "!", "?", "\n"} or not before and start <= SENTENCE_REACH)


def _same_labels(x: frozenset[str], y: frozenset[str]) -> bool:
    """Two sets of loaded words that put the same labels: each word of one has its like
    in the other."""
    return all(any(_same_label(a, b) for b in y) for a in x) \
        and all(any(_same_label(a, b) for a in x) for b in y)


def _same_label(a: str, b: str) -> bool:
    """One label worded two ways: the same word, or two affiliation words ("-led",
    "-controlled") naming one holder ("Socialist-controlled" / "Socialist-led",
    "Russia-backed" / "Russian-led"): whose the thing is, told alike."""
    if a == b:
        return True
    holder_a, holder_b = _affiliation_holder(a), _affiliation_holder(b)
    if holder_a is None or holder_b is None:
        return False
    shorter, longer = sorted((holder_a, holder_b), key=len)
    # a name and its adjective ("Democrat" / "Democratic", "Russia" / "Russian"); a short
    # initialism is a name of its own ("US" / "USSR")
    return shorter == longer or len(shorter) >= MIN_HOLDER_STEM and longer.startswith(shorter)


@cache  # asked of every word of the sentences _labels_in_sentence reads
def _affiliation_holder(word: str) -> str | None:
    """Whom an affiliation word names, as the first word of the organisation's listed
    name where it is an alias ("GOP" -> "republican"), lower-cased; None for other words."""
    _, suffixes, _ = loaded_modifiers()
    suffix = next((s for s in suffixes if word.endswith(s) and len(word) > len(s)), None)
    if suffix is None:
        return None
    holder = word[:-len(suffix)]
    name = resolve_organisation(holder) or holder
    return name.split()[0].lower()


def _phrase(noun_phrase: NounPhrase, text: str, published: int | None) -> Phrase:
    """The noun phrase read for comparison; ``published``: its article's year, where known
    (without it every year the phrase names dates it)."""
    span = noun_phrase.span
    loaded = frozenset(w.lower() for n, w in enumerate([*noun_phrase.modifiers, noun_phrase.head])
                       if is_loaded(w) and not _in_a_name(w, text, span.start if n == 0 else None))
    plain = frozenset(crude_lemma(w) for w in noun_phrase.modifiers if w.lower() not in loaded)
    written = MODIFIER_WORD.findall(span.text)
    after = COMPLEMENT.match(text, span.end)
    complement = _content_lemmas(after.group(1)) if after else frozenset()
    written_after = WRITTEN_AFTER.match(text, span.end)
    # the phrase's words keep no number: a year written right before them ("the 1998
    # [river flood]") is read there
    before = YEAR_BEFORE.search(text, max(0, span.start - YEAR_REACH), span.start) \
        or OPENING_YEAR.search(text, max(0, span.start - OPENING_YEAR_REACH), span.start)
    named = " ".join([before.group(1) if before else "", span.text, after.group(1) if after else ""])
    past = frozenset(year for year in YEAR_IN_PHRASE.findall(named)
                     if published is None or int(year) < published)
    owner = OWNER_BEFORE.search(text, max(0, span.start - OWNER_REACH), span.start)
    written_head = written[-1].lower() if written else ""
    lead_in = text[max(0, span.start - SENTENCE_REACH):span.start].rstrip(" \t\"“‘'(")
    opens_sentence = not lead_in or lead_in[-1] in {".", "!", "?", "\n"}
    kind = opens_sentence and written_head != noun_phrase.head and KIND_AFTER.match(text, span.end) is not None
    predicated = PREDICATED_BEFORE.search(text, max(0, span.start - PREDICATE_REACH), span.start) is not None
    return Phrase(span.article or "", noun_phrase.head, plain, loaded, span.text, span.start,
                  span.end, written_head, complement,
                  _content_lemmas(written_after.group(1)) if written_after else frozenset(),
                  past, owner.group(1) if owner else "",
                  kind, predicated, OPENING_QUOTE.search(span.text) is not None,
                  _set_apart(noun_phrase, text))


def _set_apart(noun_phrase: NounPhrase, text: str) -> bool:
    """A word of ``data/apart_words.jsonl`` among the phrase's modifiers ("two other
    bills") or written right before it ("another bill")."""
    start = noun_phrase.span.start
    before = WORD_BEFORE.search(text, max(0, start - WORD_BEFORE_REACH), start)
    words = [*noun_phrase.modifiers, before.group(1) if before else ""]
    return any(w.lower() in _apart_words() for w in words)


@cache
def _apart_words() -> frozenset[str]:
    """Words that set a phrase's referent apart from others of its kind ("other")."""
    return frozenset(row["word"].lower() for row in read_jsonl("apart_words.jsonl", required=("word",)))


def _content_lemmas(words: str) -> frozenset[str]:
    """The ``crude_lemma`` forms of the content words of ``words``."""
    return frozenset(crude_lemma(w) for w in MODIFIER_WORD.findall(words) if w.lower() not in stop_words())


def _recorded(articles: list[Article], noun_phrases: list[NounPhrase]) -> list[NounPhrase]:
    """The parse's noun phrases; articles with none recorded (read back from the archive)
    are parsed here, paragraph by paragraph, the same way."""
    recorded = {phrase.span.article for phrase in noun_phrases}
    missing = [(article, m.start()) for article in articles if article.id not in recorded
               for m in PARAGRAPH.finditer(article.text)]
    found = list(noun_phrases)
    docs = load_nlp().pipe((PARAGRAPH.match(article.text, start).group()
                            for article, start in missing), disable=COMPONENTS)
    for (article, start), doc in zip(missing, docs):
        found.extend(find_noun_phrases(doc, article=article.id, offset=start))
    return found


def _inside(noun_phrases: list[NounPhrase], wanted: dict[str, list[tuple[int, int]]],
            texts: dict[str, str], quoted: dict[str, list[tuple[int, int]]]) -> list[NounPhrase]:
    """The noun phrases inside the wanted paragraphs (article id -> paragraph spans, in text
    order: paragraphs never overlap, so only the last one starting at or before a phrase
    can hold it), in their order. ``quoted``: each article's quotations, filled here as an
    article first needs them and kept by the caller for its next pass."""
    starts = {article: [start for start, _ in spans] for article, spans in wanted.items()}
    kept = []
    for noun_phrase in noun_phrases:
        span = noun_phrase.span
        article = span.article or ""
        spans = wanted.get(article)
        if spans:
            at = bisect_right(starts[article], span.start) - 1
            if at >= 0 and span.end <= spans[at][1]:
                if article not in quoted:
                    quoted[article] = quotations(texts[article])
                # a phrase opening inside quotation marks is a speaker's ('fight "the
                # reckless dumping"') or held at arm's length (the "sweeping"
                # bill, which ``scare_quoted_elsewhere`` reads): no description of the
                # outlet's own, loaded or plain
                if not _opens_inside(quoted[article], span.start):
                    kept.append(noun_phrase)
    return kept


def _comparable(noun_phrases: list[NounPhrase], read: Callable[[NounPhrase], Phrase],
                loaded_heads: set[str]) -> list[Phrase]:
    """The phrases (``read``) that can meet a loaded one, in order: phrases are compared
    only with those of their head (``_head_key``), and only where one of them is loaded, so
    of the paragraphs naming a loaded phrase's head (most of a story's phrases) only the
    phrases of ``loaded_heads`` and of a head a phrase among them loads are read."""
    # those written with a loaded word first, by position: they may add a loaded head
    written_loaded = {n: read(noun_phrase) for n, noun_phrase in enumerate(noun_phrases)
                      if any(is_loaded(word) for word in (*noun_phrase.modifiers, noun_phrase.head))}
    heads = loaded_heads | {_head_key(phrase.head) for phrase in written_loaded.values() if phrase.loaded}
    return [written_loaded[n] if n in written_loaded else read(noun_phrase)
            for n, noun_phrase in enumerate(noun_phrases)
            if n in written_loaded or _head_key(noun_phrase.head) in heads]


def _opens_inside(quoted: list[tuple[int, int]], start: int) -> bool:
    """``start`` lies inside one of the text's quotations (``quotations``: in text order,
    never overlapping, a quotation left open running to its paragraph's end). Long
    quotations never reach the noun phrases; short ones do."""
    at = bisect_left(quoted, (start, -1)) - 1
    return at >= 0 and start < quoted[at][1]


def _paragraphs_with(article: Article, holds: Callable[[str], object]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in PARAGRAPH.finditer(article.text) if holds(m.group())]


def _holds_loaded_word(text: str) -> bool:
    """``_loaded_pattern`` matches somewhere in ``text``. Each of its matches is a whole
    run of word characters and hyphens, so the runs are looked up instead: an ASCII run
    without a hyphen in the word set, any other run by the pattern (a search of the
    pattern's hundreds of alternatives at every character cost 8 times as much)."""
    words, _, _ = loaded_modifiers()
    for run in WORD_RUN.findall(text):
        if run.isascii() and "-" not in run:
            if run.lower() in words:
                return True
        elif _loaded_pattern().fullmatch(run):
            return True
    return False


def _word_pattern(words: set[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
                      + r")", re.IGNORECASE)


def described_differently(articles: list[Article], outlet_of: dict[str, str], *,
                          noun_phrases: list[NounPhrase] | tuple[()] = ()
                          ) -> dict[str, dict[tuple[str, str], list[TextSpan]]]:
    """outlet -> (referent, term) -> evidence, for noun phrases with the same head that
    outlets load differently."""
    # Pass 1: phrases with a loaded modifier.
    texts = {a.id: a.text for a in articles}
    years = {a.id: _year(a) for a in articles}
    every = [p for p in _recorded(articles, noun_phrases) if p.span.article in outlet_of]
    wanted = {a.id: _paragraphs_with(a, _holds_loaded_word) for a in articles}
    quoted: dict[str, list[tuple[int, int]]] = {}

    def read(noun_phrase: NounPhrase) -> Phrase:
        article = noun_phrase.span.article or ""
        return _phrase(noun_phrase, texts[article], years[article])

    first = [read(noun_phrase) for noun_phrase in _inside(every, wanted, texts, quoted)]
    heads = {word for p in first if p.loaded
             for word in family_words().get(_head_key(p.head), {p.head}) | {p.head}}
    if not heads:
        return {}
    # Pass 2: the other paragraphs naming the same heads.
    naming = _word_pattern(heads).search
    wanted = {a.id: [span for span in _paragraphs_with(a, naming) if span not in wanted[a.id]]
              for a in articles}
    phrases = first + _comparable(_inside(every, wanted, texts, quoted), read,
                                  {_head_key(p.head) for p in first if p.loaded})
    by_head: dict[str, list[Phrase]] = defaultdict(list)
    for phrase in phrases:
        by_head[_head_key(phrase.head)].append(phrase)
    uses: dict[str, dict[tuple[str, str], list[TextSpan]]] = defaultdict(lambda: defaultdict(list))
    by_id = {a.id: a for a in articles}
    for group in by_head.values():
        # only phrases of one number can be compatible: compare within those
        written: dict[bool, list[Phrase]] = defaultdict(list)
        for phrase in group:
            written[_plural(phrase)].append(phrase)
        chosen: set[Phrase] = set()
        for x in (x for x in group if x.loaded):  # most phrases load nothing
            outlet = outlet_of[x.article]
            for y in written[_plural(x)]:
                if outlet != outlet_of[y.article] and not _same_labels(x.loaded, y.loaded) \
                        and _compatible(x, y) and _on_one_occasion(x, y, by_id) \
                        and not _labelled_alike(x, y, by_id):
                    chosen.update((x, y))
        if not chosen:
            continue
        referent = _referent_name(chosen)
        for phrase in sorted(chosen, key=lambda p: (p.article, p.start)):
            uses[outlet_of[phrase.article]][(referent, phrase.text)].append(
                TextSpan(phrase.text, phrase.start, phrase.end, phrase.article))
    return uses


def _year(article: Article) -> int | None:
    value = article.published.value
    return int(value[:4]) if value and value[:4].isdigit() else None


@cache
def _loaded_pattern() -> re.Pattern[str]:
    words, suffixes, prefixes = loaded_modifiers()
    alternatives = [re.escape(w) for w in sorted(words, key=len, reverse=True)]
    alternatives += [r"\w+" + re.escape(s) for s in suffixes]
    alternatives += [re.escape(p) + "".join(rf"(?!{re.escape(w)}(?![\w-]))" for w in sorted(plain))
                     + r"(?-i:[a-z])[\w-]*" for p, plain in prefixes]
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)


def _compatible(x: Phrase, y: Phrase) -> bool:
    """The same thing, described: the plain words agree but for one at most ("joint
    statement" / "reassuring statement", "Ukrainian regions" / "occupied regions"), a word
    written after the head counting as one before it ("the housing package" / "the package
    focused on housing"); more
    plain words apart ("Luhansk and Donetsk regions") name another thing of the kind. One
    referent keeps its number ("hard-line positions" of both sides are not one side's
    "position"), and phrases whose complements share no word are about different things
    ("fierce fighting in the Donbas" / "fighting over the winter"). Two heads of one family
    set apart by nothing loaded but a head ("regime") need a plain word in common. Phrases
    dating what they name to different past years ("the flood" / "the 1998 river
    flood") tell of different occasions, and phrases owned by different names ("Halden's
    plan" / "the Greens' sweeping plan") name two of a kind. A bare plural telling of a
    kind ("Floods are rare here") is no thing of the story, and a phrase predicated of its
    subject ("he was the victim of a smear") says what that subject is, never the same as
    a phrase naming a thing ("the alleged victim"); nor is one set apart from others of
    its kind ("two other controversial changes") the same as one that is not."""
    if x.head == y.head and x.written_head != y.written_head or _plural(x) != _plural(y):
        return False
    if x.past_years != y.past_years or not _same_owner(x.owner, y.owner) \
            or x.kind or y.kind or x.predicated != y.predicated or x.apart != y.apart:
        return False
    if x.complement and y.complement and not x.complement & y.complement:
        return False
    if x.head != y.head and not (x.loaded ^ y.loaded) - {x.head, y.head} \
            and not (x.plain | x.complement) & (y.plain | y.complement):
        return False
    # a plain word one phrase writes before its head and the other after it, in its
    # complement, tells of the same thing ("the immigration bill" / "the bill on
    # immigration"), unless the first holds it in quotation marks as another's name
    told_after_y = frozenset() if x.quoting else y.written_after
    told_after_x = frozenset() if y.quoting else x.written_after
    return len((x.plain - y.plain - told_after_y) | (y.plain - x.plain - told_after_x)) \
        <= MAX_PLAIN_DIFFERENCE


def _on_one_occasion(x: Phrase, y: Phrase, by_id: dict[str, Article]) -> bool:
    """The phrases' sentences tell of one thing: they share a content word besides the
    phrases' head (``MIN_SHARED_OCCASION_WORDS``), compared by stem ("the annexed regions"
    meets "the annexation of the regions"). A common noun names whatever its sentence
    tells of, and a story tells of several of a kind: "the club balked at the massive sum"
    and "a $90 million sum paid to a pitcher last year" are two sums. The phrases' own plain
    words are no context: "the massive transfer sum" and "a transfer sum paid to the
    pitcher" share only what names them."""
    context_x, context_y = (_terms(context_words(by_id[p.article], p.start, p.written_head) - p.plain)
                            for p in (x, y))
    return len(context_x & context_y - _terms((x.head, y.head))) >= MIN_SHARED_OCCASION_WORDS


def _terms(words: Iterable[str]) -> set[str]:
    """Words as claims compare them (``claim_terms.term``: a stem, or its synonym family),
    so "annexed" meets "annexation"."""
    return {term(word) for word in words}


def _same_owner(x: str, y: str) -> bool:
    """Two owners written before phrases may own one thing: either is unnamed, or the
    shorter name's words are the longer one's last words ("Orr" / "Dana Orr")."""
    if not x or not y:
        return True
    shorter, longer = sorted((x.lower().split(), y.lower().split()), key=len)
    return longer[len(longer) - len(shorter):] == shorter


def _words_around(phrase: Phrase, articles: dict[str, Article]) -> set[str]:
    """The words of the sentence the phrase is written in (``slots.sentence_at``), lower-cased."""
    article = articles[phrase.article]
    sentence = sentence_at(article, phrase.start)
    start, end = (sentence.start, max(sentence.end, phrase.end)) if sentence is not None \
        else (phrase.start, phrase.end)
    return {w.lower() for w in MODIFIER_WORD.findall(article.text, start, end)}


def _labelled_alike(x: Phrase, y: Phrase, by_id: dict[str, Article]) -> bool:
    """Each phrase's sentence holds the labels that set the other phrase apart from it,
    on another word: an outlet that writes "Senate-led efforts to rewrite the rules" told
    whose the rules are as the one writing "the Senate-backed rules" did."""
    return _labels_in_sentence(x, y, by_id) and _labels_in_sentence(y, x, by_id)


def _labels_in_sentence(labelled: Phrase, other: Phrase, by_id: dict[str, Article]) -> bool:
    """The labels ``labelled`` has and ``other`` lacks are all written in ``other``'s
    sentence (none lacking: nothing to find)."""
    lacking = [a for a in labelled.loaded if not any(_same_label(a, b) for b in other.loaded)]
    if not lacking:
        return True
    words = _words_around(other, by_id)
    # a label naming no holder is only ever the same label as itself
    return all(a in words or _affiliation_holder(a) is not None and any(_same_label(a, w) for w in words)
               for a in lacking)


def _plural(phrase: Phrase) -> bool:
    """The head is written in another form than its lemma: a plural, mostly."""
    return phrase.written_head != phrase.head


def _referent_name(phrases: set[Phrase]) -> str:
    plain = min((p for p in phrases), key=lambda p: (len(p.plain), p.text))
    words = [w for w in re.findall(r"[\w’'-]+", plain.text) if w.lower() not in plain.loaded]
    return " ".join(words) or plain.head


@cache
def _head_key(head: str) -> str:
    """Heads of one synonym family holding a loaded label compare as one ("regime" /
    "government"); any other head only with itself ("bill" / "law" are one family of
    plain words, and a plain word for another thing is wording, not a label)."""
    family = synonym_families().get(stem(head))
    if family is None or not any(is_loaded(word) for word in family_words()[family]):
        return head
    return family
