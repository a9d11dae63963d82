"""Which of a story's word runs it writes as part of a longer proper name: "tavira" of
"New Tavira", "harbour tools" of "Marrow Harbour Tools Ltd". Such a run names who or
where, never what is at stake, though the parse may miss the name (the gazetteer lacks
it, or the name is a product's or a firm's it never tagged)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from crosswire.knowledge.text import WORD, stop_words, straight_apostrophes


@dataclass(frozen=True)
class NameLines:
    """Each running-text line of a story as (lower-cased words, whether each word is a
    name's word: capitalised and no function word, so "The" opening a sentence joins no
    name, whether only spaces part each word from the next: a stop or a comma between
    two capitalised words ends one name, "spoke to Marsh. Tolls will rise"). Title-case
    lines (headlines, subheadings: no word but a function word in lower case) are left
    out: every word is capitalised there, name or not."""

    lines: tuple[tuple[tuple[str, ...], tuple[bool, ...], tuple[bool, ...]], ...]
    # each word -> where the lines write it, (line, word) places in order: a label is looked
    # for only where its first word stands, not at every word of the story (a scan of every
    # word per label was most of the issues' CPU on a story of many articles); read-only, as
    # the lines are, so a frozen NameLines stays what it was made from
    places: Mapping[str, tuple[tuple[int, int], ...]]

    @classmethod
    def of(cls, texts: list[str]) -> NameLines:
        function_words = stop_words()
        lines = []
        for text in texts:
            for line in straight_apostrophes(text).split("\n"):
                found = list(WORD.finditer(line))
                words = [match[0] for match in found]
                if not any(word[0].islower() and word.lower() not in function_words for word in words):
                    continue  # title case, or no words at all
                lines.append((tuple(word.lower() for word in words),
                              tuple(word[0].isupper() and word.lower() not in function_words for word in words),
                              tuple(not line[one.end():other.start()].strip(" \t")
                                    for one, other in zip(found, found[1:]))))
        places: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for number, (words, _, _) in enumerate(lines):
            for position, word in enumerate(words):
                places[word].append((number, position))
        return cls(tuple(lines), MappingProxyType({word: tuple(found) for word, found in places.items()}))

    def inside_names(self, label: str) -> bool:
        """Whether the story writes ``label`` (a lower-case run of words) inside a longer
        name in most of its uses: every word of it capitalised, next to another name's word
        ("New Tavira", "Skerra Grain Exchange"). Not where it also stands alone as often ("grain
        prices" besides "Skerra Grain Exchange" half the time), nor where the story never
        writes it in running text."""
        wanted = tuple(WORD.findall(straight_apostrophes(label)))
        if not wanted:
            return False  # no words: nothing to find inside a name
        size = len(wanted)
        uses = inside = 0
        for number, start in self.places.get(wanted[0], ()):
            words, named, spaced = self.lines[number]
            if words[start:start + size] != wanted:
                continue
            uses += 1
            end = start + size
            joined = (start > 0 and named[start - 1] and spaced[start - 1]) or (
                end < len(words) and named[end] and spaced[end - 1])
            inside += all(named[start:end]) and all(spaced[start:end - 1]) and joined
        return inside * 2 > uses
