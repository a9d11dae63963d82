"""One parsed article's tokens, text and attribute columns, made once per Doc and shared by
the components.

Each ``for token in doc`` and ``doc[i]`` builds a new Token object, each ``token.dep_`` or
``token.lemma_`` decodes a string anew, and ``Doc.text`` joins every token anew on each
access: the components read all of them again and again over one Doc. The view of the Doc
in hand is kept while it is among the last few asked about (``RECENT_VIEWS``): the
components run one Doc at a time and never change its tokens.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, IDX, LEMMA, LOWER, POS, TAG
from spacy.tokens import Doc, Span, Token

T = TypeVar("T")

# The string ids a column holds are the same in every Doc of a vocabulary: their strings
# are decoded once per process.
_STRINGS: dict[int, str] = {}


@dataclass(frozen=True)
class DocView:
    doc: Doc
    tokens: list[Token]
    text: str

    @cached_property
    def memo(self) -> dict:
        """Results a component keeps for this Doc only (keyed by the component's own
        tuples), dropped with the view when the next Doc comes."""
        return {}

    @cached_property
    def _ids(self) -> list[list[int]]:
        return self.doc.to_array([LEMMA, LOWER, TAG, POS, DEP]).T.tolist()

    @property
    def lemma_ids(self) -> list[int]:
        """``token.lemma`` of every token (string ids)."""
        return self._ids[0]

    @property
    def lower_ids(self) -> list[int]:
        return self._ids[1]

    @cached_property
    def starts(self) -> list[int]:
        """``token.idx`` of every token, in order (for bisecting a character offset)."""
        return self.doc.to_array(IDX).tolist()

    @cached_property
    def entity_iob(self) -> list[int]:
        """``token.ent_iob`` of every token: 3 begins an entity, 1 continues one."""
        return self.doc.to_array(ENT_IOB).tolist()

    @cached_property
    def entity_types(self) -> list[int]:
        """``token.ent_type`` of every token (string ids)."""
        return self.doc.to_array(ENT_TYPE).tolist()

    @cached_property
    def tags(self) -> list[str]:
        """``token.tag_`` of every token."""
        return self._strings(2)

    @cached_property
    def pos(self) -> list[str]:
        return self._strings(3)

    @cached_property
    def deps(self) -> list[str]:
        return self._strings(4)

    def _strings(self, column: int) -> list[str]:
        strings = self.doc.vocab.strings
        ids = self._ids[column]
        for string_id in set(ids) - _STRINGS.keys():
            _STRINGS[string_id] = strings[string_id]
        return [_STRINGS[string_id] for string_id in ids]


# The views of the last Docs asked about, by the Doc's id, the latest last: the events
# component parses recased copies of an article's headlines and reads each copy and the
# article's Doc in turn, and a view kept for the last Doc alone was made again, its memo
# lost, at each turn; it also reads a batch's Docs (the brief's batches are 16) once to find
# those headlines and again to code them, so the views of a batch and of its copies are kept.
# Found by one look-up, not a scan of the kept views (the components ask about 1,000 times
# per article). A kept view holds its Doc, so no other Doc can have its id meanwhile. Every
# change is one call of the C-implemented OrderedDict, whole under the GIL: a thread that
# finds a view gone (pushed out by another thread) makes it again.
_recent: OrderedDict[int, DocView] = OrderedDict()
RECENT_VIEWS = 40


# The view asked about last: nearly every ask is for the same Doc as the one before (the
# components read one Doc at a time, about 600 asks an article), answered by one identity
# test instead of a look-up and a reordering of the kept views. It holds its Doc, as
# ``_recent`` does, so the test cannot match another Doc.
_latest: DocView | None = None


def view_of(doc: Doc) -> DocView:
    """The tokens and text of ``doc``, made on its first request."""
    global _latest
    latest = _latest
    if latest is not None and latest.doc is doc:
        return latest
    key = id(doc)
    view = _recent.get(key)
    if view is not None:
        try:
            _recent.move_to_end(key)
        except KeyError:  # pushed out by another thread meanwhile: kept again below
            _recent[key] = view
        _latest = view
        return view
    tokens = list(doc)
    view = DocView(doc, tokens, "".join(token.text_with_ws for token in tokens))
    _recent[key] = view
    while len(_recent) > RECENT_VIEWS:
        try:
            _recent.popitem(last=False)
        except KeyError:  # emptied by another thread meanwhile
            break
    _latest = view
    return view


def kept_per_doc(doc: Doc, key: Hashable, make: Callable[[], T]) -> T:
    """``make()``, made once per Doc under ``key`` (a tuple naming the component's
    question first) in the view's ``memo``."""
    memo = view_of(doc).memo
    if key not in memo:
        memo[key] = make()
    return memo[key]


def tokens_of(doc: Doc) -> list[Token]:
    """``list(doc)``, made once per Doc: index it instead of ``doc[i]`` in a loop."""
    return view_of(doc).tokens


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per Doc."""
    return view_of(doc).text


def span_text(span: Span) -> str:
    """``span.text``, sliced from the Doc's text joined once (``Span.text`` joins its
    tokens anew on each access)."""
    return text_of(span.doc)[span.start_char : span.end_char]
