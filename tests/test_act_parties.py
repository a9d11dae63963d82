"""How outlets name the parties to one act (``act_parties``): the nouns of stance written in
the sentences of coded acts, on hand-made articles, events and noun phrases."""

from __future__ import annotations

from crosswire.knowledge.text import WORD
from crosswire.models import Article, Event, NounPhrase
from framing_records import NONE, act, art, terms_by_outlet
from text_spans import words_in


def parties_by_outlet(articles: list[Article], events: list[Event],
                      noun_phrases: list[NounPhrase] | None = None) -> dict[str, dict[str, tuple]]:
    """outlet -> the noun as written -> (referent, the other outlets' nouns), for the rows
    of the act parties' reader."""
    return terms_by_outlet(articles, "parties", events=events, noun_phrases=noun_phrases)


NORTH = art("a", "North Wire", "Militants stormed the Ostrel barracks before dawn on Sunday.")
SOUTH = art("b", "South Daily", "Fighters loyal to Dravo Keln overran a remote garrison.")


def test_parties_to_one_kind_of_act_named_with_nouns_of_two_stances_are_a_row():
    """The sentences share no content word, so no retold sentence holds both; both tell an
    attack and name its attackers, one with a noun that judges them."""
    events = [act(NORTH, "ASSAULT", "stormed", doer="Militants"),
              act(SOUTH, "ASSAULT", "overran", doer="Fighters")]
    assert parties_by_outlet([NORTH, SOUTH], events) == {
        "North Wire": {"militants": ("armed group (party to the assault)", {"South Daily": ["fighters"]})},
        "South Daily": {"fighters": ("armed group (party to the assault)", {"North Wire": ["militants"]})}}


def test_parties_to_two_kinds_of_acts_or_to_a_statement_are_not_met():
    assert parties_by_outlet([NORTH, SOUTH], []) == NONE
    other_act = [act(NORTH, "ASSAULT", "stormed", doer="Militants"),
                 act(SOUTH, "MOBILIZE", "overran", doer="Fighters")]
    assert parties_by_outlet([NORTH, SOUTH], other_act) == NONE
    said = [act(NORTH, "COMMENT", "stormed", doer="Militants", extension=True),
            act(SOUTH, "COMMENT", "overran", doer="Fighters", extension=True)]
    assert parties_by_outlet([NORTH, SOUTH], said) == NONE


def test_the_one_an_arrest_is_done_to_called_the_gunman_or_the_suspect():
    """The parse need not find the noun among the act's parties: the sentence tells the act."""
    north = art("a", "North Wire", "The gunman was arrested near the Tollund ferry terminal.")
    south = art("b", "South Daily", "Police detained the suspect after a short chase.")
    events = [act(north, "COERCE", "arrested"), act(south, "COERCE", "detained", doer="Police")]
    assert parties_by_outlet([north, south], events) == {
        "North Wire": {"gunman": ("perpetrator (party to the coercion)", {"South Daily": ["suspect"]})},
        "South Daily": {"suspect": ("perpetrator (party to the coercion)", {"North Wire": ["gunman"]})}}


def test_one_outlet_choosing_a_stance_the_other_never_writes_is_enough():
    north = art("a", "North Wire", "Rioters and protesters clashed with police in Vessby.")
    south = art("b", "South Daily", "Police clashed with protesters in Vessby on Friday.")
    events = [act(north, "ASSAULT", "clashed"), act(south, "ASSAULT", "clashed")]
    rows = parties_by_outlet([north, south], events)
    assert rows["North Wire"] == {"rioters": ("crowd (party to the assault)", {"South Daily": ["protesters"]})}
    both = art("b", "South Daily", "Police clashed with protesters in Vessby; rioters fled.")
    assert parties_by_outlet([north, both], [act(north, "ASSAULT", "clashed"),
                                             act(both, "ASSAULT", "clashed")]) == NONE


def test_nouns_of_one_stance_a_name_or_a_quoted_noun_make_no_row():
    north = art("a", "North Wire", "A gunman opened fire on a ferry at Brandholm.")
    south = art("b", "South Daily", "An attacker shot at passengers on a boat near Brandholm.")
    assert parties_by_outlet([north, south], [act(north, "ASSAULT", "opened"),
                                              act(south, "ASSAULT", "shot")]) == NONE
    named = art("b", "South Daily", "Witnesses said Ivo Mob shot at passengers.")
    assert parties_by_outlet([north, named], [act(north, "ASSAULT", "opened"),
                                              act(named, "ASSAULT", "shot")]) == NONE
    quoted = art("b", "South Daily", 'The mayor said the "thugs" shot at passengers.')
    assert parties_by_outlet([north, quoted], [act(north, "ASSAULT", "opened"),
                                               act(quoted, "ASSAULT", "shot")]) == NONE


def test_a_noun_of_stance_modifying_a_thing_names_no_party_but_one_modifying_a_body_does():
    north = art("a", "North Wire", "Hackers hit the Varde grain exchange on Monday.")
    charges = art("b", "South Daily", "Prosecutors brought criminal charges over the Varde attack.")
    events = [act(north, "ASSAULT", "hit"), act(charges, "ASSAULT", "attack")]
    thing = [NounPhrase(words_in(charges.text, "criminal charges", "b"), "charge", ["criminal"])]
    assert parties_by_outlet([north, charges], events, thing) == NONE
    gang = art("b", "South Daily", "A criminal group attacked the Varde exchange.")
    events = [act(north, "ASSAULT", "hit"), act(gang, "ASSAULT", "attacked")]
    body = [NounPhrase(words_in(gang.text, "criminal group", "b"), "group", ["criminal"])]
    assert parties_by_outlet([north, gang], events, body) == {
        "North Wire": {"hackers": ("perpetrator (party to the assault)", {"South Daily": ["criminal group"]})},
        "South Daily": {"criminal group": ("perpetrator (party to the assault)", {"North Wire": ["hackers"]})}}


def test_a_plain_noun_beside_the_judging_one_the_other_outlet_writes_is_no_choice():
    north = art("a", "North Wire", "Hackers and criminals hijacked the Varde grain exchange.")
    south = art("b", "South Daily", "Criminals took over the Varde exchange's servers.")
    assert parties_by_outlet([north, south], [act(north, "ASSAULT", "hijacked"),
                                              act(south, "ASSAULT", "took")]) == NONE


def test_nouns_of_two_kinds_of_party_to_one_act_are_two_referents():
    """"The suspects" and "the government" both take part in an arrest, as two parties."""
    north = art("a", "North Wire", "Navy sailors detained the suspects off the Ostrel coast.")
    south = art("b", "South Daily", "The government detained eleven men off the Ostrel coast.")
    assert parties_by_outlet([north, south], [act(north, "COERCE", "detained"),
                                              act(south, "COERCE", "detained")]) == NONE


def test_a_hedged_or_hyphenated_noun_is_read_with_its_hedge_and_its_last_part():
    """"Her alleged killer" holds back as "the suspect" does: beside an outlet writing
    "gunman" and "suspect" it judges nothing the other kept from."""
    north = art("a", "North Wire", "Police said the gunman fired on guests; the suspect fled.")
    accused = art("b", "South Daily", "Her alleged killer opened fire on diners at the Tarnby harbour fair.")
    assert parties_by_outlet([north, accused], [act(north, "ASSAULT", "fired"),
                                                act(accused, "ASSAULT", "opened")]) == NONE
    plain = art("a", "North Wire", "Hackers hijacked the Varde exchange; e-criminals profit.")
    south = art("b", "South Daily", "Criminals took over the Varde exchange's servers.")
    assert parties_by_outlet([plain, south], [act(plain, "ASSAULT", "hijacked"),
                                              act(south, "ASSAULT", "took")]) == NONE


def test_each_text_is_read_once_however_many_events_its_sentences_tell(monkeypatch):
    """Three events of one sentence ask for the party of each of its words once, as the
    stances written anywhere do: the text's words are read once, not once an event."""
    from crosswire.compare import act_parties
    north = art("a", "North Wire", "Militants stormed and shelled the Ostrel barracks, then looted it.")
    events = [act(north, "ASSAULT", trigger) for trigger in ("stormed", "shelled", "looted")]
    events += [act(SOUTH, "ASSAULT", "overran", doer="Fighters")]
    calls = []
    real = act_parties._party_at
    monkeypatch.setattr(act_parties, "_party_at", lambda text, word: calls.append(word.start()) or real(text, word))
    act_parties.party_names([north, SOUTH], events, {"a": "North Wire", "b": "South Daily"})
    assert sorted(calls) == sorted(m.start() for t in (north.text, SOUTH.text) for m in WORD.finditer(t))


def test_a_span_cut_inside_a_word_reads_its_part_as_a_word():
    """Words naming a party in a span are those ``WORD`` reads in the span alone: where the
    span's ends fall between words, the whole text's; where one cuts a word ("e-rioters"
    cut after its hyphen), the part of it inside."""
    from crosswire.compare.act_parties import _party_at, _read_words
    text = "Several e-rioters and looters gathered; militants watched the crowd."
    words = _read_words(text)
    for start, end in ((0, len(text)), (8, 40), (10, 40), (0, 30), (22, 29), (40, 52), (17, 17)):
        alone = [(w.start(), w.group(), found) for w in WORD.finditer(text, start, end)
                 if (found := _party_at(text, w)) is not None]
        assert [(w.start(), w.group(), found) for w, found in words.parties_within(text, start, end)] == alone
    assert [w.group() for w, _ in words.parties_within(text, 10, 40)] == ["rioters", "looters"]
