"""The attribution lexicon: cue verbs and phrases, unnamed-source nouns, generic carriers.

Everything here is data from ``crosswire/data/*.jsonl``, validated and loaded once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from crosswire.data import located_rows

CueType = Literal["speech", "belief", "evidence"]
CUE_TYPES: tuple[CueType, ...] = ("speech", "belief", "evidence")
COMPLEMENT_DEPS = frozenset({"dobj", "xcomp", "prep", "as"})


@dataclass(frozen=True)
class Lexicon:
    """``verbs`` maps a verb lemma to its cue type; ``phrases`` multi-word cues likewise.
    ``complements`` lists, per verb, the dependencies besides a complement clause that
    carry what it reports: "dobj" ("denied any links"), "xcomp" ("vowed to repeal"),
    "prep" ("called for talks"), "as" (an object with its predicate: "sees X as Y").
    ``nouns`` are cue nouns ("claims", "criticism"), ``adjectives`` cue adjectives
    ("afraid that", "proud of"); ``recipients`` nouns that can be addressed ("reporters");
    ``light_verbs`` verbs whose subject owns the cue noun they take ("made the point");
    ``stance_roles`` cue nouns that name their holder by a stance ("a critic of X", "a
    supporter of Y"); ``receiving_verbs`` verbs whose subject is the target of the cue noun they take and
    whose "from" names its owner ("won praise from X", "drew criticism from Y");
    ``frames`` nouns that frame a clause after "in" ("In a new poll, ...").
    A verb key may carry its particle ("lay out", "lash out"): the cue is the verb with
    that particle only. ``prepositions`` adds, per verb, prepositions besides the common
    ones that introduce what it reports ("lashed out at", "sided with"), and
    ``act_prepositions`` the common ones that, after that verb, introduce an act its
    subject commits to rather than what it reports ("agreed to a ceasefire").
    ``speech_frames`` names, per verb whose plain-object sense is an act ("recall its
    drug", "informed regulators"), what makes it report speech beside an object:
    "clause" (a complement clause: "recalled that", "recalled how") or a preposition
    ("informed regulators about the risk").
    ``anonymity_words`` are the lemmas of a source's condition ("asked not to be named",
    "on condition of anonymity") and ``permission_words`` those of what a source may not
    say ("was not authorized to discuss"): both describe the source, never a statement."""

    verbs: dict[str, CueType]
    complements: dict[str, frozenset[str]]
    nouns: dict[str, CueType]
    phrases: dict[str, CueType]
    source_nouns: frozenset[str]
    carriers: tuple[str, ...]
    recipients: frozenset[str] = frozenset()
    adjectives: dict[str, CueType] = field(default_factory=dict)
    light_verbs: frozenset[str] = frozenset()
    receiving_verbs: frozenset[str] = frozenset()
    stance_roles: frozenset[str] = frozenset()
    # cue nouns others act on as often as their maker tells them ("reversed the decision")
    acted_on: frozenset[str] = frozenset()
    frames: dict[str, CueType] = field(default_factory=dict)
    prepositions: dict[str, frozenset[str]] = field(default_factory=dict)
    act_prepositions: dict[str, frozenset[str]] = field(default_factory=dict)
    speech_frames: dict[str, frozenset[str]] = field(default_factory=dict)
    anonymity_words: frozenset[str] = frozenset()
    permission_words: frozenset[str] = frozenset()
    particle_verbs: frozenset[str] = frozenset()  # verbs of the two-word keys ("lay")
    forms: dict[str, str] = field(default_factory=dict)  # "said", "hoping" -> their lemma
    prospects: frozenset[str] = frozenset()  # "likely", "expected": what follows is foreseen
    unspeaking: frozenset[str] = frozenset()  # "unemployment", "drought": never a speaker
    # source nouns of texts an issuer publishes ("report", "survey"): "X's report" is X's word
    documents: frozenset[str] = frozenset()
    # verbs whose subject issues the document they take ("signed an order", "filed a suit")
    issuing_verbs: frozenset[str] = frozenset()
    # "question" or "answer" per verb that asks someone or answers ("asked", "replied")
    turns: dict[str, str] = field(default_factory=dict)
    # verbs that also tell a decision on what was put to their subject ("denied a request")
    decisions: frozenset[str] = frozenset()
    # nouns of what is put to someone for a decision ("request", "appeal", "bail")
    submissions: frozenset[str] = frozenset()
    # "underscore", "highlight": verbs whose subject is as often a fact as a speaker
    fact_subjects: frozenset[str] = frozenset()

    def is_speech(self, lemma: str) -> bool:
        return self.verbs.get(lemma.lower()) == "speech"

    def text_noun(self, *forms: str) -> Literal["speech", "document"] | None:
        """What a noun names a text as, by any of its ``forms`` (the word, its lemma: a
        parser reads "data" as "datum"): "speech" for a noun of speech ("statement", the
        issuer's own words), "document" for a text an issuer publishes ("report", "data"),
        None for any other noun."""
        lowered = [form.lower() for form in forms]
        if any(self.nouns.get(form) == "speech" for form in lowered):
            return "speech"
        return "document" if any(form in self.documents for form in lowered) else None


def _read_jsonl(name: str, *, required: tuple[str, ...]) -> list[dict]:
    """Rows whose ``required`` keys hold non-empty strings (every cue key is a word)."""
    rows = []
    for where, row in located_rows(name):
        missing = [key for key in required if not isinstance(row.get(key), str) or not row[key]]
        if missing:
            raise ValueError(f"{where}: missing or empty {', '.join(missing)}")
        rows.append(row)
    return rows


def _typed(rows: list[dict], key: str, name: str) -> dict[str, CueType]:
    table: dict[str, CueType] = {}
    for row in rows:
        if row["type"] not in CUE_TYPES:
            raise ValueError(f"{name}: {row[key]!r} has unknown type {row['type']!r}")
        table[row[key].lower()] = row["type"]
    return table


def regular_forms(lemma: str) -> set[str]:
    """A verb's regular inflections ("hope" -> "hopes", "hoped", "hoping"; "deny" ->
    "denies", "denied"), for a cue the lemmatiser or the tagger got wrong."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    # "agree", "see": a doubled or other vowel before the "e" keeps it ("agreeing")
    ing_stem = lemma if lemma.endswith(("ee", "ye", "oe")) else stem
    forms = {lemma + "s", lemma + "es", stem + "ed", ing_stem + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return forms


@cache
def load_lexicon() -> Lexicon:
    """The shipped lexicon (read once per process)."""
    verb_rows = _read_jsonl("cue_verbs.jsonl", required=("lemma", "type"))
    verbs = _typed(verb_rows, "lemma", "cue_verbs.jsonl")
    complements = {}
    for row in verb_rows:
        extra = frozenset(row.get("complements", ()))
        if not extra <= COMPLEMENT_DEPS:
            raise ValueError(f"cue_verbs.jsonl: {row['lemma']!r} has unknown complements")
        complements[row["lemma"].lower()] = extra
    prepositions = {row["lemma"].lower(): frozenset(row["prepositions"])
                    for row in verb_rows if row.get("prepositions")}
    act_prepositions = {row["lemma"].lower(): frozenset(row["act_prepositions"])
                        for row in verb_rows if row.get("act_prepositions")}
    speech_frames = {row["lemma"].lower(): frozenset(row["speech_frames"])
                     for row in verb_rows if row.get("speech_frames")}
    turns = {row["lemma"].lower(): row["turn"] for row in verb_rows if row.get("turn")}
    if not set(turns.values()) <= {"question", "answer"}:
        raise ValueError("cue_verbs.jsonl: a turn is 'question' or 'answer'")
    phrases = _typed(_read_jsonl("cue_phrases.jsonl", required=("phrase", "type")), "phrase",
                     "cue_phrases.jsonl")
    noun_rows = _read_jsonl("cue_nouns.jsonl", required=("lemma", "type"))
    cue_nouns = _typed(noun_rows, "lemma", "cue_nouns.jsonl")
    stance_roles = frozenset(row["lemma"].lower() for row in noun_rows if row.get("role"))
    acted_on = frozenset(row["lemma"].lower() for row in noun_rows if row.get("acted_on"))
    source_rows = _read_jsonl("source_nouns.jsonl", required=("lemma",))
    nouns = frozenset(row["lemma"].lower() for row in source_rows)
    documents = frozenset(row["lemma"].lower() for row in source_rows if row.get("document"))
    issuing_verbs = frozenset(row["lemma"].lower() for row in _read_jsonl(
        "issuing_verbs.jsonl", required=("lemma",)))
    carriers = tuple(row["name"] for row in _read_jsonl("carriers.jsonl", required=("name",)))
    recipients = frozenset(row["lemma"].lower() for row in _read_jsonl(
        "recipient_nouns.jsonl", required=("lemma",)))
    adjectives = _typed(_read_jsonl("cue_adjectives.jsonl", required=("lemma", "type")),
                        "lemma", "cue_adjectives.jsonl")
    light_rows = _read_jsonl("light_verbs.jsonl", required=("lemma",))
    light_verbs = frozenset(row["lemma"].lower() for row in light_rows
                            if not row.get("receives"))
    receiving_verbs = frozenset(row["lemma"].lower() for row in light_rows
                                if row.get("receives"))
    frames = _typed(_read_jsonl("frame_nouns.jsonl", required=("lemma", "type")), "lemma",
                    "frame_nouns.jsonl")
    conditions = _read_jsonl("source_conditions.jsonl", required=("word", "kind"))
    for row in conditions:
        if row["kind"] not in ("anonymity", "permission"):
            raise ValueError(f"source_conditions.jsonl: {row['word']!r} has unknown kind")
    forms = {form: lemma for lemma in verbs if " " not in lemma for form in regular_forms(lemma)}
    forms |= {form.lower(): row["lemma"].lower() for row in verb_rows
              for form in row.get("forms", ())}
    prospects = frozenset(row["word"].lower()
                          for row in _read_jsonl("prospect_words.jsonl", required=("word",)))
    unspeaking = frozenset(row["lemma"].lower()
                           for row in _read_jsonl("unspeaking_nouns.jsonl", required=("lemma",)))
    submissions = frozenset(row["lemma"].lower()
                            for row in _read_jsonl("submission_nouns.jsonl", required=("lemma",)))
    return Lexicon(verbs=verbs, forms=forms, prospects=prospects, complements=complements,
                   unspeaking=unspeaking,
                   nouns=cue_nouns, phrases=phrases,
                   source_nouns=nouns, documents=documents, issuing_verbs=issuing_verbs,
                   carriers=carriers,
                   recipients=recipients | nouns,
                   adjectives=adjectives, light_verbs=light_verbs,
                   receiving_verbs=receiving_verbs, stance_roles=stance_roles, frames=frames,
                   acted_on=acted_on,
                   prepositions=prepositions,
                   decisions=frozenset(row["lemma"].lower() for row in verb_rows
                                       if row.get("decides")),
                   submissions=submissions,
                   fact_subjects=frozenset(row["lemma"].lower() for row in verb_rows
                                           if row.get("fact_subject")),
                   act_prepositions=act_prepositions, speech_frames=speech_frames, turns=turns,
                   anonymity_words=frozenset(row["word"].lower() for row in conditions
                                             if row["kind"] == "anonymity"),
                   permission_words=frozenset(row["word"].lower() for row in conditions
                                              if row["kind"] == "permission"),
                   particle_verbs=frozenset(key.split()[0] for key in verbs if " " in key))
