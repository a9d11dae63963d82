"""One body the run writes short, joined to its full name: an office in lowercase ("the
water authority"), the part of a name before "and" ("Office of Coastal Safety"), or its
capitalised head word alone ("the Court"). Each joins only where the run has exactly one
organisation it can stand for; with two, which one is meant stays unknown."""

from __future__ import annotations

from collections import Counter, defaultdict

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
    longer: dict[str, list[Cluster]] = defaultdict(list)
    for cluster in clusters:
        if cluster.kind == "organisation":
            for first in {fold(m.span.text).split(" and ")[0] for m in cluster.mentions
                          if " and " in fold(m.span.text)}:
                longer[first].append(cluster)
    kept = []
    for cluster in clusters:
        names = {fold(m.span.text) for m in cluster.mentions}
        name = next(iter(names)) if len(names) == 1 else ""
        holders = [c for c in longer.get(name, []) if c is not cluster]
        if cluster.kind == "organisation" and len(name.split()) > 1 and len(holders) == 1:
            holders[0].add(*cluster.mentions)
            continue
        kept.append(cluster)
    return kept


def _join_bare_heads(clusters: list[Cluster]) -> list[Cluster]:
    """A body named only by its capitalised head word ("the Court ruled") joins the one
    organisation of the run whose name ends in that word ("Supreme Court"); with two such
    organisations it stays apart. A chamber's word that names one body by itself ("House",
    "Senate") is never a shortening: "the House" is no "White House"."""
    by_last_word: dict[str, list[Cluster]] = defaultdict(list)
    for cluster in clusters:
        if cluster.kind == "organisation":
            for last in {m.span.text.split()[-1] for m in cluster.mentions if " " in m.span.text}:
                by_last_word[last].append(cluster)
    kept = []
    for cluster in clusters:
        written = {m.span.text for m in cluster.mentions}
        word = next(iter(written)) if len(written) == 1 else ""
        holders = by_last_word.get(word, [])
        if cluster.kind == "organisation" and is_organisation_head(word) and (
                not names_one_body(word)) and len(holders) == 1:
            holders[0].add(*cluster.mentions)
            continue
        kept.append(cluster)
    return kept
