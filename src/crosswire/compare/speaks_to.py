"""Whether a side a statement takes is on an issue (``crosswire.compare.positions``): the
statement names the issue's words or their synonyms, a proposal standing for it, or stands
under a headline naming the issue; and the document a statement is told through, whose
words take no side for its issuer where the document is the issue itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from crosswire.compare.issue_labels import proposal_nouns
from crosswire.compare.issue_words import topic_forms
from crosswire.compare.issues import synonym_family
from crosswire.knowledge.text import WORD, crude_lemma
from crosswire.models import Issue, Statement
from crosswire.nlp.cues import load_lexicon


def told_through_document(statement: Statement) -> tuple[str, bool]:
    """The document a statement is told through, as its speaker words name it up to their
    first noun naming a text (``source_nouns`` documents, ``cue_nouns`` of speech):
    "the executive order" of "According to the executive order on ...", and whether that
    noun is one of speech ("the statement said": the issuer's own words). ("", False) where
    the speaker is named otherwise ("the governor", "she")."""
    if statement.speaker_words is None:
        return "", False
    lexicon = load_lexicon()
    words: list[str] = []
    for word in WORD.findall(statement.speaker_words.text):
        words.append(word)
        kind = lexicon.text_noun(word, crude_lemma(word))
        if kind is not None:
            return " ".join(words), kind == "speech"
    return "", False


def names_issue(text: str, issue: Issue, *, excluded: frozenset[str]) -> bool:
    """Whether ``text`` names the issue's words or their synonyms (``synonym_family``).
    Read on the document a statement is told through, whether it is the issue itself:
    "According to the order, ...", "the lawsuit says ..." on the issue of the order or the
    lawsuit. Those are the document's words, which its issuer (the speaker bound to it) wrote as
    the measure or claim itself: they take no side on it, since a text does not judge
    itself ("the complaint says the firm broke the law" is no stance of the agency against
    its complaint); the issuer's side comes from its own words or acts."""
    families = {synonym_family(term) for term in issue.terms}
    return any(synonym_family(form) in families for form in topic_forms(text, excluded=excluded))


def speaks_to(issue: Issue, statements: Sequence[Statement], *, own_text: Mapping[str, str],
               titles: Mapping[str | None, str], excluded: frozenset[str]) -> bool:
    """Whether the statements taking a side speak to the issue: one of them names the issue's
    words or their synonyms ("negotiations" for "talks", ``data/claim_synonyms.jsonl``), or
    a proposal or decision that stands for it ("backs the plan"), or stands in an article
    whose headline names the issue. A side whose words name none of these is taken on
    something else their sentences tell of ("praised the retired drivers", "crews hoping
    for a raise"), not on the issue."""
    return any(names_issue(own_text[s.id], issue, excluded=excluded)
               or names_issue(titles.get(s.span.article, ""), issue, excluded=excluded)
               or {crude_lemma(word) for word in WORD.findall(own_text[s.id].lower())} & proposal_nouns()
               for s in statements)
