"""Which statement and fact pairs are compared by meaning, and the likeness each needs.

Comparing every pair by meaning would cost the sentence model's time on pairs no reader
would join: this finds the pairs worth it from the units alone (their speakers, the words
they share, the day their articles were published and where they stand in them), each
with the likeness ``claim_meaning`` must find to join them: one speaker's (a fact counts
as its actor's) need the least, one credited to nobody more, and two credited to different
speakers (an agency relaying a minister) the most; and the pairs of two articles' leads,
which tell one occasion's main event whoever each credits.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations

from crosswire.compare.claim_clauses import (
    MIN_LEAD_WORDS,
    background,
    opens_adverbial_clause,
)
from crosswire.compare.claim_conflicts import one_voice
from crosswire.compare.claim_readings import quantities, telling_figures
from crosswire.compare.claim_terms import ACTOR_PREFIX, actor_id
from crosswire.compare.claim_units import MAX_BLOCK, MAX_DAYS_APART, Unit, relayed_report
from crosswire.knowledge.text import (
    PERSON_PRONOUN_FORMS,
    THING_PRONOUNS,
    WORD,
    content_words_in,
    stop_words,
)
from crosswire.models import Actor, Article

# Score (cosine plus shared words, ``claim_meaning``) above which two units, each the other's nearest
# in the other article, say the same thing, by whom each is credited to. multilingual-e5-small
# puts any two sentences of one news story near 0.8. Set on the 15 AllSides gold stories of
# batch 1 (``crosswire eval story-gold``). A statement credited to nobody and one of an
# actor: 0.89 joined two more pairs of different statements, 0.93 left two gold claims
# apart. One speaker's units (the speaker already ties them): 0.885 to 0.9 joined the same
# gold claims when this was set, 0.88 and below also two different statements on one
# subject; with the claim units added since, 0.90 finds 1 fewer of batch 1's gold claims
# (and 3 fewer in all), though one mayor's three different statements on an invented
# quarry story meet at 0.887 to 0.897: the model's likeness is near its limit here. Two credited
# speakers (an agency relaying a minister, an office and its head), or two facts nobody is
# credited with: 0.93 joins one gold claim more than 0.95, and one pair of other facts.
MIN_SIMILARITY = 0.91
SAME_SPEAKER_MIN_SIMILARITY = 0.885
OTHER_SPEAKER_MIN_SIMILARITY = 0.93
# A speaker quoted once by each of two outlets (one statement in each article) is quoted for
# one thing more often than not: outlets carry a speaker's main line. Such a pair needs only
# to be about the story (0.8, where the model puts any two of its sentences), and still each
# the other's nearest. Only a named actor, and not a group ("Democrats", "residents"): two
# outlets' "officials" or "Democrats" may be two people saying two things; and
# only in articles published on one occasion (both dated to the day, at most
# MAX_DAYS_APART apart): a story followed for months quotes a speaker once an article on
# different days, saying different things. On batch 1 of the gold stories all 5 such pairs
# are one gold claim (cosines 0.81 to 0.86); 0.80 joins 2 gold claims more than 0.885 and
# no wrong pair. A statement that is its sentence's background ("the army shelled what it said
# were rebel posts", "what it wanted") is no speaker's main line, and needs the
# likeness of any other statement of the speaker's.
SOLE_STATEMENT_MIN_SIMILARITY = 0.80
# Two units counting one thing with one figure ("firms added 410,000 jobs" / "employers added
# 410,000 jobs in May") tell one fact of the story, whoever each credits it to and whether
# or not either is a lead: such a pair needs only to be about the story, as a speaker's only
# statements do, and still each the other's nearest. The figure is one from
# MIN_COUNT_FIGURE up (``quantities`` reads no year as a count): a story's small counts
# ("some ten days", "a 12-member panel") recur in sentences telling different things.
SAME_COUNT_MIN_SIMILARITY = SOLE_STATEMENT_MIN_SIMILARITY
MIN_COUNT_FIGURE = 100
# Fewer content words than this say too little to compare by meaning ("the move").
MIN_EMBED_WORDS = 3
# A statement credited to nobody is compared with those sharing this many such words; a
# fact nobody is credited with, or units of two different speakers, with those sharing
# MIN_SHARED_ACROSS_SPEAKERS: with two, a short one ("peace talks with X") met any longer
# one naming the same two things, its few words all shared.
MIN_SHARED_UNATTRIBUTED = 2
MIN_SHARED_ACROSS_SPEAKERS = 3
# One speaker's units (other than a speaker's only statements on one occasion) sharing fewer
# such words than this need the likeness asked of a unit credited to nobody
# (MIN_SIMILARITY): the model puts any two things one person says on one story near each
# other ("owners must be paid for the cracked houses" / "the firm hid the soil tests", 0.905),
# while two wordings of one thing mostly name something alike ("lockdown" / "lockdowns",
# "the pardon" / "a pardon"); with nothing alike, only a near-identical meaning shows it is
# one statement. On batch 1 of the gold stories every link of one speaker below
# MIN_SIMILARITY that joins a gold claim shares a word; one that joined two different
# statements (0.895) shares none.
MIN_SHARED_SAME_SPEAKER = 1


@dataclass(frozen=True)
class MeaningCandidates:
    """The unit id pairs worth comparing by meaning (``meaning_candidates``): each with the
    likeness it needs, and the pairs of two articles' leads, each with whether both articles
    are undated (those need more likeness: ``claim_meaning``)."""

    needed: dict[tuple[str, str], float]
    leads: dict[tuple[str, str], bool]


def meaning_candidates(units: list[Unit], *, actors: dict[str, Actor],
                       articles: dict[str, Article] | None = None) -> MeaningCandidates:
    """The pairs ``meaning_links`` compares, found from the units alone (not from what other
    rules joined already): the brief pipeline finds them in another process while this one
    matches the units' wording."""
    compared = [u for u in units if embeddable(u)]
    kinds = {i: actor.kind for i, actor in actors.items()}
    days = {i: a.published.day() for i, a in (articles or {}).items()}
    voices = Voices(states=_states(actors.values()), actors=actors)
    voices.hear(units)
    needed = {(a, b): threshold for a, b, threshold in _candidate_pairs(
        compared, kinds, days=days, side_lines=_side_lines(compared, articles or {}),
        asides=_asides(compared, articles or {}), voices=voices)}
    for pair in _same_count_pairs(compared):
        needed[pair] = min(needed.get(pair, SAME_COUNT_MIN_SIMILARITY), SAME_COUNT_MIN_SIMILARITY)
    leads = dict(_lead_pairs(compared, days=days, articles=articles or {}, voices=voices))
    return MeaningCandidates(needed=needed, leads=leads)


@dataclass
class Voices:
    """Whom each article credits statements to, as voices: a country and its own bodies
    ("the U.S.", "the U.S. military", "the White House") are one voice, the state's, which
    an outlet quoting one of them does not tell apart from another (``_voiced_apart``)."""

    states: dict[str, str]  # actor id -> the country it is, or the country whose body it is
    actors: dict[str, Actor]  # by id
    quoted: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # article -> voices

    def of(self, speaker: str) -> str:
        """The voice a speaker key speaks in: its state's, else its own."""
        state = self.states.get(actor_id(speaker) or "")
        return f"state:{state}" if state else speaker

    def one_voice(self, a: Unit, b: Unit, speaker_a: str | None, speaker_b: str | None) -> bool:
        """One unit an unnamed source speaking for a body (its ``affiliation``), the other
        credited (``speaker_a``, ``speaker_b``: their ``credited`` keys) to a person whose role
        names that body ("a Harbour Board official" / "Harbour Board spokeswoman Ana Roe"):
        both speak in the body's voice (``claim_conflicts.one_voice``)."""
        for source, other in ((a, speaker_b), (b, speaker_a)):
            holder = actor_id(other)
            # both actors: ``one_voice`` reads any other words as an unnamed source's
            if _speaks_for(source) and source.statement.affiliation in self.actors \
                    and holder in self.actors and one_voice(source.statement.affiliation, holder, self.actors):
                return True
        return False

    def hear(self, units: list[Unit]) -> None:
        """Record the voice of each unit credited to an actor, by its article."""
        for unit in units:
            speaker = credited(unit) if unit.statement is not None else None
            if actor_id(speaker):
                self.quoted[unit.article].add(self.of(speaker))


def _states(actors: Iterable[Actor]) -> dict[str, str]:
    """Actor id -> its state: a country (a place whose country is itself) is its own, an
    organisation its country's (a ministry, an army, a president's office); a person speaks
    for themself, and a city or region is no state."""
    return {actor.id: actor.country for actor in actors if actor.country and (
        actor.kind == "organisation" or (actor.kind == "place" and actor.country == actor.name))}


def _speaks_for(unit: Unit) -> bool:
    """An unnamed source credited with the body it speaks for (``credited``): an actor's
    voice, but no named speaker's main line ("Harbour Board posts", "officials" of the board may say
    several things), so never a speaker's only statement (SOLE_STATEMENT_MIN_SIMILARITY)."""
    statement = unit.statement
    return statement is not None and statement.resolution.method == "unnamed" and bool(statement.affiliation)


def credited(unit: Unit) -> str | None:
    """The actor a statement is credited to (a fact: its actor), the body or person an
    unnamed source speaks for (its ``affiliation``: "Harbour Board officials" speak in the
    board's voice, as a named speaker of it does), the unnamed source the outlet names
    ("Western officials"), or a source it names that our resolution tied to no actor ("the
    Tidewater news service"); None for nobody, for a news outlet's own report
    (``relayed_report``: the outlet carries it as fact, as one telling it unsourced does), or
    for other words tied to no actor ("he", "the agency's chief"), which may be anyone's."""
    if relayed_report(unit):
        return None
    actor = next((key for key in sorted(unit.keys) if actor_id(key)), None)
    statement = unit.statement
    if actor or statement is None:
        return actor
    said_by = statement.speaker_words.text if statement.speaker_words else ""
    if statement.resolution.method == "unresolved" and _names_someone(said_by):
        return "named:" + " ".join(said_by.lower().split())
    if statement.resolution.method != "unnamed":
        return None
    if statement.affiliation:
        return ACTOR_PREFIX + statement.affiliation
    words = said_by.lower().split()
    if all(word in stop_words() for word in words):
        return None  # "who", "they": no source named
    return "unnamed:" + " ".join(words)


def _names_someone(words: str) -> bool:
    """Speaker words holding a name: a capitalised word past their first, which a sentence's
    start may have capitalised ("The Tidewater news service", not "The agency" or "They")."""
    return any(word[:1].isupper() for word in WORD.findall(words)[1:])


def _may_be(unit: Unit, kind: str | None) -> bool:
    """An unresolved pronoun can only be an actor of its kind: "it" is no person, "she" is."""
    words = unit.statement.speaker_words.text.lower().split() if unit.statement and unit.statement.speaker_words else []
    pronoun = words[0] if len(words) == 1 else None
    if pronoun in PERSON_PRONOUN_FORMS:
        return kind in (None, "person")
    if pronoun in THING_PRONOUNS:
        return kind != "person"
    return True


def embeddable(unit: Unit) -> bool:
    """The unit says enough to be compared by meaning (MIN_EMBED_WORDS content words)."""
    return content_words_in(unit.text) >= MIN_EMBED_WORDS


def _one_occasion(a: date | None, b: date | None) -> bool:
    return a is not None and b is not None and abs((a - b).days) <= MAX_DAYS_APART


def _undated(a: Article | None, b: Article | None) -> bool:
    """Neither of two articles has any date: articles handed in together with no date at
    all (a folder of texts, a feed without dates), which nothing shows to tell two occasions
    (a month or a year known, they may be known to be months apart).
    Their leads are compared, as those of one occasion are, needing more likeness
    (``claim_meaning``); a speaker's only statements (``_candidate_pairs``) still need both
    days: with the 0.80 asked of them, undated they joined a director's aside to his
    agency's call on the unseen u15 stories."""
    return all(article is None or article.published.precision == "unknown" for article in (a, b))


def _side_lines(units: list[Unit], articles: dict[str, Article]) -> frozenset[str]:
    """Ids of the statements that are their sentence's background (``background``): no
    speaker's main line, whatever else the speaker is quoted saying."""
    return frozenset(u.id for u in units if u.statement is not None and u.article in articles
                     and background(u.statement, articles[u.article].text))


def _asides(units: list[Unit], articles: dict[str, Article]) -> frozenset[str]:
    """Ids of the facts told in a clause opened by a subordinating word, beside their
    sentence's news ("the donation was announced before the president meets the leaders",
    "less than a day after the senators blocked the bill"): the outlet's background, which
    another outlet's word of the actor matches only when nearly the same, as a fact of
    nobody does. (A statement's participle cue after the main clause, "..., saying the
    policy discriminates", mostly carries the speaker's main line, and is no aside.)"""
    return frozenset(u.id for u in units if u.statement is None and u.event is not None
                     and u.article in articles and opens_adverbial_clause(articles[u.article].text, u.start))


def _candidate_pairs(units: list[Unit], kinds: dict[str, str], *, days: dict[str, date | None],
                     side_lines: frozenset[str], asides: frozenset[str], voices: Voices
                     ) -> Iterable[tuple[str, str, float]]:
    """Id pairs from different articles, each with the score it needs: units of one speaker
    (any two, or for a speaker of many units those sharing a word; less likeness where they
    share a word, the least for the speaker's only statements in two articles published on
    one occasion, neither of them background, ``side_lines``; a fact told in an adverbial
    clause, ``asides``, needing the likeness of one credited to nobody: ``days`` maps article ids to
    the day each was published); or, sharing
    words, an unnamed source of a body and a person its role ties to that body (one voice,
    ``Voices.one_voice``, as one speaker's sharing a word), one credited to nobody and one to an
    actor (its pronoun fitting the actor:
    ``kinds`` maps actor ids to their kind), two credited to different speakers, a fact of no known
    actor and another such fact or a statement credited to nobody, or two statements credited to nobody. Words many units have
    (a story's own subject) say nothing about which two repeat one another and are left out.
    An actor's fact and another actor's statement, one of the articles crediting the other
    actor's words too (``voices``, ``_act_told_apart``), are two actors' things."""
    by_term: dict[str, list[Unit]] = defaultdict(list)
    by_speaker: dict[str, list[Unit]] = defaultdict(list)
    for unit in units:
        for word in unit.plain | _figure_terms(unit):
            by_term[word].append(unit)
        if speaker := credited(unit):
            by_speaker[speaker].append(unit)
    shared: Counter[tuple[str, str]] = Counter()
    for block in by_term.values():
        if 1 < len(block) <= MAX_BLOCK:
            shared.update((a.id, b.id) for a, b in combinations(sorted(block, key=lambda u: u.id), 2)
                          if a.article != b.article)
    for key, block in by_speaker.items():
        if len(block) <= MAX_BLOCK:
            said_in = Counter(u.article for u in block if u.statement is not None)  # statements per article
            holder = actor_id(key)
            for a, b in combinations(block, 2):
                if a.article == b.article:
                    continue
                sole = (holder is not None and kinds.get(holder) != "group"
                        and a.statement is not None and b.statement is not None
                        and not _speaks_for(a) and not _speaks_for(b)
                        and said_in[a.article] == 1 and said_in[b.article] == 1
                        and a.id not in side_lines and b.id not in side_lines
                        and _one_occasion(days.get(a.article), days.get(b.article)))
                if sole:
                    yield (*_ordered(a, b), SOLE_STATEMENT_MIN_SIMILARITY)
                elif shared[_ordered(a, b)] >= MIN_SHARED_SAME_SPEAKER and a.id not in asides \
                        and b.id not in asides:
                    yield (*_ordered(a, b), SAME_SPEAKER_MIN_SIMILARITY)
                else:
                    yield (*_ordered(a, b), MIN_SIMILARITY)
    speaker = {u.id: credited(u) for u in units}
    by_id = {u.id: u for u in units}
    # speakers of many units, whose pairs sharing any word are compared: other pairs
    # sharing fewer words than any rule below asks are most pairs, and left at once
    crowded = {key for key, block in by_speaker.items() if len(block) > MAX_BLOCK}
    fewest = min(MIN_SHARED_UNATTRIBUTED, MIN_SHARED_ACROSS_SPEAKERS)
    for (a, b), count in shared.items():
        if count < fewest and speaker[a] not in crowded:
            continue
        if speaker[a] is None and speaker[b] is None:
            told = by_id[a].event is not None or by_id[b].event is not None
            if told and count >= MIN_SHARED_ACROSS_SPEAKERS:
                # an outlet telling a fact in its own words, and another telling it too or
                # crediting it to a source we could not name: as sure as two speakers
                yield a, b, OTHER_SPEAKER_MIN_SIMILARITY
            elif by_id[a].statement is not None and by_id[b].statement is not None \
                    and count >= MIN_SHARED_UNATTRIBUTED:
                # two outlets each crediting a thing to no source they name ("the crews are due
                # back by spring"): as sure as two speakers, sharing a nobody's statement's words
                yield a, b, OTHER_SPEAKER_MIN_SIMILARITY
        elif speaker[a] != speaker[b] and _belief_apart(by_id[a], by_id[b]):
            continue
        elif voices.one_voice(by_id[a], by_id[b], speaker[a], speaker[b]):
            yield a, b, SAME_SPEAKER_MIN_SIMILARITY
        elif speaker[a] is None or speaker[b] is None:
            if actor_id(speaker[a] or speaker[b]) is None:
                continue  # nobody's words take a speaker's identity, not another's nobody
            kind_a, kind_b = (kinds.get(actor_id(speaker[i])) for i in (a, b))
            nobodys = by_id[a] if speaker[a] is None else by_id[b]
            needed = MIN_SHARED_UNATTRIBUTED if nobodys.statement else MIN_SHARED_ACROSS_SPEAKERS
            if (count >= needed and _may_be(by_id[a], kind_b)
                    and _may_be(by_id[b], kind_a)):
                # a fact the outlet tells of no actor we know has a subject all the same: one
                # naming the other's actor may be its act ("Congress passed a bill"), one that
                # does not is as unsure as two speakers ("Some harbours now turn away unflagged
                # trawlers" / the council's decision), where nobody's statement may be theirs
                theirs = nobodys.statement is not None or (speaker[a] or speaker[b]) in nobodys.actors
                yield a, b, MIN_SIMILARITY if theirs else OTHER_SPEAKER_MIN_SIMILARITY
        elif speaker[a] == speaker[b] and len(by_speaker[speaker[a]]) > MAX_BLOCK:
            yield a, b, SAME_SPEAKER_MIN_SIMILARITY
        elif speaker[a] != speaker[b] and count >= MIN_SHARED_ACROSS_SPEAKERS \
                and not _act_told_apart(by_id[a], by_id[b], voices):
            kind_a, kind_b = (kinds.get(actor_id(speaker[i])) for i in (a, b))
            if kind_a != "person" or kind_b != "person":
                # two people rarely say one thing; an office and its head, or an agency
                # relaying a minister, are often one voice credited two ways
                yield a, b, OTHER_SPEAKER_MIN_SIMILARITY


def _same_count_pairs(units: list[Unit]) -> Iterable[tuple[str, str]]:
    """Id pairs from different articles counting one thing with one telling figure
    (``quantities``, ``telling_figures``) from MIN_COUNT_FIGURE up: "added 410,000 jobs" and
    "410,000 jobs were added"."""
    by_count: dict[tuple[str, str], list[Unit]] = defaultdict(list)
    for unit in units:
        telling = {figure for figure in telling_figures(unit.text) if float(figure) >= MIN_COUNT_FIGURE}
        for thing, values in quantities(unit.text).items():
            for value in values & telling:
                by_count[(thing, value)].append(unit)
    found = set()
    for block in by_count.values():
        if len(block) <= MAX_BLOCK:
            # what one speaker expected is no version of another's report, whatever the
            # figure (``_belief_apart``, as for every other pair)
            found.update(_ordered(a, b) for a, b in combinations(block, 2) if a.article != b.article
                         and not (credited(a) != credited(b) and _belief_apart(a, b)))
    return sorted(found)


def _belief_apart(a: Unit, b: Unit) -> bool:
    """One tells what its speaker believes or expects (a cue of belief: "forecasters had
    expected 300 more hires") and the other, not credited to the same speaker, what someone
    said or what happened ("the office said 250 were hired"): what one expected is no
    version of what another reports, however alike their words."""
    beliefs = [u.statement is not None and u.statement.cue_type == "belief" for u in (a, b)]
    return beliefs[0] != beliefs[1]


def _figure_terms(unit: Unit) -> set[str]:
    """The exact figures a unit gives, as words it shares with another giving them ("passed
    52-47" / "a 52-47 vote"; "$3.4bn" / "$3.4 billion"): a figure is as telling as a word,
    which the terms, words only, leave out (``telling_figures``)."""
    return {f"#{value}" for value in telling_figures(unit.text)}


def _lead_pairs(units: list[Unit], *, days: dict[str, date | None], articles: dict[str, Article],
                voices: Voices) -> Iterable[tuple[tuple[str, str], bool]]:
    """Id pairs of the leads of two articles published on one occasion or both undated
    (``days`` maps article ids to the day each was published), each with whether they are
    undated (``_undated``), naming one thing or actor in common, unless an
    article told the two leads' speakers apart (``voices``: whom each article quotes)."""
    leads = _leads(units, articles)
    for a, b in combinations(sorted(leads.values(), key=lambda u: u.id), 2):
        # naming one thing in common keeps two stories' leads of one day apart
        day_a, day_b = days.get(a.article), days.get(b.article)
        undated = _undated(articles.get(a.article), articles.get(b.article))
        if (undated or _one_occasion(day_a, day_b)) and (a.terms | a.keys) & (b.terms | b.keys) \
                and not _told_apart(a, b, voices):
            yield _ordered(a, b), undated


def _told_apart(a: Unit, b: Unit, voices: Voices) -> bool:
    """Two leads credited to two actors, one article quoting the other lead's speaker too:
    that outlet tells the two voices apart, so its lead is its own speaker's word, not the
    other's ("the wardens said the order should stand", then the judge quoted; the other
    outlet leads with the judge's ruling). Outlets crediting one event to two voices (a
    minister, the ministry) quote one each."""
    return a.statement is not None and b.statement is not None and _voiced_apart(a, b, voices)


def _act_told_apart(a: Unit, b: Unit, voices: Voices) -> bool:
    """A fact of one actor and a unit of another, one article crediting a statement to the
    other actor too: that outlet keeps the act apart from the other's words ("the former
    harbourmaster has claimed immunity", then the port board quoted; the other outlet has
    the port board waive it). Two statements credited two ways are not kept apart so: an outlet may credit
    one line to an agency and to its head both."""
    return (a.statement is None or b.statement is None) and _voiced_apart(a, b, voices)


def _voiced_apart(a: Unit, b: Unit, voices: Voices) -> bool:
    """Two units of two actors of two voices (a fact counts as its actor's), one article
    crediting a statement to the other unit's voice too."""
    speaker_a, speaker_b = credited(a), credited(b)
    if not (speaker_a and speaker_b and actor_id(speaker_a) and actor_id(speaker_b)):
        return False
    voice_a, voice_b = voices.of(speaker_a), voices.of(speaker_b)
    return voice_a != voice_b and (voice_b in voices.quoted.get(a.article, set())
                                   or voice_a in voices.quoted.get(b.article, set()))


def _leads(units: list[Unit], articles: dict[str, Article]) -> dict[str, Unit]:
    """Each article's first unit long enough to tell an event, when it is told in its opening
    paragraph: the lead that tells the occasion's main event (an article opening with
    background has none; a fragment before it, "Done at last", tells none, nor a statement
    that is the sentence's background, ``claim_clauses.background``)."""
    first: dict[str, Unit] = {}
    for unit in sorted(units, key=lambda u: u.order):
        if unit.article not in first and content_words_in(unit.text) >= MIN_LEAD_WORDS and not (
                unit.statement is not None and unit.article in articles
                and background(unit.statement, articles[unit.article].text)):
            first[unit.article] = unit
    return {article_id: unit for article_id, unit in first.items()
            if article_id in articles and "\n" not in articles[article_id].text[:unit.start].lstrip()}


def _ordered(a: Unit, b: Unit) -> tuple[str, str]:
    return (a.id, b.id) if a.id < b.id else (b.id, a.id)
