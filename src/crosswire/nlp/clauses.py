"""Attributions found in the dependency parse: a cue verb with its clause.

Each finder returns ``Candidate``s: content character range, cue token(s) and the
speaker's head token. Quote marks are handled later (``quote_attribution``).
"""

from __future__ import annotations

from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from crosswire.nlp.circumstances import DATE_ENTITIES, is_recipient
from crosswire.nlp.cue_frames import (
    aim_or_prospect,
    asks,
    cue_lemma,
    infinitive_marker,
    is_passive_adverbial,
    misattached_clause,
    misparsed_answer,
    names_only_a_source,
    object_is_act,
    open_question,
    reports_a_clause,
    reports_on_its_own,
    source_condition,
    source_terms,
)
from crosswire.nlp.cues import CueType, Lexicon
from crosswire.nlp.candidates import Candidate, char_range, trim, within_paragraph
from crosswire.nlp.doc_view import view_of
from crosswire.nlp.layout import Layout
from crosswire.nlp.mention_roles import is_role_word
from crosswire.nlp.speaker_heads import (
    FINITE_TAGS,
    is_age,
    is_closing_mark,
    person_before,
    quoting_outlet,
    subject_of,
    unattached_subject,
)

# One-word answers a speech verb reports as its whole content ("half said no").
ANSWER_WORDS = {"so", "yes", "no"}
OBJECT_TAIL_DEPS = {"prep", "oprd", "xcomp", "ccomp", "advcl", "dative", "acomp"}
COMPLEMENT_PREPOSITIONS = {"for", "about", "on", "against", "to", "of"}
# Modals of reported speech ("said she ..., and would continue ..."; "ca"/"wo": can't, won't).
REPORTED_MODALS = {"would", "could", "should", "might", "will", "ca", "can", "wo"}
OPENING_QUOTES = {"\"", "\u201c", "\u00ab", "\u201e"}
# Words of a title before a name set off by a comma ("..., top U.S. infectious disease
# expert Dr. X said") and how many of them are looked back over.
TITLE_POS = {"NOUN", "PROPN", "ADJ"}
MAX_TITLE_TOKENS = 8
# A relative or wh- word ("which", "that", "what") opening a clause.
RELATIVE_TAGS = {"WDT", "WP"}
# What a cue says of its object ("described it as cruel", "called it "rotten"").
PREDICATE_DEPS = {"oprd", "acomp", "xcomp", "ccomp"}
# "voted on March 1", "spoke for 77 minutes": when, how long, not what about
NOT_CONTENT_ENTITIES = {"DATE", "TIME", "QUANTITY", "CARDINAL"}


def verb_candidates(doc: Doc, *, lexicon: Lexicon, layout: Layout) -> list[Candidate]:
    """Cue verbs with a complement clause: "Kirby stressed that ...", "..., he said"."""
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
            clause = _complement(token, cue_type, lexicon, has_speaker=True) if (
                cue_type == "speech") else None
            if clause is not None and any(c.dep_ == "ccomp" or (
                    c.dep_ == "prep" and c.lower_ in ("about", "on")) for c in token.children):
                _add(candidates, token, clause, cue_type=cue_type, speaker_head=None,
                     layout=layout)
            continue
        speaker_head = mistagged_subject or subject_of(token)
        if speaker_head is not None and speaker_head.ent_type_ in DATE_ENTITIES and (
                not is_age(speaker_head)):
            speaker_head = person_before(token)  # "Trump, in Kentucky, said Tuesday"
        if headline and (token.dep_ != "ROOT" or speaker_head is None):
            continue  # title case ("A Telling Sign"): only "Name Says ..." is read as said
        if _thing_inside_report(token, speaker_head, lexicon):
            continue
        speaker_head = _reporter_of_conjunct(token, speaker_head, lexicon)
        if speaker_head is not None and layout.in_quote[speaker_head.i]:
            # the parse took a word of the quotation for the subject: '"My bosses, ...,"
            # Mr. X said'
            speaker_head = unattached_subject(token)
        clause = _complement(token, cue_type, lexicon, has_speaker=speaker_head is not None)
        if clause is None and cue_type == "speech":
            clause, speaker_head = _inverted_after_name(token, speaker_head)
        if clause is None and speaker_head is None and cue_type == "speech":
            # "X was asked to resign": asked by no one named (never by X); but "X is
            # expected to win" is the writer's own estimate, a view no one is named to hold
            clause = _impersonal_passive(token)
        if clause is None or source_condition(doc, clause, lexicon) or (
                names_only_a_source(doc, clause, lexicon)):
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
    last = _last_word(answer.sent[-1])
    if clauses:
        content = char_range(clauses[0].left_edge, clauses[0].right_edge)
    elif last.i > answer.i:
        content = char_range(doc[answer.i + 1], last)
    else:
        return
    speaker = next((t for t in reversed(answerer) if t.pos_ in ("PROPN", "PRON")), answerer[-1])
    _add(candidates, answer, content, cue_type="speech", speaker_head=speaker, layout=layout)
    candidates[-1].speaker_span = answerer


def _complement(cue: Token, cue_type: CueType, lexicon: Lexicon, *,
                has_speaker: bool) -> tuple[int, int] | None:
    """Character range of what the cue reports, from the parse: a complement clause,
    an infinitive ("vowed to repeal"), an object for verbs that report through one
    ("denied any links"), or the clause the cue interrupts ("X, she said, is Y")."""
    # An object or infinitive reports something only with someone doing the reporting
    # ("a super PAC supporting X" and "isn't expected to attend" do not).
    lemma = cue_lemma(cue, lexicon)
    extra = lexicon.complements.get(lemma, frozenset()) if (
        has_speaker and reports_on_its_own(cue, lexicon)) else ()
    complements = ([c for c in cue.children if c.dep_ == "ccomp" and _is_clause(c)]
                   or misattached_clause(cue, lexicon))
    if not complements and cue_type == "speech" and has_speaker and "dobj" not in extra:
        complements = _object_with_its_verb(cue)
    if not complements and "xcomp" in extra:
        complements = [c for c in cue.children if c.dep_ == "xcomp"]
        if complements:  # "urged the industry to do more": whom, and what to do
            complements += [c for c in cue.children if c.dep_ in ("dobj", "dative")
                            and cue.i < c.i < complements[0].i]
    if not complements and "dobj" in extra:
        # "calling him "the most ignorant president"": the object with its predicate
        complements = [c for c in cue.children if c.dep_ in ("dobj", "oprd")
                       or c.dep_ == "ccomp"]
        if not any(c.dep_ == "dobj" for c in complements):
            complements = []
    if not complements and "as" in extra:
        # "sees Clinton as the stronger candidate", "called the system "rotten""
        objects = [c for c in cue.children if c.dep_ == "dobj"]
        predicates = [c for c in cue.children if c.dep_ == "oprd" or (
            c.dep_ == "prep" and c.lower_ == "as")]
        # ... or the parse hung the predicate on the object: "called the plan "a
        # disaster"" (apposition), "called both men crazy" (adjective after the noun)
        predicates += [c for o in objects for c in o.children if c.i > o.i and (
            c.dep_ in ("appos", "amod") or c.dep_ == "prep" and c.lower_ == "as")]
        if predicates and (objects or any(c.dep_ == "oprd" for c in predicates)):
            complements = objects + predicates  # (or "called her "third-rate"": oprd alone)
    if not complements and "prep" in extra:  # "called for a special prosecutor"
        after = _after_particle(cue)
        complements = [o for c in cue.children if c.dep_ == "prep" and c.i == after
                       and (c.lower_ in COMPLEMENT_PREPOSITIONS
                            and c.lower_ not in lexicon.act_prepositions.get(lemma, ())
                            or c.lower_ in lexicon.prepositions.get(lemma, ()))
                       for o in c.children if o.dep_ in ("pobj", "pcomp") and not (
                           c.lower_ == "to" and is_recipient(o, lexicon.recipients))
                       and o.ent_type_ not in NOT_CONTENT_ENTITIES]
        # "is calling for the states to act": the parse makes "for" a clause's mark
        complements += [c for c in cue.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.i == cue.i + 1 and m.lower_ in COMPLEMENT_PREPOSITIONS
            for m in c.children)]
        if complements:  # "called for the secretary | to release the transcripts"
            end = max(c.right_edge.i for c in complements)
            complements += [c for c in cue.children if c.dep_ in ("advcl", "xcomp")
                            and c.i == end + 2 and cue.doc[end + 1].lower_ == "to"]
    if len(complements) > 1 and any(c.i > cue.i for c in complements):
        complements = [c for c in complements if c.i > cue.i or c.dep_ != "ccomp"]
    if complements:
        first = min(c.left_edge.i for c in complements)
        last = max(c.right_edge.i for c in complements)
        leading = cue.doc[first]
        if leading.dep_ == "mark" and leading.head in complements and (
                leading.lower_ in COMPLEMENT_PREPOSITIONS):
            first += 1  # "calling for | the states to act": "for" belongs to the cue
        if any(c.dep_ == "dobj" for c in complements):
            # "described the ground as "Swiss cheese"": the object and what follows it
            # A following clause with a subject of its own is another event, not the
            # object's tail ("announced the annexation ..., X signed a decree").
            last = max([last] + [c.right_edge.i for c in cue.rights
                                 if c.dep_ in OBJECT_TAIL_DEPS and c.i > first
                                 and not any(g.dep_ in ("nsubj", "nsubjpass", "expl")
                                             for g in c.children)])
        if complements[0].dep_ in ("ccomp", "relcl") and complements[0].i > cue.i:
            # "X said she hoped to ..., and then would continue to ...": a conjunct with
            # no subject and a modal of reported speech goes on with what X said, and so
            # does a quotation joined by "and" ("told Y that A and "we were asked ..."")
            last = max([last] + [c.right_edge.i for c in cue.rights if c.dep_ == "conj"
                                 and c.i > last and (_continues_report(c) or _quoted_conjunct(c))])
        if last == first and complements[0].dep_ != "ccomp" and cue.doc[first].pos_ != "PROPN":
            return None  # "denied it", "what he described": nothing to report (but
            # "supports Sanders" takes a side)
        if first < cue.i and cue.doc[first].tag_ in RELATIVE_TAGS:
            # "the levy, which she said would keep the ferries running", "a rule that
            # critics condemned as cruel": the relative word stands for a thing named
            # before, and the content is what follows the cue, never its speaker and cue;
            # with nothing of it after the cue ("what it demanded during the boycott") the
            # cue reports nothing
            after = [c for c in (*complements, *cue.children) if c.i > cue.i and (
                c in complements or c.dep_ in PREDICATE_DEPS
                or c.dep_ == "prep" and c.lower_ == "as")]
            if not after:
                return None
            first = min(t.i for c in after for t in c.subtree if t.i > cue.i)
            last = max([last] + [c.right_edge.i for c in after])
        return char_range(cue.doc[first], cue.doc[last])
    answers = [c for c in cue.children if c.i == cue.i + 1 and c.lower_ in ANSWER_WORDS]
    if answers and has_speaker and cue_type == "speech":
        return char_range(answers[0], answers[0])  # "55 percent said yes", "he said so"
    if cue_type == "belief":
        return None  # "as he thinks" rarely frames a clause; "polls show" and "said" do
    head = cue.head
    # "As X explained, taxes were postponed": the clause the cue comments on.
    if cue.dep_ == "advcl" and any(c.lower_ == "as" and c.dep_ == "mark" for c in cue.children) and (
            cue.right_edge.i < head.right_edge.i):
        return char_range(cue.doc[cue.right_edge.i + 1], head.right_edge)
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
    # "When they spoke by phone, the call was short": a clause opened by a subordinator
    # tells when or why the other happened; a parenthetical "she said" has none.
    subordinate = any(c.dep_ == "mark" or c.tag_ == "WRB" and c.i == cue.left_edge.i
                      for c in cue.children)
    if cue.dep_ in ("parataxis", "ccomp", "advcl") and head.pos_ in ("VERB", "AUX") and (
            has_subject and not subordinate):
        left, right = cue.left_edge.i, cue.right_edge.i
        while left < cue.i and cue.doc[left].text in ",\u2014\u2013":
            left += 1  # the comma that sets the cue off, which the parse may hang on it
        # The cue interrupts its head only if words of the head follow it: the full stop
        # or line break closing "She said she had asked ..." leaves "asked" the content.
        if head.left_edge.i < left and right < _last_word(head).i:
            return char_range(head.left_edge, head.right_edge)  # "X, she said, is Y"
        set_off = left > 0 and (cue.doc[left - 1].text in ",\u2014\u2013-" or
                                is_closing_mark(cue.doc[left - 1].text))
        if head.i < cue.i and left > head.left_edge.i and set_off:
            return char_range(head.left_edge, cue.doc[left - 1])  # "Talks are over, he said"
    return None


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


def _is_clause(head: Token) -> bool:
    """A complement clause has a verb or words of its own: a lone adjective the parse
    made a clause ("expressed her condolences to the families of the dead") is not one."""
    return head.pos_ in ("VERB", "AUX") or any(True for _ in head.children)


def _last_word(token: Token) -> Token:
    """The last token of ``token``'s subtree that is neither punctuation nor space."""
    last = token.right_edge
    while last.i > token.left_edge.i and (last.is_punct or last.is_space):
        last = last.doc[last.i - 1]
    return last


def _thing_inside_report(cue: Token, subject: Token | None, lexicon: Lexicon) -> bool:
    """"X pointed out that a pardon implies guilt": a cue verb inside what another cue
    reports, with a thing for its subject, is part of X's statement, not a second one."""
    if subject is None or cue.dep_ != "ccomp" or cue_lemma(cue.head, lexicon) not in lexicon.verbs:
        return False
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


def _quoted_conjunct(verb: Token) -> bool:
    """A conjunct that opens with a quotation mark right after "and"."""
    first = verb.left_edge
    return first.i > 0 and first.text in OPENING_QUOTES and first.doc[first.i - 1].lower_ == "and"


def _continues_report(verb: Token) -> bool:
    children = list(verb.children)
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children) and any(
        c.dep_ == "aux" and c.lower_ in REPORTED_MODALS for c in children)


def _object_with_its_verb(cue: Token) -> list[Token]:
    """"X argued firearms like the AR-15 are ordinary rifles": a clause with no "that"
    the parse split into an object of the cue and a finite clause hung on the cue, whose
    subject the object is."""
    objects = [c for c in cue.children if c.dep_ == "dobj" and c.left_edge.i == cue.i + 1]
    if not objects:
        return []
    after = objects[0].right_edge.i
    for clause in cue.children:
        if clause.dep_ == "advcl" and clause.tag_ in FINITE_TAGS and (
                clause.left_edge.i == after + 1 and not cue.doc[after + 1].is_punct) and all(
                c.lower_ == "like" for c in clause.children if c.dep_ == "mark"):
            return [objects[0], clause]
    return []


def _after_particle(cue: Token) -> int:
    """Where a cue's preposition stands: right after it, or after its particle
    ("spoke out against", "lashed out at")."""
    following = cue.i + 1
    if following < len(cue.doc) and cue.doc[following].dep_ == "prt" and (
            cue.doc[following].head.i == cue.i):
        return following + 1
    return following


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
    """Where the words before a name that title it begin ("..., top U.S. infectious disease
    expert Dr. X said"): back over nouns, names and adjectives to a comma."""
    start = first
    while start > 0 and first - start < MAX_TITLE_TOKENS and doc[start - 1].pos_ in TITLE_POS:
        start -= 1
    return start if start > 0 and doc[start - 1].text == "," else first


def _subject_of_mistagged_verb(token: Token) -> Token | None:
    """"Trump predicts that ...", "Audit files show that ...": a cue verb tagged as a
    noun (read like "Trump supporters", "a show") yet heading the sentence with a clause;
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
