"""PLOVER event coding of sentences: type, mode, context, actors, recipients, status.

A sentence's cues (``data/plover_cues.jsonl``) are ranked by how close they sit to the
main predicate once reporting verbs are stepped through; intent verbs ("pledged to",
"vowed to") turn their complement into the manual's promised form (AGREE, CONCEDE,
THREATEN). Extensions beyond PLOVER: the reporting ``speaker``, ``conditions``,
``status`` (negated, future, hypothetical, and requested: an act a demand of the sentence
asks for; what a threat holds out is hypothetical) and APPEAL/COMMENT statements.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from crosswire.knowledge import plover
from crosswire.nlp.events.modality import CONDITION_SUBORDINATORS, conditions_of, is_condition
from crosswire.nlp.events.modes import context_for, mode_for
from crosswire.nlp.events.main_clause import clause_cost
from crosswire.nlp.events.parse import find_triggers, sentence_keys
from crosswire.nlp.events.participants import SentenceCountry
from crosswire.nlp.events.reading import Reading, participants_of, read_trigger
from crosswire.nlp.events.said_content import threat_in_content
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
    readings: list[tuple[int, Reading]] = []  # each with the anchor of the cue it was read from
    for trigger in sorted(triggers, key=lambda t: clause_cost(t.anchor)):
        if trigger.anchor.i in consumed or trigger.cue.role == "light":
            continue
        reading = read_trigger(trigger, by_anchor=by_anchor, light=light)
        if reading is None:
            continue
        if trigger.cue.role == "report" and reading.event in plover.EXTENSION_TYPES \
                and threat_in_content(trigger.anchor, by_anchor):
            # "said its navy would sink any ship that ...": what is said is the threat
            reading = replace(reading, event="THREATEN", mode=None, status="asserted")
        if reading.inner is not None:
            consumed.add(reading.inner.anchor.i)
        readings.append((trigger.anchor.i, reading))
    # an act a demand or a threat of the sentence asks for or holds out is not done by being
    # asked or threatened ("urged the army to withdraw" tells no withdrawal), whatever the
    # order the cues were read in
    held = {index: status for _, reading in readings for index, status in reading.holds}
    for cue_anchor, reading in readings:
        held_status = held.get(cue_anchor, held.get(reading.trigger.anchor.i))
        if held_status is not None and reading.status in ("asserted", "future"):
            reading = replace(reading, status=held_status, held=True)
        trigger = reading.trigger  # a framed noun's act is the verb it frames
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
    plan = recasting(doc) if reparse is not None else Recasting.none(doc)
    copies = reparse(plan.copies) if plan.copies and reparse is not None else []
    return code_recast(plan, copies, article=article, id_prefix=id_prefix)


@dataclass(frozen=True)
class Recasting:
    """A parsed text's sentences, the lines each is coded from instead of itself (none for
    most), and the texts of all those lines, recased where capitalised, to parse again in
    that order. Made apart from the coding so that a batch of texts parses its copies in
    one ``nlp.pipe`` call (each call costs several milliseconds however few its words)."""

    doc: Doc
    sentences: list[Span]
    lines: list[list[tuple[Span, bool]]]
    copies: list[str]

    @classmethod
    def none(cls, doc: Doc) -> Recasting:
        """Every sentence coded from the text's own parse."""
        sentences = list(doc.sents)
        return cls(doc, sentences, [[] for _ in sentences], [])


def recasting(doc: Doc) -> Recasting:
    """The lines of ``doc`` to parse again, recased where capitalised (``recase.py``)."""
    text = text_of(doc)
    sentences = list(doc.sents)
    lines = [lines_to_reparse(sent) for sent in sentences]
    copies = [recased(text[line.start_char : line.end_char]) if is_capitalised
              else text[line.start_char : line.end_char]
              for sentence_lines in lines for line, is_capitalised in sentence_lines]
    return Recasting(doc, sentences, lines, copies)


def code_recast(plan: Recasting, copies: list[Doc], *, article: str | None = None,
                id_prefix: str = "e") -> list[Event]:
    """Events of every sentence of ``plan.doc``, in sentence order: a sentence with lines
    from the parses of its lines' ``copies`` (one Doc per ``plan.copies``, in order)."""
    text = text_of(plan.doc)
    parsed = iter(copies)
    events: list[Event] = []
    for number, (sent, lines) in enumerate(zip(plan.sentences, plan.lines)):
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
