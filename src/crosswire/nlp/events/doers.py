"""Whether a verb's doer can act at all: a rate, a drought or unemployment "drops",
"rises" or "declines", but rejects, concedes or attacks no one, so such a subject tells a
change of a quantity or a state, not an event."""

from __future__ import annotations

from crosswire.nlp.events.parse import Trigger
from crosswire.nlp.inanimate import names_no_one


def inanimate_doer(trigger: Trigger, by_anchor: dict[int, Trigger]) -> bool:
    """Whether a verb cue used without an object has an active subject that names no one
    who could act (the nouns that never speak: WordNet's attributes, states, substances,
    ...), read at the last noun of its run ("the jobless rate"), as the parse may hang that
    run on its first word. A verb with an object acts on something, so a subject that
    cannot act there is more likely a misparse than a quantity's change; and an event noun
    as the subject ("a truce took hold") tells how that event went, which its cue decides."""
    if trigger.cue.pos != "VERB" or any(c.dep_ in ("dobj", "dative") for c in trigger.anchor.children):
        return False
    subject = next((c for c in trigger.anchor.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i in by_anchor:
        return False
    head = subject
    while head.i + 1 < len(head.doc) and head.doc[head.i + 1].pos_ == "NOUN" \
            and head.doc[head.i + 1].head.i == head.i:
        head = head.doc[head.i + 1]
    return names_no_one(head)
