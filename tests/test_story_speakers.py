"""Speaker descriptions bound to the actor the story says holds the role (invented records)."""

from __future__ import annotations

from dataclasses import replace

from crosswire.actors import resolve_speakers
from crosswire.actors.speakers import describe
from crosswire.models import (
    Actor,
    Article,
    ArticleAnalysis,
    DateEstimate,
    Resolution,
    Statement,
    TextSpan,
)


def _analysis(article_id: str, speakers: list[tuple[str, str]], *, gap: int = 100
              ) -> ArticleAnalysis:
    """An article whose statements have the given (speaker words, resolution method), each
    ``gap`` characters after the one before."""
    article = Article(id=article_id, source_path=f"{article_id}.txt", outlet=None, title=None,
                      published=DateEstimate(None, "unknown", "", 0.0), language="en", text="")
    statements = [
        Statement(id=f"{article_id}:s{n}", span=TextSpan("x", n * gap, n * gap + 1, article_id),
                  kind="indirect", cue=TextSpan("said", 0, 4, article_id),
                  speaker_words=TextSpan(words, 0, len(words), article_id),
                  resolution=Resolution(method, 0.9 if method == "unnamed" else 0.0))
        for n, (words, method) in enumerate(speakers)
    ]
    return ArticleAnalysis(article=article, mentions=[], statements=statements)


def _actor(actor_id: str, name: str, *, roles: list[str], kind: str = "person",
           article: str = "b", country: str | None = None) -> Actor:
    return Actor(id=actor_id, name=name, kind=kind, aliases=[name], roles=roles,
                 seen=[TextSpan(name, 0, len(name), article)], country=country)


def _speakers(speakers: list[tuple[str, str]], actors: list[Actor]) -> list[str | None]:
    statements = resolve_speakers([_analysis("a", speakers)], actors=actors, actor_of_mention={})
    return [s.speaker for s in statements]


def test_a_description_binds_to_the_role_holder_another_article_names():
    actors = [_actor("a1", "Rosa Lind", roles=["District Judge"]),
              _actor("a2", "Paul Oster", roles=["mayor"])]
    assert _speakers([("A federal judge", "unnamed"), ("the mayor", "unresolved")],
                     actors) == ["a1", "a2"]


def test_anonymous_sources_and_groups_stay_unresolved():
    actors = [_actor("a1", "Ivo Marek", roles=["senior official"]),
              _actor("a2", "Nora Beck", roles=["judge"])]
    assert _speakers([("an official", "unnamed"), ("officials", "unnamed"),
                      ("judges", "unnamed")], actors) == [None, None, None]


def test_an_indefinite_spokesman_is_an_unnamed_source():
    actors = [_actor("a1", "Ivo Marek", roles=["Opposition health spokesman"]),
              _actor("a2", "Nora Beck", roles=["spokeswoman"])]
    assert _speakers([("A police spokesman", "unnamed"), ("a spokeswoman", "unnamed")],
                     actors) == [None, None]


def test_the_spokesman_the_article_found_to_be_its_unnamed_one_stays_unnamed():
    # "a harbour authority spokesman said ... the spokesman added": the article bound the
    # second to the first, an anonymous source; the named spokesman of another article
    # is someone else, while a description the article left unresolved still binds
    actors = [_actor("a1", "Ivo Marek", roles=["coast guard spokesman"])]
    assert _speakers([("a harbour authority spokesman", "unnamed"), ("the spokesman", "unnamed"),
                      ("the spokesman, who", "unnamed"), ("the spokesman", "unresolved")],
                     actors) == [None, None, None, "a1"]


def test_a_body_the_story_names_by_common_nouns_is_named_where_it_speaks():
    actors = [_actor("a1", "harbour watch", roles=[], kind="organisation"),
              _actor("a2", "Ivo Marek", roles=["harbour watch commander"])]
    assert _speakers([("The harbour watch", "unresolved"), ("the watch", "unresolved")],
                     actors) == ["a1", None]


def test_two_holders_of_the_role_leave_the_speaker_unresolved():
    actors = [_actor("a1", "Ivo Marek", roles=["minister"]),
              _actor("a2", "Nora Beck", roles=["minister"])]
    assert _speakers([("the minister", "unresolved")], actors) == [None]


def test_a_more_specific_role_decides_between_holders():
    actors = [_actor("a1", "Ivo Marek", roles=["defence minister"]),
              _actor("a2", "Nora Beck", roles=["foreign minister"])]
    assert _speakers([("the foreign minister", "unresolved")], actors) == ["a2"]


def test_a_former_office_is_not_the_current_one():
    actors = [_actor("a1", "Ivo Marek", roles=["former president"]),
              _actor("a2", "Nora Beck", roles=["president"])]
    assert _speakers([("the former president", "unresolved"),
                      ("the president", "unresolved")], actors) == ["a1", "a2"]


def test_nationality_and_kind_must_agree():
    actors = [_actor("a1", "Ivo Marek", roles=["president"], country="Slovakia"),
              _actor("a2", "Harbour Agency", roles=[], kind="organisation"),
              _actor("a3", "Lisbon", roles=[], kind="place")]
    assert _speakers([("the French president", "unresolved"),
                      ("the agency", "unresolved")], actors) == [None, "a2"]


def test_names_and_pronouns_are_not_descriptions():
    assert describe("he") is None and describe("who") is None
    assert describe("the Kremlin spokesman") is None
    described = describe("the nation's top wildlife disease expert")
    assert described is not None and described.head == "expert" and not described.indefinite
    assert describe("The U.S. ambassador").country == "United States"


def test_he_goes_on_with_the_speaker_the_story_named():
    actors = [_actor("a1", "Rosa Lind", roles=["president"])]
    speakers = [("The president", "unresolved"), ("He", "unresolved")]
    statements = resolve_speakers([_analysis("a", speakers)], actors=actors, actor_of_mention={})
    assert [s.speaker for s in statements] == ["a1", "a1"]
    assert statements[1].resolution.method == "pronoun"
    far = resolve_speakers([_analysis("a", speakers, gap=5000)], actors=actors,
                           actor_of_mention={})
    assert [s.speaker for s in far] == ["a1", None]


def test_a_name_the_tagger_missed_takes_the_actor_of_that_name():
    actors = [_actor("a1", "Norvik", roles=[], kind="organisation"),
              _actor("a2", "Norvik", roles=[], kind="place")]
    assert _speakers([("Norvik", "unresolved")], actors[:1]) == ["a1"]
    assert _speakers([("Norvik", "unresolved")], actors[1:]) == [None]
    people = [_actor("a3", "Tomas Rydell", roles=[])]
    assert _speakers([("House Majority Leader Tomas Rydell", "unresolved")], people) == ["a3"]


def test_who_stands_for_the_description_before_it():
    text = "The appeal was thrown out by a judge who found that the deadline had passed."
    start = text.index("who")
    analysis = _analysis("a", [("who", "unnamed")])
    statement = replace(analysis.statements[0], speaker_words=TextSpan("who", start, start + 3, "a"))
    analysis = replace(analysis, article=replace(analysis.article, text=text),
                       statements=[statement])
    actors = [_actor("a1", "Rosa Lind", roles=["District Judge"])]
    [bound] = resolve_speakers([analysis], actors=actors, actor_of_mention={})
    assert bound.speaker == "a1" and bound.speaker_words.text == "who"


def test_a_noun_with_its_who_is_described_by_the_noun():
    text = "The appeal was thrown out by a judge who found that the deadline had passed."
    start = text.index("a judge who")
    analysis = _analysis("a", [("a judge who", "unnamed")])
    statement = replace(analysis.statements[0],
                        speaker_words=TextSpan("a judge who", start, start + 11, "a"))
    analysis = replace(analysis, article=replace(analysis.article, text=text),
                       statements=[statement])
    actors = [_actor("a1", "Rosa Lind", roles=["District Judge"])]
    [bound] = resolve_speakers([analysis], actors=actors, actor_of_mention={})
    assert bound.speaker == "a1"


def test_an_abbreviated_title_holds_its_word():
    actors = [_actor("a1", "Rosa Lind", roles=["Norland Gov."]),
              _actor("a2", "Paul Oster", roles=["Sen."])]
    assert _speakers([("The governor", "unresolved"), ("the senator", "unresolved")],
                     actors) == ["a1", "a2"]


def test_the_administration_is_the_one_the_story_names():
    actors = [_actor("a1", "Halvorsen administration", roles=[], kind="organisation"),
              _actor("a2", "Ana Halvorsen", roles=["President"])]
    assert _speakers([("The administration", "unresolved")], actors) == ["a1"]


def test_a_pronoun_the_article_names_no_one_for_takes_the_description_before_it():
    text = "A state judge in Oregon on Tuesday blocked the rule, which he called unlawful."
    start = text.index("he called")
    article = Article(id="a", source_path="a.txt", outlet=None, title=None,
                      published=DateEstimate(None, "unknown", "", 0.0), language="en", text=text)
    statement = Statement(id="a:s0", span=TextSpan("unlawful", start + 10, start + 18, "a"),
                          kind="indirect", cue=TextSpan("called", start + 3, start + 9, "a"),
                          speaker_words=TextSpan("he", start, start + 2, "a"),
                          resolution=Resolution("unresolved", 0.0))
    actors = [_actor("a1", "Rosa Lind", roles=["District Judge"]),
              _actor("a2", "Paul Oster", roles=["mayor"])]
    [bound] = resolve_speakers([ArticleAnalysis(article=article, mentions=[], statements=[statement])],
                               actors=actors, actor_of_mention={})
    assert bound.speaker == "a1"


def test_a_party_member_description_binds_to_the_one_member_the_story_tags():
    actors = [_actor("a1", "Dan Kolb", roles=["Rep.", "Republican (Texas)"]),
              _actor("a2", "Alma Ruiz", roles=["Sen.", "Democrat (Calif.)"])]
    assert describe("the Texas Republican") is not None
    assert _speakers([("the Texas Republican", "unresolved")], actors) == ["a1"]


def test_a_party_member_binds_to_the_one_person_the_story_gives_that_place():
    # "the South Dakota Republican" where another article wrote "South Dakota Sen. X"
    actors = [_actor("a1", "Dan Kolb", roles=["South Dakota Sen."]),
              _actor("a2", "Alma Ruiz", roles=["North Dakota Sen."])]
    assert _speakers([("the South Dakota Republican", "unresolved")], actors) == ["a1"]
    # two people of that place: no guess
    actors.append(_actor("a3", "Eva Lund", roles=["South Dakota Gov."]))
    assert _speakers([("the South Dakota Republican", "unresolved")], actors) == [None]


def test_a_thing_is_no_role_holder():
    # "The first drug ... was approved": no person's role ("drug center director") holds it
    actors = [_actor("a1", "Ivo Marek", roles=["drug center director"])]
    assert _speakers([("The first drug", "unresolved")], actors) == [None]


def test_a_deputy_is_not_the_office_holder_nor_the_reverse():
    actors = [_actor("a1", "Ivo Marek", roles=["Prime Minister"]),
              _actor("a2", "Lena Horvat", roles=["Deputy Prime Minister"])]
    assert _speakers([("the deputy prime minister", "unresolved"),
                      ("the prime minister", "unresolved")], actors) == ["a2", "a1"]
    assert _speakers([("the vice president", "unresolved")],
                     [_actor("a3", "Paul Oster", roles=["President"])]) == [None]


def test_a_guess_the_story_gives_another_office_is_dropped():
    actors = [_actor("a1", "Paul Oster", roles=["Vice President"]),
              _actor("a2", "Rosa Lind", roles=["mayor"])]
    analysis = _analysis("a", [("the president", "description"), ("the mayor", "description")])
    guessed = [replace(s, speaker_mention="m1") for s in analysis.statements]
    statements = resolve_speakers([replace(analysis, statements=guessed)], actors=actors,
                                  actor_of_mention={"m1": "a1"})
    # the vice president is no president; the mayor's own holder replaces the guess
    assert [s.speaker for s in statements] == [None, "a2"]
    assert statements[0].resolution.method == "unresolved"


def test_he_after_a_rebound_guess_goes_with_the_holder_the_story_named():
    actors = [_actor("a1", "Paul Oster", roles=["mayor"]),
              _actor("a2", "Rosa Lind", roles=["technical director"])]
    analysis = _analysis("a", [("the technical director", "description"), ("he", "pronoun")])
    guessed = [replace(s, speaker_mention="m1", resolution=Resolution(s.resolution.method, 0.4))
               for s in analysis.statements]
    statements = resolve_speakers([replace(analysis, statements=guessed)], actors=actors,
                                  actor_of_mention={"m1": "a1"})
    # the article guessed the mayor for both; the story names the technical director
    assert [s.speaker for s in statements] == ["a2", "a2"]
    assert statements[1].resolution.method == "pronoun"


def test_a_joint_statement_names_every_speakers_actor():
    [analysis] = [_analysis("a", [("Lena Brandt", "named")])]
    joint = replace(analysis.statements[0], speaker_mention="a:m0",
                    co_speaker_mentions=["a:m1", "a:m2", "a:m3"])
    analysis = replace(analysis, statements=[joint])
    actors = [_actor("x1", "Lena Brandt", roles=[]), _actor("x2", "Otto Ferris", roles=[])]
    # a second mention of the first speaker and one no actor holds are left out
    [statement] = resolve_speakers([analysis], actors=actors, actor_of_mention={
        "a:m0": "x1", "a:m1": "x2", "a:m2": "x1"})
    assert (statement.speaker, statement.co_speakers) == ("x1", ["x2"])


def test_the_chair_is_not_a_co_chair():
    actors = [_actor("a1", "Rosa Lind", roles=["committee's chair"]),
              _actor("a2", "Ines Vale", roles=["athletes' commission co-chair"])]
    assert _speakers([("the chair", "unresolved"), ("the co-chair", "unresolved")],
                     actors) == ["a1", "a2"]


def test_a_document_no_issuer_is_named_for_is_the_one_the_story_says_issued_it():
    actors = [_actor("a1", "Harbor Statistics Office", roles=[], kind="organisation")]
    issued = _analysis("a", [("a report", "named")])
    issued = replace(issued, statements=[replace(issued.statements[0], speaker_mention="a:m0")])
    unnamed = _analysis("b", [("a new federal report", "unnamed"), ("media reports", "unnamed"),
                              ("the study", "unresolved")])
    statements = resolve_speakers([issued, unnamed], actors=actors,
                                  actor_of_mention={"a:m0": "a1"})
    # many reports are no one's, nor is a text of another noun
    assert [s.speaker for s in statements] == ["a1", "a1", None, None]


def test_a_document_two_issuers_put_out_stays_unnamed():
    actors = [_actor("a1", "Harbor Statistics Office", roles=[], kind="organisation"),
              _actor("a2", "Port Workers Union", roles=[], kind="organisation")]
    issued = _analysis("a", [("a report", "named"), ("a report", "named")])
    issued = replace(issued, statements=[replace(s, speaker_mention=f"a:m{n}")
                                         for n, s in enumerate(issued.statements)])
    unnamed = _analysis("b", [("a new report", "unnamed")])
    statements = resolve_speakers([issued, unnamed], actors=actors,
                                  actor_of_mention={"a:m0": "a1", "a:m1": "a2"})
    assert statements[-1].speaker is None


def test_an_unnamed_group_of_someone_is_not_that_someone():
    # the article read the allies as an unnamed source; the name in their words is whose
    # allies they are, not who spoke
    actors = [_actor("a1", "Dana Whitcombe", roles=["former Mayor"])]
    assert _speakers([("Allies of former Mayor Dana Whitcombe", "unnamed"),
                      ("Dana Whitcombe", "unresolved")], actors) == [None, "a1"]


def test_an_unnamed_source_the_story_names_as_a_body_is_that_body():
    actors = [_actor("a1", "Harbour Police", roles=[], kind="organisation")]
    assert _speakers([("Harbour police", "unnamed")], actors) == ["a1"]
