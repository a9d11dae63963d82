"""Framing per outlet: contested terms, spelling choices, scare quotes, hedges, voices,
omissions, headlines and what the outlet registry says of it.

Headlines are read by the readers that need no parse (contested terms, scare quotes,
hedges: ``headlines.py``), their spans in the title; scare quotes and hedges are
``distance_marks.py``'s.

Contested terms come from ``data/contested_terms.jsonl`` (``lexicon_terms.py``); other
names of a person or organisation from the aliases each outlet used for the same merged
actor; other names for one thing from the same slot of sentences the outlets retell in
parallel (``slots.py``) and from descriptions loaded differently (``descriptions.py``);
the parties to the story's acts named with nouns of other stances from the sentences that
tell the acts (``act_parties.py``: one kind of party to one kind of act); one thing named
with heads of one kind and two stances ("raids" / "arrests", ``head_choices.py``).
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from crosswire.compare.act_parties import party_names
from crosswire.compare.descriptions import described_differently
from crosswire.compare.distance_marks import hedges, names_things
from crosswire.compare.epithets import epithets
from crosswire.compare.headline_subjects import LeadingActors, headline_subjects, subject_of
from crosswire.compare.head_choices import head_choices
from crosswire.compare.headlines import (
    headline,
    in_title,
    quoted_in_statements,
    said_in_body,
    set_off_by_colon,
    title_article,
)
from crosswire.compare.held_apart import scare_quoted_elsewhere
from crosswire.compare.lexicon_terms import lexicon_uses
from crosswire.compare.reporting_words import reporting_uses
from crosswire.compare.slots import named_differently, sentences
from crosswire.compare.story_parts import statements_by_article
from crosswire.knowledge.names import parse_person, same_person
from crosswire.knowledge.places import dateline_length
from crosswire.knowledge.role_country import actor_country
from crosswire.knowledge.text import POSSESSIVE_PRONOUNS, SPEAKER_PRONOUNS, UNSPECIFIED_PRONOUNS
from crosswire.knowledge.variants import mere_name_variants, mere_variants
from crosswire.models import (
    Actor,
    Article,
    Claim,
    Event,
    MergedAnalysis,
    NounPhrase,
    OutletFraming,
    ShortQuotation,
    Statement,
    TermUse,
    TextSpan,
    VoiceCount,
)
from crosswire.nlp.short_quotations import scare_quotes, uncovered

# Claims carried by at least this many other outlets count as left out by one that lacks them.
OMISSION_MIN_OUTLETS = 2
# Versions that quote the speaker's own words, whole or in part.
QUOTING_KINDS = frozenset({"direct", "mixed"})
# A claim no version quotes counts as left out by an outlet that lacks it only where at
# least this many outlets carry it.
UNQUOTED_OMISSION_MIN_OUTLETS = 3
# A body's quotation of at least this many words that a speaker's quotation holds cites the
# speaker; one word a speaker also used may still be held apart by the outlet ('what
# officials called "efficiency"'). A headline cites with single words.
MIN_CITED_WORDS = 2


def _outlet_of(article: Article) -> str:
    """The source an article's framing is told for: its outlet, else the article itself.
    Articles whose outlets are unknown are not known to share one (wire stories from
    unnamed hosts), so each is compared with the others as a source of its own, headed
    "unknown outlet (<id>)" where the framing is shown (a bare file name or hash would
    read as an outlet's)."""
    return article.outlet or f"unknown outlet ({article.id})"


def _alias_terms(articles: list[Article], actors: list[Actor]) -> dict[str, list[TermUse]]:
    """Names of one person or organisation that differ between outlets in what they call it ("Daesh" /
    "Islamic State"), not merely in form ("Jérôme" / "Jerome", "DOT" / "Department of
    Transportation"): each outlet's names, one term per group of mere variants. Two
    outlets must each keep to names the other never writes: where every outlet also
    writes a name the others use, none chose against it."""
    outlet_of = {a.id: _outlet_of(a) for a in articles}
    uses: dict[str, dict[tuple[str, str], list[TextSpan]]] = defaultdict(lambda: defaultdict(list))
    for actor in actors:
        if actor.kind == "place":
            continue  # a place's names are conventions, official or common ("District of
            # Columbia" / "Washington", "UK" / "Great Britain"); those chosen for what they
            # say ("Kiev" / "Kyiv") are the lexicon's
        seen = [s for s in actor.seen if s.article in outlet_of]
        names = _variant_groups({s.text for s in seen}, names=True, person=actor.kind == "person")
        used: dict[str, set[str]] = defaultdict(set)
        for s in seen:
            used[outlet_of[s.article]].add(names[s.text])
        if not any(x.isdisjoint(y) for x, y in combinations(used.values(), 2)):
            continue  # one outlet only, or no two outlets named it apart
        for s in seen:
            uses[outlet_of[s.article]][(actor.name, names[s.text])].append(s)
    return _with_others(uses, source="aliases", names=True)


def _variant_groups(terms: set[str], *, names: bool, person: bool = False) -> dict[str, str]:
    """Each term -> the term standing for its group of mere variants (the longest, so the
    group reads in full: "Department of Transportation" for "DOT"). Names of one actor
    group by the rules for names ("Orlov" / "Dmitri Orlov"), a person's also by the rules
    for one person's romanisations ("Abdul Karim" / "Abdelkarim", "Halabi" / "Halaby"):
    a transliteration is no outlet's choice of name. Any other terms group only by form
    ("raids" / "deportation raids" stay apart)."""
    if person:
        def same(a: str, b: str) -> bool:
            return mere_name_variants(a, b) or _one_person(a, b)
    else:
        same = mere_name_variants if names else mere_variants
    ordered = sorted(terms, key=lambda n: (-len(n), n))
    group_of: dict[str, str] = {}
    for term in ordered:
        group_of[term] = next((group_of[other] for other in group_of
                               if same(term, other)), term)
    return group_of


def _one_person(a: str, b: str) -> bool:
    name_a, name_b = parse_person(a), parse_person(b)
    return name_a is not None and name_b is not None and same_person(name_a, name_b)


def _with_others(uses: dict[str, dict[tuple[str, str], list[TextSpan]]], *, source: str,
                 differ_by_construction: bool = False,
                 names: bool = False) -> dict[str, list[TermUse]]:
    """Each outlet's term uses with the other outlets' terms for the same referent.
    Referents whose terms differ only in form are dropped, unless the source found them
    by the very words or marks that make the difference (a loaded modifier, quotation
    marks: "alleged attacks" / "attacks" is no mere variant); ``names`` says the terms
    are one actor's names, so a name with words left out is still a mere variant."""
    by_referent: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for outlet, found in uses.items():
        for referent, term in found:
            by_referent[referent][outlet].add(term)
    styled = set() if differ_by_construction else {
        referent for referent, terms in by_referent.items()
        if len(set(_variant_groups(set().union(*terms.values()), names=names).values())) < 2}
    result: dict[str, list[TermUse]] = defaultdict(list)
    for outlet, found in uses.items():
        for (referent, term), evidence in sorted(found.items()):
            if referent in styled:
                continue
            others = {other: sorted(terms) for other, terms in by_referent[referent].items()
                      if other != outlet}
            result[outlet].append(TermUse(referent=referent, term=term, count=len(evidence),
                                          evidence=evidence, others=others, source=source))
    return result


def _one_row_per_referent(sources: list[dict[str, list[TermUse]]]) -> dict[str, list[TermUse]]:
    """Every source's term uses per outlet, with referents whose evidence overlaps (the
    "assault weapons" a scare quote holds apart inside the "controversial ban") merged into
    the one found first, so that a referent is one row."""
    uses = [(outlet, use) for found in sources for outlet, listed in found.items() for use in listed]
    order: dict[str, int] = {}
    for n, (_, use) in enumerate(uses):
        order.setdefault(use.referent, n)
    root: dict[str, str] = {}

    def find(referent: str) -> str:
        while root.get(referent, referent) != referent:
            referent = root[referent]
        return referent

    # a headline's offsets are into its title, the text's into its text: spans overlap
    # only within one part of one article
    spans = sorted(((e.article, e.part or ""), e.start, e.end, n) for n, (_, use) in enumerate(uses)
                   for e in use.evidence if e.article)
    reach: tuple[tuple[str, str] | None, int, str] = (None, -1, "")
    for article, start, end, n in spans:
        referent = uses[n][1].referent
        if article == reach[0] and start < reach[1]:
            first, later = sorted((find(reach[2]), find(referent)), key=order.__getitem__)
            if first != later:
                root[later] = first
            reach = (article, max(end, reach[1]), reach[2])
        else:
            reach = (article, end, referent)
    merged: dict[str, dict[tuple[str, str], TermUse]] = defaultdict(dict)
    for outlet, use in uses:
        key = (find(use.referent), use.term)
        known = merged[outlet].get(key)
        # two sources may find one use ("Kyiv" as the lexicon's term and as the actor's
        # name): it counts once
        evidence = [*known.evidence, *(e for e in use.evidence if e not in known.evidence)] \
            if known else use.evidence
        merged[outlet][key] = dataclasses.replace(
            known or use, referent=key[0], evidence=evidence, count=len(evidence))
    terms_of: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for outlet, found in merged.items():
        for referent, term in found:
            terms_of[referent][outlet].add(term)
    return {outlet: [dataclasses.replace(use, others={
                other: sorted(found) for other, found in terms_of[use.referent].items() if other != outlet})
                     for use in found.values()]
            for outlet, found in merged.items()}


def _covered(statements: list[Statement]) -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for s in statements:
        spans[s.span.article].append((s.span.start, s.span.end))
    return spans


def lead(article: Article) -> TextSpan | None:
    """The article's first sentence, its dateline left out: what the outlet tells first
    (one outlet opens on the injured, another on the damage)."""
    first = next(iter(sentences(article, limit=1)), None)
    if first is None:
        return None
    start = first.start + dateline_length(article.text[first.start:first.end])
    text = article.text[start:first.end].strip()
    if not text:
        return None
    start = article.text.index(text, start)
    return TextSpan(text, start, start + len(text), article.id)


def voices(statements: list[Statement], actors: dict[str, Actor]) -> tuple[list[VoiceCount], dict[str, int]]:
    """Whom the statements quote, most often first, and how often per country."""
    counts: Counter = Counter()
    country_of: dict[str, str | None] = {}  # reading roles is slow; speakers recur
    for s in statements:
        if s.speaker and s.speaker in actors:
            actor = actors[s.speaker]
            if s.speaker not in country_of:
                country_of[s.speaker] = actor_country(actor)
            counts[(s.speaker, actor.name, country_of[s.speaker])] += 1
        elif s.speaker_words and not _names_no_voice(s.speaker_words.text):
            counts[(None, s.speaker_words.text, None)] += 1
    listed = [VoiceCount(actor=a, name=n, country=c, statements=k)
              for (a, n, c), k in sorted(counts.items(), key=lambda item: (-item[1], item[0][1]))]
    by_country: Counter = Counter()
    for voice in listed:
        by_country[voice.country or "unknown"] += voice.statements
    return listed, dict(by_country)


def _names_no_voice(words: str) -> bool:
    """Unresolved speaker words that are only pronouns ("they", "who", "Anyone who", a cue
    noun's "his"), or a piece cut from a phrase: words opening on a mark or a clitic ("'s
    results" of "Tuesday's results", ", even travelers") name nobody an outlet gave a voice."""
    return not words[:1].isalnum() or all(
        word in SPEAKER_PRONOUNS or word in UNSPECIFIED_PRONOUNS or word in POSSESSIVE_PRONOUNS
        for word in words.lower().replace(",", " ").split())


def omitted_claims(outlet: str, claims: list[Claim]) -> list[str]:
    """The claims other outlets carry that the outlet's articles do not, where that absence
    says something (``_absence_counts``)."""
    return [c.id for c in claims
            if outlet not in c.outlets and len(c.outlets) >= OMISSION_MIN_OUTLETS
            and _absence_counts(c)]


def _absence_counts(claim: Claim) -> bool:
    """An outlet missing from the claim left it out only where the claim is one utterance
    or fact found by its words: the versions share a content word, and some version quotes
    the speaker (a quotation is in an article or not, and its quoted run joins the
    versions) or the claim was joined across several outlets' wordings. A claim two
    outlets tell only in paraphrase or as fact is one join by meaning, which misses a
    third outlet that told the same event in words of its own ("won the runoff" /
    "defeated her in the runoff"): its absence there is no evidence of an omission."""
    return bool(claim.keywords) and (any(v.kind in QUOTING_KINDS for v in claim.versions)
                                     or len(claim.outlets) >= UNQUOTED_OMISSION_MIN_OUTLETS)


def registry_facts(outlet: str) -> dict[str, Any]:
    """What the outlet registry records about an outlet name (empty when it does not know it)."""
    try:
        from crosswire.knowledge.outlets import load_registry
    except ImportError:
        return {}
    registry = load_registry()
    entry = registry.get(outlet) or registry.by_name(outlet)
    if entry is None:
        return {}
    facts = dataclasses.asdict(entry)
    return {key: list(value) if isinstance(value, tuple) else value for key, value in facts.items()
            if key != "context_aliases"}


@dataclass(frozen=True)
class TextFraming:
    """What the articles' own words show of each outlet's framing, actors and speakers
    aside: contested terms, loaded descriptions, names held in quotation marks elsewhere,
    other words for one slot, for the parties to one act and heads of two stances for one
thing (each outlet's term uses), each
    article's scare quotes and hedges, and what its headline leads with."""

    lexicon: dict[str, list[TermUse]]
    described: dict[str, list[TermUse]]
    held_apart: dict[str, list[TermUse]]
    slots: dict[str, list[TermUse]]
    parties: dict[str, list[TermUse]]
    heads: dict[str, list[TermUse]]
    scare_quotes: dict[str, list[TextSpan]]
    hedges: dict[str, list[TextSpan]]
    # article id -> the words its headline leads with
    headline_subjects: dict[str, TextSpan]


def text_framing(articles: list[Article], *, statements: list[Statement],
                 noun_phrases: list[NounPhrase], short_quotations: list[ShortQuotation],
                 events: list[Event]) -> TextFraming:
    """``frame``'s share that reads only the articles, their statements' spans, noun
    phrases, short quotations and coded events: the brief pipeline starts it before actors
    are merged (the speakers a story binds change no span), beside the merging."""
    covered = _covered(statements)
    read = {quotation.span: quotation.names_thing for quotation in short_quotations}
    statements_of = statements_by_article(statements)  # each article's hedges read its own statements' cues
    outlet_of = {a.id: _outlet_of(a) for a in articles}
    described = _with_others(described_differently(articles, outlet_of, noun_phrases=noun_phrases),
                             source="descriptions", differ_by_construction=True)
    short_quotes = {a.id: scare_quotes(a, covered=[]) for a in articles}
    held_apart = _with_others(
        scare_quoted_elsewhere(articles, outlet_of, short_quotes, covered=covered, read=read),
        source="scare quotes", differ_by_construction=True)
    slots = _with_others(named_differently(articles, outlet_of), source="slots",
                         differ_by_construction=True)
    parties = _with_others(party_names(articles, events, outlet_of, noun_phrases=noun_phrases),
                           source="parties", differ_by_construction=True)
    heads = _with_others(head_choices(articles, outlet_of, noun_phrases=noun_phrases, events=events),
                         source="heads", differ_by_construction=True)
    titles = {a.id: title for a in articles if (title := title_article(a)) is not None}
    # the speakers' own words, whichever outlet quoted them: a quotation repeating them
    # cites the speaker, in a headline or a body
    quoted = quoted_in_statements(statements)
    subjects = headline_subjects(articles)
    return TextFraming(
        lexicon=_with_others(lexicon_uses(articles, outlet_of), source="lexicon"),
        described=described, held_apart=held_apart, slots=slots, parties=parties, heads=heads,
        # a headline's marks and hedges first, as the reader meets them
        scare_quotes={a.id: [*_headline_scare_quotes(
                                 a, titles.get(a.id),
                                 said=[*(s.span.text for s in statements_of.get(a.id, [])), *quoted]),
                             *found]
                      for a, found in zip(articles, _naming_quotes(articles, short_quotes, covered, quoted,
                                                                   read=read))},
        hedges={a.id: [*_in_title(hedges, titles.get(a.id), leading=subjects.get(a.id)),
                       *hedges(a, statements=statements_of.get(a.id, []))] for a in articles},
        headline_subjects=subjects)


def _naming_quotes(articles: list[Article], short_quotes: dict[str, list[TextSpan]],
                   covered: dict[str, list[tuple[int, int]]], quoted: list[str], *,
                   read: dict[TextSpan, bool]) -> list[list[TextSpan]]:
    """Each article's scare quotes (its ``short_quotes`` no statement covers) whose words
    name or describe a thing (``names_things``): quoted words that tell an act or a state
    ('is "seriously considering"', 'rated the risk "very low."') are a speaker's words no
    statement took up, not a name the outlet holds at arm's length; and so are words a
    quotation of a speaker holds (``quoted``, the statements' quotations: ``said_in_body``),
    where they are several (``MIN_CITED_WORDS``). ``read`` as for ``names_things``."""
    found = [[quote for quote in uncovered(short_quotes[a.id], covered.get(a.id, []))
              if len(quote.text.split()) < MIN_CITED_WORDS or not said_in_body(a.text, quote, quoted)]
             for a in articles]
    verdicts = iter(names_things([(a.text, quote) for a, quotes in zip(articles, found)
                                  for quote in quotes], read=read))
    return [[quote for quote in quotes if next(verdicts)] for quotes in found]


def _headline_scare_quotes(article: Article, title: Article | None, *, said: list[str]) -> list[TextSpan]:
    """The scare quotes of an article's headline: a headline holds no statement, so none of
    its quoted words is covered, but one set off by a colon is speech (``set_off_by_colon``),
    and so is one whose words the article's statements or the story's quotations of a
    speaker (``said``, their texts) hold (``said_in_body``)."""
    return [quoted for quoted in _in_title(scare_quotes, title, covered=[])
            if not set_off_by_colon(article.title or "", quoted)
            and not said_in_body(article.title or "", quoted, said)]


def _in_title(reader: Callable[..., list[TextSpan]], title: Article | None,
              **options: Any) -> list[TextSpan]:
    """What a reader of an article's words finds in its headline, as spans of the title."""
    return [in_title(span) for span in reader(title, **options)] if title is not None else []


def frame(merged: MergedAnalysis, *, texts: TextFraming | None = None) -> list[OutletFraming]:
    """One framing record per outlet, outlets in order of first appearance; the claims each
    leaves out and its reporting words are added by ``with_claims`` (framing needs no
    claims otherwise). ``texts``:
    ``text_framing`` of the merged articles, when found already (the brief pipeline reads
    them in another process while this one merges the actors)."""
    actors = {a.id: a for a in merged.actors}
    if texts is None:
        texts = text_framing(merged.articles, statements=merged.statements, events=merged.events,
                             noun_phrases=merged.noun_phrases, short_quotations=merged.short_quotations)
    aliases = _alias_terms(merged.articles, merged.actors)
    outlet_of = {a.id: _outlet_of(a) for a in merged.articles}
    roles = _with_others(
        epithets(merged.articles, merged.actors, merged.mentions, outlet_of,
                 statements=merged.statements, noun_phrases=merged.noun_phrases),
        source="epithets", differ_by_construction=True)
    terms = _one_row_per_referent([texts.lexicon, aliases, texts.described, texts.held_apart,
                                   roles, texts.slots, texts.parties, texts.heads])
    by_outlet: dict[str, list[Article]] = defaultdict(list)
    for article in merged.articles:
        by_outlet[_outlet_of(article)].append(article)
    leading_actors = LeadingActors(merged.actors)
    records = []
    for outlet, articles in by_outlet.items():
        ids = {a.id for a in articles}
        statements = [s for s in merged.statements if s.span.article in ids]
        listed, by_country = voices(statements, actors)
        records.append(OutletFraming(
            outlet=outlet,
            articles=[a.id for a in articles],
            terms=terms.get(outlet, []),
            scare_quotes=[q for a in articles for q in texts.scare_quotes[a.id]],
            hedges=[h for a in articles for h in texts.hedges[a.id]],
            voices=listed,
            voices_by_country=by_country,
            registry=registry_facts(outlet),  # "unknown outlet (<id>)" is no registered name
            leads=[found for a in articles if (found := lead(a)) is not None],
            headlines=[found for a in articles if (found := headline(a)) is not None],
            headline_subjects=[subject_of(texts.headline_subjects[a.id], leading_actors)
                               for a in articles if a.id in texts.headline_subjects],
        ))
    return records


def with_claims(framing: list[OutletFraming], merged: MergedAnalysis, *,
                claims: list[Claim]) -> list[OutletFraming]:
    """The framing records, each with the claims its outlet leaves out and the reporting
    words it put on an utterance other outlets told with another load (``reporting_words``):
    both need the claims, which tell which versions are one utterance."""
    outlet_of = {a.id: _outlet_of(a) for a in merged.articles}
    named = {a.outlet for a in merged.articles if a.outlet}
    told = _with_others(reporting_uses(claims, merged.statements, merged.actors, merged.articles,
                                       outlet_of),
                        source="reporting words", differ_by_construction=True)
    return [dataclasses.replace(
                record, terms=[*record.terms, *told.get(record.outlet, [])],
                # a claim's outlets are named outlets only: an article of no known outlet
                # is never among them, so its absence from a claim says nothing
                omitted_claims=omitted_claims(record.outlet, claims)
                if record.outlet in named else record.omitted_claims)
            for record in framing]
