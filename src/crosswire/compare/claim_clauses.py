"""Where a statement stands in its sentence: the main clause, which tells the sentence's
event, or a clause hanging off it (a relative or opening adverbial clause, a cue noun its
speaker owns, a participle commenting after the main clause), which is the sentence's
background. Claim units ask it of a lead's statements (``fragment_of``), the meaning rules of
a speaker's main line (``background``) and of a fact told in an adverbial clause
(``opens_adverbial_clause``).
"""

from __future__ import annotations

import re

from crosswire.compare.claim_readings import lexicon
from crosswire.knowledge.text import POSSESSIVE_END, POSSESSIVE_PRONOUNS, WORD, content_words_in
from crosswire.models import Statement

# A lead tells an event in a clause's worth of content words (``claim_meaning`` says why
# five): a statement fewer words long in an opening sentence whose other words are that
# many ("Done at last: the council approved the budget ...", "though the
# mayor had not yet signed the order") is a fragment of it, and the sentence the lead.
MIN_LEAD_WORDS = 5
# A cue this many words or fewer after a relative pronoun is that clause's verb ("who had
# long promised"): farther, the clause has a verb of its own ("who resigned last week said").
RELATIVE_REACH_WORDS = 3
# Where the clause a cue stands in starts: a sentence's end, a line break, or a break
# inside the sentence (a comma closes an opening "When ..." clause).
SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
CLAUSE_BREAK = re.compile(r"[,;:—–]")
# The owner of a cue noun stands right before it ("the council's [call]", "their [demand]"),
# read in at most this many characters.
OWNER_REACH_CHARS = 40
# The characters before a clause read for the subordinating word opening it ("because").
OPENER_REACH_CHARS = 20
WORDS = re.compile(r"\S+")


def fragment_of(statement: Statement, text: str, start: int, end: int) -> bool:
    """A statement too short to tell an event in a sentence whose other words are long
    enough to ("Done at last: the council approved the budget on Monday ..."):
    the sentence tells it. (In "Vale said the ban was a betrayal and left", the statement
    is what the sentence tells.) So is a statement in a clause hanging off the sentence's
    main one (``subordinate``): "the panel subpoenaed an official who had vowed to ...",
    one told by a noun its speaker owns (``_owned_cue``: "the judge granted the firm's motion
    to ..."), or one commenting on the main clause after it (``_told_after_main_clause``)."""
    outside = text[start:max(start, statement.span.start)] + " " + text[min(end, statement.span.end):end]
    short = content_words_in(statement.span.text) < MIN_LEAD_WORDS
    return (short or subordinate(statement, text) or _owned_cue(statement, text)
            or _told_after_main_clause(statement, text)) \
        and content_words_in(outside) >= MIN_LEAD_WORDS


def _told_after_main_clause(statement: Statement, text: str) -> bool:
    """The statement's cue is a participle set off by a comma after its sentence's main clause
    ("Ferry fares climbed again in May, signalling strain on the island routes",
    "The board raised fares, saying fuel cost more"): what the sentence tells is the main
    clause, and the statement its comment on it."""
    cue = statement.cue
    if cue is None or cue.article != statement.span.article or " " in cue.text.strip():
        return False
    return cue.text.strip().lower().endswith("ing") and text[:cue.start].rstrip().endswith(",")


def opens_adverbial_clause(text: str, start: int) -> bool:
    """The words at ``start`` follow a subordinating word of time or cause ("... was announced
    before [the president meets the leaders]", "as [the army races a deadline]"): a clause
    hanging off its sentence's main one, which tells the sentence's event."""
    before = WORD.findall(text[max(0, start - OPENER_REACH_CHARS):start])
    return bool(before) and before[-1].lower() in lexicon().adverbial_openers


def background(statement: Statement, text: str) -> bool:
    """A statement that tells no event of its sentence: one in a clause hanging off the
    main one (``subordinate``), one of a belief ("expected the army to hold the city": what
    someone thinks will happen), or one opening with a question word ("spoke about what she
    sees as the port's future"), which names what was spoken of, not what was said."""
    first = WORD.search(statement.span.text)
    return subordinate(statement, text) or statement.cue_type == "belief" \
        or bool(first and first.group().lower() in lexicon().questions)


def _owned_cue(statement: Statement, text: str) -> bool:
    """The cue is a noun its speaker owns ("granted the firm's motion to dismiss", "the
    council's call for a vote drew jeers"): the noun is a part of a clause telling something
    else (what was granted, what drew jeers), the sentence's event, and no verb's is ever
    owned so."""
    cue = statement.cue
    if cue is None or cue.article != statement.span.article:
        return False
    before = WORDS.findall(text[max(0, cue.start - OWNER_REACH_CHARS):cue.start])
    return bool(before) and (POSSESSIVE_END.search(before[-1]) is not None
                             or before[-1].lower() in POSSESSIVE_PRONOUNS)


def subordinate(statement: Statement, text: str) -> bool:
    """The statement's cue stands in a clause hanging off its sentence's main one: a
    relative clause ("an official who had promised to reopen the case") or a sentence's
    opening adverbial clause ("When the mayor announced the closure, the unions walked
    out"). What the sentence tells is its main clause; such a statement is its background."""
    cue = statement.cue
    if cue is None or cue.article != statement.span.article:
        return False
    # a line break is a sentence's end too: the search starts at the cue's paragraph, not
    # at the article's start, once per statement
    paragraph_start = text.rfind("\n", 0, cue.start) + 1
    sentence_start = max((m.end() for m in SENTENCE_BREAK.finditer(text, paragraph_start, cue.start)),
                         default=paragraph_start)
    before = text[sentence_start:cue.start]
    first = WORD.search(before)
    readings = lexicon()
    if first and first.group().lower() in readings.adverbial_openers and not CLAUSE_BREAK.search(before):
        return True
    clause = WORD.findall(CLAUSE_BREAK.split(before)[-1])
    return any(w.lower() in readings.relatives for w in clause[-RELATIVE_REACH_WORDS:])
