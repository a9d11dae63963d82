"""Attributions cued by something other than a verb: a cue noun whose owner speaks
("Mr. Lund's claims that ..."), an attitude adjective of the subject ("X is afraid
that ...", "Y was critical of the plan") and a name before a colon ("Okafor: harbour
deal is dead").
"""

from __future__ import annotations

import re

from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from crosswire.nlp.candidates import Candidate, char_range, trim
from crosswire.nlp.cue_content import COMPLEMENT_PREPOSITIONS
from crosswire.nlp.cue_frames import states_an_aim
from crosswire.nlp.cues import Lexicon
from crosswire.nlp.doc_view import view_of
from crosswire.nlp.layout import Layout, in_dateline
from crosswire.nlp.speaker_heads import FINITE_TAGS, subject_of

# "Name: words" attributions: at most this many tokens of name, at least this much said.
MAX_COLON_NAME_TOKENS = 5
MIN_COLON_CONTENT_WORDS = 3
# A colon's content of at least this share of proper nouns is a list of names.
NAME_LIST_SHARE = 0.8
INTERVIEW_MARKERS = {"Q", "A"}
ANSWER_MARKER = "A"
MIN_INTERVIEW_TURNS = 2
NAME_ENTITY_TYPES = {"PERSON", "ORG", "NORP", "GPE"}
OPENING_MARKS = ("\"", "\u201c", "\u2018")
# A list's row: a label of a few words, a colon and more ("South district: 53% ...").
LABEL_ROW = re.compile(r"\s*[A-Z][\w'’.-]+(?:[ ,][\w'’.-]+){0,4}:\s+\S")
# What an attitude adjective is about: "afraid of", "worried about", "critical of",
# "opposed to", "pleased with", "unanimous in", "divided on", "angry over".
IMPERSONAL_SUBJECTS = {"it", "this", "that", "there", "which", "what"}
ADJECTIVE_PREPOSITIONS = {"of", "about", "to", "with", "on", "in", "over", "by", "at", "for"}


def noun_candidates(doc: Doc, *, lexicon: Lexicon, layout: Layout) -> list[Candidate]:
    """"Mr. Lund's claims that ...", "her criticism of the plan": a cue noun with its
    owner as the speaker and its clause or object as what was said."""
    candidates = []
    for i, part in enumerate(view_of(doc).pos):
        if part != "NOUN":
            continue
        token = layout.tokens[i]
        cue_type = lexicon.nouns.get(token.lemma_.lower())
        if cue_type is None or layout.in_quote[token.i]:
            continue
        owners = [c for c in token.children if c.dep_ == "poss"]
        verb = token.head
        lodged = not owners and token.dep_ == "dobj" and _lodges(verb, lexicon)
        if not owners and token.dep_ == "dobj" and verb.lemma_.lower() in lexicon.receiving_verbs:
            received = _received(token, lexicon=lexicon, layout=layout)
            if received is not None:
                candidates.append(received)
            continue
        if not owners and token.dep_ == "dobj" and verb.lemma_.lower() in lexicon.decisions and (
                token.lemma_.lower() in lexicon.submissions):
            # "the court denied a request from the growers to ...": who decides on a
            # request never made it; its "from" names who did, else no one is named
            owners = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "from"
                      for o in p.children if o.dep_ == "pobj" and _names_someone(o, lexicon)]
        elif not owners and token.dep_ == "dobj":
            # "X made the point that ...", "voters have doubts about ...", "X avoided
            # direct criticism of Y": the one who makes, has or withholds the claim owns it
            # "Y reversed the decision to ...", "Y backed the request for ...": a decision or
            # a request is what others act on, its maker named only by a light verb
            subject = subject_of(verb)
            light = verb.lemma_.lower() in lexicon.light_verbs
            if subject is not None and not layout.in_quote[subject.i] and (light or (
                    _names_someone(subject, lexicon)
                    and token.lemma_.lower() not in lexicon.acted_on)):
                owners = [subject]
        if not owners and token.dep_ in ("appos", "attr") and (
                token.lemma_.lower() in lexicon.stance_roles):
            # "X, a longtime critic of the plan", "X is a supporter of Y": the role's holder
            holder = token.head if token.dep_ == "appos" else subject_of(token.head)
            owners = [holder] if holder is not None and not layout.in_quote[holder.i] else []
        if not owners:
            continue
        content = _complement(token, clauses=("acl", "ccomp"),
                              prepositions=COMPLEMENT_PREPOSITIONS)
        if states_an_aim(cue_type, token.lemma_.lower(), content, lexicon):
            continue  # "her decision to close the pier": an aim, not a view
        if not content or lodged and not _accuses(token, content):
            # "X filed new claims for jobless aid": what one files, submits or brings is a
            # document or a legal act about its topic, X's words only where it says what
            # ("a claim that ...") or whom it accuses ("brought charges against Z")
            continue
        first = min(c.left_edge.i for c in content)
        last = max(_clause_end(c) for c in content)
        if last == first and doc[first].pos_ != "PROPN":
            continue  # "her criticism of it" says nothing ("of Lund" names a target)
        # "criticism of X's vote in favour of a law": what else hangs on the noun after it
        last = max([last] + [c.right_edge.i for c in token.rights if c not in content
                             and not any(o in content for o in c.children)])
        start, end = trim(layout.text, *char_range(doc[first], doc[last]))
        candidates.append(Candidate(
            start=start, end=end, cue_start=token.idx, cue_end=token.idx + len(token),
            cue_type=cue_type, cue_token=None, speaker_head=owners[0], origin="noun"))
    return candidates


def _clause_end(content: Token) -> int:
    """The last token of what a cue noun takes. An infinitive ("her decision to close the
    port") cannot be joined to a finite verb: a finite conjunct the parse hung on it ("...
    and thanked the crews for their patience") goes on with the sentence's subject, not with
    what the noun tells, and the content stops before it."""
    last = content.right_edge.i
    if content.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                       for c in content.children):
        return last
    for conjunct in content.rights:
        if conjunct.dep_ == "conj" and conjunct.tag_ in FINITE_TAGS:
            last = conjunct.left_edge.i - 1
            while last > content.i and content.doc[last].dep_ in ("cc", "punct"):
                last -= 1
            break
    return last


def _lodges(verb: Token, lexicon: Lexicon) -> bool:
    """A verb of issuing a document ("file", "submit", "bring") that is no light verb of
    speech ("issue a warning", "send a message" stay words said)."""
    lemma = verb.lemma_.lower()
    return lemma in lexicon.issuing_verbs and lemma not in lexicon.light_verbs


def _accuses(noun: Token, content: list[Token]) -> bool:
    """A filed document that says something: a clause of what, or a party it is against
    (also where the "against" hangs on what it asks for: "a complaint for relief against Y")."""
    return any(c.dep_ in ("acl", "ccomp") for c in content) or any(
        t.dep_ == "prep" and t.lower_ == "against" for t in noun.subtree)


def _names_someone(token: Token, lexicon: Lexicon) -> bool:
    """A name, a personal pronoun, a named group or a source noun ("officials")."""
    return (token.pos_ in ("PROPN", "PRON") and token.lower_ not in IMPERSONAL_SUBJECTS) or (
        token.ent_type_ in NAME_ENTITY_TYPES or token.lemma_.lower() in lexicon.source_nouns)


def _received(noun: Token, *, lexicon: Lexicon, layout: Layout) -> Candidate | None:
    """"X won praise from Y", "X drew criticism from Y": Y's view, about X (the subject);
    with no "from" the owner is unnamed ("X faced criticism"). The subject of a verb
    like these never owns the noun ("fielded questions"). A noun that says what it is
    about ("fielded questions about the budget", "faces charges related to fraud") is the
    act received, with its own topic and from whom unsaid, not a view of the subject."""
    if any(c.dep_ == "prep" and c.lower_ != "from" or c.dep_ in ("acl", "relcl")
           for c in noun.children):
        return None
    target = subject_of(noun.head)
    if target is None or layout.in_quote[target.i] or target.lower_ in IMPERSONAL_SUBJECTS:
        return None
    owners = [o for p in (*noun.children, *noun.head.children)
              if p.dep_ == "prep" and p.lower_ == "from"
              for o in p.children if o.dep_ == "pobj"]
    start, end = trim(layout.text, *char_range(target.left_edge, target.right_edge))
    if end - start < 2:
        return None
    return Candidate(start=start, end=end, cue_start=noun.idx, cue_end=noun.idx + len(noun),
                     cue_type=lexicon.nouns[noun.lemma_.lower()], cue_token=None,
                     speaker_head=owners[0] if owners else None, origin="noun")


def adjective_candidates(doc: Doc, *, lexicon: Lexicon, layout: Layout) -> list[Candidate]:
    """"Critics are afraid that ...", "she was eager to prove ...", "he was critical of
    the plan": an attitude adjective predicated of someone, with its clause or object."""
    candidates = []
    for i, dep in enumerate(view_of(doc).deps):
        if dep not in ("acomp", "oprd"):
            continue
        token = layout.tokens[i]
        cue_type = lexicon.adjectives.get(token.lower_) or lexicon.adjectives.get(
            token.lemma_.lower())
        if cue_type is None or layout.in_quote[token.i]:
            continue
        content = _complement(token, clauses=("ccomp", "xcomp"),
                              prepositions=ADJECTIVE_PREPOSITIONS)
        if not content:
            continue
        speaker_head = subject_of(token.head)
        if speaker_head is None or layout.in_quote[speaker_head.i] or (
                speaker_head.lower_ in IMPERSONAL_SUBJECTS):
            continue  # "it is clear that ...": no one holds the view
        first = min(c.left_edge.i for c in content)
        last = max(c.right_edge.i for c in content)
        if last == first and doc[first].pos_ == "PRON":
            continue  # "proud of it": nothing said
        start, end = trim(layout.text, *char_range(doc[first], doc[last]))
        if end - start < 2:
            continue
        candidates.append(Candidate(
            start=start, end=end, cue_start=token.idx, cue_end=token.idx + len(token),
            cue_type=cue_type, cue_token=token, speaker_head=speaker_head, origin="adjective"))
    return candidates


_COLON = hash_string(":")  # the string id a ":" token has in the Doc view's lower column


def colon_candidates(doc: Doc, *, lexicon: Lexicon, layout: Layout) -> list[Candidate]:
    """"Okafor: harbour deal is dead" and 'Ana Lund: "..."': a short name
    before a colon, at the start of a paragraph or followed by a quotation."""
    candidates = []
    text = layout.text
    named_elsewhere: set[tuple[str, str]] | None = None
    interview = False
    for i, lower in enumerate(view_of(doc).lower_ids):
        if lower != _COLON:
            continue
        colon = layout.tokens[i]
        if layout.in_quote[colon.i] or in_dateline(colon):
            continue  # "Nairobi: ..." opens a report from there, no one speaks
        if named_elsewhere is None:  # built only for articles with a colon
            interview = _is_interview(text)
            named_elsewhere = {(t.lower_, t.ent_type_) for t in layout.tokens
                               if t.ent_type_ in NAME_ENTITY_TYPES and t.is_alpha}
        speaker = _name_before_colon(doc, colon.i, layout, lexicon,
                                     named_elsewhere=named_elsewhere, interview=interview)
        if speaker is None:
            continue
        paragraph_end = text.find("\n", colon.idx)
        start, end = trim(text, colon.idx + 1, len(text) if paragraph_end == -1 else paragraph_end)
        if len(text[start:end].split()) < MIN_COLON_CONTENT_WORDS or _is_name_list(
                start, end, layout) or _is_figure_row(colon.i, start, end, layout):
            continue
        candidates.append(Candidate(start=start, end=end, cue_start=colon.idx,
                                    cue_end=colon.idx + 1, cue_type="speech", cue_token=None,
                                    speaker_head=speaker, origin="colon"))
    return candidates


def _name_before_colon(doc: Doc, colon: int, layout: Layout, lexicon: Lexicon, *,
                       named_elsewhere: set[tuple[str, str]], interview: bool) -> Token | None:
    words: list[Token] = []
    introduces_quote = layout.text[doc[colon].idx + 1 :].lstrip().startswith(OPENING_MARKS)
    for index in range(colon - 1, max(-1, colon - 1 - MAX_COLON_NAME_TOKENS), -1):
        token = doc[index]
        if token.pos_ in ("VERB", "AUX", "PUNCT") and token.text not in ("'s", "’s", ".", "'"):
            if introduces_quote and any(w.ent_type_ == "PERSON" for w in words):
                break  # "... surprised pollster Ann Lee: "...": a name ending a clause
            return None
        words.append(token)
        if index == 0 or "\n" in doc[index - 1].text or doc[index - 1].is_space:
            break
    else:
        return None
    if len(words) == 1 and words[0].text in INTERVIEW_MARKERS and interview:
        # "Q: ..." / "A: ..." of an interview transcript (PolNeAR's gold keeps the
        # interviewer's turns as attributions); an "A" is the interviewee's
        return words[0]
    if not words or not (words[0].pos_ in ("PROPN", "NOUN") or words[0].is_title):
        return None  # a headline's lone name may be tagged anything ("Issa: ...")
    lone = words[0] if len(words) == 1 else None
    # a headline's name is often mis-tagged there ("Sanders: ...") but named in the article
    # ("The" of "The big picture:" is capitalised, and named elsewhere in "The Times")
    if not any(w.ent_type_ in NAME_ENTITY_TYPES or ((w.is_title or w.is_upper) and w.pos_ != "DET"
                                                    and any((w.lower_, kind) in named_elsewhere
                                                            for kind in NAME_ENTITY_TYPES))
               for w in words) and not (lone is not None and (
            lone.pos_ == "PROPN" or lone.lemma_.lower() in lexicon.source_nouns)):
        return None  # "Editor's note:", "Update:": no one named ("Issa:", "Poll:" are)
    if len(words) == 1 and (words[0].is_upper or len(words[0]) < 2) and (
            words[0].lower_, "PERSON") not in named_elsewhere:
        return None  # a dateline ("WASHINGTON:") or a lone "Q:", not a transcript's "SMITH:"
    return words[0]


def _is_interview(text: str) -> bool:
    """Paragraphs opening "Q:" and "A:" in turn: the article is an interview transcript."""
    openings = [line.lstrip()[:2] for line in text.splitlines()]
    return openings.count("Q:") >= MIN_INTERVIEW_TURNS and (
        openings.count("A:") >= MIN_INTERVIEW_TURNS)


def _is_name_list(start: int, end: int, layout: Layout) -> bool:
    """"Iowa: Tim X, Brad Y, Rob Z": a list of names after a label, not words said."""
    tokens = layout.tokens[layout.first_token_at_or_after(start):
                           layout.first_token_at_or_after(end)]
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    names = [t for t in words if t.pos_ == "PROPN"]
    return bool(words) and len(names) >= NAME_LIST_SHARE * len(words)


def _is_figure_row(colon: int, start: int, end: int, layout: Layout) -> bool:
    """"North district: 40% enrolled, 57% with one visit" among other rows so labelled: a
    row of a list of figures, not words said. Its words hold a number and no finite verb,
    and the paragraph before or after it opens with a label and a colon as well (a
    headline's "Okafor: harbour deal is dead" stands alone and tells a clause)."""
    tokens = layout.tokens[layout.first_token_at_or_after(start):layout.first_token_at_or_after(end)]
    if not any(t.like_num for t in tokens) or any(t.tag_ in FINITE_TAGS for t in tokens):
        return False
    lines = layout.text.split("\n")
    row = layout.text.count("\n", 0, layout.tokens[colon].idx)
    # the nearest paragraphs before and after, past blank lines
    neighbours = [next((line for line in lines[row - 1 :: -1] if line.strip()), "") if row else "",
                  next((line for line in lines[row + 1 :] if line.strip()), "")]
    return any(LABEL_ROW.match(line) for line in neighbours)


def _complement(token: Token, *, clauses: tuple[str, ...], prepositions: set[str]
                ) -> list[Token]:
    """What a cue word takes: a following clause, else the object of a preposition right
    after it ("fear that ...", "criticism of the plan", "critical of the plan")."""
    content = [c for c in token.children if c.dep_ in clauses and c.i > token.i]
    return content or [o for c in token.children if c.dep_ == "prep" and c.i == token.i + 1
                       and c.lower_ in prepositions
                       for o in c.children if o.dep_ in ("pobj", "pcomp")]
