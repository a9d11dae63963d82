"""Article metadata: outlet, title, language and publication date, with evidence."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from crosswire.clean.text import REASON_REPEATED_TITLE, REASON_TITLE
from crosswire.data import read_jsonl
from crosswire.metadata.language import detect_language
from crosswire.models import Article, Cleaned, Document, PageMetadata, Segment
from crosswire.knowledge.outlets import Outlet, OutletMatch, Registry, host_of, load_registry, paper_name
from crosswire.knowledge.places import dateline_credit
from crosswire.metadata.published import publication_date

# How strongly a kind of mention says "this page was published by X". A self-reference
# ("X's website", "© 2022 X") beats the distributor at the end of a photo credit chain
# ("© Photographer/AP/dpa": dpa), which beats a wire dateline "(Reuters) -", which beats
# a staff photographer's credit ("Credit…Name/The New York Times"). An agency named
# alone in a credit ("Photo: Name/AP") is a photo supplier and too weak to count.
WEIGHT_SELF_REFERENCE = 3.0
WEIGHT_DOMAIN = 2.5
WEIGHT_CREDIT_DISTRIBUTOR = 2.0
WEIGHT_WIRE_DATELINE = 2.0
WEIGHT_STAFF_CREDIT = 1.5
WEIGHT_AGENCY_CREDIT = 0.5
MIN_OUTLET_WEIGHT = 1.0

# Things only a publisher says about itself: "X's website", "RFE/RL's Ukraine Live
# Briefing". ("X's coverage" alone is as often said of a rival, so it needs "For all of".)
_SELF_AFTER = re.compile(
    r"^['’]s?\s+(?:[\w-]+\s+){0,3}?(?:website|web\s+site|app|newsletters?|briefing|"
    r"podcasts?|homepage|terms\s+of|privacy\s+policy|alternate\s+addresses)\b",
    re.IGNORECASE,
)
# "© 2022 X" and "Copyright X" claim the page; a bare "© X" is a photo credit.
_SELF_BEFORE = re.compile(
    r"(?:for\s+all\s+of|follow|subscribe\s+to|download\s+the|sign\s+up\s+for|"
    r"copyright(?:\s*(?:©|\(c\)))?(?:\s*\d{4}(?:[-–]\d{4})?)?,?|"
    r"(?:©|\(c\))\s*\d{4}(?:[-–]\d{4})?,?)\s*$",
    re.IGNORECASE,
)
_CREDIT_LINE = re.compile(
    r"©|\(c\)|\bcredit\b|\bphoto(?:graph)?s?\b|\bimage\b|\bpicture\b|\bfile\s+photo\b|\bfoto\b",
    re.IGNORECASE,
)
_WIRE_DATELINE = re.compile(r"^\s*\)\s*[-–—]")
# A dateline's credit names a publisher the registry may not know when it is a name:
# "TOWN, March 14 (The Riverside Courier) - ...".
_PUBLISHER_NAME = re.compile(r"[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,4}")
_HOST = re.compile(r"(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}",
                   re.IGNORECASE)
# "By Jane Roe, The Riverside Courier", "By Jane Roe and Ola Ek | Courier": the writers'
# paper after a by-line's names.
_NAMES = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
_BYLINE = re.compile(rf"[Bb]y[ \t]+{_NAMES}(?:(?:,[ \t]*|[ \t]+and[ \t]+){_NAMES})*"
                     r"[ \t]*(?:[,|–—-]|\bfor\b|\bof\b)[ \t]*(?P<publisher>.+?)[ \t]*")
# How far into the copy a by-line or a self-naming lead stands: headline, date line, lead.
_HEAD_LINES = 4
_MAX_HOST_CHARS = 80
_WIRE_DATELINE_SPAN = 300
_EVIDENCE_CHARS = 120
# Archives that keep the original URL inside their own ("web.archive.org/web/2022/https://...").
_ARCHIVE_HOSTS = {"web.archive.org", "archive.org", "archive.ph", "archive.today", "archive.is"}


@dataclass(frozen=True)
class _Clue:
    outlet: Outlet
    weight: float
    evidence: str


def describe(document: Document, *, cleaned: Cleaned, date_hint: str | None = None) -> Article:
    """Outlet, title, language and publication date of one cleaned document."""
    digest = hashlib.sha1(cleaned.text.encode("utf-8")).hexdigest()[:12]
    outlet, outlet_evidence = identify_outlet(document, cleaned=cleaned)
    boilerplate = [removed.text for removed in cleaned.removed]
    page = cleaned.page or PageMetadata()
    title = document.title or page.title or cleaned.title
    return Article(
        id=document.id or _id_from_source(document.source_path) or digest,
        source_path=document.source_path,
        outlet=outlet,
        title=title,
        published=publication_date(
            document.published, text=cleaned.text, boilerplate=boilerplate, hint=date_hint,
            page_dates=page.dates,
        ),
        language=_language_code(document.language) or detect_language(cleaned.text),
        text=cleaned.text,
        removed=cleaned.removed,
        segments=cleaned.segments,
        url=_address(document, page),
        input_id=document.id,
        outlet_evidence=outlet_evidence,
        author=page.author,
        title_source=_title_source(title, document=document, cleaned=cleaned),
    )


def _title_source(title: str | None, *, document: Document, cleaned: Cleaned) -> Segment | None:
    """Where the title stands in the input: the headline line cleaning took out as the
    title (or as a repeat of the declared one), else in an HTML page's source (its
    ``<title>`` or meta tags) where the words stand as written; None for a title the
    input declares beside its text."""
    if not title:
        return None
    for piece in cleaned.removed:
        if piece.reason in (REASON_TITLE, REASON_REPEATED_TITLE) and piece.text.strip() == title.strip():
            start = piece.source_start + piece.text.index(title.strip())
            return Segment(text_start=0, source_start=start, length=len(title),
                           source_length=len(title.strip()), exact=title == title.strip())
    at = document.content.find(title) if document.format == "html" else -1
    return Segment(text_start=0, source_start=at, length=len(title), source_length=len(title)) \
        if at >= 0 else None


def _id_from_source(source_path: str) -> str:
    """A readable id from where the input came from: "batch.jsonl:7" -> "batch-7"."""
    name = Path(source_path).name if source_path else ""
    base, _, place = name.rpartition(":") if ":" in name else (name, "", "")
    parts = [Path(base).stem.strip("<>"), re.sub(r"\W+", "-", place).strip("-")]
    return "-".join(part for part in parts if part and part != "-")


def _address(document: Document, page: PageMetadata) -> str | None:
    """Where the article lives: the input's URL, else the one the page declares for itself."""
    return document.url or page.url


def _language_code(declared: str | None) -> str | None:
    """ISO 639-1 from a declared tag: "en-US", "EN", "de_DE" -> "en", "en", "de"."""
    if not declared:
        return None
    code = re.split(r"[-_]", declared.strip())[0].lower()
    return code if re.fullmatch(r"[a-z]{2}", code) else None


def identify_outlet(
    document: Document, *, cleaned: Cleaned, registry: Registry | None = None
) -> tuple[str | None, str | None]:
    """The outlet's name and the words it rests on: metadata, URL, the publisher the page
    declares, then the page's text.

    A URL outside the registry still names the publisher (its host) before any credit
    in the text does: a page on an unknown site running wire copy is that site's page.
    """
    registry = registry or load_registry()
    if document.outlet:
        known = registry.by_name(document.outlet) or registry.by_domain(document.outlet)
        name = known.name if known else document.outlet.strip()
        return name, f"input metadata: outlet={document.outlet}"
    page = cleaned.page or PageMetadata()
    address = _address(document, page)
    url = _original_url(address) if address else ""
    host = host_of(url) if url else ""
    known = registry.by_domain(host) if host else None
    if known:
        return known.name, f"URL domain: {host}"
    # The page's own word for its publisher ("The Harbor Herald") reads better than a host
    # the registry does not know, and is surer than any name found in the copy.
    site_name = page.site_name
    if site_name:
        named = registry.by_name(site_name)
        return (named.name if named else site_name), f"page metadata: {site_name}"
    if host:
        return host, f"URL domain: {host}"
    clue = best_clue(cleaned.text, boilerplate=[removed.text for removed in cleaned.removed],
                     registry=registry)
    if clue:
        return clue.outlet.name, clue.evidence
    head = _head_lines(cleaned.title or document.title, cleaned.text)
    for found in (_dateline_credit(cleaned.text),
                  _byline_publisher(head + [r.text for r in cleaned.removed], registry),
                  _self_named(head, registry)):
        if found[0]:
            return found
    return None, None


def _dateline_credit(text: str) -> tuple[str | None, str | None]:
    """The publisher a dateline credits on the copy's first line, known to the registry or not."""
    first_line = text.lstrip().split("\n", 1)[0]
    credit = dateline_credit(first_line)
    if credit is None or not _PUBLISHER_NAME.fullmatch(credit):
        return None, None
    return credit, f"wire dateline: {first_line[:_EVIDENCE_CHARS].strip()}"


def _head_lines(title: str | None, text: str) -> list[str]:
    lines = [line.strip() for line in text.split("\n") if line.strip()][:_HEAD_LINES]
    return [title.strip(), *lines] if title and title.strip() else lines


def _publisher(name: str, registry: Registry) -> str | None:
    """The paper a by-line or a lead names (``paper_name``): one the registry lacks only
    where it is written as a name, for the words after a by-line's writers may be no name."""
    return paper_name(name, registry) if registry.by_name(name) or _PUBLISHER_NAME.fullmatch(name) else None


def _byline_publisher(lines: list[str], registry: Registry) -> tuple[str | None, str | None]:
    """The paper a by-line gives its writers: "By Jane Roe, The Riverside Courier"."""
    for line in lines:
        match = _BYLINE.fullmatch(line.strip())
        publisher = _publisher(match.group("publisher"), registry) if match else None
        if publisher:
            return publisher, f"by-line: {line.strip()[:_EVIDENCE_CHARS]}"
    return None, None


@cache
def _self_naming() -> re.Pattern[str]:
    """A paper's name opening a line and what a paper says of its own piece after it."""
    phrases = sorted((row["phrase"] for row in read_jsonl("outlet_self_phrases.jsonl",
                                                           required=("phrase",))),
                     key=len, reverse=True)
    said = "|".join(r"[ \t]+".join(map(re.escape, phrase.split())) for phrase in phrases)
    return re.compile(rf"(?P<name>{_PUBLISHER_NAME.pattern})[ \t]+(?i:{said})\b")


def _self_named(lines: list[str], registry: Registry) -> tuple[str | None, str | None]:
    """The paper a headline or lead names as its teller: "The Weekly Meridian looks back
    at a week that emptied a town"."""
    for line in lines:
        match = _self_naming().match(line)
        publisher = _publisher(match.group("name"), registry) if match else None
        if publisher:
            return publisher, f"self-reference: {line[:_EVIDENCE_CHARS]}"
    return None, None


def _original_url(url: str) -> str:
    """The archived page's own URL for a web-archive copy, else the URL itself."""
    if host_of(url) in _ARCHIVE_HOSTS:
        embedded = re.search(r"https?://(?!(?:web\.)?archive\.)[^\s]+", url[8:])
        if embedded:
            return embedded.group(0)
    return url


def best_clue(text: str, *, boilerplate: list[str], registry: Registry) -> _Clue | None:
    """The strongest self-reference, credit or dateline naming an outlet, if strong enough."""
    clues = [clue for source in [text, *boilerplate] for clue in _clues(source, registry)]
    if not clues:
        return None
    totals: dict[str, float] = {}
    for clue in clues:
        totals[clue.outlet.id] = totals.get(clue.outlet.id, 0.0) + clue.weight
    # The single strongest mention decides; repeated mentions break ties.
    best = max(clues, key=lambda clue: (clue.weight, totals[clue.outlet.id]))
    return best if best.weight >= MIN_OUTLET_WEIGHT else None


def _clues(text: str, registry: Registry) -> list[_Clue]:
    clues: list[_Clue] = []
    matches = registry.find_in_text(text)
    for match in matches:
        line = _line_around(text, match.start, match.end)
        before = text[max(0, match.start - 40) : match.start]
        after = text[match.end : match.end + 60]
        if _SELF_AFTER.match(after) or _SELF_BEFORE.search(before):
            clues.append(_Clue(match.outlet, WEIGHT_SELF_REFERENCE, f"self-reference: {line}"))
        elif match.start < _WIRE_DATELINE_SPAN and before.rstrip().endswith("(") and \
                _WIRE_DATELINE.match(after):
            clues.append(_Clue(match.outlet, WEIGHT_WIRE_DATELINE, f"wire dateline: {line}"))
    clues.extend(_credit_clues(text, matches))
    # A site lists its own addresses on lines of their own; a host inside a sentence is
    # usually a link to someone else.
    for line in text.splitlines():
        line = line.strip().rstrip("/")
        if len(line) <= _MAX_HOST_CHARS and " " not in line and _HOST.fullmatch(line):
            outlet = registry.by_domain(line)
            if outlet:
                clues.append(_Clue(outlet, WEIGHT_DOMAIN, f"domain in page: {line}"))
    return clues


def _credit_clues(text: str, matches: list[OutletMatch]) -> list[_Clue]:
    """Photo credits: the last outlet of a "Name/AP/dpa" chain distributed the page."""
    by_line: dict[int, list[OutletMatch]] = {}
    for match in matches:
        by_line.setdefault(text.rfind("\n", 0, match.start) + 1, []).append(match)
    clues: list[_Clue] = []
    for line_start, in_line in by_line.items():
        line_end = text.find("\n", line_start)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if not _CREDIT_LINE.search(line):
            continue
        credited = [m for m in in_line if _credited(text, m)]
        if not credited:
            continue
        evidence = f"photo credit: {line.strip()[:_EVIDENCE_CHARS]}"
        last = credited[-1]
        if len(credited) > 1:
            clues.append(_Clue(last.outlet, WEIGHT_CREDIT_DISTRIBUTOR, evidence))
        elif last.outlet.kind == "news agency":
            clues.append(_Clue(last.outlet, WEIGHT_AGENCY_CREDIT, evidence))
        else:
            clues.append(_Clue(last.outlet, WEIGHT_STAFF_CREDIT, evidence))
    return clues


def _credited(text: str, match: OutletMatch) -> bool:
    """Named as a credit: after "/", "©", "by" or "Credit", not inside a sentence."""
    before = text[max(0, match.start - 12) : match.start]
    return bool(re.search(r"(?:/|©|\bby|credit\W*|photo\W*|\(c\))\s*$", before, re.IGNORECASE))


def _line_around(text: str, start: int, end: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    if len(line) <= _EVIDENCE_CHARS:
        return line
    offset = max(0, start - line_start - _EVIDENCE_CHARS // 3)
    return line[offset : offset + _EVIDENCE_CHARS].strip()
