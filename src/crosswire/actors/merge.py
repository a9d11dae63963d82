"""Merge mentions across articles into actors: one identity per person, organisation, place.

Each name first gets one kind across the run (``kinds``). People are clustered in ``people``.
Places, peoples and institutions merge by gazetteer identity (institutions of no stated
country only within an article); other organisations by their folded name (either word
order of "Department of X") or, for a company, the name without its designator and
industry words ("Halvex Pharma Inc." is "Halvex"), listed organisations by their aliases,
and an acronym with its only expansion. A name ending in such a word is an organisation.
An "organisation" that names a person of the run joins that person, and so does that
person's office ("X's office said": the staff speak for X). A body the run writes short
joins its full name (``bodies``).
Each actor is shown by its most frequent full form and keeps every spelling with where
it was seen.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from crosswire.knowledge.firms import firm_core, firm_line
from crosswire.knowledge.names import (
    is_given_name,
    is_honorific,
    parse_person,
    same_person,
    title_length,
)
from crosswire.actors.bodies import join_shortened_bodies
from crosswire.actors.kinds import consistent_kinds
from crosswire.actors.people import (
    Cluster,
    SurnameIndex,
    matching,
    merge_people,
    principal_in_article,
)
from crosswire.knowledge.place_context import places_in_article
from crosswire.knowledge.places import (
    Place,
    country_of,
    fold,
    resolve_group,
    resolve_institution,
    resolve_organisation,
    resolve_place,
)
from crosswire.knowledge.role_country import infer_countries
from crosswire.knowledge.text import crude_lemma, without_possessive
from crosswire.knowledge.variants import spelled_out_place
from crosswire.gc_pause import gc_paused
from crosswire.models import Actor, ActorKind, ArticleAnalysis, Mention
from crosswire.nlp.mention_kinds import person_bodies, person_staff

# Organisation names written either way round: "Department of Fisheries", "Fisheries Department".
_HEAD_OF = re.compile(r"(department|ministry|office|agency) of ([a-z]+(?: [a-z]+)?)")
# "Lena Hart's office": a possessive name and the noun after it.
_STAFF = re.compile(r"(.+?)['’]s? (\w+)")
_MINOR_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le"})


def merge_actors(analyses: list[ArticleAnalysis]) -> tuple[list[Actor], dict[str, str]]:
    """Actors of a run and a map from mention id to actor id."""
    texts = {analysis.article.id: analysis.article.text for analysis in analyses}
    actors, actor_of_mention = merge_mentions(
        [mention for analysis in analyses for mention in analysis.mentions], texts=texts)
    return infer_countries(actors, texts=texts), actor_of_mention


def merge_mentions(mentions: list[Mention], *, texts: dict[str, str] | None = None,
                   ) -> tuple[list[Actor], dict[str, str]]:
    """Merge mentions (in text order per article) into actors; ``texts`` (article id ->
    clean text) place a place's name by the words around it ("Paris, Texas")."""
    with gc_paused():
        return _merge(mentions, texts=texts or {})


def _merge(mentions: list[Mention], *, texts: dict[str, str]) -> tuple[list[Actor], dict[str, str]]:
    mentions = consistent_kinds(mentions)
    people = [m for m in mentions if m.kind == "person"]
    others = [m for m in mentions if m.kind != "person"]
    clusters = merge_people(people)
    surnames = SurnameIndex()
    for cluster in clusters:
        for name in cluster.names:
            surnames.add(cluster, name)
    clusters.extend(_merge_others(others, person_clusters=clusters, surnames=surnames, texts=texts))
    return _build_actors(clusters, order={m.id: n for n, m in enumerate(mentions)})


# -- places, peoples, organisations ----------------------------------------------------------


def _institution_country(mention: Mention) -> tuple[str, str | None]:
    """Split a leading country word off an institution name ("Russian Foreign Ministry")."""
    words = fold(re.sub(r"['’]s\b", "", mention.span.text)).split()  # "Russia's ministry"
    for size in (3, 2, 1):
        if len(words) > size and country_of(" ".join(words[:size])):
            return " ".join(words[size:]), country_of(" ".join(words[:size]))
    role_country = country_of(mention.role) if mention.role else None
    return mention.span.text, role_country


def _other_key(mention: Mention, *, split_cores: frozenset[str], places: dict[str, Place | None],
               ) -> tuple[str, str | None, str | None, ActorKind]:
    """(identity key, display name, country, kind) of a non-person mention. A company is
    keyed by its core ("Halvex"), or by core and line of business where the run names
    that core in two lines (``split_cores``: "Halvex Bank", "Halvex Energy")."""
    text, country = _institution_country(mention)
    owned = text if text != mention.span.text else None  # "navy" of "Brazil's navy"
    institution = resolve_institution(text, country=_iso(country))
    if institution:
        key = institution.key or f"inst:{fold(text)}@{mention.span.article}"
        # a generic office ("the Foreign Ministry") is shown with the country the text
        # gives it ("Norwegian foreign ministry"): two countries' ministries are two actors
        generic = resolve_institution(text) is not None and resolve_institution(text).country is None
        display = mention.span.text if generic and text != mention.span.text else institution.name
        return key, display, institution.country, "organisation"
    if mention.kind == "group":
        group = resolve_group(mention.span.text)
        if group:
            return group.key, None, group.country, "group"
    organisation = resolve_organisation(mention.span.text)
    if organisation and mention.kind in ("organisation", "group"):
        return f"org:{fold(organisation)}", organisation, None, "organisation"
    if mention.kind in ("place", "organisation"):
        # as the article's words place it ("Paris, Texas"); else by the name alone, an
        # abbreviation spelled out ("Calif." is California)
        place = places.get(mention.id) or resolve_place(
            spelled_out_place(mention.span.text) or mention.span.text)
        if place and (mention.kind == "place" or place.key.startswith("country:")):
            # A city is shown as the run writes it most (geonames may name the island's town).
            display = None if place.key.startswith("geo:") else place.name
            return place.key, display, place.country, "place"
    text = firm_core(mention.span.text) if mention.kind == "organisation" else None
    if text is not None and fold(text) in split_cores and firm_line(mention.span.text):
        text = f"{text} {firm_line(mention.span.text)}"
    # "US military", "Chilean Air Force": a country word before a body's name says whose it
    # is, and "Brazilian Navy", "Brazil's navy" are one body: keyed by the country's own name
    owner = country if mention.kind == "organisation" else None
    if text is None and owner and owned:
        text = f"{owner} {owned}"
    text = text or _person_body(mention.span.text) or mention.span.text
    key = _head_last(fold(text))
    if mention.kind == "group":
        # "Republicans" and "a Republican": one group, named by a member or by all of them
        *rest, last = key.split()
        key = " ".join([*rest, crude_lemma(last)])
    return f"{mention.kind}:{key}", None, owner, mention.kind


def _person_body(text: str) -> str | None:
    """"Joe Marlow's administration" -> "Marlow administration": a person's body is keyed
    by the surname and the body's noun, however the text writes the name (with or without
    the given name or a possessive)."""
    words = text.split()
    if len(words) < 2 or words[-1].lower() not in person_bodies():
        return None
    owner = without_possessive(" ".join(words[:-1]))
    owner_words = owner.split()
    if owner_words and owner_words[0].lower() == "the":
        owner_words = owner_words[1:]
    if not 1 <= len(owner_words) <= 3 or not all(w[:1].isupper() for w in owner_words) or (
            len(owner_words) > 1 and not is_given_name(owner_words[0])):
        return None
    name = parse_person(" ".join(owner_words))
    return f"{name.surname} {words[-1]}" if name is not None else None


def _places_in_texts(mentions: list[Mention], texts: dict[str, str]) -> dict[str, Place | None]:
    """Mention id -> the place it names as its article's words read it ("Paris, Texas"),
    for the place and organisation mentions of articles the run has the text of."""
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        text = texts.get(mention.span.article)
        if mention.kind in ("place", "organisation") and text is not None and (
                text[mention.span.start : mention.span.end] == mention.span.text):
            by_article[mention.span.article].append(mention)
    places: dict[str, Place | None] = {}
    for article, found in by_article.items():
        read = places_in_article(texts[article], [(m.span.start, m.span.end) for m in found])
        places.update((mention.id, place) for mention, place in zip(found, read))
    return places


def _split_cores(mentions: list[Mention]) -> frozenset[str]:
    """Company cores the run names in more than one line of business."""
    lines: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        core = firm_core(mention.span.text) if mention.kind == "organisation" else None
        line = firm_line(mention.span.text) if core is not None else None
        if line is not None:
            lines[fold(core)].add(line)
    return frozenset(core for core, found in lines.items() if len(found) > 1)


def _head_last(key: str) -> str:
    """ "department of fisheries" -> "fisheries department": one key for both word orders."""
    match = _HEAD_OF.fullmatch(key)
    return f"{match.group(2)} {match.group(1)}" if match else key


def _iso(country_name: str | None) -> str | None:
    if country_name is None:
        return None
    place = resolve_place(country_name)
    return place.key.split(":", 1)[1] if place and place.key.startswith("country:") else None


def _acronyms(text: str) -> set[str]:
    """The acronyms a body's name may go by: its initials, without a country word before
    it ("US Food and Drug Administration" is the FDA) and without a last "and ..." part
    ("Centers for Disease Control and Prevention" is the CDC)."""
    found = set()
    name, _ = _without_country(text)
    for form in {text, name, name.rsplit(" and ", 1)[0]}:
        words = [w for w in re.findall(r"[A-Za-z]+", form) if w.lower() not in _MINOR_WORDS]
        if len(words) >= 2 and all(w[0].isupper() for w in words):
            found.add("".join(w[0] for w in words).lower())
    return found


def _without_country(text: str) -> tuple[str, str | None]:
    """("US Food and Drug Administration") -> ("Food and Drug Administration", "United
    States"): a country's name written before a body's name is whose it is."""
    words = text.split()
    for size in (2, 1):
        if len(words) > size + 1 and (country := country_of(" ".join(words[:size]))):
            return " ".join(words[size:]), country
    return text, None


def _merge_others(mentions: list[Mention], *, person_clusters: list[Cluster],
                  surnames: SurnameIndex, texts: dict[str, str]) -> list[Cluster]:
    clusters: dict[str, Cluster] = {}
    expansions: dict[str, set[str]] = defaultdict(set)
    pending_acronyms: list[tuple[str, Mention]] = []
    split_cores = _split_cores(mentions)
    places = _places_in_texts(mentions, texts)
    for mention in mentions:
        key, display, country, kind = _other_key(mention, split_cores=split_cores, places=places)
        if key.startswith("organisation:") and firm_core(mention.span.text) is None and (
                _rekind_as_person(mention, person_clusters, surnames)):
            continue
        owner = _staff_owner(mention.span.text)
        if owner is not None and _rekind_as_person(mention, person_clusters, surnames,
                                                   owner=owner):
            continue  # "Senator X's office said": X's staff speak for X
        if key.startswith("organisation:"):
            text = key.split(":", 1)[1]
            if re.fullmatch(r"[a-z]{2,6}", text.replace(" ", "")) and _in_capitals(mention.span.text):
                pending_acronyms.append((key, mention))
                continue
            for acronym in _acronyms(mention.span.text):
                expansions[acronym].add(key)
        cluster = clusters.setdefault(key, Cluster(kind, display=display, country=country))
        cluster.add(mention)
    for key, mention in pending_acronyms:
        letters = key.split(":", 1)[1].replace(" ", "")
        # "CDC" beside "Centers for ..." and "US Centers for ...": one body, by its bare
        # name where the run writes one
        targets = expansions.get(letters, set())
        bare = {t for t in targets if _without_country(t.split(":", 1)[1])[1] is None}
        targets = bare or targets
        target = next(iter(targets)) if len(targets) == 1 else key
        clusters.setdefault(target, Cluster("organisation")).add(mention)
    return join_shortened_bodies(_join_owned_bodies(_join_parent_acronyms(clusters, expansions)))


def _join_parent_acronyms(clusters: dict[str, Cluster],
                          expansions: dict[str, set[str]]) -> dict[str, Cluster]:
    """"UN General Assembly" joins the "United Nations General Assembly" the run also
    names: a leading acronym that the run spells out for one body only stands for it."""
    for key in list(clusters):
        kind, _, name = key.partition(":")
        first, _, rest = name.partition(" ")
        written = _written_words(clusters[key])
        parents = expansions.get(first.replace(".", ""), set())
        if kind != "organisation" or not rest or not written or not _in_capitals(written[0]) or (
                len(parents) != 1):
            continue
        holder = clusters.get(f"organisation:{next(iter(parents)).partition(':')[2]} {rest}")
        if holder is not None and holder is not clusters[key]:
            holder.add(*clusters.pop(key).mentions)
    return clusters


def _written_words(cluster: Cluster) -> list[str]:
    """The words of the cluster's first mention as the text wrote them (the key is folded)."""
    return cluster.mentions[0].span.text.split() if cluster.mentions else []


def _in_capitals(text: str) -> bool:
    """"UN", "U.S.": written in capitals, with or without dots."""
    return text.replace(".", "").isupper()


def _join_owned_bodies(clusters: dict[str, Cluster]) -> list[Cluster]:
    """"US Food and Drug Administration" joins the "Food and Drug Administration" the run
    also names: the country before the name says whose body it is, not another body."""
    kept = []
    for key, cluster in clusters.items():
        kind, _, name = key.partition(":")
        bare, country = _without_country(name)
        owner = f"{fold(cluster.country)} " if cluster.country else None
        if country is None and owner and name.startswith(owner):
            # "US Navy", "Brazil's navy": keyed by the owning country's name before the body's
            bare, country = name.removeprefix(owner), cluster.country
        # the bare name may be a listed body's ("Supreme Court"), keyed by the list
        listed = resolve_organisation(bare)
        holder = (clusters.get(f"{kind}:{bare}") or (listed and clusters.get(f"org:{fold(listed)}"))
                  if kind == "organisation" and country else None)
        if holder is not None and holder is not cluster:
            holder.add(*cluster.mentions)
            holder.country = holder.country or country
            continue
        kept.append(cluster)
    return kept


def _staff_owner(text: str) -> str | None:
    """"Lena Hart's office" -> "Lena Hart": the person whose staff the name is."""
    match = _STAFF.fullmatch(text)
    if match is None or match.group(2).lower() not in person_staff():
        return None
    return match.group(1)


def _rekind_as_person(mention: Mention, person_clusters: list[Cluster],
                      surnames: SurnameIndex, *, owner: str | None = None) -> bool:
    """An "organisation" that is the name of a person of the run (a tagger's mistake), or
    the staff of the ``owner`` it names, a person of the run ("X's office")."""
    text = owner or mention.span.text
    name = parse_person(text)
    if name is None or len(text.split()) > 3:
        return False
    candidates = matching(name, surnames)
    if name.given:
        candidates = [c for c in candidates if all(same_person(name, o) for o in c.names)]
    if len(candidates) > 1:
        candidates = principal_in_article(mention, candidates)
    if len(candidates) != 1:
        return False
    candidates[0].add(mention)
    return True


# -- actors ----------------------------------------------------------------------------------


def _person_display(cluster: Cluster) -> str:
    """The most frequent full form; ties go to the most used surname spelling, then the fullest."""
    counts = Counter(m.span.text for m in cluster.mentions)
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
    if not scored:
        return cluster.mentions[0].span.text
    display = max(scored)[1]
    return display if names[display].given else _titled(cluster, display)


def _titled(cluster: Cluster, surname: str) -> str:
    """A person the run names only by surname is shown as the texts title him ("President
    X", else "Mr. X"): a bare surname says less than any form the texts use."""
    counts: Counter[tuple[bool, str]] = Counter()
    for mention in cluster.mentions:
        words = (mention.role or "").split()
        if mention.span.text == surname and words and title_length(words) == len(words):
            counts[(not is_honorific(mention.role), mention.role)] += 1
    if not counts:
        return surname
    (_, title), _ = max(counts.items(), key=lambda item: (item[0][0], item[1], item[0][1]))
    return f"{title} {surname}"


def _without_shorter_forms(roles: dict[str, str]) -> list[str]:
    """The roles (folded -> as written) without one that ends another ("Director" of
    "FBI Director", "Rep." of "Republican Ohio Rep."): the longer says it already."""
    words = {key: key.split() for key in roles}
    return [role for key, role in roles.items()
            if not any(len(other) > len(words[key]) and other[-len(words[key]):] == words[key]
                       for other in words.values())]


def _build_actors(clusters: list[Cluster], *, order: dict[str, int]) -> tuple[list[Actor], dict[str, str]]:
    clusters = [c for c in clusters if c.mentions]
    for cluster in clusters:
        cluster.mentions.sort(key=lambda m: order[m.id])
    clusters.sort(key=lambda c: order[c.mentions[0].id])
    actors: list[Actor] = []
    actor_of_mention: dict[str, str] = {}
    for number, cluster in enumerate(clusters):
        actor_id = f"a{number}"
        counts = Counter(m.span.text for m in cluster.mentions)
        if cluster.kind == "person":
            name = _person_display(cluster)
        else:
            # "Ontario" over "Ont.": an abbreviation only where the run spells it no other way
            written = [text for text, _ in counts.most_common() if not spelled_out_place(text)]
            name = cluster.display or (written or [counts.most_common(1)[0][0]])[0]
        roles: dict[str, str] = {}  # folded -> first wording seen ("foreign minister" once)
        for mention in cluster.mentions:
            for role in (mention.role or "").split("; "):
                if not role.strip() or is_honorific(role):
                    continue
                if cluster.kind != "person" and country_of(role):
                    continue  # "Ukraine's" Foreign Ministry: ownership, shown as the country
                roles.setdefault(fold(role), role.strip())
            actor_of_mention[mention.id] = actor_id
        actors.append(
            Actor(
                id=actor_id,
                name=name,
                kind=cluster.kind,
                aliases=[text for text, _ in counts.most_common()],
                roles=_without_shorter_forms(roles),
                seen=[m.span for m in cluster.mentions],
                country=cluster.country,
            )
        )
    return actors, actor_of_mention
