"""Sides a holder takes by what it does, outside any statement: "the council voted to sell
the land", "Valdoria protested to the envoy", read for ``crosswire.compare.positions``.

An act takes a side by its verb (``crosswire.compare.event_stance.act_stance``), turned by
the words of its clause after it ("backed a measure that repeals the act"; not a clause a
conjunction opens, "as residents voiced fears", whose subject is another) and undone by an
opposing word right before it ("cancelled its support"). An act that is the issue itself ("a
walkout" on an issue of a strike) takes no side on it. An act governing another act after
"to" ("failed to win support", "pressed the board to keep talking") takes only the side
that the two read together take: its own type tells what it is, not what it is for.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from crosswire.compare.event_stance import OPPOSITE, act_stance
from crosswire.compare.issue_labels import proposal_nouns
from crosswire.compare.issue_words import topic_forms
from crosswire.compare.issues import synonym_family
from crosswire.compare.marker_scope import INFINITIVE_MARK, marker_set
from crosswire.compare.stance import statement_stance
from crosswire.knowledge.places import fold
from crosswire.knowledge.text import WORD, crude_lemma, stop_words
from crosswire.models import Actor, Event, Issue, MergedAnalysis, Stance, TextSpan

# What an act is done to ends with its clause: "protested the decision[,] calling it ...",
# or where a conjunction opens another clause with a subject of its own: "approved the plan
# [as] residents voiced their fears" (not a relative clause, "a measure that repeals the act")
ACT_CLAUSE_END = re.compile(r"[.,;:!?]|\s[—–]\s|\s(?:as|while|because|although|though|whereas|when|after|"
                            r"before|since|but)\s", re.IGNORECASE)
# An opposing word undoes the act this close before it: "cancelled [its] support".
UNDOING_REACH_WORDS = 2
# An act governs another where "to" and a word of content follow it this close, its object
# first: "failed [to] win", "pressed [the] [board] [to] keep".
GOVERNED_ACT_REACH_WORDS = 4


def holder_acts(merged: MergedAnalysis, events: Sequence[Event], *, actors: dict[str, Actor],
                issues: list[Issue], excluded: frozenset[str]) -> dict[tuple[str, str], list[tuple[TextSpan, Stance]]]:
    """(holder, issue) -> the sentences telling the events outside every statement and its
    cue that one holder does, on no one but others, taking a side by doing it (``act_stance``). An act with an
    object is on the issue its object names ("backed [the dam]"), or on the story's main
    issue when the object is a proposal named as such ("backed [the project]"); on none
    when it names neither ("restored [train service]"). An act with no object ("reacted
    with outrage") is on the issue whose words its sentence shares most, else the main one."""
    cues = {(s.cue.article, s.cue.start) for s in merged.statements if s.cue}
    # what another act is done to ("brushed aside [the protest]") is no act of its doer's
    done_to = {(other.evidence.article, start) for other in events for p in other.recipient
               for start in range(p.span.start, p.span.end)}
    # a doer the linking left open is the holder its words name whole ("Valdoria")
    named = {fold(alias): actor.id for actor in actors.values() for alias in [actor.name, *actor.aliases]}
    acts: dict[tuple[str, str], list[tuple[TextSpan, Stance]]] = defaultdict(list)
    referring = proposal_nouns()
    for event in events:
        doers = {p.actor or named.get(fold(p.span.text)) for p in event.actor}
        if (not issues or event.statement or (event.trigger.article, event.trigger.start) in cues
                or (event.trigger.article, event.trigger.start) in done_to
                or len(doers) != 1 or not doers <= actors.keys()
                or doers & {p.actor for p in event.recipient}):
            continue
        objects = {crude_lemma(w) for p in event.recipient for w in WORD.findall(p.span.text)}
        words = topic_forms(event.evidence.text, excluded=excluded) if not objects else objects
        issue = max(issues, key=lambda i: len(words & set(i.terms)))  # the first on a tie: the main
        if objects and not objects & set(issue.terms) and not objects & referring:
            continue  # what was done is to something no issue names
        if _is_the_issue(event, issue):
            continue  # "a walkout by the actors" on an issue of a strike: the matter itself, no side on it
        stance = _as_its_clause_reads(event, act_stance(event, topic=frozenset(issue.terms)),
                                      topic=frozenset(issue.terms))
        if stance != "unclear":
            acts[(doers.pop(), issue.id)].append((event.evidence, stance))
    return acts


def _is_the_issue(event: Event, issue: Issue) -> bool:
    """The act is what the issue names: its trigger's word, or the kind of act PLOVER files
    it under (mode "strike" for "a walkout"), is one of the issue's words or of their synonym
    families. Doing what a story's sides dispute is no side on it: the strikers of an issue
    of a strike are not against the strike, whatever a protest is against."""
    words = {crude_lemma(word) for word in WORD.findall(event.trigger.text)}
    words |= {event.mode} if event.mode else set()
    families = {synonym_family(term) for term in issue.terms}
    return any(synonym_family(word) in families for word in words)


def _as_its_clause_reads(event: Event, stance: Stance, *, topic: frozenset[str]) -> Stance:
    """An act's side on what the words of its clause after it take a side on: backing what
    undoes the issue is against it ("voted in support of a measure that repeals the act"),
    protesting it is for it ("protested the plan to scrap the levy"); where those words take
    no side, the act's own side stands. An opposing word right before the act undoes it:
    "cancelled its support for the dam", "withdrew its backing" is against."""
    if stance not in OPPOSITE:
        return stance
    evidence = event.evidence
    at = max(0, event.trigger.start - evidence.start)
    after = ACT_CLAUSE_END.split(evidence.text[max(0, event.trigger.end - evidence.start):], maxsplit=1)[0]
    if _governs_act(after):
        # "failed to win support", "tried to reach a deal": the side the act and what it
        # governs take read together ("refused to sign" is against), else none
        stance, _ = statement_stance(f"{event.trigger.text} {after}", terms=[], topic=topic)
        if stance not in OPPOSITE:
            return "unclear"
    else:
        read, _ = statement_stance(after, terms=[], topic=topic)
        if read == "against":
            stance = OPPOSITE[stance]
    before = ACT_CLAUSE_END.split(evidence.text[:at])[-1].split()[-UNDOING_REACH_WORDS:]
    undone, _ = statement_stance(" ".join(before), terms=[], topic=topic)
    # a discarding word this close takes the act itself as its object ("cancelled its support")
    discarded = not marker_set("discarding").isdisjoint(word.lower() for word in before)
    return OPPOSITE[stance] if undone == "against" or discarded else stance


def _governs_act(after: str) -> bool:
    """The words after an act's trigger, in its clause, open with an act it governs: "to" and
    a word of content at most GOVERNED_ACT_REACH_WORDS words on ("[to] win", "[the] [board]
    [to] keep"), not "to" before a noun's determiner ("gave its support [to] the levy")."""
    words = [word.lower() for word in WORD.findall(after)[:GOVERNED_ACT_REACH_WORDS + 1]]
    return any(word == INFINITIVE_MARK and following not in stop_words()
               for word, following in zip(words, words[1:]))
