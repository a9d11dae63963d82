"""Which words of a story may name its issues: not function words, titles, stance markers,
date words, the story's reporting verbs nor its people's and organisations' names (who,
not what), nor a hyphenated word that only describes, nor the occasion a thing was said on
("in short remarks"); each text split once into the
normal forms of its words (``topic_words``) for issues and positions alike."""

from __future__ import annotations

from collections import Counter
from functools import cache, lru_cache

from crosswire.compare.issue_labels import PhraseWords, reporting_forms, root_form
from crosswire.data import read_jsonl
from crosswire.knowledge.markers import stance_markers
from crosswire.knowledge.names import titles
from crosswire.knowledge.speaking import addressing_words
from crosswire.knowledge.text import WORD, crude_lemma, stop_words
from crosswire.models import MergedAnalysis, Statement

# Texts whose topic words are kept: a briefing's statements and headlines, bounded for an archive.
TOPIC_CACHE_SIZE = 1 << 14
# A preposition telling the occasion a thing was said on stands at most OCCASION_REACH
# words before the occasion's noun: "in [brief] remarks", "at [a] [news] conference".
OCCASION_REACH = 3


@cache
def _not_topical() -> frozenset[str]:
    """Words that never name what a story is about: function words, titles ("minister")
    and date words. The words before a title's last ("prime", "economy" of "economy
    minister") are left out only where the story writes the title
    (``_title_words_written``): "economy" names what a story of growth figures is about.
    Stance markers are left out by ``_stance_words``."""
    words = set(stop_words())
    words.update(title[-1] for title in titles())
    words.update(crude_lemma(row["word"]) for row in read_jsonl("topic_stopwords.jsonl", required=("word",)))
    return frozenset(words)


@cache
def _stance_marker_forms() -> tuple[frozenset[str], frozenset[str]]:
    """The ``crude_lemma`` forms of the one-word for and against markers, and of the
    measures among them (``kind`` measure: "ban")."""
    markers = frozenset(crude_lemma(marker) for kind in ("for", "against") for marker in stance_markers(kind)
                        if " " not in marker)
    return markers, frozenset(crude_lemma(marker) for marker in stance_markers("measure"))


def _stance_words(heads: frozenset[str]) -> frozenset[str]:
    """Stance markers, how speakers take sides on an issue ("need", "oppose"), but for a
    measure the story's parse saw head a noun phrase (``heads``): "the abortion ban" is
    what sides are taken on, where "voted to ban" takes one."""
    markers, measures = _stance_marker_forms()
    return markers - (measures & heads)


def _reporting_words(statements: list[Statement]) -> set[str]:
    """Every form of the reporting verbs the story's statements use as cues ("warned" ->
    "warns" in a headline): how a story is told, not what it is about. Only the story's
    own cues, because many reporting verbs are also nouns issues are made of ("talks")."""
    lemmas, forms = reporting_forms()
    used = {lemmas.get(word.lower()) for s in statements if s.cue for word in WORD.findall(s.cue.text)}
    return {form for lemma in used if lemma for form in forms[lemma]}


def topic_words(text: str, *, excluded: frozenset[str], roots: dict[str, str] | None = None
                ) -> list[tuple[int, str]]:
    """(position, normal form) of the words of ``text`` that could name an issue; with
    ``roots`` (``word_roots``), a derived word's normal form is its root's ("closure" ->
    "close"). A hyphenated word that names nothing itself ("ferry-fare", which only
    describes "quarrel" in "the ferry-fare quarrel") still holds the things it joins: its
    parts stand as words of their own ("ferry", "fare")."""
    kept = []
    for word, form in _word_forms(text):
        if word not in excluded and form not in excluded:
            kept.append(form)
        elif "-" in word:
            kept.extend(part_form for part in word.split("-") for part_form in [crude_lemma(part)]
                        if may_name_issue(part_form) and part not in excluded and part_form not in excluded)
    return [(position, root_form(form, roots)) for position, form in enumerate(kept)]


def topic_forms(text: str, *, excluded: frozenset[str], roots: dict[str, str] | None = None) -> set[str]:
    """The normal forms of ``topic_words``, their positions left out."""
    return {form for _, form in topic_words(text, excluded=excluded, roots=roots)}


# Issues and positions read each statement's topic words many times over (vocabulary,
# spread, word groups, the issue each statement is on): each text is split once.
@lru_cache(maxsize=TOPIC_CACHE_SIZE)
def _word_forms(text: str) -> tuple[tuple[str, str], ...]:
    """(lower-cased word, ``crude_lemma`` form) of the words of ``text`` whose form may name
    an issue (``may_name_issue``)."""
    return tuple((word.lower(), form) for word in WORD.findall(text)
                 for form in [crude_lemma(word)] if may_name_issue(form))


def may_name_issue(form: str) -> bool:
    """Three letters or more, letters only, a hyphen joining them allowed: "cease-fire" and
    "check-ups" name issues as "truce" does; numbers and contractions never do."""
    return len(form) >= 3 and form.replace("-", "").isalpha()


def story_phrases(merged: MergedAnalysis) -> PhraseWords:
    """The words the story's noun phrases hold and end in (``PhraseWords``): tokenised once
    for both the excluded words and the issues' labels."""
    return PhraseWords.of((a.text for a in merged.articles), merged.noun_phrases)


def excluded_words(merged: MergedAnalysis, *, phrases: PhraseWords | None = None) -> frozenset[str]:
    """Words that name no issue of this story: the general ones, the story's reporting
    verbs and its people's and organisations' names (who, not what; places such as
    "Korvale" may be what the story is about). An organisation's name is often made of
    common nouns ("Fisheries and Coastal Protection"): a word of it the story also
    writes in lower case ("coastal protection") is a thing, and may be an issue.
    ``phrases``: ``story_phrases(merged)``, where the caller has it already."""
    phrases = story_phrases(merged) if phrases is None else phrases
    words = [WORD.findall(" ".join([article.title or "", article.text])) for article in merged.articles]
    common = {word for found in words for word in found if word.islower()}
    # a hyphenated name's parts are names too ("Kell-Abad"): ``topic_words`` reads the parts
    # of a hyphenated word that is no issue's
    names = {crude_lemma(part) for actor in merged.actors if actor.kind != "place"
             for alias in [actor.name, *actor.aliases] for w in WORD.findall(alias)
             if actor.kind == "person" or w.lower() not in common
             for part in {w, *w.split("-")} if part}
    return (_not_topical() | names | _reporting_words(merged.statements)
            | _hyphenated_modifiers(words, phrases.heads) | _title_words_written(words)
            | _stance_words(phrases.heads) | _idiom_words(words) | _occasion_words(words))


def _occasion_words(words: list[list[str]]) -> set[str]:
    """The words (``crude_lemma`` forms) of the occasions the story says something was said
    on (``words``: each article's words), "in short remarks", "at a news conference"
    (``data/addressing_words.jsonl``), that it writes nowhere else: how a thing was said,
    not what about; "speech" stays a topic word where the story also writes "free speech"."""
    occasions = frozenset(crude_lemma(word) for word in addressing_words()["occasion"])
    prepositions = addressing_words()["occasion_preposition"]
    function_words = stop_words()
    forms = [crude_lemma(word) for found in words for word in found]
    folded = [word.lower() for found in words for word in found]
    # positions, not counts: the windows of "during a conference call" overlap, and a
    # word counted in both would outnumber its uses and never be left out
    inside: set[int] = set()
    for n, form in enumerate(forms):
        if form not in occasions:
            continue
        opening = next((k for k in range(n - 1, max(-1, n - 1 - OCCASION_REACH), -1)
                        if folded[k] in prepositions), None)
        if opening is not None:
            inside.update(range(opening + 1, n + 1))
    hits = Counter(forms[n] for n in inside)
    uses = Counter(forms)
    return {form for form, told in hits.items() if told == uses[form] and form not in function_words}


@cache
def _idioms() -> tuple[tuple[str, ...], ...]:
    """The for and against markers of two words or more that are no function words ("red
    line", "draw the line at", "witch hunt"): idioms whose words only together take a side;
    not one word with its preposition ("lawsuit against"), whose noun may name the issue.
    And the discourse idioms (``data/discourse_idioms.jsonl``: "at that point", "of
    course"), whose words only together order or link what is told."""
    function_words = stop_words()
    stance = [marker for kind in ("for", "against") for marker in stance_markers(kind)
              if sum(word not in function_words for word in marker.split()) >= 2]
    discourse = [row["idiom"].lower() for row in read_jsonl("discourse_idioms.jsonl", required=("idiom",))]
    return tuple(tuple(idiom.split()) for idiom in stance + discourse)


def _idiom_words(words: list[list[str]]) -> set[str]:
    """The words (``crude_lemma`` forms) of the idioms the story writes (``words``: each
    article's words) that it writes nowhere else: "red" and "line" of "drew a red line on
    the tolls" tell a side taken, not what it is taken on, and "point" of "at that point"
    when a thing happened; "line" stays a topic word where the story also writes "the
    ferry line"."""
    folded = [word.lower() for found in words for word in found]
    # an idiom is looked for only where its first word stands: scanning every position of
    # the story for each idiom whose first word it writes took a third of a CPU second on
    # the 150-article bench
    at = word_positions(folded)
    inside: dict[str, int] = {}
    for idiom in _idioms():
        if idiom[0] not in at:
            continue  # the common case
        size = len(idiom)
        hits = sum(tuple(folded[n:n + size]) == idiom for n in at[idiom[0]])
        for word in idiom:
            inside[word] = inside.get(word, 0) + hits
    uses = {word: len(at.get(word, ())) for word in inside}
    function_words = stop_words()
    return {crude_lemma(word) for word, hits in inside.items()
            if hits and hits == uses[word] and word not in function_words}


def word_positions(words: list[str]) -> dict[str, list[int]]:
    """Where each word stands in ``words``, in order."""
    at: dict[str, list[int]] = {}
    for n, word in enumerate(words):
        at.setdefault(word, []).append(n)
    return at


def _title_words_written(words: list[list[str]]) -> set[str]:
    """The words of the titles of several words the story writes, in any case ("Attorney
    General", "the vice president"; ``words``: each article's words): who speaks, where
    their words are read for what the story is about."""
    folded = " {} ".format(" ".join(word.lower().replace("-", " ") for found in words for word in found))
    return {word for title in titles() if len(title) > 1 and f" {' '.join(title)} " in folded
            for word in title}


def _hyphenated_modifiers(words: list[list[str]], heads: frozenset[str]) -> set[str]:
    """The story's hyphenated words (``words``: each article's words) that head none of its
    noun phrases, or end in a title: "Republican-led", "long-running" describe something
    and "ex-president" is a title, where "cease-fire" and "walk-out" (heads of "a
    cease-fire", "the walk-out") are things; ``heads``: the heads of the story's noun phrases."""
    title_words = _words_in_titles()
    hyphenated = {crude_lemma(word) for found in words for word in found if "-" in word}
    return {word for word in hyphenated if word not in heads or word.rsplit("-", 1)[1] in title_words}


@cache
def _words_in_titles() -> frozenset[str]:
    """Every word of every title ("ex", "president", "prime"), built once for all stories."""
    return frozenset(word for title in titles() for word in title)
