"""Countries and state bodies that a text names without a proper name of their own.

The gazetteer lacks some countries (invented or rare ones); a text shows them by using
their people's word beside their name ("Ozmeria" and "the Ozmerian army"). A state body
is often named by its office in lowercase after its country ("the Norwegian foreign
ministry", "Ukraine's military"): one institution, though no proper name is written.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from crosswire.data import read_jsonl
from crosswire.knowledge.firms import is_national_body_noun
from crosswire.knowledge.names import is_given_name
from crosswire.knowledge.places import country_of, fold
from crosswire.knowledge.role_country import state_office_forms
from crosswire.knowledge.text import straight_apostrophes
from crosswire.nlp.doc_view import view_of
from crosswire.nlp.mention_roles import is_role_noun

UMBRELLA = "government"


@cache
def _demonym_endings() -> tuple[tuple[str, str], ...]:
    return tuple((row["name_ending"], row["people_ending"]) for row in read_jsonl(
        "demonym_endings.jsonl", required=("name_ending", "people_ending")))


def text_countries(doc: Doc) -> dict[str, str]:
    """Countries the gazetteer lacks, as the text shows them: a capitalised name whose
    people's word the same text uses as an adjective ("Ozmeria" beside "the Ozmerian
    army"; a person's name has no people). Folded people's word -> folded country name."""
    view = view_of(doc)
    names: set[str] = set()
    peoples: set[str] = set()
    for token, part in zip(view.tokens, view.pos):
        if not token.is_title or not token.is_alpha or len(token) < 4:
            continue
        if part == "PROPN":
            names.add(token.text)
        if part == "ADJ" or token.ent_type_ == "NORP":
            peoples.add(token.text)
    found: dict[str, str] = {}
    for name in sorted(names):
        if country_of(name) is not None or is_given_name(name):
            continue
        for name_ending, people_ending in _demonym_endings():
            people = name[: len(name) - len(name_ending)] + people_ending
            if name.endswith(name_ending) and people in peoples:
                found[fold(people)] = fold(name)
    return found


@cache
def _state_bodies() -> tuple[tuple[str, ...], ...]:
    """State office forms that can name a body, not a person ("foreign ministry", "army";
    not "president"), as word tuples, longest first."""
    return tuple(tuple(form.split()) for form in state_office_forms("office")
                 if "'" not in straight_apostrophes(form) and not is_role_noun(form.split()[-1]))


def state_bodies(doc: Doc, *, countries: dict[str, str]) -> list[tuple[int, int]]:
    """(start, end) of a country's state body named by its office in lowercase ("the
    Norwegian foreign ministry", "Ukraine's military"): one institution, though no proper
    name is written; the country stays in the name, so one country's military is never
    another's. ``countries`` are the text's own (``text_countries``)."""
    found = []
    bodies = _state_bodies()
    view = view_of(doc)
    tokens = view.tokens
    for i, part in enumerate(view.pos):
        if part not in ("PROPN", "ADJ", "NOUN"):
            continue
        token = tokens[i]
        if token.is_lower:
            continue
        key = fold(token.text)
        # the text's own countries and peoples' words the tagger knows ("Karsenian") name
        # countries the gazetteer lacks
        people = part == "ADJ" or token.ent_type_ == "NORP" or key in countries
        if country_of(token.text) is None and token.ent_type_ != "NORP" and (
                key not in countries and key not in countries.values()):
            continue
        # "The US government" is an umbrella the article resolves to the agency speaking
        # for it; "the Karsenian government", named by its people, is the state speaking
        after = token.i + 1
        if after < len(tokens) and tokens[after].text in ("'s", "’s"):
            after += 1
        # a form can match only from its first word on: the others are passed over at once
        first = tokens[after] if after < len(tokens) else None
        first = first.lower_ if first is not None and first.is_lower else None
        for form in bodies:
            if form[0] != first or form == (UMBRELLA,) and not people:
                continue
            words = tokens[after : after + len(form)]
            if len(words) == len(form) and words[-1].pos_ in ("NOUN", "PROPN") and all(
                    t.is_lower and t.lower_ == w for t, w in zip(words, form)):
                found.append((token.idx, words[-1].idx + len(words[-1])))
                break
        else:
            body = _national_body_end(tokens, after)
            if people and body is not None:
                found.append((token.idx, body))
    return found


def _national_body_end(tokens: Doc, after: int) -> int | None:
    """Where "sports ministry" or "handball federation" ends when it follows a people's
    word at ``after``: a field of one or two lowercase nouns, then a national body."""
    for length in (2, 3):
        words = tokens[after : after + length]
        nouns = all(t.is_lower and t.pos_ in ("NOUN", "PROPN") for t in words)
        if len(words) == length and nouns and is_national_body_noun(words[-1].text):
            return words[-1].idx + len(words[-1])
    return None
