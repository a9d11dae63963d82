"""The records of reported speech found in a text not in English: ``Statement``s with their
cue, speaker and kind, and ``Mention``s of the speakers named, a declined name in its base
form."""

from __future__ import annotations

from dataclasses import dataclass

from crosswire.models import Article, Mention, Resolution, Statement, TextSpan
from crosswire.nlp.languages.tagged import Lexicon, Sentence, Word


@dataclass
class Found:
    """What a rule found: the content's offsets, its cue (a word, or a phrase's offsets),
    the speaker's offsets and what the cue reports."""

    start: int
    end: int
    cue: Word | tuple[int, int] | None
    speaker: tuple[int, int] | None
    cue_type: str = "speech"


def records(text: str, found: list[Found], sentences: list[Sentence], *, lexicon: Lexicon,
            article: Article) -> tuple[list[Mention], list[Statement]]:
    """The statement records of what was found, in order, and the mentions of the
    speakers they name (a pronoun resolved to the last one named)."""
    words = {w.start: w for s in sentences for w in s.words}
    mentions: list[Mention] = []
    mention_at: dict[tuple[int, int], str] = {}
    last_named: str | None = None
    statements = []
    for item in found:
        start, end = _trimmed(text, item.start, item.end)
        if end <= start:
            continue
        speaker_words = None
        resolution = Resolution("unresolved", 0.0)
        mention_id = None
        if item.speaker is not None:
            s, e = item.speaker
            speaker_words = TextSpan(text[s:e], s, e, article.id)
            name = _name_in(words, s, e)
            if name is not None:
                if name not in mention_at:
                    mention_at[name] = f"{article.id}:m{len(mentions)}"
                    mentions.append(Mention(id=mention_at[name],
                                            span=TextSpan(text[name[0]:name[1]], *name,
                                                          article.id),
                                            kind="person"))
                mention_id = last_named = mention_at[name]
                resolution = Resolution("named", 0.9)
            elif text[s:e].lower() in lexicon.pronouns and last_named is not None:
                mention_id = last_named
                resolution = Resolution("pronoun", 0.6)
            else:
                resolution = Resolution("description", 0.5)
        cue = None
        if isinstance(item.cue, Word):
            cue = TextSpan(item.cue.text, item.cue.start, item.cue.end, article.id)
        elif isinstance(item.cue, tuple):
            cue = TextSpan(text[item.cue[0]:item.cue[1]], *item.cue, article.id)
        statements.append(Statement(
            id=f"{article.id}:s{len(statements)}",
            span=TextSpan(text[start:end], start, end, article.id),
            kind=_kind(text[start:end], lexicon),
            cue=cue, speaker_words=speaker_words, resolution=resolution,
            speaker_mention=mention_id, cue_type=item.cue_type,
        ))
    return mentions, statements


def _name_in(words: dict[int, Word], start: int, end: int) -> tuple[int, int] | None:
    """The last name in a speaker's words (the name after a title): a proper noun with
    the capitalised words that follow it ("Anna Muster", the tagger unsure of "Muster"),
    without a case ending."""
    run: list[Word] = []
    best: list[Word] = []
    for position in sorted(p for p in words if start <= p < end):
        word = words[position]
        if word.pos == "PROPN" or (run and word.pos == "NOUN" and word.text[:1].isupper()):
            if run and None not in (word.case, run[-1].case) and word.case != run[-1].case:
                run = []  # another name in another case ("Маревии Тарас Коваленский")
            run.append(word)
            best = list(run)
        else:
            run = []
    if not best:
        return None
    last = best[-1]
    # A declined name is kept in its base form where the lemma is a prefix of it
    # ("Selenskyjs" -> "Selenskyj", "Путина" -> "Путин"): one actor across articles; not a
    # proper noun in the nominative ("Примеров", its lemma guessed "пример") nor a noun.
    ending = len(last.text) - len(last.lemma)
    if (last.pos == "PROPN" and last.case != "Nom" and 0 < ending <= 2
            and last.text.lower().startswith(last.lemma.lower())):
        return best[0].start, last.end - ending
    return best[0].start, last.end


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \n\t,:;":
        start += 1
    while end > start and text[end - 1] in " \n\t,:;":
        end -= 1
    return start, end


def _kind(content: str, lexicon: Lexicon) -> str:
    if content[:1] in lexicon.quote_pairs and content[-1:] in lexicon.quote_pairs.values():
        return "direct"
    if any(mark in content for mark in lexicon.quote_pairs):
        return "mixed"
    return "indirect"
