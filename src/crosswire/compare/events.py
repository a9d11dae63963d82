"""PLOVER event coding of sentences: type, mode, context, actors, recipients, status.

A sentence's cues (``data/plover_cues.jsonl``) are ranked by how close they sit to the
main predicate once reporting verbs are stepped through; intent verbs ("pledged to",
"vowed to") turn their complement into the manual's promised form (AGREE, CONCEDE,
THREATEN). Extensions beyond PLOVER: the reporting ``speaker``, ``conditions``,
``status`` (negated, future, hypothetical) and APPEAL/COMMENT statements.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import IO, Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from crosswire.compare import plover
from crosswire.compare.event_parse import (
    NOUN_COST,
    Trigger,
    agent_of,
    clause_cost,
    code_for,
    conditions_of,
    find_triggers,
    is_deontic,
    noun_owner,
    phrase_of,
    recipients_of,
    status_of,
    subject_of,
    token_keys,
    with_conjuncts,
)
from crosswire.models import Condition, Event, EventParticipant, Evidence, to_dict

# Salience penalties, calibrated by hand on the tune half of gsr_dev.jsonl.
NEGATED_COST = 1.0  # a negated event is rarely the sentence's news
EXTENSION_COST = 6.0  # APPEAL/COMMENT only when no PLOVER cue is found
WEIGHT_SCALE = 1.0  # how much a cue's lexicon weight offsets its clause distance
REQUEST_MODE_OF = {
    "CONSULT": "meet", "AGREE": "meet", "RETREAT": "yield", "CONCEDE": "yield",
    "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist",
}
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "advcl", "acl"})


def _complement_triggers(trigger: Trigger, by_anchor: dict[int, Trigger]) -> list[Trigger]:
    """Cues inside the complement of a verb ("vowed to retaliate", "urged talks")."""
    found = []
    for token in trigger.anchor.subtree:
        if token.i == trigger.anchor.i or token.i not in by_anchor:
            continue
        path, head = [], token
        while head.i != trigger.anchor.i and head.head.i != head.i:
            path.append(head.dep_)
            head = head.head
        if head.i == trigger.anchor.i and path and path[-1] in COMPLEMENT_DEPS and "relcl" not in path:
            found.append(by_anchor[token.i])
    return sorted(found, key=lambda t: clause_cost(t.anchor))


def _promised_form(event: str) -> str | None:
    if event in plover.COOPERATIVE_TYPES:
        return "AGREE"
    if event in ("RETREAT", "CONCEDE"):
        return "CONCEDE"
    if event in plover.MATERIAL_CONFLICT_TYPES:
        return "THREATEN"
    return None


def _mode_for(event: str, cue_mode: str | None, words: set[str]) -> str | None:
    if cue_mode:
        return cue_mode
    for mode, signals in plover.modes().get(event, ()):
        if signals & words:
            return mode
    return None


def _context_for(words: set[str], text: str) -> list[str]:
    lowered = text.lower()
    scored = []
    for context, signals in plover.contexts():
        hits = sum(1 for w in signals if (" " in w and w in lowered) or w in words)
        if hits:
            scored.append((hits, context))
    return [context for _, context in sorted(scored, key=lambda pair: -pair[0])[:2]]


def _participant(token: Token, *, offset: int) -> EventParticipant:
    phrase = phrase_of(token)
    return EventParticipant(
        text=phrase.text,
        code=code_for(token),
        start=phrase.start_char - offset,
        end=phrase.end_char - offset,
    )


def _participants(tokens: Iterable[Token], *, offset: int) -> list[EventParticipant]:
    found, seen = [], set()
    for head in tokens:
        for token in with_conjuncts(head):
            if token.i not in seen:
                seen.add(token.i)
                found.append(_participant(token, offset=offset))
    return found


def _speaker(anchor: Token, *, offset: int) -> EventParticipant | None:
    """The subject of a reporting verb that governs the trigger's clause."""
    report = plover.cues()
    head = anchor
    while head.head.i != head.i:
        head = head.head
        if any(cue.role == "report" for key in token_keys(head) for cue in report.get((key, "VERB"), ())):
            subject, _ = subject_of(head)
            return _participant(subject, offset=offset) if subject is not None else None
    return None


def _actors_and_recipients(trigger: Trigger, event: str) -> tuple[list[Token], list[Token]]:
    anchor = trigger.anchor
    covered = {t.i for t in trigger.tokens}
    if trigger.cue.pos == "NOUN":
        owner = noun_owner(anchor)
        recipients = [c for p in anchor.children if p.dep_ == "prep" and p.lower_ in ("against", "on", "with", "to", "at")
                      for c in p.children if c.dep_ == "pobj"]
        if owner is None and anchor.head.pos_ in ("VERB", "AUX") and anchor.dep_ in ("dobj", "attr"):
            subject, passive = subject_of(anchor.head)
            owner = None if passive else subject
            recipients += recipients_of(anchor.head, exclude=covered | {anchor.i})
        return ([owner] if owner is not None else []), recipients
    subject, passive = subject_of(anchor)
    agent = agent_of(anchor)
    recipients = recipients_of(anchor, exclude=covered)
    if passive:
        actors = [agent] if agent is not None else []
        if subject is not None:
            recipients.insert(0, subject)
        return actors, recipients
    return ([subject] if subject is not None else []), recipients


def _salience(trigger: Trigger, *, skip: frozenset[int], status: str, extension: bool) -> float:
    cost = clause_cost(trigger.anchor, skip=skip)
    if trigger.cue.pos == "NOUN":
        cost += NOUN_COST
    if status == "negated":
        cost += NEGATED_COST
    if extension:
        cost += EXTENSION_COST
    return cost - WEIGHT_SCALE * trigger.cue.weight


def code_sentence(sent: Span, *, offset: int = 0, article: str | None = None,
                  id_prefix: str = "e") -> list[Event]:
    """Events of one parsed sentence, most salient first; offsets relative to ``offset``."""
    triggers = find_triggers(sent)
    by_anchor = {t.anchor.i: t for t in triggers}
    reporting = frozenset(t.anchor.i for t in triggers if t.cue.role == "report")
    light = frozenset(t.anchor.i for t in triggers if t.cue.role == "light")
    skip = reporting | light
    words = {key for token in sent for key in token_keys(token)}
    consumed: set[int] = set()
    ranked: list[tuple[float, Event]] = []
    for trigger in sorted(triggers, key=lambda t: clause_cost(t.anchor)):
        if trigger.anchor.i in consumed or trigger.cue.role == "light":
            continue
        cue = trigger.cue
        event, mode = cue.event, cue.mode
        # a noun under a light verb ("must reach an agreement") takes the verb's modality
        predicate = trigger.anchor
        if cue.pos == "NOUN" and predicate.dep_ in ("dobj", "attr") and predicate.head.i in light:
            predicate = predicate.head
        status = status_of(predicate)
        complements = _complement_triggers(trigger, by_anchor) if cue.pos in ("VERB", "ADJ") else []
        complements = [c for c in complements if c.cue.role not in ("light", "report") and c.cue.event]
        if cue.role == "intent":
            inner = complements[0] if complements else None
            promised = _promised_form(inner.cue.event) if inner else None
            if inner is not None:
                consumed.add(inner.anchor.i)
                event = promised or inner.cue.event
                mode = None if promised else inner.cue.mode
            elif cue.weight < 0.6:
                continue
        elif cue.role == "offer":
            if not complements:
                continue
            consumed.add(complements[0].anchor.i)
        elif event in ("REQUEST", "REJECT") and complements:
            mode = mode or REQUEST_MODE_OF.get(complements[0].cue.event or "")
        if is_deontic(predicate) and event not in plover.VERBAL_CONFLICT_TYPES:
            mode = REQUEST_MODE_OF.get(event, "change")
            event = "REQUEST"
        if status == "future" and event in plover.COOPERATIVE_TYPES:
            event, status = "AGREE", "asserted"
        elif status == "future" and event == "RETREAT":
            event, status = "CONCEDE", "asserted"
        elif status == "negated" and event in ("AGREE", "SUPPORT", "CONCEDE"):
            event, mode, status = "REJECT", None, "asserted"
        if event is None:
            continue
        extension = event in plover.EXTENSION_TYPES
        mode = _mode_for(event, mode, words)
        actors, recipients = _actors_and_recipients(trigger, event)
        doc_offset = offset
        conditions = [
            Condition(marker=marker, text=span.text, start=span.start_char - doc_offset,
                      end=span.end_char - doc_offset, article=article)
            for marker, span in conditions_of(trigger.anchor)
        ]
        if conditions and status == "asserted":
            status = "hypothetical" if any(c.marker in ("if", "unless") for c in conditions) and \
                any(a.lower_ in ("would", "could", "might") for a in trigger.anchor.children) else status
        record = Event(
            id="",
            event=event,
            mode=mode,
            context=_context_for(words, sent.text),
            actor=_participants(actors, offset=doc_offset),
            recipient=_participants(recipients, offset=doc_offset),
            trigger=Evidence(sent.doc.text[trigger.start : trigger.end], trigger.start - doc_offset,
                             trigger.end - doc_offset, article),
            evidence=Evidence(sent.text, sent.start_char - doc_offset, sent.end_char - doc_offset, article),
            status=status,
            extension=extension,
            speaker=_speaker(trigger.anchor, offset=doc_offset),
            conditions=conditions,
            confidence=round(min(1.0, 0.3 + 0.5 * cue.weight), 2),
        )
        ranked.append((_salience(trigger, skip=skip, status=status, extension=extension), record))
    ranked.sort(key=lambda pair: pair[0])
    from dataclasses import replace

    return [replace(record, id=f"{id_prefix}{n}") for n, (_, record) in enumerate(ranked)]


def code_doc(doc: Doc, *, article: str | None = None, id_prefix: str = "e") -> list[Event]:
    """Events of every sentence of a parsed text, in sentence order."""
    events: list[Event] = []
    for number, sent in enumerate(doc.sents):
        events.extend(code_sentence(sent, article=article, id_prefix=f"{id_prefix}{number}."))
    return events


def code_texts(texts: Iterable[str], *, nlp: Language) -> Iterable[list[Event]]:
    """Events per input text; a text's first event is the most salient of its first sentence
    that has any, so a one-sentence input gets its main event first."""
    for doc in nlp.pipe(texts, batch_size=64):
        per_sentence = [code_sentence(sent) for sent in doc.sents]
        first = [events for events in per_sentence if events]
        merged = [event for events in first for event in events]
        yield [_renumber(event, n) for n, event in enumerate(merged)]


def _renumber(event: Event, n: int) -> Event:
    from dataclasses import replace

    return replace(event, id=f"e{n}")


def event_json(event: Event) -> dict[str, Any]:
    """A PLOVER JSON record: PLOVER fields first, crosswire extensions after them."""
    record = to_dict(event)
    record["actor"] = [{"text": p["text"], "code": p["code"], "start": p["start"], "end": p["end"]}
                       for p in record["actor"]]
    record["recipient"] = [{"text": p["text"], "code": p["code"], "start": p["start"], "end": p["end"]}
                           for p in record["recipient"]]
    ordered = {key: record.pop(key) for key in ("id", "event", "mode", "context", "actor", "recipient")}
    ordered.update(record)
    return ordered


def code_jsonl(infile: IO[str], *, output: IO[str], on_error: Callable[[str], None] = lambda m: None,
               quiet: bool = False, nlp: Language | None = None) -> int:
    """Code lines ``{"id", "text"}`` of ``infile``; one output line per input line.

    A malformed line is reported through ``on_error`` and answered with an empty event
    list and an ``error`` field, so line N of the output always answers line N of the
    input. Returns the number of lines that failed.
    """
    from crosswire.nlp import load_nlp

    rows: list[tuple[Any, str | None, str | None]] = []
    for number, line in enumerate(infile, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise ValueError('expected an object with a "text" string')
            rows.append((item.get("id", number), item["text"], None))
        except ValueError as exc:
            message = f"crosswire: line {number}: {exc}"
            on_error(message)
            rows.append((number, None, message))
    nlp = nlp or load_nlp()
    texts = [text for _, text, _ in rows if text is not None]
    coded = iter(code_texts(_progress(texts, quiet=quiet), nlp=nlp))
    failures = 0
    for row_id, text, error in rows:
        if text is None:
            failures += 1
            output.write(json.dumps({"id": row_id, "events": [], "error": error}) + "\n")
            continue
        events = next(coded)
        output.write(json.dumps({"id": row_id, "events": [event_json(e) for e in events]},
                                ensure_ascii=False) + "\n")
    return failures


def _progress(texts: list[str], *, quiet: bool) -> Iterable[str]:
    if quiet:
        return texts
    import sys

    from tqdm import tqdm

    return tqdm(texts, desc="coding", unit="sentence", file=sys.stderr)
