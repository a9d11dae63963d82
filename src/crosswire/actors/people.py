"""People: full name forms clustered by spelling and given names, bare surnames attached.

Distinct full name forms are taken richest first (written-out given names, more of
them, more often) and each joins the one cluster whose every form it agrees with
(``names.same_person``). Candidates come from an index keyed by the surname's spelling
keys and the given name's initial classes, never from a pass over all clusters, so the
work grows with the run, not with its square. A form that agrees with two clusters that
disagree with each other ("George Bush" beside "George W. Bush" and "George H. W.
Bush") is decided per article: it joins the cluster named in the same article, or stays
apart. A bare surname joins the only person of that surname in the run, else the one
its article names in full most often (on a tie the nearest before it), else the one whose
role it shares, else stays apart.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from crosswire.knowledge.names import (
    PersonName,
    given_classes,
    is_honorific,
    parse_person,
    same_person,
)
from crosswire.knowledge.places import fold
from crosswire.knowledge.transliterate import surname_keys, words_match
from crosswire.models import ActorKind, Mention


@dataclass
class Cluster:
    """Mentions merged so far into one actor (``names``: the person name forms it holds)."""

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
            self.starts[mention.span.article].append(mention.span.start)


def _form_key(name: PersonName) -> tuple:
    return (tuple(g.lower().strip(".") for g in name.given), name.surname.lower(), name.suffix)


def merge_people(mentions: list[Mention]) -> list[Cluster]:
    """Person mentions of a run, clustered into people."""
    parsed: dict[str, PersonName] = {}
    forms: dict[tuple, list[Mention]] = defaultdict(list)
    form_name: dict[tuple, PersonName] = {}
    bare: list[Mention] = []
    for mention in mentions:
        name = parse_person(mention.span.text)
        if name is None:
            continue
        parsed[mention.id] = name
        if not name.given:
            bare.append(mention)
            continue
        key = _form_key(name)
        forms[key].append(mention)
        form_name[key] = name

    index = SurnameIndex()
    clusters = _cluster_forms(forms, form_name=form_name, index=index)
    _given_first_where_named_so(clusters, bare={fold(parsed[m.id].surname) for m in bare}, index=index)
    _attach_bare(bare, parsed=parsed, clusters=clusters, index=index)
    return clusters


def _given_first_where_named_so(clusters: list[Cluster], *, bare: set[str], index: SurnameIndex) -> None:
    """A two-word name read surname first because its first word is an East Asian surname
    ("Lee Marchetti", "Chan Okafor") is given name first where the run calls the person by
    the other word alone ("Marchetti said"): no one is called by a given name alone in news."""
    for cluster in clusters:
        for name in list(cluster.names):
            if name.surname_first and len(name.given) == 1 and name.given[0] in bare:
                western = PersonName(given=(name.surname,), surname=name.given[0])
                cluster.names.append(western)
                index.add(cluster, western)


class SurnameIndex:
    """Person clusters by the block keys of their surnames' spellings.

    A form is compared only with the clusters that share one of its keys (no transitive
    blocks), so the work per form stays small however large the run. Full names are
    also keyed by the classes their given names may start with, so that many people of
    one surname (Kim, Smith) are not all compared with each other.
    """

    def __init__(self) -> None:
        # table ("f" fine surname keys, "c" coarse, "fg"/"cg" with a given-name class) -> key -> clusters
        self._tables: dict[str, dict[str, list[Cluster]]] = defaultdict(lambda: defaultdict(list))
        self._keys: dict[int, set[tuple[str, str]]] = defaultdict(set)

    def add(self, cluster: Cluster, name: PersonName) -> None:
        fine, coarse = surname_keys(name.surname)
        classes = given_classes(name)
        keys = {(table, key) for table, keys in (("f", fine), ("c", coarse)) for key in keys}
        keys |= {(table + "g", f"{key}/{c}") for table, key in set(keys) for c in classes}
        known = self._keys[id(cluster)]
        for table, key in keys - known:
            self._tables[table][key].append(cluster)
        known.update(keys)

    def candidates(self, name: PersonName, *, by_given: bool = False) -> list[Cluster]:
        fine, coarse = surname_keys(name.surname)
        vowel_free = all(key.startswith("~") for key in fine)
        # Latin spellings also look under "~consonants", where Arabic-script forms sit.
        table, keys = ("c", coarse) if vowel_free else ("f", fine | coarse)
        if by_given:
            classes = given_classes(name)
            table, keys = table + "g", {f"{key}/{c}" for key in keys for c in classes}
        found: dict[int, Cluster] = {}
        lookup = self._tables[table]
        for key in keys:
            for cluster in lookup.get(key, ()):
                found[id(cluster)] = cluster
        return list(found.values())


def _richness(name: PersonName, count: int) -> tuple:
    written_out = sum(len(g.strip(".")) > 1 for g in name.given)
    return (-name.full_given, -written_out, -len(name.given), -count)


def _cluster_forms(forms: dict[tuple, list[Mention]], *, form_name: dict[tuple, PersonName],
                   index: SurnameIndex) -> list[Cluster]:
    """Full name forms, richest first, each into the one cluster it agrees with."""
    order = sorted(forms, key=lambda key: (_richness(form_name[key], len(forms[key])), repr(key)))
    clusters: list[Cluster] = []
    ambiguous: list[tuple[tuple, list[Cluster]]] = []
    for key in order:
        name = form_name[key]
        candidates = index.candidates(name, by_given=True)
        fits = [c for c in candidates if _fits(name, forms[key], c)]
        if len(fits) == 1:
            fits[0].names.append(name)
            fits[0].add(*forms[key])
            index.add(fits[0], name)
        elif not fits:
            cluster = Cluster("person", names=[name])
            cluster.add(*forms[key])
            clusters.append(cluster)
            index.add(cluster, name)
        else:
            ambiguous.append((key, fits))
    for key, fits in ambiguous:
        apart: Cluster | None = None
        for mention in forms[key]:
            here = [c for c in fits if mention.span.article in c.starts]
            if len(here) == 1:
                here[0].add(mention)
                continue
            if apart is None:
                apart = Cluster("person", names=[form_name[key]])
                clusters.append(apart)
            apart.add(mention)
    return clusters


def _fits(name: PersonName, mentions: list[Mention], cluster: Cluster) -> bool:
    """The form agrees with every form of the cluster; a "Jr." beside the same name without
    it in one article names two people (father and son)."""
    if not all(same_person(name, other) for other in cluster.names):
        return False
    if any(bool(name.suffix) != bool(other.suffix) for other in cluster.names):
        articles = {m.span.article for m in mentions}
        return not any(article in cluster.starts for article in articles)
    return True


def matching(name: PersonName, index: SurnameIndex) -> list[Cluster]:
    """Clusters with a spelling of this (bare) surname."""
    return [
        cluster for cluster in index.candidates(name)
        if any(words_match(name.surname, other.surname, any_vowel=True) for other in cluster.names)
    ]


def _attach_bare(bare: list[Mention], *, parsed, clusters: list[Cluster], index: SurnameIndex) -> None:
    leftovers = SurnameIndex()
    for mention in bare:
        name = parsed[mention.id]
        candidates = matching(name, index)
        if len(candidates) > 1:
            candidates = principal_in_article(mention, candidates)
        if len(candidates) > 1:
            candidates = _same_role(mention, candidates)
        if len(candidates) == 1:
            candidates[0].add(mention)
            continue
        # No (or no decidable) full name: one actor per surname spelling family.
        home = matching(name, leftovers)
        if home:
            home[0].add(mention)
        else:
            cluster = Cluster("person", names=[name])
            cluster.add(mention)
            clusters.append(cluster)
            leftovers.add(cluster, name)


def principal_in_article(mention: Mention, candidates: list[Cluster]) -> list[Cluster]:
    """Of people who share a surname, the one the mention's article names in full most
    often, on a tie the one named closest before it (else closest after): news calls the
    story's own person by the bare surname and gives a relative of the same name ("his
    father, X") the full name once, so the last full name before a bare surname may be
    the relative's. All the candidates where the article names none of them."""
    best: tuple[tuple[int, int], Cluster] | None = None
    for cluster in candidates:
        full = [m.span.start for m in cluster.mentions
                if m.span.article == mention.span.article and len(m.span.text.split()) > 1]
        for start in cluster.starts.get(mention.span.article, ()):
            distance = mention.span.start - start
            rank = (-len(full), distance if distance > 0 else 10**9 - distance)
            if best is None or rank < best[0]:
                best = (rank, cluster)
    return [best[1]] if best else candidates


# Words of a role that say nothing about which office it is.
_ROLE_FILLER = frozenset({"the", "a", "an", "of", "to", "for", "and", "in", "at", "s", "top",
                          "former", "then", "senior", "deputy"})


def _role_words(role: str | None) -> set[str]:
    words = set()
    for part in (role or "").split("; "):
        if part and not is_honorific(part):
            words |= set(fold(part).split()) - _ROLE_FILLER
    return words


def _same_role(mention: Mention, candidates: list[Cluster]) -> list[Cluster]:
    """Between people of one surname named elsewhere, the one whose role the mention shares
    ("Kremlin spokesman Orlov" -> the Orlov called Kremlin spokesman)."""
    words = _role_words(mention.role)
    if not words:
        return candidates
    sharing = [c for c in candidates if any(words & _role_words(m.role) for m in c.mentions)]
    return sharing if len(sharing) == 1 else candidates
