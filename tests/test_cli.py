"""The command line against the report contract: output formats, exit status, one-line errors."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from textguard import cli
from textguard.articles import model as corpus
from textguard._version import __version__
from textguard.articles import scan
from textguard.config import Config
from textguard.findings import Finding, Severity, Span
from textguard.report import Report, Stats, TextInfo
from textguard.text.reading import read_text

from .cli_helpers import assert_unjudged, run

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
ARTICLE = FIXTURES / "putin-trump-locomotives"
ORIGINAL = ARTICLE / "original.txt"
COPIES = sorted((ARTICLE / "copies").glob("*.txt"))


def assert_spans_match_files(report: dict[str, Any]) -> None:
    __tracebackhide__ = True
    texts = {side: read_text(report[side]["path"]) for side in ("original", "copy")}
    for side, text in texts.items():
        assert report[side]["chars"] == len(text)
        digest = hashlib.sha256(Path(report[side]["path"]).read_bytes()).hexdigest()
        assert report[side]["sha256"] == digest
    for f in report["findings"]:
        for side, text in texts.items():
            if f[side] is not None:
                assert f[side]["text"] == text[f[side]["start"] : f[side]["end"]], f


def hand_report(severities: tuple[Severity, ...], *, fail_on: Severity = Severity.ERROR) -> Report:
    original, copy = "Witkoff met Putin.", "Witkeov met Putin."
    findings = tuple(
        Finding("entity-altered", s, f"finding {i}", Span.of(original, 0, 7), Span.of(copy, 0, 7))
        for i, s in enumerate(severities)
    )
    return Report(
        TextInfo.of(original),
        TextInfo.of(copy),
        findings,
        Stats(coverage=1.0),
        fail_on,
        original_text=original,
        copy_text=copy,
    )


@pytest.fixture
def fake_check(monkeypatch: pytest.MonkeyPatch) -> Callable[..., list[dict[str, Any]]]:
    """Replace the checker with one that returns a hand-built report; return the calls it saw."""

    def install(*severities: Severity) -> list[dict[str, Any]]:
        calls: list[dict[str, Any]] = []

        def check_files(
            original: str, copy: str, *, config: Config | None = None, encoding: str | None = None
        ) -> Report:
            calls.append({"original": original, "copy": copy, "config": config, "encoding": encoding})
            fail_on = config.fail_on if config else Severity.ERROR
            return hand_report(severities, fail_on=fail_on)

        monkeypatch.setattr(cli, "check_files", check_files)
        monkeypatch.setattr(scan, "check_files", check_files)
        return calls

    return install


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """A small article folder: the original and a verbatim copy."""
    folder = tmp_path / "corpus" / "story"
    (folder / "copies").mkdir(parents=True)
    text = "Headline\n\nPutin met Witkoff in Moscow on Tuesday, the Kremlin said.\n"
    (folder / "original.txt").write_text(text, encoding="utf-8", newline="")
    (folder / "copies" / "verbatim.txt").write_text(text, encoding="utf-8", newline="")
    return folder


# --- check ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("copy", COPIES, ids=[p.stem for p in COPIES])
def test_check_json_is_the_report_with_spans_into_the_files(
    capsys: pytest.CaptureFixture[str], copy: Path
) -> None:
    original_arg = os.path.relpath(ORIGINAL)
    code, out, err = run(capsys, "check", original_arg, copy, "--format", "json")
    assert code in (0, 1), err
    report = json.loads(out)
    assert report["original"]["path"] == original_arg  # as given on the command line
    assert report["copy"]["path"] == str(copy)
    assert report["textguard_version"] == __version__
    assert report["verdict"] == ("pass" if code == 0 else "fail")
    assert_spans_match_files(report)
    assert err == ""


@pytest.mark.parametrize("copy", COPIES[:1], ids=[p.stem for p in COPIES[:1]])
def test_check_text_leads_with_the_verdict(capsys: pytest.CaptureFixture[str], copy: Path) -> None:
    code, out, err = run(capsys, "check", ORIGINAL, copy)
    assert out.startswith(("PASS " if code == 0 else "FAIL ") + f"{copy} against {ORIGINAL}: ")
    assert out.rstrip("\n").splitlines()[-1].startswith("stats: coverage ")
    assert "\x1b[" not in out  # not a terminal: no colour


def test_verbatim_copy_passes(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    code, out, _ = run(capsys, "check", article / "original.txt", article / "copies" / "verbatim.txt")
    assert code == 0
    assert out.startswith("PASS ")


def test_json_output_is_exactly_to_dict(capsys: pytest.CaptureFixture[str], fake_check: Any) -> None:
    fake_check(Severity.WARNING)
    code, out, _ = run(capsys, "check", "o.txt", "c.txt", "--format", "json")
    expected = hand_report((Severity.WARNING,)).with_paths("o.txt", "c.txt").to_dict()
    assert code == 0
    assert out == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize(
    ("severities", "fail_on", "code"),
    [
        ((), None, 0),
        ((Severity.INFO, Severity.WARNING), None, 0),
        ((Severity.ERROR,), None, 1),
        ((Severity.WARNING,), "warning", 1),
        ((Severity.INFO,), "warning", 0),
        ((Severity.ERROR,), "error", 1),
    ],
    ids=["clean", "below-default", "error", "warning-fails-on-warning", "info-passes", "explicit-error"],
)
def test_exit_status_follows_fail_on(
    capsys: pytest.CaptureFixture[str],
    fake_check: Any,
    severities: tuple[Severity, ...],
    fail_on: str | None,
    code: int,
) -> None:
    fake_check(*severities)
    args = ["check", "o.txt", "c.txt"] + (["--fail-on", fail_on] if fail_on else [])
    for fmt in ("text", "json"):
        got, out, err = run(capsys, *args, "--format", fmt)
        assert (got, err) == (code, "")
        verdict = "pass" if code == 0 else "fail"
        if fmt == "json":
            report = json.loads(out)
            assert report["verdict"] == verdict
            assert [f["severity"] for f in report["findings"]] == [s.value for s in severities]
        else:
            assert out.startswith(f"{verdict.upper()} ")


def test_fail_on_overrides_the_config_file(
    capsys: pytest.CaptureFixture[str], fake_check: Any, tmp_path: Path
) -> None:
    calls = fake_check(Severity.WARNING)
    config = tmp_path / "textguard.toml"
    config.write_text('fail_on = "warning"\nmatch_threshold = 70\n', encoding="utf-8")
    assert run(capsys, "check", "o", "c", "--config", config)[0] == 1
    assert run(capsys, "check", "o", "c", "--config", config, "--fail-on", "error")[0] == 0
    assert calls[1]["config"] == Config(fail_on=Severity.ERROR, match_threshold=70.0)


def test_encoding_is_passed_on(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = "“Café” \u2013 5 €\r\n"
    for name in ("o.txt", "c.txt"):
        (tmp_path / name).write_bytes(text.encode("cp1252"))
    assert_unjudged(run(capsys, "check", tmp_path / "o.txt", tmp_path / "c.txt"), "--encoding cp1252")
    code, out, err = run(
        capsys, "check", tmp_path / "o.txt", tmp_path / "c.txt", "--encoding", "cp1252", "--format", "json"
    )
    assert (code, err) == (0, "")
    assert json.loads(out)["original"]["chars"] == len(text)


def test_internal_error_is_one_line_not_a_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: Any, **kwargs: Any) -> Report:
        raise RuntimeError("kaput\nsecond line")

    monkeypatch.setattr(cli, "check_files", boom)
    code, out, err = run(capsys, "check", "o", "c")
    assert (code, out) == (2, "")
    assert err == "textguard: internal error: RuntimeError: kaput second line (please report)\n"


def test_broken_pipe_is_quiet(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, fake_check: Any
) -> None:
    class ClosedPipe(io.StringIO):
        def write(self, s: str) -> int:
            raise BrokenPipeError

    fake_check(Severity.ERROR)
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert cli.main(["check", "o", "c"]) == 1
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("no_color", ["", "1"], ids=["tty", "tty-no-color"])
def test_colour_only_on_a_terminal_without_no_color(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, fake_check: Any, no_color: str
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    fake_check(Severity.ERROR)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    monkeypatch.setenv("NO_COLOR", no_color)
    monkeypatch.delenv("TERM", raising=False)
    cli.main(["check", "o", "c"])
    assert ("\x1b[" in terminal.getvalue()) == (not no_color)


# --- errors: exit 2, one line on stderr, nothing on stdout ----------------------------------------


def test_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert_unjudged(run(capsys, "check", ORIGINAL, tmp_path / "gone.txt"), "gone.txt", "no such file")


def test_directory(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert_unjudged(run(capsys, "check", tmp_path, ORIGINAL), str(tmp_path), "directory")


def test_binary(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "story.pdf").write_bytes(b"%PDF-1.4\n...")
    assert_unjudged(run(capsys, "check", ORIGINAL, tmp_path / "story.pdf"), "story.pdf", "PDF")


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("fail_on = [", "not valid TOML"),
        ("no_such_key = 1\n", "unknown key"),
        ('fail_on = "fatal"\n', "fatal"),
        ("disabled = ['no-such-kind']\n", "no-such-kind"),
    ],
    ids=["syntax", "unknown-key", "bad-severity", "bad-kind"],
)
def test_bad_config(capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str, needle: str) -> None:
    config = tmp_path / "bad.toml"
    config.write_text(content, encoding="utf-8")
    assert_unjudged(run(capsys, "check", ORIGINAL, ORIGINAL, "--config", config), needle)
    assert_unjudged(run(capsys, "scan", ARTICLE, "--config", config), needle)


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        ((), "missing command"),
        (("frobnicate",), "invalid choice"),
        (("check",), "ORIGINAL"),
        (("check", "a"), "COPY"),
        (("check", "a", "b", "c"), "unrecognized arguments"),
        (("check", "a", "b", "--fail-on", "fatal"), "--fail-on"),
        (("check", "a", "b", "--format", "xml"), "--format"),
        (("scan", "x", "--format", "html"), "--format"),
        (("scan", "x", "--workers", "0"), "--workers"),
        (("scan", "x", "--workers", "many"), "--workers"),
        (("check", str(ORIGINAL), str(ORIGINAL), "--encoding", "klingon"), "klingon"),
        (("check", str(ORIGINAL), str(ORIGINAL), "--config", "/nonexistent.toml"), "does not exist"),
    ],
    ids=[
        "no-args",
        "unknown-command",
        "no-original",
        "no-copy",
        "extra-arg",
        "bad-fail-on",
        "bad-format",
        "scan-html",
        "zero-workers",
        "bad-workers",
        "unknown-codec",
        "missing-config",
    ],
)
def test_usage_errors(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], needle: str) -> None:
    assert_unjudged(run(capsys, *argv), needle)


def test_help_and_version_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "check" in out and "scan" in out
    assert run(capsys, "--version")[:2] == (0, f"textguard {__version__}\n")


# --- scan -----------------------------------------------------------------------------------------


def scan_lines(out: str) -> list[str]:
    return out.rstrip("\n").splitlines()


def expected_verdicts(root: Path) -> dict[tuple[str, str], str]:
    """``(article, copy) -> verdict`` as each article.toml records it (a copy it does not pin must
    pass): what scan must say, written by a person, not read from the output under test."""
    return {
        (article.name, case.name): case.verdict or "pass"
        for article in corpus.find_articles(root)
        for case in article.copies
    }


def expected_copies(root: Path) -> list[tuple[str, str]]:
    """(article, copy) of every copy under ``root``, in the order scan must list them."""
    if (root / "original.txt").is_file():
        return [(root.name, p.stem) for p in sorted((root / "copies").glob("*.txt"))]
    return sorted(
        (folder.parent.relative_to(root).as_posix(), p.stem)
        for folder in root.glob("**/original.txt")
        for p in (folder.parent / "copies").glob("*.txt")
    )


@pytest.mark.parametrize("root", [FIXTURES, ARTICLE], ids=["fixtures", "one-article"])
def test_scan_fixtures(capsys: pytest.CaptureFixture[str], root: Path) -> None:
    code, out, err = run(capsys, "scan", root, "--workers", "1")
    lines = scan_lines(out)
    expected = expected_copies(root)
    assert [line.split()[1] for line in lines[:-2]] == [f"{a}/{c}" for a, c in expected]
    verdicts = expected_verdicts(root)
    assert [line.split()[0] for line in lines[:-2]] == [verdicts[key].upper() for key in expected]
    failed = sum(v == "fail" for v in verdicts.values())
    n = len(expected)
    assert failed and all(line.endswith("(as recorded)") for line in lines[:-2] if line.startswith("FAIL"))
    assert lines[-2] == f"{n} copies: {n - failed} passed, {failed} failed, 0 unjudged"
    # The bundled copies are as their article.toml records them (test_fixture_articles.py checks
    # that too), so scan passes the gate as pytest does, known-bad copies included.
    assert lines[-1] == "gate: pass (every copy as recorded in article.toml)"
    assert code == 0
    assert err == ""


def test_scan_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "scan", FIXTURES, "--format", "json", "--workers", "1")
    data = json.loads(out)
    assert data["textguard_version"] == __version__
    expected = expected_copies(FIXTURES)
    assert [(c["article"], c["copy"]) for c in data["copies"]] == expected
    for entry in data["copies"]:
        assert_spans_match_files(entry["report"])
        path = FIXTURES / entry["article"] / "copies" / f"{entry['copy']}.txt"
        assert entry["report"]["copy"]["path"] == str(path)
        assert (entry["expected"], entry["unexpected"]) == (True, [])
    verdicts = expected_verdicts(FIXTURES)
    assert [c["report"]["verdict"] for c in data["copies"]] == [verdicts[key] for key in expected]
    failed = sum(v == "fail" for v in verdicts.values())
    n = len(expected)
    assert data["summary"] == {
        "copies": n,
        "passed": n - failed,
        "failed": failed,
        "unjudged": 0,
        "unexpected": 0,
    }
    assert code == 0


def test_scan_with_two_workers_matches_one(capsys: pytest.CaptureFixture[str]) -> None:
    one = run(capsys, "scan", FIXTURES, "--workers", "1")
    two = run(capsys, "scan", FIXTURES, "--workers", "2")
    assert two == one


def test_scan_workers_take_runs_of_copies_of_one_original() -> None:
    def entry(article: str, copy: str | None) -> scan.ScanEntry:
        job = (
            scan.ScanJob(f"{article}/original.txt", f"{article}/{copy}.txt", Config(), None) if copy else None
        )
        return scan.ScanEntry(article, copy, job=job, error=None if copy else "no original.txt")

    entries = [entry("a", f"c{i}") for i in range(6)] + [entry("b", None), entry("c", "c0"), entry("c", "c1")]
    assert scan.batches(entries, workers=1) == [[0, 1, 2, 3], [4, 5], [7, 8]]
    # Few copies for many workers: smaller runs, so that every worker has some.
    assert scan.batches(entries, workers=2) == [[0, 1], [2, 3], [4, 5], [7, 8]]
    assert scan.batches(entries, workers=8) == [[i] for i in (0, 1, 2, 3, 4, 5, 7, 8)]


def test_scan_continues_past_unreadable_copies(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    (article / "copies" / "a-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    (article / "copies" / "b-latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    orphan = article.parent / "orphan"
    (orphan / "copies").mkdir(parents=True)
    (orphan / "copies" / "lost.txt").write_text("x", encoding="utf-8")
    for workers in ("1", "2"):
        code, out, err = run(capsys, "scan", article.parent, "--workers", workers)
        lines = scan_lines(out)
        assert code == 2
        assert lines[0].startswith("ERROR orphan/lost: no original.txt")
        assert lines[1].startswith("ERROR story/a-binary: ") and "PNG" in lines[1]
        assert lines[2].startswith("ERROR story/b-latin1: ") and "--encoding cp1252" in lines[2]
        assert lines[3].split()[:2] == ["PASS", "story/verbatim"]
        assert lines[4] == "4 copies: 1 passed, 0 failed, 3 unjudged"
        assert lines[5] == "gate: fail (3 unjudged)"
        assert err == "textguard: error: 3 of 4 copies could not be judged\n"


def test_scan_survives_a_symlink_loop(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    (article.parent / "loop").symlink_to(article.parent)
    code, out, _ = run(capsys, "scan", article.parent, "--workers", "1")
    assert code == 0
    assert [line.split()[1] for line in scan_lines(out)[:-2]] == ["story/verbatim"]


def test_scan_json_reports_unjudged_copies(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    (article / "copies" / "broken.txt").write_bytes(b"\xff\xfe\x00")
    code, out, _ = run(capsys, "scan", article, "--format", "json")
    data = json.loads(out)
    assert code == 2
    assert [sorted(c) for c in data["copies"]] == [
        ["article", "copy", "error"],
        ["article", "copy", "expected", "report", "unexpected"],
    ]
    assert data["copies"][0]["article"] == "story" and "broken.txt" in data["copies"][0]["error"]
    assert data["summary"] == {"copies": 2, "passed": 1, "failed": 0, "unjudged": 1, "unexpected": 0}


def test_scan_fail_exit_1(capsys: pytest.CaptureFixture[str], article: Path, fake_check: Any) -> None:
    fake_check(Severity.ERROR, Severity.WARNING)
    code, out, err = run(capsys, "scan", article, "--workers", "1")
    assert (code, err) == (1, "")
    lines = scan_lines(out)
    assert lines[0] == "FAIL story/verbatim  1 error, 1 warning  UNEXPECTED"
    assert lines[1] == (
        "    verdict fail, expected pass (no verdict recorded in article.toml, so the copy must pass): "
        "1 finding at or above error"
    )
    assert lines[2].split() == ["error", "entity-altered", "copy", "1:1", "/", "original", "1:1"]
    assert lines[-2:] == [
        "1 copy: 0 passed, 1 failed, 0 unjudged",
        "gate: fail (1 unexpected: story/verbatim)",
    ]


def test_scan_applies_article_toml_then_fail_on(
    capsys: pytest.CaptureFixture[str], article: Path, fake_check: Any
) -> None:
    (article / "article.toml").write_text(
        '[body]\nstarts_with = "Putin met"\n[config]\nfail_on = "warning"\n', encoding="utf-8"
    )
    calls = fake_check(Severity.WARNING)
    assert run(capsys, "scan", article, "--workers", "1")[0] == 1
    assert calls[-1]["config"].body_starts_with == "Putin met"
    assert run(capsys, "scan", article, "--workers", "1", "--fail-on", "error")[0] == 0
    assert calls[-1]["config"].fail_on is Severity.ERROR


def test_scan_bad_article_toml_makes_its_copies_unjudged(
    capsys: pytest.CaptureFixture[str], article: Path
) -> None:
    (article / "article.toml").write_text("[nonsense]\n", encoding="utf-8")
    code, out, _ = run(capsys, "scan", article)
    assert code == 2
    assert scan_lines(out)[0].startswith("ERROR story/verbatim: ") and "nonsense" in out


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (lambda p: p / "missing", "no such folder"),
        (lambda p: (p / "file.txt").write_text("x") and p / "file.txt", "is a file"),
        (lambda p: p, "no article folders (with original.txt) under"),
        (lambda p: (p / "a").mkdir() or ((p / "a" / "original.txt").write_text("x") and p), "no copies"),
    ],
    ids=["missing", "file", "empty", "no-copies"],
)
def test_scan_nothing_to_judge(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, make: Callable[[Path], Path], needle: str
) -> None:
    assert_unjudged(run(capsys, "scan", make(tmp_path)), needle)


# --- real processes -------------------------------------------------------------------------------


def test_python_m_textguard_check(tmp_path: Path) -> None:
    copy = COPIES[0]
    proc = subprocess.run(
        [sys.executable, "-m", "textguard", "check", str(ORIGINAL), str(copy), "--format", "json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        check=False,
    )
    assert proc.returncode in (0, 1), proc.stderr
    assert json.loads(proc.stdout)["copy"]["path"] == str(copy)
    assert proc.stderr == ""


def test_console_script_error_is_one_line() -> None:
    script = shutil.which("textguard", path=str(Path(sys.executable).parent))
    if script is None:
        pytest.skip("the textguard console script is not installed next to this Python")
    proc = subprocess.run(
        [script, "check", str(ORIGINAL), "/nonexistent/copy.txt"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr == "textguard: error: /nonexistent/copy.txt: no such file\n"


# --- one config everywhere (issue 15, points 2 and 3) ----------------------------------------------

#: A copy of the small article with a figure dropped: a warning at most, so it passes at fail_on
#: error and fails at fail_on warning.
WARNING_TOML = '[tool.textguard]\nfail_on = "warning"\n'


def test_check_and_scan_find_the_project_as_pytest_finds_its_rootdir(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, article: Path, fake_check: Any
) -> None:
    calls = fake_check(Severity.WARNING)
    project = article.parents[1]
    monkeypatch.chdir(project)
    copy = article / "copies" / "verbatim.txt"
    assert run(capsys, "check", article / "original.txt", copy)[0] == 0
    assert run(capsys, "scan", article, "--workers", "1")[0] == 0
    (project / "pyproject.toml").write_text(WARNING_TOML, encoding="utf-8")
    # From the paths given upwards, wherever the command runs ...
    monkeypatch.chdir(project.parent)
    assert run(capsys, "check", article / "original.txt", copy)[0] == 1
    assert run(capsys, "scan", article, "--workers", "1")[0] == 1
    assert {c["config"].fail_on for c in calls[-2:]} == {Severity.WARNING}
    # ... else from the working directory upwards.
    loose = project.parent / "loose"
    loose.mkdir()
    (loose / "original.txt").write_text("Text.\n", encoding="utf-8")
    (project / "sub").mkdir()
    monkeypatch.chdir(project / "sub")
    assert run(capsys, "check", loose / "original.txt", loose / "original.txt")[0] == 1
    # The command line has the last word; --config FILE takes the place of the project's file.
    assert run(capsys, "check", article / "original.txt", copy, "--fail-on", "error")[0] == 0
    other = project / "other.toml"
    other.write_text('disabled = ["content-added"]\n', encoding="utf-8")
    assert run(capsys, "check", article / "original.txt", copy, "--config", other)[0] == 0


def test_show_config_names_the_source_of_each_setting(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, article: Path
) -> None:
    project = article.parents[1]
    (project / "pyproject.toml").write_text(
        '[tool.textguard]\nfail_on = "warning"\nseverities = { "content-added" = "error" }\n',
        encoding="utf-8",
    )
    (article / "article.toml").write_text(
        '[body]\nstarts_with = "Putin met"\n[config]\nseverities = { "meaning-flipped" = "error" }\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(project)
    toml = article / "article.toml"
    for argv in (("check", "--article", article), ("scan", article)):
        code, out, err = run(capsys, *argv, "--fail-on", "info", "--show-config")
        assert (code, err) == (0, "")
        lines = out.splitlines()
        assert 'fail_on = "info"  # --fail-on' in lines
        assert f'body_starts_with = "Putin met"  # {toml} [body]' in lines
        assert (
            'severities = {"content-added" = "error", "meaning-flipped" = "error"}  '
            f"# pyproject.toml [tool.textguard] + {toml} [config]"  # relative to the working directory
        ) in lines
        assert "match_threshold = 55.0  # default" in lines
        assert "body_ends_with = unset  # default" in lines
    assert run(capsys, "scan", article, "--show-config")[1].startswith("# story\n")


def test_check_takes_an_article_folder_so_its_article_toml_applies(
    capsys: pytest.CaptureFixture[str], article: Path, fake_check: Any
) -> None:
    (article / "article.toml").write_text('[config]\nfail_on = "warning"\n', encoding="utf-8")
    calls = fake_check(Severity.WARNING)
    copy = article / "copies" / "verbatim.txt"
    assert run(capsys, "check", article / "original.txt", copy)[0] == 0  # a plain original: no article.toml
    assert run(capsys, "check", "--article", article, copy)[0] == 1
    assert run(capsys, "check", article, copy)[0] == 1  # the folder in place of ORIGINAL
    assert run(capsys, "check", "--article", article, "verbatim")[0] == 1  # a copy by its name
    assert calls[-1]["original"] == str(article / "original.txt") and calls[-1]["copy"] == str(copy)
    assert_unjudged(run(capsys, "check", "--article", article, article / "original.txt", copy), "not both")
    assert_unjudged(run(capsys, "check", "--article", article.parent, copy), "not an article folder")
    assert_unjudged(run(capsys, "check", "--article", article), "missing COPY")


# --- scan gates on article.toml (issue 15, point 4) ------------------------------------------------


def test_scan_gates_on_the_recorded_expectations(
    capsys: pytest.CaptureFixture[str], article: Path, fake_check: Any
) -> None:
    fake_check(Severity.ERROR)
    toml = article / "article.toml"
    toml.write_text('[copies.verbatim]\nverdict = "fail"\n', encoding="utf-8")
    code, out, _ = run(capsys, "scan", article, "--workers", "1")
    assert code == 0  # a known-bad copy that fails as recorded does not fail the gate
    assert scan_lines(out)[0] == "FAIL story/verbatim  1 error, 0 warnings  (as recorded)"
    toml.write_text(
        '[copies.verbatim]\nverdict = "fail"\n[[copies.verbatim.forbid]]\nkind = "entity-altered"\n'
    )
    code, out, _ = run(capsys, "scan", article, "--workers", "1")
    assert code == 1
    lines = scan_lines(out)
    assert lines[1] == f"    {toml}: copies.verbatim.forbid[0]: entity-altered must not be reported, but was"
    assert lines[2].split()[:2] == ["error", "entity-altered"] and lines[3] == "          finding 0"
    # A known gap the check now finds is unexpected too, as pytest's strict xfail is.
    toml.write_text(
        '[copies.verbatim]\nverdict = "fail"\n'
        '[[copies.verbatim.expect]]\nkind = "entity-altered"\nxfail = "later"\n'
    )
    code, out, _ = run(capsys, "scan", article, "--workers", "1", "--format", "json")
    assert code == 1
    (item,) = json.loads(out)["copies"]
    assert item["expected"] is False
    assert item["unexpected"] == [
        f"{toml}: copies.verbatim.expect[0]: entity-altered is reported now: "
        "remove its xfail (a known gap closed)"
    ]


def test_scan_a_recorded_fail_that_passes_is_unexpected(
    capsys: pytest.CaptureFixture[str], article: Path
) -> None:
    (article / "article.toml").write_text('[copies.verbatim]\nverdict = "fail"\n', encoding="utf-8")
    code, out, _ = run(capsys, "scan", article, "--workers", "1")
    assert code == 1
    assert "verdict pass, expected fail (copies.verbatim.verdict)" in out


def test_scan_writes_junit_xml(capsys: pytest.CaptureFixture[str], article: Path, tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    (article / "copies" / "as-recorded.txt").write_text("Headline\n", encoding="utf-8")
    (article / "copies" / "unreadable.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x1b")
    (article / "article.toml").write_text(
        '[copies.as-recorded]\nverdict = "fail"\n[copies.verbatim]\nverdict = "fail"\n', encoding="utf-8"
    )
    target = tmp_path / "junit.xml"
    code, out, _ = run(capsys, "scan", article, "--workers", "1", "--junit-xml", target)
    assert code == 2
    assert scan_lines(out)[-1] == f"junit xml: {target}"
    suite = ET.parse(target).getroot().find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "1", "1")
    cases = {c.get("name"): c for c in suite.iter("testcase")}
    assert sorted(cases) == ["as-recorded", "unreadable", "verbatim"]
    assert {c.get("classname") for c in cases.values()} == {"story"}
    assert [child.tag for child in cases["as-recorded"]] == ["system-out"]
    failure = cases["verbatim"].find("failure")
    assert failure is not None and "verdict pass, expected fail" in failure.get("message", "")
    assert cases["verbatim"].findtext("system-out", "").startswith("PASS story/verbatim")
    assert "PNG" in cases["unreadable"].findtext("error", "")
    assert_unjudged(run(capsys, "scan", article, "--junit-xml", tmp_path), "is a folder")
    assert_unjudged(run(capsys, "scan", article, "--junit-xml", tmp_path / "no" / "x.xml"), "no folder")


# --- smaller (issue 15, point 8) --------------------------------------------------------------------


def test_fail_on_info_is_accepted_on_the_command_line_as_in_config(
    capsys: pytest.CaptureFixture[str], fake_check: Any
) -> None:
    calls = fake_check(Severity.INFO)
    assert run(capsys, "check", "o", "c")[0] == 0
    assert run(capsys, "check", "o", "c", "--fail-on", "info")[0] == 1
    assert calls[-1]["config"].fail_on is Severity.INFO


@pytest.mark.parametrize(("choice", "painted"), [("always", True), ("never", False), ("auto", False)])
def test_color_option(
    capsys: pytest.CaptureFixture[str], fake_check: Any, choice: str, painted: bool
) -> None:
    fake_check(Severity.ERROR)
    out = run(capsys, "check", "o", "c", "--color", choice)[1]  # stdout is no terminal here
    assert ("\x1b[" in out) == painted
    assert_unjudged(run(capsys, "check", "o", "c", "--color", "sometimes"), "--color")


def test_make_demo_passes_the_gate_and_ends_with_how_to_see_why(tmp_path: Path) -> None:
    """The commands of ``make demo``, run as the Makefile runs them (with this Python's scripts)."""
    recipe = (ROOT / "Makefile").read_text(encoding="utf-8").split("\ndemo:", 1)[1].split("\n\n", 1)[0]
    lines = [line.strip() for line in recipe.splitlines()[1:] if line.startswith("\t")]
    bin_dir = str(Path(sys.executable).parent)
    scan_line = next(line for line in lines if " scan " in line).replace("$(BIN)", bin_dir)
    scan_argv = scan_line.split()
    scan_argv[scan_argv.index("--html") + 1] = str(tmp_path / "reports")
    proc = subprocess.run(scan_argv, capture_output=True, text=True, cwd=ROOT, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr  # make stops on anything else
    assert "gate: pass" in proc.stdout and (tmp_path / "reports" / "index.html").is_file()
    hint = [line for line in lines if "textguard check" in line]
    assert hint, "make demo must end by showing how to see why a copy failed"
    command = hint[-1].split('"', 1)[1].rsplit('"', 1)[0].strip().replace("$(BIN)", bin_dir)
    shown = subprocess.run(command.split(), capture_output=True, text=True, cwd=ROOT, check=False)
    assert shown.returncode == 1 and shown.stdout.startswith("FAIL "), shown.stdout + shown.stderr
    assert "quote-altered" in shown.stdout
