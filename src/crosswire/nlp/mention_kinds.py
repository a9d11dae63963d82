"""Which entities are actors, and of what kind, beyond the tagger's label.

The small English model splits one name into two entities ("Karim" ORG + "Nasri"
PERSON, "Zorvanian" NORP + an untagged "Front"), labels a surname alone GPE or ORG, and
tags clock words and time zones ("ET", "AM") as places or organisations. Here fragments
are joined and junk is recognised; whether a name is a person's, read from the text
around it, is `person_evidence`'s job.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from crosswire.knowledge.firms import names_a_firm
from crosswire.knowledge.names import (
    is_given_name,
    title_length,
)
from crosswire.knowledge.places import (
    fold,
    is_firm_place,
    organisation_names,
    place_named,
    resolve_group,
    resolve_institution,
    resolve_place,
)
from crosswire.knowledge.text import crude_lemma
from crosswire.data import read_jsonl
from crosswire.nlp.circumstances import DATE_ENTITIES
from crosswire.nlp.doc_view import span_text, tokens_of, view_of
from crosswire.nlp.mention_roles import HYPHENS, is_role_noun

_RULES = ("not_actor", "not_alone", "person_context", "person_body", "person_staff",
          "organisation_head", "names_one_body", "building_head", "case_party", "case_joiner",
          "prosecution", "prosecution_alias", "court", "place_noun", "occasion_head", "eponym_head", "thing_head")
# Capitalised words after a NORP fragment that may still belong to its organisation's name.
MAX_HEAD_GAP = 3
# Tokens a law's name runs on after a span to its head ("in Rural Clinics" before "Act").
MAX_THING_GAP = 6
# Small words inside a law's name ("Right to Repair Act"); not "the" or "and": they join two.
_NAME_JOINERS = frozenset({"of", "in", "for", "to", "on", "'s", "’s", "(", ")", "&"})
# The most words a list of names closed by one plural place noun runs on after a name.
MAX_LIST_TOKENS = 12


@cache
def _rules() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {rule: set() for rule in _RULES}
    for row in read_jsonl("mention_rules.jsonl", required=("rule", "words")):
        if row["rule"] not in table:
            raise ValueError(f"data/mention_rules.jsonl: unknown rule {row['rule']!r}")
        table[row["rule"]].update(row["words"])
    return {rule: frozenset(words) for rule, words in table.items()}


@cache
def _not_actor_words() -> frozenset[str]:
    return frozenset(word.replace(".", "") for word in _rules()["not_actor"])


@cache
def person_context() -> frozenset[str]:
    return frozenset(word.lower() for word in _rules()["person_context"])


@cache
def person_bodies() -> frozenset[str]:
    """Nouns after a person's name that make the two an organisation ("administration")."""
    return frozenset(word.lower() for word in _rules()["person_body"])


@cache
def person_staff() -> frozenset[str]:
    """Nouns after a person's possessive that name those who speak for the person ("X's
    office"): one actor with the person."""
    return frozenset(word.lower() for word in _rules()["person_staff"])


def prosecution_words() -> frozenset[str]:
    """Case parties' words that name the prosecuting side ("prosecutors")."""
    return _rules()["prosecution"]


def prosecution_aliases() -> frozenset[str]:
    """Nouns a criminal case's report calls the prosecuting side by ("the government")."""
    return _rules()["prosecution_alias"]


def court_words() -> frozenset[str]:
    """Words of a court case ("judge", "trial", "charges"), in lowercase."""
    return _rules()["court"]


def case_parties(doc: Doc, *, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each party to a court case named by its role ("prosecutors", "U.S.
    prosecutors", "the prosecution"), with the words that say whose ("federal", "U.S."):
    never an indefinite or counted one ("two prosecutors", "some plaintiffs")."""
    words = _rules()["case_party"]
    found = []
    view = view_of(doc)
    for i, part in enumerate(view.pos):
        if part != "NOUN":
            continue
        token = view.tokens[i]
        if token.lower_ not in words or any(
                start <= token.idx < end for start, end in taken):
            continue
        if any(c.dep_ in ("det", "nummod") and c.lower_ != "the" for c in token.children):
            continue
        start = token.i
        for child in sorted(token.lefts, key=lambda c: -c.i):
            if child.i == start - 1 and child.dep_ in ("compound", "amod", "nmod") and not any(
                    s <= doc[child.left_edge.i].idx < e for s, e in taken):
                start = child.left_edge.i  # "federal", not the place "U.S." named already
        found.append((doc[start].idx, token.idx + len(token)))
    return found


@cache
def speech_lemmas() -> frozenset[str]:
    """Lemmas of the speech verbs of ``cue_verbs.jsonl`` ("say", "tell", "warn")."""
    rows = read_jsonl("cue_verbs.jsonl", required=("lemma", "type"))
    return frozenset(row["lemma"] for row in rows if row["type"] == "speech")


def is_junk(span: Span) -> bool:
    """A time zone, clock word or credit ("ET", "AM"), a bare organisation head word, a
    named day, a court case's name or a party named only inside one, or a lone two-letter
    capital word that is no country, institution or known organisation."""
    text = span_text(span).strip()
    if text.replace(".", "") in _not_actor_words():
        return True
    if len(span) == 1 and text in _rules()["not_alone"]:
        return True  # "Ministry" alone, cut from "Ministry officials": no one in particular
    if _names_occasion(span) or _names_eponymous_thing(span) or _opens_named_thing(span):
        return True
    if in_case_name(span):
        return True
    letters = re.sub(r"[^A-Za-z]", "", text)
    # Dotted two-letter abbreviations ("N.Y.", "D.C.") are places the gazetteer spells out.
    if len(span) == 1 and letters.isupper() and (len(letters) == 1 or len(letters) == 2 and "." not in text):
        key = fold(text)
        return not (resolve_place(text) or resolve_institution(text) or key in organisation_names())
    return False


def _names_occasion(span: Span) -> bool:
    """A named day ("Harvest Day" tagged as a body), or words the tagger cut from one
    ("Harvest" tagged as a person before its "Day"): an occasion, not an actor."""
    heads = _rules()["occasion_head"]
    tokens = tokens_of(span.doc)
    if span.end < len(tokens) and tokens[span.end].text in heads:
        return True
    return len(span) > 1 and tokens[span.end - 1].text in heads and span.label_ != "PERSON"


def _names_eponymous_thing(span: Span) -> bool:
    """A name that names a thing by the noun after it ("Harwick-Lenz syndrome", "the
    Kestrel variant", its hyphenated half "Harwick" too), or that thing's acronym in brackets
    after the noun ("syndrome (HLZ)"): no actor. A country's, region's or big city's name
    keeps its place ("the UK variant" still tells of the UK)."""
    heads = _rules()["eponym_head"]
    doc = span.doc
    tokens = tokens_of(doc)
    if span.start >= 2 and tokens[span.start - 1].text == "(" and tokens[span.start - 2].lower_ in heads:
        return True
    if tokens[span.end - 1].lower_ in heads:
        return len(span) > 1 and not is_firm_place(doc[span.start : span.end - 1].text)
    end = span.end
    # "Harwick" cut from "Harwick-Lenz": the name runs on over its hyphenated parts
    while end + 1 < len(doc) and _joins_a_name(doc[end]):
        end += 2
    return end < len(doc) and doc[end].lower_ in heads and not is_firm_place(doc[span.start : end].text)


def in_case_name(span: Span) -> bool:
    """A court case's name ("Marsh v. Okafor" tagged as one body), or one party of it
    ("Marsh", "Okafor"): the case is a thing the story cites, and a party named only in
    its name does nothing in the story (a party that acts is named again on its own)."""
    joiners = _rules()["case_joiner"]  # in lowercase as written: "Lena V. Hart" is no case
    tokens = tokens_of(span.doc)
    if any(tokens[i].text in joiners for i in range(span.start + 1, span.end - 1)):
        return True
    start, end = span.start, span.end
    return bool(start >= 2 and tokens[start - 1].text in joiners and tokens[start - 2].is_title) or bool(
        end + 2 <= len(tokens) and tokens[end].text in joiners and tokens[end + 1].is_title)


def _opens_named_thing(span: Span) -> bool:
    """Words cut from a law's, programme's or building's name ("Decency" of "Decency in
    Rural Clinics Act", "State" and "Capitol" of "State Capitol"), which runs on over
    capitalised and small words to its head; a country's or big city's name keeps its place."""
    heads = _rules()["thing_head"]
    tokens = tokens_of(span.doc)
    before = tokens[span.start - 1] if span.start else tokens[span.start]  # a span's own first word: no name
    if len(span) == 1 and span_text(span) in heads and before.is_title and not before.is_sent_start:
        return not is_firm_place(before.text)
    for token in tokens[span.end : span.end + MAX_THING_GAP + 1]:
        if token.text in heads:
            return not is_firm_place(span_text(span))
        # a verb is a title-case headline's, not a name's ("Senators Block Clean Air Act")
        named = (token.is_title or token.is_upper) and token.pos_ not in ("VERB", "AUX")
        if not (named or token.lower_ in _NAME_JOINERS):
            return False
    return False


def inside_title(span: Span) -> bool:
    """Words the tagger cut from a title ("Foreign", "Health and Human Services" of "...
    Secretary Jane Doe", "State" of "Secretary of State X"): the office's field, not a body."""
    text = span_text(span)
    if resolve_institution(text) or resolve_place(text):
        return False
    first = max(span.start - 3, 0)  # up to three words of the title before the span
    words = [t.text for t in tokens_of(span.doc)[first : span.end + 3]]
    return any(title_length(words[span.start - n - first :]) >= n + len(span) + (n == 0)
               for n in range(span.start - first + 1))


def join_fragments(doc: Doc, entities: list[Span]) -> list[Span]:
    """Entities the tagger split made whole.

    A lone given name takes the untagged capitalised word after it ("Karim" + "Nasri").
    Two touching entities join when the joined words are named as one entity elsewhere in
    the article, are a listed organisation, or are a given name and a person's name. A
    NORP word ("Zorvanian") takes the capitalised words after it up to an organisation
    head ("Front") when it is no country's demonym, or the phrase is listed or seen elsewhere.
    """
    seen = {fold(ent.text) for ent in entities if len(ent) > 1}
    known = organisation_names()
    joined: list[Span] = []
    index = 0
    while index < len(entities):
        ent = entities[index]
        after = entities[index + 1] if index + 1 < len(entities) else None
        if after is not None and after.start == ent.end:
            phrase = fold(doc[ent.start : after.end].text)
            if phrase in seen or phrase in known:
                joined.append(Span(doc, ent.start, after.end, label=after.label_))
                index += 2
                continue
            if len(ent) == 1 and after.label_ == "PERSON" and is_given_name(ent.text):
                joined.append(Span(doc, ent.start, after.end, label="PERSON"))
                index += 2
                continue
        if _given_then_surname(doc, ent):
            joined.append(Span(doc, ent.start, ent.end + 1, label="PERSON"))
            index += 1
            continue
        if ent.label_ in ("NORP", "ORG"):
            end = _organisation_end(doc, ent, seen=seen, known=known)
            if end > ent.end:
                joined.append(Span(doc, ent.start, end, label="ORG"))
                index += 1
                continue
        joined.append(ent)
        index += 1
    return joined


def people_after_titles(doc: Doc, entities: list[Span]) -> list[Span]:
    """A person's name the tagger ran into a title's complement ("Special Envoy for [Sudan
    Peter Haldane]" tagged as one organisation) or left untagged after it ("Secretary of
    [Defense] Ana Ruiz"): a known given name and the capitalised words after it to the end
    of the entity, or an untagged given name compounded with the surname after it, is a
    person of its own."""
    found: list[Span] = []
    for ent in entities:
        if ent.label_ != "PERSON" and ent.start > 0 and doc[ent.start - 1].pos_ == "ADP":
            given = next((t.i for t in ent[1:] if is_given_name(t.text) and t.is_title
                          and t.i < ent.end - 1), None)
            # a name the tagger ran a place into ("Ambassador to [Norway Carl Bildt]")
            prefix = doc[ent.start : given].text if given is not None else ""
            # "according to [Stanwick Ross University]": words after a given name that
            # close on a body's head word (or name a listed body or firm) are no person
            if given is not None and all(t.is_title for t in doc[given : ent.end]) and (
                    resolve_place(doc[given : ent.end].text) is None) and (
                    not is_organisation_name(doc[given : ent.end])) and (
                    ent.label_ != "PERSON" or resolve_place(prefix) is not None):
                found.append(Span(doc, ent.start, given, label=ent.label_))
                found.append(Span(doc, given, ent.end, label="PERSON"))
                continue
        found.append(ent)
    tagged = {t.i for ent in found for t in ent}
    view = view_of(doc)
    tokens = view.tokens
    for i in range(len(tokens) - 1):
        if view.deps[i] != "compound":
            continue
        token, surname = tokens[i], tokens[i + 1]
        if (token.i in tagged or surname.i in tagged or token.dep_ != "compound"
                or token.head.i != surname.i or surname.pos_ != "PROPN"
                or not (token.is_title and surname.is_title and surname.is_alpha)
                or not is_given_name(token.text) or title_length([surname.text])
                or is_organisation_head(surname.text)  # "Hope Project": a body's name
                or token.ent_type_ in DATE_ENTITIES  # "Last June Marsh said": a date
                or resolve_place(f"{token.text} {surname.text}") is not None
                or place_named(surname.text) is not None):
            continue
        end = surname.i + 1
        if end < len(tokens) and end not in tagged and tokens[end].is_title and tokens[end].pos_ == "PROPN":
            continue  # a longer run of capitalised words is the tagger's to judge
        found.append(Span(doc, token.i, end, label="PERSON"))
    return sorted(found, key=lambda ent: ent.start)


# Entity types of a word written out that counts or dates ("Seven", "Tuesday"): never a
# name's first word (a name's digits, "9/11 Commission", are).
_COUNTS_AND_DATES = frozenset({*DATE_ENTITIES, "CARDINAL", "ORDINAL", "QUANTITY"})


def whole_organisations(doc: Doc, entities: list[Span]) -> list[Span]:
    """An organisation ending in its head word ("Committee") takes the capitalised words
    and numbers before it that the tagger cut off or tagged apart: "The Senate Water
    [Select Committee]", "The [U.S. Rowing] and [Canoe Committee]". It stops at a
    determiner, a lowercase word or a person's name."""
    heads = _rules()["organisation_head"]
    starts: dict[int, int] = {}
    for ent in entities:
        if ent.label_ != "ORG" or doc[ent.end - 1].text not in heads:
            continue
        start = ent.start
        while start > 0:
            before = doc[start - 1]
            if before.ent_type_ == "PERSON" or "\n" in before.whitespace_:
                break
            if before.is_alpha and before.ent_type_ in _COUNTS_AND_DATES:
                break  # "a Tuesday Senate hearing", "Nine House Oversight Committee Republicans"
            if before.pos_ in ("PROPN", "NUM") and not before.is_sent_start:
                start -= 1
            elif before.pos_ in ("PROPN", "NUM"):
                start -= 1
                break
            elif before.lower_ in ("and", "&") and start > 1 and _joins_one_name(doc[start - 2]):
                start -= 1
            else:
                break
        if start < ent.start:
            starts[ent.start] = start
    if not starts:
        return entities
    joined: list[Span] = []
    covered: list[tuple[int, int]] = []
    for ent in entities:
        if ent.start in starts:
            covered.append((starts[ent.start], ent.end))
            joined = [e for e in joined if e.end <= starts[ent.start]]
            joined.append(Span(doc, starts[ent.start], ent.end, label="ORG"))
        elif not any(start <= ent.start < end for start, end in covered):
            joined.append(ent)
    return joined


def _joins_one_name(before_and: Token) -> bool:
    """"U.S. Rowing and Canoe Committee"; not after a person, place, party, plural or head."""
    return (before_and.pos_ == "PROPN" and before_and.tag_ != "NNPS"
            and before_and.ent_type_ not in ("PERSON", "GPE", "NORP")
            and before_and.text not in _rules()["organisation_head"])


def _given_then_surname(doc: Doc, ent: Span) -> bool:
    """A lone given name followed by an untagged capitalised word: "Karim" + "Nasri"."""
    end = ent.end
    if len(ent) != 1 or end >= len(doc) or not is_given_name(ent.text):
        return False
    after = doc[end]
    return (not after.ent_type_ and after.is_title and after.is_alpha and after.pos_ == "PROPN"
            and not title_length([after.text])
            and place_named(after.text) is None)


def _organisation_end(doc: Doc, ent: Span, *, seen: set[str], known: frozenset[str]) -> int:
    heads = _rules()["organisation_head"]
    end = ent.end
    for step in range(MAX_HEAD_GAP):
        position = ent.end + step
        if position >= len(doc):
            break
        token = doc[position]
        if token.ent_type_ or not token.is_title or not token.is_alpha:
            break
        if token.text in heads:
            end = position + 1
    if end == ent.end:
        return end
    phrase = fold(doc[ent.start : end].text)
    if phrase in seen or phrase in known or not resolve_group(ent.text):
        return end
    return ent.end


def describing_noun(span: Span) -> Token | None:
    """The common noun right before a name that says what it names: the head of its
    apposition ("its heart drug X") or a noun compounded into it ("the tanker X"). A
    place noun ("the port town X") or a role or title word ("minister X") is none:
    those names are places and people as tagged."""
    if span.start == 0:
        return None
    noun = span.doc[span.start - 1]
    if noun.pos_ != "NOUN" or not noun.is_lower or noun.lower_ in _rules()["place_noun"]:
        return None
    if is_role_noun(noun.lemma_) or is_role_noun(noun.text) or title_length([noun.text]):
        return None
    root = span.root
    describes = (root.dep_ == "appos" and root.head.i == noun.i) or (
        noun.dep_ in ("compound", "nmod") and span.start <= noun.head.i < span.end)
    return noun if describes else None


def named_as_place(span: Span) -> bool:
    """"the village of X", "the northern city of X", "X county": the text says the name is
    a place's, whether or not the gazetteer knows it."""
    root = span.root
    preposition = root.head
    if root.dep_ == "compound" and root.head.i == span.end:
        noun = root.head  # "X county", "the X district"
        return noun.pos_ == "NOUN" and noun.is_lower and noun.lower_ in _rules()["place_noun"]
    return (root.dep_ == "pobj" and preposition.lower_ == "of" and preposition.i == span.start - 1
            and preposition.head.pos_ == "NOUN" and preposition.head.i == span.start - 2
            and preposition.head.lower_ in _rules()["place_noun"])


def names_places_of_one_kind(span: Span) -> bool:
    """"Marrow, Tessel and Ockham Counties", "the Tarn and Vell Islands": a list of names
    closed by a place noun in the plural names a place in each of its items. Read on the
    words, not the parse, which hangs such lists any way."""
    tokens = tokens_of(span.doc)
    if _plural_place_noun(tokens[span.start]):
        return False  # "Countries" cut from "Organization of ... Countries": no place's name
    for token in tokens[span.end - 1 : span.end + MAX_LIST_TOKENS]:
        if _plural_place_noun(token):
            return True
        if not (token.text == "," or token.lower_ in ("and", "or") or (
                token.pos_ == "PROPN" and token.text[:1].isupper()) or _joins_a_name(token)):
            return False
    return False


def _joins_a_name(token: Token) -> bool:
    """The hyphen inside one name ("Ashby-Vale"), written without spaces."""
    return token.text in HYPHENS and not token.whitespace_ and token.i > 0 and (
        not token.doc[token.i - 1].whitespace_)


def _plural_place_noun(token: Token) -> bool:
    """A capitalised plural of a place noun closing a name ("Counties", "Islands")."""
    if not token.text[:1].isupper() or not token.lower_.endswith("s") or token.tag_ not in ("NNPS", "NNS"):
        return False
    return is_place_noun(crude_lemma(token.text))


def is_place_noun(word: str) -> bool:
    """A common noun for a place ("country", "county", "port"), as written in lower case."""
    return word in _rules()["place_noun"]


def is_organisation_head(word: str) -> bool:
    """A word that ends organisations' names ("Court", "Board", "Committee")."""
    return word in _rules()["organisation_head"]


def names_building(span: Span) -> bool:
    """A name ending in a building's or site's word ("the State Capitol", "Marrow Air Force
    Base", "Tessel International Airport"): where things happen, a place."""
    return span[-1].text in _rules()["building_head"]


def names_one_body(word: str) -> bool:
    """A head word that names one body by itself ("House", "Senate"), never short for a
    longer name ending in it ("White House")."""
    return word in _rules()["names_one_body"]


def is_organisation_name(span: Span) -> bool:
    """Listed, ending in an organisation's head word ("George Mason University"), or named
    like a company ("Halvex Pharma")."""
    words = span.text.split()
    return fold(span.text) in organisation_names() or (
        len(words) > 1 and is_organisation_head(words[-1])
    ) or is_firm_name(span.text)


def is_firm_name(text: str) -> bool:
    """A name ending in a corporate designator, an industry word or a publication's word
    ("Halvex Pharma", "Norvik Airlines Ltd", "Lormont Herald"), unless a given name opens it
    ("Anna Bank")."""
    return names_a_firm(text) and not is_given_name(text.split()[0])
