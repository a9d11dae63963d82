"""Claims: one utterance or fact as reported by several articles, and where versions differ
(``claim_conflicts``).

Units are statements and facts (PLOVER events an outlet tells in its own voice, see
``claim_units``). Two units from different articles are one claim when they are about the
same actor and their terms (stems, synonym families, actor ids) overlap enough, or, for
statements whoever is credited, when the wording is near-identical; statements of one
speaker making the same call on an issue are one claim too, and statements taking opposite
stances on an issue never are (``claim_calls``), and a short statement of a speaker joins
one of that speaker's with the same act holding its words (``claim_short``). Candidate pairs come
from blocks keyed by actor and term, never from all pairs. Independence counts each group
of near-duplicate articles, of one outlet, or of one credited wire agency once.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from itertools import combinations, permutations

from crosswire.compare.claim_calls import calls_of, opposed, same_call_pairs
from crosswire.compare.claim_conflicts import version_conflicts
from crosswire.compare.claim_disputes import ACCOUNT, Told, account_conflicts
from crosswire.compare.claim_held import join_held_words
from crosswire.compare.claim_meaning import meaning_links
from crosswire.compare.claim_apart import asked_apart, dated_apart, told_in_passing
from crosswire.compare.claim_pairs import MeaningCandidates, meaning_candidates
from crosswire.compare.claim_readings import asks
from crosswire.compare.claim_short import short_statement_pairs
from crosswire.compare.claim_terms import actor_id, actor_ids, actor_terms
from crosswire.compare.claim_units import (
    MeaningLink,
    Unit,
    actor_spans,
    fact_units,
    is_lead,
    relayed_report,
    shared_evidence,
    shown_span,
    statement_units,
)
from crosswire.compare.elsewhere import Elsewhere, here
from crosswire.compare.quoted_runs import quote_links
from crosswire.compare.sentence_model import Embedder
from crosswire.knowledge.text import WORD, UnionFind, content_words, overlap, shingles
from crosswire.models import (
    Actor,
    Article,
    Claim,
    ClaimLink,
    ClaimVersion,
    MergedAnalysis,
    TextSpan,
)

# Thresholds set by hand on crosswire's own test stories (tests/test_claims.py): the same
# speaker paraphrased by two outlets typically shares half of the shorter version's terms;
# different or unknown speakers need near-identical wording (three quarters of the longer
# version's terms) to count as one claim.
SAME_SPEAKER_MIN_OVERLAP = 0.45
ANY_SPEAKER_MIN_OVERLAP = 0.75
MIN_SHARED_WORDS = 3
MIN_SHARED_PLAIN_WORDS = 2
# ... except that a short statement of a speaker ("promised an independent investigation")
# whose words another statement of the same resolved speaker all carries ("would open an
# independent inquiry into the sinking") is that statement cut short, sharing only these
# two plain words: outlets quote a speaker's line in full or in a few words.
# A fact matches another account of it (or a statement of its actor) when, besides the
# actor and the verb, they share this many terms and half of the shorter one's terms:
# "signed a decree banning talks with X" / "rejected talks with X by decree" share
# decree, talks and X; "signed a decree on Y" shares only "decree" beyond the verb.
FACT_MIN_OVERLAP = 0.5
MIN_SHARED_FACT_TERMS = 2
# ... and a statement that names the actor of a fact without being its speaker ("Y said X
# signed a decree ...") must share one term more: naming an actor is weaker than being it.
MIN_SHARED_REPORTED_TERMS = 3
# No rule above joins two units sharing fewer terms than this (statements: two plain
# words; facts: two terms besides the verbs): pairs sharing fewer are never compared.
MIN_SHARED_TERMS = min(MIN_SHARED_PLAIN_WORDS, MIN_SHARED_FACT_TERMS)
# Blocks larger than this (a term nearly every unit of one actor has) cannot tell claims
# apart; pairs are found through their rarer shared terms instead.
MAX_BLOCK = 50
# Word 5-gram Jaccard above which two articles are copies of one text (wire, syndication).
NEAR_DUPLICATE_MIN_JACCARD = 0.5
# A 5-gram in more articles than this is a stock phrase, not a copy (a wire story is rarely
# run by more outlets than this in one briefing; its other 5-grams still find it).
MAX_COPIES_BLOCK = 200
ARTICLE_SHINGLE_SIZE = 5
KEYWORDS_PER_CLAIM = 5
# A statement reporting what another said ("the ministry said [the mayor told it that ...]")
# holds the other's words from within this many words of its start to its end (this many
# characters short of it, a closing mark).
MAX_REPORTING_WORDS = 12
REPORTED_END_SLACK = 2


def _same_claim(a: Unit, b: Unit) -> bool:
    if a.statement is not None and b.statement is not None:
        return _same_statement(a, b)
    if a.article == b.article or not (_about(a) & _about(b)) or dated_apart(a, b):
        return False
    needed = MIN_SHARED_FACT_TERMS
    if not a.keys & b.keys:
        # a statement that only names the fact's actor must report the same act, and
        # share more words: naming an actor is weaker evidence than being it
        needed = MIN_SHARED_REPORTED_TERMS
        fact, other = (a, b) if a.event is not None else (b, a)
        if fact.trigger not in other.terms or told_in_passing(a, b):
            return False
    shared = a.terms & b.terms
    if shared_evidence(a, b, shared - {a.trigger, b.trigger}) < needed or _other_actors_differ(a, b):
        return False
    return overlap(a.terms, b.terms) >= FACT_MIN_OVERLAP


def _same_statement(a: Unit, b: Unit) -> bool:
    if shared_evidence(a, b, a.plain & b.plain) < MIN_SHARED_PLAIN_WORDS:
        return False  # naming the same actors (or one name) is not saying the same thing
    if asked_apart(a, b):
        return False  # the answer repeats the question's words
    if dated_apart(a, b):
        return False
    if _said_otherwise(a, b):
        return True
    shared = a.terms & b.terms
    if shared_evidence(a, b, shared) < MIN_SHARED_WORDS and not _cut_short(a, b):
        return False
    score = overlap(a.terms, b.terms)
    if a.keys and a.keys == b.keys:
        return score >= SAME_SPEAKER_MIN_OVERLAP
    if a.article == b.article:
        return False
    # near-identical both ways: a short statement inside a long one is not the same words
    return len(shared) / max(len(a.terms), len(b.terms)) >= ANY_SPEAKER_MIN_OVERLAP


def _cut_short(a: Unit, b: Unit) -> bool:
    """One speaker's statement whose every word the other, from another article, carries."""
    one_speaker = len(a.keys) == 1 and a.keys == b.keys and actor_id(next(iter(a.keys))) is not None
    return one_speaker and a.article != b.article and (a.terms <= b.terms or b.terms <= a.terms)


def _said_otherwise(a: Unit, b: Unit) -> bool:
    """A short statement whose every word another article's statement carries, saying the
    opposite of it ("The alarms did not sound" / "the alarms sounded at nine"): too few
    words to match as one utterance, and one account of one thing all the same, disputed."""
    if a.article == b.article or not (a.terms <= b.terms or b.terms <= a.terms) or asks(a.text) or asks(b.text):
        return False
    return bool(account_conflicts([Told(key=u.id, article=u.article, text=u.text,
                                        cue=u.statement.cue.text if u.statement.cue else None)
                                   for u in (a, b)]))


def _about(unit: Unit) -> frozenset[str]:
    """Whom a unit is about: a fact's subject; a statement's speaker and the actors it names,
    so that "X signed the decree" matches "Y said X signed the decree" (a speaker conflict)."""
    if unit.statement is None:
        return unit.keys
    return unit.keys | unit.actors


def _other_actors_differ(a: Unit, b: Unit) -> bool:
    """Both name actors as the object of the act and none in common: "X shelled Kharkiv" and
    "X shelled Lviv" are two facts however alike the rest of the words. (A statement's
    object is not known, and a long one names many actors in passing.)"""
    subjects = a.keys | b.keys
    near_a = actor_terms(a.core) if a.event is not None else a.actors
    near_b = actor_terms(b.core) if b.event is not None else b.actors
    actors_a, actors_b = near_a - subjects, near_b - subjects
    return bool(actors_a and actors_b and not actors_a & actors_b)


def _candidate_pairs(units: list[Unit]) -> Iterable[tuple[Unit, Unit]]:
    """Pairs sharing an actor and a term, or (statements) a term, and MIN_SHARED_TERMS
    terms in all: blocked, near-linear. Each in ``units`` order, once."""
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)  # -> positions in units
    for position, unit in enumerate(units):
        for key in _about(unit):
            for word in unit.terms:
                blocks[(key, word)].append(position)
        if unit.statement is not None:
            for word in unit.terms:
                blocks[("", word)].append(position)
    # a pair shares many blocks: each unit's later partners are gathered as a set first
    later: list[set[int]] = [set() for _ in units]
    for block in blocks.values():
        if 1 < len(block) <= MAX_BLOCK:
            for n, position in enumerate(block[:-1]):
                later[position].update(block[n + 1:])
    for position, unit in enumerate(units):
        for other in sorted(later[position]):
            if len(unit.terms & units[other].terms) >= MIN_SHARED_TERMS:
                yield unit, units[other]


def near_duplicate_articles(articles: list[Article]) -> list[tuple[str, str]]:
    """Pairs of article ids whose texts are copies of one another (word 5-gram Jaccard),
    counted through the 5-grams they share rather than over all pairs."""
    grams = {a.id: shingles(content_words(a.text), ARTICLE_SHINGLE_SIZE) for a in articles}
    holders: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for article in articles:
        for gram in grams[article.id]:
            holders[gram].append(article.id)
    shared: Counter[tuple[str, str]] = Counter()
    for ids in holders.values():
        if 1 < len(ids) <= MAX_COPIES_BLOCK:  # else a stock phrase of the trade
            shared.update(combinations(ids, 2))
    return [(a, b) for (a, b), n in shared.items()
            if n / (len(grams[a]) + len(grams[b]) - n) >= NEAR_DUPLICATE_MIN_JACCARD]


def _pairs_of_units(units: list[Unit], *, articles: dict[str, Article], actors: dict[str, Actor],
                    spans: dict[str, list[tuple[int, int, str]]], in_order: list[Article],
                    by_meaning: bool
                    ) -> tuple[list[tuple[str, str, str | None]], list[tuple[str, str]],
                               MeaningCandidates | None]:
    """What the units alone tell, whatever the wording rules join: unit pairs carrying one
    quoted run (their ids and the run), near-duplicate article pairs (``in_order``) and,
    ``by_meaning``, the pairs to compare by meaning. Ids only, so little crosses a process
    boundary."""
    quoted = [(link.a.id, link.b.id, link.fragment)
              for link in quote_links(units, articles=articles, actor_spans=spans)]
    candidates = meaning_candidates(units, actors=actors, articles=articles) if by_meaning else None
    return quoted, near_duplicate_articles(in_order), candidates


def find_claims(merged: MergedAnalysis, *, embed: Embedder | None = None,
                elsewhere: Elsewhere = here) -> list[Claim]:
    """Claims across the articles, those carried by the most independent sources first.

    Every statement is in exactly one claim, and has a version of its own unless its words
    lie inside another statement of the claim in its article; facts appear only when two
    articles carry them.
    ``embed`` (``sentence_model.default_embedder()``, or None for wording and quoted
    fragments only) compares statements by meaning. What the articles share word for word
    (quoted runs, copied articles) and which statements to compare by meaning need no
    grouping: they are found by ``elsewhere`` (as for ``compare``) while this process
    groups the units by their wording.
    """
    spans = actor_spans(merged)
    statements = statement_units(merged, spans=spans)
    facts = fact_units(merged, spans=spans)
    units = statements + facts
    articles = {a.id: a for a in merged.articles}
    actors = {a.id: a for a in merged.actors}
    unit_pairs = elsewhere(functools.partial(
        _pairs_of_units, units, articles=articles, actors=actors, spans=spans,
        in_order=merged.articles, by_meaning=embed is not None))
    by_id = {u.id: u for u in units}
    groups = UnionFind([u.id for u in units])
    calls = {u.id: calls_of(u, actors=actors) for u in statements}
    for a, b in _candidate_pairs(units):
        if _same_claim(a, b) and not opposed(calls.get(a.id, {}), calls.get(b.id, {})):
            groups.union(a.id, b.id)
    joined_as_call: dict[str, str] = {}  # unit id -> the call it joined its claim through
    for a, b, call in same_call_pairs(statements, calls=calls):
        if not dated_apart(a, b) and groups.find(a.id) != groups.find(b.id):
            groups.union(a.id, b.id)
            joined_as_call[a.id] = joined_as_call[b.id] = call
    for a, b in short_statement_pairs(statements, articles=articles):
        if not dated_apart(a, b) and not opposed(calls.get(a.id, {}), calls.get(b.id, {})):
            groups.union(a.id, b.id)
    for fact in facts:
        for statement_id in fact.attached:
            if statement_id in by_id:
                groups.union(fact.id, statement_id)
    for outer, inner in _told_inside(statements):
        groups.union(outer.id, inner.id)
    quoted, copies, candidates = unit_pairs()
    meant = [] if embed is None else meaning_links(
        units, embed=embed, actors=actors, articles=articles, candidates=candidates,
        group_of=lambda unit: groups.find(unit.id))
    links = [MeaningLink(a=by_id[a], b=by_id[b], basis="quote", fragment=fragment)
             for a, b, fragment in quoted] + meant
    joined_by: dict[str, list[ClaimLink]] = defaultdict(list)  # group root -> its links
    for link in links:
        a, b = link.a, link.b
        if dated_apart(a, b) or opposed(calls.get(a.id, {}), calls.get(b.id, {})):
            continue
        if groups.find(a.id) != groups.find(b.id):
            groups.union(a.id, b.id)
            joined_by[a.id].append(ClaimLink(a=a.id, b=b.id, basis=link.basis,
                                             fragment=link.fragment, score=link.score))
    join_held_words(units, groups)

    reported = _told_within(statements)
    heard = Counter(u.statement.speaker for u in statements if u.statement.speaker)
    claims = []
    for member_ids in groups.groups():
        members = sorted((by_id[i] for i in member_ids), key=lambda u: u.order)
        if all(u.statement is None for u in members) and len({u.article for u in members}) < 2:
            continue  # a fact one article tells is an event, already on the briefing
        claim = _claim(members, articles=articles, actors=actors, copies=copies, reported=reported,
                       heard=heard)
        call = next((joined_as_call[u.id] for u in members if u.id in joined_as_call), None)
        # a fact told inside a statement is that statement's version, and a statement inside
        # another's words is shown in that one's (``_nested_statements``): links name versions
        key_of = {unit_id: v.key for v in claim.versions for unit_id in (v.statement, v.event)
                  if unit_id}
        key_of |= {u.id: _holding(u, claim.versions) for u in members
                   if u.statement is not None and u.id not in key_of}
        claim_links = [replace(link, a=key_of.get(link.a, link.a), b=key_of.get(link.b, link.b))
                       for u in members for link in joined_by.get(u.id, [])]
        claims.append((members[0].order, replace(claim, call=call, links=claim_links)))
    claims.sort(key=lambda item: (-item[1].independent, -len(item[1].versions), item[0]))
    return [replace(claim, id=f"c{n}") for n, (_, claim) in enumerate(claims)]


def _versions(members: list[Unit], articles: dict[str, Article]) -> list[tuple[ClaimVersion, Unit]]:
    """Each version with the unit that tells it: the fact for a statement a fact covers."""
    covering = {s: u for u in members if u.event is not None for s in u.attached}
    ids = {u.id for u in members}
    nested = _nested_statements(members)
    versions = []
    for unit in members:
        outlet = articles[unit.article].outlet if unit.article in articles else None
        if unit.id in nested:
            continue  # its words are shown in the version of the statement holding them
        if unit.statement is not None:
            s = unit.statement
            fact = covering.get(s.id)
            # a fact's version shows its whole clause, the statement it covers included
            span = s.span
            if fact:
                shown = shown_span(fact, articles[fact.article].text)
                start, end = min(span.start, shown.start), max(span.end, shown.end)
                span = TextSpan(articles[span.article].text[start:end], start, end, span.article)
            speaker_text = s.speaker_words.text if s.speaker_words else None
            versions.append((ClaimVersion(
                statement=s.id, outlet=outlet, span=span, kind=s.kind, via=s.via,
                speaker_text=fact.subject_text if fact else speaker_text,
                event=fact.id if fact else None,
            ), fact or unit))
        elif not any(s in ids for s in unit.attached):
            versions.append((ClaimVersion(  # a fact, or a lead (no event): the outlet's own words
                statement="", outlet=outlet,
                span=shown_span(unit, articles[unit.article].text),
                kind="indirect", speaker_text=unit.subject_text,
                event=unit.event.id if unit.event is not None else None,
            ), unit))
    return versions


def _holding(unit: Unit, versions: list[ClaimVersion]) -> str:
    """The key of the version whose words hold a statement that has none of its own."""
    return next((v.key for v in versions if v.span.article == unit.article
                 and v.span.start <= unit.start and unit.end <= v.span.end), unit.id)


def _nested_statements(members: list[Unit]) -> set[str]:
    """Statements whose words lie inside another statement or the lead of the claim in their
    article ("insisted the dam was safe" inside "said it would appeal and insisted the dam
    was safe"): one outlet's words, which a version of their own would show twice. Of two
    with the same words, the later one."""
    spans = sorted([(u.statement.span.start, -u.statement.span.end, u.order, u.id, u.article)
                    for u in members if u.statement is not None]
                   + [(u.start, -u.end, u.order, u.id, u.article) for u in members if is_lead(u)])
    statements = {u.id for u in members if u.statement is not None}
    nested, reach = set(), {}  # article -> the end of the widest statement or lead seen so far there
    for _, negative_end, _, unit_id, article in spans:
        if -negative_end <= reach.get(article, -1):
            nested.update({unit_id} & statements)
        else:
            reach[article] = -negative_end
    return nested


def _claim(members: list[Unit], *, articles: dict[str, Article], actors: dict[str, Actor],
           copies: list[tuple[str, str]], reported: dict[str, frozenset[str]],
           heard: Counter[str]) -> Claim:
    pairs = _versions(members, articles)
    versions = [v for v, _ in pairs]
    article_ids = list(dict.fromkeys(v.span.article for v in versions))
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
                sources.union(first_of[key], version.span.article)
            else:
                first_of[key] = version.span.article
    independent_groups = sorted((sorted(g) for g in sources.groups()), key=lambda g: g[0])
    # a dispute on what happened first: it matters more than a difference of wording
    conflicts = account_conflicts([
        Told(key=v.key, article=v.span.article, text=v.span.text,
             cue=u.statement.cue.text if u.statement is not None and u.statement.cue else None)
        for v, u in pairs]) + version_conflicts(pairs, actors=actors)
    shared = Counter(w for v in versions for w in set(content_words(v.span.text)))
    relayed = {u.id for u in members if relayed_report(u)}
    # a news outlet's own report is told as fact, as the outlets that tell it unsourced do
    facts = sum(1 for v, u in pairs if v.fact or u.id in relayed)
    as_fact = facts * 2 > len(versions)
    # a claim is told by whom its statements credit (resolved speakers), else it is its facts'
    # actor's: a fact joined to what someone said does not make its actor the speaker, even
    # where more outlets tell it as fact ("the club made an offer" / "the club made an offer,
    # its manager said": the outlets telling it as fact carry what the manager told, and the
    # claim stays one reported as fact); the outlet relaying a report tells it only where no
    # version names anyone else, ...
    said = [u for u in members if u.statement is not None and u.id not in relayed]
    # and a speaker reporting what another said ("X said Y told them that ..."): Y said it
    def told_by(unit: Unit) -> Iterable[str]:
        return reported.get(unit.id) or actor_ids(unit.keys)

    unrelayed = [u for u in members if u.id not in relayed]
    who: Counter[str] = Counter()
    for told in (said, unrelayed, members):
        who = Counter(actor for u in told for actor in told_by(u))
        if who:
            break
    # a tie goes to whom the versions show (a statement a fact covers shows the fact's actor),
    # then to whom the story credits more statements (``heard``): a speaker our resolution
    # misnamed once ("the levy" for the board's estimate) is rarely one the story quotes again
    shown = Counter(actor for _, u in pairs for actor in actor_ids(u.keys))
    return Claim(
        id="",
        speaker=min(who, key=lambda actor: (-who[actor], -shown[actor], -heard[actor], actor)) if who else None,
        versions=versions,
        outlets=sorted({v.outlet for v in versions if v.outlet}),
        independent=len(independent_groups),
        independent_groups=independent_groups,
        conflicts=conflicts,
        disputed=any(c.aspect == ACCOUNT for c in conflicts),
        # Ties broken by the word itself: Counter order follows set order, which varies
        # with the hash seed, and the same input must give the same merged.
        keywords=[w for w, n in sorted(shared.items(), key=lambda item: (-item[1], item[0]))
                  [:KEYWORDS_PER_CLAIM] if n > 1 or len(versions) == 1],
        kind="fact" if as_fact else "statement",
    )


def _told_within(statements: list[Unit]) -> dict[str, frozenset[str]]:
    """Statement id -> the actors of the statement its words are ("the ministry said the
    mayor had told it that ..."): one of another speaker in its article that runs to its end
    and starts within its first few words, so that what it reports is that the other said
    it. A statement only holding another's remark in passing ("the plan, which the mayor
    called a disaster, ...") is its own speaker's."""
    by_article: dict[str, list[Unit]] = defaultdict(list)
    for unit in statements:
        by_article[unit.article].append(unit)
    # each statement's actors read once, not once per statement of its article it is paired with
    actors_of = {unit.id: frozenset(actor_ids(unit.keys)) for unit in statements}
    found: dict[str, frozenset[str]] = {}
    for unit in statements:
        own = actors_of[unit.id]
        for other in by_article[unit.article]:
            theirs = actors_of[other.id]
            if theirs and not theirs & own and _reports(unit.statement.span, other.statement.span):
                found[unit.id] = theirs
    return found


def _told_inside(statements: list[Unit]) -> Iterable[tuple[Unit, Unit]]:
    """Statement pairs of one article where the outer one opens with the inner one's speaker
    and holds its cue and all it says ("the growers said [they told the minister that [they
    would not sell]]"): the outer words tell the inner saying whole, so both are one
    utterance, whoever each is credited to, and one claim, which one outlet may tell in the
    outer words and another in the inner ones. A remark the outer words hold in passing
    ("the plan, which the mayor called a disaster, ...") is its own speaker's other
    utterance: its speaker stands inside the outer words, not at their start."""
    by_article: dict[str, list[Unit]] = defaultdict(list)
    for unit in statements:
        by_article[unit.article].append(unit)
    for units in by_article.values():
        for outer, inner in permutations(units, 2):
            said, holding = inner.statement, outer.statement.span
            who, cue = said.speaker_words, said.cue
            if who is None or cue is None or {who.article, cue.article} != {holding.article}:
                continue
            if holding.start <= who.start and not WORD.search(holding.text[:who.start - holding.start]) \
                    and cue.end <= said.span.start and said.span.end <= holding.end:
                yield outer, inner


def _reports(outer: TextSpan, inner: TextSpan) -> bool:
    """``inner`` is what ``outer`` reports: it starts within ``outer``'s first
    MAX_REPORTING_WORDS words and runs to its end (but for a closing mark)."""
    return (outer.start < inner.start and outer.end - REPORTED_END_SLACK <= inner.end <= outer.end
            and len(WORD.findall(outer.text[:inner.start - outer.start])) <= MAX_REPORTING_WORDS)
