"""The public API: check(), check_files(), the package surface, purity, determinism, thread safety."""

from __future__ import annotations

import codecs
import hashlib
import subprocess
import sys
import types
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import textguard
from textguard import Config, InputError, Report, Severity, check, check_files

ORIGINAL = """\
The council voted on Tuesday to extend the night bus service to the harbour district, after a petition \
signed by residents.

Councillor Mary Hollins said the route would run every thirty minutes between midnight and five in \
the morning.

Transport officials estimated the extension would cost the authority about two hundred thousand pounds a year.

The first buses are expected to run in the spring, once new drivers have been trained.
"""

EXTRA_PROSE = (
    "Meanwhile our reporter went to a garden party and enjoyed the cakes, which were lovely and plentiful."
)
#: A copy with an unexplained prose paragraph after the article: a ``stray-footer`` warning.
WITH_PROSE_FOOTER = ORIGINAL + "\n" + EXTRA_PROSE + "\n"
#: A copy ending in a comment counter: a ``stray-footer`` error.
WITH_COMMENTS = ORIGINAL + "\n12 Comments\n"


def without_elapsed(report: Report) -> dict[str, Any]:
    data = report.to_dict()
    del data["stats"]["elapsed_ms"]
    return data


def only(report: Report) -> textguard.Finding:
    __tracebackhide__ = True
    assert len(report.findings) == 1, [f.to_dict() for f in report.findings]
    return report.findings[0]


# --- check() ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        ORIGINAL,
        ORIGINAL.replace("\n", "\r\n"),
        "One sentence here.",
        "",
        "\n\n",
    ],
    ids=["paragraphs", "crlf", "one-sentence", "empty", "blank"],
)
def test_identical_texts_pass_without_warnings_or_errors(text: str) -> None:
    report = check(text, text)
    assert report.verdict == "pass"
    assert report.counts()["error"] == 0
    assert report.counts()["warning"] == 0
    assert report.to_dict()["original"] == report.to_dict()["copy"]
    assert report.to_dict()["original"]["path"] is None


def test_identical_texts_are_fully_covered() -> None:
    assert check(ORIGINAL, ORIGINAL).stats.coverage == 1.0


def test_check_describes_both_texts() -> None:
    report = check(ORIGINAL, WITH_COMMENTS)
    assert report.original.sha256 == hashlib.sha256(ORIGINAL.encode()).hexdigest()
    assert report.copy.sha256 == hashlib.sha256(WITH_COMMENTS.encode()).hexdigest()
    assert (report.original.chars, report.copy.chars) == (len(ORIGINAL), len(WITH_COMMENTS))
    assert (report.original_text, report.copy_text) == (ORIGINAL, WITH_COMMENTS)


@pytest.mark.parametrize(
    ("original", "copy", "types_named"),
    [
        (b"bytes", "str", "bytes and str"),
        ("str", b"bytes", "str and bytes"),
        (None, "str", "NoneType and str"),
        (Path("original.txt"), Path("copy.txt"), f"{type(Path()).__name__} and {type(Path()).__name__}"),
        (["a"], "b", "list and str"),
    ],
    ids=["bytes-original", "bytes-copy", "none", "paths", "list"],
)
def test_check_refuses_non_str_with_a_helpful_message(original: Any, copy: Any, types_named: str) -> None:
    with pytest.raises(TypeError) as exc:
        check(original, copy)
    message = str(exc.value)
    assert "check() takes two str" in message
    assert types_named in message
    assert "textguard.check_files()" in message


def test_check_options_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        check(ORIGINAL, ORIGINAL, Config())  # type: ignore[misc]


# --- the two stray footers these tests rely on ---------------------------------------------------


@pytest.mark.parametrize(
    ("copy", "severity", "text", "verdict"),
    [
        (WITH_PROSE_FOOTER, Severity.WARNING, EXTRA_PROSE, "pass"),
        (WITH_COMMENTS, Severity.ERROR, "12 Comments", "fail"),
    ],
    ids=["prose-paragraph/warning", "comment-counter/error"],
)
def test_stray_footer_by_default(copy: str, severity: Severity, text: str, verdict: str) -> None:
    report = check(ORIGINAL, copy)
    finding = only(report)
    assert (finding.kind, finding.severity) == ("stray-footer", severity)
    assert finding.original is None
    assert finding.copy is not None
    assert finding.copy.text == text == copy[finding.copy.start : finding.copy.end]
    assert finding.copy.start == copy.index(text)
    assert report.verdict == verdict


# --- config is honoured -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fail_on", "verdict"),
    [("error", "pass"), ("warning", "fail")],
    ids=["fail-on-error", "fail-on-warning"],
)
def test_fail_on_decides_a_warning_only_report(fail_on: str, verdict: str) -> None:
    report = check(ORIGINAL, WITH_PROSE_FOOTER, config=Config.from_mapping({"fail-on": fail_on}))
    assert report.counts() == {"error": 0, "warning": 1, "info": 0}
    assert report.verdict == verdict
    assert report.to_dict()["verdict"] == verdict


@pytest.mark.parametrize("copy", [WITH_PROSE_FOOTER, WITH_COMMENTS], ids=["warning", "error"])
def test_disabled_kind_is_not_reported(copy: str) -> None:
    report = check(ORIGINAL, copy, config=Config.from_mapping({"disabled": ["stray-footer"]}))
    assert report.findings == ()
    assert report.verdict == "pass"


def test_disabling_another_kind_changes_nothing() -> None:
    config = Config.from_mapping({"disabled": ["content-added", "truncated"]})
    assert without_elapsed(check(ORIGINAL, WITH_COMMENTS, config=config)) == without_elapsed(
        check(ORIGINAL, WITH_COMMENTS)
    )


@pytest.mark.parametrize(
    ("copy", "severity", "verdict"),
    [
        (WITH_COMMENTS, "info", "pass"),
        (WITH_COMMENTS, "warning", "pass"),
        (WITH_PROSE_FOOTER, "error", "fail"),
        (WITH_PROSE_FOOTER, "info", "pass"),
    ],
    ids=["error-to-info", "error-to-warning", "warning-to-error", "warning-to-info"],
)
def test_severities_override_a_kind(copy: str, severity: str, verdict: str) -> None:
    config = Config.from_mapping({"severities": {"stray-footer": severity}})
    report = check(ORIGINAL, copy, config=config)
    finding = only(report)
    assert finding.kind == "stray-footer"
    assert finding.severity is Severity(severity)
    assert report.to_dict()["findings"][0]["severity"] == severity
    assert report.verdict == verdict


def test_info_never_fails_even_at_fail_on_warning() -> None:
    config = Config.from_mapping({"fail_on": "warning", "severities": {"stray-footer": "info"}})
    report = check(ORIGINAL, WITH_COMMENTS, config=config)
    assert report.counts() == {"error": 0, "warning": 0, "info": 1}
    assert report.verdict == "pass"


def test_default_config_is_used_when_none_is_given() -> None:
    assert without_elapsed(check(ORIGINAL, WITH_COMMENTS, config=None)) == without_elapsed(
        check(ORIGINAL, WITH_COMMENTS, config=Config())
    )


# --- check_files() ------------------------------------------------------------------------------


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_check_files_reads_as_the_cli_does(tmp_path: Path) -> None:
    original_text = ORIGINAL.replace("\n", "\r\n")
    copy_text = WITH_COMMENTS.replace("\n", "\r\n")
    original_bytes = original_text.encode("utf-8")
    copy_bytes = codecs.BOM_UTF8 + copy_text.encode("utf-8")
    original = write(tmp_path / "original.txt", original_bytes)
    copy = write(tmp_path / "copy.txt", copy_bytes)

    report = check_files(original, copy)

    # BOM dropped, CRLF kept: the texts are exactly what was on disk, minus the BOM.
    assert report.original_text == original_text
    assert report.copy_text == copy_text
    assert "\r\n" in report.copy_text and not report.copy_text.startswith("\ufeff")
    # Paths as given; digests of the raw bytes (with the BOM); lengths of the texts as read.
    assert report.to_dict()["original"] == {
        "path": str(original),
        "sha256": hashlib.sha256(original_bytes).hexdigest(),
        "chars": len(original_text),
    }
    assert report.to_dict()["copy"] == {
        "path": str(copy),
        "sha256": hashlib.sha256(copy_bytes).hexdigest(),
        "chars": len(copy_text),
    }
    # Spans index into the text with CRLF.
    finding = only(report)
    assert finding.kind == "stray-footer"
    assert finding.copy is not None
    assert finding.copy.start == copy_text.index("12 Comments")
    assert copy_text[finding.copy.start : finding.copy.end] == finding.copy.text == "12 Comments"
    assert report.verdict == "fail"


def test_check_files_findings_equal_check_on_the_texts(tmp_path: Path) -> None:
    original = write(tmp_path / "o.txt", ORIGINAL.encode())
    copy = write(tmp_path / "c.txt", codecs.BOM_UTF8 + WITH_PROSE_FOOTER.encode())
    from_files = check_files(original, copy).to_dict()
    from_texts = check(ORIGINAL, WITH_PROSE_FOOTER).to_dict()
    for data in (from_files, from_texts):
        del data["stats"]["elapsed_ms"]
        for side in ("original", "copy"):
            del data[side]["path"], data[side]["sha256"]
    assert from_files == from_texts


def test_check_files_accepts_str_paths_and_keeps_them_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "o.txt", ORIGINAL.encode())
    (tmp_path / "copies").mkdir()
    write(tmp_path / "copies" / "x.txt", ORIGINAL.encode())
    monkeypatch.chdir(tmp_path)
    report = check_files("o.txt", "copies/x.txt")
    assert (report.original.path, report.copy.path) == ("o.txt", "copies/x.txt")
    assert report.verdict == "pass"


def test_check_files_honours_config(tmp_path: Path) -> None:
    original = write(tmp_path / "o.txt", ORIGINAL.encode())
    copy = write(tmp_path / "c.txt", WITH_PROSE_FOOTER.encode())
    assert check_files(original, copy).verdict == "pass"
    report = check_files(original, copy, config=Config.from_mapping({"fail_on": "warning"}))
    assert report.verdict == "fail"
    assert report.fail_on is Severity.WARNING


def test_check_files_with_explicit_encoding(tmp_path: Path) -> None:
    text = "Café owner José Álvarez said the fare would rise.\n"
    original = write(tmp_path / "o.txt", text.encode("cp1252"))
    copy = write(tmp_path / "c.txt", text.encode("utf-8"))
    with pytest.raises(InputError):
        check_files(original, copy)
    with pytest.raises(InputError):  # cp1252 bytes are not ASCII: a strict codec refuses them
        check_files(original, original, encoding="ascii")
    report = check_files(original, original, encoding="cp1252")
    assert report.original_text == text
    assert report.verdict == "pass"


@pytest.mark.parametrize("missing", ["original", "copy"], ids=["original", "copy"])
def test_check_files_missing_file_raises_input_error(tmp_path: Path, missing: str) -> None:
    present = write(tmp_path / "present.txt", ORIGINAL.encode())
    absent = tmp_path / "absent.txt"
    args = (absent, present) if missing == "original" else (present, absent)
    with pytest.raises(InputError) as exc:
        check_files(*args)
    message = str(exc.value)
    assert str(absent) in message
    assert "no such file" in message
    assert "\n" not in message
    assert isinstance(exc.value, textguard.TextguardError)


def test_check_files_directory_raises_input_error(tmp_path: Path) -> None:
    present = write(tmp_path / "present.txt", ORIGINAL.encode())
    with pytest.raises(InputError, match="is a directory"):
        check_files(tmp_path, present)


# --- the package surface ------------------------------------------------------------------------


def test_import_textguard_does_not_import_pytest() -> None:
    code = (
        "import sys, textguard\n"
        "textguard.check('One sentence.', 'One sentence.')\n"
        "test_only = {'pytest', '_pytest', 'hypothesis', 'syrupy'}\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in test_only)\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"import textguard imported: {result.stdout.strip()}"


def public_names(module: types.ModuleType) -> set[str]:
    """Names a user may import from ``module``: not private, not submodules, not ``__future__`` features."""
    names = {"__version__"}
    for name, value in vars(module).items():
        if name.startswith("_") or isinstance(value, types.ModuleType):
            continue
        if type(value).__name__ == "_Feature":  # from __future__ import annotations
            continue
        names.add(name)
    return names


def test_all_equals_the_public_names() -> None:
    exported = textguard.__all__
    assert len(exported) == len(set(exported)), "duplicates in __all__"
    lazy = {"check", "check_files", "scan_pairs", "KINDS"}  # made on first use (the module's __getattr__)
    assert set(exported) == public_names(textguard) | lazy
    assert all(callable(getattr(textguard, name)) for name in ("check", "check_files", "scan_pairs"))
    assert isinstance(textguard.KINDS, tuple) and "quote-missing" in textguard.KINDS


@pytest.mark.parametrize("name", sorted(textguard.__all__), ids=str)
def test_every_exported_name_resolves(name: str) -> None:
    value = getattr(textguard, name)
    if isinstance(value, type) or callable(value):
        assert value.__module__.startswith("textguard."), value.__module__


@pytest.mark.parametrize(
    "name",
    [
        "check",
        "check_files",
        "Config",
        "load_config",
        "Report",
        "Finding",
        "Span",
        "Severity",
        "KINDS",
        "InputError",
        "ConfigError",
        "TextguardError",
        "__version__",
    ],
    ids=str,
)
def test_contract_names_are_exported(name: str) -> None:
    assert name in textguard.__all__


def test_version_is_the_report_version() -> None:
    assert check("a", "a").to_dict()["textguard_version"] == textguard.__version__


# --- determinism and thread safety --------------------------------------------------------------

CASES = [
    (ORIGINAL, ORIGINAL),
    (ORIGINAL, WITH_PROSE_FOOTER),
    (ORIGINAL, WITH_COMMENTS),
    (ORIGINAL, ORIGINAL.split("\n\n", 1)[1]),
    (ORIGINAL, ORIGINAL.replace("Hollins", "Holins").replace("thirty", "twenty")),
    (ORIGINAL, "Listen to this article\n\n" + ORIGINAL.rsplit("\n\n", 1)[0] + "\n"),
    (ORIGINAL.replace("\n", "\r\n"), WITH_COMMENTS.replace("\n", "\r\n")),
    (ORIGINAL, ""),
]


@pytest.mark.parametrize(
    ("original", "copy"),
    CASES,
    ids=["same", "prose-footer", "comments", "first-cut", "altered", "header-and-truncated", "crlf", "empty"],
)
def test_check_is_deterministic(original: str, copy: str) -> None:
    first = check(original, copy)
    second = check(original, copy)
    assert without_elapsed(first) == without_elapsed(second)
    assert first.findings == second.findings
    # The time taken is the only figure allowed to differ between the two runs.
    assert set(first.to_dict()["stats"]) - set(without_elapsed(first)["stats"]) == {"elapsed_ms"}
    assert without_elapsed(first)["stats"] == without_elapsed(second)["stats"]


def test_check_is_thread_safe() -> None:
    expected = [without_elapsed(check(o, c)) for o, c in CASES]
    jobs = CASES * 8
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda pair: without_elapsed(check(*pair)), jobs))
    assert results == expected * 8


def test_check_same_input_in_eight_threads_gives_one_answer() -> None:
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: without_elapsed(check(ORIGINAL, WITH_COMMENTS)), range(8)))
    assert all(r == results[0] for r in results)
    assert results[0]["findings"][0]["kind"] == "stray-footer"


def test_dir_lists_the_public_api_only() -> None:
    import textguard

    names = dir(textguard)
    assert "annotations" not in names and "_typing" not in names
    assert {"check", "check_files", "KINDS", "Config", "__version__"} <= set(names)
    assert names == sorted(textguard.__all__)
    assert not hasattr(textguard, "annotations")
