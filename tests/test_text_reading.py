"""The reading policy: what textguard accepts as text, how, and the one-line reasons it refuses."""

from __future__ import annotations

import codecs
import hashlib
import os
from pathlib import Path

import pytest

from textguard.errors import InputError
from textguard.text.reading import Document, decode_bytes, read_document, read_text, resolve_encoding

from .articles import assert_one_line
from .cli_helpers import denying_reader

TEXT = "Putin said: “We will see.”\nTrump — “ok”.\n"


def write(tmp_path: Path, data: bytes, name: str = "a.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_document_has_path_digest_and_codec(tmp_path: Path) -> None:
    data = TEXT.encode("utf-8")
    path = write(tmp_path, data)
    doc = read_document(path)
    assert doc == Document(str(path), TEXT, hashlib.sha256(data).hexdigest(), "utf-8")
    assert read_text(path) == TEXT


def test_path_is_kept_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, b"x")
    monkeypatch.chdir(tmp_path)
    assert read_document("a.txt").path == "a.txt"
    assert read_document(Path("a.txt")).path == "a.txt"


def test_utf8_bom_is_dropped_but_digest_is_of_raw_bytes(tmp_path: Path) -> None:
    data = codecs.BOM_UTF8 + TEXT.encode("utf-8")
    doc = read_document(write(tmp_path, data))
    assert doc.text == TEXT
    assert doc.sha256 == hashlib.sha256(data).hexdigest()


def test_only_a_leading_bom_is_dropped(tmp_path: Path) -> None:
    data = codecs.BOM_UTF8 + "a\ufeffb".encode()
    assert read_text(write(tmp_path, data)) == "a\ufeffb"


@pytest.mark.parametrize(
    "text",
    ["one\r\ntwo\r\n", "one\rtwo\r", "one\ntwo\r\nthree\rfour", "no newline at end"],
    ids=["crlf", "cr", "mixed", "none"],
)
def test_line_endings_are_kept_exactly(tmp_path: Path, text: str) -> None:
    assert read_text(write(tmp_path, text.encode())) == text


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
    ids=["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"],
)
def test_utf16_and_utf32_with_bom_are_decoded(tmp_path: Path, bom: bytes, codec: str) -> None:
    doc = read_document(write(tmp_path, bom + TEXT.replace("\n", "\r\n").encode(codec)))
    assert (doc.text, doc.encoding) == (TEXT.replace("\n", "\r\n"), codec)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_is_detected_by_its_nul_pattern(tmp_path: Path, codec: str) -> None:
    text = "Москва, 12 июля.\r\nThe Kremlin said so.\r\n"
    doc = read_document(write(tmp_path, text.encode(codec)))
    assert (doc.text, doc.encoding) == (text, codec)


def test_invalid_utf8_names_file_offset_byte_and_the_way_out(tmp_path: Path) -> None:
    path = write(tmp_path, "café ".encode() + b"na\xefve", name="copy.txt")
    with pytest.raises(InputError) as exc:
        read_document(path)
    assert_one_line(exc, str(path), "byte 8", "0xef", "UTF-8", "--encoding cp1252")


def test_invalid_utf8_offset_counts_the_bom(tmp_path: Path) -> None:
    with pytest.raises(InputError) as exc:
        read_document(write(tmp_path, codecs.BOM_UTF8 + b"ab\x92"))
    assert_one_line(exc, "byte 5", "0x92")


def test_explicit_encoding_decodes_strictly_with_that_codec(tmp_path: Path) -> None:
    path = write(tmp_path, "“naïve” \u2013 5 €\r\n".encode("cp1252"))
    with pytest.raises(InputError):
        read_document(path)  # never guessed
    doc = read_document(path, encoding="cp1252")
    assert (doc.text, doc.encoding) == ("“naïve” \u2013 5 €\r\n", "cp1252")


def test_explicit_encoding_that_does_not_fit_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, b"abc\x81", name="x.txt")  # 0x81 is undefined in cp1252
    with pytest.raises(InputError) as exc:
        read_document(path, encoding="cp1252")
    assert_one_line(exc, "x.txt", "cp1252", "byte 3", "0x81")


def test_explicit_utf8_still_drops_the_bom(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, codecs.BOM_UTF8 + b"ab"), encoding="UTF8")
    assert (doc.text, doc.encoding) == ("ab", "utf-8")


@pytest.mark.parametrize("name", ["no-such-codec", "base64", "rot13"])
def test_unknown_or_non_text_codec_is_an_error(tmp_path: Path, name: str) -> None:
    with pytest.raises(InputError) as exc:
        read_document(write(tmp_path, b"abc"), encoding=name)
    assert_one_line(exc, repr(name), "encoding")
    with pytest.raises(InputError):
        resolve_encoding(name)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"GIF89a\x01\x00", "a GIF image"),
        (b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml word/document.xml", "a Word (.docx) document"),
        (b"PK\x03\x04\x14\x00\x00\x00notes.txt", "a ZIP archive"),
        (b"\x1f\x8b\x08\x00", "a gzip archive"),
        (b"\x7fELF\x02\x01\x01", "an ELF executable"),
    ],
    ids=["pdf", "png", "jpeg", "gif", "docx", "zip", "gzip", "elf"],
)
def test_binary_formats_are_refused_by_name(tmp_path: Path, data: bytes, kind: str) -> None:
    path = write(tmp_path, data, name="article.bin")
    with pytest.raises(InputError) as exc:
        read_document(path)
    assert_one_line(exc, str(path), f"looks like {kind}, not text")
    with pytest.raises(InputError):
        read_document(path, encoding="latin-1")  # an explicit codec does not make a PDF text


@pytest.mark.parametrize(
    "data",
    [b"text\x00with a NUL", bytes(range(256)) * 4, b"\x00\x00\x00\x00abcd", b"ab\x00"],
    ids=["one-nul", "all-bytes", "nul-run", "odd-length"],
)
def test_nul_bytes_not_explained_by_utf16_are_binary(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(InputError) as exc:
        read_document(write(tmp_path, data))
    assert_one_line(exc, "NUL", "binary")


def test_nul_bytes_with_a_non_utf16_codec_are_binary(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="NUL"):
        read_document(write(tmp_path, b"ab\x00cd"), encoding="cp1252")


def test_empty_file_is_empty_text(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, b""))
    assert (doc.text, doc.encoding, doc.sha256) == ("", "utf-8", hashlib.sha256(b"").hexdigest())


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError) as exc:
        read_document(tmp_path / "nope.txt")
    assert_one_line(exc, str(tmp_path / "nope.txt"), "no such file")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError) as exc:
        read_document(tmp_path)
    assert_one_line(exc, str(tmp_path), "is a directory")


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    with pytest.raises(InputError) as exc:
        read_document(tmp_path / "a")
    assert_one_line(exc, str(tmp_path / "a"), "symbolic links")


def test_broken_symlink(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "gone")
    with pytest.raises(InputError) as exc:
        read_document(tmp_path / "a")
    assert_one_line(exc, str(tmp_path / "a"), "broken symbolic link")


def test_symlink_to_a_file_is_followed(tmp_path: Path) -> None:
    write(tmp_path, b"hello")
    (tmp_path / "link").symlink_to(tmp_path / "a.txt")
    assert read_document(tmp_path / "link").text == "hello"


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Simulated for root too, who can read a file with mode 000: a skip there would hide the test
    # in every container and CI run.
    for make_unreadable in denying_reader(monkeypatch):
        path = make_unreadable(write(tmp_path, b"secret"))
        with pytest.raises(InputError) as exc:
            read_document(path)
        assert_one_line(exc, str(path), "permission denied")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(InputError) as exc:
        read_document(tmp_path / "pipe")
    assert_one_line(exc, "not a regular file")


def test_path_with_control_characters_stays_one_line(tmp_path: Path) -> None:
    with pytest.raises(InputError) as exc:
        read_document(tmp_path / "two\nlines.txt")
    assert_one_line(exc, "two\\nlines.txt")


def test_reading_never_writes(tmp_path: Path) -> None:
    path = write(tmp_path, TEXT.encode())
    before = (path.stat().st_mtime_ns, sorted(os.listdir(tmp_path)))
    read_document(path)
    assert (path.stat().st_mtime_ns, sorted(os.listdir(tmp_path))) == before


def test_decode_bytes_is_the_same_policy_without_a_file() -> None:
    assert decode_bytes(b"a\r\nb", name="x") == ("a\r\nb", "utf-8")
    with pytest.raises(InputError, match=r"^x: not valid UTF-8 at byte 0 \(0xff\)"):
        decode_bytes(b"\xff", name="x")
