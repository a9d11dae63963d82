"""PLOVER event coding of sentences: type, mode, context, actors, recipients, status.

A sentence's cues (``data/plover_cues.jsonl``) are ranked by how close they sit to the
main predicate once reporting verbs are stepped through; intent verbs ("pledged to",
"vowed to") turn their complement into the manual's promised form (AGREE, CONCEDE,
THREATEN). Extensions beyond PLOVER: the reporting ``speaker``, ``conditions``,
``status`` (negated, future, hypothetical) and APPEAL/COMMENT statements.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from crosswire.knowledge import plover
from crosswire.nlp.events.modality import CONDITION_SUBORDINATORS, conditions_of, is_condition
from crosswire.nlp.events.modes import context_for, mode_for
from crosswire.nlp.events.main_clause import clause_cost
from crosswire.nlp.events.parse import find_triggers, sentence_keys
from crosswire.nlp.events.participants import SentenceCountry
from crosswire.nlp.events.reading import participants_of, read_trigger
from crosswire.nlp.events.recase import Reparse, lines_to_reparse, recased, restored
from crosswire.nlp.events.salience import salience
from crosswire.nlp.events.shifts import joint_acts
from crosswire.models import Condition, Event, TextSpan
from crosswire.nlp.doc_view import text_of

def code_sentence(sent: Span, *, offset: int = 0, article: str | None = None,
                  id_prefix: str = "e", doc_text: str | None = None) -> list[Event]:
    """Events of one parsed sentence, most salient first; offsets relative to ``offset``.

    ``doc_text`` is the Doc's text when the caller has it (``Doc.text`` and ``Span.text``
    rebuild it token by token on every access).
    """
    triggers = joint_acts(find_triggers(sent), sent)
    if not triggers:
        return []
    by_anchor = {t.anchor.i: t for t in triggers}
    light = frozenset(t.anchor.i for t in triggers if t.cue.role == "light")
    skip = light | frozenset(t.anchor.i for t in triggers if t.cue.role == "report")
    if doc_text is None:
        doc_text = sent.doc.text
    # One string (and one context list) shared by the sentence's events.
    sent_text = doc_text[sent.start_char : sent.end_char]
    country = SentenceCountry(sent)
    words = sentence_keys(sent)
    context: list[str] | None = None
    consumed: set[int] = set()
    # each event's fields, made into an Event once its rank (and so its id) is known
    ranked: list[tuple[float, dict[str, object]]] = []
    for trigger in sorted(triggers, key=lambda t: clause_cost(t.anchor)):
        if trigger.anchor.i in consumed or trigger.cue.role == "light":
            continue
        reading = read_trigger(trigger, by_anchor=by_anchor, light=light)
        if reading is None:
            continue
        trigger = reading.trigger  # a framed noun's act is the verb it frames
        if reading.inner is not None:
            consumed.add(reading.inner.anchor.i)
        found = participants_of(reading, offset=offset, country=country)
        conditions = [
            Condition(marker=marker, span=TextSpan(doc_text[span.start_char : span.end_char],
                                                   span.start_char - offset,
                                                   span.end_char - offset, article))
            for marker, span in conditions_of(trigger.anchor, text=doc_text)
        ]
        status = reading.status
        if status == "asserted" and (any(c.marker in CONDITION_SUBORDINATORS for c in conditions) and any(
                a.lower_ in ("would", "could", "might") for a in reading.predicate.children)
                or is_condition(reading.predicate)):
            status = "hypothetical"
        if context is None:
            context = context_for(words, sent_text)
        record = dict(
            event=reading.event,
            mode=mode_for(reading.event, reading.mode, words, trigger=trigger),
            context=list(context),
            actor=found.actors,
            recipient=found.recipients,
            trigger=TextSpan(sent_text[trigger.start - sent.start_char : trigger.end - sent.start_char],
                             trigger.start - offset,
                             trigger.end - offset, article),
            evidence=TextSpan(sent_text, sent.start_char - offset, sent.end_char - offset, article),
            status=status,
            extension=reading.event in plover.EXTENSION_TYPES,
            speaker=found.speaker,
            conditions=conditions,
            location=found.location,
            confidence=round(min(1.0, 0.3 + 0.5 * trigger.cue.weight), 2),
        )
        ranked.append((salience(reading, skip=skip), record))
    ranked.sort(key=lambda pair: pair[0])
    return [Event(id=f"{id_prefix}{n}", **record) for n, (_, record) in enumerate(ranked)]


def code_doc(doc: Doc, *, article: str | None = None, id_prefix: str = "e",
             reparse: Reparse | None = None) -> list[Event]:
    """Events of every sentence of a parsed text, in sentence order.

    With ``reparse`` (the parser without crosswire's components), a sentence with a line in
    Title Case or ALL CAPS is coded from the parse of each of its lines alone, such a line
    recased (``recase.py``): the tagger reads capitalised verbs as names. Only such
    sentences are parsed again, all of a text's in one batch.
    """
    text = text_of(doc)
    sents = list(doc.sents)
    lines_of = [lines_to_reparse(sent) if reparse is not None else [] for sent in sents]
    copies = [recased(text[line.start_char : line.end_char]) if is_capitalised
              else text[line.start_char : line.end_char]
              for lines in lines_of for line, is_capitalised in lines]
    parsed = iter(reparse(copies) if copies and reparse is not None else [])
    events: list[Event] = []
    for number, (sent, lines) in enumerate(zip(sents, lines_of)):
        prefix = f"{id_prefix}{number}."
        if lines:
            events.extend(_code_reparsed([(line, next(parsed)) for line, _ in lines], text=text,
                                         article=article, id_prefix=prefix))
        else:
            events.extend(code_sentence(sent, article=article, id_prefix=prefix, doc_text=text))
    return events


def _code_reparsed(lines: list[tuple[Span, Doc]], *, text: str, article: str | None,
                   id_prefix: str) -> list[Event]:
    """Events of a sentence's lines, each from its own parse (recased where capitalised)."""
    events: list[Event] = []
    for line, copy in lines:
        # offsets in the copy's parse count from the line's start in ``text``
        events.extend(event for part in copy.sents
                      for event in code_sentence(part, offset=-line.start_char, article=article,
                                                 doc_text=copy.text))
    return [replace(restored(event, text), id=f"{id_prefix}{n}") for n, event in enumerate(events)]
