"""One statement's stance toward an issue, read from markers near the issue's words, or
from the whole statement when the statement is taken to be about the issue (positions).

Markers come from ``data/stance_markers.jsonl``: support and opposition cues, negators that
turn the marker after them ("not ready", "refused to rule out"), distrust of another side's
motive ("a ploy to buy time"), and conditions ("only if", "a precondition":
``crosswire.compare.conditions``), found as whole words (``crosswire.compare.marker_search``).
A call takes the side of the marker it governs ("urged the board to reject" is against), an
opposing one the other ("opposed the plan to scrap the levy", "opposed the repeal of the
levy" are for the levy): which
markers count where one governs another is ``crosswire.compare.marker_scope``; a word of undoing ("end", "lift")
counts against the issue only where it takes the issue as object, and a word of discarding
("cancel", "scrap") only where the issue is what it discards, "cancelled a trip" taking no
side on talks named later (``crosswire.compare.undoing``).
A marker counts for the speaker only when it is the speaker's: markers inside a quotation
the speaker quotes ("proposals like: 'you need to negotiate'"), markers whose subject is
another country ("Russia was looking to agree to a truce", ``crosswire.compare.marker_owners``)
and a wish of other people ("some residents may not want to leave",
``crosswire.compare.wishes``) report someone else's stance, not the speaker's.
The statement's own cue ("rejected talks", "called for talks") counts as a marker; read
over the whole statement, it counts only where the reported words take no side ("defended
her choice to vote against the bill" is against the bill).

Where no marker speaks, the PLOVER event the statement's words report may: that reading
is ``crosswire.compare.event_stance``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import lru_cache

from crosswire.compare.conditions import find_conditions, firm_condition
from crosswire.compare.event_stance import judging_events
from crosswire.compare.issue_labels import proposal_nouns
from crosswire.compare.marker_owners import NOT_SUBJECT_BEFORE, clause_before, other_side, quoted_by_speaker
from crosswire.compare.marker_scope import (INFINITIVE_MARK, REJECTED_OBJECT_WORDS, asks_question, attacks_judged,
                                           governing_resolved, marker_set, measures_resolved)
from crosswire.compare.marker_search import first_outside, markers_among, term_pattern, whole_word
from crosswire.compare.undoing import discards_issue, undoes_issue, undoing_ends_at
from crosswire.compare.wishes import wish_words, wished_by_others
from crosswire.knowledge.markers import stance_markers
from crosswire.knowledge.text import SPEAKER_PRONOUNS, WORD, WORD_CHARS, crude_lemma, stop_words, straight_apostrophes
from crosswire.models import Event, Stance
from crosswire.nlp.cues import load_lexicon

# Words either side of an issue term that its stance markers are looked for in; a clause
# of news prose is rarely longer (checked on the hand-written cases in tests/test_positions.py).
STANCE_WINDOW_WORDS = 12
# Statement readings kept: a briefing's statements on its issues, bounded for an archive.
STANCE_CACHE_SIZE = 4096
# A call names its issue right after its marker ("urged both sides to return to [talks]") or
# its cue ("called for [the] [talks]"); farther away the marker may be about something else.
CALL_REACH_WORDS = 6
CUE_REACH_WORDS = 2
# What an announcing cue announces is named by the first or second word of its noun phrase
# ("[the] creation of", "new tariffs"), after at most MAX_DETERMINERS function words.
ANNOUNCED_HEAD_WORDS = 2
MAX_DETERMINERS = 2
# A calling cue asks for information where an inquiry word opens what it reports, at most this
# many words in: "demanded [the] [harbour] [board] explain", whose object comes first.
CUE_INQUIRY_REACH_WORDS = 4
# A possessor opening what an opposing cue reports is at most this many words long: "[the]
# [Halden] [council's] call for".
POSSESSOR_WORDS = 4
# A negator turns a marker at most this many words after it ("not yet ready to").
NEGATION_REACH_WORDS = 3
# A negator denies the issue itself through its verb phrase: "no longer carry out [raids]".
NEGATED_ISSUE_REACH_WORDS = 4
# "threats from parents who oppose the mandates": a stance word opening a "who" clause on
# a noun (at most WHO_VERB_GAP_WORDS auxiliaries, negators or adverbs may come between:
# "who have long opposed", "who do not support") is the stance of those the noun names,
# unless the speaker's own marker this few words before takes them ("we back the crews who
# opposed").
WHO_VERB_GAP_WORDS = 3
OTHERS_WHO = re.compile(r"\b(?!(?:I|we|you)\b)[A-Za-z]+,?\s+who\s+(?:[a-z'’]+\s+){0,%d}$" % WHO_VERB_GAP_WORDS,
                        re.IGNORECASE)
WHO_GOVERNOR_WORDS = 5
# The issue's words inside a short quotation: "so-called 'peace talks'".
QUOTE_BEFORE = re.compile(r"[\"“'‘«](?:[\w-]+\s+){0,3}$")
QUOTE_AFTER = re.compile(r"s?(?:\s+[\w-]+){0,3}[\"”'’»]")


def statement_stance(text: str, *, terms: list[str], cue: str | None = None,
                     speaker_country: str | None = None, topic: frozenset[str] = frozenset()
                     ) -> tuple[Stance, list[tuple[str, int, int]]]:
    """Stance of one statement toward an issue named by ``terms``, and its conditions
    as (marker, start, end) offsets into ``text``. ``cue`` is the statement's cue verb;
    ``speaker_country`` (a country name) tells the speaker's own side from others.

    Without ``terms`` the whole statement is read as being about the issue, whose words
    (``topic``, in ``crude_lemma`` form) are what the stance is about, never a marker of
    one ("threats" on an issue of threats), and where a plain "no" or "not" takes no side
    unless it turns a marker; a hypothetical ("if", "unless") makes the stance conditional
    only when the speaker takes one."""
    stance, conditions = _stance(text, tuple(terms), cue, speaker_country, topic)
    return stance, list(conditions)


# Positions and claim calls read the same statements on the same seed issues: read once.
@lru_cache(maxsize=STANCE_CACHE_SIZE)
def _stance(text: str, terms: tuple[str, ...], cue: str | None, speaker_country: str | None,
            topic: frozenset[str]) -> tuple[Stance, list[tuple[str, int, int]]]:
    conditions = find_conditions(text)
    quoted = quoted_by_speaker(text)
    # "doesn’t" is "doesn't": a typographic apostrophe hides no negator ("won’t", "n’t")
    words = [(straight_apostrophes(m.group().lower()), m.start()) for m in WORD.finditer(text)]
    if terms:
        match = first_outside(term_pattern(tuple(terms)), text, quoted)
        if match is None:
            return "unclear", conditions
        at = next((n for n, (_, start) in enumerate(words) if start >= match.start()), len(words))
        window = words[max(0, at - STANCE_WINDOW_WORDS) : at + STANCE_WINDOW_WORDS]
    else:
        at, window = 0, words  # the statement is about the issue as a whole
    window_words = [word for word, _ in window]
    window_text = " ".join(window_words)
    word_starts = [0]
    for word, _ in window[:-1]:
        word_starts.append(word_starts[-1] + len(word) + 1)
    averting = marker_set("averting")
    particles = marker_set("particle")

    def owned(n: int) -> bool:
        """The window's ``n``-th word is the speaker's own (not quoted, not another side's, not
        another people's wish: "some residents may not want to leave")."""
        offset = window[n][1]
        return (not any(start <= offset < end for start, end in quoted)
                and not other_side(text, offset, speaker_country=speaker_country)
                and not (window[n][0] in wish_words() and wished_by_others(clause_before(text, offset))))

    def is_negator(n: int) -> bool:
        return _is_negator(window_words, n)

    def averts(n: int) -> bool:
        """The window's ``n``-th word ends an averting verb ("avoid", "head off")."""
        return window[n][0] in averting or " ".join(w for w, _ in window[max(0, n - 1):n + 1]) in averting

    hits: list[tuple[int, int]] = []  # (word index, sign) of every stance marker the speaker owns
    spent: set[int] = set()  # negators that turned a marker, not counted on their own
    disowned: set[int] = set()  # negators turning another people's wish: theirs, not the speaker's
    negated_from: dict[int, int] = {}  # a marker -> where the negator turning it stands (else itself)
    undone: set[int] = set()  # markers undoing or discarding the issue ("end" and "end of" are one)
    undoing = marker_set("undoing")
    discarding = marker_set("discarding")
    limits = marker_set("limit")
    runs = frozenset(WORD_CHARS.findall(window_text))
    issue_at = at - max(0, at - STANCE_WINDOW_WORDS)  # where the issue's term stands in the window

    def is_issue_word(m: int) -> bool:
        return crude_lemma(window[m][0]) in topic if not terms else m == issue_at

    def is_discarded(m: int) -> bool:
        """What a discarding word may take that is the issue: its word, or a noun standing
        for a proposal ("scrap the plan")."""
        return is_issue_word(m) or crude_lemma(window[m][0]) in proposal_nouns()

    def speaks(n: int) -> bool:
        """The window's ``n``-th word is the speaker's own and turns no other people's wish."""
        return owned(n) and n not in disowned

    for kind, sign in (("for", 1), ("against", -1), ("distrust", -1), ("undoing", -1)):
        for marker in markers_among(kind, runs):
            if marker not in window_text:
                continue  # the common case, decided without a regex scan
            for hit in whole_word(marker).finditer(window_text):
                n = bisect_right(word_starts, hit.start()) - 1
                if kind == "distrust":
                    # the speaker's own judgement of another side's motive, whoever its subject
                    if not any(s <= window[n][1] < e for s, e in quoted):
                        hits.append((n, sign))
                    continue
                if window[n][0] in wish_words() and not owned(n):
                    disowned.update(k for k in range(max(0, n - NEGATION_REACH_WORDS), n) if is_negator(k))
                if is_negator(n) or not owned(n):
                    continue  # negators count through the markers they turn
                if window_text[hit.start() - 1:hit.start()] == "-":
                    continue  # "a Democrat-backed bill" tells who backs it, no side of the speaker's
                if marker in particles and _used_as_adverb(text, window, n):
                    continue  # "sent back to the queue", "came back": no backing
                if topic and crude_lemma(window[n][0]) in topic:
                    continue  # the issue's own word, not a stance on it
                if window[n][0] in marker_set("volition") and _withheld_verb(window_words, n) is not None:
                    continue  # "did not want to comment on the ban": words withheld, no side
                # "cancelled a trip": a discarding word taking another thing takes no side, yet
                # a modal or call governing it governs it ("should abandon the old mindset")
                elsewhere = (kind == "against" and marker in discarding and bool(topic or terms)
                             and not discards_issue(text, window, n, marker, is_issue_word=is_discarded))
                if kind == "against" and marker in discarding and not elsewhere:
                    undone.add(n)
                if kind == "undoing":
                    if n in undone or not undoes_issue(text, window, n, marker, is_issue_word=is_issue_word,
                                                       prepositions=NOT_SUBJECT_BEFORE):
                        continue  # "the end of the year": it undoes something other than the issue
                    if undoes_issue(text, window, n, marker, is_issue_word=lambda m: window[m][0] in limits,
                                    prepositions=NOT_SUBJECT_BEFORE):
                        continue  # "lifting the borrowing cap": for the borrowing, against the cap
                    undone.add(n)
                # "refused to lift", "to avert", "relaxing the bans": each turns what it governs
                turned_by = [k for k in range(max(0, n - NEGATION_REACH_WORDS), n)
                             if is_negator(k) or averts(k) or kind != "undoing" and undoing_ends_at(window, k, undoing)]
                spent.update(turned_by)
                negated_from[n] = min(turned_by, default=n)
                hits.append((n, 0 if elsewhere else -sign if turned_by else sign))
    hits = [(n, sign) for n, sign in hits if n not in spent]
    described = {n for n, _ in hits if OTHERS_WHO.search(text, 0, window[n][1])}
    for n in described:  # "residents who do not support": the negator is theirs too
        disowned.update(range(negated_from.get(n, n), n))
    hits = [(n, sign) for n, sign in hits if n not in described or any(
        0 < n - m <= WHO_GOVERNOR_WORDS for m, _ in hits if m not in described)]
    if not terms:
        hits = measures_resolved(text, window, hits, topic=topic)
        hits = governing_resolved(text, window, hits, negated_from=negated_from, undoings=undone)
    hits = [(n, sign) for n, sign in hits if sign]  # the governed words taking no side leave
    if terms and any(_scare_quoted(text, other) for other in term_pattern(tuple(terms)).finditer(text)):
        hits.append((at, -1))  # "a campaign called 'negotiations'": the speaker's distrust
    if not terms:
        hits = attacks_judged(text, window, hits, owned=owned, topic=topic, opposing=_cue_sign(cue) < 0)
    if not terms and _cue_sign(cue) < 0 and window_words[:1] != [INFINITIVE_MARK]:
        # a marker opening what an opposing cue reports is what it opposes: opposing an
        # attack defends ("rejected criticism", "denied the accusations"), opposing a
        # proposal is against it ("rejected the approval"), and so is opposing another's
        # call for it: in "rejected the envoy's call for talks" the object opens at "call";
        # an infinitive after the cue is its aim, not its object ("sued to block the levy")
        hits = [(n, -sign if n - _after_possessor(window, n) < REJECTED_OBJECT_WORDS else sign)
                for n, sign in hits]
    score = sum(sign for _, sign in hits)
    if terms and not hits and any(is_negator(n) and speaks(n) for n in range(len(window))):
        score = -1  # "no negotiations", "never talks": plain negation of the issue
    if terms:
        score += _cue_sign(cue)
    elif not hits and _negates_topic(window, topic, owned=speaks):
        score = -1  # "will no longer carry out raids" on an issue of raids
    elif not hits:
        # the cue tells the stance only where the words it reports take none: "defended her
        # choice to vote against the bill" is against the bill
        score = _cue_sign(cue, complement=text) or _announces_issue(cue, text, topic=topic)
    if conditions and (terms or firm_condition(text, conditions) or score):
        return "conditional", conditions
    if score > 0:
        return "for", conditions
    if score < 0:
        return "against", conditions
    return "unclear", conditions


def _after_possessor(window: list[tuple[str, int]], n: int) -> int:
    """Where the head of what an opposing cue reports begins, for its ``n``-th word: right
    after a possessive word before it among the first POSSESSOR_WORDS ("the envoy's",
    "Mayor Orla Brandt's" call), else at the start."""
    return next((k + 1 for k in range(min(POSSESSOR_WORDS, n) - 1, -1, -1)
                 if window[k][0].endswith(("'s", "s'"))), 0)


def _used_as_adverb(text: str, window: list[tuple[str, int]], n: int) -> bool:
    """The window's ``n``-th word, a marker that is also an adverb ("back"), is used as one:
    it ends its clause ("they came back.") or a preposition follows it ("sent back to the
    queue", "back to the table"), where the verb ("back the plan") takes an object."""
    end = window[n][1] + len(window[n][0])
    after = text[end:].lstrip()
    if not after or not after[0].isalnum():
        return True
    return n + 1 < len(window) and window[n + 1][0] in NOT_SUBJECT_BEFORE


def _negates_topic(window: list[tuple[str, int]], topic: frozenset[str], *, owned: Callable[[int], bool]
                   ) -> bool:
    """A negator of the speaker's own stands at most NEGATED_ISSUE_REACH_WORDS words before
    one of the issue's words ("will not hold [talks]", "no longer carry out [raids]"). Not
    through an outcome verb: "arms will not bring [peace]" says what the arms will not
    achieve, a stance on them, not on the issue."""
    outcomes = marker_set("outcome")
    words = [word for word, _ in window]
    for n in range(len(window)):
        if not (_is_negator(words, n) and owned(n)) or _withheld_verb(words, n) is not None:
            continue  # "would not discuss the levy" withholds words, no side on the levy
        reach = window[n + 1 : n + 1 + NEGATED_ISSUE_REACH_WORDS]
        at = next((k for k, (word, _) in enumerate(reach) if crude_lemma(word) in topic), None)
        if at is None:
            continue
        between = [word for word, _ in reach[:at]]
        if not any(" ".join(between[k:k + size]) in outcomes
                   for size in (1, 2, 3) for k in range(len(between))):
            return True
    return False


def withheld_speech(text: str, at: int) -> bool:
    """Whether the word at offset ``at`` of ``text`` is a verb of speaking that a negator or a
    negative wish before it withholds ("would not [discuss]", "unwilling to [comment]"): what
    is coded from it ("would not discuss" as a rejection) takes no side."""
    return at in _withheld_speech_starts(text)


@lru_cache(maxsize=STANCE_CACHE_SIZE)
def _withheld_speech_starts(text: str) -> frozenset[int]:
    """Where each verb of speaking ``text`` withholds begins: the statement is read once
    for all the events coded from its words."""
    found = list(WORD.finditer(text))
    words = [straight_apostrophes(match.group().lower()) for match in found]
    return frozenset(found[verb].start() for n in range(len(words))
                     if (verb := _withheld_verb(words, n)) is not None)


def _withheld_verb(words: Sequence[str], n: int) -> int | None:
    """Where the verb of speaking (``_speaking_verb``: "not [discuss]", "not want to
    [comment]", "unwilling to [elaborate]"; not "not [reject]") stands that the ``n``-th of
    ``words`` withholds, past the volition words and "to" between: a negator does, a
    negative wish ("unwilling"), and a wish a negator at most NEGATION_REACH_WORDS words
    before it turns ("did not want to"). None where it withholds none: words withheld take
    no side on what they would have been about, but a wish to discuss a thing may be a side
    on it ("ready to discuss a truce")."""
    volition = marker_set("volition")
    word = words[n]
    if word in volition:
        if word not in marker_set("against") and not any(
                _is_negator(words, k) for k in range(max(0, n - NEGATION_REACH_WORDS), n)):
            return None
    elif not _is_negator(words, n):
        return None
    governed = next((k for k in range(n + 1, len(words))
                     if words[k] != INFINITIVE_MARK and words[k] not in volition), None)
    return governed if governed is not None and _speaking_verb(words[governed]) else None


def _is_negator(words: Sequence[str], n: int) -> bool:
    """The ``n``-th of ``words`` is a negator or the last word of one ("no longer"): a
    negator's reach is counted from it."""
    negators = marker_set("negator")
    return (words[n] in negators or words[n].endswith("n't")
            or n > 0 and f"{words[n - 1]} {words[n]}" in negators)


def _speaking_verb(word: str) -> bool:
    """A form of a cue verb of speech (``type`` speech in ``data/cue_verbs.jsonl``) that is no
    stance marker ("discuss", "comment", "say"; not "reject"): words said, no side taken by
    saying them. Not a verb of belief: "I don't think the ferries will stop" negates what
    is believed, it withholds nothing; nor one that only casts a thing as another (its
    complement only "as": "will not cast a shadow", "portray")."""
    lexicon = load_lexicon()
    lemma = lexicon.forms.get(word, word)
    return (lexicon.verbs.get(lemma) == "speech" and lexicon.complements.get(lemma) != frozenset({"as"})
            and not any(word in marker_set(kind) for kind in ("for", "against", "call")))


def judges_other_side(text: str, events: Sequence[Event]) -> bool:
    """The speaker judges another side rather than taking one on a matter: doubts its motive
    in their own words, not words they quote ("a ploy to buy time", "throwing smoke
    screens"), or reports a judging event (``"judges"`` in ``data/event_stances.jsonl``:
    accusing it). A judgement of that side's conduct on the issue at hand, so no other
    aspect of the story."""
    if any(event.event in judging_events() for event in events):
        return True
    lowered = text.lower()
    quoted = quoted_by_speaker(text)
    return any(not any(start <= hit.start() < end for start, end in quoted)
               for marker in stance_markers("distrust") if marker in lowered
               for hit in whole_word(marker).finditer(lowered))


def call_stance(text: str, *, terms: list[str], cue: str | None = None) -> Stance:
    """The stance taken right at the issue's first mention: by the cue when the statement
    opens with the issue ("called for [talks]"), or by a marker at most CALL_REACH_WORDS
    words before it ("should seize the moment to [negotiate]"); "unclear" otherwise."""
    match = term_pattern(tuple(terms)).search(text)
    if match is None:
        return "unclear"
    before = list(WORD.finditer(text, 0, match.start()))
    if len(before) <= CUE_REACH_WORDS and _cue_sign(cue):
        return "for" if _cue_sign(cue) > 0 else "against"
    start = before[-CALL_REACH_WORDS].start() if len(before) >= CALL_REACH_WORDS else 0
    stance, _ = statement_stance(text[start:match.end()], terms=terms)
    return stance


def _scare_quoted(text: str, match: re.Match) -> bool:
    """The issue's words stand in quotes right after a label ("so-called", "called")."""
    opening = QUOTE_BEFORE.search(text, 0, match.start())
    if opening is None or not QUOTE_AFTER.match(text, match.end()):
        return False
    before = text[: opening.start()].rstrip().lower()
    return any(before.endswith(label) and (len(before) == len(label) or not before[-len(label) - 1].isalnum())
               for label in stance_markers("label"))


def _announces_issue(cue: str | None, complement: str, *, topic: frozenset[str]) -> int:
    """+1 where an announcing cue ("announced", "unveiled") reports the issue itself as what
    it announces: a noun phrase whose first word past at most MAX_DETERMINERS function words
    ("[the] creation of a committee", "new tariffs") or the next names it. One announces what
    one does; not a clause, which tells news ("announced that talks had collapsed", "announced
    they would end the talks")."""
    if not cue or not topic or cue.lower().strip() not in marker_set("announcing"):
        return 0
    words = [word.lower() for word in WORD.findall(complement)]
    function_words = stop_words()
    first = next((n for n, word in enumerate(words) if word not in function_words), None)
    if first is None or first > MAX_DETERMINERS or any(word in SPEAKER_PRONOUNS for word in words[:first]):
        return 0
    return int(any(crude_lemma(word) in topic for word in words[first:first + ANNOUNCED_HEAD_WORDS]))


def _cue_sign(cue: str | None, *, complement: str | None = None) -> int:
    """+1 for a supporting cue ("called for", "welcomed"), -1 for an opposing one ("rejected").
    Given the ``complement`` the cue reports, a particle completes the cue only when the
    complement begins with it ("called" + "for talks"; not "called" + "the deal reckless"; a
    commitment's "to" only then: "vowed" + "to restore the ferry" is for it), and neither a
    cue reporting a refusal to speak ("declined" + "to comment") nor a call for information
    ("demanded" + "the agency explain") takes a side."""
    if not cue:
        return 0
    cue = cue.lower().strip()
    particles: tuple[str, ...] = ("for", "out")
    if complement is not None:
        first = WORD.match(complement.lstrip())
        particles = tuple(p for p in (*particles, INFINITIVE_MARK) if first and first.group().lower() == p)
        opening = [word.lower() for word in WORD.findall(complement)[:CUE_INQUIRY_REACH_WORDS]]
        if len(opening) >= 2 and opening[0] == INFINITIVE_MARK and opening[1] in load_lexicon().verbs:
            return 0  # "declined to say", "refused to comment": no answer, no stance
        if cue in marker_set("call") and asks_question(opening):
            return 0  # "demanded" + "the agency explain": a question, no side
    for candidate in (cue, *(f"{cue} {p}" for p in particles)):
        if candidate in marker_set("for"):
            return 1
        if candidate in marker_set("against"):
            return -1
    return 0
