"""Statement speakers across the run: named mentions to their actors, descriptions to the
actor the story says holds them.

Within one article a description ("the former minister", "a federal judge", "the
nation's top wildlife disease expert") resolves only to a person that article names
with that role. Another article of the same story often introduces the holder; this pass
binds a description left unresolved (or only guessed from the last speaker) to the one
actor of the run whose roles hold its head noun or all its words. It checks kind (a
person noun binds a person, "the company" an organisation, never a place) and country
("the French president" is no American's role), and it leaves the speaker unresolved,
its words kept, when no actor or more than one fits: a typed "unnamed official" is
better than a guess. Anonymous sources ("an official", "officials") are never bound.
Smaller repairs ride along: a speaker name the tagger missed takes the one actor the
run knows by it; a document no issuer is named for ("according to a new report") is the
word of the one actor the run says issued a text of that noun ("a report published by the
agency"); and a "he"/"she" right after a statement whose speaker this pass found goes on
with that person (the article itself named no one it could take).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from crosswire.knowledge.firms import is_organisation_noun
from crosswire.knowledge.names import (
    LOWER_RANKS,
    rank_words,
    split_title,
    title_length,
    title_words,
)
from crosswire.knowledge.places import country_of, fold
from crosswire.knowledge.text import (
    PERSON_PRONOUNS,
    SPEAKER_PRONOUNS,
    WORD_CACHE_SIZE,
    WORD_CHARS,
    straight_apostrophes,
    without_possessive,
)
from crosswire.models import Actor, ArticleAnalysis, Resolution, Statement
from crosswire.nlp.cues import load_lexicon
from crosswire.nlp.mention_roles import is_role_noun
from crosswire.nlp.speaker_descriptions import (
    DESCRIPTION_FALLBACK_CONFIDENCE,
    TENSE_WORDS,
)

# A plural ("officials") names a group; it binds one actor only when that many of its words
# are all in the actor's role (a parse that cut "top infectious diseases [expert]").
FULL_FIT_WORDS = 3
# Below a description resolved within its own article, above a pronoun's nearest guess.
STORY_ROLE_CONFIDENCE = 0.65
# A name the tagger missed where it speaks, but read as a name elsewhere in the run.
NAMED_ELSEWHERE_CONFIDENCE = 0.8
# A pronoun that goes on with the previous statement's speaker: within about two
# paragraphs, and less sure than one resolved within the article.
FOLLOW_UP_CHARS = 600
FOLLOW_UP_CONFIDENCE = 0.5
# "who" stands for the noun phrase before it: at most this many words, this far back.
_RELATIVE = frozenset({"who"})
MAX_ANTECEDENT_WORDS = 5
ANTECEDENT_CHARS = 80
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our"})
_INDEFINITE = frozenset({"a", "an", "another", "one", "some", "any"})
# A "he"/"she" the article names no one for stands for the last person noun phrase before
# it in its paragraph ("A federal judge ... blocked the rule, which he called ..."): an
# article, at most four more words, a role noun.
_ARTICLES = frozenset({"a", "an", "the"})
MAX_PHRASE_WORDS = 5
# The head noun ends where a phrase after it begins ("a regional union of port
# workers", "a spokesman for the ministry").
_AFTER_HEAD = re.compile(r"\s+(?:of|for|in|at|from|with|to|on|who|which|that)\s.*$", re.IGNORECASE)


def _co_speakers(statement: Statement, speaker: str | None,
                 actor_of_mention: dict[str, str]) -> list[str]:
    """The actors of a joint statement's other speakers, once each and never the first."""
    actors = [actor_of_mention[m] for m in statement.co_speaker_mentions if m in actor_of_mention]
    return [actor for actor in dict.fromkeys(actors) if actor != speaker]


@dataclass(frozen=True)
class Description:
    """The words of a speaker description, folded and singular: its head and the rest."""

    head: str
    words: frozenset[str]
    indefinite: bool
    plural: bool
    country: str | None
    tense: frozenset[str]
    # "the Ohio Republican": a party member named by the place they represent
    places: frozenset[str] = frozenset()


def resolve_speakers(analyses: list[ArticleAnalysis], *, actors: list[Actor],
                     actor_of_mention: dict[str, str]) -> list[Statement]:
    """Every statement of the run with its ``speaker`` actor set where one is known."""
    kinds = {actor.id: actor.kind for actor in actors}
    by_id = {actor.id: actor for actor in actors}
    named = _names(actors)
    # Descriptions recur ("the president" in article after article): each (words, article,
    # whether the article left them an unnamed source) is weighed against the actors with a
    # role or name to fit once.
    holders: dict[tuple[str | None, str | None, bool], Actor | None] = {}
    titled = _titled(actors)
    issued = _document_issuers(analyses, actor_of_mention)
    bound: list[Statement] = []
    for analysis in analyses:
        # (end of statement, actor id, the person the article had guessed instead)
        last_person: tuple[int, str, str | None] | None = None
        for statement in sorted(analysis.statements, key=lambda s: s.span.start):
            speaker = actor_of_mention.get(statement.speaker_mention)
            replaced = None
            if speaker is None and statement.speaker_words:
                # a name the tagger missed here, found in another sentence or article; behind
                # a title, not in an unnamed source's words ("allies of Mayor X" speak)
                text = statement.speaker_words.text
                behind_title = named.get(fold(split_title(text)[1])) if (
                    statement.resolution.method != "unnamed") else None
                speaker = named.get(fold(text)) or behind_title or (
                    named.get(fold(_LEADING_THE.sub("", text))))
                if speaker is not None:
                    statement = replace(statement, resolution=Resolution(
                        "named", NAMED_ELSEWHERE_CONFIDENCE))
            if _is_guess(statement) or speaker is None:
                key = (_described_by(statement, analysis.article.text), statement.span.article,
                       statement.resolution.method == "unnamed")
                if key not in holders:
                    holders[key] = _story_holder(key[0], article=key[1], unnamed=key[2], titled=titled)
                holder = holders[key]
                if holder is not None:
                    replaced = speaker if _is_guess(statement) else None
                    statement = replace(statement, resolution=Resolution(
                        "description", STORY_ROLE_CONFIDENCE))
                    speaker = holder.id
                elif _is_guess(statement) and _holds_another_office(key[0], by_id.get(speaker)):
                    # "the president" guessed to be the vice president just speaking: the
                    # story names what that person is, and it is not this
                    statement = replace(statement, resolution=Resolution("unresolved", 0.0))
                    speaker = None
            if speaker is None and statement.speaker_words is not None:
                issuer = issued.get(_document_noun(statement.speaker_words.text) or "")
                if issuer is not None:
                    # "according to a fresh study": the text another article says who issued
                    statement = replace(statement, resolution=Resolution(
                        "description", STORY_ROLE_CONFIDENCE))
                    speaker = issuer
            # a "he" the article gave its own guess for the description before it
            guessed_alike = last_person is not None and speaker is not None and (
                speaker == last_person[2] and statement.resolution.method == "pronoun")
            if (speaker is None or guessed_alike) and last_person is not None and _follows_up(
                    statement, last_person[0]):
                # "The president said ... He added ...": the article named no one, the
                # story did, and "he" goes on with the speaker just bound
                statement = replace(statement, resolution=Resolution(
                    "pronoun", FOLLOW_UP_CONFIDENCE))
                speaker = last_person[1]
                replaced = last_person[2]
            if speaker is not None and kinds.get(speaker) == "person":
                # only a person the story-wide pass found: where the article named the
                # speaker itself, its own resolver has already judged the pronoun
                story_bound = statement.resolution.confidence in (STORY_ROLE_CONFIDENCE,
                                                                  FOLLOW_UP_CONFIDENCE)
                last_person = (statement.span.end, speaker, replaced) if story_bound else None
            # whom an unnamed source speaks for, while it stays unnamed
            affiliation = actor_of_mention.get(statement.affiliation_mention) if speaker is None else None
            bound.append(replace(statement, speaker=speaker, affiliation=affiliation,
                                 co_speakers=_co_speakers(statement, speaker, actor_of_mention)))
    order = {statement.id: n for n, statement in enumerate(
        s for analysis in analyses for s in analysis.statements)}
    return sorted(bound, key=lambda s: order[s.id])


def _document_issuers(analyses: list[ArticleAnalysis],
                      actor_of_mention: dict[str, str]) -> dict[str, str]:
    """A document's noun -> the one actor the run says issued a text of that kind ("a
    report published by the agency" in one article); a noun two issuers share names no one."""
    issuers: dict[str, set[str]] = {}
    for analysis in analyses:
        for statement in analysis.statements:
            actor = actor_of_mention.get(statement.speaker_mention)
            noun = _document_noun(statement.speaker_words.text) if (
                statement.speaker_words is not None and actor is not None) else None
            if noun is not None:
                issuers.setdefault(noun, set()).add(actor)
    return {noun: next(iter(ids)) for noun, ids in issuers.items() if len(ids) == 1}


def _document_noun(words: str) -> str | None:
    """The noun of a single document a speaker phrase names without naming its issuer
    ("a new federal report" -> report); None for a plural ("media reports": many texts of
    many), a name ("a Norbank report") and any other noun."""
    description = describe(words)
    if description is None or description.plural or (
            description.head not in load_lexicon().documents):
        return None
    return description.head


def _names(actors: list[Actor]) -> dict[str, str]:
    """Folded spellings of people and organisations that name one actor only; an
    organisation's may be common nouns ("the coast guard" that the story names acting)."""
    owners: dict[str, set[str]] = {}
    for actor in actors:
        if actor.kind in ("person", "organisation"):
            for alias in actor.aliases:
                if actor.kind == "organisation" or any(c.isupper() for c in alias):
                    owners.setdefault(fold(alias), set()).add(actor.id)
    return {name: next(iter(ids)) for name, ids in owners.items() if len(ids) == 1 and name}


def _follows_up(statement: Statement, previous_end: int) -> bool:
    """An unresolved "he"/"she" close after the previous person's statement."""
    words = (statement.speaker_words.text if statement.speaker_words else "").lower()
    return words in PERSON_PRONOUNS and 0 <= statement.span.start - previous_end <= FOLLOW_UP_CHARS


def _is_guess(statement: Statement) -> bool:
    """A description given to the article's last speaker for want of a role holder."""
    return (statement.resolution.method == "description"
            and statement.resolution.confidence <= DESCRIPTION_FALLBACK_CONFIDENCE)


def _holds_another_office(words: str | None, actor: Actor | None) -> bool:
    """Does the story give ``actor`` the office a description names, only in another rank
    or tense ("the president" for a person the story calls vice president)?"""
    description = describe(words) if words else None
    if description is None or actor is None:
        return False
    return any(description.head in _form_words(role)[1] for role in actor.roles) and all(
        _fit(description, role) == 0 for role in actor.roles)


def describe(text: str) -> Description | None:
    """The description a speaker phrase makes, or None for pronouns and names."""
    phrase = _AFTER_HEAD.sub("", text.strip())
    tokens = _words_without_possessives(phrase)
    if not tokens or tokens[-1] in SPEAKER_PRONOUNS:
        return None
    capitalised = [w for w in _phrase_words(phrase) if w[:1].isupper()]
    if phrase[:1].isupper() and capitalised:
        capitalised = capitalised[1:]  # the sentence's first word
    # "the Texas Republican" describes a party member: a capitalised role noun at the end
    member = bool(capitalised) and capitalised[-1].lower() == tokens[-1] and is_role_noun(tokens[-1])
    if not member and any(
            country_of(word) is None and word.lower() not in _DETERMINERS for word in capitalised):
        return None  # a proper name is in it: naming, not describing
    head = tokens[-1]
    words = [_singular(w) for w in tokens if w not in _DETERMINERS]
    country = next(filter(None, map(country_of, _phrase_words(phrase))), None)
    return Description(
        head=_singular(head),
        words=frozenset(words) - TENSE_WORDS,
        indefinite=tokens[0] in _INDEFINITE,
        plural=_singular(head) != head,
        country=country,
        tense=frozenset(tokens) & TENSE_WORDS,
        places=frozenset(w.lower() for w in capitalised[:-1]) if member else frozenset(),
    )


def _phrase_words(text: str) -> list[str]:
    """Words as written, dots kept ("U.S."), possessives and punctuation off."""
    return [without_possessive(w.strip(",;:()\"“”")) for w in text.split()]


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _described_by(statement: Statement, text: str) -> str | None:
    """The speaker's words; for "who" the noun phrase before it ("a warden who ruled")."""
    if statement.speaker_words is None:
        return None
    words = statement.speaker_words.text.lower()
    if words in PERSON_PRONOUNS and statement.resolution.method == "unresolved":
        return _person_phrase_before(text, statement.speaker_words.start)
    parts = words.split()
    if len(parts) > 1 and parts[-1] in _RELATIVE:
        # "a warden who": the article named the noun with its pronoun; the noun describes
        return statement.speaker_words.text[: words.rfind(parts[-1])].rstrip(" ,")
    if words not in _RELATIVE:
        return statement.speaker_words.text
    start = statement.speaker_words.start
    before = text[max(0, start - ANTECEDENT_CHARS) : start]
    tokens = before.rstrip(" ,").split()[-MAX_ANTECEDENT_WORDS:]
    starts = [n for n, token in enumerate(tokens) if token.lower() in ("a", "an", "the")]
    return " ".join(tokens[starts[-1] if starts else -1 :]) or None


def _person_phrase_before(text: str, start: int) -> str | None:
    """The last person noun phrase ("a federal judge") before ``start`` in its paragraph."""
    paragraph_start = text.rfind("\n", 0, start) + 1
    words = list(re.finditer(r"[\w’'.-]+", text[paragraph_start:start]))
    for end in range(len(words) - 1, 0, -1):
        if not is_role_noun(words[end].group().strip(".")):
            continue
        for first in range(end - 1, max(-1, end - MAX_PHRASE_WORDS), -1):
            if words[first].group().lower() in _ARTICLES:
                return text[paragraph_start + words[first].start() : paragraph_start + words[end].end()]
    return None


def _titled(actors: list[Actor]) -> dict[str, list[tuple[Actor, list[str]]]]:
    """Person and organisation -> its actors, in run order, each with what a description
    may fit (a person's roles; an organisation's roles and names), those with any: a story's
    descriptions are weighed against these only, not every actor each time."""
    titled: dict[str, list[tuple[Actor, list[str]]]] = {"person": [], "organisation": []}
    for actor in actors:
        if actor.kind in titled:
            forms = actor.roles + (actor.aliases if actor.kind == "organisation" else [])
            if forms:
                titled[actor.kind].append((actor, forms))
    return titled


def _story_holder(words: str | None, *, article: str, unnamed: bool,
                  titled: dict[str, list[tuple[Actor, list[str]]]]) -> Actor | None:
    """The one actor of the run a speaker description names by its role (``titled``: the
    run's actors by ``_titled``); ``unnamed`` when the article read the words as an
    unnamed source."""
    if not words:
        return None
    description = describe(words)
    if description is None:
        return None
    if description.head in load_lexicon().source_nouns and (
            description.indefinite or unnamed and not description.plural):
        # "an official said": an anonymous source, whoever else is an official; and "A
        # ministry spokesman said ... the spokesman added": a definite source noun the
        # article found to be the anonymous source it introduced, so another article's named
        # holder of that role is someone else
        return None
    organisational = is_organisation_noun(description.head)
    if not organisational and len(description.words) < FULL_FIT_WORDS and not (
            is_role_noun(description.head) or title_length([description.head])):
        return None  # "the first drug": a thing, whoever's role has the word in it
    scored: list[tuple[int, bool, Actor]] = []
    for actor, forms in titled["organisation" if organisational else "person"]:
        score = max(_fit(description, form) for form in forms)
        if score and _same_country(description, actor):
            here = any(alias.article == article for alias in actor.seen)
            scored.append((score, here, actor))
    if not scored:
        return None
    best = max((score, here) for score, here, _ in scored)
    holders = [actor for score, here, actor in scored if (score, here) == best]
    return holders[0] if len(holders) == 1 else None


def _fit(description: Description, form: str) -> int:
    """How well a role or name fits a description: 0 when it does not; else the number of
    the description's words it holds."""
    tense, words = _form_words(form)
    if (description.tense != tense or not description.words & rank_words() <= words
            or not words & LOWER_RANKS <= description.words):
        return 0  # "the deputy minister" is neither the former minister nor the minister,
        # and "the minister" not the deputy
    content = description.words
    if description.head in words and not description.plural or (
            len(content) >= FULL_FIT_WORDS and content <= words):
        return len(content & words)
    if description.places and description.places <= words:
        return len(description.places)  # "Ohio Sen. X" for "the Ohio Republican"
    return 0


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _form_words(form: str) -> tuple[frozenset[str], frozenset[str]]:
    """A role's or name's tense words and its words singular, titles spelled out: read once
    per form, as every description of the run is fitted to every actor's forms."""
    tokens = _words_without_possessives(form)
    expand = title_words()
    return frozenset(tokens) & TENSE_WORDS, frozenset(_singular(expand.get(w, w)) for w in tokens)


def _same_country(description: Description, actor: Actor) -> bool:
    if description.country is None:
        return True
    countries = {actor.country} | {country_of(w) for role in actor.roles
                                   for w in _phrase_words(role)}
    countries.discard(None)
    return not countries or description.country in countries


def _words_without_possessives(text: str) -> list[str]:
    """The text's words in lower case, with no possessive "'s" ("Hart’s aide" -> hart, aide)."""
    return [w.lower() for w in WORD_CHARS.findall(straight_apostrophes(text).replace("'s", ""))]
