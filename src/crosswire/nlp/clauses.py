"""Attributions found in the dependency parse: a cue verb with its clause.

Each finder returns ``Candidate``s: content character range, cue token(s) and the
speaker's head token. Quote marks are handled later (``quote_attribution``).
"""

from __future__ import annotations

from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from crosswire.nlp.circumstances import DATE_ENTITIES
from crosswire.nlp.cue_frames import (
    aim_or_prospect,
    asks,
    cue_lemma,
    infinitive_marker,
    is_label,
    is_passive_adverbial,
    misparsed_answer,
    names_only_a_source,
    object_is_act,
    open_question,
    reports_a_clause,
    source_condition,
    source_terms,
    unsaid,
)
from crosswire.nlp.cue_content import complement, last_word
from crosswire.nlp.cues import CueType, Lexicon
from crosswire.nlp.candidates import Candidate, char_range, trim, within_paragraph
from crosswire.nlp.doc_view import view_of
from crosswire.nlp.layout import Layout
from crosswire.nlp.inanimate import names_no_speaker
from crosswire.nlp.mention_roles import is_role_word
from crosswire.nlp.speaker_heads import (
    is_age,
    person_before,
    quoting_outlet,
    subject_of,
    unattached_subject,
)

# Words of a title before a name set off by a comma ("..., senior county flood defence
# engineer Dr. X said") and how many of them are looked back over.
TITLE_POS = {"NOUN", "PROPN", "ADJ"}
MAX_TITLE_TOKENS = 8


def verb_candidates(doc: Doc, *, lexicon: Lexicon, layout: Layout) -> list[Candidate]:
    """Cue verbs with a complement clause: "Lund stressed that ...", "..., he said"."""
    candidates = []
    view = view_of(doc)
    strings = doc.vocab.strings
    # only a verb with a complement clause may report though the lexicon lacks it
    clause_heads = {layout.tokens[i].head.i for i, dep in enumerate(view.deps) if dep == "ccomp"}
    for i, part in enumerate(view.pos):
        if part not in ("VERB", "AUX", "NOUN") or not (
                _may_be_cue(view.lemma_ids[i], lexicon, strings)
                or part == "VERB" and i in clause_heads):
            continue
        token = layout.tokens[i]
        cue_type = lexicon.verbs.get(cue_lemma(token, lexicon))
        if cue_type is None and token.pos_ == "VERB" and reports_a_clause(token):
            cue_type = "belief"  # "X made clear that ...", "X hinted that ..."
        mistagged_subject = _subject_of_mistagged_verb(token) if cue_type else None
        if cue_type is None or layout.in_quote[token.i] or (
                token.pos_ not in ("VERB", "AUX") and mistagged_subject is None):
            continue
        headline = token.is_title and not layout.sentence_start[token.i]
        if token.dep_ in ("amod", "compound") or _plural_noun_read_as_verb(token, lexicon):
            continue  # "telling insight", "as jobless claims rose"
        if token.dep_ == "pcomp" and token.head.lower_ == "without":
            continue  # "without specifying what": what was not said is no statement
        if cue_type == "speech" and unsaid(token):
            continue  # "did not say when the talks would resume": likewise
        if is_label(token):
            continue  # "What they're saying:": the statements after it are cued
        if source_terms(token, lexicon):
            continue  # "not authorized to discuss", "anonymity to discuss": the source's terms
        if aim_or_prospect(token, lexicon) or open_question(token):
            continue  # "To understand what happened, ...", "it remains to be seen whether"
        if object_is_act(token, lexicon):
            continue  # "would recall its drug", "had informed regulators": acts, not reports
        if asks(token):
            continue  # an interviewer's "Did your monitors see ...?"
        if _infinitive_of_report(token, lexicon):
            continue  # "vowed to defend the coast": one statement, the vow's
        answer = misparsed_answer(token, lexicon)
        if answer is not None:
            _add_question_and_answer(candidates, token, *answer, layout=layout)
            continue
        if is_passive_adverbial(token):
            # "When asked whether ..., he said": he was asked, he did not ask; the
            # question itself is asked by no one named ("Asked about the deal, ...": the
            # deal is what was asked about)
            clause = complement(token, cue_type, lexicon, has_speaker=True) if (
                cue_type == "speech") else None
            if clause is not None and any(c.dep_ == "ccomp" or (
                    c.dep_ == "prep" and c.lower_ in ("about", "on")) for c in token.children):
                _add(candidates, token, clause, cue_type=cue_type, speaker_head=None,
                     layout=layout)
            continue
        speaker_head = mistagged_subject or subject_of(token)
        if speaker_head is not None and speaker_head.ent_type_ in DATE_ENTITIES and (
                not is_age(speaker_head)):
            speaker_head = person_before(token)  # "Lund, in Bergen, said Tuesday"
        if headline and (token.dep_ != "ROOT" or speaker_head is None):
            continue  # title case ("A Telling Sign"): only "Name Says ..." is read as said
        if _thing_inside_report(token, speaker_head, lexicon) or _comments_on_a_fact(
                token, speaker_head, lexicon):
            continue
        speaker_head = _reporter_of_conjunct(token, speaker_head, lexicon)
        if speaker_head is not None and layout.in_quote[speaker_head.i]:
            # the parse took a word of the quotation for the subject: '"My bosses, ...,"
            # Mr. X said'
            speaker_head = unattached_subject(token)
        clause = complement(token, cue_type, lexicon, has_speaker=speaker_head is not None)
        if clause is None and cue_type == "speech":
            clause, speaker_head = _inverted_after_name(token, speaker_head)
        if clause is None and speaker_head is None and cue_type == "speech":
            # "X was asked to resign": asked by no one named (never by X); but "X is
            # expected to win" is the writer's own estimate, a view no one is named to hold
            clause = _impersonal_passive(token)
        # (a content before the cue is what it says, never whom it cites: "The memo called
        # on the council to act, the aide said" may parse as one noun phrase)
        if clause is None or source_condition(doc, clause, lexicon) or (
                clause[1] > token.idx and names_only_a_source(doc, clause, lexicon)):
            continue
        _add(candidates, token, clause, cue_type=cue_type, speaker_head=speaker_head,
             layout=layout)
    return candidates


# Per lemma id, whether ``cue_lemma`` can make a listed cue of it (the lemma itself, with
# a particle, or with a dropped "e" mended), for the one lexicon last asked about: most
# tokens are no cue and are passed over with one look-up.
_CUE_LEMMAS: tuple[Lexicon | None, dict[int, bool]] = (None, {})
_MAX_LEMMAS = 200_000


def _may_be_cue(lemma_id: int, lexicon: Lexicon, strings: StringStore) -> bool:
    global _CUE_LEMMAS
    owner, known = _CUE_LEMMAS
    if owner is not lexicon or len(known) >= _MAX_LEMMAS:
        known = {}
        _CUE_LEMMAS = (lexicon, known)
    found = known.get(lemma_id)
    if found is None:
        lemma = strings[lemma_id].lower()
        found = known[lemma_id] = (lemma in lexicon.verbs or lemma in lexicon.particle_verbs
                                   or lemma + "e" in lexicon.verbs)
    return found


def _add(candidates: list[Candidate], cue: Token, clause: tuple[int, int], *,
         cue_type: CueType, speaker_head: Token | None, layout: Layout) -> None:
    start, end = within_paragraph(layout.text, cue.idx, *clause)
    start, end = trim(layout.text, start, end)
    if end - start < 2:
        return
    candidates.append(Candidate(
        start=start, end=end, cue_start=cue.idx, cue_end=cue.idx + len(cue),
        cue_type=cue_type, cue_token=cue, speaker_head=speaker_head,
        via_hint=quoting_outlet(cue)))


def _add_question_and_answer(candidates: list[Candidate], question: Token, answer: Token,
                             answerer: Span, *, layout: Layout) -> None:
    """"Asked about X, Name said Y" read from a broken parse: the question, put by no one
    named, runs up to the comma before the answerer; the answer is the answer verb's
    clause, or else the rest of the sentence."""
    doc = question.doc
    first = question.i + 1
    if doc[first].lower_ in ("about", "on") and first + 1 < answerer.start - 1:
        first += 1  # what was asked about
    if first < answerer.start - 1:
        _add(candidates, question, char_range(doc[first], doc[answerer.start - 2]),
             cue_type="speech", speaker_head=None, layout=layout)
    clauses = [c for c in answer.children if c.dep_ == "ccomp" and c.i > answer.i]
    last = last_word(answer.sent[-1])
    if clauses:
        content = char_range(clauses[0].left_edge, clauses[0].right_edge)
    elif last.i > answer.i:
        content = char_range(doc[answer.i + 1], last)
    else:
        return
    speaker = next((t for t in reversed(answerer) if t.pos_ in ("PROPN", "PRON")), answerer[-1])
    _add(candidates, answer, content, cue_type="speech", speaker_head=speaker, layout=layout)
    candidates[-1].speaker_span = answerer


def _infinitive_of_report(cue: Token, lexicon: Lexicon) -> bool:
    """"vowed to defend the coast", "refused to recommend approval", "urged members to
    reject the offer": a cue verb that is the infinitive of a speech verb reporting through
    its infinitive is what that verb reports, not a second statement (whose speaker the
    parse would take from the outer verb); one with a clause of its own still reports it
    ("declined to say whether ...")."""
    if cue.dep_ != "xcomp" or any(c.dep_ == "ccomp" for c in cue.children):
        return False
    outer = cue_lemma(cue.head, lexicon)
    return lexicon.is_speech(outer) and "xcomp" in lexicon.complements.get(outer, ())


def _plural_noun_read_as_verb(cue: Token, lexicon: Lexicon) -> bool:
    """"as initial unemployment claims dropped": the tagger read the plural of a cue noun
    as a verb whose subject is the bare noun before it. A common noun with no determiner
    or owner right before the word is its modifier in a compound ("jobless claims",
    "press reports") unless the word takes a clause of its own ("Management claims the
    strike is illegal"); a speaker names someone ("the union claims", "Smith claims")."""
    if cue.tag_ != "VBZ" or cue.i == 0 or cue.lemma_.lower() not in lexicon.nouns:
        return False
    before = cue.doc[cue.i - 1]
    return before.head.i == cue.i and before.dep_ == "nsubj" and before.tag_ == "NN" and not any(
        c.dep_ in ("det", "poss", "nummod") for c in before.children) and not any(
        c.dep_ == "ccomp" for c in cue.children)


def _thing_inside_report(cue: Token, subject: Token | None, lexicon: Lexicon) -> bool:
    """"X pointed out that a waiver implies consent": a cue verb inside what another cue
    reports, with a thing for its subject, is part of X's statement, not a second one."""
    if subject is None or cue.dep_ != "ccomp" or cue_lemma(cue.head, lexicon) not in lexicon.verbs:
        return False
    return _names_a_thing(subject, lexicon)


def _comments_on_a_fact(cue: Token, subject: Token | None, lexicon: Lexicon) -> bool:
    """"The flooding underscored the risks", "crews shut the bridge, highlighting its
    decay": a verb whose subject is as often a fact as a speaker (``fact_subject`` in
    ``cue_verbs.jsonl``) reports nothing when a thing or event is its subject, nor as a
    participle with no subject of its own hung on a clause that tells an act, which glosses
    the act in the writer's words; hung on a report ("she said ..., highlighting that
    ...") it goes on with the speaker's."""
    if cue_lemma(cue, lexicon) not in lexicon.fact_subjects:
        return False
    if subject is not None and names_no_speaker(subject):
        return True  # someone, a body or a text speaks through it; a thing does not
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
    return cue.tag_ == "VBG" and not own_subject and cue.dep_ in ("advcl", "xcomp", "conj") and (
        cue_lemma(cue.head, lexicon) not in lexicon.verbs)


def _names_a_thing(subject: Token, lexicon: Lexicon) -> bool:
    """A common noun with no name, role or source in it: "the flooding", "a waiver"."""
    lemma = subject.lemma_.lower()
    return subject.pos_ == "NOUN" and not subject.ent_type_ and not is_role_word(subject) and (
        lemma not in lexicon.source_nouns and lemma not in lexicon.nouns
        and lemma not in lexicon.recipients)


def _reporter_of_conjunct(cue: Token, subject: Token | None, lexicon: Lexicon) -> Token | None:
    """"X said the bridge was unsafe and warned drivers": a cue joined by "and" to a
    reported clause whose subject is a thing (or a quantity of things: "most of the
    marchers") goes on with the reporter, as a thing cannot speak (the test of
    ``_thing_inside_report``); a person or named subject keeps the cue."""
    clause = cue.head
    if subject is None or cue.dep_ != "conj" or subject.head != clause or (
            clause.dep_ != "ccomp" or cue_lemma(clause.head, lexicon) not in lexicon.verbs):
        return subject
    judged = subject
    if subject.pos_ in ("ADJ", "DET", "NUM", "PRON"):  # "most of the marchers"
        judged = next((o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"), subject)
    if judged is subject and subject.pos_ != "NOUN":
        return subject
    if not _thing_inside_report(clause, judged, lexicon):
        return subject
    return subject_of(clause.head) or subject


def _impersonal_passive(cue: Token) -> tuple[int, int] | None:
    """"the talks are said to have stalled", "X was asked to resign": a report or request
    of no one named; the whole clause is its content and the statement has no speaker."""
    subjects = [c for c in cue.children if c.dep_ == "nsubjpass"]
    infinitives = [c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i and any(
        infinitive_marker(a) for a in c.children)]
    if not subjects or not infinitives or any(c.dep_ == "agent" for c in cue.children):
        return None
    if subjects[0].lower_ in ("it", "this", "that"):
        return None  # "it is expected to": the clause names nothing
    return char_range(subjects[0].left_edge, infinitives[-1].right_edge)


def _inverted_after_name(cue: Token, speaker: Token | None) -> tuple[
        tuple[int, int] | None, Token | None]:
    """"Residents will receive shelter, Iryna X, a minister, said on Monday", where the
    parse made the cue a conjunct with no subject: the name before it speaks."""
    if cue.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None, speaker
    name = unattached_subject(cue)
    if name is None or name.i > cue.i:
        return None, speaker
    first = title_start(cue.doc, name.left_edge.i)
    if first < 2 or cue.doc[first - 1].text != "," or cue.head.left_edge.i >= first - 1:
        return None, speaker
    return char_range(cue.head.left_edge, cue.doc[first - 2]), name


def title_start(doc: Doc, first: int) -> int:
    """Where the words before a name that title it begin ("..., senior county flood defence
    engineer Dr. X said"): back over nouns, names and adjectives to a comma."""
    start = first
    while start > 0 and first - start < MAX_TITLE_TOKENS and doc[start - 1].pos_ in TITLE_POS:
        start -= 1
    return start if start > 0 and doc[start - 1].text == "," else first


def _subject_of_mistagged_verb(token: Token) -> Token | None:
    """"Lund predicts that ...", "Audit files show that ...": a cue verb tagged as a
    noun (read like "Lund supporters", "a show") yet heading the sentence with a clause;
    its subject, or else the name compounded with it, is the speaker."""
    if token.pos_ != "NOUN" or token.dep_ != "ROOT":
        return None
    if not any(c.dep_ == "ccomp" and c.i > token.i for c in token.children):
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i]
    if subjects:
        return subjects[0]
    names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return names[-1] if names else None
