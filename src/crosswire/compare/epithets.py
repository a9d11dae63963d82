"""An actor one outlet describes with a loaded word ("the strongman", "climate czar")
where another gives it a plain role ("president"), for the framing (``framing.py``); the
loaded words are ``data/loaded_modifiers.jsonl``'s."""

from __future__ import annotations

from collections import defaultdict

from crosswire.compare.loaded_words import is_loaded
from crosswire.models import Actor, Article, Mention, TextSpan
from crosswire.nlp.noun_phrases import MODIFIER_WORD

# How far from a mention its role (title or apposition) may be written.
ROLE_WINDOW = 200


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
