"""One parsed article's tokens and text, made once per Doc and shared by the components.

Each ``for token in doc`` and ``doc[i]`` builds a new Token object, and ``Doc.text`` joins
every token anew on each access: the components read both again and again over one Doc
(a tenth of their time on news articles). The view of the Doc in hand is kept until the
next Doc asks: the components run one Doc at a time and never change its tokens.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token


@dataclass(frozen=True)
class DocView:
    doc: Doc
    tokens: list[Token]
    text: str


# The last Doc's view. Replaced, never mutated: a thread reading it while another
# replaces it still gets a view of its own Doc, or makes one.
_last: DocView | None = None


def view_of(doc: Doc) -> DocView:
    """The tokens and text of ``doc``, made on its first request."""
    global _last
    view = _last
    if view is None or view.doc is not doc:
        tokens = list(doc)
        view = DocView(doc, tokens, "".join(token.text_with_ws for token in tokens))
        _last = view
    return view


def tokens_of(doc: Doc) -> list[Token]:
    """``list(doc)``, made once per Doc: index it instead of ``doc[i]`` in a loop."""
    return view_of(doc).tokens


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per Doc."""
    return view_of(doc).text
