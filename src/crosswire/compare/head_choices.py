"""One thing two outlets name with head nouns of different stance: "dawn raids" / "dawn
searches", "the rampage" / "the shooting", "the regime" / "the government", "a farm
handout" / "a farm relief package" (``data/referent_heads.jsonl``: heads by the kind of
thing they name, each with the stance it carries; the terms the contested-terms lexicon
rows, "riot" / "protest", are not repeated there).

The heads differ, so the descriptions of one head (``descriptions.py``) never meet them;
the sentences are seldom retold in parallel (``slots.py``), and the contested-terms
lexicon (``lexicon_terms.py``) knows whole terms, not the heads a kind of thing is named
by. Two uses of heads of one kind name one thing where their phrases share a word besides
a head, its possessor's or what a preposition after it names included ("dawn raids" / "dawn
searches", "a farm handout" / "a farm relief package", "the raid on the compound" / "the search of the
compound", "Iran's government" / "the Iranian regime"), or their sentences share
what they tell of it (``lexicon_terms.MIN_SHARED_CONTEXT`` content words besides the
phrases' own), and the outlets chose apart as the lexicon's rows are chosen apart
(``lexicon_terms.chosen_apart``). A one-word term also names the coded acts a verb of its
stem tells ("agents raided", "the senator slammed"), which meet other uses through their
parties' words, and other acts only of the same PLOVER type. Words inside quotation marks
are a speaker's, and a capitalised head inside a sentence is a word of a name ("the
Harbour Riot Inquiry").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import combinations

from crosswire.compare.claim_terms import stem
from crosswire.compare.descriptions import COMPLEMENT
from crosswire.compare.lexicon_terms import MIN_SHARED_CONTEXT, outlets_word, stances_apart
from crosswire.compare.slots import CONTENT_WORD, context_words
from crosswire.data import read_jsonl
from crosswire.knowledge.places import country_of
from crosswire.knowledge.text import crude_lemma, stop_words
from crosswire.models import Article, Event, NounPhrase, TextSpan

# A possessor right before a phrase ("Iran's [government]"), and how far back it is looked for.
OWNER = re.compile(r"([\w-]+)['’]s\s+$")
OWNER_REACH = 40


@cache
def referent_heads() -> dict[tuple[str, ...], tuple[str, str]]:
    """The words of a head term, lower-cased, its last one as a lemma ("relief", "package") -> the
    kind of thing it names and the stance it carries (``data/referent_heads.jsonl``)."""
    heads = {}
    for row in read_jsonl("referent_heads.jsonl", required=("term", "kind", "stance", "source")):
        heads[tuple(row["term"].lower().split())] = (row["kind"], row["stance"])
    return heads


@cache
def _one_word_stems() -> dict[str, tuple[str, str]]:
    """The stem of each one-word term ("raid" of "raided") -> its kind and stance: the verb
    a coded act is told by ("agents raided", "the senator slammed")."""
    return {stem(words[0]): found for words, found in referent_heads().items() if len(words) == 1}


@cache
def _longest_term() -> int:
    return max(len(words) for words in referent_heads())


@dataclass(frozen=True)
class _HeadUse:
    """A noun phrase headed by a term of the lexicon, or a coded act a verb of it tells,
    with the content words it and its sentence hold."""

    outlet: str
    kind: str
    stance: str
    span: TextSpan
    # the words that say whose and of what it is (a phrase's words but its head's, with its
    # possessor and what a preposition after it names; an act's parties' words), and
    # those with its own words, as crude lemmas
    modifiers: frozenset[str]
    words: frozenset[str]
    context: frozenset[str]
    # the PLOVER type of the coded act a verb tells; None for a noun phrase
    act: str | None = None


def _term_of(phrase: NounPhrase) -> tuple[str, str] | None:
    """The kind and stance of the longest lexicon term the phrase ends in, its head read as
    its lemma ("dawn farm raids" ends in "raid")."""
    written = [word.lower() for word in CONTENT_WORD.findall(phrase.span.text)]
    words = [*written[:-1], phrase.head]
    for size in range(min(_longest_term(), len(words)), 0, -1):
        found = referent_heads().get(tuple(words[-size:]))
        if found is not None:
            return found
    return None


def _lemmas(text: str) -> frozenset[str]:
    """The content words as crude lemmas, a country's name or its people's word as the
    country ("Iranian" and "Iran's" are one owner)."""
    stop = stop_words()
    return frozenset((word[:1].isupper() and country_of(word)) or crude_lemma(word)
                     for word in CONTENT_WORD.findall(text) if word.lower() not in stop)


def _around(text: str, span: TextSpan) -> str:
    """The words that say whose or of what the phrase's thing is, outside the phrase: its
    possessor before it ("Iran's [government]") and what a preposition after it names
    ("[the raid] on the Ostrel compound")."""
    owner = OWNER.search(text, max(0, span.start - OWNER_REACH), span.start)
    complement = COMPLEMENT.match(text, span.end)
    return " ".join(found.group(1) for found in (owner, complement) if found is not None)


def _uses(by_id: dict[str, Article], outlet_of: dict[str, str], noun_phrases: Iterable[NounPhrase],
          quoted: dict[str, list[tuple[int, int]]]) -> list[_HeadUse]:
    found = []
    for phrase in noun_phrases:
        article = by_id.get(phrase.span.article)
        if article is None or (term := _term_of(phrase)) is None:
            continue
        span = phrase.span
        if not outlets_word(article, span.end - len(span.text.split()[-1]), quoted):
            continue
        words = _lemmas(span.text)
        around = _lemmas(_around(article.text, span))
        found.append(_HeadUse(outlet_of[article.id], *term, span,
                              words - {crude_lemma(phrase.head)} | around, words | around,
                              context_words(article, span.start, span.text)))
    return found


def _act_uses(by_id: dict[str, Article], outlet_of: dict[str, str], events: Iterable[Event],
              quoted: dict[str, list[tuple[int, int]]]) -> list[_HeadUse]:
    """The coded acts told by a verb of the lexicon ("raided", "slammed"), each with the
    words of its parties as the words that say whose and of what it is, and its PLOVER
    type: two acts meet only where the parse coded them as one kind of act."""
    found = []
    for event in events:
        article = by_id.get(event.trigger.article or "")
        trigger = event.trigger
        if article is None or (term := _one_word_stems().get(stem(trigger.text.lower()))) is None:
            continue
        if not outlets_word(article, trigger.start, quoted):
            continue
        parties = _lemmas(" ".join(p.span.text for p in [*event.actor, *event.recipient]))
        found.append(_HeadUse(outlet_of[article.id], *term, trigger, parties,
                              parties | {crude_lemma(trigger.text)},
                              context_words(article, trigger.start, trigger.text), event.event))
    return found


def _one_thing(x: _HeadUse, y: _HeadUse) -> bool:
    """Two uses name one thing: a word of one phrase besides its head is in the other
    ("dawn raids" / "dawn searches"), or their sentences tell the same of it; two coded acts
    only where they are of one type."""
    if x.act is not None and y.act is not None and x.act != y.act:
        return False
    return bool(x.modifiers & y.words or y.modifiers & x.words) \
        or len(x.context & y.context) >= MIN_SHARED_CONTEXT


def head_choices(articles: list[Article], outlet_of: dict[str, str], *, noun_phrases: Iterable[NounPhrase],
                 events: Iterable[Event] = ()) -> dict[str, dict[tuple[str, str], list[TextSpan]]]:
    """outlet -> (referent, term) -> evidence, for one thing two outlets name with heads of
    one kind and two stances each chose (``lexicon_terms.stances_apart``); the referent is the kind ("the
    enforcement operation"), the term the phrase as written."""
    by_id = {article.id: article for article in articles}
    quoted: dict[str, list[tuple[int, int]]] = {}  # each article's quotations, once found
    named = _uses(by_id, outlet_of, noun_phrases, quoted)
    # an act a noun of the lexicon tells ("the raids") is that noun's phrase already
    found = [*named, *(act for act in _act_uses(by_id, outlet_of, events, quoted) if not any(
        use.span.article == act.span.article and use.span.start <= act.span.start < use.span.end
        for use in named))]
    written: dict[tuple[str, str], set[str]] = defaultdict(set)
    by_kind: dict[str, list[_HeadUse]] = defaultdict(list)
    for use in found:
        written[(use.outlet, use.kind)].add(use.stance)
        by_kind[use.kind].append(use)
    uses: dict[str, dict[tuple[str, str], list[TextSpan]]] = defaultdict(lambda: defaultdict(list))
    for kind, listed in by_kind.items():
        for x, y in combinations(listed, 2):
            if x.outlet == y.outlet or x.stance == y.stance or not _one_thing(x, y):
                continue
            if not stances_apart(x.stance, y.stance, written[(x.outlet, kind)], written[(y.outlet, kind)]):
                continue
            for use in (x, y):
                evidence = uses[use.outlet][(kind, use.span.text)]
                if use.span not in evidence:
                    evidence.append(use.span)
    return uses
