"""Story-gold speaker misses by kind: which way a found statement's speaker went wrong.

Each kind is a line of the table over the same judged statements as "speaker accuracy"
(lower is better), so the held-out batch shows which kind it loses without its errors
being read. A miss takes the first kind that fits, in this order:

- "no one named", where the gold names a speaker and we resolved no actor, split by why:
  "no words" (the statement holds no speaker's words), "unnamed source" (we read the words
  as an unnamed source: "officials said") or "unresolved" (a pronoun or description we
  bound to no one);
- "named, gold unnamed": the gold's speaker is an unnamed source, we named an actor;
- "body for person": ours is an organisation or place where the gold's is a person, or
  the reverse (the gold's kind is that of our actor bearing the gold's name, else a
  body when the name ends in a body's noun, "the Tolvik administration", else unknown);
- "split person": ours is another actor that shares a name word with the gold speaker
  ("Halvard J. Oskeby" for "Per Oskeby"): the person split into two actors, or a
  namesake;
- "other actor": any other named actor.

The "unnamed source" misses are split again, each into one line over the same judged total:
where the gold speaker's name is written, by its full form or the last word of one of its
spellings ("Oskeby", "Harbour Board"): inside our source's own words ("Harbour Board officials"),
elsewhere in the statement's sentence, in the 1-3 sentences before it, elsewhere in the
article, or nowhere in it (the gold reads the speaker from outside the text); and, apart
from where, whether our source's words hold a role noun ("a spokeswoman", "two aides"), the
kind a coreference step could bind. Sentences are cut by ``SENTENCE_BREAK``, the text's
own stops, so the split needs no parse.
"""

from __future__ import annotations

import re

from crosswire.knowledge.firms import is_organisation_noun
from crosswire.knowledge.places import fold
from crosswire.knowledge.text import SENTENCE_BREAK, WORD, crude_lemma
from crosswire.measure.eval_story_gold_align import UNNAMED, gold_names, name_matches, speaker_matches, spellings
from crosswire.measure.eval_story_gold_tally import Tally
from crosswire.models import Actor, Article, Statement
from crosswire.nlp.mention_roles import is_role_noun

MISS_KINDS = ("no one named: no words", "no one named: unnamed source", "no one named: unresolved",
              "named, gold unnamed", "body for person", "split person", "other actor")
MISS_MEASURES = tuple(f"speaker miss: {kind}" for kind in MISS_KINDS)
UNNAMED_SOURCE = "no one named: unnamed source"
# Where the gold speaker's name is written, for an "unnamed source" miss, nearest first.
NAME_PLACES = ("in its phrase", "same sentence", "1-3 sentences before", "elsewhere in article",
               "not in article")
UNNAMED_MEASURES = (*(f"unnamed source: gold name {place}" for place in NAME_PLACES),
                    "unnamed source: phrase with a role noun")
# Sentences before the statement's own that the "before" place looks at.
SENTENCES_BEFORE = 3

# Words too short to tell a person by ("Jr", initials).
_NAME_WORD_MIN = 3


def _is_person(actor: Actor) -> bool:
    return actor.kind == "person"


def _gold_kind_is_person(gold: dict, gold_speaker: str, actors: list[Actor]) -> bool | None:
    """Whether the gold speaker is a person, by the kind of our actor bearing its name,
    else no person when its name ends in a body's noun; None when neither tells."""
    bearers = [a for a in actors if name_matches(gold, gold_speaker, a.name)]
    if bearers:
        return _is_person(bearers[0])
    words = fold(gold_speaker).split()
    return False if words and is_organisation_noun(words[-1]) else None


def _name_words(text: str) -> set[str]:
    return {word for word in fold(text).split() if len(word) >= _NAME_WORD_MIN}


def _gold_name_words(gold: dict, gold_speaker: str) -> set[str]:
    """The name words of the gold speaker (each of a joint one) in any of its spellings."""
    return {word for part in gold_names(gold_speaker) for form in spellings(gold, part)
            for word in _name_words(form)}


def miss_kind(gold: dict, gold_speaker: str, statement: Statement, ours: Actor | None,
              actors: list[Actor]) -> str | None:
    """The kind of a speaker miss (one of ``MISS_KINDS``), None when the speaker is right
    (an unnamed source's affiliation may name the gold speaker: ``speaker_matches``)."""
    affiliation = next((actor.name for actor in actors if actor.id == statement.affiliation), None)
    if speaker_matches(gold, gold_speaker, ours.name if ours else None, affiliation):
        return None
    if ours is None:
        if statement.speaker_words is None:
            return "no one named: no words"
        if statement.resolution.method == "unnamed":
            return "no one named: unnamed source"
        return "no one named: unresolved"
    if UNNAMED in gold_speaker:
        return "named, gold unnamed"
    gold_person = _gold_kind_is_person(gold, gold_speaker, actors)
    if gold_person is not None and gold_person != _is_person(ours):
        return "body for person"
    if _is_person(ours) and _name_words(ours.name) & _gold_name_words(gold, gold_speaker):
        return "split person"
    return "other actor"


def _name_pattern(gold: dict, gold_speaker: str) -> re.Pattern[str] | None:
    """Whole-word forms the gold speaker is written by: each spelling in full and its last
    word (a surname, a body's name), in folded text."""
    forms = set()
    for part in gold_names(gold_speaker):
        for spelling in spellings(gold, part):
            forms.add(spelling)
            words = WORD.findall(spelling)
            if words and len(words[-1]) >= _NAME_WORD_MIN:
                forms.add(words[-1])
    forms.discard("")
    if not forms:
        return None
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")\b")


def _sentences(text: str) -> list[tuple[int, int]]:
    """The text's sentences as (start, end), cut at its own stops."""
    starts = [0, *(match.end() for match in SENTENCE_BREAK.finditer(text))]
    return list(zip(starts, [*starts[1:], len(text)]))


def name_place(gold: dict, gold_speaker: str, statement: Statement, text: str) -> str:
    """Where the gold speaker's name is written relative to our unnamed source's words (one
    of ``NAME_PLACES``); ``text`` is the statement's article's clean text."""
    pattern = _name_pattern(gold, gold_speaker)
    words = statement.speaker_words
    if pattern is None or words is None:
        return "not in article"
    if pattern.search(fold(words.text)):
        return "in its phrase"
    if words.part == "title":  # a headline's offsets are not the text's
        return "elsewhere in article" if pattern.search(fold(text)) else "not in article"
    sentences = _sentences(text)
    own = max(i for i, (start, _) in enumerate(sentences) if start <= words.start)
    # each sentence folded on its own: folding changes lengths, so offsets are told by sentence
    named = [i for i, (start, end) in enumerate(sentences) if pattern.search(fold(text[start:end]))]
    if own in named:
        return "same sentence"
    if any(own - SENTENCES_BEFORE <= i < own for i in named):
        return "1-3 sentences before"
    return "elsewhere in article" if named else "not in article"


def has_role_noun(words: str) -> bool:
    """Whether a source's words hold an office or person noun ("a spokeswoman", "two aides")."""
    return any(is_role_noun(word) or is_role_noun(crude_lemma(word)) for word in WORD.findall(words.lower()))


def score_speaker_misses(gold: dict, judged: list[tuple[str, str, Statement]],
                         actors: list[Actor], articles: list[Article]) -> dict[str, Tally]:
    """One tally per miss kind, and per sub-kind of an unnamed-source miss, over the judged
    statements, given as (gold id, gold speaker, our statement on its key)."""
    tallies = {measure: Tally() for measure in (*MISS_MEASURES, *UNNAMED_MEASURES)}
    by_id = {actor.id: actor for actor in actors}
    texts = {article.id: article.text for article in articles}
    for gold_id, gold_speaker, statement in judged:
        ours = by_id.get(statement.speaker) if statement.speaker else None
        kind = miss_kind(gold, gold_speaker, statement, ours, actors)
        note = f"{gold_id}: gold {gold_speaker}, ours {ours.name if ours else 'none'}"
        for measure_kind, measure in zip(MISS_KINDS, MISS_MEASURES):
            tallies[measure].count(kind == measure_kind, note)
        unnamed = kind == UNNAMED_SOURCE
        place = name_place(gold, gold_speaker, statement, texts.get(statement.span.article, "")) if unnamed else None
        words = statement.speaker_words.text if unnamed and statement.speaker_words else ""
        for where in NAME_PLACES:
            tallies[f"unnamed source: gold name {where}"].count(place == where, f"{note} ({words!r})")
        tallies["unnamed source: phrase with a role noun"].count(unnamed and has_role_noun(words),
                                                               f"{note} ({words!r})")
    return tallies
