"""Claims: one utterance or fact as reported by several articles, and where versions differ.

Statements are grouped when their speakers agree and their content words overlap, or,
whoever is credited, when the wording is near-identical. Independence counts each group
of near-duplicate articles, of one outlet, or of one credited wire agency once.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

from crosswire.compare.text import UnionFind, content_words, jaccard, numbers, overlap, shingles
from crosswire.models import Article, Briefing, Claim, ClaimConflict, ClaimVersion, Statement

# Thresholds set by hand on crosswire's own test stories (tests/test_claims.py): the same
# speaker paraphrased by two outlets typically shares half of the shorter version's words;
# different or unknown speakers need near-identical wording to count as one claim.
SAME_SPEAKER_MIN_OVERLAP = 0.45
ANY_SPEAKER_MIN_OVERLAP = 0.75
MIN_SHARED_WORDS = 3
# Word 5-gram Jaccard above which two articles are copies of one text (wire, syndication).
NEAR_DUPLICATE_MIN_JACCARD = 0.5
ARTICLE_SHINGLE_SIZE = 5
KEYWORDS_PER_CLAIM = 5


def _speaker_key(statement: Statement) -> str | None:
    if statement.speaker:
        return f"actor:{statement.speaker}"
    if statement.speaker_text and statement.resolution.method not in ("pronoun", "unresolved"):
        return "text:" + statement.speaker_text.lower().split()[-1]
    return None


def _same_claim(a: Statement, b: Statement, words: dict[str, set[str]]) -> bool:
    shared = words[a.id] & words[b.id]
    if len(shared) < MIN_SHARED_WORDS:
        return False
    score = overlap(words[a.id], words[b.id])
    key_a, key_b = _speaker_key(a), _speaker_key(b)
    if key_a is not None and key_a == key_b:
        return score >= SAME_SPEAKER_MIN_OVERLAP
    if a.article == b.article:
        return False
    return score >= ANY_SPEAKER_MIN_OVERLAP


def near_duplicate_articles(articles: list[Article]) -> list[tuple[str, str]]:
    """Pairs of article ids whose texts are copies of one another."""
    grams = {a.id: shingles(content_words(a.text), ARTICLE_SHINGLE_SIZE) for a in articles}
    return [(a.id, b.id) for a, b in combinations(articles, 2)
            if jaccard(grams[a.id], grams[b.id]) >= NEAR_DUPLICATE_MIN_JACCARD]


def find_claims(briefing: Briefing) -> list[Claim]:
    """Claims of a briefing, those carried by the most independent sources first."""
    statements = [s for s in briefing.statements if s.text.strip()]
    words = {s.id: set(content_words(s.text)) for s in statements}
    groups = UnionFind([s.id for s in statements])
    by_word: dict[str, list[Statement]] = defaultdict(list)
    for statement in statements:
        for word in words[statement.id]:
            by_word[word].append(statement)
    checked: set[tuple[str, str]] = set()
    for sharing in by_word.values():
        if len(sharing) > max(50, len(statements) // 4):
            continue  # a word nearly every statement has cannot tell claims apart
        for a, b in combinations(sharing, 2):
            pair = (a.id, b.id) if a.id < b.id else (b.id, a.id)
            if pair in checked:
                continue
            checked.add(pair)
            if _same_claim(a, b, words):
                groups.union(a.id, b.id)

    articles = {a.id: a for a in briefing.articles}
    copies = near_duplicate_articles(briefing.articles)
    by_id = {s.id: s for s in statements}
    order = {s.id: n for n, s in enumerate(statements)}
    claims = []
    for member_ids in groups.groups():
        members = sorted((by_id[i] for i in member_ids), key=lambda s: order[s.id])
        claims.append(_claim(members, articles=articles, copies=copies, words=words))
    claims.sort(key=lambda c: (-c.independent, -len(c.versions), order[c.versions[0].statement]))
    return [_with_id(claim, n) for n, claim in enumerate(claims)]


def _with_id(claim: Claim, n: int) -> Claim:
    from dataclasses import replace

    return replace(claim, id=f"c{n}")


def _claim(members: list[Statement], *, articles: dict[str, Article],
           copies: list[tuple[str, str]], words: dict[str, set[str]]) -> Claim:
    versions = [
        ClaimVersion(
            statement=s.id, article=s.article, outlet=_outlet(articles.get(s.article)), text=s.text,
            start=s.start, end=s.end, kind=s.kind, via=s.via, speaker_text=s.speaker_text,
        )
        for s in members
    ]
    article_ids = list(dict.fromkeys(v.article for v in versions))
    sources = UnionFind(article_ids)
    for a, b in copies:
        if a in sources.parent and b in sources.parent:
            sources.union(a, b)
    first_of: dict[str, str] = {}
    for version in versions:
        for key in (f"outlet:{version.outlet}" if version.outlet else None,
                    f"via:{version.via.lower()}" if version.via else None):
            if key is None:
                continue
            if key in first_of:
                sources.union(first_of[key], version.article)
            else:
                first_of[key] = version.article
    independent_groups = sorted((sorted(g) for g in sources.groups()), key=lambda g: g[0])
    speakers = Counter(s.speaker for s in members if s.speaker)
    shared = Counter(w for s in members for w in words[s.id])
    return Claim(
        id="",
        speaker=speakers.most_common(1)[0][0] if speakers else None,
        versions=versions,
        outlets=sorted({v.outlet for v in versions if v.outlet}),
        independent=len(independent_groups),
        independent_groups=independent_groups,
        conflicts=_conflicts(members),
        keywords=[w for w, n in shared.most_common(KEYWORDS_PER_CLAIM) if n > 1 or len(members) == 1],
    )


def _outlet(article: Article | None) -> str | None:
    return article.outlet if article is not None else None


def _conflicts(members: list[Statement]) -> list[ClaimConflict]:
    """Aspects on which versions from different articles disagree."""
    if len({s.article for s in members}) < 2:
        return []
    aspects: dict[str, dict[str, list[str]]] = {"number": {}, "date": {}, "speaker": {}, "kind": {}}
    for s in members:
        found = numbers(s.text)
        if found:
            aspects["number"].setdefault(", ".join(sorted(found, key=float)), []).append(s.id)
        if s.said_on is not None and s.said_on.value:
            aspects["date"].setdefault(s.said_on.value, []).append(s.id)
        who = s.speaker or (s.speaker_text.strip() if s.speaker_text else None)
        if who:
            aspects["speaker"].setdefault(who, []).append(s.id)
        aspects["kind"].setdefault("quoted" if s.kind == "direct" else
                                   "paraphrased" if s.kind == "indirect" else "partly quoted", []).append(s.id)
    conflicts = []
    for aspect, values in aspects.items():
        if len(values) > 1 and not (aspect == "date" and _nested_dates(values)):
            conflicts.append(ClaimConflict(aspect=aspect, values=values))
    return conflicts


def _nested_dates(values: dict[str, list[str]]) -> bool:
    """"2022-11" and "2022-11-20" do not conflict: one is a coarser form of the other."""
    dates = sorted(values, key=len)
    return all(longer.startswith(dates[0]) for longer in dates[1:])
