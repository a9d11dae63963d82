"""Actor mentions: named people, organisations, places and peoples in a parsed article.

Every PERSON, ORG, GPE and NORP entity the tagger finds becomes a mention (FAC and LOC
too), trimmed of articles, possessives and titles, and re-typed where the tagger is
known to slip: a place name from the gazetteer is a place, a word that is the surname of
a person named elsewhere in the article is that person. Names the tagger missed are
added when they repeat a person's surname from the same article, and speaking
institutions ("the Kremlin") when they are in the institutions list. A person's title
and apposition become its ``role`` ("Kremlin spokesman", "a professor of Russian
history at Newcastle University"); the mention span is the bare name.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from crosswire.knowledge.firms import is_firm_noun, is_firm_title, is_organisation_noun
from crosswire.knowledge.names import PARTICLES, is_given_name, parse_person
from crosswire.knowledge.outlets import load_registry
from crosswire.knowledge.places import (
    country_of,
    dateline_place_end,
    fold,
    is_firm_place,
    organisation_names,
    place_named,
    resolve_group,
    resolve_institution,
    resolve_place,
)
from crosswire.models import ActorKind, Article, Mention, TextSpan
from crosswire.nlp.mention_kinds import (
    case_parties,
    describing_noun,
    in_case_name,
    inside_title,
    is_firm_name,
    is_junk,
    is_organisation_head,
    is_organisation_name,
    join_fragments,
    named_as_place,
    names_building,
    names_places_of_one_kind,
    people_after_titles,
    person_bodies,
    whole_organisations,
)
from crosswire.nlp.doc_view import span_text, text_of, tokens_of
from crosswire.nlp.layout import in_dateline, in_dateline_place
from crosswire.nlp.mention_bodies import names_its_body, speaking_bodies
from crosswire.nlp.mention_titled_bodies import titled_bodies
from crosswire.nlp.mention_lists import kinds_by_list
from crosswire.nlp.mention_roles import apposed_to_role_noun, person_role
from crosswire.nlp.mention_scan import extra_mentions, speaking_names
from crosswire.nlp.person_evidence import is_name_word, person_evidence, weak_person_evidence
from crosswire.nlp.state_bodies import state_bodies, text_countries

ENTITY_KINDS: dict[str, ActorKind] = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "NORP": "group",
    "FAC": "organisation",
    "LOC": "place",
}
# Leading words that are no part of a name: articles, and the "ex-" of "ex-Treasury
# Department" (the body is the same; the former tie is the person's).
_LEADING_DROP = frozenset({"the", "a", "an", "ex", "-"})
# Prepositions that put the name after them in a place ("in Halden", "from Ferguson").
PLACE_PREPOSITIONS = frozenset({"in", "from", "near", "outside", "around", "across", "throughout"})
# The party letter of a US legislator's "(D-Calif.)" or ", R-Texas," and the noun a later
# description uses for a member ("the Texas Republican").
_PARTIES = {"D": "Democrat", "R": "Republican", "I": "independent"}
_PARTY_TAG = re.compile(r"\s*[(,]\s*([DRI])[-\u2013]\s?([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\s*[),]")
_POSSESSIVE = re.compile(r"^['’]s?$")
# Sentence-initial words the tagger sometimes pulls into a name ("Later Yanukovich").
_NOT_NAME = frozenset({"ADV", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "VERB", "AUX", "PART", "PUNCT"})


def find_mentions(doc: Doc, *, article: Article) -> list[Mention]:
    """Every named entity that can act or speak, in text order."""
    found: list[tuple[int, int, ActorKind, str | None]] = []
    text = text_of(doc)
    entities = _join_particles(doc, [ent for ent in doc.ents if ent.label_ in ENTITY_KINDS])
    entities = people_after_titles(doc, whole_organisations(doc, join_fragments(doc, entities)))
    datelined = _dateline_places(text)
    countries = text_countries(doc)
    # junk ("ET", "the Kestrel variant") names no one at all
    trimmed = [(ent, span) for ent in entities if (span := _trim(ent)) is not None and not is_junk(span)]
    # read once per name: it decides both whose surname a name may be and the name's kind
    listed_places = {ent.start for ent, span in trimmed if names_places_of_one_kind(span)}
    # the dateline's towns, the outlet's own name ("told Nord Wire") and a list's place
    # noun ("Counties" of "X and Y Counties") are no one's surname
    surnames = _person_surnames([ent for ent, _ in trimmed if fold(ent.text) not in datelined
                                 and not _names_outlet(ent.text, article.outlet)
                                 and ent.start not in listed_places])
    party_tags: list[tuple[int, int]] = []  # ", D-Ore.,": a state is, but no person
    for ent, span in trimmed:
        kind = _kind(span, ent.label_, surnames=surnames, outlet=article.outlet,
                     listed_place=ent.start in listed_places)
        if kind in ("person", "organisation") and fold(span.text) in datelined:
            kind = "place"  # "PORTO BRANCO, June 3 (Wire) - ... a diplomat in Porto Branco"
        if kind in ("person", "organisation") and fold(span.text) in countries.values():
            kind = "place"  # "Ozmeria said", where the text speaks of "the Ozmerian army"
        if kind is None:
            continue
        if kind == "person":
            start, role = person_role(span)
            span = span.doc[start : span.end]
            if not len(span):
                continue
            party = _party_tag(text, span.end_char)
            if party:
                party_role, tag_end = party
                party_tags.append((span.end_char, tag_end))
                role = f"{role}; {party_role}" if role else party_role  # a role of its own
        elif kind == "organisation":
            span, role = _inner_owner(span)
            span, noun = _common_noun_title(span)
            role = role or noun or _owner(span)
        else:
            role = None
        found.append((span.start_char, span.end_char, kind, role))
    found = kinds_by_list(text, found, surnames=surnames)
    # a surname found again inside a case's name ("Marsh v. Okafor") is the case's, no actor
    found.extend(item for item in extra_mentions(doc, taken=[(s, e) for s, e, _, _ in found],
                                                 surnames=surnames)
                 if not in_case_name(doc.char_span(item[0], item[1], alignment_mode="expand")))
    found.extend((start, end, "group", None)
                 for start, end in case_parties(doc, taken=[(s, e) for s, e, _, _ in found]))
    for start, end in state_bodies(doc, countries=countries):
        # "the Norwegian foreign ministry" replaces the people "Turkish" it begins with
        found = [item for item in found if not (start <= item[0] and item[1] <= end)]
        found.append((start, end, "organisation", None))
    found = titled_bodies(doc, speaking_bodies(doc, speaking_names(doc, found)))
    found = [item for item in found if item[2] != "person"
             or not any(start <= item[0] and item[1] <= end for start, end in party_tags)]
    found = [_body_of_person(doc, *item, text_length=len(text)) for item in found]
    found.sort()
    mentions = []
    for start, end, kind, role in found:
        mentions.append(
            Mention(
                id=f"{article.id}:m{len(mentions)}",
                span=TextSpan(text[start:end], start, end, article.id),
                kind=kind,
                role=role,
            )
        )
    return mentions


def _party_tag(text: str, end: int) -> tuple[str, int] | None:
    """"Sen. Jane Roe (D-Calif.)", "Rep. John Doe, R-Texas,": the party and state a US
    legislator's name carries, as the words a later "the California Democrat" uses, and
    where the tag ends."""
    match = _PARTY_TAG.match(text, end)
    if match is None:
        return None
    return f"{_PARTIES[match.group(1)]} ({match.group(2)})", match.end()


def _body_of_person(doc: Doc, start: int, end: int, kind: ActorKind, role: str | None, *,
                    text_length: int) -> tuple[int, int, ActorKind, str | None]:
    """"the Marsh administration", "the Okafor campaign", "Marsh's administration": a body
    named after a person is an organisation, and it (not the person) is who speaks when it
    is the subject."""
    if kind != "person":
        return start, end, kind, role
    after = doc.char_span(end, text_length, alignment_mode="expand")
    if after is not None and len(after) > 1 and _POSSESSIVE.match(after[0].text):
        after = after[1:]
    if after is None or not len(after) or after[0].lower_ not in person_bodies():
        return start, end, kind, role
    return start, after[0].idx + len(after[0]), "organisation", None


def _join_particles(doc: Doc, entities: list[Span]) -> list[Span]:
    """A name the tagger cut after a particle ("Ursula von der" + "Leyen") made whole."""
    joined: list[Span] = []
    skip_until = -1
    for ent in entities:
        if ent.start < skip_until:
            continue
        end = ent.end
        if ent.label_ == "PERSON" and doc[end - 1].lower_ in PARTICLES and end < len(doc) \
                and doc[end].is_title:
            end += 1
            skip_until = end
            ent = Span(doc, ent.start, end, label="PERSON")
        joined.append(ent)
    return joined


def _owner(span: Span) -> str | None:
    """The country an organisation is said to belong to, as written before it: "Ukraine's"
    Foreign Ministry, the "Russian" Defence Ministry (kept as the mention's role)."""
    doc, start = span.doc, span.start
    if start >= 2 and _POSSESSIVE.match(doc[start - 1].text) and doc[start - 2].ent_type_ == "GPE":
        return doc[start - 2 : start].text
    if start >= 1 and doc[start - 1].ent_type_ in ("NORP", "GPE"):
        return doc[start - 1].text
    return None


def _inner_owner(span: Span) -> tuple[Span, str | None]:
    """ "China's Ministry of State Security" tagged as one entity -> the ministry, and
    "China's" as its owner, so it merges with the ministry named without it. An owner in
    lowercase ("the agency's Bureau of Harbour Works") is a body the text names by its
    noun, no part of the name nor a country: the name alone is kept."""
    doc = span.doc
    for index in range(span.start + 1, min(span.end - 1, span.start + 4)):
        if not _POSSESSIVE.match(doc[index].text):
            continue
        owner = doc[span.start : index]
        if country_of(owner.text):
            return doc[index + 1 : span.end], doc[span.start : index + 1].text
        if doc[index + 1].is_title and all(t.is_lower and t.pos_ == "NOUN" for t in owner):
            return doc[index + 1 : span.end], None
    return span, None


def _common_noun_title(span: Span) -> tuple[Span, str | None]:
    """"Drugmaker Norvik" -> "Norvik", with "Drugmaker" as its role: what kind of body it is
    is no part of its name."""
    if _firm_title(span):
        return span[1:], span[0].text
    return span, None


def _firm_title(span: Span) -> bool:
    return len(span) > 1 and is_firm_title(span[0].lower_) and not any(
        t.pos_ == "ADP" for t in span)


def _trim(ent: Span) -> Span | None:
    """The entity without a leading article or count, a trailing possessive or trailing
    function words."""
    start, end = ent.start, ent.end
    doc = ent.doc
    tokens = tokens_of(doc)  # indexed: each doc[i] makes a new Token, for every entity
    while start < end and (tokens[start].lower_ in _LEADING_DROP or tokens[start].pos_ in _NOT_NAME
                           or tokens[start].is_digit and end - start > 1):
        start += 1  # a count is no part of a name: "up to 40 [National Guard] troops"
    # "Tarrow’s 2019 campaign fund", "Ortiz's 2024 bid": a year after a possessive is the
    # time of what the name owns, no part of the name
    if end - start > 2 and tokens[end - 1].is_digit and _POSSESSIVE.match(tokens[end - 2].text):
        end -= 2
    while end > start and (_POSSESSIVE.match(tokens[end - 1].text) or not (
            _namelike(tokens[end - 1]) or _after_name_hyphen(tokens[end - 1]))):
        end -= 1
    opening = [i for i in range(start, end) if tokens[i].text == "("]
    if opening and not any(t.text == ")" for t in tokens[opening[-1] : end]):
        end = opening[-1]  # "the Board of Debates (BOD": the name ends before its acronym
        while end > start and tokens[end - 1].is_punct:
            end -= 1
    if start >= end:
        return None
    return doc[start:end]


def _after_name_hyphen(token: Token) -> bool:
    """The lowercase half of a hyphenated given name ("Mei-hua", "Jong-un")."""
    tokens, i = tokens_of(token.doc), token.i
    return (token.is_alpha and i >= 2 and tokens[i - 1].text == "-" and not tokens[i - 1].whitespace_
            and not tokens[i - 2].whitespace_ and tokens[i - 2].is_alpha and tokens[i - 2].is_title)


def _namelike(token: Token) -> bool:
    return token.is_alpha and (token.text[:1].isupper() or token.pos_ == "PROPN") or (
        token.text[:1].isupper() or token.text.isupper() or token.like_num
    ) and not token.is_punct


def _person_surnames(entities: list[Span]) -> dict[str, set[str]]:
    """Surnames (last words) of the article's multi-word person names -> their given names.

    A full name the tagger labelled ORG or FAC ("Karim Nasri") counts when it starts
    with a known given name or stands in apposition to a role noun ("its spokesman,
    Tomasz X") and names no place or organisation.
    """
    surnames: dict[str, set[str]] = {}
    for ent in entities:
        words = [t for t in ent if is_name_word(t) and not _POSSESSIVE.match(t.text)]
        if len(words) < 2 or resolve_place(ent.text):
            continue
        if ent.label_ == "PERSON" or (
            ent.label_ in ("ORG", "FAC") and len(words) <= 3 and all(t.is_title for t in words)
            and (is_given_name(words[0].text) or apposed_to_role_noun(ent))
            and not is_organisation_name(ent)
            and not resolve_institution(ent.text)
        ):
            name = parse_person(ent.text)
            if name is not None and name.surname_first:  # "Lin Mei-hua": surname first
                surnames.setdefault(name.surname, set()).add(words[1].text)
            else:
                surnames.setdefault(words[-1].text, set()).add(words[0].text)
    return surnames


def _kind(span: Span, label: str, *, surnames: dict[str, set[str]],
          outlet: str | None, listed_place: bool) -> ActorKind | None:
    """Correct the tagger's kind with the gazetteer and the article's own person evidence.

    None drops the span: a word cut from a title ("Foreign" of "Foreign Secretary"), or a
    "person" with a lowercase word other than a particle ("von", "al"); junk ("ET", "AM")
    never reaches it (``find_mentions`` drops it first, for surnames too).
    A person's evidence outranks an ORG or GPE label unless the gazetteer names a
    country, a region or a big city (``is_firm_place``).
    """
    text = span_text(span)
    tagged = ENTITY_KINDS[label]
    if label != "PERSON" and inside_title(span):
        return None
    if tagged == "group" and _party_modifier(span) and place_named(text) is None:
        return None
    if label == "PERSON" and any(
        t.is_alpha and t.text[:1].islower() and t.lower_ not in PARTICLES
        and not _after_name_hyphen(t) for t in span
    ):
        return None
    article_before = span.doc[span.start - 1] if span.start else None
    if label in ("PERSON", "ORG") and len(span) == 1 and article_before is not None and (
            article_before.lower_ in ("a", "an") and article_before.head.i == span.start):
        return None  # "he served as a Ranger", "born a Calloway": one of a kind, no one named
    if label in ("PERSON", "ORG") and len(span) == 1 and is_organisation_head(text) and (
            text not in surnames):
        return "organisation"  # "this Court ruled": a body's head word, unless a surname here
    if label == "PERSON" and any(ch.isdigit() for ch in text):
        # "Senate Bill 41", "Proposition 9": a numbered measure; "Urban NO2": a
        # formula or a model; a person's name has no digits
        return None
    if text.islower():
        # "zelvamivir", "news network": a thing or a description, not a name; a script
        # without capitals (Arabic, Chinese, Korean) writes names in the only case it has
        return None
    if in_dateline(span[0]) and resolve_place(text) is not None or (
            in_dateline_place(span[0]) and in_dateline_place(span[-1])):
        # "NAIROBI (Reuters) —": the town a report comes from, in capitals; a town the
        # gazetteer does not know is one too where the dateline's place words stand
        return "place"
    if named_as_place(span) and not is_organisation_name(span):
        return "place"  # a town the gazetteer lacks, as the text names it
    if label in ("ORG", "FAC") and names_building(span) and not resolve_institution(text):
        return "place"  # "the riot at the Capitol": a building, tagged as a body
    if listed_place:
        return "place"  # "Marrow, Tessel and Ockham Counties", each tagged as a person
    if label in ("PERSON", "ORG") and all(t.is_upper and len(t) > 1 for t in span if is_name_word(t)):
        # an acronym ("RL" of RFE/RL) is not a person's name, nor is "FBI" after "official"
        return "organisation"
    if _firm_title(span) or is_firm_name(text) or _names_outlet(text, outlet):
        # "Drugmaker Norvik" opening a sentence or "Norvik Pharma", tagged as a person;
        # "told the Gazette": the paper the article appeared in, by its name or its last words
        return "organisation"
    if resolve_institution(text) or fold(text) in organisation_names():
        return "organisation"
    if label in ("ORG", "FAC") and apposed_to_role_noun(span) and not is_organisation_name(span):
        return "person"  # "the mission's spokesman, Tomasz X": a spelling the tagger misread
    place = place_named(text, in_place_context=lambda: _in_place_context(span))
    if tagged == "place" and place is None:
        noun = describing_noun(span)
        if noun is not None:
            # "its heart drug X", "the tanker X": the noun's kind, a product or a vessel
            # (no actor), or a firm ("the carmaker X")
            return "organisation" if is_firm_noun(noun.lower_) else None
    if label == "PERSON" and (noun := describing_noun(span)) is not None and (
            is_organisation_noun(noun.lemma_)):
        return "organisation"  # "the advocacy group Fair Harbor", tagged as a person
    if label == "PERSON" and text not in surnames and names_its_body(span):
        return "organisation"  # "the Kestrel news agency said", the name tagged a person's
    if tagged == "group" and text in surnames and resolve_group(text) is None:
        return "person"  # "something Okafor disputed", the surname tagged a people's word
    if place is not None and place.key.startswith("geo:") and text in surnames and (
            span.root.dep_ == "nsubj" and span.root.head.pos_ == "VERB"):
        # "Denver announced", where the article names a Secretary Ana Denver: a city's name
        # written as a person's surname here, and doing something, is that person
        return "person"
    if tagged != "group" and not (place and is_firm_place(text)):
        if label == "PERSON" and place is None:
            return "person"
        if person_evidence(span, surnames=surnames, label=label):
            return "person"
        if place is None and len(span) <= 2 and weak_person_evidence(span):
            return "person"
    if label == "ORG" and place and fold(place.name) != fold(text) and not is_firm_place(text):
        return "organisation"  # a town's odd alternate name ("Google") is no reason to doubt
    people = resolve_group(text) if place else None
    if people is not None and people.country and place.country != people.country:
        return "group"  # "German": a people's word, not the Iranian town its spelling is near
    if tagged in ("person", "organisation", "group") and place:
        return "place"
    if tagged == "place" and resolve_group(text) and not place:
        return "group"
    return tagged


def _party_modifier(span: Span) -> bool:
    """"Democratic leaders", "the Republican-controlled House": a party's or faith's word
    that only describes the noun after it names no one; its noun does ("the Republican
    said", "Democrats"). A people's word ("Russian forces") keeps its country, which
    other stages read, and a place's name ("the Zaporizhzhia region") stays a place."""
    if resolve_group(span.text) is not None:
        return False
    root = span.root
    after = span.doc[span.end] if span.end < len(span.doc) else None
    hyphenated = after is not None and after.text in ("-", "\u2013") and not span[-1].whitespace_
    return hyphenated or (root.dep_ in ("amod", "compound", "nmod") and root.head.i >= span.end
                          and root.head.pos_ in ("NOUN", "PROPN"))


def _dateline_places(text: str) -> frozenset[str]:
    """The place words of the article's datelines, folded: a town the gazetteer lacks is
    a place again where the text names it."""
    places: set[str] = set()
    for paragraph in text.split("\n"):
        end = dateline_place_end(paragraph)
        places.update(fold(part) for part in paragraph[:end].split(",") if part.strip())
    return frozenset(places)


def _names_outlet(text: str, outlet: str | None) -> bool:
    """``text`` is the outlet's name or its last words ("Gazette" of "The Harbour Gazette"),
    or a name the outlet registry gives the same outlet ("a Harbour Wire survey" in
    an article of "Harbour Wire Service")."""
    if not outlet:
        return False
    words, name = fold(outlet).split(), fold(text).split()
    if words[:1] == ["the"]:
        words = words[1:]
    if name and words[len(words) - len(name):] == name:
        return True
    registry = load_registry()
    known = registry.by_name(outlet)
    return known is not None and registry.by_name(text) is known


def _in_place_context(span: Span) -> bool:
    """The text puts the name in a place: after a preposition of place ("in Halden",
    "from Ferguson"), before its country or region ("Ferguson, Missouri") or in a list
    with a place that names one by itself ("left Oslo, Halden and Bergen")."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in PLACE_PREPOSITIONS:
        return True
    root = span.root
    first = root.head if root.dep_ == "conj" else root
    listed = [first, *(c for c in first.children if c.dep_ == "conj")]
    if any(t.i != root.i and t.is_title and place_named(t.text) for t in listed):
        return True
    after = doc[span.end : span.end + 4]
    if len(after) < 2 or after[0].text != ",":
        return False
    places = (resolve_place(after[1:n].text) for n in range(len(after), 1, -1))
    return any(place is not None and not place.key.startswith("geo:") for place in places)
