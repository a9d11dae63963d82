"""Lookups made fast for the brief bench give what the plain scans they replaced give."""

from __future__ import annotations

import random

from crosswire.compare.quoted_runs import _covered, _inside_last, quote_regions


def test_a_word_starts_in_a_name_exactly_when_a_scan_of_every_name_span_says_so():
    rng = random.Random(13)
    for _ in range(300):
        spans = [(start, start + rng.randint(0, 12), f"actor{n}")
                 for n, start in enumerate(rng.choices(range(100), k=rng.randint(0, 9)))]
        stretches = _covered(spans)
        starts = [start for start, _ in stretches]
        for position in range(-2, 116):
            assert _inside_last(stretches, starts, position, position + 1) == any(
                start <= position < end for start, end, _ in spans)


def test_a_stretch_is_quoted_exactly_when_a_scan_of_every_quote_region_says_so():
    text = ('Ms Orla Venn said "we will talk" and, later, "not today, maybe \'soon\'" '
            "before a “fine” and an unclosed \" here")
    regions = quote_regions(text)
    assert len(regions) >= 3
    starts = [start for start, _ in regions]
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            assert _inside_last(regions, starts, start, end) == any(
                q_start <= start and end <= q_end for q_start, q_end in regions)


def test_the_shared_view_of_a_doc_is_its_own_text_and_tokens_whichever_doc_asked_last(nlp):
    from crosswire.nlp.doc_view import text_of, tokens_of

    first = nlp.make_doc("Mara Lind spoke in Velsk.\n\nShe left early on Monday.")
    second = nlp.make_doc("The council met  twice; nobody\tsaid why.")
    for doc in (first, second, first, first, second):
        assert text_of(doc) == doc.text
        assert [(t.i, t.text, t.idx) for t in tokens_of(doc)] == [(t.i, t.text, t.idx) for t in doc]


def test_cached_event_keys_are_the_lemma_and_lowercase_form_of_each_token(nlp):
    from crosswire.nlp.events.parse import token_keys

    doc = nlp("Talks were held; the Ministers HELD talks, and hold them again. Held!")
    for token in [*doc, *doc]:
        keys = (token.lemma_.lower(), token.lower_)
        assert token_keys(token) == (keys if keys[0] != keys[1] else keys[:1])


def _complement_triggers_by_subtree(trigger, by_anchor):
    """The plain scan: every token of the anchor's subtree that is a cue."""
    from crosswire.nlp.events.parse import clause_cost
    from crosswire.nlp.events.reading import COMPLEMENT_DEPS

    found = []
    for token in trigger.anchor.subtree:
        if token.i == trigger.anchor.i or token.i not in by_anchor:
            continue
        path, head = [], token
        while head.i != trigger.anchor.i and head.head.i != head.i:
            path.append(head.dep_)
            head = head.head
        if head.i == trigger.anchor.i and path and path[-1] in COMPLEMENT_DEPS and "relcl" not in path:
            found.append(by_anchor[token.i])
    return sorted(found, key=lambda t: clause_cost(t.anchor))


def test_complement_cues_found_among_the_cues_are_those_a_walk_of_the_subtree_finds(nlp):
    from crosswire.nlp.events.parse import find_triggers
    from crosswire.nlp.events.reading import _complement_triggers

    doc = nlp("The rebels vowed to attack the town and threatened to block the road. "
              "Officials urged talks, pledged aid and promised to withdraw troops who had "
              "attacked protesters. The minister refused to negotiate after police arrested "
              "two men, and said the army would retaliate.")
    compared = 0
    for sent in doc.sents:
        triggers = find_triggers(sent)
        by_anchor = {t.anchor.i: t for t in triggers}
        for trigger in triggers:
            found = _complement_triggers(trigger, by_anchor)
            assert found == _complement_triggers_by_subtree(trigger, by_anchor)
            compared += len(found)
    assert compared >= 3


def test_noun_phrases_left_out_are_exactly_those_starting_inside_a_long_quotation(nlp):
    from crosswire.nlp.noun_phrases import find_noun_phrases, long_quotations

    text = ('The harbour board said "the old grey ferry will not sail this week" on Monday. '
            'A local fisherman called it "a quite unfortunate and costly decision" while '
            'the coastal authority blamed "weather" and rising fuel costs.')
    doc = nlp(text)
    quoted = long_quotations(text)
    assert len(quoted) == 2
    kept = {phrase.span.start for phrase in find_noun_phrases(doc, article="a")}
    assert kept
    for chunk in doc.noun_chunks:
        inside = any(start <= chunk.start_char < end for start, end in quoted)
        assert not (inside and any(chunk.start_char <= s < chunk.end_char for s in kept))
    assert any(start > quoted[0][1] for start in kept)
