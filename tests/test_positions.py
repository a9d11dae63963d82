"""Issues and stances on hand-made statements."""

from __future__ import annotations

import pytest

from crosswire.compare.positions import (
    find_issues,
    find_positions,
    positions_by_country,
)
from crosswire.compare.stance import find_conditions, statement_stance
from crosswire.models import (
    Actor,
    Article,
    DateEstimate,
    MergedAnalysis,
    Resolution,
    Statement,
)
from text_spans import found_in, words_in

UNDATED = DateEstimate(None, "unknown", "", 0.0)
NEGOTIATIONS = ["negotiations", "talks", "negotiate"]


@pytest.mark.parametrize("text, stance", [
    ("We are ready for negotiations at any moment", "for"),
    ("We reject any talks with the junta", "against"),
    ("There will be no negotiations while the shelling continues", "against"),
    ("We are not ready to negotiate", "against"),
    ("We would negotiate only if the troops first left our territory", "conditional"),
    ("Talks took place in a hotel by the lake", "unclear"),
])
def test_statement_stance(text, stance):
    assert statement_stance(text, terms=NEGOTIATIONS)[0] == stance


def test_conditions_run_to_the_end_of_their_clause():
    text = "Kovač said he would sign as long as the parliament stayed in session; others disagreed."
    [(marker, start, end)] = find_conditions(text)
    assert marker == "as long as"
    assert text[start:end] == "as long as the parliament stayed in session"
    assert find_conditions("She asked if the vote was final.") == []


def _merged():
    text_a = 'Minister Ruz said "we will only negotiate if the blockade is lifted". Ruz also praised the harvest.'
    text_b = "Ambassador Lind said her country rejects any talks with the rebels."
    a = Article("a", "a.txt", "One", None, UNDATED, "en", text_a)
    b = Article("b", "b.txt", "Two", None, UNDATED, "en", text_b)

    def st(id_, art, quote, speaker):
        return Statement(id_, words_in(art.text, quote, art.id), "direct",
                         found_in(art.text, "said", art.id), None, Resolution("named", 1.0),
                         speaker=speaker)

    statements = [st("s1", a, "we will only negotiate if the blockade is lifted", "ruz"),
                  st("s2", b, "her country rejects any talks with the rebels", "lind")]
    actors = [Actor("ruz", "Ruz", "person", ["Ruz"], [], country="AAA"),
              Actor("lind", "Lind", "person", ["Lind"], [], country="BBB")]
    return MergedAnalysis(articles=[a, b], actors=actors, statements=statements)


def test_positions_per_actor_and_issue_with_conditions():
    merged = _merged()
    issues = find_issues(merged)
    negotiations = next(i for i in issues if i.id == "negotiations")
    assert negotiations.seed and negotiations.statements == ["s1", "s2"]
    positions = {(p.actor, p.issue): p for p in find_positions(merged, issues=issues)}
    ruz = positions[("ruz", "negotiations")]
    assert ruz.stance == "conditional" and ruz.country == "AAA"
    [condition] = ruz.conditions
    article = merged.articles[0]
    assert article.text[condition.span.start:condition.span.end] == condition.span.text == "if the blockade is lifted"
    assert positions[("lind", "negotiations")].stance == "against"
    table = positions_by_country(list(positions.values()))
    assert table["BBB"]["negotiations"]["against"] == 1


def test_discovered_issue_needs_two_articles():
    texts = {"a": "Mayor Vos said the fishing quotas must be renewed.",
             "b": "Minister Ek said the fishing quota had collapsed.",
             "c": "Minister Ek said the fishing quota was dead."}
    articles = [Article(k, f"{k}.txt", k.upper(), None, UNDATED, "en", v) for k, v in texts.items()]

    def st(id_, art, quote):
        return Statement(id_, words_in(art.text, quote, art.id), "indirect",
                         found_in(art.text, "said", art.id), None, Resolution("named", 1.0),
                         speaker=id_)

    statements = [st("s1", articles[0], "the fishing quotas must be renewed"),
                  st("s2", articles[1], "the fishing quota had collapsed"),
                  st("s3", articles[2], "the fishing quota was dead")]
    issues = find_issues(MergedAnalysis(articles=articles, actors=[], statements=statements))
    discovered = [i for i in issues if not i.seed]
    assert [(i.label, i.statements) for i in discovered] == [("fishing quota", ["s1", "s2", "s3"])]
    assert statement_stance("the fishing quotas must be renewed", terms=["fishing quota"])[0] == "for"


def test_embedded_questions_are_not_conditions():
    assert find_conditions("Only she gets to determine if and when talks start.") == []


def test_country_read_from_roles_when_the_actor_has_none():
    from crosswire.knowledge.role_country import actor_country

    def person(*roles):
        return Actor("p", "P", "person", [], list(roles))

    assert actor_country(person("Ukraine’s foreign minister", "adviser")) == "Ukraine"
    assert actor_country(person("professor of Russian history at a university in Britain")) == "United Kingdom"
    assert actor_country(person("Kremlin spokesman", "US Army General")) is None  # roles disagree
    assert actor_country(Actor("q", "Q", "person", [], ["Russian President"], country="X")) == "X"


@pytest.mark.parametrize("text, cue, stance", [
    # the cue carries the stance when the statement is only its object
    ("talks with the junta by decree", "rejected", "against"),
    ("talks with the coastal provinces", "called", "for"),
    ("a short truce with Valdoria", "ruled", "against"),
    # rejection nouns and verbs, negated markers, negators that turn the next marker
    ("Their refusal of any talks was final", None, "against"),
    ("He refused to rule out talks with the rebels", None, "for"),
    ("Negotiations are off the table for now", None, "against"),
    ("Talks are not on the agenda this winter", None, "against"),
    ("We remain ready for talks", None, "for"),
])
def test_stance_markers_cues_and_negation(text, cue, stance):
    assert statement_stance(text, terms=NEGOTIATIONS + ["truce"], cue=cue)[0] == stance


def test_another_countrys_wish_is_not_the_speakers_stance():
    text = 'that Peru was seeking a chance to agree to a "brief truce"'
    assert statement_stance(text, terms=["truce"], speaker_country="Norway")[0] == "unclear"
    # the speaker's own country is the speaker's side
    text = "that Norway was ready to agree to a truce"
    assert statement_stance(text, terms=["truce"], speaker_country="Norway")[0] == "for"
    # a country as object is no subject: the speaker rejects talks with it
    text = "We reject talks with Russia"
    assert statement_stance(text, terms=NEGOTIATIONS, speaker_country="Norway")[0] == "against"


def test_distrust_of_another_sides_motive_is_opposition():
    text = "that Russia wanted a truce only to regroup its battered units"
    assert statement_stance(text, terms=["truce"], speaker_country="Norway")[0] == "against"
    text = "Their offer of talks is a ploy to buy time"
    assert statement_stance(text, terms=NEGOTIATIONS)[0] == "against"


def test_words_the_speaker_quotes_from_others_are_not_the_speakers():
    text = "\"It is odd to hear advice like: 'you must negotiate now,' from people far away\""
    assert statement_stance(text, terms=NEGOTIATIONS)[0] == "unclear"


def test_negated_requirement_is_a_condition():
    text = "there can be no settlement that does not return the northern valleys to us"
    stance, [(marker, start, end)] = statement_stance(text, terms=["settlement"])
    assert stance == "conditional" and marker == "that does not"
    assert text[start:end] == "that does not return the northern valleys to us"
    stance, [(marker, start, end)] = statement_stance(
        "for such talks, what is needed first is a halt to the shelling", terms=NEGOTIATIONS)
    assert stance == "conditional" and marker == "what is needed"
    assert find_conditions("He said it without specifying a date.") == []


def test_condition_ends_where_its_quotation_closes():
    text = '"no deal that does not include the islands," including the two reefs, the envoy said'
    [(_, start, end)] = find_conditions(text)
    assert text[start:end] == "that does not include the islands"


def test_against_as_a_preposition_takes_no_side():
    assert statement_stance("the war against the rebels made talks harder", terms=NEGOTIATIONS)[0] == "unclear"
    assert statement_stance("the party is against any talks with the rebels", terms=NEGOTIATIONS)[0] == "against"


def test_scare_quoted_issue_after_a_label_is_distrust():
    text = "\"They run a publicity stunt they call 'peace talks' to win time\""
    assert statement_stance(text, terms=NEGOTIATIONS)[0] == "against"
    text = "that the regime staged so-called \"peace talks\" with hand-picked critics"
    assert statement_stance(text, terms=NEGOTIATIONS)[0] == "against"
    text = 'that the "wage talks" with the unions would resume on Monday'
    assert statement_stance(text, terms=NEGOTIATIONS)[0] == "unclear"
