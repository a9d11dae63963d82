"""What the analysis sections of brief.html show, worked out before any template runs.

Each builder reads the compare records and returns small view records whose links are
already page anchors (``Anchors``), so the templates only lay them out and the article
texts get marks for exactly the spans something links to.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from crosswire.briefing.anchors import Anchors
from crosswire.briefing.build import BriefingView
from crosswire.compare.claim_disputes import ACCOUNT
from crosswire.compare.sentence_model import matcher
from crosswire.models import (
    Briefing,
    Claim,
    ClaimVersion,
    HeadlineSubject,
    Issue,
    OutletFraming,
    Position,
    TermUse,
    TextSpan,
)

# Beyond these the sections list the strongest items and say how many more brief.json has:
# a page for 500 articles stays readable and its size bounded.
MAX_POSITION_ROWS = 60
MAX_ISSUE_COLUMNS = 8
MAX_CLAIMS = 40
MAX_EVIDENCE_LINKS = 8  # scare quotes or hedges shown per outlet
MAX_VOICES = 5
MAX_OMITTED = 6
KIND_WORDS = {"direct": "quoted", "indirect": "paraphrased", "mixed": "partly quoted"}
FACT_WORDS = "reported as fact"
ACCOUNT_WORDS = "what happened"  # how a dispute between versions is named
REGISTRY_FIELDS = ("country", "kind", "ownership", "state_affiliation", "language")


@dataclass(frozen=True)
class Link:
    """An in-page link: ``targets`` are anchors, the first is scrolled to, all light up."""

    label: str
    targets: tuple[str, ...]
    title: str = ""

    @property
    def href(self) -> str:
        return "#" + self.targets[0]

    @property
    def data_target(self) -> str:
        return " ".join(self.targets)


def link_to(label: str, *targets: str | None, title: str = "") -> Link | None:
    kept = tuple(t for t in targets if t)
    return Link(label, kept, title) if kept else None


# Positions


@dataclass(frozen=True)
class ConditionView:
    text: str
    link: Link | None


@dataclass(frozen=True)
class Cell:
    stance: str
    link: Link | None
    sources: list[Link]
    conditions: list[ConditionView]
    # the side taken before a change of sides, linked to where the texts tell it
    earlier: Link | None = None


@dataclass(frozen=True)
class PositionRow:
    actor: str
    actor_anchor: str
    role: str | None
    cells: list[Cell | None]


@dataclass(frozen=True)
class PositionGroup:
    country: str
    rows: list[PositionRow]


@dataclass(frozen=True)
class PositionsMatrix:
    issues: list[Issue]
    groups: list[PositionGroup]
    rows_left_out: int = 0


@dataclass(frozen=True)
class PositionGrid:
    """Which issues are columns and which actors rows (by side), shared by HTML and Markdown."""

    issues: list[Issue]
    sides: list[tuple[str, list[dict[str, Position]]]]  # country, rows of issue id -> position
    rows_left_out: int


UNKNOWN_COUNTRY = "country unknown"


def position_grid(briefing: Briefing) -> PositionGrid:
    issues = {issue.id: issue for issue in briefing.issues}
    held = [p for p in briefing.positions if p.issue in issues]
    per_issue: dict[str, int] = defaultdict(int)
    for position in held:
        per_issue[position.issue] += 1
    columns = sorted(per_issue, key=lambda i: (not issues[i].seed, -per_issue[i], i))
    columns = columns[:MAX_ISSUE_COLUMNS]
    by_actor: dict[str, dict[str, Position]] = defaultdict(dict)
    for position in held:
        if position.issue in columns:
            by_actor[position.actor][position.issue] = position
    countries = {a.id: a.country for a in briefing.actors}
    weight = {actor: sum(len(p.statements) for p in cells.values())
              for actor, cells in by_actor.items()}
    ranked = sorted(by_actor, key=lambda a: -weight[a])
    sides: dict[str, list[dict[str, Position]]] = defaultdict(list)
    for actor_id in ranked[:MAX_POSITION_ROWS]:
        cells = by_actor[actor_id]
        country = next(iter(cells.values())).country or countries.get(actor_id)
        sides[country or UNKNOWN_COUNTRY].append(cells)
    # Sides with the most actors holding positions first; actors without a country last.
    order = sorted(sides, key=lambda c: (c == UNKNOWN_COUNTRY, -len(sides[c]), c))
    return PositionGrid([issues[i] for i in columns], [(c, sides[c]) for c in order],
                        rows_left_out=max(0, len(ranked) - MAX_POSITION_ROWS))


def positions_matrix(view: BriefingView, anchors: Anchors) -> PositionsMatrix:
    """Actors (rows, grouped by country) by issues (columns), one stance per cell."""
    grid = position_grid(view.briefing)
    groups = []
    for country, rows in grid.sides:
        shown = []
        for cells in rows:
            first = next(iter(cells.values()))
            actor = view.actors.get(first.actor)
            shown.append(PositionRow(
                actor=view.holder_name(first),
                actor_anchor=anchors.actor(first.actor),
                # the role tells the side when no country is known ("Kremlin spokesman")
                role=actor.roles[0] if actor and actor.roles else None,
                cells=[_cell(view, anchors, cells[i.id]) if i.id in cells else None
                       for i in grid.issues],
            ))
        groups.append(PositionGroup(country, shown))
    return PositionsMatrix(grid.issues, groups, grid.rows_left_out)


def _cell(view: BriefingView, anchors: Anchors, position: Position) -> Cell:
    conditions = []
    for condition in position.conditions:
        key = anchors.evidence(condition.span.article, condition.span.start, condition.span.end, css="cond",
                               title=f"condition ({condition.marker})")
        conditions.append(ConditionView(condition.span.text, link_to(condition.span.text, key)))
    sources = []
    for n, statement_id in enumerate(position.statements, start=1):
        statement = view.statements.get(statement_id)
        outlet = view.outlet_of(statement) if statement else None
        link = link_to(str(n), anchors.statement_id(statement_id),
                       title=f"{outlet or 'source'}: {statement.span.text[:120]}" if statement else "")
        if link:
            sources.append(link)
    if not position.statements:  # resting on what the holder did: the sentences telling it
        for n, span in enumerate(position.evidence, start=1):
            link = link_to(str(n), anchors.evidence(span.article, span.start, span.end,
                                                    title="what the holder did"),
                           title=span.text[:120])
            if link:
                sources.append(link)
    condition_keys = [c.link.targets[0] for c in conditions if c.link]
    main = link_to(position.stance, *(sources[0].targets if sources else ()), *condition_keys,
                   title="show the statement in its article")
    earlier = None
    if position.earlier:
        earlier = link_to(f"earlier {position.earlier}",
                          *(anchors.evidence(span.article, span.start, span.end, title="a change of sides")
                            for span in position.earlier_evidence),
                          title="where the texts say the actor changed sides")
    return Cell(position.stance, main, sources, conditions, earlier)


# Claims


@dataclass(frozen=True)
class VersionView:
    outlet: str
    kind: str
    kind_label: str
    text: str
    via: str | None
    speaker_text: str | None
    link: Link | None


@dataclass(frozen=True)
class ClaimView:
    anchor: str
    speaker: str
    outlets: list[str]
    independent: int
    versions: list[VersionView]
    conflicts: list[tuple[str, str]]  # aspect, values with their outlets
    kind: str = "statement"  # or "fact": an act the outlets report, not words said
    joined: list[str] = field(default_factory=list)  # why versions in other words are one
    disputed: bool = False  # versions contradict one another on what happened


@dataclass(frozen=True)
class ClaimsView:
    claims: list[ClaimView]
    single_source: int
    left_out: int
    matched_by: str = ""  # sentence_model.matcher(): whether meaning was compared


def corroborated_claims(briefing: Briefing) -> list[Claim]:
    """Claims more than one article carries, best corroborated first."""
    carried = [c for c in briefing.claims if len({v.span.article for v in c.versions}) >= 2]
    return sorted(carried, key=lambda c: (-c.independent, -len(c.outlets), -len(c.versions)))


def claims_view(view: BriefingView, anchors: Anchors) -> ClaimsView:
    carried = corroborated_claims(view.briefing)
    shown = [_claim(view, anchors, claim) for claim in carried[:MAX_CLAIMS]]
    return ClaimsView(shown, single_source=len(view.briefing.claims) - len(carried),
                      left_out=max(0, len(carried) - MAX_CLAIMS), matched_by=matcher())


def _claim(view: BriefingView, anchors: Anchors, claim: Claim) -> ClaimView:
    actor = view.actors.get(claim.speaker or "")
    speaker = actor.name if actor else next(
        (v.speaker_text for v in claim.versions if v.speaker_text), "speaker unknown")
    return ClaimView(
        anchor=anchors.claim(claim.id), speaker=speaker,
        outlets=claim.outlets or list(dict.fromkeys(v.span.article for v in claim.versions)),
        independent=claim.independent,
        versions=[_version(anchors, v) for v in claim.versions],
        conflicts=describe_conflicts(view, claim), kind=claim.kind,
        joined=describe_links(claim), disputed=claim.disputed,
    )


def describe_links(claim: Claim) -> list[str]:
    """Why versions worded differently are one claim: 'Coast Courier and Northern Wire
    carry the quoted words "will not reopen the crossing"', '... say the same in other
    words (meaning 0.93)' or '... both open with it (meaning 0.88)'."""
    outlet_of = {v.key: v.outlet or v.span.article for v in claim.versions}
    described = []
    for link in claim.links:
        outlets = f"{outlet_of.get(link.a, link.a)} and {outlet_of.get(link.b, link.b)}"
        if link.basis == "quote":
            described.append(f'{outlets} carry the quoted words "{link.fragment}"')
        elif link.basis == "lead":
            described.append(f"{outlets} both open with it (meaning {link.score:.2f})")
        else:
            described.append(f"{outlets} say the same in other words (meaning {link.score:.2f})")
    return described


def describe_conflicts(view: BriefingView, claim: Claim) -> list[tuple[str, str]]:
    """("date", "2024-03-11 (Coast Courier) vs 2024-03-14 (Northern Wire)"), one per aspect;
    a dispute on what happened quotes each side's words: ("what happened", '"was not
    inspected" (Coast Courier) vs "was inspected" (Northern Wire)')."""
    # values name statement ids, or event ids for facts an outlet tells in its own voice
    outlet_of = {v.key: v.outlet or v.span.article for v in claim.versions}
    described = []
    for conflict in claim.conflicts:
        values = []
        for value, ids in conflict.values.items():
            actor = view.actors.get(value)  # a speaker conflict names actors by id
            outlets = ", ".join(dict.fromkeys(outlet_of.get(s, s) for s in ids))
            shown = f'"{value}"' if conflict.aspect == ACCOUNT else actor.name if actor else value
            values.append(f"{shown} ({outlets})")
        aspect = ACCOUNT_WORDS if conflict.aspect == ACCOUNT else conflict.aspect
        described.append((aspect, " vs ".join(values)))
    return described


def version_label(version: ClaimVersion) -> str:
    """How the outlet carries it: quoted, paraphrased, partly quoted, or reported as fact."""
    if version.fact:
        return FACT_WORDS
    return KIND_WORDS.get(version.kind, version.kind)


def version_anchor(anchors: Anchors, version: ClaimVersion) -> str | None:
    """The statement's mark when the version is exactly a statement, else its own span
    (a fact has no statement, or its words run beyond the statement it covers)."""
    return anchors.evidence(version.span.article, version.span.start, version.span.end) or (
        anchors.statement_id(version.statement) if version.statement else None)


def _version(anchors: Anchors, version: ClaimVersion) -> VersionView:
    return VersionView(
        outlet=version.outlet or version.span.article,
        kind="fact" if version.fact else version.kind,
        kind_label=version_label(version), text=version.span.text,
        via=version.via, speaker_text=version.speaker_text,
        link=link_to(version.span.text, version_anchor(anchors, version),
                     title="show it in its article"),
    )


# Framing


@dataclass(frozen=True)
class TermCell:
    links: list[Link]  # one per term, labelled "term ×count"


@dataclass(frozen=True)
class TermRow:
    referent: str
    cells: list[TermCell | None]


@dataclass(frozen=True)
class OutletView:
    outlet: str
    articles: int
    registry: list[tuple[str, str]]
    scare_quotes: list[Link]
    scare_quotes_total: int
    hedges: list[Link]
    hedges_total: int
    voices: list[tuple[str, int, str | None]]  # name, statements, actor anchor
    omitted: list[Link]
    omitted_total: int
    leads: list[Link] = field(default_factory=list)
    headlines: list[Link] = field(default_factory=list)
    # what each headline leads with (``headline_subject_label``)
    headline_subjects: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class FramingView:
    outlets: list[str]
    terms: list[TermRow]
    rows: list[OutletView] = field(default_factory=list)
    # the actors the outlets' headlines lead with, where they differ (``headline_leads``)
    leads: list[tuple[str, list[str]]] = field(default_factory=list)


def framing_view(view: BriefingView, anchors: Anchors) -> FramingView:
    framing = view.briefing.framing
    outlets = [f.outlet for f in framing]
    return FramingView(outlets, _term_rows(framing, anchors),
                       [_outlet(view, anchors, f) for f in framing], headline_leads(framing))


def headline_leads(framing: list[OutletFraming]) -> list[tuple[str, list[str]]]:
    """(actor name, outlets whose headlines lead with that actor), in order of first
    outlet, where the headlines lead with two actors or more: one outlet put the
    minister first, another the strikers. Subjects that name no actor we know ("Fares",
    "the mayor's office") are left out: words told apart are not two actors told apart."""
    outlets_of: dict[str, list[str]] = defaultdict(list)
    names: dict[str, str] = {}
    for record in framing:
        for subject in record.headline_subjects:
            if subject.actor is not None and record.outlet not in outlets_of[subject.actor]:
                names[subject.actor] = subject.name
                outlets_of[subject.actor].append(record.outlet)
    if len(outlets_of) < 2:
        return []
    return [(names[actor], outlets) for actor, outlets in outlets_of.items()]


def differing_terms(framing: list[OutletFraming]) -> dict[str, dict[str, list[TermUse]]]:
    """Referent -> outlet -> its terms, for referents at least two outlets name differently."""
    uses: dict[str, dict[str, list[TermUse]]] = defaultdict(lambda: defaultdict(list))
    for record in framing:
        for use in record.terms:
            uses[use.referent][record.outlet].append(use)
    differing: dict[str, dict[str, list[TermUse]]] = {}
    seen: set[frozenset] = set()
    for referent, by_outlet in uses.items():
        choices = {outlet: frozenset(u.term for u in found) for outlet, found in by_outlet.items()}
        # one choice can reach us twice (a contested-terms entry and a spelling variant)
        key = frozenset(choices.items())
        if len(by_outlet) >= 2 and len(set(choices.values())) >= 2 and key not in seen:
            seen.add(key)
            differing[referent] = dict(by_outlet)
    return differing


def _term_rows(framing: list[OutletFraming], anchors: Anchors) -> list[TermRow]:
    """Referents the outlets name differently, one column per outlet."""
    rows = []
    for referent, by_outlet in differing_terms(framing).items():
        cells: list[TermCell | None] = []
        for record in framing:
            found = by_outlet.get(record.outlet)
            links = [_evidence_link(anchors, f"{u.term} ×{u.count}", u.evidence[:1], css="term",
                                    title=f"{record.outlet}: {u.term}") for u in found or []]
            cells.append(TermCell([link for link in links if link]) if found else None)
        rows.append(TermRow(referent, cells))
    return rows


def _outlet(view: BriefingView, anchors: Anchors, record: OutletFraming) -> OutletView:
    registry = [(name.replace("_", " "), str(record.registry[name]))
                for name in REGISTRY_FIELDS if record.registry.get(name)]
    # An omitted claim links to the versions the other outlets carry.
    omitted = [
        link for claim_id in record.omitted_claims[:MAX_OMITTED] if claim_id in view.claims
        and (link := link_to(_claim_label(view.claims[claim_id]),
                             *(version_anchor(anchors, v)
                               for v in view.claims[claim_id].versions),
                             title="carried by " + ", ".join(view.claims[claim_id].outlets)))
    ]
    return OutletView(
        outlet=record.outlet, articles=len(record.articles), registry=registry,
        scare_quotes=_evidence_links(anchors, record.scare_quotes, css="scare"),
        scare_quotes_total=len(record.scare_quotes),
        hedges=_evidence_links(anchors, record.hedges, css="hedge"),
        hedges_total=len(record.hedges),
        voices=[(v.name, v.statements, anchors.actor(v.actor) if v.actor in view.actors else None)
                for v in record.voices[:MAX_VOICES]],
        omitted=omitted, omitted_total=len(record.omitted_claims),
        leads=_evidence_links(anchors, record.leads, css="lead"),
        headlines=_evidence_links(anchors, record.headlines, css="headline"),
        headline_subjects=[headline_subject_label(subject) for subject in record.headline_subjects],
    )


def headline_subject_label(subject: HeadlineSubject) -> str:
    """What a headline leads with, as written, and the actor's name where it is written
    otherwise ("Ostria's Lind (Ana Lind)"): the outlet's own name for it stays in view; a
    Title Case headline's capitals are no other name ("Harbour Board" / "Harbour board")."""
    written = subject.span.text
    return written if subject.name.lower() == written.lower() else f"{written} ({subject.name})"


def _claim_label(claim: Claim) -> str:
    text = claim.versions[0].span.text if claim.versions else claim.id
    return text if len(text) <= 90 else text[:90].rsplit(" ", 1)[0] + " …"


def _evidence_link(anchors: Anchors, label: str, evidence: list[TextSpan], *, css: str,
                   title: str = "") -> Link | None:
    keys = [anchors.evidence(e.article, e.start, e.end, css=css, title=title, part=e.part)
            for e in evidence]
    return link_to(label, *keys, title=title)


def _evidence_links(anchors: Anchors, evidence: list[TextSpan], *, css: str) -> list[Link]:
    links = (_evidence_link(anchors, e.text, [e], css=css) for e in evidence[:MAX_EVIDENCE_LINKS])
    return [link for link in links if link]
