"""Input readers: formats, encodings, and every kind of bad input as an InputError."""

from __future__ import annotations

import json
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from shared_data import SHARED_DATASETS

from crosswire.ingest import MAX_INPUT_BYTES, read_bytes, read_inputs
from crosswire.ingest.decode import Unreadable, declared_charset, decode
from crosswire.models import Document, InputError

CYRILLIC = "Министр иностранных дел заявил в воскресенье, что переговоры невозможны."
CURLY = "\u201cWe will not negotiate,\u201d the minister said \u2014 a firm \u2018no\u2019."
ARTICLE = "The minister said on Sunday that talks were possible.\nHe gave no date."


def read(*paths: Path | str) -> list[Document | InputError]:
    return list(read_inputs([str(path) for path in paths]))


def only_document(items: list[Document | InputError]) -> Document:
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


def only_error(items: list[Document | InputError]) -> InputError:
    assert len(items) == 1 and isinstance(items[0], InputError), items
    return items[0]


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# --- plain text and encodings -------------------------------------------------------


def test_utf8_text_is_read_as_text(tmp_path):
    document = only_document(read(write(tmp_path / "a.txt", ARTICLE)))
    assert (document.content, document.format, document.encoding) == (ARTICLE, "text", "utf-8")
    assert document.source_path == str(tmp_path / "a.txt")
    assert (document.id, document.title, document.url) == (None, None, None)


def test_utf8_bom_is_dropped(tmp_path):
    document = only_document(read(write(tmp_path / "a.txt", b"\xef\xbb\xbf" + ARTICLE.encode())))
    assert document.content == ARTICLE
    assert document.encoding == "utf-8-sig"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(tmp_path, encoding):
    data = CYRILLIC.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    document = only_document(read(write(tmp_path / "a.txt", data)))
    assert document.content == CYRILLIC
    assert document.encoding.startswith(encoding[:6])


def test_utf16_without_bom_is_not_taken_for_binary(tmp_path):
    document = only_document(read(write(tmp_path / "a.txt", ARTICLE.encode("utf-16-le"))))
    assert document.content == ARTICLE
    assert document.encoding == "utf-16-le"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [(CYRILLIC, "cp1251"), (CYRILLIC, "koi8_r"), (CURLY, "cp1252"),
     ("Привет, мир.", "cp1251"), ("Он сказал: нет.", "koi8_r"),
     ("Le ministre a déclaré dimanche à Genève.", "latin-1"),
     ("Zażółć gęślą jaźń, powiedział minister.", "cp1250"),
     ("Der Außenminister sagte am Sonntag, Verhandlungen seien ausgeschlossen.", "cp1252"),
     ("Minister spraw zagranicznych powiedział w niedzielę, że rozmowy są niemożliwe.",
      "iso8859_2"),
     ("Міністр закордонних справ України заявив, що переговори неможливі.", "koi8_u"),
     (CYRILLIC, "iso8859_5"),
     ("Ο υπουργός Εξωτερικών δήλωσε την Κυριακή ότι οι διαπραγματεύσεις είναι αδύνατες.",
      "cp1253"),
     ("Dışişleri Bakanı pazar günü müzakerelerin imkânsız olduğunu söyledi.", "cp1254"),
     ("שר החוץ אמר ביום ראשון כי המשא ומתן בלתי אפשרי.", "cp1255"),
     ("قال وزير الخارجية يوم الأحد إن المفاوضات مستحيلة.", "cp1256"),
     ("外務大臣は日曜日、交渉は不可能だと述べた。", "shift_jis"),
     ("外務大臣は日曜日、交渉は不可能だと述べた。", "euc_jp"),
     ("外交部长周日表示，谈判是不可能的。", "gb18030"),
     ("Ricardo García told the paper the talks in Genève would resume.", "cp1252")],
)
def test_legacy_encodings_are_detected(tmp_path, text, encoding):
    document = only_document(read(write(tmp_path / "a.txt", text.encode(encoding))))
    assert document.content == text


def test_encoding_names_the_common_table(tmp_path):
    """cp1252 text is also valid cp1250; the record names the table people use."""
    for text, encoding, name in [(CURLY, "cp1252", "cp1252"), (CYRILLIC, "cp1251", "cp1251"),
                                 (CYRILLIC, "koi8_r", "koi8-r")]:
        path = write(tmp_path / f"{encoding}.txt", text.encode(encoding))
        assert only_document(read(path)).encoding == name


def test_newlines_are_normalised(tmp_path):
    document = only_document(read(write(tmp_path / "a.txt", "One.\r\nTwo.\rThree.\n")))
    assert document.content == "One.\nTwo.\nThree.\n"


# --- bad input ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
     (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
     (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
     (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
     (b"text then \x00\x01\x02\x03 binary \x00\x00\xff\xfe\x00", "NUL"),
     (bytes(range(1, 9)) * 40 + b"a few words", "control characters")],
)
def test_binary_files_are_refused(tmp_path, data, reason):
    error = only_error(read(write(tmp_path / "a.txt", data)))
    assert error.source == str(tmp_path / "a.txt")
    assert error.message.startswith("binary file") and reason in error.message


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", b"\xef\xbb\xbf", "  \n".encode("utf-16")])
def test_empty_or_blank_files(tmp_path, data):
    assert only_error(read(write(tmp_path / "a.txt", data))).message == "empty file"


def test_missing_path(tmp_path):
    error = only_error(read(tmp_path / "nope.txt"))
    assert error == InputError(str(tmp_path / "nope.txt"), "no such file or directory")
    assert str(error) == f"crosswire: {tmp_path / 'nope.txt'}: no such file or directory"


def test_empty_folder_is_one_error(tmp_path):
    write(tmp_path / "d" / ".hidden.txt", ARTICLE)
    (tmp_path / "d" / "sub").mkdir()
    error = only_error(read(tmp_path / "d"))
    assert error == InputError(str(tmp_path / "d"), "directory holds no readable files")


def test_oversized_file_is_refused_unread(tmp_path):
    path = write(tmp_path / "big.txt", b"a" * (MAX_INPUT_BYTES + 1))
    assert "MB limit" in only_error(read(path)).message
    assert isinstance(only_document(list(read_bytes(b"a" * 100, source="x"))), Document)


def test_bad_inputs_do_not_stop_good_ones(tmp_path):
    items = read(tmp_path / "missing", write(tmp_path / "a.txt", ARTICLE),
                 write(tmp_path / "b.bin", b"\x00\x01\x02\x03" * 10))
    assert [type(item) for item in items] == [InputError, Document, InputError]


# --- folders ------------------------------------------------------------------------


def test_folder_is_read_recursively_in_path_order_skipping_hidden(tmp_path):
    for name in ["b.txt", "a/z.txt", "a/b/c.txt", "c.txt", ".git/config", "a/.secret.txt",
                 ".hidden/x.txt"]:
        write(tmp_path / "in" / name, f"Text of {name}.")
    sources = [Path(item.source_path).relative_to(tmp_path / "in").as_posix()
               for item in read(tmp_path / "in")]
    assert sources == ["a/b/c.txt", "a/z.txt", "b.txt", "c.txt"]


def test_a_file_named_twice_is_read_once(tmp_path):
    path = write(tmp_path / "in" / "a.txt", ARTICLE)
    assert len(read(tmp_path / "in", path, tmp_path / "in" / ".." / "in" / "a.txt")) == 1


def test_excluded_paths_are_not_walked(tmp_path):
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "brief" / "brief.html", "<html><body>old output</body></html>")
    write(tmp_path / "skip.txt", ARTICLE)
    excluded = [tmp_path / "brief", str(tmp_path / "skip.txt")]
    items = list(read_inputs([str(tmp_path)], exclude=excluded))
    assert [item.source_path for item in items] == [str(tmp_path / "a.txt")]


def test_hidden_file_named_explicitly_is_read(tmp_path):
    assert only_document(read(write(tmp_path / ".notes.txt", ARTICLE))).content == ARTICLE


# --- HTML ---------------------------------------------------------------------------

PAGE = ('<!DOCTYPE html>\n<html><head><meta charset="{charset}"><title>T</title></head>\n'
        "<body><article><p>{body}</p></article></body></html>\n")


@pytest.mark.parametrize("name", ["page.html", "page.htm", "page", "page.dat"])
def test_html_by_suffix_or_sniffing(tmp_path, name):
    page = PAGE.format(charset="utf-8", body=ARTICLE)
    document = only_document(read(write(tmp_path / name, page)))
    assert (document.format, document.content) == ("html", page)
    assert document.title is None  # metadata is the metadata stage's job


def test_html_after_many_comments_is_sniffed_quickly(tmp_path):
    page = "<!-- generated -->\n" * 200 + "<html><body>Text.</body></html>"
    assert only_document(read(write(tmp_path / "page", page))).format == "html"
    assert only_document(read(write(tmp_path / "note", "<!-- a -->" * 40 + "x"))).format == "text"


def test_html_fragment_without_html_tag_is_sniffed(tmp_path):
    fragment = "<p>First paragraph.</p>\n<p>Second, <a href='/x'>with a link</a>.</p>"
    assert only_document(read(write(tmp_path / "scraped", fragment))).format == "html"


def test_text_mentioning_a_tag_stays_text(tmp_path):
    text = "He wrote <b>bold</b> claims, the editor said."
    assert only_document(read(write(tmp_path / "note", text))).format == "text"


def test_html_meta_charset_is_honoured(tmp_path):
    page = PAGE.format(charset="windows-1251", body="Привет, мир.")
    document = only_document(read(write(tmp_path / "p.html", page.encode("cp1251"))))
    assert document.content == page and document.encoding == "cp1251"


def test_html_latin1_label_means_windows_1252(tmp_path):
    page = PAGE.format(charset="iso-8859-1", body=CURLY)
    document = only_document(read(write(tmp_path / "p.html", page.encode("cp1252"))))
    assert document.content == page


def test_declared_transform_codec_is_ignored(tmp_path):
    page = PAGE.format(charset="base64", body=CURLY).encode("cp1252")
    assert only_document(read(write(tmp_path / "p.html", page))).content == page.decode("cp1252")


def test_valid_utf8_wins_over_a_stale_meta_charset(tmp_path):
    page = PAGE.format(charset="iso-8859-1", body="Genève, déclaré")
    assert only_document(read(write(tmp_path / "p.html", page))).content == page


def test_malformed_html_is_still_read(tmp_path):
    broken = "<html><body><p>Unclosed <div><span>text</p></body"
    assert only_document(read(write(tmp_path / "p.html", broken))).content == broken


@pytest.mark.parametrize(
    ("head", "expected"),
    [(b'<meta charset="UTF-8">', "utf-8"),
     (b'<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">', "koi8-r"),
     (b'<?xml version="1.0" encoding="windows-1252"?><html>', "cp1252"),
     (b'<meta charset="utf-16">', "utf-8"),
     (b'<meta charset="no-such-charset">', None), (b"<p>none</p>", None),
     (b'<meta charset="rot13">', None), (b'<meta charset="unicode_escape">', None)],
)
def test_declared_charset(head, expected):
    assert declared_charset(head) == expected


# --- JSON Lines and JSON ------------------------------------------------------------


def test_jsonl_reads_fields_and_reports_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": 7, "text": "First article.", "url": "https://example.org/1",
                    "title": "One", "outlet": "Example", "published": "2022-11-20",
                    "language": "en"}),
        "",
        '{"text": "broken" "id": 2}',
        json.dumps({"title": "no body"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "Plain.", "html": "<p>Marked up.</p>"}),
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    items = read(path)
    first, bad_json, no_body, not_object, both = items
    assert first == Document(
        source_path=f"{path}:1", content="First article.", format="text", id="7",
        url="https://example.org/1", title="One", outlet="Example", published="2022-11-20",
        language="en", encoding="utf-8")
    assert bad_json == InputError(
        str(path), "line 3: invalid JSON: Expecting ',' delimiter (column 19)")
    assert no_body == InputError(str(path), 'line 4: no "text" or "html" field')
    assert not_object == InputError(str(path), "line 5: expected a JSON object, got a list")
    assert (both.format, both.content) == ("html", "<p>Marked up.</p>")
    assert both.source_path == f"{path}:6"


def test_jsonl_is_sniffed_without_suffix(tmp_path):
    path = write(tmp_path / "export", '{"text": "One."}\n{"html": "<p>Two.</p><p>2</p>"}\n')
    assert [(item.format, item.content) for item in read(path)] == [
        ("text", "One."), ("html", "<p>Two.</p><p>2</p>")]


def test_text_opening_with_braces_is_not_json(tmp_path):
    text = "{Editor's note}\nThe minister said talks were possible."
    assert only_document(read(write(tmp_path / "note", text))).format == "text"


def test_broken_first_line_still_sniffs_as_jsonl(tmp_path):
    items = read(write(tmp_path / "export", '{"text": "cut off\n{"text": "Whole."}\n'))
    assert [type(item) for item in items] == [InputError, Document]


def test_json_object_and_list(tmp_path):
    one = write(tmp_path / "one.json", json.dumps({"text": "Only.", "id": "x"}, indent=2))
    many = write(tmp_path / "many.json", json.dumps([{"text": "A."}, {"html": "<p>B.</p>"}, 3]))
    assert only_document(read(one)).id == "x"
    a, b, bad = read(many)
    assert (a.content, a.source_path, b.format) == ("A.", f"{many}:item 1", "html")
    assert bad == InputError(str(many), "item 3: expected a JSON object, got a number")


def test_text_field_newlines_are_normalised(tmp_path):
    path = write(tmp_path / "a.jsonl", json.dumps({"text": "One.\r\nTwo."}))
    assert only_document(read(path)).content == "One.\nTwo."


def test_many_bad_lines_are_summarised(tmp_path):
    path = write(tmp_path / "a.jsonl", "{oops\n" * 30)
    items = read(path)
    assert len(items) == 21 and all(isinstance(item, InputError) for item in items)
    assert items[-1].message == "10 more bad records not listed"


def test_deeply_nested_json_does_not_crash(tmp_path):
    path = write(tmp_path / "a.json", "[" * 100_000 + "]" * 100_000)
    assert all(isinstance(item, InputError) for item in read(path))


# --- stdin --------------------------------------------------------------------------


def test_stdin_is_read_and_sniffed(monkeypatch):
    import io
    import sys

    stdin = io.TextIOWrapper(io.BytesIO(CYRILLIC.encode("cp1251")))
    monkeypatch.setattr(sys, "stdin", stdin)
    document, empty = read("-", "-")
    assert (document.source_path, document.content) == ("<stdin>", CYRILLIC)
    assert empty == InputError("<stdin>", "empty input")


# --- properties ---------------------------------------------------------------------

# Each example overwrites the same file in the test's tmp_path, so sharing it is harmless.
TMP_PATH_IS_REUSED = HealthCheck.function_scoped_fixture


@given(st.binary(max_size=3000), st.sampled_from(["", ".txt", ".html", ".jsonl", ".json"]))
@settings(max_examples=300, deadline=None, suppress_health_check=[TMP_PATH_IS_REUSED])
def test_any_bytes_give_documents_or_errors(tmp_path, data, suffix):
    items = read(write(tmp_path / f"input{suffix}", data))
    assert items and all(isinstance(item, Document | InputError) for item in items)
    for item in items:
        if isinstance(item, InputError):
            assert item.message and "\n" not in item.message


@given(st.lists(st.sampled_from([b"\x00", b"\xff", b"\x80", b"<p>", b"{", b'"text"', b"\n",
                                 b"\xd0\x9f", b"\r", b"a", b"%PDF-", b"\xfe\xff", b"}",
                                 b'<meta charset="rot13">', b"<meta charset=cp1251>",
                                 b"<!--", b"-->", b"<html>"]),
                max_size=60))
@settings(max_examples=300, deadline=None)
def test_adversarial_byte_soup_never_raises(pieces):
    items = list(read_bytes(b"".join(pieces), source="soup"))
    assert all(isinstance(item, Document | InputError) for item in items)


article_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufeff")
    | st.sampled_from("\n\t "),
    min_size=1, max_size=400,
)


@given(article_text)
@settings(max_examples=200, deadline=None, suppress_health_check=[TMP_PATH_IS_REUSED])
def test_utf8_text_round_trips_exactly(tmp_path, text):
    assume(text.strip())
    document = only_document(read(write(tmp_path / "a.txt", text)))
    assert (document.content, document.encoding) == (text, "utf-8")


json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["text", "html", "id", "title", "x"]) | st.text(max_size=5), inner,
        max_size=4),
    max_leaves=10,
)


@given(st.lists(json_value, min_size=2, max_size=8))
@settings(max_examples=200, deadline=None, suppress_health_check=[TMP_PATH_IS_REUSED])
def test_any_json_lines_give_one_item_per_line(tmp_path, values):
    path = write(tmp_path / "v.jsonl", "\n".join(json.dumps(value) for value in values))
    items = read(path)
    assert len(items) == len(values)
    assert all(isinstance(item, Document | InputError) for item in items)


metadata_value = st.none() | st.text(string.printable + "äöüßЖ“”", min_size=1).filter(
    lambda value: value.strip() == value and value.strip())
record = st.fixed_dictionaries(
    {"text": article_text.filter(str.strip)},
    optional={name: metadata_value for name in ("id", "url", "title", "outlet", "published",
                                                "language")},
)


@given(st.lists(record, min_size=1, max_size=8))
@settings(max_examples=100, deadline=None, suppress_health_check=[TMP_PATH_IS_REUSED])
def test_jsonl_round_trips_records(tmp_path, records):
    lines = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    path = write(tmp_path / "r.jsonl", lines)
    documents = read(path)
    assert len(documents) == len(records)
    for number, (document, original) in enumerate(zip(documents, records, strict=True), 1):
        assert document.source_path == (f"{path}:{number}" if len(records) > 1 else str(path))
        assert document.content == original["text"]
        for name in ("id", "url", "title", "outlet", "published", "language"):
            assert getattr(document, name) == original.get(name)


def test_decode_refuses_what_it_cannot_read():
    with pytest.raises(Unreadable, match="NUL"):
        decode(b"abc\x00\x00\x00\x01def\x00")
    assert decode("déjà".encode()).text == "déjà"


POLNEAR = SHARED_DATASETS / "polnear" / "train.jsonl"


@pytest.mark.skipif(not POLNEAR.exists(), reason="shared datasets absent")
@pytest.mark.parametrize(("encoding", "floor"), [("cp1252", 0.99), ("cp1250", 0.99),
                                                 ("utf-16-le", 1.0)])
def test_real_articles_survive_legacy_encodings(encoding, floor):
    """Floor on PolNeAR texts re-encoded (measurement only; texts stay in shared/).

    Texts the encoding cannot hold are passed over, and so are 8-bit encodings that
    happen to be valid UTF-8 (sources with mojibake already in them).
    """
    read_back = tried = 0
    for line in POLNEAR.open(encoding="utf-8"):
        text = json.loads(line)["text"]
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            continue
        if not encoding.startswith("utf") and _is_utf8(data):
            continue
        tried += 1
        items = list(read_bytes(data, source="article"))
        read_back += items == [Document(source_path="article", format="text",
                                        content=text.replace("\r\n", "\n").replace("\r", "\n"),
                                        encoding=getattr(items[0], "encoding", None))]
    print(f"\n{encoding}: {read_back}/{tried} PolNeAR articles read back exactly")
    assert tried > 200 and read_back / tried >= floor


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# --- hostile files: FIFOs, symlink loops, lone surrogates, a few bad bytes ----------


def test_fifo_given_or_found_is_skipped_with_one_line_not_read(tmp_path):
    """Opening a FIFO for reading waits for a writer forever; it must not even be opened
    that way, given directly, found in a folder, or named like a feed."""
    import os

    write(tmp_path / "folder" / "a.txt", ARTICLE)
    for name in ("pipe", "feed.xml"):
        os.mkfifo(tmp_path / "folder" / name)
    direct = only_error(read(tmp_path / "folder" / "pipe"))
    assert direct.message == "a FIFO, not a regular file: skipped"
    items = read(tmp_path / "folder")
    assert [item.content for item in items if isinstance(item, Document)] == [ARTICLE]
    skipped = sorted(Path(item.source).name for item in items if isinstance(item, InputError))
    assert skipped == ["feed.xml", "pipe"]


def test_symlink_loop_in_a_folder_is_named_not_silently_dropped(tmp_path):
    import os

    write(tmp_path / "folder" / "a.txt", ARTICLE)
    os.symlink(tmp_path / "folder" / "loop2", tmp_path / "folder" / "loop1")
    os.symlink(tmp_path / "folder" / "loop1", tmp_path / "folder" / "loop2")
    items = read(tmp_path / "folder")
    errors = [item for item in items if isinstance(item, InputError)]
    assert [Path(error.source).name for error in errors] == ["loop1", "loop2"]
    assert all("symbolic links" in error.message for error in errors)
    assert sum(isinstance(item, Document) for item in items) == 1


def test_lone_surrogates_in_json_lines_become_replacement_characters(tmp_path):
    path = write(tmp_path / "s.jsonl", '{"text": "Talks \\ud800 resumed.", "title": "A\\udfff"}\n'
                 '{"text": "' + ARTICLE.replace("\n", "\\n") + '"}\n')
    warning, repaired, intact = read(path)
    assert warning == InputError(str(path), 'line 1: lone surrogates in "text", "title" '
                                 "read as U+FFFD")
    assert (repaired.content, repaired.title) == ("Talks \ufffd resumed.", "A\ufffd")
    repaired.content.encode("utf-8")  # writable as UTF-8 now
    assert intact.content == ARTICLE


def test_a_few_invalid_bytes_in_utf8_cost_a_few_replacement_characters(tmp_path):
    text = (CURLY + " ") * 20
    data = (text[:50].encode() + b"\xff" + text[50:200].encode() + b"\x80\x80"
            + text[200:].encode())
    warning, document = read(write(tmp_path / "a.txt", data))
    assert warning.message == "3 invalid UTF-8 byte sequences read as U+FFFD, the rest kept"
    assert document.encoding == "utf-8"
    assert document.content.count("\u2019") == text.count("\u2019")  # no ’ became â€™
    assert document.content.count("\ufffd") == 3


@given(st.lists(article_text, min_size=2, max_size=6),
       st.sampled_from([b"\xff", b"\x80", b"\xc3", b"\xe2\x80", b"\xfe"]))
@settings(max_examples=200, deadline=None)
def test_bad_bytes_between_utf8_pieces_are_replaced_and_nothing_else_changes(pieces, bad):
    """However the text looks, a few invalid sequences in UTF-8 with more valid multi-byte
    characters than bad sequences leave every other character as it was."""
    separator = "\u2019" * 2  # the valid multi-byte characters that outnumber the bad bytes
    pieces = [piece + separator for piece in pieces]
    data = bad.join(piece.encode("utf-8") for piece in pieces)
    decoded = decode(data)
    assert decoded.encoding == "utf-8"
    assert decoded.text == "\ufffd".join(pieces).replace("\r\n", "\n").replace("\r", "\n")
    assert decoded.replaced == len(pieces) - 1


def test_a_line_too_long_for_article_text_is_one_line_not_read(tmp_path):
    from crosswire.ingest import MAX_LINE_CHARS

    long_line = "word " * (MAX_LINE_CHARS // 5 + 1)
    error = only_error(read(write(tmp_path / "a.txt", ARTICLE + "\n" + long_line)))
    assert error.message == (f"a line of {len(long_line):,} characters (over the "
                             f"{MAX_LINE_CHARS:,} limit) is no article text: not read")
    path = write(tmp_path / "b.jsonl", json.dumps({"text": long_line}) + "\n"
                 + json.dumps({"text": ARTICLE}) + "\n")
    error, document = read(path)
    assert error.source == f"{path}:1" and document.content == ARTICLE
    page = "<html><body><p>" + long_line + "</p></body></html>"  # minified HTML is one line
    assert only_document(read(write(tmp_path / "c.html", page))).format == "html"


# Hypothesis leaves surrogates out of text unless asked: halves of pairs are mixed in.
any_string = st.lists(st.characters(blacklist_categories=("Cc",))
                      | st.sampled_from(["\ud800", "\udbff", "\udc00", "[", "]"]),
                      max_size=40).map("".join)


@given(st.lists(st.fixed_dictionaries({"text": any_string}, optional={
    name: any_string for name in ("id", "url", "title", "outlet", "published", "language")}),
    min_size=1, max_size=6))
@settings(max_examples=200, deadline=None, suppress_health_check=[TMP_PATH_IS_REUSED])
def test_any_json_strings_give_documents_writable_as_utf8(tmp_path, records):
    """Surrogate halves, brackets, anything JSON can escape: each record is a document or
    one error, and whatever is read can be written out as UTF-8 again."""
    path = write(tmp_path / "any.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    items = read(path)
    documents = [item for item in items if isinstance(item, Document)]
    assert len(documents) == sum(1 for r in records if r["text"].strip())
    for document in documents:
        json.dumps(document.__dict__, ensure_ascii=False).encode("utf-8")
    for item in items:
        if isinstance(item, InputError):
            str(item).encode("utf-8")
            assert "\n" not in item.message
