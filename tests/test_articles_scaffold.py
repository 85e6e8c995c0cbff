"""``textguard new``: a fixture article folder a person can review, written whole or not at all."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from textguard import Config, check
from textguard.articles.model import load_article, unmet_expectations
from textguard.articles.scaffold import render_article_toml, scaffold_article
from textguard.cli import main
from textguard.errors import TextguardError

from .articles import ORIGINAL, PARAGRAPHS, copy_of

pytest_plugins = ["pytester"]

TODAY = dt.date(2025, 3, 4)


@pytest.fixture
def texts(tmp_path: Path) -> Path:
    """A folder with a scraped page and two copies, one with a BOM and CRLF line endings."""
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "page.txt").write_text(
        "Listen to this article\n" + ORIGINAL + "12 Comments\n", encoding="utf-8"
    )
    (folder / "wire.txt").write_bytes(
        b"\xef\xbb\xbf" + copy_of(PARAGRAPHS[:5]).replace("\n", "\r\n").encode()
    )
    (folder / "clean.txt").write_text(ORIGINAL, encoding="utf-8")
    return folder


def snapshot_of(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_scaffold_writes_the_texts_unchanged_and_a_draft_that_holds(texts: Path, tmp_path: Path) -> None:
    fixtures = tmp_path / "fixtures"
    made = scaffold_article(
        "harbour-trams",
        original=texts / "page.txt",
        copies=[texts / "wire.txt", texts / "clean.txt"],
        fixtures=fixtures,
        today=TODAY,
    )
    folder = fixtures / "harbour-trams"
    assert made.path == folder
    assert sorted(snapshot_of(folder)) == [
        "article.toml",
        "copies/clean.txt",
        "copies/wire.txt",
        "original.txt",
    ]
    assert (folder / "copies" / "wire.txt").read_bytes() == (
        texts / "wire.txt"
    ).read_bytes()  # BOM, CRLF kept
    assert (folder / "original.txt").read_bytes() == (texts / "page.txt").read_bytes()
    article = load_article(folder)
    assert article.title == "harbour-trams" and article.retrieved == "2025-03-04"
    for case in article.copies:
        report = made.reports[case.name]
        assert case.verdict == report.verdict
        assert len(case.expect) == len(report.findings)
        assert unmet_expectations(case, report) == []
    assert article.get_copy("clean").max_severity is not None
    assert article.get_copy("wire").verdict == "fail"


def test_the_draft_lists_the_body_for_review(texts: Path, tmp_path: Path) -> None:
    scaffold_article("trams", original=texts / "page.txt", fixtures=tmp_path / "fixtures", today=TODAY)
    toml = (tmp_path / "fixtures" / "trams" / "article.toml").read_text(encoding="utf-8")
    assert "# The body textguard found in original.txt: lines 2-9, from" in toml
    assert '# starts_with = "The Marlow Valley council has"' in toml
    assert '# ends_with = "the end of the year."' in toml
    assert "# What the body holds, for review" in toml


def test_awkward_text_in_findings_is_escaped() -> None:
    original = 'The council said "yes".\nIt met on Monday.\n'
    copy = original + 'Share this article \\ "now"\t\x7f\n'
    toml = render_article_toml("x", original, {"odd copy": check(original, copy)}, today=TODAY)
    data = tomllib.loads(toml)
    (expect,) = data["copies"]["odd copy"]["expect"]
    assert expect["kind"] == "stray-footer"
    assert expect["copy"] == 'Share this article \\ "now" \x7f'  # whitespace squashed, as matching does
    assert 'copy = "Share this article \\\\ \\"now\\" \\u007F"' in toml.splitlines()


def test_long_spans_are_recorded_as_short_substrings(tmp_path: Path) -> None:
    copy = copy_of(PARAGRAPHS[:3])
    toml = render_article_toml("x", ORIGINAL, {"short": check(ORIGINAL, copy)}, today=TODAY)
    expect = tomllib.loads(toml)["copies"]["short"]["expect"][0]
    assert expect["kind"] == "truncated"
    assert 20 <= len(expect["original"]) <= 40 and ORIGINAL.find(expect["original"]) >= 0


# --- it never overwrites, never leaves a half-made folder ---------------------------------------


def test_an_existing_folder_is_refused(texts: Path, tmp_path: Path) -> None:
    fixtures = tmp_path / "fixtures"
    scaffold_article("trams", original=texts / "page.txt", fixtures=fixtures, today=TODAY)
    before = snapshot_of(fixtures)
    with pytest.raises(TextguardError, match="fixtures/trams already exists; textguard new never overwrites"):
        scaffold_article("trams", original=texts / "clean.txt", fixtures=fixtures)
    (fixtures / "empty").mkdir()
    with pytest.raises(TextguardError, match="already exists"):
        scaffold_article("empty", original=texts / "clean.txt", fixtures=fixtures)
    assert snapshot_of(fixtures) == before


@pytest.mark.parametrize("name", ["", "../escape", "a/../b", "/abs", "with space", ".hidden", "a//b"])
def test_names_must_be_folder_names(texts: Path, tmp_path: Path, name: str) -> None:
    with pytest.raises(TextguardError, match="article name"):
        scaffold_article(name, original=texts / "page.txt", fixtures=tmp_path / "fixtures")
    assert not (tmp_path / "fixtures").exists()


def test_an_article_cannot_hold_another(texts: Path, tmp_path: Path) -> None:
    fixtures = tmp_path / "fixtures"
    scaffold_article("trams", original=texts / "page.txt", fixtures=fixtures)
    with pytest.raises(TextguardError, match="is an article folder; an article cannot hold another one"):
        scaffold_article("trams/inner", original=texts / "page.txt", fixtures=fixtures)


def test_a_group_folder_is_fine(texts: Path, tmp_path: Path) -> None:
    made = scaffold_article("wire/trams", original=texts / "page.txt", fixtures=tmp_path / "fixtures")
    assert made.path == tmp_path / "fixtures" / "wire" / "trams"
    assert load_article(made.path).name == "trams"


def test_an_unreadable_copy_writes_nothing(texts: Path, tmp_path: Path) -> None:
    (texts / "binary.txt").write_bytes(b"%PDF-1.4\x00\x01\x02")
    fixtures = tmp_path / "fixtures"
    with pytest.raises(TextguardError):
        scaffold_article(
            "trams", original=texts / "page.txt", copies=[texts / "binary.txt"], fixtures=fixtures
        )
    assert not fixtures.exists()


def test_two_copies_with_one_name_are_refused(texts: Path, tmp_path: Path) -> None:
    (texts / "other").mkdir()
    (texts / "other" / "clean.txt").write_text(ORIGINAL, encoding="utf-8")
    with pytest.raises(TextguardError, match="two copies are named 'clean'"):
        scaffold_article(
            "trams",
            original=texts / "page.txt",
            copies=[texts / "clean.txt", texts / "other" / "clean.txt"],
            fixtures=tmp_path / "fixtures",
        )
    assert not (tmp_path / "fixtures").exists()


def test_a_failure_while_writing_leaves_nothing(
    texts: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textguard.articles import scaffold

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(scaffold.os, "rename", broken)
    fixtures = tmp_path / "deep" / "fixtures"
    with pytest.raises(TextguardError, match="cannot write: No space left on device; nothing was written"):
        scaffold_article("trams", original=texts / "page.txt", fixtures=fixtures)
    assert not (tmp_path / "deep").exists()


# --- the command ----------------------------------------------------------------------------------


def test_the_command(
    texts: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    args = ["new", "trams", "--original", str(texts / "page.txt"), "--copy", str(texts / "wire.txt")]
    assert main(args) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "created fixtures/trams: original.txt, 1 copy (1 failing), article.toml",
        "review fixtures/trams/article.toml: it records what textguard reports today",
    ]
    assert err == ""
    before = snapshot_of(tmp_path / "fixtures")
    assert main(args) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "textguard: error: fixtures/trams already exists; textguard new never overwrites anything "
        "(choose another name)\n"
    )
    assert snapshot_of(tmp_path / "fixtures") == before


def test_the_command_reads_the_project_config(
    texts: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[tool.textguard]\ndisabled = ["truncated"]\n', encoding="utf-8")
    assert (
        main(["new", "trams", "--original", str(texts / "page.txt"), "--copy", str(texts / "wire.txt")]) == 0
    )
    case = load_article(tmp_path / "fixtures" / "trams").get_copy("wire")
    assert case.verdict == "pass" and case.expect == ()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["new", "x"], "the following arguments are required: --original"),
        (["new", "x", "--original", "missing.txt"], "missing.txt"),
        (["new", "x", "--original", "page.txt", "--fixtures", "page.txt"], "page.txt is not a folder"),
    ],
    ids=["no-original", "missing-file", "fixtures-is-a-file"],
)
def test_the_command_fails_in_one_line(
    texts: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(texts)
    assert main(args) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and message in err


def test_a_scaffolded_article_passes_the_suite(
    pytester: pytest.Pytester, texts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PYTEST_XDIST_WORKER", raising=False)  # the inner session is no worker
    assert (
        main(
            [
                "new",
                "trams",
                "--original",
                str(texts / "page.txt"),
                "--copy",
                str(texts / "wire.txt"),
                "--copy",
                str(texts / "clean.txt"),
                "--fixtures",
                str(pytester.path / "fixtures"),
            ]
        )
        == 0
    )
    quiet = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest")
    pytester.runpytest_subprocess(*quiet, "--snapshot-update").assert_outcomes(passed=2)
    pytester.runpytest_subprocess(*quiet).assert_outcomes(passed=2)


def test_config_is_used_for_the_draft(texts: Path, tmp_path: Path) -> None:
    made = scaffold_article(
        "trams",
        original=texts / "page.txt",
        copies=[texts / "wire.txt"],
        fixtures=tmp_path / "fixtures",
        config=Config(fail_on="warning", disabled=frozenset({"truncated"})),
    )
    assert load_article(made.path).get_copy("wire").expect == ()
