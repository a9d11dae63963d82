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

from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from itertools import combinations

from crosswire.data import read_jsonl
from crosswire.knowledge.firms import is_organisation_noun
from crosswire.knowledge.text import WORD, noun_forms, setting_nouns
from crosswire.models import Article, Event, NounPhrase, TextSpan
from crosswire.nlp.noun_phrases import quotations

STANCES = frozenset({"condemning", "neutral", "hedged"})


@cache
def party_nouns() -> dict[str, str]:
    """A noun naming a party of an act, singular and plural, lower-cased -> the stance it
    carries (``data/party_nouns.jsonl``)."""
    stances = {}
    for row in read_jsonl("party_nouns.jsonl", required=("noun", "stance")):
        if row["stance"] not in STANCES:
            raise ValueError(f"party_nouns.jsonl: stance one of {sorted(STANCES)}: {row}")
        for form in noun_forms(row, "noun"):
            stances[form] = row["stance"]
    return stances


def party_names(articles: list[Article], events: Iterable[Event], outlet_of: dict[str, str], *,
                noun_phrases: Iterable[NounPhrase] = ()) -> dict[str, dict[tuple[str, str], list[TextSpan]]]:
    """outlet -> (referent, term) -> evidence, for the parties to one kind of act two
    outlets name with nouns of two stances, one of them a stance the other outlet never
    writes (one outlet calls the crowd "rioters" and "protesters", the other only
    "protesters": the first chose the judgement the second kept from; where each writes
    both stances, neither chose); the referent
    names the kind of act ("party to ASSAULT"), the term is the noun as written. A noun
    inside quotation marks is a speaker's word, or one the outlet holds at arm's length;
    one the parse put before the head of a noun phrase (``noun_phrases``) names a party
    only where that head is a body's or a person's noun ("a criminal gang", "terrorist
    leaders"): before another it describes a thing ("criminal charges", "suspect packages")."""
    texts = {article.id: article.text for article in articles}
    modifying = _modifying_words(noun_phrases)
    stances = party_nouns()
    quoted: dict[str, list[tuple[int, int]]] = {}
    # kind of act -> outlet -> where a party is named -> the stance of its noun, its words
    named: dict[str, dict[str, dict[tuple[int, int], tuple[str, TextSpan]]]] = \
        defaultdict(lambda: defaultdict(dict))
    for event in events:
        article = event.evidence.article
        if article not in texts or event.extension:
            continue  # a statement (COMMENT, APPEAL) is no act: every outlet's speakers meet in it
        if article not in quoted:
            quoted[article] = quotations(texts[article])
        text = texts[article]
        for word in WORD.finditer(text, event.evidence.start, event.evidence.end):
            noun = word.group().lower()
            # a capitalised noun inside a sentence is a word of a name ("the Mob Museum")
            if noun not in stances or not word.group()[:1].islower() and not _opens_sentence(text, word.start()) \
                    or any(q0 <= word.start() < q1 for q0, q1 in quoted[article]):
                continue
            head, end = modifying.get((article, word.start()), (None, word.end()))
            if head is not None and not _names_party(head):
                continue
            # a modifier is shown with the noun it describes: "criminal gang"
            span = TextSpan(text[word.start():end], word.start(), end, article)
            named[event.event][outlet_of[article]][(word.start(), end)] = (stances[noun], span)
    written = _stances_written(articles, outlet_of)
    uses: dict[str, dict[tuple[str, str], list[TextSpan]]] = defaultdict(lambda: defaultdict(list))
    for kind, by_outlet in named.items():
        referent = f"party to {kind}"
        for x, y in combinations(sorted(by_outlet), 2):
            for stance_x, span_x in by_outlet[x].values():
                for stance_y, span_y in by_outlet[y].values():
                    if stance_x == stance_y or stance_x in written[y] and stance_y in written[x]:
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
    return is_organisation_noun(head) or setting_nouns().get(head) == "person"


def _opens_sentence(text: str, start: int) -> bool:
    """The word at ``start`` opens a sentence (or a line): only marks and spaces stand
    between it and the previous stop."""
    before = text[:start].rstrip(" \t\"“‘'([")
    return not before or before[-1] in ".!?\n:"


def _stances_written(articles: list[Article], outlet_of: dict[str, str]) -> dict[str, set[str]]:
    """outlet -> the stances of the party nouns its articles write anywhere."""
    stances = party_nouns()
    written: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        written[outlet_of[article.id]].update(
            stances[word] for word in map(str.lower, WORD.findall(article.text)) if word in stances)
    return written
