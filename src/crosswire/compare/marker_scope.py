"""Which of a statement's stance markers count where one governs another (``crosswire.compare.stance``).

A modal or a call takes the side of the marker it governs ("should abandon", "urged the
board to reject"), an opposing call turns the act it opposes ("opposed the plan to scrap
the levy" is for the levy), a call for information asks a question and takes no side
("demanded answers", "seeking to know whether"), and another side's attack judged wrong
defends ("the fears were unfounded", "rejected the charge").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from crosswire.knowledge.markers import stance_markers
from crosswire.knowledge.text import WORD, crude_lemma, stop_words

# A modal governs a stance marker at most this many words after it ("should swiftly abandon").
MODAL_REACH_WORDS = 3

# A call governs a stance marker at most this many words after it in its clause: "urged
# [the] [county] [board] [to] reject", "called for [the] [ferry] [contracts] [to] [be] cancelled".
CALL_GOVERNS_WORDS = 8

# What a call asks for ends here: "backed the mayor, [but] rejected the plan", "supports the
# workers [who] oppose the plan", "backs a plan [that] critics call reckless".
GOVERNED_CLAUSE_BREAK = re.compile(
    r"[.;:!?,]|\b(?:but|and|or|who|which|that|while|because|although|whereas)\b", re.IGNORECASE)

# What an opposing call turns follows this word: "opposed the plan [to] scrap the levy".
INFINITIVE_MARK = "to"

# A relative pronoun of a thing ("that", "which"; unlike nlp.speakers' set, not "who")
# right before a governed marker opens no clause of its own: what the
# thing called for does ("backed language [that] repeals the act").
RELATIVE_OPENERS = frozenset({"that", "which"})

# An opposing marker judges an attack at most this many words before it ("the fears in the
# north were unfounded"), in its clause.
ATTACK_REACH_WORDS = 8

# A marker right after one of these is an act a call asks for ("urged the board [to] block
# funding", "called for the contracts [to] [be] cancelled", "language [that] repeals").
ACT_OPENERS = frozenset({INFINITIVE_MARK, "be", "being", *RELATIVE_OPENERS})

# A measure names what it is against after one of these ("a moratorium [on] ferry crossings",
# "an embargo [on] grain", "a blockade [of] the port"), within this many words of
# it: "an embargo on [the] [sale] [of] [grain]".
MEASURE_OBJECT_PREPOSITIONS = frozenset({"on", "of", "against"})
MEASURE_OBJECT_WORDS = 4

# An attack and the marker judging it stand in one clause: none of these between them.
CLAUSE_BREAK = re.compile(r"[.;:!?,]|\bbut\s+(?:the|a|an|it|we|they|he|she|this|that|there)\b")

# A call asks for information where an inquiry word stands at most this many words after it:
# "sought [answers]", "demanding [to] [know]", "demanded [a] [full] [explanation]", "asked
# [the] [agency] [to] [explain]" is further than a call's object reaches.
INQUIRY_REACH_WORDS = 3

# An opposing cue turns a stance word this close to the start of what it reports: its
# object ("rejected [the] criticism", "rejected [the] approval").
REJECTED_OBJECT_WORDS = 2


@cache
def marker_set(kind: str) -> frozenset[str]:
    """``stance_markers(kind)`` as a set, made once: statements test words against it."""
    return frozenset(stance_markers(kind))


def measures_resolved(text: str, window: list[tuple[str, int]], hits: list[tuple[int, int]], *,
                      topic: frozenset[str]) -> list[tuple[int, int]]:
    """The hits, read where a measure against the issue is named (``measures_against``: "the
    ferry ban", "a moratorium on ferry crossings"): no act of the speaker's, but what a
    marker before it in its clause, at most CALL_GOVERNS_WORDS words, judges. Opposing the
    measure is for the issue ("asked the court to block the ferry ban"), backing it against
    ("backed the ferry ban"); the measure's own word counts no more, and named alone it
    takes no side ("the ferry ban took effect")."""
    measures = measures_against(text, window, topic=topic)
    if not measures:
        return hits
    signs = dict(hits)
    judged: dict[int, int] = {}
    for m in measures:
        judge = max((n for n in signs if m - CALL_GOVERNS_WORDS <= n < m and n not in measures
                     and not GOVERNED_CLAUSE_BREAK.search(text, window[n][1], window[m][1])), default=None)
        if judge is not None:
            judged[judge] = -signs[judge]  # a side on a measure against the issue, turned
    return [(n, judged.get(n, sign)) for n, sign in hits if n not in measures]


def names_measure_against(text: str, *, topic: frozenset[str]) -> bool:
    """``text``, what an act governs from its start, names a measure against the issue
    (``measures_against``) that no word before it ends or opposes: "an end to the moratorium
    on ferry crossings" asks for none. The act reaches a measure as a call reaches what it
    governs in ``measures_resolved``: at most CALL_GOVERNS_WORDS words on, in its clause
    ("asked the minister to visit. A moratorium on ferry crossings began" asks for none)."""
    window = [(match.group().lower(), match.start()) for match in WORD.finditer(text)]
    turning = marker_set("undoing") | marker_set("discarding") | marker_set("against")
    return any(m < CALL_GOVERNS_WORDS and not GOVERNED_CLAUSE_BREAK.search(text, 0, window[m][1])
               and not any(word in turning for word, _ in window[:m])
               for m in measures_against(text, window, topic=topic))


def measures_against(text: str, window: list[tuple[str, int]], *, topic: frozenset[str]) -> list[int]:
    """Where in ``window`` (its words with their offsets in ``text``) a ``"measure"`` noun
    names a measure against the issue (``topic``, in ``crude_lemma`` form): one of the
    issue's words right before it ("the [ferry] ban", "a [fuel] embargo"), or after it
    and one of MEASURE_OBJECT_PREPOSITIONS within MEASURE_OBJECT_WORDS words of its clause
    ("a moratorium on [ferry] crossings", "an embargo on [grain]"), where the measure is
    no opposing marker itself ("ban", "repeal": those count against it). Not where the
    measure's word is one of the issue's too: on an issue of "the ferry ban" the measure
    is the issue, and blocking it is against it."""
    found = []
    for m, (word, start) in enumerate(window):
        if word not in marker_set("measure") or crude_lemma(word) in topic:
            continue
        before = m > 0 and crude_lemma(window[m - 1][0]) in topic and not text[
            window[m - 1][1] + len(window[m - 1][0]):start].strip()
        # an opposing marker ("ban", "repeal") already counts against what follows it
        after = (m + 1 < len(window) and window[m + 1][0] in MEASURE_OBJECT_PREPOSITIONS
                 and word not in marker_set("against") and any(
            crude_lemma(window[k][0]) in topic and not GOVERNED_CLAUSE_BREAK.search(text, start, window[k][1])
            for k in range(m + 2, min(len(window), m + 2 + MEASURE_OBJECT_WORDS))))
        if before or after:
            found.append(m)
    return found


def governing_resolved(text: str, window: list[tuple[str, int]], hits: list[tuple[int, int]], *,
                       negated_from: dict[int, int], undoings: set[int]) -> list[tuple[int, int]]:
    """The hits, those of markers that take the side of another they govern left out: a modal
    at most MODAL_REACH_WORDS words before it ("should abandon", "must stop"), a call at most
    CALL_GOVERNS_WORDS words before it in its clause ("urged the board to reject", "welcomed
    the decision to scrap"). An opposing call turns the act it governs, after "to" ("opposed
    the plan to scrap the levy" is for the levy), or an undoing of the issue it takes
    (``undoings``, the hits of words undoing or discarding it): opposing the undoing of a
    thing is being for the thing ("opposed the repeal of the levy", "fought the lifting of
    the curfew"), as welcoming it is against. So does a call turned by a negator,
    once: "not willing to help" is against what the help is for (the negator before the
    call turned both), where a negated opposing call takes the side of what it governs:
    "did not oppose the repeal of the levy" is against the levy. A call for information
    (``asks_question``), and what it governs, takes no side: "demanded answers on why the
    board rejected the plan" asks, it does not reject."""
    modals, calls = marker_set("modal"), marker_set("call")
    governed = {n for n, _ in hits}

    def governs(n: int, reach: int) -> set[int]:
        return governed & set(range(n + 1, n + 1 + reach))

    def is_call(n: int) -> bool:
        return any(" ".join(w for w, _ in window[n:n + size]) in calls for size in (1, 2))

    def called(n: int) -> set[int]:
        return {m for m in governs(n, CALL_GOVERNS_WORDS) if not GOVERNED_CLAUSE_BREAK.search(
            text, window[n][1], window[m - 1][1] if window[m - 1][0] in RELATIVE_OPENERS else window[m][1])
            and not _describes_next_word(text, window, m)}
    calls_at: dict[int, int] = {}  # a governed marker -> the opposing or negated call governing it
    sided: dict[int, int] = {}  # a governed marker -> the call taking its side, a negated opposing one too
    questioned: set[int] = set()  # markers a call for information governs
    for n, _ in hits:
        if is_call(n) and asks_question([w for w, _ in window[n + 1:n + 1 + INQUIRY_REACH_WORDS]]):
            questioned |= {n, *called(n)}
    kept = []
    for n, sign in hits:
        if n in questioned or window[n][0] in modals and governs(n, MODAL_REACH_WORDS):
            continue
        if is_call(n) and (asked := called(n)):
            if sign < 0:
                # what an opposing call turns is an act it opposes, "to" do ("the plan to
                # scrap") or an undoing ("the repeal of"), not a word of its own clause
                # ("would oppose [it] absent details")
                acts = {m for m in asked if window[m - 1][0] == INFINITIVE_MARK or m in undoings}
                if not acts:
                    kept.append((n, sign))
                calls_at.update({m: n for m in acts})
            else:
                sided.update({m: n for m in asked})
            continue
        kept.append((n, sign))
    # a governed marker the call's own negator turned already is turned by the call alone:
    # once in "not willing to help", and not at all where the negator turned an opposing
    # call to one taking the side of what it governs ("did not oppose the repeal" is against)
    return [(n, -sign if n in calls_at and negated_from.get(n, n) >= calls_at[n]
             or n in sided and negated_from.get(n, n) < sided[n] else sign) for n, sign in kept]


def asks_question(following: list[str]) -> bool:
    """The words right after a call name information asked for (``"inquiry"`` markers:
    "answers", "to know", "explain"): the call asks a question of the matter, no side on it."""
    return not marker_set("inquiry").isdisjoint(following)


def _describes_next_word(text: str, window: list[tuple[str, int]], m: int) -> bool:
    """The window's ``m``-th word, a marker, qualifies the word right after it ("approving a
    grant for [illegal] ferry crews"), where it is no act a call asks for: not an act after
    "to", "be" or a relative pronoun ("urged the board to block funding", "language that
    repeals the act"), nor a gerund ("supports scrapping fees"), but followed at once by a
    word of content. A call's own object ("backed the ban on ...", "backed the ban.") is
    followed by a function word or punctuation."""
    word, start = window[m]
    if m + 1 >= len(window) or word.endswith("ing") or window[m - 1][0] in ACT_OPENERS:
        return False
    following, at = window[m + 1]
    if text[start + len(word):at].strip():
        return False  # punctuation between: the marker ends its phrase
    return following not in stop_words()


def attacks_judged(text: str, window: list[tuple[str, int]], hits: list[tuple[int, int]], *,
                    owned: Callable[[int], bool], topic: frozenset[str], opposing: bool) -> list[tuple[int, int]]:
    """Another side's attack (``"attack"`` markers: "allegations", "fears") judged wrong
    defends: an opposing marker at most ATTACK_REACH_WORDS words after it in its clause
    turns ("the fears were unfounded"), the attack's own word then counting no more; an
    attack opening what an opposing cue reports is what the cue opposes ("rejected [the]
    charge"). Not where the attack is the issue itself (``topic``)."""
    attack_words = marker_set("attack")
    attacks = [n for n, (word, _) in enumerate(window) if word in attack_words and owned(n)
               and crude_lemma(word) not in topic]
    judged = {n: a for n, sign in hits if sign < 0 for a in attacks
              if 0 < n - a <= ATTACK_REACH_WORDS and not CLAUSE_BREAK.search(text, window[a][1], window[n][1])}
    hits = [(n, -sign if n in judged else sign) for n, sign in hits if n not in judged.values()]
    if opposing:
        hits += [(a, -1) for a in attacks if a < REJECTED_OBJECT_WORDS and a not in {n for n, _ in hits}]
    return hits
