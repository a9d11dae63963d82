"""Different descriptions of one referent across outlets.

Two signals, both aligned on the words the outlets share:
- noun phrases with the same head and compatible plain words whose loaded modifiers differ
  ("undocumented" / "unauthorized immigrants", a "sweeping" / "sprawling" bill, "the
  Republican-led committee" / "the committee"); the modifiers come from
  ``data/loaded_modifiers.jsonl``;
- words one outlet holds in scare quotes that another writes plainly ("assault weapons");
- an actor one outlet describes with a loaded word ("strongman") where another gives it a
  plain role ("president").

Only paragraphs holding a loaded modifier, and the other outlets' paragraphs holding the
same head noun, are parsed: most of a story never reaches spaCy here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Span

from crosswire.data import read_jsonl
from crosswire.knowledge.text import crude_lemma
from crosswire.models import Actor, Article, TextSpan, Mention

# Dependency labels of words in a noun phrase that say which one, not what it is like.
DETERMINING = frozenset({"det", "poss", "nummod", "predet", "case", "punct", "prep"})
# Quoted passages longer than a scare quote are someone's words, not the outlet's.
QUOTATION = re.compile(r"[\"“][^\"“”\n]*[\"”]")
SCARE_QUOTE_MAX_WORDS = 3
PARAGRAPH = re.compile(r"[^\n]+")
# How far from a mention its role (title or apposition) may be written.
ROLE_WINDOW = 200
# Plain words two descriptions of one thing may differ by.
MAX_PLAIN_DIFFERENCE = 1
MODIFIER_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True)
class Phrase:
    """A noun phrase of one article: its head lemma, plain words and loaded modifiers."""

    article: str
    head: str
    plain: frozenset[str]
    loaded: frozenset[str]
    text: str
    start: int
    end: int


@cache
def loaded_modifiers() -> tuple[frozenset[str], tuple[str, ...]]:
    """(loaded words, suffixes of loaded hyphenated words such as "-led")."""
    words, suffixes = set(), []
    for row in read_jsonl("loaded_modifiers.jsonl", required=("kind",)):
        if isinstance(row.get("word"), str):
            words.add(row["word"].lower())
        elif isinstance(row.get("suffix"), str) and row["suffix"].startswith("-"):
            suffixes.append(row["suffix"].lower())
        else:
            raise ValueError(f"loaded_modifiers.jsonl: a word or a -suffix: {row}")
    return frozenset(words), tuple(suffixes)


def is_loaded(word: str) -> bool:
    words, suffixes = loaded_modifiers()
    word = word.lower()
    return word in words or ("-" in word and word.endswith(suffixes))


@cache
def _parser() -> Language:
    from crosswire.nlp import load_nlp

    return load_nlp()


def _quoted(text: str) -> list[tuple[int, int]]:
    """Quotations too long to be scare quotes."""
    return [(m.start(), m.end()) for m in QUOTATION.finditer(text)
            if len(m.group().split()) > SCARE_QUOTE_MAX_WORDS]


def _phrase(chunk: Span, *, article: str, offset: int) -> Phrase | None:
    head = chunk.root
    if head.pos_ not in {"NOUN", "PROPN"}:
        return None
    # Words before the head, hyphenated ones whole ("Republican-led"), after any
    # determiner or possessor ("his party's").
    first = next((t for t in chunk if t.dep_ not in DETERMINING and not t.is_punct), None)
    if first is None or first.i > head.i:
        return None
    doc_text = chunk.doc.text
    words = MODIFIER_WORD.findall(doc_text[first.idx:head.idx])
    loaded = frozenset(w.lower() for w in words if is_loaded(w))
    plain = frozenset(crude_lemma(w) for w in words if w.lower() not in loaded)
    start, end = first.idx, chunk.end_char
    return Phrase(article, head.lemma_.lower(), plain, loaded, doc_text[start:end],
                  offset + start, offset + end)


def _phrases(articles: list[Article], wanted: dict[str, list[tuple[int, int]]]
             ) -> list[Phrase]:
    """Noun phrases of the wanted paragraphs (article id -> paragraph spans), outside
    quotations."""
    jobs = [(article, start, end) for article in articles for start, end in wanted.get(article.id, [])]
    found = []
    docs = _parser().pipe((article.text[start:end] for article, start, end in jobs))
    for (article, start, _), doc in zip(jobs, docs):
        quoted = _quoted(doc.text)
        for chunk in doc.noun_chunks:
            if any(q0 <= chunk.start_char < q1 for q0, q1 in quoted):
                continue
            phrase = _phrase(chunk, article=article.id, offset=start)
            if phrase is not None:
                found.append(phrase)
    return found


def _paragraphs_with(article: Article, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in PARAGRAPH.finditer(article.text)
            if pattern.search(m.group())]


def _word_pattern(words: set[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
                      + r")", re.IGNORECASE)


def described_differently(articles: list[Article], outlet_of: dict[str, str]
                          ) -> dict[str, dict[tuple[str, str], list[TextSpan]]]:
    """outlet -> (referent, term) -> evidence, for noun phrases with the same head that
    outlets load differently."""
    # Pass 1: phrases with a loaded modifier.
    wanted = {a.id: _paragraphs_with(a, _loaded_pattern()) for a in articles}
    first = _phrases(articles, wanted)
    heads = {p.head for p in first if p.loaded}
    if not heads:
        return {}
    # Pass 2: the other paragraphs naming the same heads.
    wanted = {a.id: [span for span in _paragraphs_with(a, _word_pattern(heads))
                     if span not in wanted[a.id]] for a in articles}
    phrases = first + _phrases(articles, wanted)
    by_head: dict[str, list[Phrase]] = defaultdict(list)
    for phrase in phrases:
        by_head[phrase.head].append(phrase)
    uses: dict[str, dict[tuple[str, str], list[TextSpan]]] = defaultdict(lambda: defaultdict(list))
    for head, group in by_head.items():
        chosen: set[Phrase] = set()
        for x in group:
            for y in group:
                if x.loaded and outlet_of[x.article] != outlet_of[y.article] \
                        and x.loaded != y.loaded and _compatible(x, y):
                    chosen.update((x, y))
        if not chosen:
            continue
        referent = _referent_name(head, chosen)
        for phrase in sorted(chosen, key=lambda p: (p.article, p.start)):
            uses[outlet_of[phrase.article]][(referent, phrase.text)].append(
                TextSpan(phrase.text, phrase.start, phrase.end, phrase.article))
    return uses


@cache
def _loaded_pattern() -> re.Pattern[str]:
    words, suffixes = loaded_modifiers()
    alternatives = [re.escape(w) for w in sorted(words, key=len, reverse=True)]
    alternatives += [r"\w+" + re.escape(s) for s in suffixes]
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)


def _compatible(x: Phrase, y: Phrase) -> bool:
    """The same thing, described: the plain words agree but for one at most ("joint
    statement" / "reassuring statement", "Ukrainian regions" / "occupied regions"); more
    plain words apart ("Luhansk and Donetsk regions") name another thing of the kind."""
    return len(x.plain ^ y.plain) <= MAX_PLAIN_DIFFERENCE


def _referent_name(head: str, phrases: set[Phrase]) -> str:
    plain = min((p for p in phrases), key=lambda p: (len(p.plain), p.text))
    words = [w for w in re.findall(r"[\w’'-]+", plain.text) if w.lower() not in plain.loaded]
    return " ".join(words) or head


def scare_quoted_elsewhere(articles: list[Article], outlet_of: dict[str, str],
                           short_quotes: dict[str, list[TextSpan]], *,
                           covered: dict[str, list[tuple[int, int]]]
                           ) -> dict[str, dict[tuple[str, str], list[TextSpan]]]:
    """outlet -> (referent, term) -> evidence, for a name one outlet holds in quotation
    marks ("assault weapons", "problematic" posts) and another outlet writes plainly.
    A short quotation inside someone's longer quotation is theirs; inside a reported
    statement a single quoted word is more often the speaker's word than the outlet's
    distance, so there it takes two; and quoted words that do not name a thing ("crush
    the outbreak") are a speaker's fragment, not a name held at arm's length."""
    texts = {a.id: a.text for a in articles}
    candidates = []
    for article_id, quotes in short_quotes.items():
        longer = _quoted(texts[article_id])
        for quote in quotes:
            inner = quote.text.strip("\"“”‘’'")
            if not re.search(r"[^\W\d_]{3}", inner) \
                    or any(q0 < quote.start and quote.end < q1 for q0, q1 in longer):
                continue
            if len(inner.split()) < 2 and any(s <= quote.start and quote.end <= e
                                              for s, e in covered.get(article_id, [])):
                continue
            plain = re.compile(r"(?<![\w\"“‘'])" + re.escape(inner) + r"(?![\w\"”’'])", re.IGNORECASE)
            found = [(a, m) for a in articles if outlet_of[a.id] != outlet_of[article_id]
                     for m in plain.finditer(a.text)]
            if found:
                candidates.append((article_id, quote, inner, found))
    uses: dict[str, dict[tuple[str, str], list[TextSpan]]] = defaultdict(lambda: defaultdict(list))
    for (article_id, quote, inner, found), names in zip(candidates, _names_things(candidates, texts)):
        if not names:
            continue
        uses[outlet_of[article_id]][(inner, quote.text)].append(quote)
        for article, m in found:
            uses[outlet_of[article.id]][(inner, m.group())].append(
                TextSpan(m.group(), m.start(), m.end(), article.id))
    return uses


def _names_things(candidates: list, texts: dict[str, str]) -> list[bool]:
    """Per quotation: its words name a thing (their head is a noun) or describe one (an
    adjective on a noun outside the quotation), read in the quotation's paragraph."""
    paragraphs = []
    for article_id, quote, _, _ in candidates:
        text = texts[article_id]
        start = text.rfind("\n", 0, quote.start) + 1
        end = text.find("\n", quote.end)
        paragraphs.append((start, end if end >= 0 else len(text)))
    verdicts = []
    docs = _parser().pipe(texts[c[0]][s:e] for c, (s, e) in zip(candidates, paragraphs))
    for (_, quote, _, _), (start, _), doc in zip(candidates, paragraphs, docs):
        inside = [t for t in doc if quote.start <= start + t.idx < quote.end and not t.is_punct]
        roots = [t for t in inside if t.head not in inside or t.head.i == t.i]
        verdicts.append(len(roots) == 1 and (
            roots[0].pos_ in {"NOUN", "PROPN"}
            or roots[0].dep_ in {"amod", "compound"} and roots[0].head.pos_ in {"NOUN", "PROPN"}))
    return verdicts


def epithets(articles: list[Article], actors: list[Actor], mentions: list[Mention],
             outlet_of: dict[str, str]) -> dict[str, dict[tuple[str, str], list[TextSpan]]]:
    """outlet -> (actor name, role) -> evidence, for an actor one outlet describes with a
    loaded word ("the strongman", "climate czar") where another gives it a plain role."""
    texts = {a.id: a.text for a in articles}
    actor_at: dict[str, list[tuple[int, int, Actor]]] = defaultdict(list)
    for actor in actors:
        for seen in actor.seen:
            actor_at[seen.article].append((seen.start, seen.end, actor))
    roles: dict[str, list[tuple[str, TextSpan, bool]]] = defaultdict(list)
    names: dict[str, str] = {}
    for mention in mentions:
        if not mention.role or mention.span.article not in texts:
            continue
        actor = next((a for s, e, a in actor_at.get(mention.span.article, [])
                      if s < mention.span.end and mention.span.start < e), None)
        evidence = _role_evidence(texts[mention.span.article], mention)
        if actor is None or evidence is None:
            continue
        names[actor.id] = actor.name
        loaded = any(is_loaded(w) for w in MODIFIER_WORD.findall(mention.role))
        roles[actor.id].append((outlet_of[mention.span.article], evidence, loaded))
    uses: dict[str, dict[tuple[str, str], list[TextSpan]]] = defaultdict(lambda: defaultdict(list))
    for actor_id, found in roles.items():
        loaded_by = {outlet for outlet, _, loaded in found if loaded}
        plain_by = {outlet for outlet, _, loaded in found if not loaded}
        if not loaded_by or not plain_by - loaded_by:
            continue  # no loaded word, or no outlet keeps to plain roles
        for outlet, evidence, _ in found:
            uses[outlet][(names[actor_id], evidence.text)].append(evidence)
    return uses


def _role_evidence(text: str, mention: Mention) -> TextSpan | None:
    """Where the mention's role is written: its occurrence nearest the mention."""
    low, high = max(0, mention.span.start - ROLE_WINDOW), min(len(text), mention.span.end + ROLE_WINDOW)
    found = [m.start() for m in re.finditer(re.escape(mention.role), text[low:high])]
    if not found:
        return None
    start = low + min(found, key=lambda at: abs(low + at - mention.span.start))
    return TextSpan(mention.role, start, start + len(mention.role), mention.span.article)
