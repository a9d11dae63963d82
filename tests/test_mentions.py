"""Mentions: every named actor, bare name spans, titles and appositions as roles."""

from __future__ import annotations

import re

import pytest

from crosswire.models import Article, DateEstimate
from crosswire.nlp.mentions import find_mentions
from crosswire.nlp.person_evidence import is_name_word


def article(text: str, outlet: str | None = None) -> Article:
    return Article(id="t1", source_path="t1.txt", outlet=outlet, title=None,
                   published=DateEstimate(None, "unknown", "", 0.0), language="en", text=text)


@pytest.fixture(scope="module")
def analyse(nlp):
    def run(text: str):
        doc = nlp(text)
        return find_mentions(doc, article=article(text))
    return run


def person(found, text):
    matches = [m for m in found if m.kind == "person" and m.span.text == text]
    assert matches, f"no person mention {text!r} in {[(m.span.text, m.kind) for m in found]}"
    return matches[0]


def test_ids_offsets_and_text_order(analyse):
    text = "Anna Petrova met Boris Ivanov in Berlin on Monday. Ivanov said little."
    found = analyse(text)
    assert [m.id for m in found] == [f"t1:m{n}" for n in range(len(found))]
    assert all(text[m.span.start:m.span.end] == m.span.text for m in found)
    assert [m.span.start for m in found] == sorted(m.span.start for m in found)


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Kremlin spokesman Dmitry Orlov said on Monday that the talks were over.",
     "Dmitry Orlov", "Kremlin spokesman"),
    ("Poland's foreign minister, Marek Nowak, told reporters that the border would stay shut.",
     "Marek Nowak", "Poland's foreign minister"),
    ("Anna Petrova, a professor of Russian history at Leeds University, said the plan was bold.",
     "Anna Petrova", "professor of Russian history at Leeds University"),
    ("Last month, President Henri Dorval of France presented a plan.",
     "Henri Dorval", "President of France"),
    ("The ceasefire was welcomed by Prime Minister Jonas Berg on Tuesday.",
     "Jonas Berg", "Prime Minister"),
    # a chamber's office: the state after the name is the holder's home, not the office's
    ("On Friday, Speaker Martha Quill of Oregon scheduled a vote on the dam bill.",
     "Martha Quill", "Speaker (Oregon)"),
    ("Senate Minority Whip Carl Denby of Nevada voted against the transit budget.",
     "Carl Denby", "Senate Minority Whip (Nevada)"),
    ("Gov. Harold Pike of Vermont signed the flood relief order.", "Harold Pike", "Gov. of Vermont"),
    # an office the titles list lacks, of more than one word, is no part of the name
    ("Fraud Detective Ralph Ostin said he asked her why.", "Ralph Ostin", "Fraud Detective"),
    ('"He ran," said Deputy Inspector Dana Whitcombe.', "Dana Whitcombe", "Deputy Inspector"),
    ("The car was found near the river, Marlow County Undersheriff Pete Varga said.",
     "Pete Varga", "Marlow County Undersheriff"),
])
def test_role_from_title_or_apposition(analyse, text, name, role):
    found = person(analyse(text), name)
    assert found.role == role


def test_title_and_honorific_are_not_in_the_span(analyse):
    found = analyse("Mr. Orlov said the army, led by Gen. Pavel Sokolov, had withdrawn.")
    orlov = person(found, "Orlov")
    assert orlov.role == "Mr."
    sokolov = next(m for m in found if m.kind == "person" and "Sokolov" in m.span.text)
    assert sokolov.span.text == "Pavel Sokolov"
    assert "Gen." in (sokolov.role or "")


def test_every_occurrence_of_a_named_persons_surname_is_a_mention(analyse):
    text = ("Ukrainian President Volodymyr Zelenskyy spoke on Sunday. Zelenskyj rejects talks. "
            "Later Zelenskiy said the decree stood, and Zelenskyy left for Kyiv.")
    found = analyse(text)
    people = [(m.span.start, m.span.end) for m in found if m.kind == "person"]
    for match in re.finditer(r"Zelensk\w+", text):
        covering = [(s, e) for s, e in people if s <= match.start() and match.end() <= e]
        assert covering, match.group()
        # the span is the name itself, never a neighbouring word
        assert text[covering[0][0]:covering[0][1]] in (match.group(), "Volodymyr Zelenskyy")


def test_places_and_institutions_are_typed_by_gazetteer(analyse):
    found = analyse("The Kremlin said on Friday that troops had left Kiev, Kherson and Odessa.")
    kinds = {m.span.text: m.kind for m in found}
    assert kinds.get("Kremlin") == "organisation"
    for city in ("Kiev", "Kherson", "Odessa"):
        assert kinds.get(city) == "place", (city, kinds)


def test_peoples_and_possessives(analyse):
    found = analyse("Russian officials rejected Velikov's offer, Ukrainian officials said.")
    assert any(m.kind == "group" and m.span.text == "Russian" for m in found)
    assert all(not m.span.text.endswith("'s") for m in found)


def test_name_particles_stay_in_the_name(analyse):
    found = analyse("Ursula von der Leyen said on Monday that the commission would act.")
    assert any(m.kind == "person" and m.span.text == "Ursula von der Leyen" for m in found)


def test_names_the_tagger_missed_are_found_from_the_article(nlp):
    text = ("President Volodymyr Zelenskyy spoke on Sunday. Later Volodymyr Zelenskyj met "
            "Selenskyj's aides, and the Kremlin said nothing.")
    doc = nlp(text)
    first = next(ent for ent in doc.ents if ent.text == "Volodymyr Zelenskyy")
    doc.ents = [first]  # the tagger found only the first spelling
    found = find_mentions(doc, article=article(text))
    people = [m.span.text for m in found if m.kind == "person"]
    assert people == ["Volodymyr Zelenskyy", "Volodymyr Zelenskyj", "Selenskyj"]
    assert [m.span.text for m in found if m.kind == "organisation"] == ["Kremlin"]


def test_an_organisations_country_as_written_is_its_role(analyse):
    found = analyse("Ukraine's Foreign Ministry rejected the offer on Sunday.")
    ministry = next(m for m in found if m.kind == "organisation" and "Ministry" in m.span.text)
    assert ministry.role == "Ukraine's"


def test_a_lowercase_owner_tagged_inside_a_bodys_name_is_no_part_of_it(nlp):
    # the tagger took "the ministry's" into the name: the office is the name, so it is one
    # actor with the office named without an owner
    text = "Ferry traffic rose in May, according to the ministry's Office of Maritime Statistics."
    found = _with_ents(nlp, text, [("the ministry's Office of Maritime Statistics", "ORG")])
    assert [(m.span.text, m.kind) for m in found] == [
        ("Office of Maritime Statistics", "organisation")]


def _with_ents(nlp, text: str, ents: list[tuple[str, str]], outlet: str | None = None):
    """Parse ``text`` and replace the tagger's entities with ``ents`` (phrase, label)."""
    doc = nlp(text)
    spans = []
    for phrase, label in ents:
        start = text.index(phrase)
        spans.append(doc.char_span(start, start + len(phrase), label=label))
    doc.ents = spans
    return find_mentions(doc, article=article(text, outlet))


def test_person_evidence_outranks_a_lone_gpe_or_org_tag(nlp):
    # Wexford is also a small Irish town: the article's own full name outranks the gazetteer.
    text = "Thomas Wexford spoke on Monday. Later Wexford said the vote would go ahead."
    start = text.index("Wexford said")
    doc = nlp(text)
    doc.ents = [doc.char_span(0, 14, label="PERSON"), doc.char_span(start, start + 7, label="GPE")]
    found = find_mentions(doc, article=article(text))
    assert [(m.span.text, m.kind) for m in found] == [("Thomas Wexford", "person"), ("Wexford", "person")]


@pytest.mark.parametrize("text, kind", [
    ("Halden said he would resign.", "person"),                    # a small town's name alone
    ("Halden rejected the offer on Monday.", "organisation"),
    ("The talks were held in Halden on Monday.", "place"),         # after a preposition of place
    ("Delegates from Halden arrived on Monday.", "place"),
    ("Halden, Norway, hosted the talks.", "place"),                # before its country
    ("Troops left Oslo, Halden and Bergen.", "place"),             # in a list of places
])
def test_a_lone_small_towns_name_is_a_place_only_in_a_place(nlp, text, kind):
    # Halden is a Norwegian town of 22,000: the gazetteer alone does not make the word a
    # place; the tagger's label, a person's evidence or a place context decides.
    label = {"person": "GPE", "organisation": "ORG", "place": "PERSON"}[kind]
    [mention] = [m for m in _with_ents(nlp, text, [("Halden", label)]) if m.span.text == "Halden"]
    assert mention.kind == kind


def test_a_country_stays_a_place_beside_a_person_of_that_surname(nlp):
    text = "Maria Jordan flew to Jordan on Monday."
    doc = nlp(text)
    doc.ents = [doc.char_span(0, 12, label="PERSON"), doc.char_span(21, 27, label="GPE")]
    found = find_mentions(doc, article=article(text))
    assert [(m.span.text, m.kind) for m in found] == [("Maria Jordan", "person"), ("Jordan", "place")]


def test_a_name_before_presidency_is_a_persons(nlp):
    found = _with_ents(nlp, "Critics said the Vandermolen presidency ignored the warnings.",
                       [("Vandermolen", "ORG")])
    assert [(m.span.text, m.kind) for m in found] == [("Vandermolen", "person")]


def test_a_persons_administration_is_an_organisation(nlp):
    found = _with_ents(nlp, "Critics said the Vandermolen administration ignored the warnings.",
                       [("Vandermolen", "ORG")])
    assert [(m.span.text, m.kind) for m in found] == [("Vandermolen administration", "organisation")]
    found = _with_ents(nlp, "The Vandermolen campaign said it would appeal.",
                       [("Vandermolen", "PERSON")])
    assert [(m.span.text, m.kind) for m in found] == [("Vandermolen campaign", "organisation")]


def test_time_zones_and_clock_words_are_not_actors(nlp):
    found = _with_ents(nlp, "The vote closes at 9 PM ET in Ruritania, the ZQ said.",
                       [("PM", "ORG"), ("ET", "GPE"), ("ZQ", "ORG")])
    assert found == []


def test_a_bare_organisation_head_word_is_not_an_actor(nlp):
    found = _with_ents(nlp, "Ministry officials said on Friday that the strike went ahead.",
                       [("Ministry", "ORG")])
    assert found == []


def test_split_fragments_are_joined(nlp):
    found = _with_ents(nlp, "Fighters of the Zorvanian Front attacked a convoy, Andrei Volkanov said.",
                       [("Zorvanian", "NORP"), ("Andrei", "ORG")])
    assert [(m.span.text, m.kind) for m in found] == [
        ("Zorvanian Front", "organisation"), ("Andrei Volkanov", "person")]


def test_a_title_fragment_is_not_an_organisation(nlp):
    found = _with_ents(nlp, "Foreign Secretary Thomas Brell said the embassy would close.",
                       [("Foreign", "ORG"), ("Thomas Brell", "PERSON")])
    assert [(m.span.text, m.kind, m.role) for m in found] == [("Thomas Brell", "person", "Foreign Secretary")]


@pytest.mark.parametrize(("text", "role"), [
    ("Thomas Brell, the country's caretaker prime minister, said the poll would be held.",
     "country's caretaker prime minister"),
    ("Labour MP Sir Thomas Brell said the vote would go ahead.", "Labour MP"),
    ("The report named Thomas Brell, a bank in Zurich, as the buyer.", None),
    ("Thomas Brell, a string of arson attacks on the ministry and the jailing of critics, "
     "said nothing.", None),
    # occupations of experts and witnesses a developing story quotes
    ("Thomas Brell, a structural engineer from the port authority, inspected the pier.",
     "structural engineer from the port authority"),
    ("The referee, Thomas Brell, said the match would be replayed.", "referee"),
    ("Thomas Brell, a virologist at the institute, said the samples were clean.",
     "virologist at the institute"),
])
def test_a_role_is_an_office_or_occupation(analyse, text, role):
    assert person(analyse(text), "Thomas Brell").role == role


def test_a_country_inside_an_organisation_entity_is_its_owner(nlp):
    found = _with_ents(nlp, "Chile's Ministry of Mining said the mine would close.",
                       [("Chile's Ministry of Mining", "ORG")])
    assert [(m.span.text, m.kind, m.role) for m in found] == [
        ("Ministry of Mining", "organisation", "Chile's")]


def test_a_name_the_tagger_missed_after_a_title_is_a_person(nlp):
    text = "“We must learn,” said House Majority Leader\u00a0Tomas Rydell\u00a0(D-Md.), the author."
    found = _with_ents(nlp, text, [])
    assert [(m.span.text, m.kind, m.role) for m in found] == [
        ("Tomas Rydell", "person", "House Majority Leader")]
    assert _with_ents(nlp, "The Prime Minister of Norway spoke.", []) == []


def test_the_untagged_subject_of_a_speech_verb_is_a_person(nlp):
    text = "Mychajło Ju. Szczerbyna said on Monday that the talks would go on."
    found = _with_ents(nlp, text, [])
    assert [(m.span.text, m.kind) for m in found] == [("Mychajło Ju. Szczerbyna", "person")]
    # the tagger's place or a cut name gives way to the whole run
    found = _with_ents(nlp, text, [("Mychajło", "GPE"), ("Szczerbyna", "ORG")])
    assert [(m.span.text, m.kind) for m in found] == [("Mychajło Ju. Szczerbyna", "person")]


def test_a_described_speaker_or_an_organisation_is_no_person(nlp):
    # a body's name the tagger missed, "The" and all, speaks as an organisation
    found = _with_ents(nlp, "The Harbour Council said the road would close.", [])
    assert [(m.span.text, m.kind) for m in found] == [("Harbour Council", "organisation")]
    text = "Northwind Holdings said the plant would close."
    found = _with_ents(nlp, text, [("Northwind Holdings", "ORG")])
    assert [(m.span.text, m.kind) for m in found] == [("Northwind Holdings", "organisation")]


def test_an_organisation_is_not_a_town_that_once_took_its_name(analyse):
    # a gazetteer alternate name of a town ("Google" for a US city) must not outvote the
    # tagger's organisation when the primary name differs
    found = analyse("Google will no longer let sponsors earn money from the clips.")
    assert [(m.span.text, m.kind) for m in found if m.span.text == "Google"] == [
        ("Google", "organisation")]


def test_an_acronym_after_a_title_word_is_an_organisation(analyse):
    found = analyse("Murders rose by 30 percent in 2020, according to official FBI statistics.")
    assert [(m.span.text, m.kind) for m in found if m.span.text == "FBI"] == [
        ("FBI", "organisation")]


def test_a_name_after_a_titles_complement_is_a_person_of_its_own(analyse):
    found = analyse("U.S. Special Envoy for Sudan Peter Haldane arrived in Juba on Monday.")
    person(found, "Peter Haldane")
    found = analyse("Former Secretary of Defense Ana Ruiz said the plan was flawed.")
    person(found, "Ana Ruiz")


def test_a_given_name_inside_a_bodys_name_cuts_no_person_from_it(analyse):
    found = analyse("Enrolment fell sharply, according to figures from Stanwick Ross University.")
    assert [(m.span.text, m.kind) for m in found] == [("Stanwick Ross University", "organisation")]


def test_an_organisation_keeps_the_words_the_tagger_cut_before_its_head(analyse):
    found = analyse("The Harbor and Waterways Committee said on Monday that it would meet.")
    assert [(m.span.text, m.kind) for m in found] == [
        ("Harbor and Waterways Committee", "organisation")]


def test_a_case_party_named_by_its_role_is_one_mention(analyse):
    found = analyse("Federal prosecutors said the pardon was valid. Two prosecutors quit.")
    assert [(m.span.text, m.kind) for m in found] == [("Federal prosecutors", "group")]


def test_a_state_body_named_by_country_and_office_is_one_organisation(analyse):
    found = analyse("Later the Norwegian foreign ministry said it would study the proposal. "
                    "Ukraine's military said it had shot down two drones.")
    organisations = [m.span.text for m in found if m.kind == "organisation"]
    assert organisations == ["Norwegian foreign ministry", "Ukraine's military"]
    found = analyse("The Russian president said the talks were over.")
    assert all(m.kind != "organisation" for m in found)  # an office held by a person


def test_the_words_of_a_long_title_are_no_person(analyse):
    text = "Deputy Prime Minister Lena Horvat said on Sunday that she would resign."
    people = [m.span.text for m in analyse(text) if m.kind == "person"]
    assert people == ["Lena Horvat"]


@pytest.mark.parametrize("text, name, kind", [
    ("Velmora will recall its heart drug Tessaril from pharmacies.", "Tessaril", None),
    ("The firm said it would stop selling its cough syrup Lindavo in Halden.", "Lindavo", None),
    ("The coast guard boarded the tanker Marivo on Sunday.", "Marivo", None),
    ("Shares in the carmaker Velto fell on Monday.", "Velto", "organisation"),
    ("The port town Orvika was flooded on Monday.", "Orvika", "place"),
])
def test_a_name_after_a_common_noun_takes_that_nouns_kind(nlp, text, name, kind):
    # A place-tagged name no gazetteer knows, described by the common noun before it, is
    # what the noun says: a drug or a vessel is no actor, a carmaker an organisation, and
    # only a place noun keeps it a place.
    found = [m.kind for m in _with_ents(nlp, text, [(name, "GPE")]) if m.span.text == name]
    assert found == ([kind] if kind else [])


@pytest.mark.parametrize("text, name, label, kind", [
    ("Velmora Pharma said on Monday it would recall the syrup.", "Velmora Pharma", "PERSON",
     "organisation"),
    ("Shares in Tessin Airlines Ltd fell on Monday.", "Tessin Airlines Ltd", "GPE",
     "organisation"),
    ("Anna Bank said on Monday she would resign.", "Anna Bank", "PERSON", "person"),
    ("Holbrook Agrochem will fight the ban in court.", "Holbrook Agrochem", "PERSON",
     "organisation"),
    ("The Lormont Herald first reported the leak.", "Lormont Herald", "PERSON", "organisation"),
])
def test_a_name_ending_in_a_firm_word_is_an_organisation(nlp, text, name, label, kind):
    # data/firm_words.jsonl: a name ending in a designator or industry word is a company
    # whatever the tagger read, unless a given name opens it.
    found = [m.kind for m in _with_ents(nlp, text, [(name, label)]) if m.span.text == name]
    assert found == [kind]


def test_the_place_words_of_a_dateline_name_a_place_the_gazetteer_lacks(analyse):
    # "VARNHOLM, March 14 (Harbour Wire) - ...": an invented town opening a dateline is a
    # place, whatever the tagger says; the credit in brackets is no place.
    text = ("Harbour fees rise\n"
            "VARNHOLM, March 14 (Harbour Wire) - The port of Varnholm raised its fees on "
            "Thursday, the harbour master said.\n"
            "KELDROSS, Ostmark, March 15 (Harbour Wire) - Ferries were late.\n")
    kinds = {(m.span.text, m.kind) for m in analyse(text)}
    assert ("VARNHOLM", "place") in kinds, kinds
    assert not any(m.span.text in ("VARNHOLM", "KELDROSS") and m.kind != "place"
                   for m in analyse(text))
    assert not any(m.kind == "place" and "Harbour Wire" in m.span.text for m in analyse(text))


@pytest.mark.parametrize("outlet, phrase", [
    ("The Harbour Gazette", "Gazette"),
    ("Velmark Herald", "Velmark Herald"),
])
def test_the_papers_own_name_is_an_organisation(nlp, outlet, phrase):
    # "told the Gazette": the paper the article appeared in, by its name or its last
    # words, is no person a later "he" could stand for.
    text = f"Sara Lind told the {phrase} on Monday that the ferry would run again."
    found = _with_ents(nlp, text, [("Sara Lind", "PERSON"), (phrase, "PERSON")], outlet=outlet)
    kinds = {m.span.text: m.kind for m in found}
    assert kinds == {"Sara Lind": "person", phrase: "organisation"}
    other = _with_ents(nlp, text, [("Sara Lind", "PERSON"), (phrase, "PERSON")],
                       outlet="Northline Wire")
    # in another paper's article a bare "Gazette" is the tagger's; a paper's full name
    # ends in a publication word (data/firm_words.jsonl), so it is a paper anywhere
    expected = "organisation" if len(phrase.split()) > 1 else "person"
    assert {m.span.text: m.kind for m in other}[phrase] == expected


@pytest.mark.parametrize("text", [
    "The mission's spokesman, Tomasz Wieczar, told reporters that the monitors were ready. "
    "Wieczar said they would leave on Monday.",
    '"We are ready," a spokesman for the monitoring mission, Tomasz Wieczar, said in Halden. '
    "Wieczar said they would leave on Monday.",
])
def test_a_name_in_apposition_to_a_role_noun_is_a_person(nlp, text):
    # The tagger reads an unusual romanisation as an organisation; standing in apposition
    # to an office noun ("spokesman"), it is a person's name, and so is its surname later.
    doc = nlp(text)
    first, again = text.index("Tomasz Wieczar"), text.rindex("Wieczar")
    doc.ents = [doc.char_span(first, first + 14, label="ORG"),
                doc.char_span(again, again + 7, label="ORG")]
    found = find_mentions(doc, article=article(text))
    kinds = [(m.span.text, m.kind) for m in found if "Wieczar" in m.span.text]
    assert kinds == [("Tomasz Wieczar", "person"), ("Wieczar", "person")]
    # an organisation's own name in that place stays an organisation
    text = "The agency's chief, the Halden Water Board, said little."
    found = _with_ents(nlp, text, [("Halden Water Board", "ORG")])
    assert [m.kind for m in found] == ["organisation"]


def test_a_pronoun_ends_no_name(analyse):
    # "OTV." looks like an initial, but the "He" that speaks after it is no name's last word.
    text = ('"We want the truth," Anvar Kholov told the state broadcaster OTV. He said the '
            "inquiry would report in May.")
    assert not any("He" in m.span.text.split() for m in analyse(text))


@pytest.mark.parametrize("text, name, label", [
    ("Shots were heard near the village of Brelmany on Tuesday.", "Brelmany", "PERSON"),
    ("The president, speaking in the northern city of Lipvica, said little.", "Lipvica", "ORG"),
])
def test_a_place_noun_before_of_makes_the_name_a_place(nlp, text, name, label):
    # "the village of X": the text says X is a place, though no gazetteer knows the town.
    found = _with_ents(nlp, text, [(name, label)])
    assert [(m.span.text, m.kind) for m in found] == [(name, "place")]


def test_a_dateline_town_is_a_place_where_the_text_names_it_again(nlp):
    # The gazetteer lacks the town and the tagger reads it as a person's name: the dateline
    # says it is a place.
    text = ("Vote count goes on\n"
            "PORTO VELHANO, June 3 (Coastline Wire) - The count went on.\n\n"
            "A diplomat in Porto Velhano said the embassies were worried.")
    doc = nlp(text)
    again = text.rindex("Porto Velhano")
    doc.ents = [doc.char_span(again, again + 13, label="PERSON")]
    found = find_mentions(doc, article=article(text))
    assert [(m.span.text, m.kind) for m in found] == [("Porto Velhano", "place")]


def test_a_role_noun_right_before_the_name_is_its_head_whatever_the_noun_serves(nlp):
    # "for the opposition candidate, X": the apposition's own head is the role noun.
    text = "Mbele won 58 percent against 37 percent for the opposition candidate, Graça Nhanto."
    found = _with_ents(nlp, text, [("Graça Nhanto", "ORG")])
    assert [(m.span.text, m.kind) for m in found] == [("Graça Nhanto", "person")]


def test_a_country_the_gazetteer_lacks_is_known_by_its_peoples_word(analyse):
    found = analyse("Ozmeria said it would close its border. The Ozmerian army said two "
                    "soldiers were hurt.")
    kinds = {(m.span.text, m.kind) for m in found}
    assert ("Ozmeria", "place") in kinds and ("Ozmerian army", "organisation") in kinds
    # a person's name beside a like-sounding name is no country: there is no people's word
    found = analyse("Adria Holm said the talks had failed. Adrian Holm agreed with her.")
    assert ("Adria Holm", "person") in {(m.span.text, m.kind) for m in found}


def test_a_government_named_by_its_people_is_an_organisation(analyse):
    for text, body in [("The Karsenian government says the claims are false. Karsenia "
                        "denies it.", "Karsenian government"),
                       ("The Ukrainian government says the claims are false.",
                        "Ukrainian government")]:
        assert (body, "organisation") in {(m.span.text, m.kind) for m in analyse(text)}
    # "the US government" is an umbrella the article resolves to the agency speaking for it
    found = analyse("The US government said the claims were false.")
    assert not [m for m in found if "government" in m.span.text]


def test_a_national_body_named_by_a_peoples_word_and_its_field(analyse):
    found = analyse("The Ozmerian handball federation said it had concerns. The Vestrian sports "
                    "ministry said it would not interfere. Ozmeria and Vestria disagree.")
    kinds = {(m.span.text, m.kind) for m in found}
    assert ("Ozmerian handball federation", "organisation") in kinds
    assert ("Vestrian sports ministry", "organisation") in kinds
    # an agency or a company is one of many: "a Vestrian news agency" names none
    found = analyse("A Vestrian news agency said the talks had failed. Vestria denied it.")
    assert not [m for m in found if m.kind == "organisation"]



def test_a_plural_title_gives_each_name_the_title_in_the_singular(analyse):
    found = analyse("The two chairs, Lena Olsen and Piet Vos, met on Monday.")
    assert person(found, "Lena Olsen").role == "chair"
    assert person(found, "Piet Vos").role == "chair"
    found = analyse("Finance minister Ana Ruiz and Lena Olsen met on Monday.")
    assert person(found, "Lena Olsen").role is None


@pytest.mark.parametrize(("text", "office_field"), [
    ("Education Secretary Tom Bell told lawmakers the plan was sound.", "Education"),
    ("Health and Human Services Secretary Ana Ruiz said the rule would stand.",
     "Health and Human Services"),
    ("Secretary of State Tom Bell said the embassy would stay open.", "State"),
])
def test_an_office_field_before_a_title_is_no_organisation(analyse, text, office_field):
    found = analyse(text)
    assert office_field not in [m.span.text for m in found]
    assert [m.kind for m in found if m.span.text.endswith(("Bell", "Ruiz"))] == ["person"]


def test_a_party_word_describing_a_noun_is_no_actor(analyse):
    found = analyse("The Republican-controlled chamber voted on Friday, and Democratic leaders "
                    "said the Republican had misled them. Democrats walked out.")
    groups = [m.span.text for m in found if m.kind == "group"]
    assert groups == ["Republican", "Democrats"]  # the member and the party, not the adjectives
    assert found[[m.span.text for m in found].index("Republican")].span.start > 40


def test_a_party_after_a_committee_name_ends_it_before_and(analyse):
    found = analyse("The budget was drafted by Senate Finance Committee Democrats and White "
                    "House aides over the weekend.")
    names = [m.span.text for m in found]
    assert "White House" in names
    assert not any(" and " in name for name in names), names


def test_a_lowercase_word_is_no_actor(analyse):
    # the small model tags the lowercase drug name here as an organisation
    found = analyse("The pill, called tarvoxolin, cut the risk of death in half, the firm said.")
    assert [m.span.text for m in found if m.span.text.islower()] == []


def test_a_firm_described_by_its_trade_is_no_body_of_its_own(nlp):
    from crosswire.nlp import analyse as analyse_articles

    text = ("The curfew returns on Friday, ABC is reporting. Earlier the news network said "
            "that the mayor wanted it.")
    [result] = analyse_articles([article(text)], nlp=nlp)
    names = {m.id: m.span.text for m in result.mentions}
    assert "news network" not in names.values()
    assert [names.get(s.speaker_mention) for s in result.statements] == ["ABC", "ABC"]


def test_a_count_before_a_name_is_no_part_of_it(analyse):
    found = analyse("Governor Ana Ruiz is sending up to 40 Idaho National Guard troops to the border.")
    assert "Idaho National Guard" in [m.span.text for m in found]
    assert not any(m.span.text[:1].isdigit() for m in found)


def test_a_numbered_bill_is_no_person(nlp):
    from spacy.tokens import Span

    from crosswire.nlp.mentions import _kind

    doc = nlp("The statute, called House Bill 12, came into force.")
    bill = Span(doc, 5, 7, label="PERSON")  # "Bill 12", as the small model sometimes tags it
    assert bill.text == "Bill 12"
    assert _kind(bill, "PERSON", surnames={}, outlet=None, listed_place=False) is None


def test_ex_is_no_part_of_a_bodys_name(analyse):
    found = analyse("The panel subpoenaed an ex-Treasury Department official on Monday.")
    assert [m.span.text for m in found if m.kind == "organisation"] == ["Treasury Department"]



@pytest.mark.parametrize("name", ["李明", "김민수", "خالد"])
def test_a_name_in_a_script_without_capitals_is_still_a_name(nlp, name):
    from spacy.tokens import Span

    from crosswire.nlp.mentions import _kind

    doc = nlp(f"{name} told reporters on Tuesday that the bridge would reopen.")
    assert doc[0].text == name
    # a Latin word with no capital is a thing ("tarvoxolin"); these scripts have no capitals
    assert _kind(Span(doc, 0, 1, label="PERSON"), "PERSON", surnames={}, outlet=None, listed_place=False) == "person"


def test_a_title_the_tagger_cut_into_the_name_is_the_role(nlp):
    """"Chief of Staff" is one listed title: a tagger that starts the name at "Staff"
    leaves the title's words out of the name."""
    text = "The governor's Chief of Staff Carl Denning announced the news."
    found = _with_ents(nlp, text, [("Staff Carl Denning", "PERSON")])
    assert "Chief of Staff" in (person(found, "Carl Denning").role or "")


def test_a_bodys_head_word_alone_is_an_organisation_not_a_person(analyse):
    found = analyse('Then-President Hal Brenner and his campaign clashed with the commission. '
                    '"No further delay will be granted by this Court," the judge wrote.')
    court = [m for m in found if m.span.text == "Court"]
    assert court and all(m.kind == "organisation" for m in court)


def test_a_hyphened_tense_word_opens_the_title(analyse):
    found = analyse("Then-Governor Hal Brenner and his aides clashed with the commission.")
    brenner = person(found, "Hal Brenner")
    assert brenner.role == "Then-Governor"


def test_a_peoples_word_is_no_foreign_town_near_its_spelling(analyse):
    found = analyse("In one flooded German village, the river swept away two bridges.")
    german = [m for m in found if m.span.text == "German"]
    assert german and all(m.kind == "group" for m in german)


def test_a_name_ends_before_an_unclosed_acronym(nlp):
    """A tagger's span that opens the acronym's parenthesis but stops before closing it."""
    text = ("Fishing crews say they will ignore the quotas set by the Council on Regional "
            "Fisheries (CRF) until its rules are rewritten.")
    found = _with_ents(nlp, text, [("Council on Regional Fisheries (CRF", "ORG")])
    assert [m.span.text for m in found if m.kind == "organisation"] == [
        "Council on Regional Fisheries"]


def test_a_name_before_a_place_noun_is_a_place(nlp):
    text = "More than 40 people died in the Varnholt district, the police said."
    found = _with_ents(nlp, text, [("Varnholt", "PERSON")])
    assert [m.kind for m in found if m.span.text == "Varnholt"] == ["place"]


def test_a_quantifier_opening_a_sentence_is_no_name_word(analyse):
    # "Most" is capitalised only because it opens the sentence: a share of a party, no person
    found = analyse("Most Republicans declined to support the levy, leaving the bill short.")
    assert not any(m.kind == "person" for m in found)
    assert any(m.kind == "group" and m.span.text == "Republicans" for m in found)


def test_names_closed_by_a_plural_place_noun_are_places(analyse):
    found = analyse("The boards of Marrow, Tessel and Ockham Counties voted to keep the curfew. "
                    "Water boards in Lindale and Marrow-Vale Counties met on Wednesday.")
    kinds = {m.span.text.split()[0]: m.kind for m in found}
    assert kinds.get("Marrow") == kinds.get("Tessel") == kinds.get("Ockham") == "place"
    assert all(m.kind == "place" for m in found)  # "Counties" is no one's surname



def test_a_named_day_is_no_actor():
    from spacy.tokens import Doc, Span
    import spacy

    from crosswire.nlp.mention_kinds import is_junk
    doc = Doc(spacy.blank("en").vocab, words=["Crowds", "in", "Tarrow", "marked", "Lantern", "Day", "with",
                              "Greta", "Day", "singing"])
    assert is_junk(Span(doc, 4, 6, label="ORG"))  # the day's whole name read as a body
    assert is_junk(Span(doc, 4, 5, label="PERSON"))  # its first word cut off as a person
    assert not is_junk(Span(doc, 2, 3, label="GPE"))
    assert not is_junk(Span(doc, 7, 9, label="PERSON"))  # a person whose surname is Day


def test_a_name_of_a_syndrome_or_variant_is_no_actor():
    from spacy.tokens import Doc, Span
    import spacy

    from crosswire.nlp.mention_kinds import is_junk
    words = ["Doctors", "saw", "Hallam", "-", "Vosk", "syndrome", "(", "HVS", ")", "and", "the",
             "Quorra", "variant", "in", "Ohio", "as", "Ena", "Vosk", "spoke", "of", "the", "UK", "variant"]
    spaces = [True, True, False, False, True, True, False, False, True, True, True,
              True, True, True, True, True, True, True, True, True, True, True, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    assert is_junk(Span(doc, 2, 5, label="PERSON"))  # the syndrome's whole name
    assert is_junk(Span(doc, 2, 3, label="PERSON"))  # its first half cut off at the hyphen
    assert is_junk(Span(doc, 7, 8, label="ORG"))  # its acronym in brackets after the noun
    assert is_junk(Span(doc, 11, 12, label="GPE"))
    assert not is_junk(Span(doc, 14, 15, label="GPE"))
    assert not is_junk(Span(doc, 16, 18, label="PERSON"))  # a person of the same surname
    assert not is_junk(Span(doc, 21, 22, label="GPE"))  # a country keeps its place


def test_a_syndromes_name_lends_no_surname_to_the_article(analyse):
    found = analyse("Clinics reported cases of Harwick-Lenz syndrome after the shots. "
                    "Nurse Ada Lindqvist said such cases were rare.")
    assert not [m for m in found if "Lenz" in m.span.text]
    assert person(found, "Ada Lindqvist")


def test_a_year_after_a_possessive_is_no_part_of_the_name(analyse):
    found = analyse("She ran Halvorsen’s 2012 reelection effort in Ohio.")
    assert person(found, "Halvorsen")
    assert not [m for m in found if "2012" in m.span.text]


def test_a_plural_after_a_name_is_no_role_of_its_own(analyse):
    found = analyse("Prosecutors charged Lena Varga and her co-defendants with fraud.")
    assert person(found, "Lena Varga").role is None


def test_a_list_mostly_of_organisations_lists_organisations():
    from crosswire.nlp.mention_lists import kinds_by_list
    text = ("Outages hit Quorvel, Brisk Labs, Tandem Bank, Halloran Post, Zentrix and Norway"
            " on Friday; Zentrix was fine.")
    found = [(text.index(name), text.index(name) + len(name), kind, None) for name, kind in [
        ("Quorvel", "place"), ("Brisk Labs", "organisation"), ("Tandem Bank", "organisation"),
        ("Halloran Post", "organisation"), ("Zentrix", "person"), ("Norway", "place")]]
    found.append((text.rindex("Zentrix"), text.rindex("Zentrix") + 7, "person", None))
    kinds = [(text[start:end], kind) for start, end, kind, _ in kinds_by_list(text, found, surnames={})]
    assert kinds == [("Quorvel", "organisation"), ("Brisk Labs", "organisation"),
                     ("Tandem Bank", "organisation"), ("Halloran Post", "organisation"),
                     ("Zentrix", "organisation"),
                     ("Norway", "place"),  # the gazetteer's country keeps its kind
                     ("Zentrix", "person")]  # outside the list the tagger's word stands


def test_a_short_list_or_a_surname_keeps_the_taggers_kinds():
    from crosswire.nlp.mention_lists import kinds_by_list
    text = "Brisk Labs and Quorvel signed; Tandem Bank, Brisk Labs and Okafor agreed."
    found = [(text.index(name), text.index(name) + len(name), kind, None) for name, kind in [
        ("Brisk Labs", "organisation"), ("Quorvel", "place"), ("Tandem Bank", "organisation")]]
    found.append((text.rindex("Brisk Labs"), text.rindex("Brisk Labs") + 10, "organisation", None))
    found.append((text.index("Okafor"), text.index("Okafor") + 6, "person", None))
    kinds = [kind for _, _, kind, _ in kinds_by_list(text, found, surnames={"Okafor": {"Ada"}})]
    assert kinds == ["organisation", "place", "organisation", "organisation", "person"]


def test_a_list_of_places_closed_by_a_plural_place_noun_may_hold_a_hyphenated_name():
    from spacy.tokens import Doc, Span
    import spacy

    from crosswire.nlp.mention_kinds import names_places_of_one_kind
    words = ["Kessock", "and", "Ardno", "-", "Vale", "Counties", "voted"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, True, False, False, True, True, False],
              pos=["PROPN", "CCONJ", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB"],
              tags=["NNP", "CC", "NNP", "HYPH", "NNP", "NNPS", "VBD"])
    assert names_places_of_one_kind(Span(doc, 0, 1, label="ORG"))
    spaced = Doc(spacy.blank("en").vocab, words=words, spaces=[True, True, True, True, True, True, False],
                 pos=["PROPN", "CCONJ", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB"],
                 tags=["NNP", "CC", "NNP", "HYPH", "NNP", "NNPS", "VBD"])
    assert not names_places_of_one_kind(Span(spaced, 0, 1, label="ORG"))  # a dash between clauses


def test_a_disease_and_a_project_are_no_people():
    from spacy.tokens import Doc, Span
    import spacy

    from crosswire.nlp.mention_kinds import is_junk, is_organisation_name
    doc = Doc(spacy.blank("en").vocab, words=["COVID-19", "slowed", "the", "Grace", "Project"])
    assert is_junk(Span(doc, 0, 1, label="ORG"))
    assert is_organisation_name(Span(doc, 3, 5, label="PERSON"))
    assert not is_junk(Span(doc, 3, 5, label="ORG"))


@pytest.mark.parametrize("text", [
    "Much of what makes The Faith Project matter is that strangers help.",
    "What makes The Joy Initiative unusual is that neighbours run it.",
])
def test_a_given_name_before_a_bodys_head_word_names_no_person(analyse, text):
    assert not [m for m in analyse(text) if m.kind == "person"]


@pytest.mark.parametrize(("text", "cut"), [
    ("The governor signed the Decency in Rural Clinics Act on Monday.", "Decency"),
    ("Families were housed under the new Harbor Relocation (HRP) Program last year.", "Harbor Relocation"),
    ("Flanked by aides at the State Capitol, the governor spoke.", "State"),
    ("Flanked by aides at the State Capitol, the governor spoke.", "Capitol"),
])
def test_words_of_a_laws_or_programmes_name_are_no_actor(analyse, text, cut):
    assert cut not in [m.span.text for m in analyse(text)]


def test_a_body_before_and_the_name_of_a_law_stays(analyse):
    found = analyse("Congress and the Clean Water Act were both blamed by the mayor of Dallas.")
    assert "Congress" in [m.span.text for m in found]


def test_a_party_tag_is_a_role_of_its_own_and_no_part_of_an_apposition(analyse):
    found = analyse("Rep. Dana Whitlow (R-Ohio), a frequent critic of Speaker Paul Greer (D-Ore.), "
                    "predicted the tariff would pass.")
    assert person(found, "Dana Whitlow").role == "Rep.; frequent critic of Speaker Paul Greer; Republican (Ohio)"
    assert person(found, "Paul Greer").role == "Speaker; Democrat (Ore.)"


def test_a_plural_title_is_no_persons_surname_spelled_another_way(analyse):
    # "Sens" and "Reps" are titles; read with any vowel, "Sens" would spell "Sanz"
    text = ("In a letter to Sens. Dora Malkin, D-Ore., and Paul Sanz, D-Del., the bureau "
            "acknowledged that it had done little. Reps. Abe Tarrant and Ines Ripps agreed.")
    found = analyse(text)
    assert not [m.span.text for m in found if m.span.text in ("Sens", "Reps")]
    assert person(found, "Dora Malkin").role == "Democrat (Ore.)"
    assert not [m.span.text for m in found if m.span.text.startswith("D-")]  # the tag is no one


def test_a_listed_institution_ends_on_its_last_word(analyse):
    text = ("The senators said the bureau was \u201cheld back by the Garner White House,\u201d "
            "and asked for answers.")
    found = analyse(text)
    assert [m.span.text for m in found if "White House" in m.span.text] == ["White House"]


def test_a_surname_the_tagger_read_as_a_peoples_word_is_the_person(analyse):
    found = analyse("Dr. Paolo Zanotti spoke on Monday. The lab was funded by the agency, "
                    "something that Zanotti strongly disputed.")
    assert [m.kind for m in found if m.span.text == "Zanotti"] == ["person"]


@pytest.mark.parametrize(("text", "body"), [
    ("Dr. Miriam Okafor told a Thursday House hearing that the lab was safe.", "House"),
    ("Nine House Oversight Committee Republicans pressed the agency for its records.",
     "House Oversight Committee"),
])
def test_a_day_or_a_count_written_out_opens_no_bodys_name(analyse, text, body):
    assert [m.span.text for m in analyse(text) if m.kind == "organisation"] == [body]


def test_a_formula_the_tagger_read_as_a_person_names_no_one(analyse):
    found = analyse("In short: Atmospheric NO2 levels rose in 2020, the agency said.")
    assert not [m for m in found if m.kind == "person"]


def test_a_name_a_body_noun_describes_is_an_organisation(analyse):
    found = analyse("Residents, helped by the tenants' rights group Renters United, sued the landlord.")
    assert [(m.span.text, m.kind) for m in found] == [("Renters United", "organisation")]
    found = analyse("The group's spokesman Dan Ortiz declined to comment.")
    person(found, "Dan Ortiz")


def test_a_court_cases_name_and_its_parties_are_no_actors(analyse):
    text = ("The appeal in Harlan v. Dewitt Holdings was heard on Monday, and the judges cited "
            "Crane v. Ostrow. It was brought by Mara Harlan, who said she would keep going.")
    found = analyse(text)
    assert [(m.span.text, m.kind) for m in found] == [("Mara Harlan", "person")]
    # a middle initial is no case's "v."
    found = analyse("Foreign Minister Pavel V. Orlov said the talks were over. Orlov left.")
    assert [(m.span.text, m.kind) for m in found] == [("Pavel V. Orlov", "person"), ("Orlov", "person")]


def test_the_articles_outlet_by_another_of_its_registry_names_is_an_organisation(nlp):
    # the registry knows "Bloomberg" as a name of "Bloomberg News" (general knowledge)
    text = "Shipyard output slipped in spring, short of what a Bloomberg poll of economists had forecast."
    found = find_mentions(nlp(text), article=article(text, outlet="Bloomberg News"))
    assert [(m.span.text, m.kind) for m in found] == [("Bloomberg", "organisation")]


def test_a_building_tagged_as_a_body_is_a_place(analyse):
    found = analyse("Crowds gathered at Venton Stadium while planes landed at Marrow Air Force Base.")
    assert [(m.span.text, m.kind) for m in found] == [
        ("Venton Stadium", "place"), ("Marrow Air Force Base", "place")]
    found = analyse("Crowds gathered outside the Capitol while planes landed at Marrow Air Force Base.")
    assert [(m.span.text, m.kind) for m in found][0] == ("Capitol", "place")


def test_one_of_a_kind_after_an_indefinite_article_is_no_actor(analyse):
    found = analyse("Ortega served four years as a Ranger before he joined the Pentagon as an analyst.")
    assert [(m.span.text, m.kind) for m in found if m.span.text == "Ranger"] == []


def test_a_local_office_before_a_name_makes_it_a_persons(analyse):
    # data/titles.jsonl: councilwoman, councillor, assemblyman ...
    found = analyse("Ashford County councilwoman Tameka Green opened the hearing.")
    assert person(found, "Tameka Green").role == "Ashford County councilwoman"


def test_a_citys_name_that_is_a_named_persons_surname_and_acts_is_that_person(analyse):
    found = analyse("Interior Secretary Maya Denver said in a memo that all parks must close. "
                    "Denver announced on May 9 that all staff must return.")
    assert [m.kind for m in found if m.span.text == "Denver"] == ["person"]
    # the city it names stays a place where it does not act
    found = analyse("Interior Secretary Maya Denver flew to Denver on Monday.")
    assert [m.kind for m in found if m.span.text == "Denver"] == ["place"]


def test_a_name_word_may_join_letters_but_is_no_split_off_negation(nlp):
    doc = nlp("Councillor Ana O'Dell didn't vote and Piet Sandoval doesn’t either.")
    words = {t.text: is_name_word(t) for t in doc}
    assert words["O'Dell"] and words["Ana"]
    assert not words["n't"] and not words["n’t"]


@pytest.mark.parametrize(("words", "is_role"), [
    # the parser hangs the name on the role; a body brought in with "the" is one already
    # told of, so the name set off after it is the role's holder
    (["A", "spokesman", "for", "the", "ministry"], True),
    (["The", "chief", "executive", "of", "the", "firm"], True),
    # "a" brings the body in: the name restates it
    (["An", "employee", "of", "a", "firm"], False),
])
def test_a_name_after_a_role_for_a_body_already_told_of_is_the_roles_holder(nlp, words, is_role):
    from spacy.tokens import Doc

    from crosswire.nlp.mention_roles import apposed_to_role_noun

    role = len(words) - 4  # the role noun, before "for"/"of", the article and the body
    count = len(words)
    words = [*words, ",", "Orvel", "Quist", ",", "said", "so", "."]
    heads = [role] * (role) + [count + 4, role, count - 1, role + 1]
    heads += [count + 2, count + 2, role, count + 2, count + 4, count + 4, count + 4]
    deps = ["det"] + ["amod"] * (role - 1) + ["nsubj", "prep", "det", "pobj"]
    deps += ["punct", "compound", "appos", "punct", "ROOT", "advmod", "punct"]
    pos = ["DET"] + ["ADJ"] * (role - 1) + ["NOUN", "ADP", "DET", "NOUN"]
    pos += ["PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "ADV", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos,
              lemmas=[w.lower() for w in words])
    assert apposed_to_role_noun(doc[count + 1 : count + 3]) is is_role
