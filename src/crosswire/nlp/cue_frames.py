"""Whether a cue word in its parse reports at all, and what it does when it does not.

A listed verb can be an act ("recall its drug", "agreed to meet"), a term a source sets
("not authorized to discuss"), a description of the source ("who asked not to be named")
or a question put to the speaker ("When asked whether ...", "Did your monitors see ...?");
a verb outside the lexicon can still report a view ("X predicts that ..."). ``clauses`` asks
these tests before it builds a statement from a cue.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from crosswire.nlp.circumstances import is_recipient
from crosswire.nlp.cues import Lexicon
from crosswire.nlp.doc_view import tokens_of

OWN_REPORT_DEPS = {"ROOT", "conj", "advcl", "ccomp", "relcl", "parataxis", "pcomp"}
PASSIVE_ADVERBIAL_DEPS = {"advcl"}
# What stands before a participle that opens a clause: "When asked ...", ". Asked ...".
CLAUSE_OPENERS = {".", "\u201c", "\"", "(", "\u2014", "when", "if", "once", "after", "as",
                  "while", "though", "although", "until"}
# The answer's verb and the words that may name who answers ("..., Name said").
ANSWER_TAGS = {"VBD", "VBZ", "VBP"}
ANSWERER_POS = {"PROPN", "PRON", "NOUN", "DET", "ADJ"}
ANSWERER_TAGS = {"HYPH", "POS"}  # "Cossa-Macuácua", "the board's chairman"
QUESTION_TAGS = {"WDT", "WP", "WRB"}  # "what", "who", "when", "how" opening a clause


def cue_lemma(token: Token, lexicon: Lexicon) -> str:
    """The token's lemma, with its particle where the lexicon lists the pair ("laid out"
    -> "lay out"), read from the word's form where the lemmatiser missed a cue verb
    ("hoping" -> "hope", "said" tagged as an auxiliary or a noun -> "say")."""
    lemma = token.lemma_.lower()
    if lemma in lexicon.particle_verbs:
        for child in token.rights:
            if child.dep_ == "prt" and f"{lemma} {child.lower_}" in lexicon.verbs:
                return f"{lemma} {child.lower_}"
    if lemma not in lexicon.verbs:
        return lexicon.forms.get(token.lower_, lemma)
    return lemma


def reports_a_clause(verb: Token) -> bool:
    """A verb outside the lexicon that takes a "that"/"whether" clause and has someone
    for its subject reports a view of that someone."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if not any(m.dep_ == "mark" and m.lower_ in ("that", "whether", "if")
               for c in clauses for m in c.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and (subjects[0].ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                               or subjects[0].lower_ in ("he", "she", "they", "we", "i"))


def reports_on_its_own(cue: Token, lexicon: Lexicon) -> bool:
    """A finite or participial report ("denied", "accusing"), an infinitive its subject
    controls ("tended to support X", "continued to question whether") or a participle of
    someone ("a group backing X"), but not a modifier ("pledged delegates") or an
    infinitive of purpose, may report through an object."""
    if cue.dep_ == "acl" and cue.tag_ == "VBG":
        # "a group backing X" (but not "the criticism mentioning him": no one's act)
        head = cue.head
        return head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() not in lexicon.nouns
    if cue.dep_ == "xcomp":
        return True
    if cue.dep_ not in OWN_REPORT_DEPS:
        return False
    return not any(infinitive_marker(c) for c in cue.children)


def object_is_act(cue: Token, lexicon: Lexicon) -> bool:
    """A verb with speech frames that takes a plain object and none of its frames does
    something to the object rather than report ("recall its drug" but "recalled that ...",
    "informed regulators" but "informed regulators about the risk"); a verb that also
    decides, whose object is what was put to its subject for a decision, rules on it
    ("denied a request to freeze the law", "dismissed the appeal", "denied him bail"),
    while "denied the report" or "denied that ..." still answers a proposition."""
    lemma = cue_lemma(cue, lexicon)
    if lemma in lexicon.decisions and not any(c.dep_ == "ccomp" for c in cue.children) and any(
            c.dep_ in ("dobj", "dative") and c.lemma_.lower() in lexicon.submissions
            for c in cue.children):
        return True
    frames = lexicon.speech_frames.get(lemma)
    if frames is None or not any(c.dep_ == "dobj" for c in cue.children):
        return False
    if "clause" in frames and (any(c.dep_ == "ccomp" for c in cue.children)
                               or misattached_clause(cue, lexicon)):
        return False
    # the parse may hang the frame's word on the object or on a clause after it ("sees
    # his rival as captured by ...": "as" marks "captured"); an "as" opening the cue's
    # own clause ("as the city is seeing a surge") frames nothing it reports
    after = [c for c in cue.children if c.i > cue.i]
    near = [*after, *(g for c in after for g in c.children)]
    return not any(c.dep_ == "prep" and c.lower_ in frames for c in cue.children) and not any(
        c.dep_ in ("prep", "mark") and c.lower_ in frames for c in near)


def misattached_clause(cue: Token, lexicon: Lexicon) -> list[Token]:
    """"X said at a briefing that she might hold off": the parse hung the "that"
    clause on the noun before it as a relative clause, though a relative clause never
    opens with "that" as a conjunction; it is the cue's complement. After a cue that
    tells someone ("told reporters outside the hearing that the council had cooperated")
    the clause is what they were told, whatever the parse made of "that"."""
    tells = any(c.dep_ in ("dobj", "dative") and c.i > cue.i and is_recipient(
        c, lexicon.recipients) for c in cue.children)
    for token in tokens_of(cue.doc)[cue.i + 1 : cue.right_edge.i + 1]:
        # only a noun of the cue's own circumstances ("said during a conference that"),
        # whom it tells ("told Fox News' "Hannity" that") or where that audience sat
        # ("told a news conference in the capital that"), not one inside what it reports
        # ("called for ... the area that forces seized")
        if token.dep_ == "ccomp" and _audience_read_as_predicate(token.head, cue) and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
            # "told an ethics hearing on Thursday that he ...": the parse took the
            # audience for a predicate and hung the clause on it
            return [token]
        if not _circumstance_noun(token.head, cue, lexicon):
            continue
        if token.dep_ in ("relcl", "acl") and token.head.i > cue.i and any(
                c.lower_ == "that" and c.i == token.left_edge.i and (
                    tells or _opens_as_conjunction(c)) for c in token.children) and any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ != "that"
                for c in token.children):
            return [token]
    return []


def _audience_read_as_predicate(word: Token, cue: Token) -> bool:
    """A noun object of the cue, or an "-ing" noun the parse made its non-infinitive
    predicate ("told an ethics hearing")."""
    if word.head.i != cue.i:
        return False
    if word.dep_ in ("dobj", "dative"):
        return word.pos_ == "NOUN"
    return word.dep_ == "xcomp" and word.tag_ in ("NN", "VBG") and not any(
        infinitive_marker(c) for c in word.children)


def _circumstance_noun(noun: Token, cue: Token, lexicon: Lexicon) -> bool:
    if noun.dep_ == "pobj" and noun.head.head.i == cue.i:
        return True
    if noun.dep_ in ("dobj", "dative") and noun.head.i == cue.i:
        return True
    audience = noun.head.head
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and audience.dep_ in (
        "dobj", "dative") and audience.head.i == cue.i and is_recipient(
        audience, lexicon.recipients)


def _opens_as_conjunction(that: Token) -> bool:
    """"that" is a conjunction when the parse says so, or when the slot it would fill
    as a relative pronoun is taken by another word ("... that Mbemba had won 58 percent":
    "won" has its object, so "that" is no object of it)."""
    if that.dep_ == "mark":
        return True
    return that.dep_ in ("dobj", "nsubj") and any(
        c.dep_ == that.dep_ and c.i != that.i for c in that.head.children)


def source_terms(cue: Token, lexicon: Lexicon) -> bool:
    """An infinitive cue says what a source may not or will only talk about, not what it
    said: under a negated permission ("was not authorized to discuss the talks") or as the
    purpose of its anonymity ("requested anonymity to describe", "spoke on condition of
    anonymity to discuss")."""
    head = cue.head
    if cue.dep_ not in ("xcomp", "advcl") or not any(infinitive_marker(c) for c in cue.children):
        return False
    if head.lemma_.lower() in lexicon.permission_words and any(c.dep_ == "neg" for c in head.children):
        return True
    inside = {t.i for t in cue.subtree}
    return any(t.i not in inside and t.lemma_.lower() in lexicon.anonymity_words
               for t in head.subtree if t.i > head.i)


def names_only_a_source(doc: Doc, clause: tuple[int, int], lexicon: Lexicon) -> bool:
    """"..., citing two officials briefed on the plans", "quoting a new report": a
    content that is only a noun phrase of sources or documents says where words came
    from, not what they were."""
    span = doc.char_span(*clause, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    # one noun phrase whole ("urged the port authority to lower its fees" is an object
    # and what it was urged to do) that reports nothing itself ("figures that showed
    # the pier was unsafe" do)
    whole = root.left_edge.i == span.start and root.right_edge.i == span.end - 1
    return whole and root.pos_ == "NOUN" and root.lemma_.lower() in lexicon.source_nouns and (
        not any(t.dep_ == "ccomp" for t in span))


def source_condition(doc: Doc, clause: tuple[int, int], lexicon: Lexicon) -> bool:
    """"..., who asked not to be named", "spoke on condition of anonymity (to discuss the
    talks)": a content whose every word beyond function words, up to the end or to an
    infinitive of purpose, is one of a source's condition describes the source, and is no
    statement of its own."""
    span = doc.char_span(*clause, alignment_mode="expand")
    # Read word by word, stopping at the first word that is no condition's: almost every
    # content opens with one, and then only a purpose before it could still make the rest
    # a condition.
    first_other = _first_unconditional(span, lexicon)
    if first_other is None:
        return _has_content_word(span)
    purpose = next((t.i for t in doc[span.start + 1 : first_other] if infinitive_marker(t)), None)
    return purpose is not None and _has_content_word(doc[span.start : purpose])


def _is_function_word(token: Token) -> bool:
    return token.is_stop or token.is_punct or token.pos_ in ("PRON", "PART")


def _first_unconditional(tokens: Span, lexicon: Lexicon) -> int | None:
    """Where the first content word that is no source's condition stands, if any."""
    return next((t.i for t in tokens if not _is_function_word(t)
                 and t.lemma_.lower() not in lexicon.anonymity_words), None)


def _has_content_word(tokens: Span) -> bool:
    return any(not _is_function_word(t) for t in tokens)


def aim_or_prospect(cue: Token, lexicon: Lexicon) -> bool:
    """An infinitive cue that reports nothing yet: a view sought in a clause of purpose
    ("To understand what happened, the paper spoke to ...": an aim, not a belief held;
    a speech verb there is still said: "spoke to warn that ...") or an act foreseen after
    a word of likelihood or plan ("the council was likely to discuss the incident", "is
    expected to announce"): someone else's forecast, not the subject's words."""
    if not any(infinitive_marker(c) for c in cue.children):
        return False
    if cue.dep_ == "advcl":
        return not lexicon.is_speech(cue_lemma(cue, lexicon)) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
    return cue.dep_ == "xcomp" and cue.head.lower_ in lexicon.prospects


def open_question(cue: Token) -> bool:
    """"It remains to be seen whether ...", "it has yet to be decided if ...": a passive
    infinitive under a verb whose subject is an empty "it" says that no one knows yet; no
    one is reported, unlike "it was said that ..." (a report of unnamed people)."""
    if cue.dep_ != "xcomp" or not any(infinitive_marker(c) for c in cue.children) or not any(
            c.dep_ == "auxpass" for c in cue.children):
        return False
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in cue.head.children)


def is_label(cue: Token) -> bool:
    """"What they're saying: ...", "What he said:": a wh-clause that opens the sentence and
    ends at a colon labels the statements after it, which carry cues of their own."""
    doc = cue.doc
    first = cue.sent[0]
    return cue.i + 1 < len(doc) and doc[cue.i + 1].text == ":" and (
        first.tag_ in QUESTION_TAGS and first.head.i == cue.i)


def unsaid(cue: Token) -> bool:
    """"did not say when the talks would resume", "would not say whether ...", "never
    explained what ...": a negated verb that leaves a question open tells what its subject
    did not say, which is no statement of theirs; a negated verb with a proposition still
    tells a view ("did not dispute that the pier was unsafe" concedes it). A negation
    stands before its verb: one after it belongs to what was said, wherever the parse
    hangs it ("asked whether the offers weren't a sign of weakness")."""
    if not any(c.dep_ == "neg" and c.i < cue.i for c in cue.children):
        return False
    return any(c.i > cue.i and c.dep_ in ("ccomp", "dobj") and (
        c.left_edge.tag_ in QUESTION_TAGS or c.left_edge.lower_ in ("whether", "if"))
        for c in cue.children)


def infinitive_marker(token: Token) -> bool:
    return token.lower_ == "to" and token.dep_ == "aux"


def states_an_aim(cue_type: str, lemma: str, content: list[Token], lexicon: Lexicon) -> bool:
    """A view is held of a proposition ("hopes that the levy will pass", "her fear that
    ..."); an infinitive after a verb or noun of belief states what its holder wants done
    ("wants the library to stay open", "her decision to close the pier", "hoping to win"):
    an aim or a decision, not a view, unless the verb lists the infinitive among what it
    reports ("expects to win", a forecast; ``cue_verbs.jsonl``). A noun lists none."""
    if cue_type != "belief" or not content or "xcomp" in lexicon.complements.get(lemma, ()):
        return False
    return all(c.tag_ == "VB" and any(infinitive_marker(m) for m in c.children)
               for c in content)


def is_passive_adverbial(cue: Token) -> bool:
    """A bare past participle modifying another clause ("When asked whether ...",
    "Pressed on the deal, X said"): its subject is the one addressed, not the speaker."""
    if cue.dep_ not in PASSIVE_ADVERBIAL_DEPS or cue.tag_ not in ("VBN", "VBD"):
        return False
    if cue.tag_ == "VBD" and not _opens_clause(cue):
        return False  # a past tense, unless it opens the clause ("Asked what ..., X said")
    return not any(c.dep_ in ("nsubj", "nsubjpass", "agent") or (
        c.dep_ == "aux" and c.lemma_ == "have") for c in cue.children)


def misparsed_answer(cue: Token, lexicon: Lexicon) -> tuple[Token, Span] | None:
    """"Asked about claims that X, Name said Y", where the parse made the fronted "Asked"
    the sentence's root and the answer's "said" its auxiliary: the question is put to
    the speaker of the main clause. Returns the answer's speech verb and the speaker's
    words between the comma and that verb, or None when the parse is sound."""
    if cue.dep_ != "ROOT" or cue.tag_ not in ("VBN", "VBD") or not _opens_clause(cue) or any(
            c.dep_ in ("nsubj", "nsubjpass", "agent") or c.dep_ == "aux" and c.lemma_ == "have"
            for c in cue.children):
        return None
    doc = cue.doc
    for verb in doc[cue.i + 1 : cue.sent.end]:
        if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ANSWER_TAGS or (
                not lexicon.is_speech(cue_lemma(verb, lexicon))):
            continue
        first = verb.i
        while first - 1 > cue.i and (doc[first - 1].pos_ in ANSWERER_POS
                                     or doc[first - 1].tag_ in ANSWERER_TAGS):
            first -= 1
        named = any(t.pos_ in ("PROPN", "PRON") for t in doc[first : verb.i])
        if named and doc[first - 1].text == ",":
            return verb, doc[first : verb.i]
    return None


def _opens_clause(cue: Token) -> bool:
    if cue.i == 0:
        return True
    before = cue.doc[cue.i - 1]
    return before.is_space or before.text in CLAUSE_OPENERS or before.lower_ in CLAUSE_OPENERS


def asks(cue: Token) -> bool:
    """"Did your monitors see sheets being altered?": a direct question, its auxiliary
    before the cue's subject, asks whether anyone reported something; no one reports it."""
    # the inversion first: it is read off the cue's children, the question mark may lie
    # many words on
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not any(c.dep_ in ("aux", "auxpass") and c.i < subject.i
                                  for c in cue.children):
        return False
    end = next((t for t in cue.doc[cue.i :] if t.text in (".", "?", "!")), None)
    return end is not None and end.text == "?"

