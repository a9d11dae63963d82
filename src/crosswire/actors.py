"""Actors: mentions merged into one identity per person, organisation and place."""

from __future__ import annotations

from crosswire.models import Actor, ArticleAnalysis


def merge_actors(analyses: list[ArticleAnalysis]) -> tuple[list[Actor], dict[str, str]]:
    """STUB (actors helper replaces): one actor per distinct mention text.

    Returns the actors and a map from mention id to actor id.
    """
    actors: dict[str, Actor] = {}
    actor_of_mention: dict[str, str] = {}
    for analysis in analyses:
        for mention in analysis.mentions:
            key = mention.text
            if key not in actors:
                actors[key] = Actor(id=f"a{len(actors)}", name=key, kind=mention.kind, aliases=[key], roles=[])
            actor_of_mention[mention.id] = actors[key].id
    return list(actors.values()), actor_of_mention
