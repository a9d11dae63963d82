"""An actor one outlet describes with a loaded word ("the strongman", "climate czar")
where another gives it a plain role ("president") or names it with none ("the extremist
group Vorn" / "Vorn"), for the framing (``framing.py``); the loaded words are
``data/loaded_modifiers.jsonl``'s."""

from __future__ import annotations

import re
from collections import defaultdict

from crosswire.compare.loaded_words import is_loaded
from crosswire.knowledge.names import title_length
from crosswire.knowledge.text import stop_words
from crosswire.models import Actor, Article, Mention, NounPhrase, Statement, TextSpan
from crosswire.nlp.noun_phrases import MODIFIER_WORD

# How far from a mention its role (title or apposition) may be written.
ROLE_WINDOW = 200
# A description in lowercase words right before a name, after an article: how an outlet
# introduces an actor the parse gives no role ("the extremist group Vorn", "the embattled
# harbour board Halden Ports"), and how far back it is looked for.
DESCRIBED_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an)\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s+$")
DESCRIPTION_REACH = 60
# A speaker told by a description: an article and lowercase words, a capitalised body's
# name among them ("The Harbour Board's combative chair").
SPEAKER_DESCRIPTION = re.compile(r"(?:the|a|an)\s+((?:[\w’'-]+\s+){0,5}[a-z][\w-]*)", re.IGNORECASE)


def epithets(articles: list[Article], actors: list[Actor], mentions: list[Mention],
             outlet_of: dict[str, str], *, statements: list[Statement] | tuple[()] = (),
             noun_phrases: list[NounPhrase] | tuple[()] = ()
             ) -> dict[str, dict[tuple[str, str], list[TextSpan]]]:
    """outlet -> (actor name, role) -> evidence, for an actor one outlet describes with a
    loaded word ("the strongman", "climate czar") where another gives it a plain role or
    none. The descriptions are its mentions' roles, loaded words written right before its
    name (after an article, or among the modifiers of the noun phrase it ends:
    ``noun_phrases``), and the words a statement bound to it is told by where they
    describe rather than name it ("the feared security chief said": ``statements``)."""
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
    by_id = {actor.id: actor for actor in actors}
    for statement in statements:
        words = statement.speaker_words
        actor = by_id.get(statement.speaker or "")
        described = _description(words) if words is not None and words.article in texts else None
        if actor is not None and described is not None:
            names[actor.id] = actor.name
            roles[actor.id].append((outlet_of[described.article], described, True))
    # the noun phrase a name ends, whose modifiers the parse put before it
    phrase_ending = {(p.span.article, p.span.end): p for p in noun_phrases}
    bare: dict[str, dict[str, TextSpan]] = defaultdict(dict)  # actor -> outlet -> first name
    for actor in actors:
        for seen in sorted(actor.seen, key=lambda s: (s.article, s.start)):
            if seen.article not in texts:
                continue
            bare[actor.id].setdefault(outlet_of[seen.article], seen)
            described = _described_before(texts[seen.article], seen) or _described_in_phrase(
                texts[seen.article], seen, phrase_ending.get((seen.article, seen.end)))
            if described is not None:
                names[actor.id] = actor.name
                roles[actor.id].append((outlet_of[seen.article], described, True))
    uses: dict[str, dict[tuple[str, str], list[TextSpan]]] = defaultdict(lambda: defaultdict(list))
    for actor_id, found in roles.items():
        loaded_by = {outlet for outlet, _, loaded in found if loaded}
        plain_by = {outlet for outlet, _, loaded in found if not loaded}
        # an outlet naming the actor with no role at all keeps to plain words too
        named_only = {outlet: name for outlet, name in bare[actor_id].items()
                      if outlet not in loaded_by | plain_by}
        if not loaded_by or not (plain_by | set(named_only)) - loaded_by:
            continue  # no loaded word, or no outlet keeps to plain words
        for outlet, evidence, _ in found:
            if evidence not in uses[outlet][(names[actor_id], evidence.text)]:
                uses[outlet][(names[actor_id], evidence.text)].append(evidence)
        for outlet, name in named_only.items():
            uses[outlet][(names[actor_id], name.text)].append(name)
    return uses


def _description(words: TextSpan) -> TextSpan | None:
    """A speaker's words that describe in lowercase words holding a loaded one, after an
    article ("The feared security chief"), without the article; None for a name or a
    plain description."""
    found = SPEAKER_DESCRIPTION.fullmatch(words.text)
    if found is None or not any(is_loaded(w) for w in MODIFIER_WORD.findall(found.group(1))):
        return None
    start = words.start + found.start(1)
    return TextSpan(found.group(1), start, start + len(found.group(1)), words.article)


def _described_before(text: str, seen: TextSpan) -> TextSpan | None:
    """A loaded description written right before the name (``DESCRIBED_BEFORE``), where
    it is: "the extremist group" of "the extremist group Vorn"."""
    found = DESCRIBED_BEFORE.search(text, max(0, seen.start - DESCRIPTION_REACH), seen.start)
    words = found.group(1).split() if found else []
    # a function word breaks the description off the name: "a sharp break with the
    # Ostrian government" describes the break, not the government
    if not any(is_loaded(w) for w in words) or any(w in stop_words() for w in words):
        return None
    return TextSpan(found.group(1), found.start(1), found.end(1), seen.article)


def _described_in_phrase(text: str, seen: TextSpan, phrase: NounPhrase | None) -> TextSpan | None:
    """A loaded word among the modifiers the parse put before the name in its noun phrase,
    with no article needed or a title between: news style writes "embattled Governor Ilse
    Varn" and "disgraced banker Ivo Dal" bare. The description runs from the loaded word to
    the name ("embattled Governor"). The parse tells a modifier from a verb before the
    name, which the words alone do not ("Dal accused Varn", "annexed Halden"). A phrase
    the parse ran over a line break joins a subheading to the paragraph under it
    ("Extreme delays" above "Governor Varn said"): only its words on the name's line count."""
    if phrase is None or not phrase.span.start < seen.start:
        return None
    line_start = max(phrase.span.start, text.rfind("\n", phrase.span.start, seen.start) + 1)
    before = text[line_start:seen.start]
    matches = list(MODIFIER_WORD.finditer(before))
    words = [m.group() for m in matches]
    first = next((m for i, m in enumerate(matches)
                  if is_loaded(m.group()) and not _in_a_name(m.group(), words[i + 1:])), None)
    if first is None:
        return None
    start, end = line_start + first.start(), line_start + len(before.rstrip())
    return TextSpan(text[start:end], start, end, seen.article)


def _in_a_name(word: str, following: list[str]) -> bool:
    """A capitalised word followed by a capitalised word that is no title is a word of a
    name ("Radical Party leader Ilse Varn"), which no outlet chose to load; before a title
    it may open a sentence ("Embattled Governor Ilse Varn")."""
    return word[:1].isupper() and bool(following) and following[0][:1].isupper() \
        and not title_length(following)


def _role_evidence(text: str, mention: Mention) -> TextSpan | None:
    """Where the mention's role is written: its occurrence nearest the mention."""
    low, high = max(0, mention.span.start - ROLE_WINDOW), min(len(text), mention.span.end + ROLE_WINDOW)
    # its occurrences one after another, as a regex of the literal role finds them
    # (thousands of roles: compiling each cost more than the search)
    found = []
    at = text.find(mention.role, low, high)
    while at >= 0:
        found.append(at - low)
        at = text.find(mention.role, at + len(mention.role), high)
    if not found:
        return None
    start = low + min(found, key=lambda at: abs(low + at - mention.span.start))
    return TextSpan(mention.role, start, start + len(mention.role), mention.span.article)
