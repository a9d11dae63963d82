"""Each actor's stance on the story's issues (``crosswire.compare.issues``), with
conditions and the statements behind.

A stance is read from the speaker's own words in the whole statement
(``crosswire.compare.stance``), or where they hold no marker from the event they report
(``crosswire.compare.event_stance``);
a position is held only by a speaker (not a news outlet or a dateline town; an unnamed
group, "critics said", is one: ``crosswire.compare.group_holders``) and only where
its statements take a stance, so no cell says "unclear" (a speaker whose words take no side
but plainly assert the issue is for it: "for" a finding is affirming it, though not a
measured quantity it tells, "the levy raised 4.5 million crowns"; a report's own
findings, "according to the survey", take a side only by a stance marker, as does what
any document other than a statement records, "the order bars ...", and a warning affirms
nothing; a document's words take no side for its issuer on the issue that document is,
"the complaint says ..." on the complaint); the speaker's other
statements on the issue follow as the stance's context. A side is on the issue only where
the statements taking it name the issue's words (or a synonym), a proposal standing for it
("the plan"), or stand in an article's opening under a headline naming it: else it is taken
on something else their sentences tell of ("praised the retired drivers"). A speaker whose
statements take both sides on the issue speaks to two aspects: the other side becomes a
position on an issue named from its own noun phrases (not where it only judges another
side, doubting its motive or accusing it: that judges its conduct on this issue).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from crosswire.compare.aspects import aspect_of
from crosswire.compare.assertions import affirms_issue
from crosswire.compare.conditions import find_conditions
from crosswire.compare.decision_stances import decision_named, makers_side, makes, on_issue
from crosswire.compare.event_stance import OPPOSITE, event_stance, warns
from crosswire.compare.group_holders import group_actors, group_affiliations, group_of, told_by_others
from crosswire.compare.holder_acts import holder_acts
from crosswire.compare.issue_labels import PhraseWords, proposal_nouns
from crosswire.compare.issue_words import excluded_words, story_phrases, topic_forms
from crosswire.compare.issues import MAX_ISSUES
from crosswire.compare.nominal_stances import nominal_sides, unowned_sides
from crosswire.compare.speaks_to import names_issue, relative_antecedents, speaks_to, told_through_document
from crosswire.compare.stance import judges_other_side, statement_stance, withheld_speech
from crosswire.compare.stance_changes import told_changes
from crosswire.knowledge.outlets import load_registry
from crosswire.knowledge.places import country_of
from crosswire.knowledge.role_country import actor_country
from crosswire.knowledge.text import WORD, crude_lemma
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
from crosswire.nlp.cues import load_lexicon, regular_forms

# A statement's stance marker outweighs the event its words report: an event coded from
# one verb is the weaker sign.
MARKER_VOTE = 2
EVENT_VOTE = 1
# A statement naming every word of a label this long speaks to that issue, no other aspect.
NAMING_LABEL_WORDS = 2
# The word right after a cue: a particle completing its verb ("brushed [off]").
NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def holds_positions(actor: Actor, *, outlets: Iterable[str] = ()) -> bool:
    """Whether an actor can hold a position: a person, organisation or group, or a country
    speaking as a state ("Valdoria recalled its ambassador"); never a news outlet reporting
    the story (one the registry knows, or one of the story's own ``outlets``, named whole
    or in part: "the Ledger" of the "Green Ledger" asking a question) nor a town read from
    a dateline."""
    if load_registry().by_name(actor.name) is not None:
        return False
    if actor.kind != "person" and _names_outlet(actor, outlets):
        return False
    return actor.kind != "place" or country_of(actor.name) is not None


def _names_outlet(actor: Actor, outlets: Iterable[str]) -> bool:
    """Every word of one of the actor's names is a word of one of ``outlets``, its last
    word among them: "the Ledger" names the "Green Ledger", but "Valdoria" does not name
    "The Valdoria Courier" (a paper named after a place is not the place)."""
    outlet_words = [[w.lower() for w in WORD.findall(outlet)] for outlet in outlets]
    for name in [actor.name, *actor.aliases]:
        words = {w.lower() for w in WORD.findall(name)}
        if words and any(outlet and words <= set(outlet) and outlet[-1] in words
                         for outlet in outlet_words):
            return True
    return False


def find_positions(merged: MergedAnalysis, *, issues: list[Issue], events: Sequence[Event] = (),
                   excluded: frozenset[str] | None = None, phrases: PhraseWords | None = None
                   ) -> tuple[list[Issue], list[Position]]:
    """The story's positions, and its issues with the aspects its speakers split on.

    One position per (speaker, issue) where the speaker's own words take a stance (a joint
    statement's, "the mayor and the governor said", are each of its speakers'): the
    stance most of its statements on the issue take (on a tie, the side whose statements
    name the issue's words, then a side before a conditional; none where that ties too). A statement whose words hold no
    stance marker may take a stance by the event it reports (``events``, linked to their
    statements, none it only supposes: "if no deal is passed"), a weaker sign than a
    marker's. A side on a court's decision ("welcomed the ruling") is a side on what it
    decided, turned by the side its maker took (``crosswire.compare.decision_stances``). Where the speaker's statements also take
    another side, they speak to another aspect of the story ("for" fining landlords,
    "against" the evictions): that side is a position on an issue named from those statements'
    own words, when they have any, read as a noun phrase. ``excluded`` and ``phrases``:
    ``excluded_words(merged)`` and ``story_phrases(merged)``, where the caller has them
    already (``find_issues`` read them too)."""
    outlets = {a.outlet for a in merged.articles if a.outlet}
    actors: dict[str, Actor] = {a.id: a for a in merged.actors if holds_positions(a, outlets=outlets)}
    groups = group_actors(merged.statements)  # "critics said": unnamed, but one side
    actors.update(groups)
    told = told_by_others(merged.statements)
    texts = {article.id: article.text for article in merged.articles}
    statements = {s.id: s for s in merged.statements}
    events_of = _events_of(merged.statements, events)
    own_text = _own_words(merged.statements)
    excluded = excluded_words(merged) if excluded is None else excluded
    # where no noun phrases were recorded (a language without a parse) labels stand as found
    if not merged.noun_phrases:
        phrases = None
    elif phrases is None:
        phrases = story_phrases(merged)
    # an aspect is named from what is said, never from where: no place ("Russia") nor a word
    # of a place's name ("United States") names one; nor a noun standing for a proposal
    # ("withdraw the proposal" speaks to the issue itself)
    setting = excluded | proposal_nouns() | {
        crude_lemma(w) for actor in merged.actors if actor.kind == "place"
        for alias in [actor.name, *actor.aliases] for w in WORD.findall(alias)}
    nominal = _noun_phrase_words(merged.noun_phrases)
    named = frozenset((p.span.article, p.span.end) for p in merged.noun_phrases)  # where each noun phrase ends
    story = Counter(word for s in merged.statements for word in topic_forms(s.span.text, excluded=excluded))
    # (statement, stance, conditions, weight of its vote)
    gathered: dict[tuple[str, str], list[tuple[Statement, Stance, list, int]]] = defaultdict(list)
    # what the speaker said on the issue without taking a side: the context of its stance
    context: dict[tuple[str, str], list[Statement]] = defaultdict(list)
    affirmed: dict[tuple[str, str], list[tuple[Statement, Stance, list, int]]] = defaultdict(list)
    # issue -> (holder, decision noun, reading) of statements taking a side on a decision
    on_decision: dict[str, list[tuple[str, str, tuple[Statement, Stance, list, int]]]] = defaultdict(list)
    by_id = {issue.id: issue for issue in issues}
    for issue in issues:
        for statement_id in issue.statements:
            statement = statements[statement_id]
            holders = _holders(statement, actors, told=told)
            if not holders:
                continue  # a position needs a known holder
            document, spoken = told_through_document(statement)
            if document and names_issue(document, issue, excluded=excluded):
                for holder in holders:  # the text's words, not its issuer's judgement of it
                    context[(holder, issue.id)].append(statement)
                continue
            text = own_text[statement.id]
            stance, conditions = statement_stance(
                text, terms=[], topic=frozenset(issue.terms),
                cue=_cue_words(statement, texts), speaker_country=actor_country(actors[holders[0]]))
            weight = MARKER_VOTE
            # a report's or a poll's findings are facts told, no side taken: only a stance
            # marker in their words gives its issuer one, never the events they report; so
            # too what a document other than a statement records ("the order bars ...",
            # "according to the filing, ..."): what it says, not a side its issuer argues
            finding = statement.cue_type == "evidence" or bool(document) and not spoken
            if stance == "unclear" and not finding:
                stance = event_stance(statement, _speakers_events(statement, events_of[statement.id], named=named),
                                      topic=frozenset(issue.terms))
                weight = EVENT_VOTE
            decision = decision_named(text, topic=frozenset(issue.terms))
            for holder in holders:  # "A and B said": the statement's stance is each one's
                if stance != "unclear" and decision and not makes(actors[holder], decision):
                    # "praised the ruling": a side on the decision, turned below by its maker's
                    on_decision[issue.id].append((holder, decision, (statement, stance, conditions, weight)))
                elif stance != "unclear":
                    gathered[(holder, issue.id)].append((statement, stance, conditions, weight))
                elif (holder not in groups and not finding
                      and affirms_issue(text, topic=frozenset(issue.terms))
                      and not warns(statement, events_of[statement.id])):
                    # an unnamed group's plain assertion is what it knows ("officials said
                    # the flights took off at dawn"), no side it takes; nor is a warning
                    # ("warned that the levy is ...") an assertion the speaker stands for
                    affirmed[(holder, issue.id)].append((statement, "for", conditions, 0))
                else:
                    context[(holder, issue.id)].append(statement)
    # what a holder did where it said nothing that takes a side on the issue: "the council
    # voted to sell the land", "Valdoria protested to the envoy"
    acts = holder_acts(merged, events, actors=actors, issues=issues, excluded=excluded)
    # a side on a decision is a side on what it decided, as its maker decided it: the
    # makers' sides from their words and acts
    for issue_id, readings in on_decision.items():
        sides = [(actors[holder], reading[1]) for (holder, on), found in gathered.items()
                 if on == issue_id for reading in found]
        sides += [(actors[holder], stance) for (holder, on), done in acts.items()
                  if on == issue_id for _, stance in done]
        for holder, decision, (statement, stance, conditions, weight) in readings:
            maker = makers_side(decision, sides=sides)
            turned = on_issue(stance, maker=maker) if maker else stance
            gathered[(holder, issue_id)].append((statement, turned, conditions, weight))
    # a speaker whose words take no side on the issue, but who plainly asserts it, is for it
    # ("for" a finding is affirming it); where other words take a side, they are its context
    for key, found in affirmed.items():
        if key in gathered:
            context[key] += [statement for statement, *_ in found]
        else:
            gathered[key] = found
    changes = _changes_on_issues(told_changes(merged), gathered=gathered, issues=issues, excluded=excluded)
    aspects: dict[str, Issue] = {}
    positions = []
    other_sides = []  # (actor, issue, stance, its statements): placed once every main cell is
    titles = {article.id: article.title or "" for article in merged.articles}
    antecedents = relative_antecedents(merged.statements, merged.articles)
    for (actor_id, issue_id), found in gathered.items():
        issue = by_id[issue_id]
        sides: dict[Stance, list[tuple[Statement, list]]] = defaultdict(list)
        votes: Counter = Counter()
        for statement, stance, conditions, weight in found:
            sides[stance].append((statement, conditions))
            votes[stance] += weight
        naming = {stance: sum(bool(topic_forms(own_text[s.id], excluded=excluded) & set(issue.terms)) for s, _ in taken)
                  for stance, taken in sides.items()}
        # on equal votes a side outweighs a conditional: a condition qualifies a side, it
        # takes none ("the toll must go" beside "if the bridge reopens, we can drop the toll")
        strength = {stance: (votes[stance], naming[stance], stance != "conditional") for stance in sides}
        ranked = sorted(sides, key=lambda stance: ([-n for n in strength[stance]], stance))
        told = changes.get((actor_id, issue_id), [])
        turned = {now for _, now in told if now}
        side_told = len(turned) == 1
        if side_told:  # the texts say which side it took after changing ("dropped its opposition")
            now = turned.pop()
            ranked = [now, *(stance for stance in ranked if stance != now)]
        elif len(ranked) > 1 and strength[ranked[0]] == strength[ranked[1]]:
            continue  # the speaker's statements split evenly: no cell rather than a guess
        main, *others = ranked
        # a holder the texts say changed sides took the opposite one before: its words on
        # that side are what it said then, not another aspect
        earlier = OPPOSITE.get(main) if told else None
        # no statement takes the side the change says it took (at most one only mentions
        # the issue): the sentences telling the change are that side's evidence, as an act's
        # sentence is; its other words would read as sources of a side they do not take
        only_told = [span for span, _ in told] if side_told and not votes[main] else []
        # the conditions the holder set on the issue are the context of the side it takes
        qualifying = [s for s, _ in sides.get("conditional", [])] if main != "conditional" else []
        placed = only_told or speaks_to(issue, [s for s, _ in sides[main]], own_text=own_text, titles=titles,
                                        excluded=excluded, antecedents=antecedents)
        if placed:
            positions.append(_position(
                actors[actor_id], issue_id, main, [] if only_told else sides[main],
                context=[] if only_told else [*context[(actor_id, issue_id)], *qualifying], told=only_told,
                earlier=earlier, earlier_evidence=[span for span, _ in told] + [s.span for s, _ in sides[earlier]]
                if earlier else []))
        others = [stance for stance in others if stance != earlier]
        # only the opposite side is another aspect: a condition qualifies a side, it is not
        # one, and doubting another side's motive ("smoke screens") or accusing it judges
        # its conduct on this issue, not another; nor does a statement whose own words name
        # the issue as its label of two words or more does ("rejected the envoy's call for a
        # lasting truce" beside "vowed to fight on", on "lasting truce"): it speaks to this
        # issue, outvoted here (a label of one word may be named in passing: "bulk fines");
        # and where the main side is on something else, no two sides split on this issue
        label = topic_forms(issue.label, excluded=excluded)
        for stance in others if placed else []:
            taken = [(s, c) for s, c in sides[stance]
                     if not judges_other_side(own_text[s.id], events_of[s.id])
                     and not (len(label) >= NAMING_LABEL_WORDS
                              and label <= topic_forms(own_text[s.id], excluded=excluded))]
            if {main, stance} == {"for", "against"} and taken:
                other_sides.append((actor_id, issue, stance, taken))
    held = {(p.actor, p.issue) for p in positions}
    # where a holder said nothing that takes a side on the issue, what it did (``acts``)
    # or what a noun it owns tells: "the council's request for a delay", "a rebuke from the union"
    # unnamed people a noun no one owns implies ("drew cross-party criticism"): a group, as
    # "critics said" names one
    unowned = unowned_sides(merged.articles)
    for group, _ in unowned:
        groups.setdefault(group.id, group)
        actors.setdefault(group.id, group)
    for side in [*nominal_sides(merged.articles, holders=actors.values()), *(side for _, side in unowned)]:
        # "the council's call for [a delay]" is on the issue its words name, or on none
        # ("the council's decision to drop the charges": what it is for may turn the issue round);
        # "a rebuke from the union", about nothing of its own, on the main issue
        words = topic_forms(side.about, excluded=excluded)
        issue = max(issues, key=lambda i: len(words & set(i.terms))) if issues else None
        if (issue is not None and (not side.about or words & set(issue.terms))
                and crude_lemma(side.noun.text) not in issue.terms):  # "the plan" is the issue
            acts[(side.holder, issue.id)].append((side.sentence, side.stance))
    for (actor_id, issue_id), done in acts.items():
        sides = Counter(stance for _, stance in done)
        ranked = sides.most_common()
        if (actor_id, issue_id) in held or len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            continue
        positions.append(Position(actor=actor_id, actor_name=actors[actor_id].name, issue=issue_id,
                                  stance=ranked[0][0], statements=[],
                                  evidence=list(dict.fromkeys(span for span, stance in done
                                                              if stance == ranked[0][0])),
                                  country=actor_country(actors[actor_id])))
    held = {(p.actor, p.issue) for p in positions}
    added: dict[str, list[str]] = defaultdict(list)  # issue id -> statements an aspect adds
    for actor_id, issue, stance, taken in other_sides:
        aspect = aspect_of([s for s, _ in taken], issue=issue, issues=issues, excluded=setting,
                         known=aspects, nominal=nominal, story=story, phrases=phrases)
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
    affiliations = group_affiliations(merged.statements)
    positions = [replace(p, unnamed=True, affiliation=affiliations.get(p.actor)) if p.actor in groups else p
                 for p in positions]
    positions.sort(key=lambda p: (p.issue, -len(p.statements), p.actor_name))
    return [replace(i, statements=[*i.statements, *added[i.id]])
            for i in [*issues, *aspects.values()] if i.id not in dropped], positions


def _holders(statement: Statement, actors: Mapping[str, Actor], *, told: frozenset[str]) -> list[str]:
    """Who can hold a position by the statement: its speaker (or the unnamed group that
    said it: "critics said", unless someone else's words tell what the group says: ``told``)
    and the others who said it with them ("the mayor and the governor said"), those of
    ``actors`` only."""
    group = group_of(statement) if statement.id not in told else None
    return [actor for actor in dict.fromkeys([statement.speaker or group, *statement.co_speakers])
            if actor in actors]


def _changes_on_issues(told: dict[str, list[tuple[TextSpan, Stance | None]]], *,
                       gathered: Mapping[tuple[str, str], object], issues: list[Issue],
                       excluded: frozenset[str]) -> dict[tuple[str, str], list[tuple[TextSpan, Stance | None]]]:
    """(holder, issue) -> the sentences telling that the holder changed sides
    (``told_changes``), each on the issue the holder speaks to whose words it shares most,
    else the first of them (the main issue where the holder speaks to it)."""
    spoken: dict[str, list[Issue]] = defaultdict(list)
    for issue in issues:
        for actor_id in sorted({actor_id for actor_id, issue_id in gathered if issue_id == issue.id}):
            spoken[actor_id].append(issue)
    on_issues: dict[tuple[str, str], list[tuple[TextSpan, Stance | None]]] = defaultdict(list)
    for actor_id, found in told.items():
        for span, now in found:
            if spoken.get(actor_id):
                words = topic_forms(span.text, excluded=excluded)
                issue = max(spoken[actor_id], key=lambda i: len(words & set(i.terms)))
                on_issues[(actor_id, issue.id)].append((span, now))
    return on_issues


def _cue_words(statement: Statement, texts: Mapping[str, str]) -> str | None:
    """The statement's cue verb, with the particle after it in its article (``texts`` by
    article id) where the lexicon lists the pair: in "brushed off the envoy's call" the cue's
    span holds "brushed", the statement opens at "the envoy's", and "brush off" opposes."""
    cue = statement.cue
    if cue is None:
        return None
    following = NEXT_WORD.match(texts.get(cue.article or "", ""), cue.end)
    if following is None:
        return cue.text
    lexicon = load_lexicon()
    word = cue.text.lower()
    lemmas = {lexicon.forms.get(word, word), *(verb for verb in lexicon.particle_verbs if word in regular_forms(verb))}
    if any(f"{lemma} {following.group(1)}" in lexicon.verbs for lemma in lemmas):
        return f"{cue.text} {following.group(1)}"
    return cue.text


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


def _speakers_events(statement: Statement, events: Sequence[Event], *,
                     named: frozenset[tuple[str | None, int]]) -> list[Event]:
    """The statement's events a side may be read from: not those inside one of its condition
    clauses ("if no deal is passed" supposes a rejection, the speaker takes no side by it),
    nor an event a noun names with no doer (its trigger ends one of the parse's noun phrases,
    ``named``: (article, end)): "the dockside march", "the border clashes" tell what happened,
    no act of the speaker's."""
    span = statement.span
    clauses = [(span.start + start, span.start + end) for _, start, end in find_conditions(span.text)]
    return [event for event in events
            if (event.actor or (event.trigger.article, event.trigger.end) not in named)
            and not (event.trigger.article == span.article and span.start <= event.trigger.start < span.end
                     and withheld_speech(span.text, event.trigger.start - span.start))
            and (event.trigger.article != span.article
                 or not any(start <= event.trigger.start < end for start, end in clauses))]


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


def _position(actor: Actor, issue_id: str, stance: Stance, taken: list[tuple[Statement, list]],
              *, context: list[Statement], told: Sequence[TextSpan] = (), earlier: Stance | None = None,
              earlier_evidence: Sequence[TextSpan] = ()) -> Position:
    """A position backed by the statements taking the stance, then the speaker's other
    words on the issue (or, where no statement takes it, the sentences ``told`` the
    change to it); with the side it took before, if it changed sides."""
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
        evidence=[*told, *(s.span for s in behind)],
        country=actor_country(actor),
        earlier=earlier,
        earlier_evidence=list(earlier_evidence),
    )


def positions_by_country(positions: list[Position]) -> dict[str, dict[str, Counter]]:
    """Country (or "unknown") -> issue -> how many actors took each stance."""
    table: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for position in positions:
        table[position.country or "unknown"][position.issue][position.stance] += 1
    return {country: dict(issues) for country, issues in table.items()}

