"""Reported speech in any language with a tagger but no dependency parse: quotations, cue
verbs, source phrases ("laut X", "X zufolge", ", so X") and speech continued in the
reporting mood, read from tagged sentences with the cue lexicons of ``data/*.<lang>.jsonl``.

Each language module tags its text into ``Sentence``s of ``Word``s (coarse parts of
speech as in Universal Dependencies) and hands them here with its ``Lexicon``; the
records that come back are the same ``Statement`` and ``Mention`` as for English.
"""

from __future__ import annotations

from collections.abc import Sequence

from crosswire.models import Article, Mention, Statement
from crosswire.nlp.languages.records import Found, records
from crosswire.nlp.languages.tagged import Lexicon, Sentence, Word, quotations

# Parts of speech a speaker's noun phrase is made of.
NOMINAL = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"})
# Words before a cue verb that do not belong to its subject ("wie", "dabei", "und").
CLAUSE_OPENERS = frozenset({"SCONJ", "ADV", "CCONJ", "PART"})
# A quotation at least this share of its sentence's characters stands for the sentence.
WHOLE_SENTENCE_QUOTE = 0.6
ATTRIBUTION_PUNCT = ",:;–—-"


def find_reported(text: str, sentences: list[Sentence], *, lexicon: Lexicon,
                  article: Article) -> tuple[list[Mention], list[Statement]]:
    """Mentions of the speakers and the statements of one article, in text order."""
    quotes = quotations(text, lexicon.quote_pairs)
    found: list[Found] = []
    previous: Found | None = None
    previous_paragraph = -1
    for number, sentence in enumerate(sentences):
        inside = [q for q in quotes if q[0] < sentence.end and sentence.start < q[1]]
        before = sentences[number - 1] if number else None
        if before is not None and before.paragraph != sentence.paragraph:
            before = None
        current = _attributed(sentence, inside, lexicon, before)
        if not current:
            carried = (_continued(sentence, inside, previous, previous_paragraph)
                       or _hearsay(sentence, inside))
            if carried is not None:
                if found and found[-1] is previous and previous.cue is None:
                    previous.end = carried.end  # one continuation runs on
                    continue
                current = [carried]
        for item in current:
            if not any(item.start < other.end and other.start < item.end for other in found):
                found.append(item)
        if current:
            previous, previous_paragraph = found[-1], sentence.paragraph
        elif previous is not None and sentence.paragraph > previous_paragraph + 1:
            previous = None
    found.sort(key=lambda item: item.start)
    return records(text, found, sentences, lexicon=lexicon, article=article)


def _attributed(sentence: Sentence, quotes: list[tuple[int, int]], lexicon: Lexicon,
                before: Sentence | None) -> list[Found]:
    """Statements a cue in the sentence attributes: a source phrase or a cue verb."""
    words = [w for w in sentence.words if not any(s <= w.start < e for s, e in quotes)]
    for index in range(len(words)):
        for row in lexicon.phrases:
            item = _phrase_at(row, words, index, sentence, quotes, lexicon)
            if item is not None:
                return [item]
    for index in range(len(words)):
        lemma = _cue_lemma(words, index, lexicon)
        if lemma is not None and _needs_met(words, index, lemma, lexicon):
            item = _verb_statement(words, index, sentence, quotes, lexicon, before,
                                   passive=_passive(words, index, lexicon))
            if item is not None:
                item.cue_type = lexicon.verbs[lemma]
                return [item]
    return []


def _needs_met(words: list[Word], index: int, lemma: str, lexicon: Lexicon) -> bool:
    """Does the cue verb report here: not in brackets, and, for a verb that reports only
    with certain words, one of them in its clause?"""
    before = [w.text for w in words[:index]]
    if before.count("(") > before.count(")"):
        return False  # an aside in brackets ("(die Zeitung berichtete)")
    needs = lexicon.verb_needs.get(lemma)
    return needs is None or any(w.text.lower() in needs
                                for w in words[_clause_start(words, index):_clause_end(words, index)])


def _passive(words: list[Word], index: int, lexicon: Lexicon) -> bool:
    """Is the cue a participle of the passive ("wurden ... genannt", "gelobt worden")?"""
    if words[index].finite:
        return False
    start = _clause_start(words, index)
    return any(w.lemma.lower() in lexicon.passive_auxiliaries
               for w in words[start:index] if w.finite) or (
        index + 1 < len(words) and words[index + 1].lemma.lower() in lexicon.passive_auxiliaries)


def is_speech_cue(words: list[Word], lexicon: Lexicon) -> bool:
    """Do tagged cue words ("teilte mit", "laut") name speech: a speech verb of the
    lexicon (its particle joined) or a source phrase?"""
    text = " ".join(w.text.lower() for w in words)
    if any(text == row["phrase"] or text.startswith(row["phrase"] + " ")
           for row in lexicon.phrases if row["type"] == "speech"):
        return True
    return any(lexicon.verbs.get(_cue_lemma(words, i, lexicon) or "") == "speech"
               for i in range(len(words)))


def _cue_lemma(words: list[Word], index: int, lexicon: Lexicon) -> str | None:
    """The cue lexicon's verb a word is, its separable particle joined ("mitteilen")."""
    word = words[index]
    if word.pos not in ("VERB", "AUX"):
        return None
    lemma = word.lemma.lower()
    if word.finite:
        particle = _particle(words, index, lexicon)
        if particle is not None:
            joined = words[particle].text.lower() + lemma
            return joined if joined in lexicon.verbs else None
        last = None
        for later in words[index + 1:]:
            if later.text in ATTRIBUTION_PUNCT:
                break
            last = later
        # A particle the tagger read as an adjective closes the clause ("gab ... bekannt").
        if last is not None and last.pos in ("ADJ", "ADV") and (
                last.text.lower() + lemma) in lexicon.verbs:
            return last.text.lower() + lemma
    return lemma if lemma in lexicon.verbs else None


def _particle(words: list[Word], index: int, lexicon: Lexicon) -> int | None:
    """Where the separable particle of the finite verb at ``index`` stands: the end of
    its clause, past any apposition in commas ("geht X, der Y, davon aus"), before the
    next finite verb or content clause."""
    for at in range(index + 1, len(words)):
        later = words[at]
        if later.particle:
            return at
        if later.finite or later.text.lower() in lexicon.complementisers or later.text == ":":
            return None
    return None


def _phrase_at(row: dict, words: list[Word], index: int, sentence: Sentence,
               quotes: list[tuple[int, int]], lexicon: Lexicon) -> Found | None:
    """The statement a source phrase of the lexicon at ``words[index]`` attributes."""
    tokens = row["phrase"].split()
    if [w.text.lower() for w in words[index:index + len(tokens)]] != tokens:
        return None
    if row.get("after_comma") and (index == 0 or words[index - 1].text != ","):
        return None
    cue = (words[index].start, words[index + len(tokens) - 1].end)
    after = index + len(tokens)
    if row["source"] == "none":
        # "In der Mitteilung heißt es", "heißt es in der Mitteilung": the text named is the source
        speaker = _source_text(words, index, index + len(tokens), row.get("in", ()), lexicon)
    elif row["source"] == "self":  # "demnach": the phrase points back to its source
        speaker = cue
    elif row["source"] == "before":
        speaker = _phrase_before(words, index)
    else:
        nouns = row.get("nouns")
        if nouns:
            phrase = _phrase_after(words, after, lexicon)
            if phrase is None or not any(words[i].text.lower().endswith(tuple(nouns))
                                         for i in range(after, phrase[1])):
                return None
            speaker = (words[after].start, words[phrase[1] - 1].end)
            after = phrase[1]
        else:
            phrase = _phrase_after(words, after, lexicon)
            speaker = None if phrase is None else (words[phrase[0]].start,
                                                   words[phrase[1] - 1].end)
            if phrase is not None:
                after = phrase[1]
            # A source named in quotation marks ("laut „Beispiel-Zeitung“").
            quoted = next((q for q in quotes if cue[1] < q[0]
                           and not sentence_text(sentence, cue[1], q[0]).strip()), None)
            if quoted is not None and (speaker is None or quoted[0] < speaker[0]):
                speaker = quoted
                after = next((i for i, w in enumerate(words) if w.start >= quoted[1]),
                             len(words))
    if row["source"] != "none" and speaker is None:
        return None
    if row.get("after_comma"):
        # "..., so X." closes the sentence: what comes before the comma is the content.
        if any(w.pos not in NOMINAL and w.pos not in ("ADV", "PART", "PUNCT", "ADP")
               for w in words[after:]):
            return None
        return _content(sentence.start, words[index - 1].start, cue, speaker)
    attribution_end = max(cue[1], speaker[1] if speaker else 0)
    if index and words[index - 1].text == "," and all(
            w.pos in ("ADV", "PART", "PUNCT") for w in words[after:] if w.start >= attribution_end):
        # The attribution closes the sentence after a comma ("…, hieß es im Bericht").
        return _content(sentence.start, words[index - 1].start, cue, speaker)
    if all(w.pos in ("ADP", "ADV") or (speaker and speaker[0] <= w.start < speaker[1])
           for w in words[:index]):
        # The attribution opens the sentence ("Laut X", "X zufolge", "In X heißt es", "So
        # heißt es in X"): the content is what follows it.
        opened = max(cue[1], speaker[1] if speaker else 0)
        rest = [w for w in sentence.words if w.start >= opened]
        rest = rest[1:] if rest and rest[0].text == "," else rest
        if not rest:
            return None
        return _content(rest[0].start, _content_end(sentence.words), cue, speaker)
    return _content(sentence.start, _content_end(sentence.words), cue, speaker)


def _source_text(words: list[Word], first: int, after: int, prepositions: Sequence[str],
                 lexicon: Lexicon) -> tuple[int, int] | None:
    """The noun phrase of a prepositional phrase (one of ``prepositions``) opening the
    sentence just before the cue at ``first``, or just after it (ending at ``after``)."""
    starts = [0, after] if first else [after]
    for start in starts:
        if start < len(words) and words[start].text.lower() in prepositions:
            phrase = _phrase_after(words, start + 1, lexicon)
            if phrase is not None and (start or phrase[1] == first):
                return words[phrase[0]].start, words[phrase[1] - 1].end
    return None


def _verb_statement(words: list[Word], index: int, sentence: Sentence,
                    quotes: list[tuple[int, int]], lexicon: Lexicon,
                    before: Sentence | None, *, passive: bool) -> Found | None:
    """The content a cue verb reports: a quotation its clause opens or ends on, the
    clause after it ("sagte, dass ..."), the clause before it ("..., sagte X"), the
    sentence before ("Das teilte X mit") or the verb's object ("X kündigte Y an").
    A cue in the passive reports only a content clause, and names no speaker ("Es wird
    befürchtet, dass ...")."""
    verb = words[index]
    speaker = None if passive else _speaker_of_verb(words, index, lexicon)
    sentence_end = _content_end(sentence.words)
    particle = _particle(words, index, lexicon) if verb.finite else None
    clause_end = _clause_end(words, index if particle is None else particle)
    clause_start = _clause_start(words, index)
    boundary = words[clause_end] if clause_end < len(words) else None
    if any(_cue_lemma(words, i, lexicon) for i in range(index + 1, clause_end)):
        return None  # "hat ... kritisiert und erklärte, ...": the nearer cue reports
    quote_after = next((q for q in quotes if q[0] >= verb.end), None)
    # A cue in a relative or subordinate clause reports only a content clause of its own,
    # not the main clause around it ("Dass sie den Plan ablehnt, ist ein Signal").
    subordinate = (words[clause_start].text.lower() not in lexicon.source_openers
                   and (words[clause_start].pos == "SCONJ" or _relative(words[clause_start])))
    if index == clause_start and verb.finite and _reports_before(words, clause_start, lexicon) and (
            boundary is None or boundary.text != ":"):
        # "„…“, sagte X dem Sender „Name“" and "…, sagte X, Y": the content stands before
        # the cue; a quotation or clause after it belongs to the speaker's words.
        quote_before = next((q for q in quotes if q[0] <= sentence.start + 1), None)
        if quote_before is not None and quote_before[1] <= verb.start:
            return Found(quote_before[0], quote_before[1], verb, speaker)
        return _content(sentence.start, words[clause_start - 1].start, verb, speaker)
    if passive:
        if boundary is not None and boundary.text in ",:":
            rest = [w for w in sentence.words if w.start >= boundary.end]
            if rest and rest[0].text.lower() in lexicon.complementisers:
                return _content(boundary.end, sentence_end, verb, None)
        return None
    if quote_after is not None and (
            boundary is None or boundary.start >= quote_after[0]
            or not sentence_text(sentence, boundary.end, quote_after[0]).strip()):
        return Found(quote_after[0], quote_after[1], verb, speaker)
    opener = next((w for w in words[index + 1:clause_end]
                   if w.text.lower() in lexicon.complementisers), None)
    if opener is not None:  # "a affirmé que ...", "sagte er dass ...": no comma before it
        return _content(opener.start, sentence_end, verb, speaker)
    if boundary is not None and boundary.text in ",:":
        rest = [w for w in sentence.words if w.start >= boundary.end]
        sourced = words[clause_start].text.lower() in lexicon.source_openers
        if rest and (sourced or boundary.text == ":"
                     or _content_clause(rest, lexicon, main=not subordinate)):
            return _content(boundary.end, sentence_end, verb, speaker)
    if clause_start > 0 and words[clause_start - 1].text in ",–—" and not subordinate:
        quote_before = next((q for q in quotes if q[0] <= sentence.start + 1), None)
        if quote_before is not None and quote_before[1] <= verb.start:
            return Found(quote_before[0], quote_before[1], verb, speaker)
        return _content(sentence.start, words[clause_start - 1].start, verb, speaker)
    if (before is not None and clause_start == 0
            and words[0].text.lower() in lexicon.anaphors and index <= 2):
        return _content(before.start, _content_end(before.words), verb, speaker)
    if speaker is not None and not subordinate and lexicon.verbs[
            _cue_lemma(words, index, lexicon)] in ("speech", "belief"):
        # Speech or a view in the reporter's words ("X kündigte den Abzug an", "X
        # befürchtet einen Abbau"): the whole sentence.
        return _content(sentence.start, sentence_end, verb, speaker)
    return None


def _reports_before(words: list[Word], clause_start: int, lexicon: Lexicon) -> bool:
    """Does the cue's clause, opening with the cue, follow a clause of its own after a
    comma ("Die Lage sei ernst, sagte sie")? Not an apposition ("Der Sprecher, Max Beispiel, sagte"), nor a
    relative or subordinate clause ("Die Firma, die ihm gehört, teilte mit")."""
    if clause_start < 1 or words[clause_start - 1].text not in ",–—":
        return False
    # ``words`` leave quotations out: nothing before the comma is a quotation before it.
    before = words[_clause_start(words, clause_start - 1):clause_start - 1]
    return not before or (any(w.finite for w in before)
            and before[0].pos != "SCONJ" and not _relative(before[0])
            and before[0].text.lower() not in lexicon.source_openers)


def _content_clause(rest: list[Word], lexicon: Lexicon, *, main: bool = True) -> bool:
    """Does a clause report content: "dass"/"ob", a verb in the reporting mood, an
    infinitive with "zu", or (when ``main``) a main clause (no conjunction or adverb
    opening it)?"""
    first = rest[0]
    if first.text.lower() in lexicon.complementisers:
        return True
    if any(w.reporting_mood for w in rest) or any(w.pos == "PART" and w.lemma.lower() == "zu"
                                                  for w in rest):
        return True
    return main and first.pos not in ("SCONJ", "ADV") and not _relative(first)


def sentence_text(sentence: Sentence, start: int, end: int) -> str:
    """The sentence's words between two offsets, joined by spaces (for emptiness tests)."""
    return " ".join(w.text for w in sentence.words if start <= w.start and w.end <= end)


def _relative(word: Word) -> bool:
    """A relative pronoun opens the clause: it describes, it does not report."""
    return word.pos == "PRON" and word.lemma.lower() in ("der", "die", "das", "welcher")


def _content(start: int, end: int, cue: Word | tuple[int, int],
             speaker: tuple[int, int] | None) -> Found | None:
    if end <= start:
        return None
    return Found(start, end, cue, speaker)


def _content_end(words: list[Word]) -> int:
    """Where a content running to the end of the sentence ends: before its full stop."""
    last = len(words) - 1
    while last > 0 and words[last].pos == "PUNCT" and words[last].text in ".!?":
        last -= 1
    return words[last].end


def _clause_end(words: list[Word], index: int) -> int:
    for i in range(index + 1, len(words)):
        if words[i].text in ATTRIBUTION_PUNCT:
            return i
    return len(words)


def _clause_start(words: list[Word], index: int) -> int:
    for i in range(index - 1, -1, -1):
        if words[i].text in ATTRIBUTION_PUNCT:
            return i + 1
    return 0


def _speaker_of_verb(words: list[Word], index: int,
                     lexicon: Lexicon) -> tuple[int, int] | None:
    """The verb's subject: the noun phrase its clause opens with ("Die Polizei teilte
    mit"), else the one after the clause's finite verb ("sagte der Minister", "hat die
    Ministerin erklärt"); a name or pronoun after the verb wins over an opening phrase
    without one, which is then an object ("Der Zeitung sagte Max Beispiel")."""
    start = _clause_start(words, index)
    while start < index and words[start].pos in CLAUSE_OPENERS:
        start += 1
    finite = index
    first_finite = next((i for i in range(start, index) if words[i].finite), None)
    if first_finite is not None and (not words[index].finite or any(
            w.pos == "CCONJ" for w in words[first_finite:index])):
        # "hat ... erklärt": the auxiliary; "X dankte ... und sagte": the first verb.
        finite = first_finite
    opening = _nominal(words[start:finite], lexicon)
    if not opening and start == finite and start > 1 and words[start - 1].text == ",":
        # "Der Sprecher des Amtes, Max Beispiel, teilte mit": the subject stands before
        # the comma, in apposition.
        opening = _nominal(words[_clause_start(words, start - 1):start - 1], lexicon)
    phrase = (_phrase_after(words, finite + 1, lexicon, skip_adverbs=True)
              or _phrase_after(words, index + 1, lexicon, skip_adverbs=True))
    after = words[phrase[0]:phrase[1]] if phrase is not None else []
    if opening and not (after and _named(after, lexicon) and not _named(opening, lexicon)):
        return opening[0].start, opening[-1].end
    if after:
        return after[0].start, after[-1].end
    return None


def _nominal(words: list[Word], lexicon: Lexicon) -> list[Word]:
    """``words`` when they make one noun phrase, coordinated or with a bracket
    ("EU-Kommission und Bundesregierung", "Max Beispiel (SPD)"), adverbs after it left
    out ("die Polizei weiterhin"), else none."""
    while words and words[-1].pos == "ADV":
        words = words[:-1]
    if not words or words[0].pos not in NOMINAL:
        return []
    if all(w.pos in NOMINAL or w.pos in ("ADP", "CCONJ") or w.text in "()" for w in words) \
            and any(w.pos in ("NOUN", "PROPN", "PRON") and w.text.lower() not in lexicon.objects
                    for w in words):
        return words
    return []


def _named(phrase: list[Word], lexicon: Lexicon) -> bool:
    return any(w.pos == "PROPN" for w in phrase) or (
        len(phrase) == 1 and phrase[0].text.lower() in lexicon.pronouns)


def _phrase_after(words: list[Word], index: int, lexicon: Lexicon, *,
                  skip_adverbs: bool = False) -> tuple[int, int] | None:
    """(first, end) word indices of the noun phrase at ``index``, what the lexicon's
    attachments join to it included ("der Sprecher des Amtes"); ``skip_adverbs`` steps
    over adverbs, particles, reflexives and one prepositional phrase first ("sagte am Montag der
    Minister")."""
    def skip(at: int) -> int:
        while at < len(words) and (words[at].pos in ("ADV", "PART")
                                   or words[at].text.lower() in lexicon.reflexives):
            at += 1
        return at

    if skip_adverbs:
        index = skip(index)
        if index < len(words) and words[index].pos == "ADP":
            skipped = _phrase_after(words, index + 1, lexicon)
            if skipped is not None:
                index = skip(skipped[1])
    if index < len(words) and words[index].pos == "PRON":
        return (index, index + 1) if words[index].text.lower() in lexicon.pronouns else None
    end, head, head_case = index, False, None
    while end < len(words):
        word = words[end]
        attached = word.text.lower() in lexicon.attachments
        if word.pos in ("NOUN", "PROPN"):
            if head and word.case not in (None, head_case, "Gen"):
                break  # an object after the phrase ("заявил министр журналистам")
            head, head_case = True, head_case or word.case
        elif word.pos in ("DET", "ADJ", "NUM"):
            # Without attachment words (no articles: Russian) a phrase runs on through
            # the adjectives of its genitive ("министр иностранных дел").
            before_name = (word.pos == "ADJ" and end + 1 < len(words)
                           and words[end + 1].pos == "PROPN")
            if head and not attached and lexicon.attachments and not before_name:
                break  # a second phrase begins ("die Taikonauten sieben Minuten"), not
                # an adjective before a name ("le négociateur ukrainien Jean Exemple")
        elif (word.pos == "ADV" and not head and end + 1 < len(words)
              and words[end + 1].pos == "ADJ"):
            pass  # an adverb before an adjective ("bisher unbestätigten Berichten")
        elif not (head and attached and end + 1 < len(words)
                  and words[end + 1].pos in NOMINAL):
            break
        if attached:
            head = False
        end += 1
    if end == index or not any(w.pos in ("NOUN", "PROPN") for w in words[index:end]):
        return None
    return index, end


def _phrase_before(words: list[Word], index: int) -> tuple[int, int] | None:
    start = index
    while start > 0 and words[start - 1].pos in NOMINAL:
        start -= 1
    if start == index:
        return None
    return words[start].start, words[index - 1].end


def _continued(sentence: Sentence, quotes: list[tuple[int, int]], previous: Found | None,
               previous_paragraph: int) -> Found | None:
    """A sentence with no cue that goes on with the speech before it: a quotation that is
    the sentence, or a sentence in the reporting mood (free indirect speech)."""
    if previous is None or sentence.paragraph > previous_paragraph + 1:
        return None
    length = sentence.end - sentence.start
    for start, end in quotes:
        if (min(end, sentence.end) - max(start, sentence.start)) / length >= WHOLE_SENTENCE_QUOTE:
            return Found(max(start, previous.end), end, None, previous.speaker)
    if any(w.reporting_mood for w in sentence.words):
        return Found(sentence.start, _content_end(sentence.words), None, previous.speaker)
    return None


def _hearsay(sentence: Sentence, quotes: list[tuple[int, int]]) -> Found | None:
    """A sentence whose own verb marks it as reported, with no cue and no speech just
    before it ("Im Hafen sollen drei Hallen abgebrannt sein", "Die Lage sei ernst"): a
    statement of a source not named."""
    if any(w.hearsay and not any(s <= w.start < e for s, e in quotes) for w in sentence.words):
        return Found(sentence.start, _content_end(sentence.words), None, None)
    return None
