"""Merge mentions across articles into actors: one identity per person, organisation, place.

People: distinct full name forms are blocked by the consonant key of their surname's
transliteration skeletons, so only names that could be spellings of one surname are ever
compared (near-linear in the number of mentions). Inside a block a form joins the
cluster whose every form it agrees with (``names.same_person``); a form that agrees
with two clusters that disagree with each other ("George Bush" beside "George W. Bush"
and "George H. W. Bush") is ambiguous and is decided per article: it joins the cluster
named in the same article, or stays apart. A bare surname joins the only person of that
surname in the run, else the one named in its article (the nearest before it), else stays
apart. Places, peoples and institutions merge by gazetteer identity; other organisations
by their folded name and acronym.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from crosswire.actors.names import PersonName, is_honorific, parse_person, same_person
from crosswire.actors.places import (
    country_of,
    fold,
    resolve_group,
    resolve_institution,
    resolve_place,
)
from crosswire.actors.transliterate import block_key, skeletons, words_match
from crosswire.models import Actor, ActorKind, Alias, ArticleAnalysis, Mention

_MINOR_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le"})


@dataclass
class _Cluster:
    kind: ActorKind
    mentions: list[Mention] = field(default_factory=list)
    names: list[PersonName] = field(default_factory=list)
    display: str | None = None
    country: str | None = None


def merge_actors(analyses: list[ArticleAnalysis]) -> tuple[list[Actor], dict[str, str]]:
    """Actors of a run and a map from mention id to actor id."""
    return merge_mentions([mention for analysis in analyses for mention in analysis.mentions])


def merge_mentions(mentions: list[Mention]) -> tuple[list[Actor], dict[str, str]]:
    """Merge mentions (in text order per article) into actors."""
    people = [m for m in mentions if m.kind == "person"]
    others = [m for m in mentions if m.kind != "person"]
    clusters = _merge_people(people)
    person_surnames = _surname_index(clusters)
    clusters.extend(_merge_others(others, person_clusters=clusters, surnames=person_surnames))
    return _build_actors(clusters, order={m.id: n for n, m in enumerate(mentions)})


# -- people -------------------------------------------------------------------------------


def _form_key(name: PersonName) -> tuple:
    return (tuple(g.lower().strip(".") for g in name.given), name.surname.lower(), name.suffix)


def _merge_people(mentions: list[Mention]) -> list[_Cluster]:
    parsed: dict[str, PersonName] = {}
    forms: dict[tuple, list[Mention]] = defaultdict(list)
    form_name: dict[tuple, PersonName] = {}
    bare: list[Mention] = []
    for mention in mentions:
        name = parse_person(mention.text)
        if name is None:
            continue
        parsed[mention.id] = name
        if not name.given:
            bare.append(mention)
            continue
        key = _form_key(name)
        forms[key].append(mention)
        form_name[key] = name

    clusters: list[_Cluster] = []
    for block in _blocks(list(forms), lambda key: form_name[key].surname):
        clusters.extend(_cluster_block(block, forms=forms, form_name=form_name))
    _attach_bare(bare, parsed=parsed, clusters=clusters)
    return clusters


def _blocks(items: list, surname_of) -> Iterable[list]:
    """Connected groups of items sharing a block key of any surname reading."""
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with_key: dict[str, int] = {}
    for index, item in enumerate(items):
        for key in {block_key(k) for k in skeletons(surname_of(item))}:
            if key in first_with_key:
                parent[find(index)] = find(first_with_key[key])
            else:
                first_with_key[key] = index
    groups: dict[int, list] = defaultdict(list)
    for index, item in enumerate(items):
        groups[find(index)].append(item)
    return groups.values()


def _richness(name: PersonName, count: int) -> tuple:
    written_out = sum(len(g.strip(".")) > 1 for g in name.given)
    return (-name.full_given, -written_out, -len(name.given), -count)


def _cluster_block(block: list[tuple], *, forms, form_name) -> list[_Cluster]:
    block.sort(key=lambda key: (_richness(form_name[key], len(forms[key])), repr(key)))
    clusters: list[_Cluster] = []
    ambiguous: list[tuple[tuple, list[_Cluster]]] = []
    for key in block:
        name = form_name[key]
        fits = [c for c in clusters if _fits(name, forms[key], c)]
        if len(fits) == 1:
            fits[0].names.append(name)
            fits[0].mentions.extend(forms[key])
        elif not fits:
            clusters.append(_Cluster("person", list(forms[key]), [name]))
        else:
            ambiguous.append((key, fits))
    for key, fits in ambiguous:
        apart: _Cluster | None = None
        for mention in forms[key]:
            here = [c for c in fits if any(m.article == mention.article for m in c.mentions)]
            if len(here) == 1:
                here[0].mentions.append(mention)
                continue
            if apart is None:
                apart = _Cluster("person", [], [form_name[key]])
                clusters.append(apart)
            apart.mentions.append(mention)
    return clusters


def _fits(name: PersonName, mentions: list[Mention], cluster: _Cluster) -> bool:
    """The form agrees with every form of the cluster; a "Jr." beside the same name without
    it in one article names two people (father and son)."""
    if not all(same_person(name, other) for other in cluster.names):
        return False
    if any(bool(name.suffix) != bool(other.suffix) for other in cluster.names):
        articles = {m.article for m in mentions}
        return not any(m.article in articles for m in cluster.mentions)
    return True


def _surname_index(clusters: list[_Cluster]) -> dict[str, list[int]]:
    """Block key of each surname reading -> indexes of person clusters bearing it."""
    index: dict[str, list[int]] = defaultdict(list)
    for number, cluster in enumerate(clusters):
        keys = {block_key(k) for name in cluster.names for k in skeletons(name.surname)}
        for key in keys:
            index[key].append(number)
    return index


def _candidates(surname: str, clusters: list[_Cluster], index: dict[str, list[int]]) -> list[int]:
    found: set[int] = set()
    for key in {block_key(k) for k in skeletons(surname)}:
        for number in index.get(key, ()):
            if any(words_match(surname, name.surname, any_vowel=True) for name in clusters[number].names):
                found.add(number)
    return sorted(found)


def _attach_bare(bare: list[Mention], *, parsed, clusters: list[_Cluster]) -> None:
    index = _surname_index(clusters)
    leftovers: list[Mention] = []
    for mention in bare:
        surname = parsed[mention.id].surname
        candidates = _candidates(surname, clusters, index)
        if len(candidates) > 1:
            candidates = _nearest_in_article(mention, [clusters[n] for n in candidates], candidates)
        if len(candidates) == 1:
            clusters[candidates[0]].mentions.append(mention)
        else:
            leftovers.append(mention)
    # Surnames with no (or no decidable) full name: one actor per surname spelling family.
    for block in _blocks(leftovers, lambda m: parsed[m.id].surname):
        groups: list[_Cluster] = []
        for mention in block:
            name = parsed[mention.id]
            home = next(
                (g for g in groups if words_match(name.surname, g.names[0].surname, any_vowel=True)),
                None,
            )
            if home is None:
                groups.append(_Cluster("person", [mention], [name]))
            else:
                home.mentions.append(mention)
        clusters.extend(groups)


def _nearest_in_article(mention: Mention, candidates: list[_Cluster], numbers: list[int]) -> list[int]:
    """The candidate named closest before the mention in its article (else closest after)."""
    best: tuple[int, int] | None = None
    for cluster, number in zip(candidates, numbers):
        for other in cluster.mentions:
            if other.article != mention.article:
                continue
            distance = mention.start - other.start
            rank = distance if distance > 0 else 10**9 - distance
            if best is None or rank < best[0]:
                best = (rank, number)
    return [best[1]] if best else numbers


# -- places, peoples, organisations ----------------------------------------------------------


def _institution_country(mention: Mention) -> tuple[str, str | None]:
    """Split a leading country word off an institution name ("Russian Foreign Ministry")."""
    words = fold(mention.text).split()
    for size in (3, 2, 1):
        if len(words) > size and country_of(" ".join(words[:size])):
            return " ".join(words[size:]), country_of(" ".join(words[:size]))
    role_country = country_of(mention.role) if mention.role else None
    return mention.text, role_country


def _other_key(mention: Mention) -> tuple[str, str | None, str | None, ActorKind]:
    """(identity key, display name, country, kind) of a non-person mention."""
    text, country = _institution_country(mention)
    institution = resolve_institution(text, country=_iso(country))
    if institution:
        key = institution.key or f"inst:{fold(text)}@{mention.article}"
        return key, institution.name, institution.country, "organisation"
    if mention.kind == "group":
        group = resolve_group(mention.text)
        if group:
            return group.key, None, group.country, "group"
    if mention.kind in ("place", "organisation"):
        place = resolve_place(mention.text)
        if place and (mention.kind == "place" or place.key.startswith("country:")):
            return place.key, place.name, place.country, "place"
    return f"{mention.kind}:{fold(mention.text)}", None, None, mention.kind


def _iso(country_name: str | None) -> str | None:
    if country_name is None:
        return None
    place = resolve_place(country_name)
    return place.key.split(":", 1)[1] if place and place.key.startswith("country:") else None


def _acronym(text: str) -> str | None:
    words = [w for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in _MINOR_WORDS]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return None
    return "".join(w[0] for w in words).lower()


def _merge_others(mentions: list[Mention], *, person_clusters: list[_Cluster],
                  surnames: dict[str, list[int]]) -> list[_Cluster]:
    clusters: dict[str, _Cluster] = {}
    expansions: dict[str, set[str]] = defaultdict(set)
    pending_acronyms: list[tuple[str, Mention]] = []
    for mention in mentions:
        key, display, country, kind = _other_key(mention)
        if key.startswith("organisation:") and _rekind_as_person(mention, person_clusters, surnames):
            continue
        if key.startswith("organisation:"):
            text = key.split(":", 1)[1]
            if re.fullmatch(r"[a-z]{2,6}", text.replace(" ", "")) and mention.text.replace(".", "").isupper():
                pending_acronyms.append((key, mention))
                continue
            acronym = _acronym(mention.text)
            if acronym:
                expansions[acronym].add(key)
        cluster = clusters.setdefault(key, _Cluster(kind, display=display, country=country))
        cluster.mentions.append(mention)
    for key, mention in pending_acronyms:
        letters = key.split(":", 1)[1].replace(" ", "")
        targets = expansions.get(letters, set())
        target = next(iter(targets)) if len(targets) == 1 else key
        clusters.setdefault(target, _Cluster("organisation")).mentions.append(mention)
    return list(clusters.values())


def _rekind_as_person(mention: Mention, person_clusters: list[_Cluster],
                      surnames: dict[str, list[int]]) -> bool:
    """An "organisation" that is the name of a person of the run (a tagger's mistake)."""
    name = parse_person(mention.text)
    if name is None or len(mention.text.split()) > 3:
        return False
    numbers = _candidates(name.surname, person_clusters, surnames)
    if name.given:
        numbers = [n for n in numbers if all(same_person(name, o) for o in person_clusters[n].names)]
    if len(numbers) > 1:
        numbers = _nearest_in_article(mention, [person_clusters[n] for n in numbers], numbers)
    if len(numbers) != 1:
        return False
    person_clusters[numbers[0]].mentions.append(mention)
    return True


# -- actors ----------------------------------------------------------------------------------


def _person_display(cluster: _Cluster) -> str:
    """The most frequent full form; ties go to the most used surname spelling, then the fullest."""
    counts = Counter(m.text for m in cluster.mentions)
    names = {text: parse_person(text) for text in counts}
    surname_counts = Counter()
    for text, count in counts.items():
        if names[text]:
            surname_counts[names[text].surname] += count
    scored = []
    for text, count in counts.items():
        name = names[text]
        if name is None:
            continue
        rank = (name.full_given, count, surname_counts[name.surname], len(name.given), len(text))
        scored.append((rank, text))
    return max(scored)[1] if scored else cluster.mentions[0].text


def _build_actors(clusters: list[_Cluster], *, order: dict[str, int]) -> tuple[list[Actor], dict[str, str]]:
    clusters = [c for c in clusters if c.mentions]
    for cluster in clusters:
        cluster.mentions.sort(key=lambda m: order[m.id])
    clusters.sort(key=lambda c: order[c.mentions[0].id])
    actors: list[Actor] = []
    actor_of_mention: dict[str, str] = {}
    for number, cluster in enumerate(clusters):
        actor_id = f"a{number}"
        counts = Counter(m.text for m in cluster.mentions)
        if cluster.kind == "person":
            name = _person_display(cluster)
        else:
            name = cluster.display or counts.most_common(1)[0][0]
        roles: dict[str, None] = {}
        for mention in cluster.mentions:
            for role in (mention.role or "").split("; "):
                if role.strip() and not is_honorific(role):
                    roles.setdefault(role.strip(), None)
            actor_of_mention[mention.id] = actor_id
        actors.append(
            Actor(
                id=actor_id,
                name=name,
                kind=cluster.kind,
                aliases=[text for text, _ in counts.most_common()],
                roles=list(roles),
                seen=[Alias(m.text, m.article, m.start, m.end) for m in cluster.mentions],
                country=cluster.country,
            )
        )
    return actors, actor_of_mention
