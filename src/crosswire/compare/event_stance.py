"""The stance a PLOVER event takes for its doer (``data/event_stances.jsonl``): where no
stance marker speaks, the event a statement's words report ("recalled its ambassador" is a
sanction, against; "asked the court to drop the case" a request, for), and the side a doer
takes by an act outside anything said ("the council backed the project").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from crosswire.compare.marker_scope import names_measure_against
from crosswire.compare.nominal_stances import stance_nouns
from crosswire.data import read_jsonl
from crosswire.knowledge.markers import stance_markers
from crosswire.knowledge.text import RELATIVE_PRONOUNS, SPEAKER_PRONOUNS, crude_lemma
from crosswire.models import Event, EventParticipant, Stance, Statement, TextSpan

# The side a denial of a side-taking act takes, and the one a holder left when it changed sides.
OPPOSITE: dict[Stance, Stance] = {"for": "against", "against": "for"}
# The data file every table below is read from.
EVENT_STANCES = "event_stances.jsonl"
# Pronouns a doer may be that may stand for the statement's speaker: not a relative one, which
# stands for the noun before it ("a statute which requires", "residents who leave"), words of
# the statement; "that" stays, as it may also open what is said.
SPEAKER_DOERS = SPEAKER_PRONOUNS - (RELATIVE_PRONOUNS - {"that"})
# "a request from [the] X": the word after "from" that names a noun's source, and the
# sources that are the speakers themselves ("a request from us").
FROM_SOURCE = re.compile(r"\s+from\s+(?:the\s+)?([\w'’-]+)")
SPEAKER_SOURCES = frozenset({"me", "us", "him", "her", "them"})


@cache
def _rows() -> tuple[dict, ...]:
    """The rows of ``data/event_stances.jsonl``, read and checked once for every table below."""
    rows = tuple(read_jsonl(EVENT_STANCES, required=("event", "stance")))
    for row in rows:
        if "mode" in row:
            if row["stance"] != "none":
                raise ValueError(f"{EVENT_STANCES}: a row with a mode takes no side (stance none): {row}")
        elif row["stance"] not in ("for", "against") or not isinstance(row.get("cue", True), bool):
            raise ValueError(f"{EVENT_STANCES}: stance is for or against, cue true or false: {row}")
    return rows


@cache
def _event_stances(*, cue: bool = False) -> dict[str, Stance]:
    """PLOVER event type -> the stance its source takes by it (``data/event_stances.jsonl``);
    with ``cue``, only the types that take one when coded from the reporting verb itself.
    A row with a mode takes no side (``_sideless``)."""
    return {row["event"]: row["stance"] for row in _rows()
            if "mode" not in row and "triggers" not in row and (row.get("cue", True) or not cue)}


@cache
def _sideless_modes() -> frozenset[tuple[str, str]]:
    """(event type, mode) of the rows of ``data/event_stances.jsonl`` with a ``mode``: a way
    of doing the type that takes no side ("investigate", coded ACCUSE: a probe looks into a
    matter, it has judged nothing yet)."""
    return frozenset((row["event"], row["mode"]) for row in _rows() if "mode" in row)


def _sideless(event: Event) -> bool:
    return (event.event, event.mode) in _sideless_modes()


@cache
def _foreseeing_cues() -> frozenset[str]:
    """The ``"cue": false`` types of ``data/event_stances.jsonl``: as the reporting verb
    ("warned that", THREATEN) they tell what the speaker foresees."""
    return frozenset(row["event"] for row in _rows() if row.get("cue") is False)


def warns(statement: Statement, events: Sequence[Event]) -> bool:
    """The statement's cue is coded a type that as the reporting verb tells what the speaker
    foresees ("warned that the levy would ...", THREATEN): what it reports is a danger
    foreseen, which the speaker does not affirm by telling it."""
    cue = statement.cue
    return cue is not None and any(
        e.event in _foreseeing_cues() and e.trigger.article == cue.article and e.trigger.start == cue.start
        for e in events)


@cache
def judging_events() -> frozenset[str]:
    """The ``"judges": true`` types of ``data/event_stances.jsonl``: judging another side's
    conduct (accusing it), not taking a side on a matter."""
    return frozenset(row["event"] for row in _rows() if row.get("judges") is True)


@cache
def _trigger_stances() -> dict[tuple[str, str], tuple[Stance, bool]]:
    """(event type, trigger word) -> (stance, whether it is an act) from the rows of
    ``data/event_stances.jsonl`` with ``triggers``: words whose event takes another side
    than its type ("summoned Ostria's representative", coded a request where no envoy word
    makes it ACCUSE, is a protest)."""
    return {(row["event"], word.lower()): (row["stance"], row.get("act") is True)
            for row in _rows() for word in row.get("triggers", ())}


def _type_stance(event: Event, stances: dict[str, Stance]) -> Stance:
    """The side an event takes by its trigger word where the data names it, else by its
    type; a denial of it ("did not back") takes the other."""
    special = _trigger_stances().get((event.event, event.trigger.text.lower()))
    stance = special[0] if special else stances[event.event]
    return OPPOSITE[stance] if event.status == "negated" else stance


@cache
def _act_stances() -> dict[str, Stance]:
    """The ``"act": true`` rows of ``data/event_stances.jsonl``: types whose doer takes a
    side by doing them, said or not (praising, rejecting, condemning, protesting)."""
    acts = {row["event"] for row in _rows() if row.get("act") is True and "triggers" not in row}
    return {event: stance for event, stance in _event_stances().items() if event in acts}


# Statuses whose event the speaker asserts (or denies): not a hypothetical or a past one.
ASSERTED_STATUSES = frozenset({"asserted", "negated", "future"})


def event_stance(statement: Statement, events: Sequence[Event], *, topic: frozenset[str] = frozenset()
                 ) -> Stance:
    """The stance of the first event the statement's words report that is the speaker's
    own: asserted or denied (a denial turns it), done by the speaker or one who said it
    with them (or a pronoun for them, or no one named) and not to them ("its servers were
    breached"), and not coded from one of the issue's own words (``topic``: "the deal" is
    the issue, not an agreement). Where its words report none,
    the event coded from its cue, the speech act itself ("opposed", "defended", "asked"), unless
    the cue tells a belief ("hoping", "decided", "aimed"): a belief is no act, and an event
    the coder reads off it is often the act believed in, someone else's ("hoping the council
    will turn the plan down")."""
    stance = _first_event_stance(statement, events, span=statement.span, topic=topic,
                                 stances=_event_stances())
    if stance == "unclear" and statement.cue and statement.cue_type != "belief":
        stance = _first_event_stance(statement, events, span=statement.cue, topic=topic,
                                     stances=_event_stances(cue=True))
    return stance


@cache
def _marker_words() -> frozenset[str]:
    """Stance markers: an event coded from one was already weighed as a marker."""
    return frozenset(m for kind in ("for", "against", "distrust") for m in stance_markers(kind))


def _first_event_stance(statement: Statement, events: Sequence[Event], *, span: TextSpan,
                        topic: frozenset[str], stances: dict[str, Stance]) -> Stance:
    # "A and B said": an event either of them does is the speakers' own
    speakers = {statement.speaker, *statement.co_speakers} - {None}
    own = [e for e in events
           if e.event in stances and e.status in ASSERTED_STATUSES
           and e.trigger.article == span.article and span.start <= e.trigger.start < span.end
           and not speakers & {p.actor for p in e.recipient}
           and all(_done_by_speaker(p, speakers) for p in e.actor)
           and crude_lemma(e.trigger.text) not in topic
           and e.trigger.text.lower() not in _marker_words()
           and not _in_compound(e) and not _sideless(e) and not _kept_from(e, events, span=span)
           and not _sourced_elsewhere(e, span=span)]
    if not own:
        return "unclear"
    first = min(own, key=lambda e: e.trigger.start)
    stance = _type_stance(first, stances)
    # asking for or backing a measure against the issue named after the act ("called for a
    # moratorium on ferry crossings") is a side against the issue, and opposing it one for;
    # an act in the cue asks for all that was said, wherever the cue stands ("There must be a
    # moratorium on ferry crossings, the board asked")
    said = statement.span
    in_said = first.trigger.article == said.article and said.start <= first.trigger.start < said.end
    after = first.trigger.end - said.start if in_said else 0
    if stance in OPPOSITE and names_measure_against(said.text[after:], topic=topic):
        return OPPOSITE[stance]
    return stance


def _kept_from(event: Event, events: Sequence[Event], *, span: TextSpan) -> bool:
    """The event is told as an act another event keeps its recipient from doing: its trigger,
    a gerund, follows that recipient and "from" ("states blocking [local school districts]
    from requiring masks"), so the recipient would do it, not the speaker."""
    trigger = event.trigger
    if event.actor or not trigger.text.lower().endswith("ing") or trigger.article != span.article:
        return False
    return any(span.start <= recipient.span.end <= trigger.start
               and span.text[recipient.span.end - span.start:trigger.start - span.start].strip().lower() == "from"
               for other in events if other is not event for recipient in other.recipient)


def _sourced_elsewhere(event: Event, *, span: TextSpan) -> bool:
    """The trigger is a stance noun whose source follows it ("the closure followed [a
    request] from the governor", ``data/stance_nouns.jsonl``): the act is that source's,
    whoever the coder made its doer, unless the source may be the speakers ("from us")."""
    trigger = event.trigger
    if trigger.article != span.article or trigger.text.lower() not in stance_nouns():
        return False
    source = FROM_SOURCE.match(span.text, trigger.end - span.start)
    return source is not None and source.group(1).lower() not in SPEAKER_SOURCES


def _in_compound(event: Event) -> bool:
    """The trigger is part of a hyphenated word ("life-threatening cases", "cease-fire
    talks"): it describes a thing, no act of the speaker's."""
    evidence, trigger = event.evidence, event.trigger
    if evidence.article != trigger.article or not evidence.start <= trigger.start <= evidence.end:
        return False
    at, end = trigger.start - evidence.start, trigger.end - evidence.start
    return evidence.text[at - 1:at] == "-" or evidence.text[end:end + 1] == "-"


def act_stance(event: Event, *, topic: frozenset[str]) -> Stance:
    """The stance an event's doer takes by doing it, outside anything said ("the council
    backed the project", "Valdoria recalled its ambassador"): by its type
    (``data/event_stances.jsonl``), asserted or denied (a denial turns it); "unclear" for
    a hypothetical or past one, one coded from the issue's own word (``topic``: "the deal"
    is the issue, not an agreement), or one done in a way that takes no side ("will
    investigate the seizure"). Only the types marked ``"act"`` there: a nominal
    "partnership" or "request" coded in narration is too often no one's decision."""
    special = _trigger_stances().get((event.event, event.trigger.text.lower()))
    stances = _act_stances() | ({event.event: special[0]} if special and special[1] else {})
    if (event.event not in stances or event.status not in ASSERTED_STATUSES
            or crude_lemma(event.trigger.text) in topic or _sideless(event)):
        return "unclear"
    return _type_stance(event, stances)


def _done_by_speaker(doer: EventParticipant, speakers: set[str]) -> bool:
    """The event's doer is a speaker: one of the ``speakers``' actors, or a pronoun that may
    stand for them ("we will sign"), not a relative one (``SPEAKER_DOERS``); a doer the text
    names otherwise is someone else, linked to an actor or not ("residents who leave will
    receive shelter")."""
    if doer.actor is not None:
        return doer.actor in speakers
    return doer.span.text.lower() in SPEAKER_DOERS
