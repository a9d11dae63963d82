"""One body the run writes short, joined to its full name: an office in lowercase ("the
water authority"), the part of a name before "and" ("Office of Coastal Safety"), or its
capitalised head word alone ("the Court"). Each joins only where the run has exactly one
organisation it can stand for; with two, which one is meant stays unknown."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

from crosswire.actors.people import Cluster
from crosswire.knowledge.places import fold
from crosswire.nlp.mention_kinds import is_organisation_head, names_one_body


def join_shortened_bodies(clusters: list[Cluster]) -> list[Cluster]:
    """``clusters`` with each shortened body's cluster joined into its full name's."""
    return _join_bare_heads(_join_names_cut_before_and(_join_common_bodies(clusters)))


def _join_common_bodies(clusters: list[Cluster]) -> list[Cluster]:
    """A body the text named only by its office in lowercase ("the water authority said")
    joins the one organisation of the run whose name holds all its words ("Merriton Valley
    Water Authority", "state water authority"), and is shown by that name; with two such
    organisations it stays apart (which of them spoke is unknown)."""
    names = [frozenset(fold(c.mentions[0].span.text).split()) if c.kind == "organisation"
             and c.mentions else frozenset() for c in clusters]
    kept = []
    for n, cluster in enumerate(clusters):
        if cluster.kind == "organisation" and cluster.mentions and all(
                m.span.text.islower() for m in cluster.mentions):
            holders = [c for m, c in enumerate(clusters)
                       if m != n and c.mentions and names[n] < names[m]]
            if len(holders) == 1:
                holder = holders[0]
                if holder.display is None:
                    holder.display = Counter(m.span.text for m in holder.mentions).most_common(1)[0][0]
                holder.add(*cluster.mentions)
                continue
        kept.append(cluster)
    return kept


def _join_names_cut_before_and(clusters: list[Cluster]) -> list[Cluster]:
    """A body's name of two or more words that is the part before "and" of the one longer
    name of the run ("Office of Coastal Safety" of "Office of Coastal Safety and Rescue")
    is that body, shortened as news writes it."""
    longer = _organisations_by(
        clusters, lambda text: fold(text).split(" and ")[0] if " and " in fold(text) else None)
    return _join_into_one_holder(clusters, longer, written=fold,
                                 shortens=lambda name: len(name.split()) > 1)


def _join_bare_heads(clusters: list[Cluster]) -> list[Cluster]:
    """A body named only by its capitalised head word ("the Court ruled") joins the one
    organisation of the run whose name ends in that word ("Supreme Court"); with two such
    organisations it stays apart. A chamber's word that names one body by itself ("House",
    "Senate") is never a shortening: "the House" is no "White House"."""
    by_last_word = _organisations_by(
        clusters, lambda text: text.split()[-1] if " " in text else None)
    return _join_into_one_holder(
        clusters, by_last_word, written=str,
        shortens=lambda word: is_organisation_head(word) and not names_one_body(word))


def _organisations_by(clusters: list[Cluster],
                      key: Callable[[str], str | None]) -> dict[str, list[Cluster]]:
    """The organisation clusters under each ``key`` of their mentions' words (None: no key)."""
    index: dict[str, list[Cluster]] = defaultdict(list)
    for cluster in clusters:
        if cluster.kind == "organisation":
            for name in {key(m.span.text) for m in cluster.mentions} - {None}:
                index[name].append(cluster)
    return index


def _join_into_one_holder(clusters: list[Cluster], holders_by_name: dict[str, list[Cluster]], *,
                          written: Callable[[str], str],
                          shortens: Callable[[str], bool]) -> list[Cluster]:
    """``clusters`` with each organisation whose mentions all write one name (as ``written``
    reads it) that ``shortens`` a longer name joined to the one other cluster holding it;
    with two such holders which one is meant stays unknown, and it stays apart."""
    kept = []
    for cluster in clusters:
        names = {written(m.span.text) for m in cluster.mentions}
        name = next(iter(names)) if len(names) == 1 else ""
        holders = [c for c in holders_by_name.get(name, []) if c is not cluster]
        if cluster.kind == "organisation" and shortens(name) and len(holders) == 1:
            holders[0].add(*cluster.mentions)
            continue
        kept.append(cluster)
    return kept
