"""Actors: mentions merged into one identity per person, organisation and place."""

from crosswire.actors.merge import merge_actors, merge_mentions

__all__ = ["merge_actors", "merge_mentions"]
