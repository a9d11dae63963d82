"""PLOVER event coding of one article's sentences, run with the other per-article analysis."""
