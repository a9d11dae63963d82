"""Issues of a story: what its articles are about and its speakers take sides on.

An issue is a proposition or proposal people take sides on. Candidates come from what the
story's articles are about, words several articles use that a headline gives (never
people's names, titles, reporting verbs, date or number words, nor a hyphenated word the
parse never saw head a noun phrase: "cease-fire" is a thing, "Republican-led" is not, though the
parts of one may be: "fare" of "ferry-fare"),
joined into one issue when they stand together ("assault weapons ban"), those several
headlines name first; and from what statements in several articles
propose, demand or oppose (the word a stance marker takes a side on: "called for his
resignation", "will not resign"), a derived word one with its root ("closure", "close").
Each statement of a named speaker (or an unnamed group, ``crosswire.compare.group_holders``) goes to the issue it shares most words with, else to the
story's main issue: what the articles are about (never a proposal apart from it, nor only
the name of an organisation acting in it, "harbour board"; a thing the parse saw named
before a word that only describes, "idle"), the one of those most statements speak to.
Where every word the headlines share only describes ("charged with idling"), the things the
texts name stand beside it. A place is no issue, one the gazetteer knows or one the story's
parse names ("Tarrow province"); nor is a disaster, an accident or a violent crime ("pier
collapse"): it is the story's setting, holding what is said of it, never a column, and where
the headlines name only what befell and where, a word that only describes it ("dead") is
none either; nor is a label of a general noun alone ("effect"), of a group of people ("the
squad") or of one word the parse saw in no noun phrase ("linger"). Words of a statement
reprinted word for word in several articles count once. Besides the main issue, a candidate is an issue only where two
speakers take two sides on it; a headline noun no one disputes is the story's setting, and
what is said of it is on no issue; a proposal no one disputes yields its statements to the
issues that share their words. A short story whose articles share no word still has its
main issue, from what its headlines name. Each issue is labelled by a noun phrase of its
words (``crosswire.compare.issue_labels``), and words the parse tells are verbs ("dies",
"solved overnight") make no issue.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import cache

from crosswire.compare.claim_terms import stem, synonym_families
from crosswire.compare.group_holders import group_of
from crosswire.compare.issue_labels import (
    PhraseWords,
    is_place,
    label_head,
    label_tokens,
    labelled,
    names_happening,
    root_form,
)
from crosswire.compare.issue_proposals import disputed_proposals
from crosswire.compare.issue_words import (
    excluded_words,
    story_phrases,
    topic_forms,
    topic_words,
)
from crosswire.compare.marker_scope import marker_set
from crosswire.compare.name_runs import NameLines
from crosswire.compare.reprints import reprinted
from crosswire.compare.stance import statement_stance
from crosswire.compare.story_parts import statements_by_article
from crosswire.compare.word_roots import word_roots
from crosswire.data import read_jsonl
from crosswire.knowledge.text import WORD, crude_lemma
from crosswire.models import Issue, MergedAnalysis, Statement
from crosswire.nlp.mention_kinds import is_place_noun

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
# A disputed proposal's word counts this many times when a statement is put on an issue.
PROPOSAL_WEIGHT = 2


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


def find_issues(merged: MergedAnalysis, *, excluded: frozenset[str] | None = None,
                phrases: PhraseWords | None = None) -> list[Issue]:
    """What the story's articles are about and its speakers take sides on: words several
    articles use that a headline gives (any such words, where the headlines give none) or
    that statements in several articles propose, demand or oppose ("resignation" in "called
    for his resignation", "will not resign"), a derived word one with its root ("closure",
    "close"), grouped when they stand together ("mass ... raids"); each issue with the
    statements of named speakers that use its words, or that use no issue's words and so
    speak to the story's main issue. ``excluded``: ``excluded_words(merged)`` and
    ``phrases``: ``story_phrases(merged)``, where the caller has them already."""
    phrases = story_phrases(merged) if phrases is None else phrases
    excluded = excluded_words(merged, phrases=phrases) if excluded is None else excluded
    statements_of = statements_by_article(merged.statements)
    headlines = [a.title or "" for a in merged.articles]
    # each article's headline and statements, (statement id, words): read once, whole or
    # without reprints, for every use below
    parts = {a.id: [(None, a.title or ""), *((s.id, s.span.text) for s in statements_of[a.id])]
             for a in merged.articles}
    texts = {article: [text for _, text in found] for article, found in parts.items()}
    told = {article: " ".join(found) for article, found in texts.items()}
    vocabulary = set().union(*(topic_forms(text, excluded=excluded) for text in told.values()))
    roots = word_roots(vocabulary)
    # a statement an article reprints from another ("the Norvel X8 lets you ..." in each
    # copy of one press release) tells what the story is about once, in the first
    copies = reprinted(statements_of)
    told_own = {article: " ".join(text for statement, text in found if statement not in copies)
                for article, found in parts.items()}
    spread = Counter(form for text in told_own.values()
                     for form in topic_forms(text, excluded=excluded, roots=roots))
    headline_words = [topic_forms(text, excluded=excluded, roots=roots) for text in headlines]
    in_headlines = Counter(form for words in headline_words for form in words)
    proposals = disputed_proposals(merged.statements, excluded=excluded, roots=roots)
    proposed = {root for root, n in proposals.items() if n >= MIN_TOPIC_ARTICLES and not is_place(root)}
    # a word several articles use, and one a headline gives (or any, without headlines)
    shared = {form for form, n in spread.items() if n >= MIN_TOPIC_ARTICLES}
    # short stories may share no word: then what any headline is about
    topical = {form for form in shared if form in in_headlines} or shared or set(in_headlines)
    # an issue is more than a place ("Australia"), and what several headlines are about
    # where the headlines share any, places aside: "Ukraine" in two headlines is where the
    # story happens, not what its speakers take sides on
    # (the gazetteer's places and those the story's parse names, "Orvik", alone or with
    # a noun of a place's kind, "Tarrow province")
    places, place_names = _place_words(merged, excluded=excluded, roots=roots)
    groups = [set(g) for g in _group_words(topical, texts=texts, excluded=excluded, roots=roots)
              if not (all(is_place(word) or word in places or is_place_noun(word) for word in g)
                      and any(is_place(word) or word in places for word in g))]
    tokenised = label_tokens(headlines=headlines, texts=list(told.values()), roots=roots,
                             phrases=phrases if merged.noun_phrases else None,
                             articles=[a.id for a in merged.articles])
    labels: dict[frozenset[str], str] = {}
    # a label holds what speakers propose and a measure the group names: "moratorium on
    # ferry crossings", not "ferry crossings", which a side on the moratorium would turn
    # (in the root forms the group's words take: "cancellation" is "cancel" where the story
    # also writes "cancelled")
    measures = {root_form(crude_lemma(word), roots) for word in marker_set("measure")}

    def label_of(words: set[str]) -> str:
        found = labels.get(key := frozenset(words))
        if found is None:
            found = labels[key] = labelled(words, tokenised=tokenised, excluded=excluded,
                                           anchors=words & (proposed | measures))
        return found

    def id_of(words: set[str]) -> str:
        return f"issue:{label_of(words)}"

    def names_a_thing(words: set[str]) -> bool:
        """Whether a group's label reads as a noun phrase of the parse ("dredging"), not a
        word that only describes ("idle", "charged with idling")."""
        return tokenised.phrases is None or tokenised.phrases.shaped(label_of(words).split())

    def names_a_matter(words: set[str]) -> bool:
        """Whether a group's label names a thing, and a matter, not only whom, where or when
        it concerns ("district", "island visitors": ``label_head``)."""
        return names_a_thing(words) and label_head(label_of(words)) is None

    def only_outside_phrases(words: set[str]) -> bool:
        """Whether a group's label is one word the parsed texts use but never in a noun
        phrase ("remain", "linger"): what someone does or is, no question a column heads;
        a gerund ("monitoring") names an act, which is one, wherever the parse put it."""
        label = label_of(words).split()
        return (tokenised.phrases is not None and len(label) == 1 and not label[0].endswith("ing")
                and tokenised.phrases.only_outside(crude_lemma(label[0])))

    def told_as_verb(words: set[str]) -> bool:
        return tokenised.phrases is not None and tokenised.phrases.verbal(label_of(words).split())

    name_lines = NameLines.of([a.text for a in merged.articles])

    def without_names(words: set[str]) -> set[str]:
        """``words`` without those of a label the story writes inside a longer name
        ("tavira" of "New Tavira", "ports group" of "Tavira Ports Group"), which names who
        or where, whatever the parse made of it: what the group names besides is what is at
        stake, labelled anew; nothing where its label holds none of the group's words."""
        while words and name_lines.inside_names(label := label_of(words)):
            named = {root_form(crude_lemma(word), roots) for word in WORD.findall(label)}
            if not words & named:
                return set()
            words = words - named
        return words

    # names are taken out before the headlines are read: headlines that share only a
    # name ("Tavira Ports Group") share no matter, and the groups the texts share stay
    groups = list({frozenset(kept): kept for g in groups if (kept := without_names(g))}.values())
    # (headlines, not words: "fishing grounds" in one headline is not in two); nor is the
    # name of an organisation acting in it ("Harbour Board" in every headline of its ruling)
    naming = _organisation_words(merged, excluded=excluded, roots=roots)
    headlined = [g for g in groups if sum(any(word in words and not is_place(word) and word not in naming
                                              for word in g)
                                          for words in headline_words) >= MIN_TOPIC_ARTICLES]
    # where every group the headlines share only describes, the things the texts name
    # stand beside them ("dredging" where the headlines share only "idling")
    groups = headlined if any(names_a_thing(g) for g in headlined) else groups
    # an issue is a thing a column can be headed by: a group whose label holds a word the
    # parse tells is a verb ("dies", "solved overnight") is what happened or how it was
    # said, not a question the story's sides take up; nor is a place named in several words
    # none of which is a place alone ("costa rica"), any more than a place of one word or
    # one the story's parse names ("gulf of tarrow")
    def names_no_thing_at_stake(words: set[str]) -> bool:
        label = label_of(words)
        return told_as_verb(words) or is_place(label) or label in place_names

    groups = [g for g in groups if not names_no_thing_at_stake(g)]
    # a disaster or accident ("hillside landslide") is what happened too, though a thing: no
    # one is for or against it. It is the story's setting, holding what is said of it, and
    # never the main issue nor a column; a word that only describes ("dead") stands beside
    # a thing, and where the things named are only what befell, it is no issue either
    befell = {frozenset(g) for g in groups if names_happening(label_of(g))}
    if befell and not any(names_a_thing(g) for g in groups if frozenset(g) not in befell):
        return []
    topics = len(groups)  # what the articles are about, before the proposals apart from it
    held = {frozenset(g) for g in groups}
    groups += [g for found in _proposals_apart(groups, proposed, texts=texts, excluded=excluded, roots=roots)
               if (g := without_names(found)) and frozenset(g) not in held | befell
               and not names_no_thing_at_stake(g)]
    if not groups:
        return []
    # people ("other referees", "the host") are whom a matter concerns: like what befell,
    # a group of theirs holds what is said of them, off the other issues, and is never a
    # column, a stray one where nothing else is found; so does a general noun alone
    # ("effect"), which names no question without the words around it
    setting = befell | {frozenset(g) for g in groups if label_head(label_of(g)) in ("person", "general")
                        or only_outside_phrases(g)}
    # statements of named speakers, and of unnamed groups ("critics said"), which hold
    # positions too but neither choose the main issue nor make an issue a column
    named = {s.id for s in merged.statements if s.speaker}
    words_of = {s.id: topic_forms(s.span.text, excluded=excluded, roots=roots)
                for s in merged.statements if s.id in named or group_of(s)}
    # the story's main issue: what its articles are about (a proposal the headlines do not
    # name, "a welcome step", is at most a disputed issue beside it), never only
    # who acts in it and where ("harbour board" where the Harbour Board rules on a ban), a
    # thing where one is named ("dredging" before "idle", which the parse never saw head a
    # noun phrase) and a matter where one is named ("market curfew" before "district", where
    # the district orders a curfew), and of those the group most statements speak to
    order = {frozenset(g): n for n, g in enumerate(groups)}
    groups.sort(key=lambda g: (order[frozenset(g)] >= topics, frozenset(g) in setting,
                               all(word in naming or is_place(word) for word in g), not names_a_thing(g),
                               not names_a_matter(g),
                               -sum(bool(g & words_of[s]) for s in named), label_of(g)))
    # an issue's terms are its words and every word the story derives from them
    forms = defaultdict(set)
    for word in vocabulary:
        forms[roots.get(word, word)].add(word)

    texts_of = {a.id: a.text for a in merged.articles}

    def issues_of(groups: list[set[str]], yielding: frozenset[int] = frozenset()) -> list[Issue]:
        """The issues of ``groups``; the ``yielding`` ones hold only statements that share
        no other group's words."""
        members: dict[int, list[str]] = defaultdict(list)
        # article -> (issue, end, speaker) of its last statement naming an issue's words
        last_on: dict[str | None, tuple[int, int, str | None]] = {}
        for statement in merged.statements:
            if statement.id not in words_of:
                continue
            # a statement is on the issue it shares most words with, a disputed proposal's
            # counting twice ("would not resign and defended the board's decision" is on the
            # resignation); one sharing none goes on with the issue of the statement naming
            # one just before it in its paragraph ("The union demanded more compensation.
            # The minister rejected the demand"), or in the paragraph before where its
            # speaker goes on ("'The offer stands,' she said"), else speaks to the story's
            # main issue ("I stand firmly behind the reform")
            span = statement.span
            shared = [sum(PROPOSAL_WEIGHT if word in proposed else 1 for word in g & words_of[statement.id])
                      for g in groups]
            chosen = max(range(len(groups)), key=lambda n: (n not in yielding and shared[n] > 0, shared[n], -n))
            if shared[chosen]:
                last_on[span.article] = (chosen, span.end, statement.speaker)
            elif span.article in last_on:
                issue, end, speaker = last_on[span.article]
                breaks = texts_of.get(span.article, "")[end:span.start].count("\n")
                if breaks == 0 or breaks == 1 and speaker == statement.speaker:
                    chosen = issue
            members[chosen].append(statement.id)
        # the main issue is the first of what the articles are about that a named speaker
        # speaks to: where the first holds none ("ferry levy" losing its one statement
        # to "harbour ferry levy", which shares more of its words), the next one is
        main = next((n for n in range(topics)
                     if frozenset(groups[n]) not in setting and any(m in named for m in members[n])), None)
        return [Issue(id=id_of(g), label=label_of(g),
                      terms=sorted(set(g).union(*(forms[word] for word in g))), statements=members[n])
                for n, g in enumerate(groups)
                if len(said := [m for m in members[n] if m in named]) >= MIN_ISSUE_STATEMENTS
                or (n == main and said)]

    statements = {s.id: s for s in merged.statements}
    topic_ids = {id_of(g) for g, n in order.items() if n < topics and g not in setting}
    setting_ids = {id_of(g) for g in setting}
    issues = issues_of(groups)
    disputes = {issue.id: _dispute(issue, statements, proposals=proposals) for issue in issues}
    # a proposal apart from what the articles are about is an issue only where two speakers
    # take two sides on it; one that is not gives its statements back to the issues that
    # are ("the ferry crossings were a welcome step" speaks to the crossings)
    undisputed = frozenset(n for n, g in enumerate(groups)
                           if id_of(g) not in topic_ids and not disputes.get(id_of(g), (False,))[0])
    if undisputed:
        issues = issues_of(groups, yielding=undisputed)
        disputes = {issue.id: _dispute(issue, statements, proposals=proposals) for issue in issues}
    # besides the main issue, an issue is one where two speakers take two sides on it ("a
    # proposition people take sides on"): a word the headlines share that no one disputes
    # ("bee deaths" in a story of a pesticide ban) is the story's setting. Its statements
    # are about it, not the main issue: they go to no issue ("the union would ballot its
    # members on a strike" takes no side on a ward's closure). The main issue is what the
    # articles are about, never a proposal apart from it.
    main, *others = issues if issues and issues[0].id in topic_ids else [None, *issues]
    others = [issue for issue in others if disputes[issue.id][0] and issue.id not in setting_ids]
    # after the main issue, those more outlets report proposed or opposed, then those more
    # speakers take a side on, then the larger
    others.sort(key=lambda issue: disputes[issue.id], reverse=True)
    return (([main] if main else []) + others)[:MAX_ISSUES]


def _dispute(issue: Issue, statements: dict[str, Statement], *, proposals: Counter
             ) -> tuple[bool, int, int, int]:
    """How an issue is disputed: whether two speakers or more take two sides or more (for,
    against, conditional), in how many articles its words are proposed or opposed (``proposals``),
    how many speakers take a side, and how many statements it has."""
    sides: dict[str, set[str]] = defaultdict(set)
    for statement_id in issue.statements:
        statement = statements[statement_id]
        stance, _ = statement_stance(statement.span.text, terms=[], topic=frozenset(issue.terms),
                                     cue=statement.cue.text if statement.cue else None)
        if stance != "unclear" and statement.speaker:
            sides[stance].add(statement.speaker)
    speakers = set().union(*sides.values())
    return (len(sides) >= 2 and len(speakers) >= 2, max(proposals[word] for word in issue.terms),
            len(speakers), len(issue.statements))


def _organisation_words(merged: MergedAnalysis, *, excluded: frozenset[str], roots: dict[str, str]
                        ) -> set[str]:
    """The topic words (roots) of the names of the organisations that speak in the story:
    "harbour", "board" of "Northern Harbour Board". ``excluded_words`` keeps the ones
    the story also writes in lower case ("the harbour board"), which may be things as well
    as names; an issue made of them alone names who acts, not what is at stake. Only
    speakers: a name that merely mentions the topic ("Lighthouse Heritage Week") acts in
    nothing."""
    speaking = {speaker for s in merged.statements for speaker in [s.speaker, *s.co_speakers] if speaker}
    return {form for actor in merged.actors if actor.kind == "organisation" and actor.id in speaking
            for alias in [actor.name, *actor.aliases]
            for form in topic_forms(alias, excluded=excluded, roots=roots)}


def _place_words(merged: MergedAnalysis, *, excluded: frozenset[str], roots: dict[str, str]
                 ) -> tuple[set[str], set[str]]:
    """The topic words (roots) of the names of the places the story's parse names, and
    those names whole in lower case: a town or a sea the gazetteer lacks ("Orvik",
    "Gulf of Tarrow") is where the story happens as much as a country is."""
    names = {alias for actor in merged.actors if actor.kind == "place"
             for alias in [actor.name, *actor.aliases]}
    return ({form for name in names for form in topic_forms(name, excluded=excluded, roots=roots)},
            {name.lower() for name in names})


def synonym_family(word: str) -> str:
    """A word's synonym family (``data/claim_synonyms.jsonl``), else the word itself."""
    return synonym_families().get(stem(word), word)


def _proposals_apart(groups: list[set[str]], proposed: set[str], *, texts: dict[str, list[str]],
                     excluded: frozenset[str], roots: dict[str, str]) -> list[set[str]]:
    """The proposals the story's speakers dispute that none of ``groups`` holds: each an
    issue of its own ("resignation"), with the other such proposals right next to it in
    at least two articles ("provide ... funds"). A proposal is not joined to a group by
    standing near its words: "funds to keep the ward open" is about the ward, not its closure;
    but a proposal in a synonym family (``data/claim_synonyms.jsonl``) with a group's word
    is that group's issue ("negotiations" where the headlines name "peace talks")."""
    named = set().union(*groups)
    families = {synonym_family(word) for word in named}
    loose = {word for word in proposed - named if synonym_family(word) not in families}
    apart = [set(g) for g in _group_words(loose, texts=texts, excluded=excluded, roots=roots, reach=1)]
    # proposals one statement disputes together are one dispute: "the compensation offer
    # was fair and would not be raised" joins "compensation" and "raise"
    if len(apart) < 2:
        return apart  # nothing to join
    for text in (text for article_texts in texts.values() for text in article_texts[1:]):
        words = topic_forms(text, excluded=excluded, roots=roots)
        together = [g for g in apart if g & words]
        if len(together) > 1 and sum(map(len, together)) <= MAX_ISSUE_WORDS:
            apart = [g for g in apart if g not in together] + [set().union(*together)]
    return apart


def _group_words(topical: set[str], *, texts: dict[str, list[str]], excluded: frozenset[str],
                 roots: dict[str, str], reach: int = ISSUE_WORD_REACH) -> list[set[str]]:
    """Topic words joined when texts of at least two articles (``texts``: article id -> its
    headline and statements) have them at most ``reach`` words apart ("fishing quota");
    the pairs most articles share join first, into issues of at most MAX_ISSUE_WORDS words
    so that a long story does not melt into one."""
    articles_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    for article, article_texts in texts.items():
        for text in article_texts:
            found = [(n, f) for n, f in topic_words(text, excluded=excluded, roots=roots) if f in topical]
            for (n, a), (m, b) in zip(found, found[1:]):
                if m - n <= reach and a != b:
                    articles_of[(min(a, b), max(a, b))].add(article)
    group_of = {word: frozenset({word}) for word in topical}
    for (a, b), found in sorted(articles_of.items(), key=lambda item: (-len(item[1]), item[0])):
        joined = group_of[a] | group_of[b]
        if len(found) < MIN_TOPIC_ARTICLES or group_of[a] == group_of[b] or len(joined) > MAX_ISSUE_WORDS:
            continue
        for word in joined:
            group_of[word] = joined
    return sorted({group for group in group_of.values()}, key=sorted)


def issue_label(words: set[str], *, headlines: list[str], texts: list[str], excluded: frozenset[str],
                roots: dict[str, str] | None = None, anchors: set[str] = frozenset(),
                phrases: PhraseWords | None = None) -> str:
    """The run of the issue's words the headlines (counting twice) and texts use most, by
    uses times the square of the issue words it holds ("peace talks" over "peace", "war in
    Ukraine"), one naming an ``anchors`` word where the issue has any (what is proposed:
    "maternity ward closure", not "maternity ward"); lower case, as a column heading. With
    the story's noun phrases (``phrases``) the runs that read as noun phrases come first;
    without them a run is taken as it stands."""
    return labelled(words, tokenised=label_tokens(headlines=headlines, texts=texts, roots=roots,
                                                  phrases=phrases),
                    excluded=excluded, anchors=anchors)
