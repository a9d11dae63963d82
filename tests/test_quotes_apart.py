"""Two whole quotes with no word in common are two lines (``quotes_apart``); a negator
both use names nothing, in whatever form each writes it."""

from __future__ import annotations

from crosswire.compare.claim_terms import span_terms
from crosswire.compare.claim_apart import quotes_apart
from crosswire.compare.claim_units import Unit
from crosswire.models import Resolution, Statement, TextSpan


def _quote(unit_id: str, text: str) -> Unit:
    """A whole quote of one speaker, as its own article's only words."""
    said = Statement(unit_id, TextSpan(text, 0, len(text), unit_id), "direct", None, None,
                     Resolution("named", 1.0), speaker="m")
    return Unit(id=unit_id, article=unit_id, start=0, end=len(text), text=text, keys=frozenset({"actor:m"}),
                terms=frozenset(span_terms(text, 0, len(text), actor_spans=[])), order=(0, 0), statement=said)


def test_quotes_sharing_only_a_negator_written_two_ways_are_apart():
    offer = _quote("a", "I refused every offer from the mainland buyers")
    assert quotes_apart(offer, _quote("b", "The club refuses to sell its young keeper cheaply"))
    assert not quotes_apart(offer, _quote("c", "Every offer from the mainland was far too low"))
