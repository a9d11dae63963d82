"""brief.md's cross-outlet sections: summary, positions, claims, framing, timeline.

The same selection as the HTML page (``views``), written as tables and lists; every item
ends with its source as ``[article §start–end]`` so it can be found in brief.json.
"""

from __future__ import annotations

from crosswire.briefing.build import UNKNOWN_DATE, BriefingView, date_basis, date_label
from crosswire.briefing.summary import Citation, summarise
from crosswire.briefing.views import (
    MAX_CLAIMS,
    describe_links,
    REGISTRY_FIELDS,
    corroborated_claims,
    describe_conflicts,
    differing_terms,
    headline_leads,
    headline_subject_label,
    position_grid,
    version_label,
)
from crosswire.compare.sentence_model import matcher
from crosswire.knowledge.text import terminal_safe
from crosswire.models import Position, TermUse

# Characters that would turn quoted text into Markdown markup or raw HTML.
MARKDOWN_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|#"})
# In an id shown in a citation: what could open raw HTML or a link ("a](javascript:..."),
# leaving ordinary ids (underscores and all) as they are.
REFERENCE_SPECIAL = str.maketrans({"`": "'", **{c: "\\" + c for c in "\\[]<>"}})
MAX_TIMELINE_ITEMS = 200


def escape(text: str) -> str:
    """Inline text with Markdown specials backslash-escaped and line breaks flattened."""
    return _one_line(text).translate(MARKDOWN_SPECIAL)


def reference(text: str) -> str:
    """An id as written, on one line, unable to become markup."""
    return _one_line(text).translate(REFERENCE_SPECIAL)


def code(text: str) -> str:
    """Text for a `code span`, where nothing is markup: one line, no backtick to end it."""
    return _one_line(text).replace("`", "'")


def _one_line(text: str) -> str:
    """Source text on one line, without what a terminal showing brief.md would obey."""
    return " ".join(terminal_safe(text).split())


def source(article: str, start: int | None = None, end: int | None = None, *,
           part: str | None = None) -> str:
    """A citation: the article, and where the words stand in its text (or in its title,
    ``part`` "title": "[id title §0–42]")."""
    where = f" §{start}–{end}" if start is not None and end is not None else ""
    return f"[{reference(article)}{f' {part}' if part else ''}{where}]"


def analysis_lines(view: BriefingView) -> list[str]:
    return (_summary_lines(view) + _position_lines(view) + _claim_lines(view)
            + _framing_lines(view) + _timeline_lines(view))


def _cite(citation: Citation) -> str:
    return f"{escape(citation.outlet)} {source(citation.article, citation.start, citation.end, part=citation.part)}"


def _summary_lines(view: BriefingView) -> list[str]:
    lines = ["## Summary", ""]
    sentences = summarise(view.briefing)
    if not sentences:
        return lines + ["Nothing to summarise.", ""]
    for n, sentence in enumerate(sentences, start=1):
        cites = "; ".join(_cite(c) for c in sentence.citations)
        lines.append(f"{n}. {escape(sentence.text)}" + (f" ({cites})" if cites else ""))
    return lines + [""]


def _stance(view: BriefingView, position: Position) -> str:
    text = position.stance
    if position.conditions:
        text += ": " + "; ".join(f"“{escape(c.span.text)}”" for c in position.conditions)
    # a position resting on what the holder did, not said, cites the sentence telling it
    spans = [view.statements[s].span for s in position.statements if s in view.statements] or position.evidence
    if spans:
        text += " " + " ".join(source(span.article, span.start, span.end) for span in spans)
    if position.earlier:  # it changed sides: the side before, and where the texts say so
        text += f"; earlier {position.earlier} " + " ".join(
            source(span.article, span.start, span.end) for span in position.earlier_evidence)
    return text


def _position_lines(view: BriefingView) -> list[str]:
    lines = ["## Positions", ""]
    grid = position_grid(view.briefing)
    if not grid.sides:
        return lines + ["No actor took a stance on an issue the analysis found.", ""]
    lines.append("| Actor | Country | " + " | ".join(escape(i.label) for i in grid.issues) + " |")
    lines.append("|---|---|" + "---|" * len(grid.issues))
    for country, rows in grid.sides:
        for cells in rows:
            name = view.holder_name(next(iter(cells.values())))
            row = [f"**{escape(name)}**", escape(country)]
            row += [_stance(view, cells[i.id]) if i.id in cells else "" for i in grid.issues]
            lines.append("| " + " | ".join(row) + " |")
    if grid.rows_left_out:
        lines += ["", f"{grid.rows_left_out} more actors with positions are in brief.json."]
    return lines + [""]


def _claim_lines(view: BriefingView) -> list[str]:
    lines = ["## Claims across outlets", "", f"Matched by {escape(matcher())}.", ""]
    carried = corroborated_claims(view.briefing)
    if not carried:
        return lines + ["No claim is carried by more than one article.", ""]
    for claim in carried[:MAX_CLAIMS]:
        actor = view.actors.get(claim.speaker or "")
        speaker = actor.name if actor else next(
            (v.speaker_text for v in claim.versions if v.speaker_text), "speaker unknown")
        outlets = claim.outlets or sorted({v.span.article for v in claim.versions})
        fact = " (reported as fact)" if claim.kind == "fact" else ""
        fact += " (disputed)" if claim.disputed else ""
        lines += [f"### {escape(speaker)}{fact} — {len(outlets)} outlets, "
                  f"{claim.independent} independent sources", ""]
        for why in describe_links(claim):
            lines += [f"One claim: {escape(why)}", ""]
        for aspect, values in describe_conflicts(view, claim):
            lines += [f"**Versions differ on {escape(aspect)}:** {escape(values)}", ""]
        lines += ["| Outlet | Kind | Wording | Source |", "|---|---|---|---|"]
        for version in claim.versions:
            kind = version_label(version)
            via = f", via {escape(version.via)}" if version.via else ""
            lines.append(f"| {escape(version.outlet or version.span.article)} | {kind}{via} | "
                         f"{escape(version.span.text)} | {source(version.span.article, version.span.start, version.span.end)} |")
        lines.append("")
    left_out = len(carried) - MAX_CLAIMS
    if left_out > 0:
        lines += [f"{left_out} more corroborated claims are in brief.json.", ""]
    return lines


def _framing_lines(view: BriefingView) -> list[str]:
    lines = ["## Framing by outlet", ""]
    framing = view.briefing.framing
    if not framing:
        return lines + ["No framing was computed.", ""]
    differing = differing_terms(framing)
    if differing:
        outlets = [f.outlet for f in framing]
        lines += ["| For | " + " | ".join(escape(o) for o in outlets) + " |",
                  "|---|" + "---|" * len(outlets)]
        for referent, by_outlet in differing.items():
            cells = [", ".join(f"{escape(u.term)} ×{u.count}{_first_use(u)}"
                               for u in by_outlet.get(o, [])) for o in outlets]
            lines.append(f"| {escape(referent)} | " + " | ".join(cells) + " |")
        lines.append("")
    leads = headline_leads(framing)
    if leads:
        lines += ["Headlines lead with: " + "; ".join(
            f"{escape(name)} ({escape(', '.join(outlets))})" for name, outlets in leads), ""]
    claims = {c.id: c for c in view.briefing.claims}
    for record in framing:
        facts = [f"{name.replace('_', ' ')}: {record.registry[name]}"
                 for name in REGISTRY_FIELDS if record.registry.get(name)]
        facts.append(f"{len(record.articles)} article{'' if len(record.articles) == 1 else 's'}")
        lines.append(f"- **{escape(record.outlet)}** ({escape('; '.join(facts))})")
        details = {  # each value escaped, a citation after it where it has one
            "headline": [f"{escape(h.text)} {source(h.article or '', h.start, h.end, part=h.part)}"
                         for h in record.headlines],
            "headline leads with": [escape(headline_subject_label(subject))
                                    for subject in record.headline_subjects],
            "leads with": [escape(lead.text) for lead in record.leads],
            "scare quotes": [escape(q.text) for q in record.scare_quotes],
            "hedges": [escape(h.text) for h in record.hedges],
            "voices": [escape(f"{v.name} {v.statements}") for v in record.voices[:5]],
            "leaves out": [escape(claims[c].versions[0].span.text) for c in record.omitted_claims
                           if c in claims and claims[c].versions],
        }
        for label, values in details.items():
            if values:
                lines.append(f"  - {label}: " + "; ".join(values))
    return lines + [""]


def _first_use(use: TermUse) -> str:
    """Where the term is first used, so every cell of the table can be checked."""
    first = next((e for e in use.evidence if e.article), None)
    return f" {source(first.article, first.start, first.end, part=first.part)}" if first else ""


def _timeline_lines(view: BriefingView) -> list[str]:
    lines = ["## Timeline", ""]
    dated = [e for e in view.briefing.timeline if date_label(e.date) != UNKNOWN_DATE]
    if not dated:
        return lines + ["No dated statement or event.", ""]
    for entry in dated[:MAX_TIMELINE_ITEMS]:
        where = ", ".join(escape(o) for o in entry.outlets)
        claim = view.claims.get(entry.ref) if entry.kind == "statement" else None
        statement = view.statements.get(entry.ref) if entry.kind == "statement" else None
        event = view.events.get(entry.ref) if entry.kind == "event" else None
        if claim:
            ref = " ".join(source(v.span.article, v.span.start, v.span.end) for v in claim.versions)
        elif statement:
            ref = source(statement.span.article, statement.span.start, statement.span.end)
        elif event and event.evidence.article:
            ref = source(event.evidence.article, event.evidence.start, event.evidence.end)
        else:
            ref = " ".join(source(a) for a in entry.articles[:1])
        basis = date_basis(entry.date)
        phrase = entry.date.span
        read_at = (f" {source(phrase.article, phrase.start, phrase.end)}"
                   if phrase is not None and phrase.article else "")
        how = f" ({escape(basis)}{read_at})" if basis else ""
        # a claim the outlets tell as their own fact is no one's statement
        kind = claim.kind if claim else entry.kind
        lines.append(f"- `{date_label(entry.date)}`{how} {kind}: {escape(entry.text)} "
                     f"({where}) {ref}")
    if len(dated) > MAX_TIMELINE_ITEMS:
        lines.append(f"- … {len(dated) - MAX_TIMELINE_ITEMS} more in brief.json")
    return lines + [""]
