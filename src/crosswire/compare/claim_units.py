"""The units claims are built from: reported statements, and facts an outlet tells itself.

A statement unit is a ``Statement``; a fact unit is a PLOVER ``Event`` outside every
statement whose subject (a participant just before the trigger) is a known actor
("Ostrel signed a decree", "Valdoria pulled its troops out"), or, for a sentence telling an
event of no known actor and nothing else ("the plant was shut down"), that whole sentence;
a lead unit is an article's opening sentence when nothing else is told in it (the news lead,
often an occurrence no PLOVER type covers: "the ferry ran aground", "ticket sales at the pier fell").
Each unit carries who it is about (``keys``: actor ids, and a country code for states and
their metonyms) and the terms its words compare on, the subject's own words left out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from crosswire.compare.claim_clauses import CLAUSE_BREAK, MIN_LEAD_WORDS, WORDS, fragment_of
from crosswire.compare.claim_readings import lexicon
from crosswire.compare.claim_terms import ACTOR_PREFIX, actor_terms, name_spans, span_terms, term
from crosswire.compare.slots import sentence_at, sentences
from crosswire.compare.story_parts import statements_by_article
from crosswire.knowledge.outlets import load_registry, outlet_name_key
from crosswire.knowledge.plover import cues
from crosswire.knowledge.text import POSSESSIVE_END, WORD, content_words_in
from crosswire.models import (
    Actor,
    Article,
    DateEstimate,
    Event,
    EventParticipant,
    MergedAnalysis,
    Statement,
    TextSpan,
)
from crosswire.nlp.cues import load_lexicon

# A subject this many words or fewer before its trigger heads the clause ("Ostrel also
# signed"); farther away it is rarely the trigger's own subject.
MAX_SUBJECT_GAP_WORDS = 3
# A fact's wording runs from its subject to the end of its clause, cut after this many
# words past the trigger so a long sentence's later clauses do not join it (12 keeps
# "signed a decree that said talks with X were impossible as long as Y ..." whole).
FACT_WINDOW_WORDS = 12
# What a fact's words never end on: a sentence's or clause's closing marks.
FACT_END_CHARS = " .,!?\"”’'"
# The words right after the trigger that name its object: "shelled [Kharkiv]".
FACT_CORE_WORDS = 6
# Where the clause of a fact ends inside its sentence: a break in the sentence, a
# contrasting conjunction, or a comma before a subordinate clause.
FACT_CLAUSE_END = re.compile(r"[;:]|\s[—–]\s|\n|\s(?:but|whereas)\s|,\s+(?:after|as|while|when|because|"
                        r"since|before|although|though|which|who|where)\b")
# Reports of one occasion may date it a day apart (time zones, "overnight", "yesterday").
MAX_DAYS_APART = 1
# A word (or quoted run) more units carry than this (a story's own subject, a stock phrase)
# says nothing about which of them an unattributed statement repeats; rarer shared words
# still pair them.
MAX_BLOCK = 50
# All that stands between a statement and a participle reporting beside it: "announced A[, ]saying B".
PARTICIPLE_JOIN = re.compile(r"\s*[,\u2014\u2013]\s*")
COORDINATED = re.compile(r"\b(?:and|but)\s+(?:\w+ly\s+)?$")  # "... but flatly [rejected]"


@dataclass(frozen=True)
class Unit:
    """One article's wording of a claim: a statement, or a fact told in the outlet's voice."""

    id: str
    article: str
    start: int
    end: int
    text: str
    keys: frozenset[str]
    terms: frozenset[str]
    order: tuple[int, int]
    statement: Statement | None = None
    event: Event | None = None
    trigger: str | None = None
    core: frozenset[str] = frozenset()  # a fact's terms next to its trigger
    subject_text: str | None = None
    attached: tuple[str, ...] = field(default=())  # statements of the same article it covers
    # the words it is compared by meaning on, where they are more than its own (``glossed``)
    meaning_text: str | None = None

    # Read for every candidate pair (tens of thousands a briefing): worked out once a unit.
    @cached_property
    def actors(self) -> frozenset[str]:
        """The terms that are actors named in the unit's words."""
        return frozenset(actor_terms(self.terms))

    @cached_property
    def plain(self) -> frozenset[str]:
        """The terms that are words, not actors."""
        return self.terms - self.actors

    @cached_property
    def names(self) -> tuple[frozenset[str], ...]:
        """The terms of each name of several words the unit writes (``name_spans``)."""
        return tuple(terms for _, _, terms in name_spans(self.text))

    @cached_property
    def puts_question(self) -> bool:
        """A statement cued by a verb of putting a question (``turn`` "question" in
        ``cue_verbs.jsonl``: "asked") whose words are the question: opening with a question
        word ("asked why the pier was closed") or quoted ending on a question mark. Its words
        are the asker's, and the answer repeats them ("asked why the pier was closed" / "the
        pier was closed for repairs, she replied"), so a question is a version only of the
        same question (``asked_apart``); "asked the council to close the pier" is a request,
        and no question."""
        statement = self.statement
        if statement is None or statement.cue is None or not statement.cue.text.split():
            return False
        verbs = load_lexicon()
        cue = statement.cue.text.split()[0].lower()
        if verbs.turns.get(verbs.forms.get(cue, cue)) != "question":
            return False
        words = WORD.findall(self.text)
        opens_question = bool(words) and words[0].lower() in lexicon().questions
        return opens_question or self.text.rstrip(" \"'”’").endswith("?")


@dataclass(frozen=True)
class MeaningLink:
    """Two units that are one claim, and why: ``fragment`` (the quoted run both
    carry) or ``score`` (their cosine; "lead" when only being both articles' leads made
    the cosine and their shared words enough)."""

    a: Unit
    b: Unit
    basis: str  # "quote", "meaning" or "lead"
    fragment: str | None = None
    score: float | None = None


def shared_evidence(a: Unit, b: Unit, shared: frozenset[str]) -> int:
    """How many of the ``shared`` terms of two units count as evidence that they say one
    thing: the words of one name of several ("Bank of Lowmoor", "Harvest Day") count once.
    Two statements naming one bank, day or law have named one thing in common, not said
    one thing."""
    merged: list[set[str]] = []  # the shared words of each name, names overlapping as one
    for name in a.names + b.names:
        inside = set(name & shared)
        if len(inside) > 1:
            for other in [m for m in merged if m & inside]:
                inside |= other
                merged.remove(other)
            merged.append(inside)
    return len(shared) - sum(len(inside) - 1 for inside in merged)


def actor_spans(merged: MergedAnalysis) -> dict[str, list[tuple[int, int, str]]]:
    """Per article, every (start, end, actor id) where a merged actor is named."""
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for actor in merged.actors:
        for seen in actor.seen:
            spans[seen.article].append((seen.start, seen.end, actor.id))
    return spans


def speaker_key(statement: Statement) -> str | None:
    if statement.speaker:
        return ACTOR_PREFIX + statement.speaker
    words = statement.speaker_words
    if words and words.text and statement.resolution.method not in ("pronoun", "unresolved"):
        return "text:" + words.text.lower().split()[-1]
    return None


def statement_units(merged: MergedAnalysis, *, spans: dict[str, list[tuple[int, int, str]]]) -> list[Unit]:
    articles = {a.id: (n, a) for n, a in enumerate(merged.articles)}
    # a statement's gloss is in its own article: looking through the whole story's
    # statements for each was quadratic in them
    statements_of = statements_by_article(merged.statements)
    units = []
    for statement in merged.statements:
        if not statement.span.text.strip():
            continue
        key = speaker_key(statement)
        position, article = articles.get(statement.span.article, (len(articles), None))
        if article is not None and article.text[statement.span.start:statement.span.end] == statement.span.text:
            text, start, article_spans = article.text, statement.span.start, spans.get(article.id, [])
        else:
            text, start, article_spans = statement.span.text, 0, []
        terms = span_terms(text, start, start + len(statement.span.text), actor_spans=article_spans)
        units.append(Unit(
            id=statement.id, article=statement.span.article, start=statement.span.start, end=statement.span.end,
            text=statement.span.text, keys=frozenset([key] if key else []), terms=frozenset(terms - {key}),
            order=(position, statement.span.start), statement=statement,
            meaning_text=glossed(statement, statements_of[statement.span.article], article) if article is not None else None,
        ))
    return units


def glossed(statement: Statement, statements: list[Statement], article: Article) -> str | None:
    """"X announced A, saying B": the words from A to B, where ``statement`` is B, told by
    a participle just after the same speaker's A. B is the reason or the gist of A and
    means what it does beside A: another outlet telling the speaker's message in one
    clause is compared with both, as the sentence tells them. ``statements``: those of its
    article, in order."""
    cue, key = statement.cue, speaker_key(statement)
    if cue is None or key is None or not cue.text.lower().endswith("ing") or " " in cue.text.strip():
        return None
    for other in statements:
        span = other.span
        if (other is not statement and span.end <= cue.start
                and speaker_key(other) == key
                and PARTICIPLE_JOIN.fullmatch(article.text, span.end, cue.start)):
            return article.text[span.start:statement.span.end]
    return None


def fact_units(merged: MergedAnalysis, *, spans: dict[str, list[tuple[int, int, str]]]) -> list[Unit]:
    """One unit per sentence and subject for events told outside any statement."""
    articles = {a.id: (n, a) for n, a in enumerate(merged.articles)}
    actors = {a.id: a for a in merged.actors}
    statements_of = statements_by_article(merged.statements)
    units: dict[tuple[str, int, frozenset[str], int], Unit] = {}
    untold: dict[tuple[str, int], tuple[Event, int]] = {}  # sentence -> its first event, its end
    for event in sorted(merged.events, key=lambda e: (e.evidence.article or "", e.trigger.start)):
        article_id = event.evidence.article
        if event.extension or article_id not in articles:
            continue
        position, article = articles[article_id]
        sentence_start, sentence_end = _sentence_of(event, article)
        untold.setdefault((article_id, sentence_start), (event, sentence_end))
        if _noun_trigger(event.trigger.text):
            continue
        statements = statements_of.get(article_id, [])
        if any(s.span.start <= event.trigger.start < s.span.end for s in statements):
            continue  # reported speech: the statement is the unit
        subjects = [p for p in event.actor if _is_subject(p, event, article.text)]
        keys = frozenset(k for p in subjects for k in _participant_keys(
            p, spans=spans.get(article_id, []), actors=actors))
        if not keys:
            continue
        start = min(p.span.start for p in subjects)
        nearest = max(p.span.end for p in subjects)
        if len(WORDS.findall(article.text[nearest:event.trigger.start])) > MAX_SUBJECT_GAP_WORDS:
            start = event.trigger.start  # a second verb of the subject: its own clause
        dedupe = (article_id, event.evidence.start, keys, start)
        if dedupe in units:
            continue  # the sentence's first event with this subject speaks for it
        end = _window_end(article.text, event)
        terms = span_terms(article.text, start, end, actor_spans=spans.get(article_id, []),
                           drop=[(p.span.start, p.span.end) for p in subjects])
        core_end = _words_end(article.text, event.trigger.end, end, FACT_CORE_WORDS)
        core = span_terms(article.text, event.trigger.start, core_end,
                          actor_spans=spans.get(article_id, []))
        units[dedupe] = Unit(
            id=event.id, article=article_id, start=start, end=end, text=article.text[start:end],
            keys=keys, terms=frozenset(terms - keys), order=(position, start), event=event,
            trigger=term(event.trigger.text.split()[0]), core=frozenset(core - keys),
            subject_text=subjects[0].span.text,
            attached=tuple(s.id for s in statements if _covers(s, start=start, end=end, keys=keys)),
        )
    told = list(units.values()) + _sentence_facts(untold, units=list(units.values()), articles=articles,
                                                  statements_of=statements_of, spans=spans)
    return told + _lead_units(told, articles=articles, statements_of=statements_of, spans=spans)


def _lead_units(units: list[Unit], *, articles: dict[str, tuple[int, Article]],
                statements_of: dict[str, list[Statement]], spans: dict[str, list[tuple[int, int, str]]]
                ) -> list[Unit]:
    """Each article's opening sentence when no unit tells its main clause (``_tells_main_clause``)
    and no statement but a fragment of it (``fragment_of``) is told in it: the lead, in which
    an outlet tells the occasion's main event in its own words, often one no PLOVER type
    covers ("The ferry ran aground near the point on Saturday", "Ticket sales at the pier
    fell by a third", "The mayor won a second term, after the council backed her rival").
    Nobody's, like a sentence fact: it joins others as a lead (``claim_meaning``) or by a
    quoted run, and is shown as reported as fact."""
    starts: dict[str, list[Unit]] = defaultdict(list)
    for unit in units:
        starts[unit.article].append(unit)
    found = []
    for article_id, (position, article) in articles.items():
        opening = sentences(article, limit=1)
        if not opening:
            continue
        start, end = opening[0].start, opening[0].start + len(article.text[opening[0].start:opening[0].end].rstrip())
        # the lead tells its main clause: what hangs off it (", after the council backed her
        # rival") is another event, which another outlet may tell on its own
        main = FACT_CLAUSE_END.search(article.text, start, end)
        if main and content_words_in(article.text[start:main.start()]) >= MIN_LEAD_WORDS:
            end = start + len(article.text[start:main.start()].rstrip(FACT_END_CHARS))
        if any(start <= u.start < end and _tells_main_clause(u, article.text, start)
               for u in starts.get(article_id, [])) or any(
                s.span.start < end and start < s.span.end and not fragment_of(s, article.text, start, end)
                for s in statements_of.get(article_id, [])):
            continue
        found.append(Unit(
            id=f"{article_id}:lead", article=article_id, start=start, end=end, text=article.text[start:end],
            keys=frozenset(), terms=frozenset(span_terms(article.text, start, end, actor_spans=spans.get(article_id, []))),
            order=(position, start),
        ))
    return found


def is_lead(unit: Unit) -> bool:
    """An article's opening sentence as a unit of its own (``_lead_units``): no statement, no event."""
    return unit.statement is None and unit.event is None


def _tells_main_clause(unit: Unit, text: str, sentence_start: int) -> bool:
    """Whether a fact of a sentence tells its main clause: not one past the sentence's first
    clause break (FACT_CLAUSE_END: "..., after the council backed her rival"), inside its
    opening adverbial clause ("When the council met, ..."), or told by a later verb of a
    subject named before it ("... will reopen the pier and charge a toll"): those tell
    what hangs off the main clause, which may be an occurrence no PLOVER type covers."""
    before = text[sentence_start:unit.start]
    first = WORD.search(before)
    if FACT_CLAUSE_END.search(before) or (
            first and first.group().lower() in lexicon().adverbial_openers and not CLAUSE_BREAK.search(before)):
        return False
    return unit.event is None or unit.start != unit.event.trigger.start


def _sentence_of(event: Event, article: Article) -> tuple[int, int]:
    """Where the sentence telling ``event`` starts and ends: the sentence (``slots``) holding
    its trigger, as the leads and the framing read sentences, not the parser's, which may
    run on past a paragraph's end or start after an abbreviation's period ("... backed by
    Sen. Ann Orr (D-Ore.) | for the levy"): a fact is a sentence an outlet wrote."""
    sentence = sentence_at(article, event.trigger.start)
    if sentence is None or not sentence.start <= event.trigger.start < sentence.end:
        return event.evidence.start, event.evidence.end
    return sentence.start, sentence.end


def _sentence_facts(untold: dict[tuple[str, int], tuple[Event, int]], *, units: list[Unit],
                    articles: dict[str, tuple[int, Article]], statements_of: dict[str, list[Statement]],
                    spans: dict[str, list[tuple[int, int, str]]]) -> list[Unit]:
    """A fact with no known actor as its subject ("A commander was removed from his post",
    "the shutdown of the plants"): the whole sentence of an event, when no statement and no
    fact of an actor is told in it. Such a unit is nobody's: it joins others by meaning or
    a quoted fragment only (``claim_meaning``)."""
    found = []
    unit_starts: dict[str, list[int]] = defaultdict(list)  # article -> its units' starts, sorted
    for unit in units:
        unit_starts[unit.article].append(unit.start)
    for starts in unit_starts.values():
        starts.sort()
    for (article_id, start), (event, sentence_end) in untold.items():
        position, article = articles[article_id]
        end = start + len(article.text[start:sentence_end].rstrip())
        starts = unit_starts.get(article_id, [])
        if bisect_left(starts, start) < bisect_left(starts, end):
            continue  # a unit of the article starts inside the sentence
        if any(s.span.start < end and start < s.span.end for s in statements_of.get(article_id, [])):
            continue
        terms = span_terms(article.text, start, end, actor_spans=spans.get(article_id, []))
        found.append(Unit(
            id=event.id, article=article_id, start=start, end=end, text=article.text[start:end],
            keys=frozenset(), terms=frozenset(terms), order=(position, start), event=event,
            trigger=term(event.trigger.text.split()[0]),
        ))
    return found


def _covers(statement: Statement, *, start: int, end: int, keys: frozenset[str]) -> bool:
    """A statement inside a fact's words is that fact's content ("signed a decree that said
    ..."), when it is credited to the fact's subject, to nobody, or to words of the fact."""
    if not (statement.span.start < end and start < statement.span.end):
        return False
    inside = statement.speaker_words is not None and start <= statement.speaker_words.start < end
    return inside or speaker_key(statement) in (None, *keys)


def _noun_trigger(trigger: str) -> bool:
    """A trigger the cue lexicon knows only as a noun ("war", "talks") names no act of a subject."""
    word = trigger.lower().split()[0] if trigger.strip() else ""
    table = cues()
    return (word, "NOUN") in table and (word, "VERB") not in table


def _is_subject(participant: EventParticipant, event: Event, text: str) -> bool:
    """The participant heads the trigger's clause, or a clause joined to it by "and"/"but"
    ("X backed the talks but rejected a meeting")."""
    gap = text[participant.span.end:event.trigger.start]
    if participant.span.end > event.trigger.start or POSSESSIVE_END.search(participant.span.text) \
            or POSSESSIVE_END.match(gap.split(" ", 1)[0]):
        return False  # "the governor's pardon": the owner of a noun, no subject of a verb
    if re.search(r"[.;:!?]", gap):
        return False
    return len(WORDS.findall(gap)) <= MAX_SUBJECT_GAP_WORDS or bool(COORDINATED.search(gap))


def _participant_keys(participant: EventParticipant, *, spans: list[tuple[int, int, str]],
                      actors: dict[str, Actor]) -> set[str]:
    """The actor a participant names (its head: the named span ending last), and for a
    state or institution its country code, so "Moscow" and "Russia" agree."""
    hits = [(end, end - start, actor) for start, end, actor in spans
            if start < participant.span.end and participant.span.start < end]
    actor_id = max(hits)[2] if hits else participant.actor
    if actor_id is None:
        return set()
    keys = {ACTOR_PREFIX + actor_id}
    actor = actors.get(actor_id)
    if participant.code and actor is not None and actor.kind != "person":
        keys.add("code:" + participant.code)
    return keys


def _window_end(text: str, event: Event) -> int:
    clause_end = _clause_end(text, event)
    end = _words_end(text, event.trigger.end, clause_end, FACT_WINDOW_WORDS)
    return event.trigger.end + len(text[event.trigger.end:end].rstrip(FACT_END_CHARS))


def _clause_end(text: str, event: Event) -> int:
    """Where the clause of an event's trigger ends: at a break of its sentence
    (FACT_CLAUSE_END), else at the sentence's end."""
    sentence_end = event.evidence.end if event.evidence.article else event.trigger.end
    tail = text[event.trigger.end:sentence_end]
    clause = FACT_CLAUSE_END.search(tail)
    return event.trigger.end + (clause.start() if clause else len(tail))


def shown_span(unit: Unit, text: str) -> TextSpan:
    """A unit's words as a claim's version shows them (``text``: its article's): a fact's run
    on to the end of its clause, past the FACT_WINDOW_WORDS its terms are read from, so that
    no version stops mid-phrase ("staving off a")."""
    end = unit.end
    if unit.event is not None:
        trigger_end = unit.event.trigger.end
        told = text[trigger_end:_clause_end(text, unit.event)].rstrip(FACT_END_CHARS)
        end = max(end, trigger_end + len(told))
    return TextSpan(text[unit.start:end], unit.start, end, unit.article)


def _words_end(text: str, start: int, end: int, count: int) -> int:
    """Where the first ``count`` words of ``text[start:end]`` end."""
    words = list(WORDS.finditer(text, start, end))
    return words[count - 1].end() if len(words) > count else end


def unit_date(unit: Unit) -> DateEstimate | None:
    """When the unit says it happened: a statement's date, or an event's date read from its
    own words (a date taken from the article's publication is no evidence of the fact's)."""
    if unit.statement is not None:
        said_on = unit.statement.said_on
        return None if said_on is not None and said_on.basis == "publication" else said_on
    date = unit.event.date if unit.event is not None else None
    if date is not None and date.value and date.evidence and date.evidence in unit.text:
        return date
    return None


def relayed_report(unit: Unit) -> bool:
    """A news outlet's own report ("..., the news agency reported", "according to the
    Tribune"): its speaker is the carrier it came through, so the outlet carries the story
    and no one in it is known to have said it."""
    statement = unit.statement
    if statement is None or not statement.via or statement.speaker_words is None:
        return False
    speaker, via = statement.speaker_words.text, statement.via
    registry = load_registry()
    outlet = registry.by_name(speaker)
    return outlet_name_key(speaker) == outlet_name_key(via) or (
        outlet is not None and outlet is registry.by_name(via))
