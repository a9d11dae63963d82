"""The contested-terms lexicon (``data/contested_terms.jsonl``) in the articles and their
headlines: which of a referent's terms each outlet writes in its own words, where two
outlets chose terms of two variants for one thing."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from itertools import combinations

from crosswire.compare.headlines import in_title, title_article, title_case
from crosswire.compare.loaded_words import is_loaded
from crosswire.compare.slots import context_words, sentence_at
from crosswire.data import read_jsonl
from crosswire.knowledge.text import CaselessIndex, plural
from crosswire.models import TITLE, Article, TextSpan
from crosswire.nlp.noun_phrases import quotations

# What may stand between a sentence's start and its first word.
OPENING_MARKS = " \t\"“‘'(["
# A lexicon term that is a name followed by one common noun ("Capitol riot"), and the
# prepositions that write the same compound the other way round ("riot at the Capitol").
NAME_COMPOUND = re.compile(r"((?:[A-Z][\w.’'-]*\s)*[A-Z][\w.’'-]*)\s([a-z]+)")
COMPOUND_PREPOSITIONS = ("on", "at", "in", "of", "against")
NAME_AFTER_PREPOSITION = re.compile(
    rf"([a-z]+)\s(?:{'|'.join(COMPOUND_PREPOSITIONS)})\s(?:the\s)?([A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)*)")
# A word of a term, hyphenated ones whole ("far-left"), as the loaded-words list writes them.
LOADED_WORD = re.compile(r"[\w’'-]+")
# A country's initialism news style puts before a name in the prepositional form ("the
# rally at the U.S. Embassy"): the same name, qualified.
INITIALISM_QUALIFIER = r"(?:[A-Z]\.){2,}\s"
QUALIFIED = re.compile(rf"(?<=\s){INITIALISM_QUALIFIER.lower()}")
# Content words two outlets' sentences share where a common word in each names one thing
# (besides the words naming it): "the riots of 1943" and "her lockdowns stirred riots" are two.
MIN_SHARED_CONTEXT = 2
# The stance of a word that judges nothing ("protesters", "the government"): any other is
# loaded, as a loaded word of the lexicon is.
NEUTRAL = "neutral"


@cache
def _rows() -> tuple[dict, ...]:
    """The lexicon's rows, read and checked once for ``contested_terms`` and ``_variant_labels``."""
    name = "contested_terms.jsonl"
    rows = read_jsonl(name)
    for row in rows:
        terms = row.get("terms")
        if not isinstance(row.get("referent"), str) or not isinstance(terms, list) or len(terms) < 2 \
                or not all(isinstance(t, dict) and isinstance(t.get("term"), str) for t in terms):
            raise ValueError(f"{name}: referent and at least two terms [{{term, variant}}]: {row}")
    return tuple(rows)


@cache
def contested_terms() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((row["referent"], tuple(t["term"] for t in row["terms"])) for row in _rows())


@cache
def _variant_labels() -> dict[str, dict[str, str]]:
    """Referent -> lower-cased term -> its variant label ("pullout" and "withdrawal" are
    both "withdrawal": two words for one choice)."""
    return {row["referent"]: {t["term"].lower(): t.get("variant") or t["term"].lower()
                              for t in row["terms"]}
            for row in _rows()}


def term_hits(text: str, terms: tuple[str, ...]) -> list[tuple[str, int, int]]:
    """Non-overlapping term matches, longest term first ("full-scale invasion" over "invasion")."""
    pattern, canonical = _terms_pattern(terms)
    return [(canonical.get(m.group(0).lower()) or canonical[QUALIFIED.sub("", m.group(0).lower(), count=1)],
             m.start(), m.end()) for m in pattern.finditer(text)]


@cache
def _term_forms(terms: tuple[str, ...]) -> dict[tuple[str, str], str]:
    """A referent's terms as written: (part in any case, part in its case) -> the term.
    Capitalised terms match in their case ("Kiev"), others in any case, and in
    their plural too where the lexicon lists a common noun in the singular ("heartbeat
    law" holds "heartbeat laws", and a name's compound "Capitol riot" holds "Capitol
    riots"); a name's compound with a common noun in its
    prepositional form too ("Capitol riot": "the riot at the Capitol"): each form stands
    for the term it was made from."""
    # a listed term stands for itself before any form made from another ("tax hikes"
    # beside "tax hike")
    forms: dict[tuple[str, str], str] = {("", t) if _is_name(t) else (t, ""): t for t in terms}
    for term in terms:
        made = _prepositional_forms(term, terms) + _compound_plural(term) if _is_name(term) \
            else [(plural(term), "")] if _has_plural(term) else []
        for form in made:
            forms.setdefault(form, term)
    return forms


@cache
def _term_needles(terms: tuple[str, ...]) -> tuple[str, ...]:
    """The words one of which every match of the referent's terms holds (a prepositional
    form's words before its name), for a substring search that rules texts out before
    their pattern (``_terms_pattern``) is compiled: most referents occur in no text of a run,
    and compiling all their patterns cost more than the search. A needle holding another
    ("abortion laws", "abortion law") finds no text the other misses: only the other is
    searched for (both ASCII: a needle of other letters makes any text a candidate)."""
    needles = {caseless if caseless and cased else caseless + cased for caseless, cased in _term_forms(terms)}
    return tuple(sorted(needle for needle in needles if not any(
        other != needle and other.isascii() and needle.isascii() and other.lower() in needle.lower()
        for other in needles)))


@cache
def _terms_pattern(terms: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation for a referent's term forms (``_term_forms``: one scan per article
    instead of one per term), a prepositional form also with a country's initialism before
    the name ("the rally at the U.S. Embassy"), and the term each form stands for (by
    lower-cased form)."""
    forms = _term_forms(terms)
    canonical = {(caseless + cased).lower(): term for (caseless, cased), term in forms.items()}
    alternatives = [(f"(?i:{re.escape(caseless)})" if caseless else "")
                    + (f"(?:{INITIALISM_QUALIFIER})?" if caseless and cased else "") + re.escape(cased)
                    for caseless, cased in sorted(forms, key=lambda f: len(f[0] + f[1]), reverse=True)]
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")
    return pattern, canonical


def _prepositional_forms(term: str, terms: tuple[str, ...]) -> list[tuple[str, str]]:
    """A compound of a name and a common noun ("Capitol riot") as the noun with a
    preposition before the name, with or without an article ("riot at the Capitol"):
    (the noun and preposition, the name in its case). Only where the row's choice is the
    noun, another of its terms naming the same thing with another noun ("Capitol attack",
    "conflict in Ukraine"), which says it in either order; where the choice is the name
    ("China virus" / "Wuhan virus") the compound itself carries it, and "the virus in
    China" is a plain place."""
    compound = NAME_COMPOUND.fullmatch(term)
    if compound is None:
        return []
    name, noun = compound.group(1), compound.group(2)
    if not any(other != noun and other_name == name
               for other_name, other in map(_name_and_noun, terms) if other_name):
        return []
    return [(f"{noun} {preposition} {article}", name)
            for preposition in COMPOUND_PREPOSITIONS for article in ("the ", "")]


def _compound_plural(term: str) -> list[tuple[str, str]]:
    """A compound of a name and a common noun in the singular ("Capitol riot") in the
    plural ("the Capitol riots"): one occasion told as the many clashes it was, the same
    choice of noun; as (nothing in any case, the plural in its case)."""
    compound = NAME_COMPOUND.fullmatch(term)
    if compound is None or not _has_plural(compound.group(2)):
        return []
    return [("", f"{compound.group(1)} {plural(compound.group(2))}")]


def _name_and_noun(term: str) -> tuple[str, str]:
    """A term's name and the common noun it names with, in the compound ("Capitol riot")
    or the prepositional form ("conflict in Ukraine"); ("", "") for other terms."""
    if (compound := NAME_COMPOUND.fullmatch(term)) is not None:
        return compound.group(1), compound.group(2)
    if (prepositional := NAME_AFTER_PREPOSITION.fullmatch(term)) is not None:
        return prepositional.group(2), prepositional.group(1)
    return "", ""


def _has_plural(term: str) -> bool:
    """A common noun the lexicon lists in the singular: not a name ("Kyiv"), a plural or
    a word ending as one ("crisis"), or a verb's past ("annexed")."""
    return not _is_name(term) and term[-1:].isalpha() and not term.endswith(("s", "ed"))


def lexicon_uses(articles: list[Article], outlet_of: dict[str, str]
                 ) -> dict[str, dict[tuple[str, str], list[TextSpan]]]:
    """outlet -> (referent, term) -> evidence, for the lexicon's terms each outlet writes
    in its own words, in its texts and its headlines (a term inside someone's quotation is
    the speaker's choice, and one inside a short quotation the outlet holds at arm's length,
    "so-called \"special military operation\"": neither is the outlet's), of referents two
    outlets name with terms of two variants."""
    found: list[_LexiconUse] = []
    readings = [(article, None) for article in articles] + [
        (title, TITLE) for article in articles if (title := title_article(article)) is not None]
    index = CaselessIndex([article.text for article, _ in readings])
    quoted: dict[tuple[str, str | None], list[tuple[int, int]]] = {}
    for referent, terms in contested_terms():
        # most articles use none of a referent's terms: a substring search of every form
        # ("amnesties" does not hold "amnesty") tells which
        candidates = index.candidates(_term_needles(terms))
        for n, (article, part) in enumerate(readings):
            if candidates is not None and n not in candidates:
                continue
            key = (article.id, part)
            for term, start, end in term_hits(article.text, terms):
                if key not in quoted:
                    quoted[key] = quotations(article.text)
                if any(q0 < start and end < q1 for q0, q1 in quoted[key]):
                    continue
                # a headline in Title Case capitalises every word: no sign of a name
                if not (part == TITLE and title_case(article.text)) \
                        and not _is_name(term) and in_a_name(article, start):
                    continue
                span = TextSpan(article.text[start:end], start, end, article.id)
                found.append(_LexiconUse(
                    outlet_of[article.id], referent, term,
                    in_title(span) if part == TITLE else span,
                    context_words(article, start, term),
                    named=_is_name(term) or _after_row_name(article.text, start, terms)))
    uses: dict[str, dict[tuple[str, str], list[TextSpan]]] = defaultdict(lambda: defaultdict(list))
    for use in _on_one_occasion(found):
        uses[use.outlet][(use.referent, use.term)].append(use.span)
    return uses


@dataclass(frozen=True)
class _LexiconUse:
    """One use of a lexicon term, with the content words of the sentence it is written in
    (the term's own words left out)."""

    outlet: str
    referent: str
    term: str
    span: TextSpan
    context: frozenset[str]
    # the use names one thing wherever it is written: a name, or a common word compounded
    # with a name the row's terms compound ("Harbour walkout" beside "Harbour strike")
    named: bool = False


def in_a_name(article: Article, start: int) -> bool:
    """A common word written with a capital where no sentence opens is a word of a name
    ("the Clean Rivers Act", "the Lockdown Review Board"): the name's makers chose it, not
    the outlet."""
    text = article.text
    if not text[start:start + 1].isupper():
        return False
    sentence = sentence_at(article, start)
    return sentence is not None and text[sentence.start:start].strip(OPENING_MARKS) != ""


def outlets_word(article: Article, start: int, quoted: dict[str, list[tuple[int, int]]]) -> bool:
    """The word at ``start`` is the outlet's: outside quotation marks (a speaker's word, or
    one held at arm's length) and no word of a name (``in_a_name``: "the Harbour Riot
    Inquiry"). ``quoted`` keeps each article's quotations once found."""
    if article.id not in quoted:
        quoted[article.id] = quotations(article.text)
    return not any(q0 <= start < q1 for q0, q1 in quoted[article.id]) and not in_a_name(article, start)


def _on_one_occasion(found: list[_LexiconUse]) -> list[_LexiconUse]:
    """The uses of referents that two outlets name with terms of two variants on this
    story's occasion (terms of one variant, "pullout" / "withdrawal", are one choice
    worded two ways). A name ("Kyiv", "Obamacare") names one thing wherever it is written;
    a common word ("riots", "strike", "deaths") names whatever its sentence tells of, and
    two outlets chose two words for one thing only where their sentences tell of the same:
    an outlet's uses of a referent count when one of them shares at least
    ``MIN_SHARED_CONTEXT`` content words with another outlet's use of a term of another
    variant ("the race riots of 1943" and "her lockdowns stirred protests" are two things).
    Two uses tell two outlets' choices apart only where each use's variant is one the other
    outlet never writes: an outlet that also writes the other's word ("misinformation" ×4
    beside one "falsehoods") chose against none, unless the word it alone writes is loaded
    (``data/loaded_modifiers.jsonl``: "terrorist bombing" beside a headline's "bombing")."""
    labels = _variant_labels()
    by_referent: dict[str, list[_LexiconUse]] = defaultdict(list)
    variants: dict[tuple[str, str], set[str]] = defaultdict(set)
    for use in found:
        by_referent[use.referent].append(use)
        variants[(use.outlet, use.referent)].add(labels[use.referent][use.term.lower()])
    kept: set[tuple[str, str]] = set()
    for referent, uses in by_referent.items():
        label = labels[referent]
        for x, y in combinations(uses, 2):
            if x.outlet == y.outlet or label[x.term.lower()] == label[y.term.lower()]:
                continue
            if not chosen_apart([(label[use.term.lower()] not in variants[(other.outlet, referent)],
                                  _holds_loaded_word(use.term)) for use, other in ((x, y), (y, x))]):
                continue
            if x.named and y.named or len(x.context & y.context) >= MIN_SHARED_CONTEXT:
                kept.update({(x.outlet, referent), (y.outlet, referent)})
    return [use for use in found if (use.outlet, use.referent) in kept]


def chosen_apart(uses: list[tuple[bool, bool]]) -> bool:
    """Two outlets' words for one thing tell their choices apart: each use's (variant or
    stance is one the other outlet never writes, the use is loaded). Each chose against the
    other's, or one wrote a loaded word the other never writes; an outlet that also writes
    the other's plain word beside it chose against nothing ("hackers" and "criminals" /
    "criminals": the second judged where the first did too)."""
    return all(alone for alone, _ in uses) or any(alone and loaded for alone, loaded in uses)


def stances_apart(stance_x: str, stance_y: str, written_x: Collection[str], written_y: Collection[str]) -> bool:
    """Two outlets' words of two stances for one thing tell their choices apart
    (``chosen_apart``): ``written_x`` and ``written_y`` are the stances each outlet writes
    for that kind of thing anywhere, and a stance other than NEUTRAL is loaded."""
    return chosen_apart([(stance_x not in written_y, stance_x != NEUTRAL),
                         (stance_y not in written_x, stance_y != NEUTRAL)])


def _holds_loaded_word(term: str) -> bool:
    """A word of the term, hyphenated ones whole, is loaded (``loaded_words.is_loaded``)."""
    return any(is_loaded(word) for word in LOADED_WORD.findall(term))


def _after_row_name(text: str, start: int, terms: tuple[str, ...]) -> bool:
    """A common word written right after a name the row's own terms compound with a noun
    ("Harbour" of "Harbour strike", "Harbour dispute"): "the Harbour walkout" names the
    row's one thing as its names do, whatever its sentence tells besides."""
    return any(text.endswith(f"{name} ", 0, start) for name in _row_names(terms))


@cache
def _row_names(terms: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted({name for name, _ in map(_name_and_noun, terms) if name}))


def _is_name(term: str) -> bool:
    return term[:1].isupper()
