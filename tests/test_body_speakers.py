"""Organisations that speak under a common noun ("the state transport ministry said") and
descriptions of a body ("the company") bound only to a body of that kind (invented texts)."""

from __future__ import annotations

from crosswire.actors.merge import merge_mentions
from crosswire.knowledge.firms import may_stand_for
from crosswire.models import Mention, TextSpan

from tests.test_speakers import resolved


def test_a_body_noun_stands_only_for_a_body_of_its_kind():
    assert may_stand_for("company", "Chemicals")  # "Pellmont Chemicals": no body's noun
    assert may_stand_for("company", "Group")  # one firm noun for another
    assert may_stand_for("group", "Association")  # a wide noun for any body
    assert may_stand_for("association", "Association")
    assert not may_stand_for("company", "Association")
    assert not may_stand_for("ministry", "Authority")


def test_the_company_is_not_the_union_just_named(nlp):
    text = ("Officials at the Dorn Valley plant met inspectors on Monday. The Kelmar Workers "
            "Union, which represents 300 staff, called a strike. The company said the strike "
            "was illegal.")
    said = [f for f in resolved(nlp, text) if f[1] == "The company"]
    assert said and said[0][2] is None


def test_the_ministry_is_not_the_alliance_that_spoke_before(nlp):
    text = ("The Green Fen Alliance said its samples showed solvent in the river. The ministry "
            "said the samples had been below the limit.")
    found = {words: name for _, words, name, _ in resolved(nlp, text)}
    assert found["The Green Fen Alliance"] == "Green Fen Alliance"
    assert found["The ministry"] is None


def test_a_body_named_by_its_office_speaks_as_itself(nlp):
    text = ("The state transport ministry said on Monday that the bridge would close. Mayor "
            "Anna Kovic said the closure would hurt traders. The ministry said repairs would "
            "take a month.")
    found = resolved(nlp, text)
    assert [(words, name) for _, words, name, _ in found] == [
        ("The state transport ministry", "state transport ministry"),
        ("Mayor Anna Kovic", "Anna Kovic"),
        ("The ministry", "state transport ministry"),
    ]


def test_an_office_named_by_its_holders_possessive_speaks(nlp):
    text = ("Police in Velden arrested the mayor on Monday. The prosecutor's office said the "
            "mayor had taken bribes.")
    [(_, words, name, method)] = [f for f in resolved(nlp, text) if f[0] == "said"]
    assert (words, name, method) == ("The prosecutor's office", "prosecutor's office", "named")


def test_a_body_noun_alone_or_indefinite_is_no_new_organisation(nlp):
    text = ("The company said profits fell. A ministry said the rules would change. "
            "Its agency said nothing.")
    assert all(name is None for _, _, name, _ in resolved(nlp, text))


def test_a_body_named_in_lowercase_joins_the_organisation_holding_its_words():
    def mention(n: int, article: str, text: str) -> Mention:
        return Mention(id=f"{article}:m{n}", span=TextSpan(text, 0, len(text), article),
                       kind="organisation", role=None)

    actors, of_mention = merge_mentions([
        mention(0, "a", "Tessel Valley Water Authority"),
        mention(1, "b", "water authority"),
        mention(2, "b", "water authority"),
        mention(3, "c", "state harbour board"),
        mention(4, "c", "harbour board"),
        mention(5, "d", "energy ministry"),
        mention(6, "d", "state energy ministry"),
        mention(7, "d", "federal energy ministry"),
    ])
    names = {m: next(a.name for a in actors if a.id == actor) for m, actor in of_mention.items()}
    assert names["b:m1"] == names["b:m2"] == "Tessel Valley Water Authority"
    assert names["c:m4"] == "state harbour board"
    # two ministries hold "energy ministry": which one spoke is unknown
    assert names["d:m5"] == "energy ministry"


def test_a_body_the_tagger_missed_speaks_with_its_article(nlp):
    text = ("The Norsk Timber Group, which represents sawmills, said the tax would cost jobs. "
            "The Orvand Fishing Cooperative said on Monday that it would sue.")
    found = [(words, name) for _, words, name, _ in resolved(nlp, text)]
    assert ("The Norsk Timber Group", "Norsk Timber Group") in found
    assert ("The Orvand Fishing Cooperative", "Orvand Fishing Cooperative") in found


def test_a_description_with_the_is_still_no_name(nlp):
    text = "The Vermont Republican said the bill would pass."
    [(_, words, name, _)] = resolved(nlp, text)
    assert (words, name) == ("The Vermont Republican", None)


def test_an_indefinite_body_noun_is_the_one_body_named_with_it(nlp):
    text = ("The Orvand Fishers Federation said on Monday that it would sue. A regional "
            "federation said the ban was illegal.")
    found = resolved(nlp, text)
    assert found[-1][1:3] == ("A regional federation", "Orvand Fishers Federation")


def test_an_indefinite_wide_or_unheld_body_noun_stays_unnamed(nlp):
    text = ("The Orvand Fishers Group said on Monday that it would sue. A group said the ban "
            "was illegal. Lindqvist Foundation said it would help. A regional charity said "
            "the grant was welcome.")
    found = resolved(nlp, text)
    assert [(words, name, method) for _, words, name, method in found
            if words.startswith("A ")] == [("A group", None, "unnamed"),
                                            ("A regional charity", None, "unnamed")]


def test_a_caucus_named_whole_speaks_though_the_tagger_cut_its_name(nlp):
    # the tagger takes only "House" for an organisation; the subject's whole name, ending
    # in a body's head word, is the body, and "the breakaway group" goes on with it
    text = ("A restive House Liberty Caucus is urging Ada Ruiz to put the budget to a vote. "
            "In a memo on Monday, the breakaway group asked Ruiz to act by June 30.")
    found = resolved(nlp, text)
    assert [f[2] for f in found if f[0] in ("urging", "asked")] == [
        "House Liberty Caucus", "House Liberty Caucus"]


def test_the_agency_is_the_body_named_just_before_in_any_role(nlp):
    # the body is an object, not a subject: a noun, unlike "it", carries its own sense
    text = ("Tenants wrote to the MHTA for answers after the agency admitted it had lost 200 "
            "repair requests.")
    found = {words: name for _, words, name, _ in resolved(nlp, text)}
    assert found["the agency"] == "MHTA"


def test_the_agency_is_no_body_of_another_kind_named_before(nlp):
    text = ("Tenants wrote to the Marlow Residents Association for answers after the agency "
            "admitted it had lost 200 repair requests.")
    found = {words: name for _, words, name, _ in resolved(nlp, text)}
    assert found["the agency"] is None


def test_a_media_noun_goes_back_only_to_a_subject_as_it_would(nlp):
    # the mall is only where the speaker stood: "the outlet", like "it", needs a subject
    text = ("Sipho Dlamini guarded the Kelvale Mall on Monday. \"The biggest warehouse in the "
            "area is the last one standing,\" the 33-year-old, armed with a rifle, told the "
            "outlet.")
    found = {words: name for _, words, name, _ in resolved(nlp, text)}
    assert found["the outlet"] is None


def test_the_report_is_the_word_of_whoever_reported_it_just_before(nlp):
    text = ("Health Secretary Ana Ruiz said on Friday that the shots were safe. The approval "
            "could arrive as early as next Tuesday, the Harbor Times reported on Monday. "
            "Should the agency agree, the advisory panel will meet the next day, the report says.")
    found = {words: name for _, words, name, _ in resolved(nlp, text)}
    assert found["the report"] == "Harbor Times"


def test_a_bloc_stands_for_the_union_just_speaking(nlp):
    text = ("The Nordic Union on Monday urged its members to close their ports to the ships. "
            "The eight-nation bloc in March had suggested its members keep the ports open.")
    found = {words: name for _, words, name, _ in resolved(nlp, text)}
    assert found["The eight-nation bloc"] == "Nordic Union"


def test_a_long_quotation_is_no_distance_from_the_company_named_before(nlp):
    text = ("Telvora Group said on Tuesday that its shops would stop selling throwaway cups in "
            "June. The retailer dropped plastic bags at its tills last year, and the plan was "
            "drawn up with its suppliers and with the Consumer Safety Agency.\n\n\"Shoppers "
            "told us in letters, in surveys and at the counter that they wanted less waste on "
            "our shelves, so we asked each supplier, large or small, near or far, what it would "
            "take to stock only cups that can be washed and used again for years, and every one "
            "of them said it could be done well before the summer,\" the company said on its "
            "website.")
    found = {words: name for _, words, name, _ in resolved(nlp, text)}
    assert found["the company"] == "Telvora Group"


def test_a_committee_named_with_another_name_is_not_the_body_that_spoke(nlp):
    text = ("The harbour master agreed to hand over the ferry-fire ledgers to the Senate "
            "committee looking into the blaze, City Hall said on Monday. The port's chief had "
            "resisted the committee's demands for the books since spring.")
    found = {words: name for _, words, name, _ in resolved(nlp, text)}
    assert found["City Hall"] == "City Hall"
    assert found["the committee"] is None


def test_a_press_release_speaks_for_whoever_put_it_out(nlp):
    text = ("The ferry \"will stay in port until the storm has passed,\" according to a Monday "
            "press release from the Coast Guard, which did not say when it would sail.")
    [(cue, words, name, method)] = resolved(nlp, text)
    assert cue == "according to" and name == "Coast Guard"


def test_the_release_of_files_is_no_text_that_speaks(nlp):
    text = "The mayor on Monday defended the release of the audit files to the press."
    [(cue, words, name, method)] = resolved(nlp, text)
    assert cue == "defended"


def test_a_source_is_named_without_the_clause_after_its_comma(nlp):
    text = "The pier was unsafe, according to a report from the Harbor Agency, which named no one."
    [(cue, words, name, method)] = resolved(nlp, text)
    assert (words, name) == ("a report from the Harbor Agency", "Harbor Agency")


def test_a_name_compounded_into_a_body_noun_is_that_body(nlp):
    # "Kestrel" the tagger reads as a person's name, "Pelvar" as nothing at all
    text = ("Local media said the blast came from a truck. The Kestrel news agency said several "
            "shells struck the city. The state-run Pelvar news agency said the port was shut.")
    found = {words: name for _, words, name, _ in resolved(nlp, text)}
    assert found["The Kestrel news agency"] == "Kestrel"
    assert found["The state-run Pelvar news agency"] == "Pelvar"


def test_a_name_before_a_noun_people_have_stays_a_persons(nlp):
    text = "Senator Ana Marlow spoke in Ohio. The Marlow campaign said it raised more money."
    [(cue, words, name, method)] = resolved(nlp, text)
    assert name != "Marlow"


def test_the_drugmaker_is_the_firm_whose_vaccine_its_words_are_about(nlp):
    text = "Norvex's flu shot proved safe for young children in trials, the drugmaker said Monday."
    [(cue, words, name, method)] = resolved(nlp, text)
    assert (words, name) == ("the drugmaker", "Norvex")


def test_a_person_owning_the_subject_of_the_companys_words_is_no_firm(nlp):
    # a firm's noun alone says whom its words are about; "the minister" does not
    text = "Norvex's flu shot proved safe for young children in trials, the minister said Monday."
    [(cue, words, name, method)] = resolved(nlp, text)
    assert name != "Norvex"


def test_the_government_of_a_criminal_case_is_the_prosecution_named_before(nlp):
    text = ("Kalder Mott's fraud charges were thrown out by a judge on Monday. State "
            "prosecutors fought the ruling. The government had asked Judge Ivo Renn to keep "
            "Mott on the trial list.")
    found = {words: name for _, words, name, _ in resolved(nlp, text)}
    assert found["The government"] == "State prosecutors"


def test_the_government_stays_unresolved_without_one_prosecution(nlp):
    # no prosecution named, two prosecutions named, or only the other side of a civil case
    for text in ("Kalder Mott's fraud charges were thrown out on Monday. The government had "
                 "asked Judge Ivo Renn to keep Mott on the trial list.",
                 "Federal prosecutors charged Mott in May, and state prosecutors charged his "
                 "aide. The government had asked Judge Ivo Renn to keep both in jail.",
                 "The plaintiffs sued the ministry over the dam. The government said the suit "
                 "had no merit.",
                 # a paragraph about another thing: no court word, no prosecution named in it
                 "Prosecutors opened an inquiry into the Velmor harbour deal in March.\n"
                 "The government said it would raise the fuel tax by two cents."):
        found = {words: name for _, words, name, _ in resolved(nlp, text)}
        assert found["The government"] is None, text


def test_a_body_introduced_by_a_description_is_the_one_its_noun_goes_back_to(nlp):
    text = ("Minister Pavel Orsk unveiled new ferry fares on Tuesday. Last week a regional "
            "association of ferry owners urged him to cap fuel duty, a tax that the association "
            "said was ruining small operators.")
    found = {words: (name, method) for _, words, name, method in resolved(nlp, text)}
    body = "a regional association of ferry owners"
    assert found["a regional association"] == (body, "named")
    assert found["the association"] == (body, "description")
    # a bare use of the noun in between goes back to the same description
    text = ("Minister Pavel Orsk unveiled new ferry fares on Tuesday. Last week a regional "
            "association of ferry owners urged him to cap fuel duty. Orsk rejected the "
            "association's request on Monday. The association said small operators would close.")
    found = {words: (name, method) for _, words, name, method in resolved(nlp, text)}
    assert found["The association"] == (body, "description")
    text = "Mayor Tove Ahl and the city council met on Monday. The council said the budget was too small."
    assert [(words, name) for _, words, name, _ in resolved(nlp, text)] == [
        ("The council", "city council")]


def test_a_description_no_later_noun_goes_back_to_stays_unnamed(nlp):
    # "a ministry" singles out no body, and a body spoken of once is no actor to go on with
    text = "A ministry said the rules would change. The ministry said fees would rise."
    assert [name for _, _, name, _ in resolved(nlp, text)] == [None, None]
    text = "A national association of ferry owners said fares would rise."
    assert [(name, method) for _, _, name, method in resolved(nlp, text)] == [(None, "unnamed")]
