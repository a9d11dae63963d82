"""Labels of a story's issues: the run of an issue's words its headlines and texts use
most, read as a noun phrase where the story's parse says which words head one, as an
analyst would head a column ("the review panel", not "review panel to examine"); one that
only names a decision or proposal is taken on to what it is about ("decision to shut
pier"), one that is a verb's infinitive back to the noun whose purpose it
names ("motion to unseat"), and one ending in a word the story's noun phrases use to
describe a noun on to that noun ("harbour levy bill"). A run counts where it stands
whole: "coastal fishing" inside "coastal fishing ban" is part of the longer run."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from crosswire.compare.claim_readings import lexicon
from crosswire.data import read_jsonl
from crosswire.knowledge.places import country_of, is_firm_place
from crosswire.knowledge.text import (
    WORD,
    auxiliary_verbs,
    crude_lemma,
    general_nouns,
    setting_nouns,
    stop_words,
)
from crosswire.models import NounPhrase
from crosswire.nlp.cues import load_lexicon, regular_forms
from crosswire.nlp.noun_phrases import long_quotations

# Words in an issue's label at most: a column heading, not a headline.
MAX_LABEL_WORDS = 4
# A label's word that describes a noun goes on to that noun only where this many articles
# put it before that noun ("night [border] patrols"), not one writer's turn of phrase.
MIN_DESCRIBED_ARTICLES = 2


def is_place(word: str) -> bool:
    """Whether a word names a country or a place (``crosswire.knowledge.places``): where a
    story happens, not what it is about."""
    return country_of(word) is not None or is_firm_place(word)


@cache
def proposal_nouns() -> frozenset[str]:
    """Nouns that name a proposal or decision without saying what it is ("plan",
    "decision"; ``data/proposal_nouns.jsonl``): what is proposed follows them."""
    return frozenset(crude_lemma(row["word"])
                     for row in read_jsonl("proposal_nouns.jsonl", required=("word",)))


@cache
def happening_nouns() -> frozenset[str]:
    """Nouns of what befalls people, no one's proposal, decision or act ("quake",
    "collapse"; ``data/happening_nouns.jsonl``)."""
    return frozenset(crude_lemma(row["noun"])
                     for row in read_jsonl("happening_nouns.jsonl", required=("noun",)))


def _head(label: str) -> str | None:
    """A label's head: its last word before a function word ("curfew" of "market curfew",
    "levy" of "levy on ferries")."""
    function_words = stop_words()
    head = None
    for word in label.split():
        if word in function_words:
            break
        head = word
    return head


def label_head(label: str) -> str | None:
    """What a label's last noun names where it names who, where or when
    (``knowledge.text.setting_nouns``): "person" for "island visitors", for a role
    noun, whatever WordNet ranks first for it ("host"), and for a collective noun of people
    ("championship squad": ``knowledge.text.general_nouns``), "location" for "district",
    "time" for "weekend", "general" for a general noun or one only naming a proposal
    standing alone ("effect", "decision"), whose matter lies in words a heading lacks;
    None for a matter ("market curfew", "levy on ferries": the head is the last noun before
    a function word). Such a label says whom or where a matter concerns, or nothing of
    one, not what its sides dispute."""
    head = _head(label)
    if not head:
        return None
    form = crude_lemma(head)
    general = general_nouns().get(form)
    if form in person_role_nouns() or general == "person":
        return "person"
    if label.split() == [head] and (general == "general" or form in proposal_nouns()):
        return "general"
    return setting_nouns().get(form)


@cache
def person_role_nouns() -> frozenset[str]:
    """The role nouns (``data/role_nouns.jsonl``) that name only people: not those whose
    row sets ``names_things``, a word as often a matter or a thing ("racial justice",
    "casualty figures")."""
    return frozenset(row["noun"].lower() for row in read_jsonl("role_nouns.jsonl", required=("noun",))
                     if not row.get("names_things"))


def names_happening(label: str) -> bool:
    """Whether a label is headed by a noun of what befalls people (``happening_nouns``):
    "hillside landslide", "pier collapse". No one is for or against a landslide: what the
    story's sides take up is what is done about it, so such a label names what happened.
    A general noun before "of" heads nothing of its own ("counts of arson", "series of
    floods"): the noun it is of is the label's head."""
    head = _head(label)
    if head is None:
        return False
    words = label.split()
    after = words.index(head) + 1
    if (general_nouns().get(crude_lemma(head)) == "general" and after < len(words) and words[after] == "of"):
        return names_happening(" ".join(words[after + 1:]))
    return crude_lemma(head) in happening_nouns()


@cache
def reporting_forms() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """The cue lexicon's reporting verbs: each form (the lemma too) -> its lemma, and
    each lemma -> all its forms (``Lexicon.forms``: regular and irregular, "said")."""
    lexicon = load_lexicon()
    lemmas = {lemma: lemma for lemma in lexicon.verbs if " " not in lemma} | lexicon.forms
    forms: dict[str, set[str]] = {}
    for form, lemma in lemmas.items():
        forms.setdefault(lemma, set()).add(form)
    return lemmas, {lemma: frozenset(found) for lemma, found in forms.items()}


def root_form(form: str, roots: dict[str, str] | None) -> str:
    """The root ``roots`` (``crosswire.compare.word_roots.word_roots``) gives a word's form, else the form."""
    return roots.get(form, form) if roots else form


@dataclass(frozen=True)
class LabelTexts:
    """A story's headlines (weight 2) and texts (weight 1) as (root form, lower-cased word)
    pairs, and where each root form stands in them: made once for all of a story's issues,
    whose labels all read the same texts and start only at their own words. ``phrases``
    tells which words the parse saw in noun phrases (``PhraseWords``)."""

    tokenised: list[tuple[int, list[tuple[str, str]]]]
    places: dict[str, list[tuple[int, int]]]  # root form -> (text, word) positions
    phrases: PhraseWords | None = None
    # the article of each headline, in order: the first texts of ``tokenised``
    headline_articles: tuple[str | None, ...] = ()


@dataclass(frozen=True)
class PhraseWords:
    """The ``crude_lemma`` forms of the words a story's parsed texts use where noun phrases
    are recorded, outside long quotations (``parsed``), of those its noun phrases hold
    (``held``), and of the last words of those phrases, their heads (``heads``)."""

    parsed: frozenset[str]
    held: frozenset[str]
    heads: frozenset[str]
    # a word's form -> (the phrase's words from it on, lower case; the head's form; the
    # article) for each phrase in which it stands before the head, and -> how many it heads
    described: Mapping[str, tuple[tuple[str, str, str | None], ...]] = field(default_factory=dict)
    headed: Mapping[str, int] = field(default_factory=dict)
    # a head's form -> (the phrase's last words, from a word before the head on, lower case;
    # the article) for each run of words its phrases put before it ("dock workers")
    modified: Mapping[str, tuple[tuple[str, str | None], ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, texts: Iterable[str], noun_phrases: Iterable[NounPhrase]) -> PhraseWords:
        described: dict[str, list[tuple[str, str, str | None]]] = defaultdict(list)
        modified: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
        headed: Counter = Counter()
        phrases = []
        for phrase in noun_phrases:
            written = WORD.findall(phrase.span.text)
            words = [word.lower() for word in written]
            forms = [crude_lemma(word) for word in words]
            phrases.append(forms)
            if forms:
                headed[forms[-1]] += 1
                for n, form in enumerate(forms[:-1]):
                    described[form].append((" ".join(words[n:]), forms[-1], phrase.span.article))
                    # a capitalised word other than a place's is a name's ("Harbour Authority"
                    # of an agency): who acts, which says no kind of thing
                    if not any(word[0].isupper() and not is_place(word) for word in written[n:-1]):
                        modified[forms[-1]].append((" ".join(words[n:]), phrase.span.article))
        parsed = (crude_lemma(word) for text in texts for word in WORD.findall(_unquoted(text)))
        return cls(parsed=frozenset(parsed),
                   held=frozenset(form for forms in phrases for form in forms),
                   heads=frozenset(forms[-1] for forms in phrases if forms),
                   described={form: tuple(uses) for form, uses in described.items()}, headed=headed,
                   modified={form: tuple(uses) for form, uses in modified.items()})

    def qualified(self, form: str, headlined: Sequence[tuple[str, str | None]] = ()) -> str | None:
        """The noun phrase a bare head goes back to where the story's noun phrases, and its
        headlines (``headlined``: the runs a headline puts before the head, and its article),
        put the same words before it in MIN_DESCRIBED_ARTICLES articles ("workers" -> "dock
        workers", "permit" -> "fishing permit"), in lower case or a place's word, never a
        name's: a column headed "permit" or "workers" says of what kind only where the
        story does. Of those, the run the most articles write,
        then the most used, then the shortest ("fishing permit" before "costly new seasonal
        fishing permit"); within MAX_LABEL_WORDS words, and of words only (no figure)."""
        articles: dict[str, set[str | None]] = defaultdict(set)
        modified = (*self.modified.get(form, ()), *headlined)
        for words, article in modified:
            if len(words.split()) <= MAX_LABEL_WORDS and all(w.isalpha() for w in words.replace("-", "").split()):
                articles[words].add(article)
        written = [words for words, found in articles.items() if len(found) >= MIN_DESCRIBED_ARTICLES]
        if not written:
            return None
        uses = Counter(words for words, _ in modified)
        return max(written, key=lambda words: (len(articles[words]), uses[words], -len(words), words))

    def described_noun(self, form: str) -> str | None:
        """The noun phrase a word goes on to where the story's noun phrases put it before
        another noun more often than they end in it ("night" -> "night border patrols"): of
        the heads it describes in MIN_DESCRIBED_ARTICLES articles, the one it describes
        most, in the wording used most (the shorter of two); None for a word that heads as
        often as it describes ("ban" of "ban on imports" and "import ban")."""
        uses = self.described.get(form, ())
        if len(uses) <= self.headed.get(form, 0):
            return None
        articles: dict[str, set[str | None]] = defaultdict(set)
        for _, head, article in uses:
            articles[head].add(article)
        heads = Counter(head for _, head, _ in uses if len(articles[head]) >= MIN_DESCRIBED_ARTICLES)
        if not heads:
            return None
        head = max(heads, key=lambda found: (heads[found], found))
        wordings = Counter(words for words, found, _ in uses if found == head)
        return max(wordings, key=lambda words: (wordings[words], -len(words), words))

    def shaped(self, words: Sequence[str]) -> bool:
        """Whether a run of words reads as a noun phrase: each stretch between its function
        words ends in a noun the parse saw head a noun phrase ("threats against [school
        board]", "war in [Ukraine]") and holds only words it saw in noun phrases, so no
        stretch ends in a verb or an adjective ("citizens remain", "for certain
        immunocompromised", "committee to investigate"). A word the parsed texts never use
        (a headline's own) is taken as it stands, unless they use it as a verb: a past or a
        participle of it ("killed") heads no noun phrase, so "kills" is no noun either."""
        function_words = stop_words()
        stretches: list[list[str]] = [[]]
        for word in words:
            if word in function_words:
                stretches.append([])
            else:
                stretches[-1].append(crude_lemma(word))
        return all(self._fits(forms[-1], self.heads) and all(self._fits(f, self.held) for f in forms)
                   for forms in stretches if forms)

    def verbal(self, words: Sequence[str]) -> bool:
        """Whether the parse tells a word of a run is a verb: one that heads no noun phrase
        and is a past or participle the texts use outside noun phrases ("solved"), or one
        the texts never use whose past or participle they do ("dies" beside "died"). A
        stricter test than ``shaped`` fails: only what the parse shows is a verb."""
        function_words = stop_words()
        for form in (crude_lemma(word) for word in words if word not in function_words):
            if form in self.heads:
                continue
            if form.endswith("ed") and self.only_outside(form):
                return True
            if form not in self.parsed and any(verb in self.parsed for verb in regular_forms(form)):
                return True
        return False

    def only_outside(self, form: str) -> bool:
        """Whether the parsed texts use a word's form, but never in a noun phrase ("linger",
        "solved"): what someone does or is."""
        return form in self.parsed and form not in self.held

    def _fits(self, form: str, seen: frozenset[str]) -> bool:
        if form in self.parsed:
            return form in seen
        verb_forms = [inflected for inflected in regular_forms(form) if inflected in self.parsed]
        return not verb_forms or any(inflected in self.heads for inflected in verb_forms)


def _unquoted(text: str) -> str:
    """``text`` without its long quotations, where noun phrases are not recorded."""
    kept, end = [], 0
    for start, stop in long_quotations(text):
        kept.append(text[end:start])
        end = stop
    return " ".join([*kept, text[end:]])


def label_tokens(*, headlines: list[str], texts: list[str], roots: dict[str, str] | None = None,
                 phrases: PhraseWords | None = None, articles: Sequence[str | None] = ()) -> LabelTexts:
    """``LabelTexts`` of a story's headlines and texts; ``articles``: each headline's article,
    where the caller knows them."""
    tokenised = [(weight, [(root_form(crude_lemma(word), roots), word.lower()) for word in WORD.findall(text)])
                 for weight, text in [(2, h) for h in headlines] + [(1, t) for t in texts]]
    places: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for n, (_, tokens) in enumerate(tokenised):
        for i, (form, _) in enumerate(tokens):
            places[form].append((n, i))
    return LabelTexts(tokenised=tokenised, places=places, phrases=phrases, headline_articles=tuple(articles))


@cache
def _joining_words() -> frozenset[str]:
    """Words that may join an issue's words in a label's run: function words, never a
    reporting verb among them ("court says arizona" is a sentence, not a heading), nor an
    auxiliary or modal verb (``data/auxiliary_verbs.jsonl``), which joins a subject to its
    verb: "levy will fund" is a clause, not a heading; nor a conjunction opening a clause
    of time, cause or manner (``Lexicon.adverbial_openers``: "as", "while"), which joins two
    clauses: "fares as ferries" is no heading."""
    return stop_words() - reporting_forms()[0].keys() - auxiliary_verbs() - lexicon().adverbial_openers


def labelled(words: set[str], *, tokenised: LabelTexts, excluded: frozenset[str],
             anchors: set[str] = frozenset()) -> str:
    """``issue_label`` over texts ``label_tokens`` has split already: of the runs, those
    that read as noun phrases (``PhraseWords.shaped``) and say more than where the story
    happens or that something is proposed come first."""
    runs: Counter = Counter()
    run_words: dict[str, list[str]] = {}
    found_at: dict[str, list[tuple[int, int]]] = defaultdict(list)  # run -> (text, word after it)
    anchored = set()  # the runs naming an anchor
    joining = _joining_words()
    starts = [place for form in words if form not in excluded
              for place in tokenised.places.get(form, ())]
    for n, i in starts:
        weight, tokens = tokenised.tokenised[n]
        anchor, named = False, set()
        for j in range(i, min(len(tokens), i + MAX_LABEL_WORDS)):
            form, word = tokens[j]
            if form in words and form not in excluded:
                # a run names each word once: one that comes back ("rule changes the
                # rule") opens the next phrase, as two headings run together
                if form in named:
                    break
                named.add(form)
                anchor = anchor or form in anchors
                if j + 1 < len(tokens) and _cut_short(tokens[i : j + 2], words=words, excluded=excluded,
                                                      phrases=tokenised.phrases):
                    continue
                # a run begins and ends with the words; function words may join
                # them ("war in Ukraine")
                run = " ".join(w for _, w in tokens[i : j + 1])
                run_words[run] = [w for _, w in tokens[i : j + 1]]
                runs[run] += weight * len(named) ** 2
                found_at[run].append((n, j + 1))
                if anchor:
                    anchored.add(run)
            elif word not in joining:
                break
    if not runs:
        return " ".join(sorted(words))
    phrases = tokenised.phrases
    shaped = {run for run, found in run_words.items() if phrases is None or phrases.shaped(found)}
    # runs of places and proposal nouns only say where, or that something is proposed,
    # not what ("tessa", "decision")
    unsaying = {run for run, found in run_words.items()
                if all(is_place(w) or crude_lemma(w) in proposal_nouns()
                       for w in found if w not in stop_words())}
    # a column heading is a noun phrase that says what, before it names what is proposed;
    # where none fits, the runs as found
    shaped = (shaped - unsaying) or shaped
    # and a phrase naming a matter, or where it lies, before whom it concerns: "sea
    # crossings" over "island visitors" (one word alone may be only a name's, "court" of
    # "Supreme Court": it says no more than the people)
    people = {run for run in shaped if label_head(run) == "person"}
    if people and any(len(run.split()) > 1 for run in shaped - people):
        shaped -= people
    chosen = (anchored & shaped) or shaped or anchored or runs
    best = max(chosen, key=lambda run: (runs[run], len(run.split()), len(run), run))
    if best in unsaying and not is_place(best):
        return _said_after(best, found_at[best], tokenised=tokenised) or best
    return (_taken_by(best, found_at[best], tokenised=tokenised) or _gone_on(best, tokenised.phrases)
            or _qualified(best, tokenised, excluded=excluded) or best)


def _gone_on(run: str, phrases: PhraseWords | None) -> str | None:
    """A label ending in a word that only describes a noun, taken on to the noun phrase
    the story's noun phrases make of it (``PhraseWords.described_noun``): "night" names
    no column, "night border patrols" does; within MAX_LABEL_WORDS words."""
    words = run.split()
    phrase = phrases.described_noun(crude_lemma(words[-1])) if phrases is not None else None
    if phrase is None or len(label := [*words[:-1], *phrase.split()]) > MAX_LABEL_WORDS:
        return None
    # never on to whom it concerns: "dock strike" names more than "dock strike workers"
    if label_head(phrase) == "person":
        return None
    return " ".join(label)


def _qualified(run: str, tokenised: LabelTexts, *, excluded: frozenset[str]) -> str | None:
    """A label of one noun taken back to the words the story's noun phrases and headlines
    put before it (``PhraseWords.qualified``): a common or a place's word ("dock",
    "Dutch"), which names no issue itself, may say which one ("travel restrictions" where
    one headline reads "new travel restrictions" and a text "pandemic travel restrictions")."""
    phrases = tokenised.phrases
    if phrases is None or len(run.split()) != 1:
        return None
    return phrases.qualified(crude_lemma(run), _headline_modifiers(run, tokenised, excluded=excluded))


def _headline_modifiers(head: str, tokenised: LabelTexts, *, excluded: frozenset[str]
                        ) -> list[tuple[str, str | None]]:
    """The runs a story's headlines put before ``head`` (each from a word before it on, lower
    case; and the headline's article), as ``PhraseWords.modified`` holds the texts': a
    headline is never parsed, so a word before the head counts only where the story's
    parse saw it describe a noun (``PhraseWords.described``: "spending" of "a short-term
    spending bill", never "passes" of "Congress passes bill") and it is no name's
    (``excluded``); a function word or a figure ends the run."""
    phrases = tokenised.phrases
    assert phrases is not None
    function_words, form = stop_words(), crude_lemma(head)
    found = []
    for (_, tokens), article in zip(tokenised.tokenised, tokenised.headline_articles):
        words = [word for _, word in tokens]
        for i in (i for i, word in enumerate(words) if crude_lemma(word) == form):
            start = i
            while start > 0 and i - start < MAX_LABEL_WORDS - 1 and _describes(words[start - 1], phrases, excluded,
                                                                                 function_words):
                start -= 1
                found.append((" ".join(words[start : i + 1]), article))
    return found


def _describes(word: str, phrases: PhraseWords, excluded: frozenset[str], function_words: frozenset[str]) -> bool:
    """Whether a headline's word may describe the noun after it (``_headline_modifiers``)."""
    form = crude_lemma(word)
    return (word not in function_words and word.replace("-", "").isalpha() and form not in excluded
            and word not in excluded and form in phrases.described)


def _cut_short(tokens: list[tuple[str, str]], *, words: set[str], excluded: frozenset[str],
               phrases: PhraseWords | None) -> bool:
    """Whether a run (``tokens`` but the last) stops short of a noun phrase the issue's next
    word (the last token) goes on with: "coastal fishing" where the text reads "coastal
    fishing ban" names the ban only in part, so there only the longer run counts; a verb
    that follows ("the airlift leaves") ends no noun phrase, and cuts nothing short."""
    form, _ = tokens[-1]
    if form not in words or form in excluded:
        return False
    return phrases is None or phrases.shaped([word for _, word in tokens])


def _taken_by(run: str, places: list[tuple[int, int]], *, tokenised: LabelTexts) -> str | None:
    """A label that is a verb's infinitive, not a thing ("unseat": the parse saw it head no
    noun phrase, and most of its uses follow "to"), taken back to the noun whose purpose it
    names ("motion to unseat", "bill to create"; ``places``: text and word after each
    use): the one, heading a noun phrase in the parse, the texts (headlines twice) put
    before that "to" most, within MAX_LABEL_WORDS words in all."""
    phrases = tokenised.phrases
    words = run.split()
    if phrases is None or len(words) + 2 > MAX_LABEL_WORDS or crude_lemma(words[-1]) in phrases.heads:
        return None
    starts = [(n, after - len(words)) for n, after in places]
    before = [(tokenised.tokenised[n][0], tokenised.tokenised[n][1][i - 2 : i]) for n, i in starts if i >= 2]
    infinitives = [(weight, taker) for weight, ((_, taker), (_, to)) in before if to == "to"]
    if 2 * len(infinitives) <= len(places):
        return None
    joining, lemmas = _joining_words(), reporting_forms()[0]
    found: Counter = Counter()
    for weight, taker in infinitives:
        if taker not in joining and taker not in lemmas and crude_lemma(taker) in phrases.heads:
            found[f"{taker} to {run}"] += weight
    return max(found, key=lambda label: (found[label], label)) if found else None


def _said_after(run: str, places: list[tuple[int, int]], *, tokenised: LabelTexts) -> str | None:
    """A label that only names that something is proposed or decided ("decision") taken on
    to what its texts say it is about ("decision to shut pier"): the words after it
    (``places``: text and word after each use), up to MAX_LABEL_WORDS in all, ending in a
    thing the parse saw head a noun phrase, or a place; the continuation the texts (headlines
    twice) use most, never one across a reporting verb or ending in a verb."""
    phrases = tokenised.phrases
    if phrases is None:
        return None
    joining, lemmas = _joining_words(), reporting_forms()[0]  # no reporting verb is a joining word
    length = len(run.split())
    found: Counter = Counter()
    for n, after in places:
        weight, tokens = tokenised.tokenised[n]
        words = [word for _, word in tokens[after : after + MAX_LABEL_WORDS - length]]
        for end in range(len(words)):
            if words[end] in lemmas:
                break
            last = crude_lemma(words[end])
            if words[end] not in joining and (last in phrases.heads or is_place(words[end])):
                found[" ".join([run, *words[: end + 1]])] += weight
    said = [label for label in found if not phrases.verbal(label.split())]
    return max(said, key=lambda label: (found[label], len(label), label)) if said else None
