"""Actors: mentions merged into one identity per person, organisation and place, and the
statements' speakers bound to them."""

from crosswire.actors.merge import merge_actors, merge_mentions
from crosswire.actors.speakers import resolve_speakers

__all__ = ["merge_actors", "merge_mentions", "resolve_speakers"]
