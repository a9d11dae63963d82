"""Actor mentions: named people, organisations and places in a parsed article."""

from __future__ import annotations

from spacy.tokens import Doc

from crosswire.models import ActorKind, Article, Mention

ENTITY_KINDS: dict[str, ActorKind] = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "NORP": "group",
}


def find_mentions(doc: Doc, *, article: Article) -> list[Mention]:
    """Every named entity that can act or speak, in text order."""
    mentions = []
    for ent in doc.ents:
        kind = ENTITY_KINDS.get(ent.label_)
        if kind is None:
            continue
        mentions.append(
            Mention(
                id=f"{article.id}:m{len(mentions)}",
                article=article.id,
                start=ent.start_char,
                end=ent.end_char,
                text=ent.text,
                kind=kind,
            )
        )
    return mentions
