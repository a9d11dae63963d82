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


def test_a_docs_view_and_memo_outlive_a_few_other_docs_asking_in_between(nlp):
    # the events component reads recased copies of a headline's lines and the article's
    # Doc in turn: the article's view (and what its memo holds) must not be made again
    from crosswire.nlp.doc_view import RECENT_VIEWS, kept_per_doc, view_of

    article = nlp.make_doc("Harbour Board Approves Levy\nThe board met on Tuesday.")
    copies = [nlp.make_doc(f"Line number {n} read again.") for n in range(RECENT_VIEWS - 1)]
    view = view_of(article)
    made = []
    kept_per_doc(article, ("test", 1), lambda: made.append(1) or len(made))
    for copy in copies:
        view_of(copy)
    assert view_of(article) is view  # the oldest kept, asked about again: now the newest
    assert kept_per_doc(article, ("test", 1), lambda: made.append(1) or len(made)) == 1
    halfway = [nlp.make_doc(f"Middle line {n}.") for n in range(RECENT_VIEWS // 2)]
    for copy in halfway:
        view_of(copy)
    assert view_of(article) is view  # kept past the copies asked about before it
    later = [nlp.make_doc(f"Another line {n}.") for n in range(RECENT_VIEWS)]
    for copy in later:
        view_of(copy)
    assert view_of(article) is not view  # pushed out at last: views are not kept forever


def test_cached_event_keys_are_the_lemma_and_lowercase_form_of_each_token(nlp):
    from crosswire.nlp.events.parse import token_keys

    doc = nlp("Talks were held; the Ministers HELD talks, and hold them again. Held!")
    for token in [*doc, *doc]:
        keys = (token.lemma_.lower(), token.lower_)
        assert token_keys(token) == (keys if keys[0] != keys[1] else keys[:1])


def _complement_triggers_by_subtree(trigger, by_anchor):
    """The plain scan: every token of the anchor's subtree that is a cue."""
    from crosswire.nlp.events.main_clause import clause_cost
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


def _line_start_by_walk(token, within):
    """The plain scan: walk back to the token after the last one holding a line break."""
    doc, start = token.doc, token.i
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
        if token.i - start > within:
            return None
    return start


def test_a_line_starts_where_a_walk_back_to_the_last_line_break_says(nlp):
    from crosswire.nlp.layout import _line_start

    doc = nlp.make_doc("VELSK (Harbour Wire) -\nMara Lind said on Monday that the ferry\n\n"
                       "  would run. \t Later,\r\nthe council  agreed\n\nwith her and with many "
                       "others who had long said the same thing about the ferry.")
    for token in doc:
        for within in (0, 3, 15, 16):
            assert _line_start(token, within=within) == _line_start_by_walk(token, within)


def test_a_span_sliced_from_the_docs_text_is_its_text(nlp):
    from crosswire.nlp.doc_view import span_text

    doc = nlp.make_doc("Mara Lind's  office said:\n\"Fine.\"  Then\tnothing more.")
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            assert span_text(doc[start:end]) == doc[start:end].text


def _title_words() -> list[str]:
    """Words of the listed titles, with names and function words, to draw random runs from."""
    from crosswire.knowledge.names import titles

    return sorted({word.title() for key in titles() for word in key})[:120] + [
        "Mara", "Lind", "the", "of", "Gen.", "Sen.", "Vice-President"]


def test_a_title_is_found_only_where_one_can_end_on_its_last_word():
    from crosswire.knowledge.names import may_end_title, title_length

    words = _title_words()
    rng = random.Random(9)
    titled = 0
    for _ in range(3000):
        run = rng.choices(words, k=rng.randint(1, 4))
        if title_length(run) == len(run):
            titled += 1
            assert may_end_title(run[-1])
    assert titled > 100
    assert not may_end_title("Mara")


def test_a_title_before_the_name_is_the_longest_trailing_run_that_is_one_title():
    from crosswire.knowledge.names import title_length, title_length_before

    words = _title_words()
    rng = random.Random(11)
    titled = 0
    for _ in range(3000):
        run = rng.choices(words, k=rng.randint(1, 6))
        longest = next((size for size in range(len(run), 0, -1)
                        if title_length(run[-size:]) == size), 0)
        assert title_length_before(run) == longest
        titled += longest > 0
    assert titled > 100


def test_a_sentences_contexts_are_what_one_intersection_per_context_gives():
    from crosswire.nlp.events.modes import _context_signals, context_for

    signals = sorted({word for _, single, _ in _context_signals() for word in single})
    rng = random.Random(5)
    found = 0
    for _ in range(300):
        words = frozenset(rng.sample(signals, rng.randint(0, 6)) + ["harbour", "ferry"])
        text = " ".join(sorted(words))
        scored = []
        for context, single, phrases in _context_signals():
            hits = len(single & words) + sum(1 for w in phrases if w in text or w in words)
            if hits:
                scored.append((hits, context))
        expected = [context for _, context in sorted(scored, key=lambda pair: -pair[0])[:2]]
        assert context_for(words, text) == expected
        found += bool(expected)
    assert found > 200


def test_each_words_positions_are_where_a_scan_of_the_list_finds_it():
    from crosswire.compare.issue_words import word_positions

    rng = random.Random(24)
    for _ in range(200):
        words = rng.choices(["red", "line", "the", "ferry", "drew"], k=rng.randint(0, 30))
        at = word_positions(words)
        assert set(at) == set(words)
        for word, positions in at.items():
            assert positions == [n for n, other in enumerate(words) if other == word]


def test_an_idiom_is_counted_at_each_place_its_words_run_and_nowhere_else():
    from crosswire.compare.issue_words import _idiom_words, _idioms

    idiom = next(i for i in _idioms() if len(i) == 2)
    spoken = [["Ilsa", *idiom, "again"], ["Then", *idiom]]
    assert set(idiom) & _idiom_words(spoken)
    # one word of it also written outside the idiom: that word names a thing there
    assert idiom[-1] not in _idiom_words([*spoken, ["a", idiom[-1], "of", "boats"]])


def test_a_count_is_read_without_the_whole_reading_and_is_the_whole_readings_count():
    from crosswire.compare.claim_readings import counted_figures, quantities, readings

    texts = ["The Vell harbour board said the quay would reopen after the storm season.",
             "The board hired 340 new pilots, and at least 12 tugs were sold in 2019.",
             "Fourteen trapped dockers were freed; 30% of the cranes stood idle."]
    before = readings.cache_info()
    counts = [quantities(text) for text in texts]
    after = readings.cache_info()
    assert (after.hits, after.misses) == (before.hits, before.misses)
    assert counts[0] == {} and counts[1] and counts[2]
    assert counts == [counted_figures(readings(text)[1]) for text in texts]
