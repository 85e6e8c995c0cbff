"""Hostile and odd input: one defined behaviour each, never a traceback, never a lost byte.

Each test is one row of the table in ``docs/reliability.md`` and runs the command line as a
pipeline does (``cli.main`` in-process, real files in a scratch folder). The contract it checks:

- readable text, however odd, gets a **verdict**: exit 0 or 1 and a report whose spans index the
  files exactly;
- input that cannot be judged is **exit 2** with exactly one ``textguard: error:`` line on stderr
  saying what and where, and nothing on stdout;
- **nothing is written to an input**: every file in the scratch folder is byte-identical, with the
  same modification time, after the command (:func:`run` checks this for every command).

The very large inputs are kept at sizes that run in a few seconds; ``bench/adversarial.py``
feeds the same shapes at 1-10 MB and reports the time per megabyte.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from textguard import check, cli
from textguard.text.reading import read_text

from .articles import ORIGINAL, PARAGRAPHS, copy_of
from .cli_helpers import Result, assert_spans_exact, assert_unjudged, denying_reader

pytest_plugins = ["pytester"]

Fingerprint = dict[str, tuple[int, int, int, str | None]]

#: Flags of the inner pytest sessions: no cache folder, no Hypothesis plugin.
QUIET = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest")


# --- running the command line and checking its answer --------------------------------------------


def fingerprint(root: Path) -> Fingerprint:
    """Every entry under ``root`` (links not followed): mode, size, mtime and a digest of its bytes."""
    out: Fingerprint = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = os.path.join(folder, name)
            info = os.lstat(path)
            digest = None
            if stat.S_ISREG(info.st_mode):
                try:
                    with open(path, "rb") as handle:
                        digest = hashlib.sha256(handle.read()).hexdigest()
                except OSError:  # a file the test made unreadable: its stat still counts
                    digest = "unreadable"
            out[os.path.relpath(path, root)] = (info.st_mode, info.st_size, info.st_mtime_ns, digest)
    return out


@pytest.fixture
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Callable[..., Result]:
    """Run ``textguard ARGV`` in-process; assert that nothing under ``tmp_path`` changed."""

    def run(*argv: str | Path, writes: bool = False) -> Result:
        __tracebackhide__ = True
        before = fingerprint(tmp_path)
        code = cli.main([str(a) for a in argv])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err, err
        if not writes:
            assert fingerprint(tmp_path) == before, "the command changed its input folder"
        return code, out, err

    return run


def assert_verdict(
    result: Result, *, original: Path, copy: Path, encoding: str | None = None
) -> dict[str, Any]:
    """Exit 0 or 1 with the JSON report, whose spans index the files as textguard reads them."""
    __tracebackhide__ = True
    code, out, err = result
    assert code in (0, 1) and err == "", (code, err)
    report = json.loads(out)
    assert report["verdict"] == ("pass" if code == 0 else "fail")
    texts = {"original": read_text(original, encoding=encoding), "copy": read_text(copy, encoding=encoding)}
    for side, text in texts.items():
        assert report[side]["chars"] == len(text)
    assert_spans_exact(report, texts["original"], texts["copy"])
    return report


def kinds(report: dict[str, Any]) -> list[tuple[str, str]]:
    """``(kind, severity)`` of each finding, sorted: what a "gets a verdict" case expects."""
    return sorted((f["kind"], f["severity"]) for f in report["findings"])


def assert_identical_copy_passes(report: dict[str, Any]) -> None:
    """A copy that is the original, byte for byte, passes with nothing above ``info``: whatever
    the characters in it, there is nothing to report but the page's own furniture."""
    __tracebackhide__ = True
    assert report["verdict"] == "pass", kinds(report)
    assert [k for k in kinds(report) if k[1] != "info"] == [], kinds(report)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """``original.txt`` of the shared fictional article, in UTF-8."""
    path = tmp_path / "original.txt"
    path.write_text(ORIGINAL, encoding="utf-8", newline="")
    return path


def write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def check_json(run: Callable[..., Result], original: Path, copy: Path, *options: str) -> Result:
    return run("check", original, copy, "--format", "json", *options)


def in_role(role: str, odd: Path, article: Path) -> tuple[Path, Path]:
    """``(original, copy)``: the odd file as the original, as the copy, or as both."""
    return {"original": (odd, article), "copy": (article, odd), "both": (odd, odd)}[role]


def with_odd_paragraph(odd: str) -> str:
    """The shared article with ``odd`` as its second paragraph."""
    return PARAGRAPHS[0] + "\n" + odd + "\n" + "\n".join(PARAGRAPHS[1:]) + "\n"


# --- empty and whitespace-only files -------------------------------------------------------------


def test_empty_copy_fails(run: Callable[..., Result], article: Path, tmp_path: Path) -> None:
    copy = write(tmp_path / "copy.txt", b"")
    report = assert_verdict(check_json(run, article, copy), original=article, copy=copy)
    assert report["verdict"] == "fail"
    assert [f["kind"] for f in report["findings"]] == ["truncated"]


def test_whitespace_only_copy_fails(run: Callable[..., Result], article: Path, tmp_path: Path) -> None:
    copy = write(tmp_path / "copy.txt", " \n\n\t \r\n\u00a0\u2028")
    report = assert_verdict(check_json(run, article, copy), original=article, copy=copy)
    assert report["verdict"] == "fail"
    assert "truncated" in [f["kind"] for f in report["findings"]]


@pytest.mark.parametrize("text", ["", " \n\t\r\n\u3000\n"], ids=["empty", "whitespace-only"])
def test_original_without_text_cannot_be_judged(
    run: Callable[..., Result], tmp_path: Path, text: str
) -> None:
    original = write(tmp_path / "original.txt", text)
    copy = write(tmp_path / "copy.txt", ORIGINAL)
    assert_unjudged(run("check", original, copy), "original.txt", "the original has no text")


def test_empty_original_and_empty_copy_cannot_be_judged(run: Callable[..., Result], tmp_path: Path) -> None:
    original = write(tmp_path / "original.txt", b"")
    copy = write(tmp_path / "copy.txt", b"")
    assert_unjudged(run("check", original, copy), "the original has no text")


# --- files that are not text -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", "a JPEG image"),
        (b"GIF89a\x01\x00\x01\x00\x80\x00\x00", "a GIF image"),
        (b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml word/document.xml", "a Word (.docx) document"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "a gzip archive"),
    ],
    ids=["pdf", "png", "jpeg", "gif", "docx", "gzip"],
)
@pytest.mark.parametrize("role", ["original", "copy"])
def test_binary_file_is_refused_by_type(
    run: Callable[..., Result], article: Path, tmp_path: Path, data: bytes, kind: str, role: str
) -> None:
    binary = write(tmp_path / "story.bin", data)
    files = (binary, article) if role == "original" else (article, binary)
    assert_unjudged(run("check", *files), "story.bin", f"looks like {kind}, not text")


def test_nul_bytes_are_refused(run: Callable[..., Result], article: Path, tmp_path: Path) -> None:
    copy = write(tmp_path / "copy.txt", ORIGINAL.encode() + b"\x00\x00trailing garbage")
    assert_unjudged(run("check", article, copy), "copy.txt", "NUL bytes", f"byte {len(ORIGINAL.encode())}")


def test_invalid_utf8_names_the_byte_and_the_way_out(
    run: Callable[..., Result], article: Path, tmp_path: Path
) -> None:
    copy = write(tmp_path / "copy.txt", b"The council\xff met.")
    assert_unjudged(
        run("check", article, copy), "copy.txt", "not valid UTF-8 at byte 11 (0xff)", "--encoding"
    )


def test_encoded_surrogates_are_invalid_utf8(
    run: Callable[..., Result], article: Path, tmp_path: Path
) -> None:
    # What a careless encoder writes for a lone surrogate (CESU-8, WTF-8): not UTF-8.
    copy = write(tmp_path / "copy.txt", b"The council met \xed\xa0\x80.")
    assert_unjudged(run("check", article, copy), "not valid UTF-8 at byte 16 (0xed)")


def test_cp1252_without_encoding_is_refused_with_the_way_out(
    run: Callable[..., Result], article: Path, tmp_path: Path
) -> None:
    copy = write(tmp_path / "copy.txt", ORIGINAL.replace("£48", "€48").encode("cp1252"))
    assert_unjudged(run("check", article, copy), "copy.txt", "not valid UTF-8", "--encoding cp1252")


def test_cp1252_with_encoding_gets_a_verdict(run: Callable[..., Result], tmp_path: Path) -> None:
    text = ORIGINAL.replace("council's", "council\u2019s").replace("\n", "\r\n")
    original = write(tmp_path / "original.txt", text.encode("cp1252"))
    copy = write(tmp_path / "copy.txt", text.replace("31 to 9", "31 to 8").encode("cp1252"))
    result = check_json(run, original, copy, "--encoding", "cp1252")
    report = assert_verdict(result, original=original, copy=copy, encoding="cp1252")
    assert report["original"]["chars"] == len(text)
    assert report["verdict"] == "fail"
    assert kinds(report) == [("number-altered", "error")]
    (finding,) = report["findings"]
    assert (finding["original"]["text"], finding["copy"]["text"]) == ("9", "8")


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (b"", "utf-16-le"),
        (b"", "utf-16-be"),
    ],
    ids=[
        "utf-8-bom",
        "utf-16-le-bom",
        "utf-16-be-bom",
        "utf-32-le-bom",
        "utf-32-be-bom",
        "utf-16-le",
        "utf-16-be",
    ],
)
def test_unicode_encodings_get_the_same_verdict_as_utf8(
    run: Callable[..., Result], article: Path, tmp_path: Path, bom: bytes, codec: str
) -> None:
    text = copy_of(PARAGRAPHS[:-1], tail=["12 Comments"])
    plain = write(tmp_path / "plain.txt", text)
    encoded = write(tmp_path / "encoded.txt", bom + text.encode(codec))
    expected = assert_verdict(check_json(run, article, plain), original=article, copy=plain)
    got = assert_verdict(check_json(run, article, encoded), original=article, copy=encoded)
    # The comment counter is a footer and the last paragraph is gone: in every encoding.
    assert expected["verdict"] == "fail"
    assert kinds(expected) == [("stray-footer", "error"), ("truncated", "error")]
    assert [f["copy"]["text"] for f in expected["findings"] if f["kind"] == "stray-footer"] == ["12 Comments"]
    assert got["verdict"] == expected["verdict"]
    assert got["findings"] == expected["findings"]
    assert got["copy"]["sha256"] == hashlib.sha256(encoded.read_bytes()).hexdigest()


# --- odd text ------------------------------------------------------------------------------------

CONTROLS = (
    "".join(chr(c) for c in range(1, 32))
    + "\x7f"
    + "".join(chr(c) for c in range(0x80, 0xA0))
    + "\u2028\u2029\u200b\u200e\u202e\u2066\ufeff\ufffc\ufffd"
    + "\x1b[2J\x1b]0;title\x07"
)


@pytest.mark.parametrize(
    "role",
    [
        pytest.param(
            "original",
            marks=pytest.mark.xfail(
                strict=True,
                reason="control characters in the original are judged as its text: the '0' of a "
                "terminal escape is a missing figure, and each control-only line a missing paragraph",
            ),
        ),
        "copy",
        "both",
    ],
)
def test_control_characters_get_a_verdict(
    run: Callable[..., Result], article: Path, tmp_path: Path, role: str
) -> None:
    odd = ORIGINAL.replace(" ", " " + CONTROLS, 3).replace("\n", CONTROLS + "\n", 2)
    odd_file = write(tmp_path / "odd.txt", odd)
    original, copy = in_role(role, odd_file, article)
    report = assert_verdict(check_json(run, original, copy), original=original, copy=copy)
    if role == "both":
        assert_identical_copy_passes(report)
    elif role == "original":
        # The copy has every word of the article; only control characters are gone.
        assert report["verdict"] == "pass"
        assert [k for k in kinds(report) if k[1] != "info"] == []
    else:
        # The article is whole; the control-only lines the copy added are flagged, never an error.
        assert report["verdict"] == "pass"
        assert {k for k, _ in kinds(report)} <= {"stray-header", "content-added"}
        assert all(f["severity"] != "error" for f in report["findings"])


def every_plane() -> str:
    """Characters from each of the 17 planes: assigned, unassigned, private use, noncharacters,
    combining marks, emoji with joiners, right-to-left and ideographic text (never a surrogate)."""
    chars = []
    for plane in range(17):
        base = plane * 0x10000
        chars += [chr(base + off) for off in (0x0041, 0x0300, 0x4E00, 0x0600, 0xFFFD, 0xFFFE, 0xFFFF)]
    chars += [
        "e\u0301",
        "\U0001f469\u200d\U0001f52c",
        "\U0001f1fa\U0001f1e6",
        "\u05e9\u05dc\u05d5\u05dd",
        "\ufdfd",
    ]
    return " ".join(c for c in chars if not 0xD800 <= ord(c[0]) <= 0xDFFF)


@pytest.mark.parametrize("role", ["original", "copy", "both"])
def test_unicode_from_every_plane_gets_a_verdict(
    run: Callable[..., Result], article: Path, tmp_path: Path, role: str
) -> None:
    sample = every_plane()
    odd_file = write(tmp_path / "odd.txt", with_odd_paragraph(sample) + sample)
    original, copy = in_role(role, odd_file, article)
    report = assert_verdict(check_json(run, original, copy), original=original, copy=copy)
    if role == "both":
        assert_identical_copy_passes(report)
        return
    # The sample is a paragraph of its own: missing from the copy, or added to it (a paragraph in
    # other scripts inside the article, and again as the page's last line).
    assert report["verdict"] == "fail"
    if role == "original":
        assert kinds(report) == [("paragraph-missing", "error")]
        assert report["findings"][0]["original"]["text"] == sample
    else:
        assert kinds(report) == [("content-added", "error"), ("stray-footer", "error")]
        assert [f["copy"]["text"] for f in report["findings"]] == [sample, sample]


@pytest.mark.parametrize("role", ["original", "copy"])
def test_one_megabyte_line_gets_a_verdict(
    run: Callable[..., Result], article: Path, tmp_path: Path, role: str
) -> None:
    line = " ".join(PARAGRAPHS)
    huge = write(tmp_path / "line.txt", (line + " ") * (1_000_000 // (len(line) + 1) + 1))
    assert huge.stat().st_size > 1_000_000 and b"\n" not in huge.read_bytes()
    original, copy = in_role(role, huge, article)
    report = assert_verdict(check_json(run, original, copy), original=original, copy=copy)
    assert report["verdict"] == "pass"
    if role == "original":
        # Every paragraph of the copy is in the original's one line: nothing is missing or added.
        assert report["findings"] == []
    else:
        # The copy repeats the article a thousand times on one line: added text, one warning.
        assert kinds(report) == [("content-added", "warning")]


def test_multi_megabyte_article_gets_a_verdict(
    run: Callable[..., Result], article: Path, tmp_path: Path
) -> None:
    # 2 MB keeps the suite fast; bench/adversarial.py runs the same shape at 1, 2, 5 and 10 MB.
    big = write(tmp_path / "big.txt", ORIGINAL * (2_000_000 // len(ORIGINAL) + 1))
    assert big.stat().st_size > 2_000_000
    report = assert_verdict(check_json(run, article, big), original=article, copy=big)
    # The first repetition is the article; each paragraph of every other one is reported as what
    # follows the article, a warning.
    repeats = 2_000_000 // len(ORIGINAL) + 1
    assert report["verdict"] == "pass"
    assert len(report["findings"]) == (repeats - 1) * len(PARAGRAPHS)
    assert {(f["kind"], f["severity"]) for f in report["findings"]} == {("stray-footer", "warning")}
    assert {f["copy"]["text"] for f in report["findings"]} == set(PARAGRAPHS)


@pytest.mark.parametrize(
    "odd",
    ['"' * 10_000, "\u201c\u201d\u00ab\u00bb\u2018\u2019\u201e'" * 1_250, "\u201c" * 10_000],
    ids=["straight", "every-style", "openings"],
)
@pytest.mark.parametrize("role", ["original", "copy", "both"])
def test_thousands_of_quote_marks_get_a_verdict(
    run: Callable[..., Result], article: Path, tmp_path: Path, odd: str, role: str
) -> None:
    odd_file = write(tmp_path / "odd.txt", with_odd_paragraph(odd))
    original, copy = in_role(role, odd_file, article)
    report = assert_verdict(check_json(run, original, copy), original=original, copy=copy)
    # A paragraph of punctuation only has no words: like a separator line ("* * *"), it is no
    # paragraph to lose or to add (issue 13), on either side.
    assert report["verdict"] == "pass"
    assert report["findings"] == []


@pytest.mark.parametrize(
    "odd",
    ["Council " * 5_000, "Marlow-Valley-" * 2_000, "ROWNTREE " * 5_000, "Mr. A. B. " * 2_000],
    ids=["words", "hyphenated", "capitals", "initials"],
)
@pytest.mark.parametrize("role", ["original", "copy", "both"])
def test_thousands_of_capitalised_words_get_a_verdict(
    run: Callable[..., Result], article: Path, tmp_path: Path, odd: str, role: str
) -> None:
    odd_file = write(tmp_path / "odd.txt", with_odd_paragraph(odd))
    original, copy = in_role(role, odd_file, article)
    report = assert_verdict(check_json(run, original, copy), original=original, copy=copy)
    if role == "both":
        assert (report["verdict"], report["findings"]) == ("pass", [])
    elif role == "original":
        # A paragraph of words is gone from the copy: an error.
        assert report["verdict"] == "fail"
        assert kinds(report) == [("paragraph-missing", "error")]
        assert report["findings"][0]["original"]["text"] == odd.strip()
    else:
        # Added words inside the article: a warning (content-added's default severity).
        assert report["verdict"] == "pass"
        assert kinds(report) == [("content-added", "warning")]
        assert report["findings"][0]["copy"]["text"] == odd.strip()


# --- paths that are not readable files ---------------------------------------------------------


def test_missing_path(run: Callable[..., Result], article: Path, tmp_path: Path) -> None:
    assert_unjudged(run("check", article, tmp_path / "gone.txt"), str(tmp_path / "gone.txt"), "no such file")


def test_directory(run: Callable[..., Result], article: Path, tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    assert_unjudged(run("check", tmp_path / "folder", article), str(tmp_path / "folder"), "is a directory")


def test_symlink_loop(run: Callable[..., Result], article: Path, tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    assert_unjudged(run("check", article, tmp_path / "a.txt"), str(tmp_path / "a.txt"), "symbolic links")


def test_broken_symlink(run: Callable[..., Result], article: Path, tmp_path: Path) -> None:
    (tmp_path / "copy.txt").symlink_to(tmp_path / "deleted.txt")
    assert_unjudged(run("check", article, tmp_path / "copy.txt"), "copy.txt", "broken symbolic link")


@pytest.fixture
def deny(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Path], Path]]:
    """Make a file unreadable, for root too (see :func:`denying_reader`)."""
    yield from denying_reader(monkeypatch)


def test_unreadable_file(
    run: Callable[..., Result], article: Path, tmp_path: Path, deny: Callable[[Path], Path]
) -> None:
    copy = deny(write(tmp_path / "copy.txt", ORIGINAL))
    assert_unjudged(run("check", article, copy), str(copy), "permission denied")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_or_device_is_refused_without_blocking(
    run: Callable[..., Result], article: Path, tmp_path: Path
) -> None:
    os.mkfifo(tmp_path / "pipe.txt")  # opening it would wait for a writer forever
    assert_unjudged(run("check", article, tmp_path / "pipe.txt"), "pipe.txt", "not a regular file")
    if os.path.exists("/dev/zero"):  # reading it would never end
        assert_unjudged(run("check", article, "/dev/zero"), "/dev/zero", "not a regular file")


def test_path_with_a_newline_is_named_on_one_line(
    run: Callable[..., Result], article: Path, tmp_path: Path
) -> None:
    assert_unjudged(run("check", article, tmp_path / "two\nlines.txt"), "two\\nlines.txt", "no such file")


# --- configuration -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "needles"),
    [
        ("bad.toml", b"fail_on = [\n", ("bad.toml", "not valid TOML")),
        ("bad.toml", b"fail_on = 'error'\nfail_om = 'warning'\n", ("unknown key 'fail_om'",)),
        ("bad.toml", b"fail_on = 3\n", ("fail_on",)),
        ("bad.toml", b"footer_patterns = ['(unclosed']\n", ("footer_patterns", "invalid regular expression")),
        ("bad.toml", "fail_on = 'warning' # caf\u00e9\n".encode("cp1252"), ("bad.toml", "not UTF-8")),
        ("pyproject.toml", b"[tool.textguard\nfail_on = 'error'\n", ("pyproject.toml", "not valid TOML")),
        (
            "pyproject.toml",
            b"[tool.textguard]\nfial_on = 'error'\n",
            ("[tool.textguard]", "unknown key 'fial_on'"),
        ),
        ("pyproject.toml", b"[tool]\ntextguard = 'strict'\n", ("[tool.textguard]", "must be a table")),
    ],
    ids=[
        "syntax",
        "unknown-key",
        "wrong-type",
        "bad-regex",
        "not-utf8",
        "pyproject-syntax",
        "pyproject-unknown-key",
        "pyproject-not-a-table",
    ],
)
def test_malformed_config_names_file_and_key(
    run: Callable[..., Result],
    article: Path,
    tmp_path: Path,
    name: str,
    content: bytes,
    needles: tuple[str, ...],
) -> None:
    config = write(tmp_path / name, content)
    assert_unjudged(run("check", article, article, "--config", config), *needles)


def test_config_that_is_a_folder(run: Callable[..., Result], article: Path, tmp_path: Path) -> None:
    assert_unjudged(run("check", article, article, "--config", tmp_path), "is a directory")


def test_new_refuses_a_malformed_project_config(
    run: Callable[..., Result], article: Path, tmp_path: Path
) -> None:
    write(tmp_path / "pyproject.toml", "[tool.textguard]\nfail_on = 'fatal'\n")
    fixtures = tmp_path / "fixtures"
    assert_unjudged(
        run("new", "trams", "--original", article, "--fixtures", fixtures), "pyproject.toml", "fatal"
    )
    assert not fixtures.exists()


# --- scan: every copy it can judge, and the others named ----------------------------------------


def scan_tree(root: Path, copies: dict[str, bytes | str], *, original: bytes | str = ORIGINAL) -> Path:
    """``root/story`` with ``original.txt`` and the given copies, plus ``root/other`` with one
    verbatim copy, which every scan must still judge."""
    for name, files in (("story", copies), ("other", {"verbatim": ORIGINAL})):
        folder = root / name
        (folder / "copies").mkdir(parents=True)
        write(folder / "original.txt", original if name == "story" else ORIGINAL)
        for stem, data in files.items():
            write(folder / "copies" / f"{stem}.txt", data)
    return root


def scan_lines(out: str) -> list[str]:
    return out.rstrip("\n").splitlines()


def assert_scan_judged_the_rest(result: Result, *, unjudged: dict[str, str], judged: int) -> None:
    """Exit 2; an ``ERROR`` line saying each needle for each unjudged copy; every other copy got a
    PASS or FAIL line; the summary and the one stderr line count them."""
    __tracebackhide__ = True
    code, out, err = result
    assert code == 2, err
    lines = scan_lines(out)
    for name, needle in unjudged.items():
        line = next((x for x in lines if x.startswith(f"ERROR {name}: ")), None)
        assert line is not None and needle in line, out
    verdicts = [x for x in lines if x.startswith(("PASS ", "FAIL "))]
    assert len(verdicts) == judged, out
    total = judged + len(unjudged)
    assert lines[-2].endswith(f"{len(unjudged)} unjudged"), out
    assert lines[-1].startswith("gate: fail (") and lines[-1].endswith(f"{len(unjudged)} unjudged)"), out
    assert (
        err
        == f"textguard: error: {len(unjudged)} of {total} {'copy' if total == 1 else 'copies'} could not be judged\n"
    )


@pytest.mark.parametrize("workers", ["1", "2"])
def test_scan_judges_the_others_past_unreadable_copies(
    run: Callable[..., Result], tmp_path: Path, workers: str
) -> None:
    root = scan_tree(
        tmp_path / "corpus",
        {"binary": b"%PDF-1.4\n", "latin1": "caf\xe9".encode("latin-1"), "nul": b"a\x00b", "fine": ORIGINAL},
    )
    (root / "story" / "copies" / "gone.txt").symlink_to(root / "story" / "copies" / "deleted.txt")
    result = run("scan", root, "--workers", workers)
    assert_scan_judged_the_rest(
        result,
        unjudged={
            "story/binary": "PDF",
            "story/latin1": "--encoding cp1252",
            "story/nul": "NUL bytes",
            "story/gone": "broken symbolic link",
        },
        judged=2,
    )


def test_scan_judges_the_others_past_a_copy_it_may_not_read(
    run: Callable[..., Result], tmp_path: Path, deny: Callable[[Path], Path]
) -> None:
    root = scan_tree(tmp_path / "corpus", {"secret": ORIGINAL, "fine": ORIGINAL})
    deny(root / "story" / "copies" / "secret.txt")
    result = run("scan", root, "--workers", "1")
    assert_scan_judged_the_rest(result, unjudged={"story/secret": "permission denied"}, judged=2)


def test_scan_article_folder_without_original(run: Callable[..., Result], tmp_path: Path) -> None:
    root = scan_tree(tmp_path / "corpus", {"a": ORIGINAL, "b": ORIGINAL})
    (root / "story" / "original.txt").unlink()
    result = run("scan", root, "--workers", "1")
    assert_scan_judged_the_rest(
        result, unjudged={"story/a": "no original.txt", "story/b": "no original.txt"}, judged=1
    )


@pytest.mark.parametrize(
    ("toml", "needle"),
    [
        ("[copies.a\nverdict = 'pass'\n", "not valid TOML"),
        ("[copies.a]\nverdit = 'pass'\n", "verdit"),
        ("[config]\nfail_on = 'fatal'\n", "fatal"),
        ("[copies.missing]\nverdict = 'pass'\n", "no copy file copies/missing.txt"),
    ],
    ids=["syntax", "unknown-key", "bad-config", "unknown-copy"],
)
def test_scan_malformed_article_toml(
    run: Callable[..., Result], tmp_path: Path, toml: str, needle: str
) -> None:
    root = scan_tree(tmp_path / "corpus", {"a": ORIGINAL})
    write(root / "story" / "article.toml", toml)
    result = run("scan", root, "--workers", "1")
    assert_scan_judged_the_rest(result, unjudged={"story/a": needle}, judged=1)


def test_scan_original_without_text(run: Callable[..., Result], tmp_path: Path) -> None:
    root = scan_tree(tmp_path / "corpus", {"a": ORIGINAL}, original="\n \n")
    result = run("scan", root, "--workers", "1")
    assert_scan_judged_the_rest(result, unjudged={"story/a": "the original has no text"}, judged=1)


def test_scan_unreadable_original(
    run: Callable[..., Result], tmp_path: Path, deny: Callable[[Path], Path]
) -> None:
    root = scan_tree(tmp_path / "corpus", {"a": ORIGINAL, "b": ORIGINAL})
    deny(root / "story" / "original.txt")
    result = run("scan", root, "--workers", "1")
    assert_scan_judged_the_rest(
        result, unjudged={"story/a": "permission denied", "story/b": "permission denied"}, judged=1
    )


def test_scan_json_lists_the_unjudged_copy(run: Callable[..., Result], tmp_path: Path) -> None:
    root = scan_tree(tmp_path / "corpus", {"broken": b"\xff\xfe\x00", "fine": ORIGINAL})
    code, out, err = run("scan", root, "--format", "json", "--workers", "1")
    data = json.loads(out)
    assert code == 2 and err.count("\n") == 1
    assert data["summary"] == {"copies": 3, "passed": 2, "failed": 0, "unjudged": 1, "unexpected": 0}
    broken = next(c for c in data["copies"] if c["copy"] == "broken")
    assert set(broken) == {"article", "copy", "error"} and "broken.txt" in broken["error"]


# --- nothing is overwritten without an explicit flag ---------------------------------------------


def test_new_never_overwrites_an_existing_folder(
    run: Callable[..., Result], article: Path, tmp_path: Path
) -> None:
    fixtures = tmp_path / "fixtures"
    existing = fixtures / "trams"
    (existing / "copies").mkdir(parents=True)
    write(existing / "original.txt", "an earlier original, by hand\n")
    write(existing / "notes.md", "keep me\n")
    copy = write(tmp_path / "copy.txt", ORIGINAL)
    result = run("new", "trams", "--original", article, "--copy", copy, "--fixtures", fixtures)
    assert_unjudged(result, str(existing), "already exists", "never overwrites")
    (fixtures / "link").symlink_to(tmp_path / "elsewhere")
    assert_unjudged(run("new", "link", "--original", article, "--fixtures", fixtures), "already exists")


def test_new_refuses_an_original_without_text(run: Callable[..., Result], tmp_path: Path) -> None:
    empty = write(tmp_path / "empty.txt", "\n")
    result = run("new", "trams", "--original", empty, "--fixtures", tmp_path / "fixtures")
    assert_unjudged(result, "empty.txt", "the original has no text")
    assert not (tmp_path / "fixtures").exists()


def test_new_writes_only_the_new_folder(run: Callable[..., Result], article: Path, tmp_path: Path) -> None:
    copy = write(tmp_path / "copy.txt", copy_of(PARAGRAPHS[:5]))
    before = fingerprint(tmp_path)
    code, out, err = run(
        "new", "trams", "--original", article, "--copy", copy, "--fixtures", tmp_path / "fx", writes=True
    )
    assert (code, err) == (0, ""), err
    after = fingerprint(tmp_path)
    assert {k: v for k, v in after.items() if not k.startswith("fx")} == before
    assert (tmp_path / "fx" / "trams" / "copies" / "copy.txt").read_bytes() == copy.read_bytes()


def test_plugin_refuses_an_original_without_text(pytester: pytest.Pytester) -> None:
    folder = pytester.path / "fixtures" / "trams"
    (folder / "copies").mkdir(parents=True)
    write(folder / "original.txt", " \n")
    write(folder / "copies" / "clean.txt", ORIGINAL)
    result = pytester.runpytest_subprocess(*QUIET, "-p", "no:syrupy")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*original.txt: the original has no text*"])


def test_snapshots_are_rewritten_only_with_snapshot_update(pytester: pytest.Pytester) -> None:
    folder = pytester.path / "fixtures" / "trams"
    (folder / "copies").mkdir(parents=True)
    write(folder / "original.txt", ORIGINAL)
    write(folder / "copies" / "clean.txt", ORIGINAL)
    snapshots = folder / "__snapshots__"

    # Without the flag, a missing snapshot is a failure, not a file written.
    pytester.runpytest_subprocess(*QUIET).assert_outcomes(failed=1)
    assert not snapshots.exists()
    pytester.runpytest_subprocess(*QUIET, "--snapshot-update").assert_outcomes(passed=1)
    recorded = fingerprint(snapshots)

    # A copy that changed fails against its snapshot, which stays as it was.
    write(folder / "copies" / "clean.txt", ORIGINAL + "12 Comments\n")
    write(folder / "article.toml", '[copies.clean]\nverdict = "fail"\n')
    inputs = fingerprint(folder / "copies") | {"original": fingerprint(folder)["original.txt"]}
    pytester.runpytest_subprocess(*QUIET).assert_outcomes(failed=1)
    assert fingerprint(snapshots) == recorded

    # Only the explicit flag rewrites it; the texts themselves are never written.
    pytester.runpytest_subprocess(*QUIET, "--snapshot-update").assert_outcomes(passed=1)
    assert fingerprint(snapshots) != recorded
    assert fingerprint(folder / "copies") | {"original": fingerprint(folder)["original.txt"]} == inputs


# --- inputs that once made a step quadratic: each finishes in well under a second now --------------


@pytest.mark.parametrize("role", ["original", "copy", "both"])
def test_a_run_of_thousands_of_digits_gets_a_verdict(role: str) -> None:
    digits = "The council counted " + "1" * 5000 + " votes.\n"
    pairs = {"original": (digits, ORIGINAL), "copy": (ORIGINAL, digits), "both": (digits, digits)}
    original, copy = pairs[role]
    assert check(original, copy).verdict == ("pass" if role == "both" else "fail")


def test_an_endless_hyphenated_chain_gets_a_verdict() -> None:
    # Every prefix of the chain used to be joined into a compound key: gigabytes for a megabyte.
    assert check(ORIGINAL, "a-" * 100_000).verdict == "fail"


def test_an_endless_capitalised_name_gets_a_verdict() -> None:
    assert check("Council " * 60_000, ORIGINAL).verdict == "fail"


def test_thousands_of_initials_in_a_row_get_a_verdict() -> None:
    assert check("A. " * 100_000, ORIGINAL).verdict == "fail"


def test_thousands_of_figures_in_one_sentence_get_a_verdict() -> None:
    text = "1,000 " * 20_000
    assert check(text, text).verdict == "pass"


def test_the_text_report_writes_no_control_characters(run: Callable[..., Result], tmp_path: Path) -> None:
    original, copy = tmp_path / "o.txt", tmp_path / "c.txt"
    original.write_text(ORIGINAL, encoding="utf-8")
    copy.write_text(ORIGINAL + "\x1b]0;pwned\x07 Evil \x1b[2J footer \x9b31m\n", encoding="utf-8")
    code, out, _ = run("check", original, copy)
    assert code in (0, 1) and "stray-footer" in out
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out)


def test_the_table_in_docs_names_only_tests_that_exist() -> None:
    doc = Path(__file__).resolve().parents[1] / "docs" / "reliability.md"
    named = set(re.findall(r"`(test_\w+)`", doc.read_text(encoding="utf-8")))
    here = Path(__file__).read_text(encoding="utf-8")
    fuzz = (Path(__file__).parent / "test_fuzz_check.py").read_text(encoding="utf-8")
    defined = set(re.findall(r"^def (test_\w+)", here + "\n" + fuzz, flags=re.MULTILINE))
    assert named, "the table names no test"
    assert sorted(named - defined) == [], "docs/reliability.md names tests that do not exist"
    assert sorted(defined - named - {"test_the_table_in_docs_names_only_tests_that_exist"}) == [], (
        "tests missing from the table in docs/reliability.md"
    )
