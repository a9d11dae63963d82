"""Bytes to text for every reader: byte-order marks, UTF-8, then charset-normalizer.

The text handed back is normalised in two ways, and ``Document.content`` is that
normalised text (every later offset refers to it, not to the bytes on disk):
a leading byte-order mark is dropped, and ``\\r\\n`` and lone ``\\r`` become ``\\n``.

Binary content (known file signatures, NUL bytes outside UTF-16/32, many control
characters) raises ``Unreadable`` with a one-line reason.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from charset_normalizer import CharsetMatch, from_bytes

# Inputs larger than this are refused unread: a news article is a few hundred kB even as
# a bloated HTML page, so 20 MB is a mistake (a dump, an archive), not an article.
MAX_INPUT_BYTES = 20 * 1024 * 1024

# Share of control characters (other than tab, newline, form feed...) above which decoded
# "text" is taken for binary. Real articles carry at most a stray \x1a or \x0b; random
# bytes decoded with any 8-bit table give about 12% (32 controls among 256 bytes).
MAX_CONTROL_RATIO = 0.01

# Share of NUL bytes at the odd (or even) positions above which NUL-bearing input is tried
# as UTF-16 without a byte-order mark: ASCII-range text in UTF-16 has a NUL at every other
# byte (ratio near 1.0); CJK text has far fewer, and binary files have NULs everywhere.
MIN_UTF16_NUL_RATIO = 0.3

# Signatures that could open a sentence ("ID3 tags ...") are left out: such files still
# fail the NUL and control-character checks.
FILE_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive, also .docx/.odt/.epub"),
    (b"PK\x05\x06", "empty ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh91AY&SY", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"(\xb5/\xfd", "zstd archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document (.doc/.xls)"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x00\x00\x01\x00", "icon image"),
)

# Bytes searched for a declared charset (<meta charset> must sit in the first 1024 bytes
# by the HTML standard; real pages are sloppier).
CHARSET_SEARCH_BYTES = 4096
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:+-]+)",
                           re.IGNORECASE)
_XML_ENCODING = re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9_.:+-]+)",
                           re.IGNORECASE)
# The HTML standard reads these labels as windows-1252, and a <meta> readable as ASCII
# cannot be telling the truth about UTF-16/32.
_LABEL_OVERRIDES = {"iso8859-1": "cp1252", "ascii": "cp1252",
                    "utf-16": "utf-8", "utf-16-le": "utf-8", "utf-16-be": "utf-8",
                    "utf-32": "utf-8", "utf-32-le": "utf-8", "utf-32-be": "utf-8"}

# Python text codecs that are transforms, not charsets a page could be written in.
NOT_CHARSETS = frozenset({"unicode-escape", "raw-unicode-escape", "idna", "punycode",
                          "undefined", "utf-7"})

# Checked longest first so the UTF-32 LE mark is not taken for the UTF-16 LE one.
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Candidate encodings for text that is not UTF-8, in order of preference when several
# decode the bytes to the same text (charset-normalizer names pure English cp1252 "cp1250").
# Restricting detection to these first makes short Cyrillic and Central European texts
# come out right; the unrestricted detector is the fallback. mac_cyrillic is left out: it
# won over cp1252 on 40 of 789 PolNeAR articles re-encoded to cp1252 (’ read as Т).
COMMON_ENCODINGS: tuple[str, ...] = (
    "cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r", "koi8_u",
    "iso8859_5", "cp1253", "iso8859_7", "cp1254", "cp1257", "cp1255",
    "cp1256", "cp874", "shift_jis", "euc_jp", "gb18030", "big5", "euc_kr",
)

# Characters looked at to judge a decoding's plausibility; ties only occur on short texts.
PLAUSIBILITY_SAMPLE_CHARS = 2000

# Share of letters an East Asian decoding must turn into kana, hangul or ideographs to be
# believed: Chinese, Japanese and Korean news stays far above it even when full of Latin
# names; English read through a wrong double-byte table (12 of 789 PolNeAR articles in
# cp1252 were read as big5, gb18030 or shift_jis) stays under 1%.
MIN_EAST_ASIAN_SHARE = 0.2
EAST_ASIAN_CODECS = frozenset({
    "shift_jis", "cp932", "shift_jis_2004", "shift_jisx0213", "euc_jp", "euc_jis_2004",
    "euc_jisx0213", "iso2022_jp", "gb2312", "gbk", "gb18030", "hz", "big5", "big5hkscs",
    "cp950", "euc_kr", "cp949", "johab", "iso2022_kr",
})
# kana, CJK ideographs, hangul, compatibility ideographs, half-width katakana
_EAST_ASIAN_LETTER = re.compile(
    r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]")

# UTF-8 with a few invalid bytes (a bad copy, a truncated download) is still UTF-8: it
# is read as such, each invalid sequence becoming U+FFFD, when its valid multi-byte
# characters are at least this many times as many as its invalid sequences. Text in an
# 8-bit charset almost never holds a valid multi-byte sequence by accident ("Ã©" is
# mojibake, not cp1252 prose), so one valid character per invalid sequence is evidence
# enough; without this, every ’ of the article became "â€™" in a guessed 8-bit table.
MIN_VALID_PER_INVALID_UTF8 = 1

# Half a surrogate pair, as JSON can escape one ("\ud800"): no UTF-8 writer accepts it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# The same written out in UTF-8's shape (Java's modified UTF-8, Python's surrogatepass):
# invalid UTF-8, yet a UTF-8 writer's trace, never 8-bit prose ("í" + NBSP + "€").
_ENCODED_SURROGATE = re.compile(rb"\xed[\xa0-\xbf][\x80-\xbf]")

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_NEWLINES = re.compile(r"\r\n?")


class Unreadable(Exception):
    """An input that cannot be read as text; the message is the one-line reason."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    replaced: int = 0  # invalid byte sequences read as U+FFFD


def decode(data: bytes, *, declared: str | None = None) -> Decoded:
    """Decode input bytes, trying a byte-order mark, UTF-8, ``declared``, then detection.

    Valid UTF-8 wins over a declared charset: pages saved by browsers are re-encoded to
    UTF-8 but keep their old ``<meta charset>``, while 8-bit text with accents is almost
    never valid UTF-8 by accident.
    """
    refuse_known_binary(data)
    decoded = _decode_with_bom(data)
    if decoded is None and b"\x00" in data:  # before UTF-8, which allows NUL
        decoded = _decode_bomless_utf16(data)
        if decoded is None:
            raise Unreadable("binary file, not text (it holds NUL bytes)")
    decoded = decoded or _decode_strict(data, "utf-8") or _decode_mostly_utf8(data)
    if decoded is None and declared:
        decoded = _decode_strict(data, declared)
    if decoded is None:
        decoded = _detect(data)
    if len(_CONTROL_CHARS.findall(decoded.text)) > MAX_CONTROL_RATIO * len(decoded.text):
        raise Unreadable("binary file, not text (too many control characters)")
    return Decoded(normalise_newlines(decoded.text), decoded.encoding, decoded.replaced)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in <meta> or its XML declaration, as a Python codec name."""
    head = data[:CHARSET_SEARCH_BYTES]
    found = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not found:
        return None
    name = codec_name(found.group(1).decode("ascii"))
    return _LABEL_OVERRIDES.get(name, name) if name else None


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` as ``\\n``: the one newline later stages see."""
    return _NEWLINES.sub("\n", text) if "\r" in text else text


def replace_lone_surrogates(text: str) -> str:
    """``text`` with each lone surrogate as U+FFFD, so that it can be written as UTF-8."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def refuse_known_binary(data: bytes) -> None:
    for signature, kind in FILE_SIGNATURES:
        if data.startswith(signature):
            raise Unreadable(f"binary file ({kind}), not text")


def codec_name(encoding: str) -> str | None:
    """Python's name of a charset label, or None when it names no charset Python has."""
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        return None
    # a declared "rot13" or "unicode_escape" must not reach bytes.decode
    if not getattr(info, "_is_text_encoding", True) or info.name in NOT_CHARSETS:
        return None
    return info.name


def _decode_with_bom(data: bytes) -> Decoded | None:
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return Decoded(data[len(mark):].decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise Unreadable(
                    f"invalid {encoding} text after its byte-order mark (byte {exc.start})"
                ) from None
    return None


def _decode_strict(data: bytes, encoding: str) -> Decoded | None:
    name = codec_name(encoding)
    if name is None:
        return None
    try:
        return Decoded(data.decode(name), name)
    except (UnicodeDecodeError, UnicodeError):
        return None


def _decode_mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with its few invalid sequences replaced, when valid characters dominate; an
    encoded surrogate is one U+FFFD and counts as UTF-8's evidence."""
    repaired, surrogates = _ENCODED_SURROGATE.subn("\ufffd".encode(), data)
    text = repaired.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for char in text if char > "\x7f") - text.count("\ufffd") + surrogates
    if valid < MIN_VALID_PER_INVALID_UTF8 * invalid:
        return None
    return Decoded(text, "utf-8", invalid)


def _decode_bomless_utf16(data: bytes) -> Decoded | None:
    if len(data) % 2:
        return None
    half = len(data) // 2
    nul_at_odd = data[1::2].count(0) / half
    nul_at_even = data[0::2].count(0) / half
    # the other half may hold a few NULs too: U+2000, U+3000 and the like end in 00
    if nul_at_odd >= MIN_UTF16_NUL_RATIO and nul_at_even < nul_at_odd / 10:
        return _decode_strict(data, "utf-16-le")
    if nul_at_even >= MIN_UTF16_NUL_RATIO and nul_at_odd < nul_at_even / 10:
        return _decode_strict(data, "utf-16-be")
    return None


def _detect(data: bytes) -> Decoded:
    found = from_bytes(data, cp_isolation=list(COMMON_ENCODINGS)) or from_bytes(data)
    matches = [match for match in found if not _misread_as_east_asian(match)]
    if not matches:
        raise Unreadable("binary file or unknown text encoding")
    best = matches[0]  # charset-normalizer sorts its matches best first
    # On short inputs charset-normalizer often finds no language and ties many tables
    # (Cyrillic cp1251 read as Czech cp1250 "Ďđčâĺň"); break such ties by plausibility.
    # Among equally clean readings the more coherent language wins, then the plausible
    # one; on a full tie cp1252, the commonest legacy encoding of news text ("½", not
    # cp1250's "˝"); min() is stable, so otherwise the detector's order stands.
    tied = [m for m in matches if m.chaos == best.chaos]
    if len(tied) > 1:
        best = min(tied, key=lambda m: (-m.coherence, _implausibility(str(m)),
                                        m.encoding != "cp1252"))
    return Decoded(str(best), _preferred_name(best.encoding, best.could_be_from_charset))


def _misread_as_east_asian(match: CharsetMatch) -> bool:
    """Latin text whose few accented bytes a multi-byte table paired into ideographs.

    "García" in cp1252 reads as big5 "Garc燰": nearly all letters stay Latin.
    """
    if codec_name(match.encoding) not in EAST_ASIAN_CODECS:
        return False
    sample = str(match)[:PLAUSIBILITY_SAMPLE_CHARS]
    letters = [c for c in sample if c.isalpha()]
    east_asian = sum(1 for c in letters if _EAST_ASIAN_LETTER.match(c))
    return east_asian < MIN_EAST_ASIAN_SHARE * len(letters)


def _implausibility(text: str) -> float:
    """Share of odd letters: accented, combining marks, capitals after a letter ("пО", "ЫЬ").

    A wrong 8-bit table turns ordinary letters into accented ones (cp1251 read as cp1250),
    swaps case (KOI8-R read as cp1251, Hebrew read as KOI8-R), or yields half-width
    katakana (anything read as Shift JIS); right tables rarely do any of these.
    """
    sample = text[:PLAUSIBILITY_SAMPLE_CHARS]
    letters = [c for c in sample if c.isalpha()]
    odd = sum(1 for c in sample if unicodedata.category(c) in ("Mn", "Mc"))
    odd += sum(1 for c in letters if len(unicodedata.normalize("NFD", c)) > 1)
    pairs = list(zip(sample, sample[1:], strict=False))
    odd += sum(1 for before, c in pairs if before.islower() and c.isupper())
    odd += sum(1 for before, c in pairs if before.isupper() and c.isupper())
    odd += sum(1 for c in sample if "\uff61" <= c <= "\uff9f")  # half-width katakana
    return odd / max(len(letters), 1)


def _preferred_name(detected: str, equivalents: list[str]) -> str:
    """The most common of the encodings that give the same text (cp1252 over cp1250)."""
    for encoding in COMMON_ENCODINGS:
        if encoding in equivalents:
            return codec_name(encoding) or encoding
    return codec_name(detected) or detected
