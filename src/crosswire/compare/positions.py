"""Issues of a story and each actor's stance on them, with conditions and the statements behind.

Issues come from what the story's articles are about: words several articles use that a
headline gives (never people's names, titles, reporting verbs or date words), joined into
one issue when they stand together ("assault weapons ban"). Each statement of a named
speaker goes to the issue it shares most words with, else to the story's main issue. A
stance is read from the speaker's own words in the whole statement
(``crosswire.compare.stance``), or where they hold no marker from the event they report;
a position is held only by a speaker (not a news outlet or a dateline town) and only where
its statements take a stance, so no cell says "unclear" (a speaker whose words take no side
but plainly assert the issue is for it: "for" a finding is affirming it); the speaker's other
statements on the issue follow as the stance's context. A speaker whose statements take both sides speaks
to two aspects: the other side becomes a position on an issue named from its own noun
phrases (not where it only judges another side, doubting its motive or accusing it: that
judges its conduct on this issue). A short story whose articles share no word still has its main issue, from what
its headlines name.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache

from crosswire.compare.claim_terms import stem, synonym_families
from crosswire.compare.stance import affirms_issue, event_stance, judges_other_side, statement_stance
from crosswire.knowledge.markers import stance_markers
from crosswire.data import read_jsonl
from crosswire.knowledge.names import titles
from crosswire.knowledge.outlets import load_registry
from crosswire.knowledge.places import country_of, is_firm_place
from crosswire.knowledge.role_country import actor_country
from crosswire.knowledge.text import WORD, crude_lemma, stop_words
from crosswire.models import (
    Actor,
    Condition,
    Event,
    Issue,
    MergedAnalysis,
    NounPhrase,
    Position,
    Stance,
    Statement,
    TextSpan,
)
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
# A statement's stance marker outweighs the event its words report: an event coded from
# one verb is the weaker sign.
MARKER_VOTE = 2
EVENT_VOTE = 1
# Words naming an aspect a speaker takes another side on: a column heading.
ASPECT_WORDS = 2


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


def _is_place(word: str) -> bool:
    return country_of(word) is not None or is_firm_place(word)


def _forms(lemma: str) -> set[str]:
    """A verb lemma's common inflections, as ``crude_lemma`` leaves them."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return {crude_lemma(lemma), lemma + "s", stem + "ed", stem + "ing", lemma + "d", lemma}


def _topic_words(text: str, *, excluded: frozenset[str]) -> list[tuple[int, str]]:
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
    excluded = _excluded(merged)
    statements_of: dict[str, list[Statement]] = defaultdict(list)
    for statement in merged.statements:
        statements_of[statement.span.article].append(statement)
    headlines = [a.title or "" for a in merged.articles]
    told = {a.id: " ".join([a.title or "", *(s.span.text for s in statements_of[a.id])])
            for a in merged.articles}
    spread = Counter(form for text in told.values()
                     for form in {f for _, f in _topic_words(text, excluded=excluded)})
    in_headlines = Counter(form for text in headlines
                           for form in {f for _, f in _topic_words(text, excluded=excluded)})
    # a word several articles use, and one a headline gives (or any, without headlines)
    shared = {form for form, n in spread.items() if n >= MIN_TOPIC_ARTICLES}
    # short stories may share no word: then what any headline is about
    topical = {form for form in shared if form in in_headlines} or shared or set(in_headlines)
    texts = {a.id: [a.title or "", *(s.span.text for s in statements_of[a.id])] for a in merged.articles}
    # an issue is more than a place ("Australia"), and what several headlines are about
    # where the headlines share any, places aside: "Ukraine" in two headlines is where the
    # story happens, not what its speakers take sides on
    groups = [set(g) for g in _group_words(topical, texts=texts, excluded=excluded)
              if not all(_is_place(word) for word in g)]
    headlined = [g for g in groups if sum(in_headlines[word] for word in g
                                          if not _is_place(word)) >= MIN_TOPIC_ARTICLES]
    groups = headlined or groups
    if not groups:
        return []
    words_of = {s.id: {f for _, f in _topic_words(s.span.text, excluded=excluded)}
                for s in merged.statements if s.speaker}
    labels = {frozenset(words): _label(words, headlines=headlines, texts=list(told.values()),
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


def _excluded(merged: MergedAnalysis) -> frozenset[str]:
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
            found = [(n, f) for n, f in _topic_words(text, excluded=excluded) if f in topical]
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


def _label(words: set[str], *, headlines: list[str], texts: list[str], excluded: frozenset[str]
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


def holds_positions(actor: Actor) -> bool:
    """Whether an actor can hold a position: a person, organisation or group, or a country
    speaking as a state ("France recalled its ambassador"); never a news outlet reporting
    the story nor a town read from a dateline."""
    if load_registry().by_name(actor.name) is not None:
        return False
    return actor.kind != "place" or country_of(actor.name) is not None


def find_positions(merged: MergedAnalysis, *, issues: list[Issue], events: Sequence[Event] = ()
                   ) -> tuple[list[Issue], list[Position]]:
    """The story's positions, and its issues with the aspects its speakers split on.

    One position per (speaker, issue) where the speaker's own words take a stance: the
    stance most of its statements on the issue take (on a tie, the side whose statements
    name the issue's words; none where that ties too). A statement whose words hold no
    stance marker may take a stance by the event it reports (``events``, linked to their
    statements), a weaker sign than a marker's. Where the speaker's statements also take
    another side, they speak to another aspect of the story ("for" pursuing employers,
    "against" the raids): that side is a position on an issue named from those statements'
    own words, when they have any."""
    actors: dict[str, Actor] = {a.id: a for a in merged.actors if holds_positions(a)}
    statements = {s.id: s for s in merged.statements}
    events_of = _events_of(merged.statements, events)
    own_text = _own_words(merged.statements)
    excluded = _excluded(merged)
    # an aspect is named from what is said, never from where: no place ("Russia") nor a word
    # of a place's name ("United States") names one
    setting = excluded | {crude_lemma(w) for actor in merged.actors if actor.kind == "place"
                          for alias in [actor.name, *actor.aliases] for w in WORD.findall(alias)}
    nominal = _noun_phrase_words(merged.noun_phrases)
    story = Counter(word for s in merged.statements for word in _words_of(s.span.text, excluded))
    # (statement, stance, conditions, weight of its vote)
    gathered: dict[tuple[str, str], list[tuple[Statement, Stance, list, int]]] = defaultdict(list)
    # what the speaker said on the issue without taking a side: the context of its stance
    context: dict[tuple[str, str], list[Statement]] = defaultdict(list)
    affirmed: dict[tuple[str, str], list[tuple[Statement, Stance, list, int]]] = defaultdict(list)
    by_id = {issue.id: issue for issue in issues}
    for issue in issues:
        for statement_id in issue.statements:
            statement = statements[statement_id]
            if statement.speaker not in actors:
                continue  # a position needs a known holder
            text = own_text[statement.id]
            stance, conditions = statement_stance(
                text, terms=[], topic=frozenset(issue.terms),
                cue=statement.cue.text if statement.cue else None,
                speaker_country=actor_country(actors[statement.speaker]))
            weight = MARKER_VOTE
            if stance == "unclear":
                stance = event_stance(statement, events_of[statement.id], topic=frozenset(issue.terms))
                weight = EVENT_VOTE
            if stance != "unclear":
                gathered[(statement.speaker, issue.id)].append((statement, stance, conditions, weight))
            elif affirms_issue(text, topic=frozenset(issue.terms)):
                affirmed[(statement.speaker, issue.id)].append((statement, "for", conditions, 0))
            else:
                context[(statement.speaker, issue.id)].append(statement)
    # a speaker whose words take no side on the issue, but who plainly asserts it, is for it
    # ("for" a finding is affirming it); where other words take a side, they are its context
    for key, found in affirmed.items():
        if key in gathered:
            context[key] += [statement for statement, *_ in found]
        else:
            gathered[key] = found
    aspects: dict[str, Issue] = {}
    positions = []
    other_sides = []  # (actor, issue, stance, its statements): placed once every main cell is
    for (actor_id, issue_id), found in gathered.items():
        issue = by_id[issue_id]
        sides: dict[Stance, list[tuple[Statement, list]]] = defaultdict(list)
        votes: Counter = Counter()
        for statement, stance, conditions, weight in found:
            sides[stance].append((statement, conditions))
            votes[stance] += weight
        naming = {stance: sum(bool(_words_of(s.span.text, excluded) & set(issue.terms)) for s, _ in taken)
                  for stance, taken in sides.items()}
        ranked = sorted(sides, key=lambda stance: (-votes[stance], -naming[stance], stance))
        if len(ranked) > 1 and (votes[ranked[0]], naming[ranked[0]]) == (votes[ranked[1]], naming[ranked[1]]):
            continue  # the speaker's statements split evenly: no cell rather than a guess
        main, *others = ranked
        positions.append(_position(actors[actor_id], issue_id, main, sides[main],
                                   context=context[(actor_id, issue_id)]))
        # only the opposite side is another aspect: a condition qualifies a side, it is not
        # one, and doubting another side's motive ("smoke screens") or accusing it judges
        # its conduct on this issue, not another
        for stance in others:
            taken = [(s, c) for s, c in sides[stance]
                     if not judges_other_side(own_text[s.id], events_of[s.id])]
            if {main, stance} == {"for", "against"} and taken:
                other_sides.append((actor_id, issue, stance, taken))
    held = {(p.actor, p.issue) for p in positions}
    added: dict[str, list[str]] = defaultdict(list)  # issue id -> statements an aspect adds
    for actor_id, issue, stance, taken in other_sides:
        aspect = _aspect([s for s, _ in taken], issue=issue, issues=issues, excluded=setting,
                         known=aspects, nominal=nominal, story=story)
        if aspect is None or (actor_id, aspect.id) in held:
            continue  # no words of their own to name what they speak to, or a cell taken
        held.add((actor_id, aspect.id))
        added[aspect.id] += [s.id for s, _ in taken]
        positions.append(_position(actors[actor_id], aspect.id, stance, taken, context=[]))
    # a table of a few columns: the aspects most said about, then whose words the story
    # uses most, fill what the issues leave of MAX_ISSUES; a passing phrase makes no column
    new = sorted((a for a in aspects.values() if a.id not in by_id),
                 key=lambda a: (-len(added[a.id]), -sum(story[w] for w in a.terms), a.label))
    dropped = {a.id for a in new[max(0, MAX_ISSUES - len(issues)):]}
    positions = [p for p in positions if p.issue not in dropped]
    positions.sort(key=lambda p: (p.issue, -len(p.statements), p.actor_name))
    return [replace(i, statements=[*i.statements, *added[i.id]])
            for i in [*issues, *aspects.values()] if i.id not in dropped], positions


def _own_words(statements: list[Statement]) -> dict[str, str]:
    """Each statement's text without the statements nested in it ("will no longer carry out
    raids, saying [efforts should focus on employers]"): the nested one takes its own stance.
    Offsets into a statement are not read from this text (it is for reading stances only)."""
    by_article: dict[str | None, list[Statement]] = defaultdict(list)
    for statement in statements:
        by_article[statement.span.article].append(statement)
    own = {}
    for statement in statements:
        span = statement.span
        inner = sorted((other.span.start, other.span.end) for other in by_article[span.article]
                       if other.id != statement.id and span.start <= other.span.start
                       and other.span.end <= span.end and other.span.end - other.span.start
                       < span.end - span.start)
        text, at = [], span.start
        for start, end in inner:
            if start >= at:
                text.append(span.text[at - span.start:start - span.start])
                at = end
        text.append(span.text[at - span.start:])
        own[statement.id] = "".join(text)
    return own


def _events_of(statements: list[Statement], events: Sequence[Event]) -> dict[str, list[Event]]:
    """Each statement's events: those its words report and the one coded from its cue."""
    events_of: dict[str, list[Event]] = defaultdict(list)
    at_cue: dict[tuple[str | None, int], list[str]] = defaultdict(list)
    for statement in statements:
        if statement.cue:
            at_cue[(statement.cue.article, statement.cue.start)].append(statement.id)
    for event in events:
        if event.statement:
            events_of[event.statement].append(event)
        for cued in at_cue.get((event.trigger.article, event.trigger.start), ()):
            if cued != event.statement:
                events_of[cued].append(event)
    return events_of


def _noun_phrase_words(noun_phrases: list[NounPhrase]) -> Callable[[Statement], str]:
    """A statement -> the words of the noun phrases inside it ("dishonest landlords",
    not "believe" or "continue"); its whole text where the parse's phrases are not kept
    (articles read back from the archive)."""
    of_article: dict[str | None, list[NounPhrase]] = defaultdict(list)
    for phrase in noun_phrases:
        of_article[phrase.span.article].append(phrase)

    def words(statement: Statement) -> str:
        span = statement.span
        if span.article not in of_article:
            return span.text
        return " ".join(p.span.text for p in of_article[span.article]
                        if span.start <= p.span.start and p.span.end <= span.end)
    return words


def _words_of(text: str, excluded: frozenset[str]) -> set[str]:
    return {form for _, form in _topic_words(text, excluded=excluded)}


def _family(word: str) -> str:
    """A word's synonym family (``data/claim_synonyms.jsonl``), else the word itself."""
    return synonym_families().get(stem(word), word)


def _aspect(said: list[Statement], *, issue: Issue, issues: list[Issue], excluded: frozenset[str],
            known: dict[str, Issue], nominal: Callable[[Statement], str], story: Counter
            ) -> Issue | None:
    """The issue statements on another side speak to: named by the words of their noun
    phrases (``nominal``) most of them use beside the issue's own and their synonyms ("talks"
    on an issue of negotiations) and places, at most ASPECT_WORDS, then that the ``story``'s
    statements use most; one of the story's issues when its words are among them."""
    own = {_family(term) for term in issue.terms}
    used = Counter(word for s in said for word in _words_of(nominal(s), excluded)
                   if _family(word) not in own and not _is_place(word))
    if not used:
        return None
    for other in issues:
        if other.id != issue.id and {_family(term) for term in other.terms} & set(map(_family, used)):
            return other
    # the words most of them use, then those the story uses most
    words = {word for word, _ in sorted(used.items(), key=lambda item: (-item[1], -story[item[0]],
                                                                         item[0]))[:ASPECT_WORDS]}
    label = _label(words, headlines=[], texts=[s.span.text for s in said], excluded=excluded)
    same = next((other for other in issues if other.label == label), None)
    return same or known.setdefault(label, Issue(id=f"issue:{label}", label=label,
                                                 terms=sorted(words), statements=[]))


def _position(actor: Actor, issue_id: str, stance: Stance, taken: list[tuple[Statement, list]],
              *, context: list[Statement]) -> Position:
    """A position backed by the statements taking the stance, then the speaker's other
    words on the issue."""
    behind = [s for s, _ in taken] + context
    return Position(
        actor=actor.id,
        actor_name=actor.name,
        issue=issue_id,
        stance=stance,
        statements=[s.id for s in behind],
        conditions=[
            Condition(marker=marker, span=TextSpan(s.span.text[start:end], s.span.start + start,
                                                   s.span.start + end, s.span.article))
            for s, conditions in taken for marker, start, end in conditions
        ],
        evidence=[s.span for s in behind],
        country=actor_country(actor),
    )


def positions_by_country(positions: list[Position]) -> dict[str, dict[str, Counter]]:
    """Country (or "unknown") -> issue -> how many actors took each stance."""
    table: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for position in positions:
        table[position.country or "unknown"][position.issue][position.stance] += 1
    return {country: dict(issues) for country, issues in table.items()}

