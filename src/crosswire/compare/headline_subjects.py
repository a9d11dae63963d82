"""What each outlet's headline leads with: the subject of its main clause ("Mayor Vows to
Reopen Pier" leads with the mayor, "Pier Fees Jump" with the fees), and the actor those
words name where the story knows one, for the framing (``framing.py``): one outlet
headlines the minister's act, another the strikers' or the figures.

A title is parsed here alone, never by the article's parse; one in Title Case or ALL CAPS
is read in sentence case (``nlp.events.recase``), as its capitals would make every word a
name. Headline grammar sets a speaker off with a colon ("Harbour Chief: 'We Will
Rebuild'"): the words before such a colon are what the headline leads with.
"""

from __future__ import annotations

import re
from functools import cache, cached_property

from spacy.tokens import Doc, Span, Token

from crosswire.compare.headlines import title_case
from crosswire.data import read_jsonl
from crosswire.knowledge.dates import find_date_phrases
from crosswire.knowledge.names import PersonName, parse_person, same_person
from crosswire.knowledge.plover import cues
from crosswire.knowledge.text import crude_lemma
from crosswire.models import TITLE, Actor, Article, HeadlineSubject, TextSpan
from crosswire.nlp import ALL_BUT_TAGS_AND_DEPENDENCIES, load_nlp
from crosswire.nlp.events.recase import recased
from crosswire.nlp.speaker_heads import FINITE_TAGS

# Dependencies of a clause's subject, active or passive.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Words before a headline's colon: a short run, not a quotation ("'Not Again': ..."), that
# sets off a speaker ("Mayor:", "Harbour Chief Ana Lind:") or is a rubric ("Floods in
# Ostria:").
SPEAKER_COLON = re.compile(r"([^:\"“‘']{2,60}?)\s*:\s+\S")
# Words in front of a subject that say nothing of who or what it is.
LEADING_WORDS = frozenset({"det", "punct"})
# Parts of speech a subject is headed by.
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
# A possessive's mark and the space after it ("Ostria's Lind").
POSSESSIVE = re.compile(r"['’]s\s+")
LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# Tags of a question word: a headline opening with one ("What we know about the strike",
# "How Halden rebuilt") explains or asks and leads with no actor.
WH_WORDS = frozenset({"WP", "WRB", "WDT"})
# Tags of a participle ("rising", "charged").
PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
# Tags of a plural noun.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Kinds of actor a headline may lead with.
LEADING_KINDS = frozenset({"person", "organisation", "group", "place"})


def headline_subjects(articles: list[Article]) -> dict[str, TextSpan]:
    """Article id -> the words its headline leads with, a span of the title (``part``
    "title"); articles without a title, or whose title has no subject the parse finds,
    are left out."""
    titled = [a for a in articles if (a.title or "").strip()]
    # a recased copy keeps the title's length: offsets read from its parse hold in the title
    texts = [recased(a.title or "") if title_case(a.title or "") else a.title or "" for a in titled]
    docs = load_nlp().pipe(texts, disable=ALL_BUT_TAGS_AND_DEPENDENCIES)
    found: dict[str, TextSpan] = {}
    for article, doc in zip(titled, docs):
        where = _subject(doc)
        if where is not None:
            start, end = where
            found[article.id] = TextSpan((article.title or "")[start:end], start, end, article.id,
                                         part=TITLE)
    return found


def _subject(doc: Doc) -> tuple[int, int] | None:
    """Where the headline's subject is written. Headline grammar puts it first, and the
    parse of a headline's clipped grammar is often wrong about which verb it serves, so
    the subject is read at the headline's start, after a rubric set off by a colon ("Floods
    in Ostria: ...", words with a preposition and no verb): the words before a colon
    setting off a speaker (no verb, no preposition: "Harbour Chief Ana Lind: ..."); else a
    clause's subject the headline opens with, to its head ("Ferry operators in Halden
    vote" leads with the ferry operators); else the name it opens with (a verb the tagger
    took for a noun: "Ana Lind apologizes"); else the words before the main verb where
    none of them is a verb; else the noun heading a headline without a verb ("Record
    crowds at the fair")."""
    if not len(doc):
        return None
    opening = _first_word_of(doc[0])
    for rubric in (True, False):
        colon = SPEAKER_COLON.match(doc.text, doc[opening].idx)
        before = doc.char_span(doc[opening].idx, colon.end(1), alignment_mode="expand") \
            if colon is not None else None
        if before is None or any(t.pos_ in {"VERB", "AUX"} for t in before):
            break
        if not any(t.pos_ == "ADP" for t in before) and not _names_an_act(before) \
                and not _a_rubric_label(before):
            return doc[opening].idx, colon.end(1)
        # from the colon's first mark after it (``SPEAKER_COLON`` ends past it)
        after = doc.char_span(colon.end() - 1, len(doc.text), alignment_mode="expand")
        if rubric and after is not None and len(after) and after[0].is_quote and _a_rubric_label(before):
            return None  # a label files a quotation whose speaker is named after it, if at all
            # ("Analysis: 'We will rebuild', says Halden mayor")
        if not rubric or after is None or not len(after) or after[0].is_quote:
            break  # words in quotation marks after a colon are a speaker's, set off
            # after the headline's own clause ("Marr snaps at reporter: 'You're wrong'")
        opening = _first_word_of(after[0])
    # a question word opening the main clause, not a clause of time before it ("When talks
    # failed, ferry crews walked out")
    opening = _past_an_opening_clause(doc, opening)
    if doc[opening].tag_ in WH_WORDS or _only_a_date(doc[opening:]):
        return None
    subject = next((t for t in doc[opening:] if t.dep_ in SUBJECT_DEPS and t.pos_ in NOMINAL
                    and _first_word_of(t.left_edge) == opening), None)
    if subject is not None:
        verb = subject if _verb_with_a_clause(subject, opening) else _verb_read_as_noun(doc, opening, subject)
        return _extent(doc[opening], doc[verb.i - 1] if verb is not None else subject)
    name = opening
    while name < len(doc) and doc[name].pos_ == "PROPN":
        name += 1
    if name > opening:
        return _extent(doc[opening], _compound_head(doc[name - 1]))
    told = _noun_with_a_participle(doc, opening)
    if told is not None:
        return _extent(doc[opening], told)
    root = doc[opening].sent.root
    if root.pos_ == "VERB" and root.i > opening \
            and not any(t.pos_ in {"VERB", "AUX"} for t in doc[opening:root.i]):
        return _extent(doc[opening], doc[root.i - 1])
    if root.pos_ in NOMINAL and root.i >= opening:
        return _extent(doc[opening], doc[root.i - 1] if _verb_with_a_clause(root, opening) else root)
    return None


def _past_an_opening_clause(doc: Doc, opening: int) -> int:
    """Where the headline's main clause opens: past a clause of purpose or time set off by
    a comma before it ("To end the strike, Halden mayor offers ...", "As talks fail, ferry
    crews walk out"), which tells why or when, not who."""
    clause = next((t for t in doc[opening:] if t.dep_ == "advcl" and t.left_edge.i == opening), None)
    if clause is None or clause.right_edge.i + 2 >= len(doc) or doc[clause.right_edge.i + 1].text != ",":
        return opening
    return _first_word_of(doc[clause.right_edge.i + 2])


def _noun_with_a_participle(doc: Doc, opening: int) -> Token | None:
    """The noun the headline opens with where a participle right after it is its verb,
    the auxiliary dropped as headline grammar drops it ("Flu cases rising among pupils,
    data shows": the cases are rising); the parse hangs such a participle on the noun."""
    return next((t for t in doc[opening:] if t.pos_ in NOMINAL and _first_word_of(t.left_edge) == opening
                 and t.i + 1 < len(doc) and doc[t.i + 1].head == t and doc[t.i + 1].dep_ == "acl"
                 and doc[t.i + 1].tag_ in PARTICIPLE_TAGS), None)


def _verb_with_a_clause(word: Token, opening: int) -> bool:
    """A plural after the headline's first word that heads an adverbial clause ("Gold
    spirals as Halden bans exports"): a noun takes no such clause, a verb does, so the
    word is the headline's verb the tagger read as a plural noun."""
    return word.i > opening and word.tag_ in PLURAL_TAGS and any(c.dep_ == "advcl" for c in word.children)


def _verb_read_as_noun(doc: Doc, opening: int, subject: Token) -> Token | None:
    """The headline's verb where the tagger read it as a plural noun compounded with the
    subject after it ("Halden orders staff to ..."): a plural right after the name the
    headline opens with, whose singular is a verb the event lexicon codes; English
    compounds a noun's singular ("ferry operators"), a headline's verb takes an "-s"."""
    after = opening + 1  # the headline's first word, capitalised, whatever the tagger read
    while after < subject.i and doc[after].pos_ == "PROPN":
        after += 1
    word = doc[after]
    # a subject with a finite verb of its own has the headline's verb ("Halden arms deal
    # collapses"); one of an infinitive ("staff to get") is the misread verb's object
    if subject.head.tag_ in FINITE_TAGS or after >= subject.i or word.tag_ not in PLURAL_TAGS \
            or word.dep_ != "compound":
        return None
    return word if (crude_lemma(word.text.lower()), "VERB") in cues() else None


def _a_rubric_label(words: Span) -> bool:
    """The words before a colon are a label a paper files pieces under
    (``data/headline_rubrics.jsonl``: "Analysis:", "Exclusive:"), not a speaker."""
    return " ".join(words.text.lower().split()) in headline_rubrics()


@cache
def headline_rubrics() -> frozenset[str]:
    """Labels papers file headlines under (``data/headline_rubrics.jsonl``), lower-cased."""
    return frozenset(row["label"].lower() for row in read_jsonl("headline_rubrics.jsonl", required=("label",)))


def _names_an_act(words: Span) -> bool:
    """The words before a colon end in a noun the event lexicon codes ("Depot shooting:",
    "Ferry strike:"): a rubric naming what happened, where a speaker's words end in who
    speaks ("Harbour Chief:")."""
    last = words[-1]
    return last.pos_ == "NOUN" and (last.text.lower(), "NOUN") in cues()


def _compound_head(last: Token) -> Token:
    """The noun a name opening the headline is compounded with ("Ostria harbour guard"
    in a recased "Ostria Harbour Guard Charged ..."): the name says whose or where, the
    noun who. A plural head is left out: a headline's verb the tagger took for a plural
    noun ("Ana lind apologizes") reads so."""
    while last.dep_ == "compound" and last.head.i > last.i and last.head.pos_ in {"NOUN", "PROPN"} \
            and last.head.tag_ not in PLURAL_TAGS:
        last = last.head
    return last


def _only_a_date(words: Span) -> bool:
    """The headline is a date ("11 / 09 / 2010", "March 4, 2019"): a page's dateline kept
    as its title says when, not who or what."""
    text = words.text.strip()
    return not any(c.isalpha() for c in text) \
        or any(start == 0 and end == len(text) for start, end, _ in find_date_phrases(text))


def _first_word_of(token: Token) -> int:
    doc, at = token.doc, token.i
    while at < len(doc) - 1 and doc[at].dep_ in LEADING_WORDS:
        at += 1
    return at


def _extent(first: Token, last: Token) -> tuple[int, int] | None:
    """The characters from ``first`` to ``last``; None where they are only marks."""
    if last.i < first.i or all(t.is_punct for t in first.doc[first.i:last.i + 1]):
        return None
    return first.idx, last.idx + len(last.text)


class LeadingActors:
    """The story's actors a headline may lead with, each with the names it is written by
    read once (a story's actors have thousands of names, and every headline is matched
    against all of them)."""

    def __init__(self, actors: list[Actor]) -> None:
        self._actors = actors
        self._people: dict[int, PersonName | None] = {}  # position in _named -> its parsed name

    @cached_property
    def _named(self) -> list[tuple[Actor, set[str]]]:
        """Each actor a headline may lead with and its names bare: read when a story has a
        headline at all."""
        return [(actor, {_bare(n) for n in (actor.name, *actor.aliases, *(s.text for s in actor.seen))})
                for actor in self._actors if actor.kind in LEADING_KINDS]

    def leading(self, words: str) -> Actor | None:
        """The actor the words a headline leads with name: one whose name or a name it is
        written by is those words ("the Port Authority"), or what a possessive's owner is
        said to have ("Ostria's Lind": a headline names a person by the country owning
        them), a person also by a name of the same person ("Premier Ana Lind" / "Ana Lind",
        "Lind")."""
        owned = POSSESSIVE.split(words)[-1].strip()
        wanted = {_bare(words), _bare(owned)}
        person = parse_person(owned)
        for position, (actor, names) in enumerate(self._named):
            if wanted & names:
                return actor
            if actor.kind == "person" and person is not None:
                known = self._person(position)
                if known is not None and same_person(person, known):
                    return actor
        return None

    def _person(self, position: int) -> PersonName | None:
        """The parsed name of the person at ``position``: parsed once, when a headline
        names a person at all."""
        if position not in self._people:
            self._people[position] = parse_person(self._named[position][0].name)
        return self._people[position]


def _bare(words: str) -> str:
    return LEADING_ARTICLE.sub("", words.strip()).lower()


def subject_of(span: TextSpan, actors: LeadingActors) -> HeadlineSubject:
    """The record of a headline's subject, with the actor it names, if any."""
    actor = actors.leading(span.text)
    return HeadlineSubject(span=span, actor=actor.id if actor else None,
                           name=actor.name if actor else span.text)
