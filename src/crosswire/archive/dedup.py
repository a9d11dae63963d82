"""Exact and near duplicates (wire copies, syndicated rewrites) by MinHash LSH.

Signatures are datasketch MinHashes over word shingles. The LSH index lives in the
archive (table ``lsh_bands``): each article adds one key per band, and a new article's
candidates are the articles sharing any key; so the index grows with the archive,
survives restarts, and costs one indexed query per article.
"""

from __future__ import annotations

import hashlib
import sqlite3
import zlib
from dataclasses import dataclass
from functools import cache

import numpy as np
from datasketch import MinHash

from crosswire.knowledge.text import WORD_CHARS

# 20 bands of 5 rows: pairs above Jaccard ~0.55 become candidates with high
# probability, (1/20)**(1/5) = 0.55; candidates are then checked on the full signature.
NUM_PERM = 100
BANDS = 20
ROWS_PER_BAND = NUM_PERM // BANDS
# Words per shingle: long enough that shared stock phrases do not make two different
# articles look alike, short enough that light rewording keeps most shingles.
SHINGLE_WORDS = 4
# Estimated Jaccard of shingle sets at or above which two articles are the same text
# reworked (wire copy with a new intro, edits for house style). Checked on the synthetic
# perturbations of the bench: copies with 10% of words changed score 0.45-0.6 on
# 4-shingles, light edits (a sentence added, a few words swapped) 0.7-0.9.
NEAR_DUPLICATE_JACCARD = 0.7



@dataclass(frozen=True)
class DuplicateMatch:
    duplicate_of: str
    kind: str  # "exact" or "near"
    similarity: float


@cache
def _template() -> MinHash:
    # Building permutations costs more than hashing a short article: do it once.
    return MinHash(num_perm=NUM_PERM, seed=1, hashfunc=zlib.crc32)


def shingles(text: str) -> set[bytes]:
    """Overlapping word n-grams of the lower-cased text (the whole text if shorter)."""
    words = WORD_CHARS.findall(text.lower())
    if len(words) <= SHINGLE_WORDS:
        return {" ".join(words).encode()} if words else set()
    return {
        " ".join(words[i : i + SHINGLE_WORDS]).encode()
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def signature(text: str) -> np.ndarray:
    """The MinHash signature of a text (NUM_PERM unsigned integers)."""
    template = _template()
    minhash = MinHash(
        num_perm=NUM_PERM,
        seed=1,
        hashfunc=zlib.crc32,
        permutations=template.permutations,
        scheme=template.scheme,
    )
    minhash.update_batch(shingles(text))
    return minhash.hashvalues


def band_keys(sig: np.ndarray) -> list[int]:
    """One key per band: a 63-bit digest of the band number and its rows."""
    keys = []
    for band in range(BANDS):
        chunk = sig[band * ROWS_PER_BAND : (band + 1) * ROWS_PER_BAND].tobytes()
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big") >> 1)
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


class DuplicateIndex:
    """Finds and records duplicates against every article already in the archive."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._dtype = _template().hashvalues.dtype

    def exact(self, content_hash: str, *, exclude: str) -> str | None:
        """The first stored article other than ``exclude`` with the same content, if any."""
        row = self.conn.execute(
            "SELECT id FROM articles WHERE content_hash = ? AND id != ? ORDER BY rowid LIMIT 1",
            (content_hash, exclude),
        ).fetchone()
        return row[0] if row else None

    def near(self, sig: np.ndarray) -> DuplicateMatch | None:
        """The most similar stored article at or above NEAR_DUPLICATE_JACCARD, if any."""
        keys = band_keys(sig)
        rows = self.conn.execute(
            "SELECT DISTINCT m.article_id, m.signature FROM lsh_bands b "
            "JOIN minhashes m ON m.article_id = b.article_id "
            f"WHERE b.key IN ({','.join('?' * len(keys))})",
            keys,
        ).fetchall()
        best: DuplicateMatch | None = None
        for article_id, blob in rows:
            score = similarity(sig, np.frombuffer(blob, dtype=self._dtype))
            if score >= NEAR_DUPLICATE_JACCARD and (best is None or score > best.similarity):
                best = DuplicateMatch(article_id, "near", score)
        return best

    def add(self, article_id: str, sig: np.ndarray) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO minhashes (article_id, signature) VALUES (?, ?)",
            (article_id, sig.astype(self._dtype).tobytes()),
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO lsh_bands (key, article_id) VALUES (?, ?)",
            [(key, article_id) for key in band_keys(sig)],
        )

    def link(self, article_id: str, match: DuplicateMatch) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO duplicates (article_id, duplicate_of, kind, similarity) "
            "VALUES (?, ?, ?, ?)",
            (article_id, match.duplicate_of, match.kind, match.similarity),
        )

    def story_of(self, article_id: str) -> str | None:
        row = self.conn.execute("SELECT story_id FROM articles WHERE id = ?", (article_id,))
        found = row.fetchone()
        return found[0] if found else None
