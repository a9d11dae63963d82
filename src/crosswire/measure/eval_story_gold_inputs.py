"""The gold stories' articles as ``Document``s: from an AllSides roundups file or a folder."""

from __future__ import annotations

from pathlib import Path

from crosswire.ingest.decode import normalise_newlines
from crosswire.measure.dataset_lines import json_lines
from crosswire.models import Document


def allsides_documents(path: Path, *, stories: set[str]) -> dict[str, list[Document]]:
    """The articles of ``stories`` from an AllSides roundups file, as ``crosswire brief``
    would read them from JSON lines (text, id, outlet, title, url, the roundup's date)."""
    found: dict[str, list[Document]] = {}
    for _, row in json_lines(path):
        if str(row.get("id")) not in stories:
            continue
        documents = []
        for side, news in sorted(row.get("news", {}).items()):
            documents.append(_document(
                article_id=f"{row['id']}-{side}", text=roundup_body(news),
                outlet=news.get("newsSource"), title=news.get("newsTitle"), url=news.get("newsLink"),
                published=(row.get("date") or "")[:10] or None, source=str(path)))
        found[str(row["id"])] = documents
    return found


def roundup_body(news: dict) -> str:
    """One AllSides article's body: its paragraphs (a list, or already one string) as one
    text, paragraphs apart by a blank line."""
    body = news.get("newBody") or []
    return "\n\n".join(body) if isinstance(body, list) else str(body)


def folder_documents(folder: Path, *, stories: set[str]) -> dict[str, list[Document]]:
    """The articles of ``stories`` from ``folder/<story>/articles.jsonl`` (one JSON object
    a line: id, outlet, title, url, published, text)."""
    found: dict[str, list[Document]] = {}
    for story in sorted(stories):
        path = folder / story / "articles.jsonl"
        if not path.exists():
            continue
        rows = [row for _, row in json_lines(path, required=("id",))]
        found[story] = [_document(article_id=str(row["id"]), text=row.get("text") or "",
                                  outlet=row.get("outlet"), title=row.get("title"),
                                  url=row.get("url"), published=row.get("published"),
                                  source=str(path)) for row in rows]
    return found


def _document(*, article_id: str, text: str, outlet: str | None, title: str | None,
              url: str | None, published: str | None, source: str) -> Document:
    return Document(source_path=f"{source}#{article_id}", content=normalise_newlines(text),
                    format="text", id=article_id, outlet=outlet, title=title, url=url,
                    published=published)
