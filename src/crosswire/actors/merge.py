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
from dataclasses import dataclass, field

from crosswire.actors.names import PersonName, given_classes, is_honorific, parse_person, same_person
from crosswire.actors.places import (
    country_of,
    fold,
    resolve_group,
    resolve_institution,
    resolve_place,
)
from crosswire.actors.transliterate import surname_keys, words_match
from crosswire.models import Actor, ActorKind, Alias, ArticleAnalysis, Mention

_MINOR_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le"})


@dataclass
class _Cluster:
    kind: ActorKind
    mentions: list[Mention] = field(default_factory=list)
    names: list[PersonName] = field(default_factory=list)
    display: str | None = None
    country: str | None = None
    # article id -> start offsets of the cluster's mentions there (context lookups)
    starts: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))

    def add(self, *mentions: Mention) -> None:
        for mention in mentions:
            self.mentions.append(mention)
            self.starts[mention.article].append(mention.start)


def merge_actors(analyses: list[ArticleAnalysis]) -> tuple[list[Actor], dict[str, str]]:
    """Actors of a run and a map from mention id to actor id."""
    return merge_mentions([mention for analysis in analyses for mention in analysis.mentions])


def merge_mentions(mentions: list[Mention]) -> tuple[list[Actor], dict[str, str]]:
    """Merge mentions (in text order per article) into actors."""
    people = [m for m in mentions if m.kind == "person"]
    others = [m for m in mentions if m.kind != "person"]
    clusters = _merge_people(people)
    surnames = _SurnameIndex()
    for cluster in clusters:
        for name in cluster.names:
            surnames.add(cluster, name)
    clusters.extend(_merge_others(others, person_clusters=clusters, surnames=surnames))
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

    index = _SurnameIndex()
    clusters = _cluster_forms(forms, form_name=form_name, index=index)
    _attach_bare(bare, parsed=parsed, clusters=clusters, index=index)
    return clusters


class _SurnameIndex:
    """Person clusters by the block keys of their surnames' spellings.

    A form is compared only with the clusters that share one of its keys (no transitive
    blocks), so the work per form stays small however large the run. Full names are
    also keyed by the classes their given names may start with, so that many people of
    one surname (Kim, Smith) are not all compared with each other.
    """

    def __init__(self) -> None:
        # table ("f" fine surname keys, "c" coarse, "fg"/"cg" with a given-name class) -> key -> clusters
        self._tables: dict[str, dict[str, list[_Cluster]]] = defaultdict(lambda: defaultdict(list))
        self._keys: dict[int, set[tuple[str, str]]] = defaultdict(set)

    def add(self, cluster: _Cluster, name: PersonName) -> None:
        fine, coarse = surname_keys(name.surname)
        classes = given_classes(name)
        keys = {(table, key) for table, keys in (("f", fine), ("c", coarse)) for key in keys}
        keys |= {(table + "g", f"{key}/{c}") for table, key in set(keys) for c in classes}
        known = self._keys[id(cluster)]
        for table, key in keys - known:
            self._tables[table][key].append(cluster)
        known.update(keys)

    def candidates(self, name: PersonName, *, by_given: bool = False) -> list[_Cluster]:
        fine, coarse = surname_keys(name.surname)
        vowel_free = all(key.startswith("~") for key in fine)
        # Latin spellings also look under "~consonants", where Arabic-script forms sit.
        table, keys = ("c", coarse) if vowel_free else ("f", fine | coarse)
        if by_given:
            classes = given_classes(name)
            table, keys = table + "g", {f"{key}/{c}" for key in keys for c in classes}
        found: dict[int, _Cluster] = {}
        lookup = self._tables[table]
        for key in keys:
            for cluster in lookup.get(key, ()):
                found[id(cluster)] = cluster
        return list(found.values())


def _richness(name: PersonName, count: int) -> tuple:
    written_out = sum(len(g.strip(".")) > 1 for g in name.given)
    return (-name.full_given, -written_out, -len(name.given), -count)


def _cluster_forms(forms: dict[tuple, list[Mention]], *, form_name: dict[tuple, PersonName],
                   index: _SurnameIndex) -> list[_Cluster]:
    """Full name forms, richest first, each into the one cluster it agrees with."""
    order = sorted(forms, key=lambda key: (_richness(form_name[key], len(forms[key])), repr(key)))
    clusters: list[_Cluster] = []
    ambiguous: list[tuple[tuple, list[_Cluster]]] = []
    for key in order:
        name = form_name[key]
        candidates = index.candidates(name, by_given=True)
        fits = [c for c in candidates if _fits(name, forms[key], c)]
        if len(fits) == 1:
            fits[0].names.append(name)
            fits[0].add(*forms[key])
            index.add(fits[0], name)
        elif not fits:
            cluster = _Cluster("person", names=[name])
            cluster.add(*forms[key])
            clusters.append(cluster)
            index.add(cluster, name)
        else:
            ambiguous.append((key, fits))
    for key, fits in ambiguous:
        apart: _Cluster | None = None
        for mention in forms[key]:
            here = [c for c in fits if mention.article in c.starts]
            if len(here) == 1:
                here[0].add(mention)
                continue
            if apart is None:
                apart = _Cluster("person", names=[form_name[key]])
                clusters.append(apart)
            apart.add(mention)
    return clusters


def _fits(name: PersonName, mentions: list[Mention], cluster: _Cluster) -> bool:
    """The form agrees with every form of the cluster; a "Jr." beside the same name without
    it in one article names two people (father and son)."""
    if not all(same_person(name, other) for other in cluster.names):
        return False
    if any(bool(name.suffix) != bool(other.suffix) for other in cluster.names):
        articles = {m.article for m in mentions}
        return not any(article in cluster.starts for article in articles)
    return True


def _matching(name: PersonName, index: _SurnameIndex) -> list[_Cluster]:
    """Clusters with a spelling of this (bare) surname."""
    return [
        cluster for cluster in index.candidates(name)
        if any(words_match(name.surname, other.surname, any_vowel=True) for other in cluster.names)
    ]


def _attach_bare(bare: list[Mention], *, parsed, clusters: list[_Cluster], index: _SurnameIndex) -> None:
    leftovers = _SurnameIndex()
    for mention in bare:
        name = parsed[mention.id]
        candidates = _matching(name, index)
        if len(candidates) > 1:
            candidates = _nearest_in_article(mention, candidates)
        if len(candidates) == 1:
            candidates[0].add(mention)
            continue
        # No (or no decidable) full name: one actor per surname spelling family.
        home = _matching(name, leftovers)
        if home:
            home[0].add(mention)
        else:
            cluster = _Cluster("person", names=[name])
            cluster.add(mention)
            clusters.append(cluster)
            leftovers.add(cluster, name)


def _nearest_in_article(mention: Mention, candidates: list[_Cluster]) -> list[_Cluster]:
    """The candidate named closest before the mention in its article (else closest after)."""
    best: tuple[int, _Cluster] | None = None
    for cluster in candidates:
        for start in cluster.starts.get(mention.article, ()):
            distance = mention.start - start
            rank = distance if distance > 0 else 10**9 - distance
            if best is None or rank < best[0]:
                best = (rank, cluster)
    return [best[1]] if best else candidates


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
                  surnames: _SurnameIndex) -> list[_Cluster]:
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
        cluster.add(mention)
    for key, mention in pending_acronyms:
        letters = key.split(":", 1)[1].replace(" ", "")
        targets = expansions.get(letters, set())
        target = next(iter(targets)) if len(targets) == 1 else key
        clusters.setdefault(target, _Cluster("organisation")).add(mention)
    return list(clusters.values())


def _rekind_as_person(mention: Mention, person_clusters: list[_Cluster],
                      surnames: _SurnameIndex) -> bool:
    """An "organisation" that is the name of a person of the run (a tagger's mistake)."""
    name = parse_person(mention.text)
    if name is None or len(mention.text.split()) > 3:
        return False
    candidates = _matching(name, surnames)
    if name.given:
        candidates = [c for c in candidates if all(same_person(name, o) for o in c.names)]
    if len(candidates) > 1:
        candidates = _nearest_in_article(mention, candidates)
    if len(candidates) != 1:
        return False
    candidates[0].add(mention)
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
