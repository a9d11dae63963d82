"""Whether a side a statement takes is on an issue (``crosswire.compare.positions``): the
statement names the issue's words or their synonyms, a proposal standing for it, or stands
in the opening of an article under a headline naming the issue, unless it is told in a
relative clause, whose pronoun stands for the thing it speaks to ("an extension of the levy,
which the guild said it opposes"); and the document a statement is told through, whose
words take no side for its issuer where the document is the issue itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from crosswire.compare.issue_labels import proposal_nouns
from crosswire.compare.issue_words import topic_forms
from crosswire.compare.issues import synonym_family
from crosswire.knowledge.text import WORD, crude_lemma
from crosswire.models import Article, Issue, Statement
from crosswire.nlp.cues import load_lexicon

# What a relative pronoun stands for is the noun phrase right before it, at most this many
# words back within its clause: "[a] [longer] [curfew] [for] [the] [docks], which".
ANTECEDENT_WORDS = 6
# A headline tells what an article's opening is about (news is written top down): a statement
# starting this many characters or more into the text (past some five paragraphs of news
# copy) stands under it no more; further down, an article tells of other things ("a neighbour
# said the lights went out" far below "Depot fire: owner questioned").
LEAD_CHARS = 800
# A sentence's words before its statement (speaker, cue or words, whichever comes first) that
# end in a relative pronoun: the statement is told in a relative clause ("..., which the
# guild said it opposes"); the group holds the words before it, back to a clause break.
RELATIVE_OPENING = re.compile(r"(?P<before>[^.;:!?\n]*?)[,\s]\s*which\s*$", re.IGNORECASE)


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


def relative_antecedents(statements: Iterable[Statement], articles: Iterable[Article]) -> dict[str, str]:
    """Statement id -> what the relative pronoun opening its clause stands for, where it is
    told in one: the ANTECEDENT_WORDS words before "which" in its sentence ("a longer curfew
    for the docks" of "The bill also set a longer curfew for the docks, which the guild
    said it opposes")."""
    texts = {article.id: article.text for article in articles}
    found = {}
    for statement in statements:
        text = texts.get(statement.span.article, "")
        starts = [span.start for span in (statement.span, statement.cue, statement.speaker_words)
                  if span is not None and span.article == statement.span.article and span.part != "title"]
        if not starts:
            continue  # a headline's words: no sentence of the text around them
        first = min(starts)
        sentence = max(text.rfind(mark, 0, first) for mark in ".!?\n") + 1
        opening = RELATIVE_OPENING.search(text, sentence, first)
        if opening:
            before = opening.group("before").split(",")[-1]
            found[statement.id] = " ".join(before.split()[-ANTECEDENT_WORDS:])
    return found


def speaks_to(issue: Issue, statements: Sequence[Statement], *, own_text: Mapping[str, str],
              titles: Mapping[str | None, str], excluded: frozenset[str],
              antecedents: Mapping[str, str] | None = None) -> bool:
    """Whether the statements taking a side speak to the issue: one of them names the issue's
    words or their synonyms ("negotiations" for "talks", ``data/claim_synonyms.jsonl``), or
    a proposal or decision that stands for it ("backs the plan"), or stands in the opening
    of an article whose headline names the issue (``LEAD_CHARS``). A side whose words name
    none of these is taken on something else their sentences tell of ("praised the retired
    drivers", "crews hoping for a raise"), not on the issue. One told in a relative clause (``antecedents``,
    ``relative_antecedents``) speaks to what its pronoun stands for, whatever the headline
    names: "a longer curfew for the docks, which the guild said it opposes" is on the
    curfew, not on the headline's vote."""
    antecedents = antecedents or {}

    def speaks(statement: Statement) -> bool:
        said = own_text[statement.id]
        if statement.id in antecedents:
            said = f"{antecedents[statement.id]} {said}"
        elif (statement.span.start < LEAD_CHARS
              and names_issue(titles.get(statement.span.article, ""), issue, excluded=excluded)):
            return True
        return (names_issue(said, issue, excluded=excluded)
                or bool({crude_lemma(word) for word in WORD.findall(said.lower())} & proposal_nouns()))
    return any(speaks(statement) for statement in statements)
