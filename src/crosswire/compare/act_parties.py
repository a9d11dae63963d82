"""How each outlet names the parties to the story's acts: the nouns it writes for those who
do or suffer an act, in the sentences that tell an act of a kind the parse coded (PLOVER
types), where two outlets chose nouns that carry different stances
(``data/party_nouns.jsonl``: "rioters" judge the crowd the outlet calls them, "protesters"
do not; "the suspect" holds back what "the shooter" tells). Two outlets rarely retell the
sentence naming the doer, so the slots of retold sentences (``slots.py``) miss it, and its
words share too little for the lexicon's contexts (``lexicon_terms.py``); but both tell
the act, and the parse codes it, whether or not it found the noun among its parties. Nouns
of one stance ("gunman" / "attacker"), a name, or a pronoun are no choice an analyst weighs."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import combinations

from crosswire.compare.lexicon_terms import NEUTRAL, outlets_word, stances_apart
from crosswire.data import read_jsonl
from crosswire.knowledge.firms import is_organisation_noun
from crosswire.knowledge.plover import act_nouns
from crosswire.knowledge.text import WORD, noun_forms, person_nouns
from crosswire.models import Article, Event, NounPhrase, TextSpan

STANCES = frozenset({"condemning", NEUTRAL, "hedged"})
# The word right before a party's noun, and how far back it is looked for.
WORD_BEFORE = re.compile(r"([\w-]+)\s+$")
HEDGE_REACH = 30


@cache
def party_nouns() -> tuple[dict[str, tuple[str, str]], frozenset[str]]:
    """(a noun naming a party of an act, singular and plural, lower-cased -> the kind of
    party it names ("crowd", "armed group") and the stance it carries; the words that
    hedge the noun after them, "alleged", "accused"), from ``data/party_nouns.jsonl``."""
    nouns, hedges = {}, set()
    for row in read_jsonl("party_nouns.jsonl"):
        if isinstance(row.get("hedge"), str):
            hedges.add(row["hedge"].lower())
            continue
        if row.get("stance") not in STANCES or not isinstance(row.get("noun"), str) \
                or not isinstance(row.get("party"), str):
            raise ValueError(f"party_nouns.jsonl: a hedge, or a noun, its party and a stance "
                             f"of {sorted(STANCES)}: {row}")
        for form in noun_forms(row, "noun"):
            nouns[form] = (row["party"], row["stance"])
    return nouns, frozenset(hedges)


def _party_at(text: str, word: re.Match[str]) -> tuple[str, str] | None:
    """The kind of party and the stance of a word of the text (``WORD``), None for a word
    naming no party. A hyphenated word is read by its last part ("e-criminals"), and
    a hedging word right before it makes it hedged: "her alleged killer" judges nothing."""
    nouns, hedges = party_nouns()
    found = nouns.get(word.group().lower().rsplit("-", 1)[-1])
    if found is None:
        return None
    before = WORD_BEFORE.search(text, max(0, word.start() - HEDGE_REACH), word.start())
    return (found[0], "hedged") if before is not None and before.group(1).lower() in hedges else found


def party_names(articles: list[Article], events: Iterable[Event], outlet_of: dict[str, str], *,
                noun_phrases: Iterable[NounPhrase] = ()) -> dict[str, dict[tuple[str, str], list[TextSpan]]]:
    """outlet -> (referent, term) -> evidence, for one kind of party ("crowd") to one kind
    of act two outlets name with nouns of two stances each outlet chose (``lexicon_terms.stances_apart``); the
    referent names both, the act by its noun ("crowd (party to the assault)"), the term is the noun as written. A noun
    inside quotation marks is a speaker's word, or one the outlet holds at arm's length;
    one the parse put before the head of a noun phrase (``noun_phrases``) names a party
    only where that head is a body's or a person's noun ("a criminal network", "terrorist
    leaders"): before another it describes a thing ("criminal charges", "suspect packages")."""
    by_id = {article.id: article for article in articles}
    # each text's words read once, for the stances written anywhere and for every event's
    # sentence, which several events share
    words = {article.id: _read_words(article.text) for article in articles}
    modifying = _modifying_words(noun_phrases)
    quoted: dict[str, list[tuple[int, int]]] = {}
    # (kind of act, kind of party) -> outlet -> where a party is named -> its noun's
    # stance, its words
    named: dict[tuple[str, str], dict[str, dict[tuple[int, int], tuple[str, TextSpan]]]] = \
        defaultdict(lambda: defaultdict(dict))
    for event in events:
        article = event.evidence.article
        if article not in by_id or event.extension:
            continue  # a statement (COMMENT, APPEAL) is no act: every outlet's speakers meet in it
        text = by_id[article].text
        for word, found in words[article].parties_within(text, event.evidence.start, event.evidence.end):
            # a speaker's word, or a capitalised noun inside a sentence, a word of a name
            # ("the Tarnby Harbour Museum"), is not the outlet's choice
            if not outlets_word(by_id[article], word.start(), quoted):
                continue
            head, end = modifying.get((article, word.start()), (None, word.end()))
            if head is not None and not _names_party(head):
                continue
            # a modifier is shown with the noun it describes: "criminal network"
            span = TextSpan(text[word.start():end], word.start(), end, article)
            party, stance = found
            named[(event.event, party)][outlet_of[article]][(word.start(), end)] = (stance, span)
    written = _stances_written(words, outlet_of)
    uses: dict[str, dict[tuple[str, str], list[TextSpan]]] = defaultdict(lambda: defaultdict(list))
    for (kind, party), by_outlet in named.items():
        referent = f"{party} (party to {act_nouns().get(kind, kind)})"
        for x, y in combinations(sorted(by_outlet), 2):
            for stance_x, span_x in by_outlet[x].values():
                for stance_y, span_y in by_outlet[y].values():
                    if stance_x == stance_y or not stances_apart(
                            stance_x, stance_y, written[x][party], written[y][party]):
                        continue
                    for outlet, span in ((x, span_x), (y, span_y)):
                        listed = uses[outlet][(referent, span.text.lower())]
                        if span not in listed:
                            listed.append(span)
    return uses


def _modifying_words(noun_phrases: Iterable[NounPhrase]) -> dict[tuple[str, int], tuple[str, int]]:
    """(article, offset) of every word the noun phrases hold before their last, the
    head's -> the head's lemma and where the phrase ends."""
    found = {}
    for phrase in noun_phrases:
        words = list(WORD.finditer(phrase.span.text))
        for word in words[:-1]:
            found[(phrase.span.article, phrase.span.start + word.start())] = (phrase.head, phrase.span.end)
    return found


def _names_party(head: str) -> bool:
    """A noun of stance modifying a body's or a person's noun names a party."""
    return is_organisation_noun(head) or head in person_nouns()


def _stances_written(words: dict[str, _TextWords], outlet_of: dict[str, str]
                     ) -> dict[str, dict[str, set[str]]]:
    """outlet -> kind of party -> the stances of the nouns of that party its articles
    (article id -> its words) write anywhere."""
    written: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for article_id, text_words in words.items():
        for _, (party, stance) in text_words.parties:
            written[outlet_of[article_id]][party].add(stance)
    return written


@dataclass(frozen=True)
class _TextWords:
    """A text's words as ``WORD`` reads the whole of it: where each starts and ends, and
    those naming a party, each with its kind of party and stance (``_party_at``)."""

    starts: list[int]
    ends: list[int]
    parties: list[tuple[re.Match[str], tuple[str, str]]]

    def parties_within(self, text: str, start: int, end: int
                       ) -> list[tuple[re.Match[str], tuple[str, str]]]:
        """The words naming a party that ``WORD`` reads in ``text[start:end]``: those of the
        whole text between the two, unless a word runs across either end (a span cut inside
        a word reads that word's part as a word of its own), when the span is read alone."""
        first = bisect_right(self.starts, start) - 1  # the word starting at or before start
        last = bisect_left(self.starts, end) - 1  # the last word starting before end
        if first >= 0 and self.starts[first] < start < self.ends[first] \
                or last >= 0 and self.starts[last] < end < self.ends[last]:
            return [(word, found) for word in WORD.finditer(text, start, end)
                    if (found := _party_at(text, word)) is not None]
        return [(word, found) for word, found in self.parties if start <= word.start() < end]


def _read_words(text: str) -> _TextWords:
    """``text``'s words, each naming a party looked up once."""
    matches = list(WORD.finditer(text))
    return _TextWords(starts=[m.start() for m in matches], ends=[m.end() for m in matches],
                      parties=[(m, found) for m in matches if (found := _party_at(text, m)) is not None])
