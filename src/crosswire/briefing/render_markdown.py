"""brief.md: the briefing as Markdown: the cross-outlet sections, then article by article
with statements grouped by speaker."""

from __future__ import annotations

from pathlib import Path

from crosswire.briefing.build import BriefingView, date_label, removed_summary
from crosswire.briefing.markdown_analysis import analysis_lines, code, escape, source
from crosswire.models import Article, Briefing, Statement


def render_markdown(briefing: Briefing) -> str:
    view = BriefingView.of(briefing)
    lines = [
        "# Briefing",
        "",
        f"{len(briefing.articles)} articles, {len(briefing.statements)} statements, "
        f"{len(briefing.actors)} actors"
        + (f"; outlets: {', '.join(escape(o) for o in view.outlets())}" if view.outlets() else ""),
        "",
    ]
    lines += analysis_lines(view)
    for number, article in enumerate(briefing.articles, start=1):
        lines += _article_lines(view, article, number)
    lines += _actor_lines(view)
    if briefing.errors:
        lines += ["## Inputs not read", ""]
        lines += [f"- `{code(e.source)}`: {escape(e.message)}" for e in briefing.errors]
        lines.append("")
    return "\n".join(lines)


def write_markdown(briefing: Briefing, *, path: Path) -> Path:
    path.write_text(render_markdown(briefing), "utf-8")
    return path


def _article_lines(view: BriefingView, article: Article, number: int) -> list[str]:
    heading = " — ".join(escape(part) for part in (article.outlet, article.title) if part)
    date = date_label(article.published)
    evidence = f"; {escape(article.published.evidence)}" if article.published.evidence else ""
    lines = [
        f"## {number}. {heading or '`' + code(article.id) + '`'}",
        "",
        f"*Published {date}{evidence}* · `{code(article.source_path)}`"
        + (f" · {escape(article.url)}" if article.url else "")
        + (f" · language {escape(article.language)}" if article.language else ""),
        "",
    ]
    if article.not_analysed:
        lines += [f"**Not analysed:** {escape(article.not_analysed)}.", ""]
    statements = view.statements_by_article.get(article.id, [])
    if not statements:
        lines += ["No statements found.", ""]
    for group in view.speaker_groups(statements):
        for statement in group.statements:
            lines += _statement_lines(view, statement)
    summary = removed_summary(article)
    if summary:
        lines += [f"*Boilerplate: {escape(summary)}.*", ""]
    return lines


def _statement_lines(view: BriefingView, statement: Statement) -> list[str]:
    role = view.speaker_role(statement)
    details = [
        statement.kind,
        f"“{statement.cue.text}”" if statement.cue else None,
        view.statement_date(statement),
        statement.via and f"via {statement.via}",
        statement.addressee and f"to {statement.addressee}",
        view.statement_language(statement) and f"language {view.statement_language(statement)}",
    ]
    header = f"- **{escape(view.speaker_name(statement))}**"
    header += f" ({escape(role)})" if role else ""
    header += " — " + escape(", ".join(d for d in details if d)) + ":"
    return [
        header,
        f"  > {escape(statement.span.text)}",
        f"  {source(statement.span.article, statement.span.start, statement.span.end)}",
        "",
    ]


def _actor_lines(view: BriefingView) -> list[str]:
    lines = ["## Actors", ""]
    if not view.briefing.actors:
        return lines + ["No actors found.", ""]
    for actor in view.actors_by_weight():
        facts = [actor.kind, actor.country, *actor.roles]
        line = f"- **{escape(actor.name)}** ({escape(', '.join(f for f in facts if f))})"
        others = [alias for alias in actor.aliases if alias != actor.name]
        if others:
            line += " — also " + ", ".join(escape(alias) for alias in others)
        count = view.statement_counts[actor.id]
        if count:
            line += f"; {count} statement{'s' if count != 1 else ''}"
        lines.append(line)
    return lines + [""]
