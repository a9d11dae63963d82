"""Cleaning scraped plain text: classify lines by rule, then keep the main body region.

Two passes. Rules (``data/boilerplate.jsonl`` plus a few shape tests: spam runs, captions
above a credit) name what each boilerplate line is. Then every line gets a weight, prose
positive and page furniture negative, and the body is the contiguous run of lines with
the largest total weight (maximum subsequence segmentation, after Pasternack and Roth,
"Extracting article text from the web with maximum subsequence segmentation", WWW 2009):
menus before the article and link lists after it fall outside, short lines inside the
article (subheadings, one-line quotes) stay in. Three page-level hints sharpen it: prose
near the end of a page weighs less (footers), teasers next to recurring date lines weigh
nothing (story lists), and a heading that opens readers' comments ends the article.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from crosswire.clean.lines import Line, split_lines
from crosswire.clean.rules import Rule, first_match
from crosswire.models import Cleaned, Removed, Segment

REASON_OUTSIDE = "outside article body"
REASON_TITLE = "title"
REASON_REPEATED_TITLE = "repeated title"
REASON_SPAM = "spam links"
REASON_CAPTION = "photo caption"
REASON_CREDIT = "photo credit"
REASON_TEASER = "promo"
REASON_COMMENTS = "comments"
REASON_COMMENT_FORM = "comment form"

# Region weights, in words of prose. A boilerplate line costs a few words so a lone
# "Advertisement" inside the body does not split it; a section barrier ("Comments",
# "Related articles") costs more than a typical paragraph so what follows it is cut off.
# On the ScrapingHub pages (text mode) a heavier boilerplate weight scores a little higher
# (-8: F1 0.930, -4: 0.927) but splits articles whose short paragraphs alternate with
# ad and promo blocks, the common case in scraped article text; barrier -30 to -120
# moves F1 by 0.001.
BOILERPLATE_WEIGHT = -4.0
BARRIER_WEIGHT = -60.0
SHORT_LINE_BASE = -1.5
SHORT_LINE_PER_WORD = -0.5
# Prose in the last part of a page weighs less, falling linearly to the minimum factor
# at the last line (a tie-breaker between a short article and a long footer).
FOOTER_ZONE_START = 0.6
FOOTER_ZONE_MIN_FACTOR = 0.2
# The body found is extended both ways to paragraphs separated from it by boilerplate
# weighing less than this (in words): three promo lines and a subheading. Larger gaps
# take in headers and footers (ScrapingHub F1 0.927 at 16, 0.924 at 24, 0.918 at 40).
EXTENSION_MAX_GAP = 16.0
# Items of a list announced by a line ending in a colon, taken in after the body.
LIST_MAX_ITEMS = 60
# A date line seen this often on a page dates the items of a story list; prose within
# LISTING_REACH lines below it is a teaser and weighs nothing.
LISTING_MIN_REPEATS = 3
LISTING_REACH = 2
LISTING_MARKER_REASON = "metadata line"
# Words of prose that must precede a comment-section heading for it to end the article.
COMMENTS_MIN_PROSE_BEFORE = 50
# How far below a bare "Comments" heading a commenter's header line ("joe says:") is looked for.
COMMENT_HEADER_REACH = 3
# Headlines a promo marker links: one after "Read more:", a list after "Related stories".
LINKED_HEADLINES_AFTER_MARKER = 1
LINKED_HEADLINES_AFTER_BARRIER = 12
# A teaser paragraph before a bare "Read more" link is at most this long.
TEASER_MAX_WORDS = 80
# The title is looked for among the first few lines only.
TITLE_SEARCH_LINES = 4
TITLE_MIN_WORDS = 2
# Word-set overlap above which a heading repeats the title.
TITLE_REPEAT_OVERLAP = 0.6
# A caption above a credit line is at most this long.
CAPTION_MAX_WORDS = 60

_NORMALISE = re.compile(r"\W+")


@dataclass
class LineVerdict:
    """What the cleaner decided about one line, and the evidence the body finder uses."""

    reason: str | None = None
    barrier: bool = False
    ends_article: bool = False
    # removed for what is next to it, not for what it is: a title may still claim it
    by_neighbour: bool = False
    # the same text elsewhere on the page: menus and footers repeat, paragraphs rarely do
    repeated: bool = False
    # a teaser in a list of stories (next to a date line that recurs down the page)
    listing: bool = False


def clean_text(
    content: str,
    *,
    known_title: str | None = None,
    find_region: bool = True,
    find_title: bool = True,
) -> Cleaned:
    """Body of a scraped text, the removed lines with reasons, and the offsets back.

    ``find_region`` false keeps every line no rule removes (for text an extractor has
    already narrowed down to the article); ``find_title`` false takes only ``known_title``
    as the title (an extractor's output does not open with the headline).
    """
    lines = split_lines(content)
    verdicts, title, (first, last) = classify(
        lines, known_title=known_title, find_region=find_region, find_title=find_title
    )
    kept: list[Line] = []
    removed: list[Removed] = []
    for index, (line, verdict) in enumerate(zip(lines, verdicts)):
        reason = verdict.reason
        if reason is None and not first <= index <= last:
            reason = REASON_OUTSIDE
        if reason is None:
            kept.append(line)
        else:
            removed.append(Removed(line.text, reason, line.start, line.end))
    return _assemble(kept, removed, title=title)


def classify(
    lines: list[Line], *, known_title: str | None, find_region: bool, find_title: bool
) -> tuple[list[LineVerdict], str | None, tuple[int, int]]:
    """Each line's verdict, the title, and the (inclusive) index range of the body."""
    occurrences = Counter(line.text for line in lines)
    verdicts = [LineVerdict(repeated=occurrences[line.text] > 1) for line in lines]
    _apply_rules(lines, verdicts)
    _mark_listing_items(lines, verdicts, occurrences)
    title = _find_title(lines, verdicts) if find_title else None
    _remove_repeated_titles(lines, verdicts, titles=[t for t in (title, known_title) if t])
    if not find_region:
        return verdicts, title, (0, len(lines) - 1)
    end = _comments_start(lines, verdicts)
    for verdict in verdicts[end:]:
        verdict.reason = verdict.reason or REASON_COMMENTS
    return verdicts, title, _body_region(lines[:end], verdicts[:end], page_lines=len(lines))


def _opens_comment_thread(index: int, verdicts: list[LineVerdict]) -> bool:
    """A bare "Comments" heading followed closely by a commenter's header line."""
    verdict = verdicts[index]
    if not (verdict.barrier and verdict.reason == REASON_COMMENT_FORM):
        return False
    following = verdicts[index + 1 : index + 1 + COMMENT_HEADER_REACH]
    return any(other.reason == REASON_COMMENT_FORM and not other.barrier for other in following)


def _comments_start(lines: list[Line], verdicts: list[LineVerdict]) -> int:
    """Index of the heading that opens the readers' comments after the article, if any.

    A comment heading in a menu above the article does not count: there must be an
    article's worth of prose before it.
    """
    prose_words = 0
    for index, (line, verdict) in enumerate(zip(lines, verdicts)):
        if verdict.ends_article or _opens_comment_thread(index, verdicts):
            if prose_words >= COMMENTS_MIN_PROSE_BEFORE:
                return index
        elif line.is_prose and not verdict.reason:
            prose_words += line.word_count
    return len(lines)


def _assemble(kept: list[Line], removed: list[Removed], *, title: str | None) -> Cleaned:
    segments = []
    position = 0
    for line in kept:
        segments.append(Segment(position, line.start, len(line.text), len(line.text)))
        position += len(line.text) + 1
    text = "\n".join(line.text for line in kept)
    return Cleaned(text=text, removed=removed, segments=segments, title=title)


def _apply_rules(lines: list[Line], verdicts: list[LineVerdict]) -> None:
    for index, line in enumerate(lines):
        if verdicts[index].reason:
            continue  # already claimed by a neighbour's rule
        if line.is_spam_run:
            verdicts[index].reason = REASON_SPAM
            continue
        if line.is_glued_teaser:
            verdicts[index].reason = REASON_TEASER
            continue
        rule = first_match(line.text, words=line.word_count)
        if rule is None:
            continue
        verdict = verdicts[index]
        verdict.reason, verdict.barrier, verdict.ends_article = (
            rule.reason, rule.barrier, rule.ends_article
        )
        _extend(rule, index, lines, verdicts)


def _extend(rule: Rule, index: int, lines: list[Line], verdicts: list[LineVerdict]) -> None:
    """Remove the neighbours a rule's line belongs with."""
    if rule.extension == "next_headlines":
        limit = LINKED_HEADLINES_AFTER_BARRIER if rule.barrier else LINKED_HEADLINES_AFTER_MARKER
        for following in range(index + 1, min(len(lines), index + 1 + limit)):
            line = lines[following]
            if not line.is_headline or line.is_prose or verdicts[following].reason:
                break
            verdicts[following].reason = rule.reason
    elif rule.extension == "previous_heading" and index > 0:
        previous = lines[index - 1]
        if previous.is_headline and not previous.is_prose and not verdicts[index - 1].reason:
            verdicts[index - 1].reason = rule.reason
    elif rule.extension == "previous_paragraph" and index > 0:
        if lines[index - 1].word_count <= TEASER_MAX_WORDS and not verdicts[index - 1].reason:
            verdicts[index - 1].reason = rule.reason
    if rule.reason == REASON_CREDIT and index > 0:
        _remove_caption_above(index, lines, verdicts)


def _remove_caption_above(index: int, lines: list[Line], verdicts: list[LineVerdict]) -> None:
    """A line just above a photo credit is its caption unless it reads as body prose.

    Captions are descriptive single sentences, often without a final period; a body
    paragraph above a mid-article credit usually has several sentences, so only a short
    line that is unpunctuated or sits before any prose is taken for a caption.
    """
    previous, verdict = lines[index - 1], verdicts[index - 1]
    if verdict.reason or previous.word_count > CAPTION_MAX_WORDS:
        return
    if not previous.ends_sentence or _first_prose(lines) >= index - 1:
        verdict.reason, verdict.by_neighbour = REASON_CAPTION, True


def _first_prose(lines: list[Line]) -> int:
    return next((index for index, line in enumerate(lines) if line.is_prose), len(lines))


def _mark_listing_items(
    lines: list[Line], verdicts: list[LineVerdict], occurrences: Counter[str]
) -> None:
    """Prose just below a date line that recurs down the page is a teaser in a story list.

    Lists of stories date item after item, often with the same day; a body paragraph
    seldom sits next to a date line that recurs.
    """
    markers = {
        line.text
        for line, verdict in zip(lines, verdicts)
        if not line.is_prose
        and occurrences[line.text] >= LISTING_MIN_REPEATS
        and verdict.reason == LISTING_MARKER_REASON
        and any(character.isdigit() for character in line.text)
    }
    if not markers:
        return
    for index, line in enumerate(lines):
        if not line.is_prose:
            continue
        above = lines[max(0, index - LISTING_REACH) : index]
        if any(neighbour.text in markers for neighbour in above):
            verdicts[index].listing = True


def _find_title(lines: list[Line], verdicts: list[LineVerdict]) -> str | None:
    """The headline if the text opens with one (after any navigation lines)."""
    for index, line in enumerate(lines[:TITLE_SEARCH_LINES]):
        verdict = verdicts[index]
        if verdict.reason and not verdict.by_neighbour:
            continue
        if line.is_headline and not line.is_prose and line.word_count >= TITLE_MIN_WORDS:
            verdict.reason, verdict.barrier, verdict.by_neighbour = REASON_TITLE, False, False
            return line.text
        return None
    return None


def _normalised(text: str) -> str:
    return _NORMALISE.sub(" ", text.casefold()).strip()


def _repeats(line: Line, titles: list[str], *, before_body: bool) -> bool:
    """Whether a heading repeats a title: nearly the same words, or (above the body only)
    a piece of it, as a kicker ("war in Ukraine") above "War in Ukraine: Kyiv says ..."."""
    if not line.is_headline or line.word_count < TITLE_MIN_WORDS:
        return False
    candidate = _normalised(line.text)
    candidate_words = set(candidate.split())
    for title in titles:
        normal = _normalised(title)
        if before_body and (candidate in normal or normal in candidate):
            return True
        title_words = set(normal.split())
        overlap = len(candidate_words & title_words) / len(candidate_words | title_words)
        if overlap >= TITLE_REPEAT_OVERLAP:
            return True
    return False


def _remove_repeated_titles(lines: list[Line], verdicts: list[LineVerdict], *, titles: list[str]) -> None:
    if not titles:
        return
    before_body = True
    for line, verdict in zip(lines, verdicts):
        before_body = before_body and not line.is_prose
        if verdict.reason is None and _repeats(line, titles, before_body=before_body):
            verdict.reason = REASON_REPEATED_TITLE


def _weight(line: Line, verdict: LineVerdict) -> float:
    if verdict.barrier:
        return BARRIER_WEIGHT
    if verdict.reason:
        return BOILERPLATE_WEIGHT
    if line.is_prose:
        return 0.0 if verdict.repeated or verdict.listing else float(line.word_count)
    return SHORT_LINE_BASE + SHORT_LINE_PER_WORD * line.word_count


def _position_factor(position: float) -> float:
    """Prose near the end of a page is more often a footer or a comment than the body."""
    if position <= FOOTER_ZONE_START:
        return 1.0
    depth = (position - FOOTER_ZONE_START) / (1.0 - FOOTER_ZONE_START)
    return 1.0 - (1.0 - FOOTER_ZONE_MIN_FACTOR) * depth


def _body_region(
    lines: list[Line], verdicts: list[LineVerdict], *, page_lines: int
) -> tuple[int, int]:
    """Index range (inclusive) of the contiguous lines with the largest total weight,
    widened over small gaps of boilerplate and over a list the last lines announce."""
    best_sum, best = 0.0, (0, -1)
    running, start = 0.0, 0
    for index, (line, verdict) in enumerate(zip(lines, verdicts)):
        if running <= 0:
            running, start = 0.0, index
        weight = _weight(line, verdict)
        if weight > 0:
            weight *= _position_factor(index / page_lines)
        running += weight
        if running > best_sum:
            best_sum, best = running, (start, index)
    if best[1] < 0:
        return best  # no body at all
    first = _move_edge(best[0], range(best[0] - 1, -1, -1), lines, verdicts)
    last = _move_edge(best[1], range(best[1] + 1, len(lines)), lines, verdicts)
    return first, _extend_over_list(last, lines, verdicts)


def _move_edge(edge: int, outward: range, lines: list[Line], verdicts: list[LineVerdict]) -> int:
    """Move a body edge out to the next paragraph beyond a small gap of boilerplate.

    Takes back paragraphs the position prior cut off, or that ads and promo links
    separated from the rest; stops at a gap as heavy as a header's or a footer's menus.
    """
    gap = 0.0
    for index in outward:
        weight = _weight(lines[index], verdicts[index])
        if weight > 0:
            edge, gap = index, 0.0
            continue
        gap += weight
        if gap < -EXTENSION_MAX_GAP:
            break
    return edge


def _extend_over_list(last: int, lines: list[Line], verdicts: list[LineVerdict]) -> int:
    """Take in a list the article's last lines announce ("Tour dates:") item by item."""
    intro = last if lines[last].text.endswith(":") else last + 1
    if intro >= len(lines) or verdicts[intro].reason or not lines[intro].text.endswith(":"):
        return last
    end = intro
    for index in range(intro + 1, min(len(lines), intro + 1 + LIST_MAX_ITEMS)):
        if verdicts[index].reason or lines[index].is_prose:
            break
        end = index
    return end if end > intro else last
