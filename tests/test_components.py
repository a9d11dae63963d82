"""crosswire's analysis as spaCy components: added to a plain model, reported by
``analyze_pipes``, found through the ``spacy_factories`` entry points."""

from __future__ import annotations

import importlib
import importlib.util
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import spacy

from crosswire.models import Article, DateEstimate
from crosswire.nlp import COMPONENTS, MODEL_PACKAGES, analyse, load_nlp

ROOT = Path(__file__).resolve().parents[1]
TEXT = ('Mayor Ruta Kalnina met the council on Tuesday. "The bridge will be rebuilt by May," '
        "she said. The council agreed to pay for it.")

pytestmark = pytest.mark.slow


def test_plain_model_takes_statements_after_the_mentions_they_require():
    name = next(name for name in MODEL_PACKAGES if importlib.util.find_spec(name) is not None)
    plain_model = spacy.load(name)  # the model alone, as any spaCy user loads it
    plain_model.add_pipe("crosswire_mentions")
    plain_model.add_pipe("crosswire_statements")
    analysis = plain_model.analyze_pipes()
    assert analysis["problems"]["crosswire_statements"] == []
    assert analysis["summary"]["crosswire_statements"]["requires"][0] == "doc._.crosswire_mentions"
    assert analysis["summary"]["crosswire_statements"]["assigns"] == ["doc._.crosswire_statements"]

    doc = plain_model(TEXT)
    [statement] = [s for s in doc._.crosswire_statements if s.cue and s.cue.text == "said"]
    speakers = {m.id: m.span.text for m in doc._.crosswire_mentions}
    assert (statement.cue.text, statement.speaker_words.text) == ("said", "she")
    assert speakers[statement.speaker_mention] == "Ruta Kalnina"
    # a Doc nobody told its article is read as an undated article with id "doc"
    assert statement.span.article == "doc" and statement.id == "doc:s0"


def test_statements_without_mentions_are_reported_and_refused():
    nlp = spacy.blank("en")
    nlp.add_pipe("crosswire_statements")
    problems = nlp.analyze_pipes()["problems"]["crosswire_statements"]
    assert "doc._.crosswire_mentions" in problems
    with pytest.raises(ValueError, match="crosswire_mentions"):
        nlp("Anna said so.")


def test_load_nlp_is_loaded_once_with_every_component():
    nlp = load_nlp()
    assert load_nlp() is nlp
    assert tuple(nlp.pipe_names[-len(COMPONENTS):]) == COMPONENTS
    assert not any(nlp.analyze_pipes()["problems"].values())


def test_analyse_tells_each_doc_its_article(nlp):
    published = DateEstimate("2024-03-13", "day", "test", 1.0)
    articles = [Article(id=f"a{n}", source_path=f"a{n}.txt", outlet=None, title=None,
                        published=published, language="en", text=TEXT) for n in range(2)]
    analyses = list(analyse(articles, nlp=nlp))
    assert [a.article for a in analyses] == articles
    for article, analysis in zip(articles, analyses):
        assert {m.span.article for m in analysis.mentions} == {article.id}
        assert "said" in [s.cue.text for s in analysis.statements if s.cue]
        assert [s.id for s in analysis.statements] == [
            f"{article.id}:s{n}" for n in range(len(analysis.statements))]
        assert analysis.events and all(e.id.startswith(f"{article.id}:e") for e in analysis.events)


def _entry_points() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return project["entry-points"]["spacy_factories"]


def test_entry_points_name_the_registered_components():
    entry_points = _entry_points()
    assert set(entry_points) == set(COMPONENTS)
    for name, target in entry_points.items():
        module, _, function = target.partition(":")
        assert callable(getattr(importlib.import_module(module), function))
        assert spacy.language.Language.has_factory(name)


def test_spacy_finds_the_components_through_the_entry_points(tmp_path):
    """An installed distribution advertising the pyproject's entry points lets a fresh
    interpreter add the components without importing crosswire itself."""
    dist_info = tmp_path / "crosswire_entry_points-0.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: crosswire-entry-points\nVersion: 0\n", encoding="utf-8")
    (dist_info / "entry_points.txt").write_text(
        "[spacy_factories]\n"
        + "".join(f"{name} = {target}\n" for name, target in _entry_points().items()),
        encoding="utf-8")
    script = (
        "import sys, spacy\n"
        "assert 'crosswire' not in sys.modules\n"
        "nlp = spacy.blank('en')\n"
        "for name in ('crosswire_mentions', 'crosswire_statements', 'crosswire_events',\n"
        "             'crosswire_noun_phrases'):\n"
        "    nlp.add_pipe(name)\n"
        "print(' '.join(nlp.pipe_names))\n"
    )
    path = os.pathsep.join([str(tmp_path), str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])
    result = subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": path},
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == list(COMPONENTS)
