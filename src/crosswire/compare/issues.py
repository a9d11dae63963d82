"""Issues of a story: what its articles are about and its speakers take sides on.

Issues come from what the story's articles are about: words several articles use that a
headline gives (never people's names, titles, reporting verbs or date words), joined into
one issue when they stand together ("assault weapons ban"). Each statement of a named
speaker goes to the issue it shares most words with, else to the story's main issue. A
short story whose articles share no word still has its main issue, from what its
headlines name.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import cache

from crosswire.data import read_jsonl
from crosswire.knowledge.markers import stance_markers
from crosswire.knowledge.names import titles
from crosswire.knowledge.places import country_of, is_firm_place
from crosswire.knowledge.text import WORD, crude_lemma, stop_words
from crosswire.models import Issue, MergedAnalysis, Statement
from crosswire.nlp.cues import load_lexicon

# A word is about the story when this many articles use it in their title (or, for
# articles without titles, in their statements); AllSides roundups give three a story.
MIN_TOPIC_ARTICLES = 2
# Topic words this close (content words apart) name one issue: "mass [workplace] raids"
# joins "mass" and "raids"; an issue has at most MAX_ISSUE_WORDS words.
ISSUE_WORD_REACH = 2
MAX_ISSUE_WORDS = 4
# An issue needs this many statements, from speakers the story names, to be a column.
MIN_ISSUE_STATEMENTS = 2
MAX_ISSUES = 3
# Words in an issue's label at most: a column heading, not a headline.
MAX_LABEL_WORDS = 4



@cache
def seed_issues() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """Generic political issues (``data/issues.jsonl``): the calls claims are grouped by."""
    name = "issues.jsonl"
    table = []
    for row in read_jsonl(name):
        if not (isinstance(row.get("id"), str) and isinstance(row.get("label"), str)
                and isinstance(row.get("terms"), list) and row["terms"]):
            raise ValueError(f"{name}: id, label and a non-empty terms list: {row}")
        table.append((row["id"], row["label"], tuple(t.lower() for t in row["terms"])))
    return tuple(table)


@cache
def _not_topical() -> frozenset[str]:
    """Words that never name what a story is about: function words, titles and offices
    ("prime minister"), stance markers and date words."""
    words = set(stop_words())
    words.update(word for title in titles() for word in title)
    words.update(crude_lemma(row["word"]) for row in read_jsonl("topic_stopwords.jsonl", required=("word",)))
    # "need", "oppose": how speakers take sides on an issue, not the issue
    words.update(crude_lemma(marker) for kind in ("for", "against") for marker in stance_markers(kind)
                 if " " not in marker)
    return frozenset(words)


@cache
def _reporting_lemmas() -> dict[str, str]:
    """Each inflection of a reporting verb in the cue lexicon -> its lemma."""
    return {form: lemma for lemma in load_lexicon().verbs for form in _forms(lemma)}


def _reporting_words(statements: list[Statement]) -> set[str]:
    """Every form of the reporting verbs the story's statements use as cues ("warned" ->
    "warns" in a headline): how a story is told, not what it is about. Only the story's
    own cues, because many reporting verbs are also nouns issues are made of ("talks")."""
    lemmas = _reporting_lemmas()
    used = {lemmas.get(word.lower()) for s in statements if s.cue for word in WORD.findall(s.cue.text)}
    return {form for lemma in used if lemma for form in _forms(lemma)}


def is_place(word: str) -> bool:
    return country_of(word) is not None or is_firm_place(word)


def _forms(lemma: str) -> set[str]:
    """A verb lemma's common inflections, as ``crude_lemma`` leaves them."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return {crude_lemma(lemma), lemma + "s", stem + "ed", stem + "ing", lemma + "d", lemma}


def topic_words(text: str, *, excluded: frozenset[str]) -> list[tuple[int, str]]:
    """(position, normal form) of the words of ``text`` that could name an issue."""
    found = []
    position = 0
    for word in WORD.findall(text):
        form = crude_lemma(word)
        if word.lower() in excluded or form in excluded or len(form) < 3 or not form.isalpha():
            continue
        found.append((position, form))
        position += 1
    return found


def find_issues(merged: MergedAnalysis) -> list[Issue]:
    """What the story's articles are about: words several articles use that a headline
    gives (any such words, where the headlines give none), grouped when they stand
    together ("mass ... raids"), each issue with the statements of named speakers that use
    its words, or that use no issue's words and so speak to the story's main issue."""
    excluded = excluded_words(merged)
    statements_of: dict[str, list[Statement]] = defaultdict(list)
    for statement in merged.statements:
        statements_of[statement.span.article].append(statement)
    headlines = [a.title or "" for a in merged.articles]
    told = {a.id: " ".join([a.title or "", *(s.span.text for s in statements_of[a.id])])
            for a in merged.articles}
    spread = Counter(form for text in told.values()
                     for form in {f for _, f in topic_words(text, excluded=excluded)})
    in_headlines = Counter(form for text in headlines
                           for form in {f for _, f in topic_words(text, excluded=excluded)})
    # a word several articles use, and one a headline gives (or any, without headlines)
    shared = {form for form, n in spread.items() if n >= MIN_TOPIC_ARTICLES}
    # short stories may share no word: then what any headline is about
    topical = {form for form in shared if form in in_headlines} or shared or set(in_headlines)
    texts = {a.id: [a.title or "", *(s.span.text for s in statements_of[a.id])] for a in merged.articles}
    # an issue is more than a place ("Australia"), and what several headlines are about
    # where the headlines share any, places aside: "Ukraine" in two headlines is where the
    # story happens, not what its speakers take sides on
    groups = [set(g) for g in _group_words(topical, texts=texts, excluded=excluded)
              if not all(is_place(word) for word in g)]
    headlined = [g for g in groups if sum(in_headlines[word] for word in g
                                          if not is_place(word)) >= MIN_TOPIC_ARTICLES]
    groups = headlined or groups
    if not groups:
        return []
    words_of = {s.id: {f for _, f in topic_words(s.span.text, excluded=excluded)}
                for s in merged.statements if s.speaker}
    labels = {frozenset(words): issue_label(words, headlines=headlines, texts=list(told.values()),
                                             excluded=excluded)
              for words in groups}
    # the story's main issue: the group most statements speak to
    groups.sort(key=lambda g: (-sum(bool(g & w) for w in words_of.values()), labels[frozenset(g)]))
    members: dict[int, list[str]] = defaultdict(list)
    for statement in merged.statements:
        if statement.id not in words_of:
            continue
        # a statement is on the issue it shares most words with; one sharing none speaks
        # to the story's main issue ("I stand firmly behind the reform")
        shared = [len(g & words_of[statement.id]) for g in groups]
        members[max(range(len(groups)), key=lambda n: (shared[n], -n))].append(statement.id)
    issues = [Issue(id=f"issue:{labels[frozenset(g)]}", label=labels[frozenset(g)],
                    terms=sorted(g), statements=members[n])
              for n, g in enumerate(groups)
              if len(members[n]) >= MIN_ISSUE_STATEMENTS or (n == 0 and members[n])]
    return issues[:MAX_ISSUES]


def excluded_words(merged: MergedAnalysis) -> frozenset[str]:
    """Words that name no issue of this story: the general ones, the story's reporting
    verbs and its people's and organisations' names (who, not what; places such as
    "Afghanistan" may be what the story is about). An organisation's name is often made of
    common nouns ("Fisheries and Coastal Protection"): a word of it the story also
    writes in lower case ("immigration enforcement") is a thing, and may be an issue."""
    common = {word for article in merged.articles
              for word in WORD.findall(" ".join([article.title or "", article.text]))
              if word.islower()}
    names = {crude_lemma(w) for actor in merged.actors if actor.kind != "place"
             for alias in [actor.name, *actor.aliases] for w in WORD.findall(alias)
             if actor.kind == "person" or w.lower() not in common}
    return _not_topical() | names | _reporting_words(merged.statements)


def _group_words(topical: set[str], *, texts: dict[str, list[str]], excluded: frozenset[str]
                 ) -> list[set[str]]:
    """Topic words joined when texts of at least two articles (``texts``: article id -> its
    headline and statements) have them at most ISSUE_WORD_REACH words apart ("fishing quota");
    the pairs most articles share join first, into issues of at most MAX_ISSUE_WORDS words
    so that a long story does not melt into one."""
    articles_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    for article, article_texts in texts.items():
        for text in article_texts:
            found = [(n, f) for n, f in topic_words(text, excluded=excluded) if f in topical]
            for (n, a), (m, b) in zip(found, found[1:]):
                if m - n <= ISSUE_WORD_REACH and a != b:
                    articles_of[(min(a, b), max(a, b))].add(article)
    group_of = {word: frozenset({word}) for word in topical}
    for (a, b), found in sorted(articles_of.items(), key=lambda item: (-len(item[1]), item[0])):
        joined = group_of[a] | group_of[b]
        if len(found) < MIN_TOPIC_ARTICLES or group_of[a] == group_of[b] or len(joined) > MAX_ISSUE_WORDS:
            continue
        for word in joined:
            group_of[word] = joined
    return sorted({group for group in group_of.values()}, key=sorted)


def issue_label(words: set[str], *, headlines: list[str], texts: list[str], excluded: frozenset[str]
                ) -> str:
    """The run of the issue's words the headlines (counting twice) and texts use most, by
    uses times the square of the issue words it holds ("peace talks" over "peace", "war in
    Ukraine"); lower case, as a column heading."""
    runs: Counter = Counter()
    function_words = stop_words()
    for weight, text in [(2, h) for h in headlines] + [(1, t) for t in texts]:
        tokens = [(crude_lemma(word), word.lower()) for word in WORD.findall(text)]
        for i in range(len(tokens)):
            if tokens[i][0] not in words or tokens[i][0] in excluded:
                continue
            held = 0
            for j in range(i, min(len(tokens), i + MAX_LABEL_WORDS)):
                form, word = tokens[j]
                if form in words and form not in excluded:
                    held += 1
                    # a run begins and ends with the issue's words; function words may join
                    # them ("war in Ukraine")
                    runs[" ".join(w for _, w in tokens[i : j + 1])] += weight * held ** 2
                elif word not in function_words:
                    break
    if not runs:
        return " ".join(sorted(words))
    return max(runs, key=lambda run: (runs[run], len(run.split()), run))
