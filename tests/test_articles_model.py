"""Tests of fixture loading (``textguard.articles.model``) and of the bundled fixtures themselves."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from textguard.articles import model as corpus
from textguard.articles.model import (
    Article,
    CopyCase,
    Expectation,
    find_articles,
    is_article_dir,
    load_article,
)
from textguard.config import Config
from textguard.errors import FixtureError
from textguard.findings import KINDS, Finding, Severity, Span
from textguard.text import reading

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ARTICLE_DIRS = sorted(p for p in FIXTURES.iterdir() if is_article_dir(p))
BUNDLED = "putin-trump-locomotives"
WRITTEN_DIRS = [p for p in ARTICLE_DIRS if p.name != BUNDLED]  # the families written for textguard

#: The collected texts must stay byte-identical: findings' offsets point into them.
BUNDLED_SHA256 = {
    "original.txt": "5c08fec7b8dfb477d88da3ce5280e985bf622bcede625b30f329e6111f91ccc3",
    "copies/desk-report.txt": "426077c0d6a3c3f1a469dd276d163699e4e4d8cc222b0b33626dee33305733bf",
    "copies/machine-translated.txt": "67c23db6ccb031551b649dfe702fff6721bcfdf2b8f2293c864b71c4e6cd711d",
    "copies/paraphrased.txt": "74e3b6abcc7029eeab629185ada5311b21519bfe3a6002839d9a6ff8b1d23c1c",
    "copies/round-trip.txt": "a2913769bfa601b18ee8d9aa20cb226ab6ca2da1fb49e43e4aabbeee218fee30",
}


def _text(path: Path) -> str:
    return path.read_bytes().decode("utf-8-sig")


def _squash(text: str) -> str:
    return " ".join(text.split())


def _article(tmp_path: Path, toml: str | None = None, copies: tuple[str, ...] = ("clean",)) -> Path:
    """An article folder in ``tmp_path`` with the given ``article.toml`` and copy files."""
    folder = tmp_path / "art"
    (folder / "copies").mkdir(parents=True)
    (folder / "original.txt").write_text("One sentence here.\n", encoding="utf-8")
    for name in copies:
        (folder / "copies" / f"{name}.txt").write_text("One sentence here.\n", encoding="utf-8")
    if toml is not None:
        (folder / "article.toml").write_text(toml, encoding="utf-8")
    return folder


# --- the bundled fixtures -------------------------------------------------------------------------


@pytest.mark.parametrize("folder", ARTICLE_DIRS, ids=[p.name for p in ARTICLE_DIRS])
def test_bundled_article_loads_with_provenance(folder: Path) -> None:
    article = load_article(folder)
    assert article.name == folder.name
    assert article.toml_path.is_file(), "every bundled article documents itself"
    assert article.title and article.source
    assert article.copies, "an article without copies tests nothing"
    on_disk = sorted(p.stem for p in (folder / "copies").glob("*.txt"))
    assert [c.name for c in article.copies] == on_disk
    for case in article.copies:
        assert case.description, f"{article.case_id(case)} has no description"
        assert case.expect or case.forbid or case.verdict, f"{article.case_id(case)} expects nothing"
    article.config()  # the [body] and [config] tables apply cleanly


@pytest.mark.parametrize("folder", ARTICLE_DIRS, ids=[p.name for p in ARTICLE_DIRS])
def test_bundled_expectation_substrings_occur_in_the_texts(folder: Path) -> None:
    """A typo in an expectation would make it unmatchable: an eternal xfail or a vacuous forbid."""
    article = load_article(folder)
    original = _squash(_text(article.original_path))
    for case in article.copies:
        copy = _squash(_text(case.path))
        for exp in case.expect + case.forbid:
            if exp.copy is not None:
                assert _squash(exp.copy) in copy, f"{exp.where}: copy {exp.copy!r} is not in {case.path}"
            if exp.original is not None:
                assert _squash(exp.original) in original, f"{exp.where}: {exp.original!r} not in original"


@pytest.mark.parametrize("folder", ARTICLE_DIRS, ids=[p.name for p in ARTICLE_DIRS])
def test_bundled_body_pins_occur_in_the_original(folder: Path) -> None:
    article = load_article(folder)
    original = _text(article.original_path)
    start = 0
    if article.body_starts_with is not None:
        start = original.find(article.body_starts_with)
        assert start >= 0
    if article.body_ends_with is not None:
        assert original.find(article.body_ends_with, start) >= 0


@pytest.mark.parametrize("folder", WRITTEN_DIRS, ids=[p.name for p in WRITTEN_DIRS])
def test_written_families_have_one_clean_copy(folder: Path) -> None:
    """Each family we wrote has a copy that must pass with nothing above info: the false-positive guard."""
    article = load_article(folder)
    clean = [c for c in article.copies if c.name.startswith("clean")]
    assert len(clean) == 1
    assert clean[0].verdict == "pass" and clean[0].max_severity is Severity.INFO
    assert not clean[0].expect


@pytest.mark.parametrize("relpath", sorted(BUNDLED_SHA256), ids=sorted(BUNDLED_SHA256))
def test_bundled_texts_are_byte_identical(relpath: str) -> None:
    data = (FIXTURES / BUNDLED / relpath).read_bytes()
    assert hashlib.sha256(data).hexdigest() == BUNDLED_SHA256[relpath]


def test_bundled_complete_copies_forbid_truncation() -> None:
    article = load_article(FIXTURES / BUNDLED)
    for name in ("round-trip", "machine-translated", "paraphrased"):
        assert any(f.kind == "truncated" for f in article.get_copy(name).forbid), name
    assert any(e.kind == "truncated" and not e.xfail for e in article.get_copy("desk-report").expect)


# --- finding articles ----------------------------------------------------------------------------


def test_find_articles_on_one_article_folder() -> None:
    articles = find_articles(FIXTURES / BUNDLED)
    assert [a.name for a in articles] == [BUNDLED]
    names = [c.name for c in articles[0].copies]
    assert names == ["desk-report", "machine-translated", "paraphrased", "round-trip"]


def test_find_articles_on_the_fixtures_folder() -> None:
    articles = find_articles(FIXTURES)
    assert [a.name for a in articles] == sorted(p.name for p in ARTICLE_DIRS)
    assert BUNDLED in [a.name for a in articles]
    assert len(articles) >= 3


def test_find_articles_recurses_and_names_by_relative_path(tmp_path: Path) -> None:
    for rel in ("wire/zeta", "alpha", "wire/deeper/beta"):
        (tmp_path / rel).mkdir(parents=True)
        (tmp_path / rel / "original.txt").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "original.txt").write_text("x", encoding="utf-8")
    assert [a.name for a in find_articles(tmp_path)] == ["alpha", "wire/deeper/beta", "wire/zeta"]


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (lambda p: p / "nope", "no such folder"),
        (lambda p: (p / "f.txt").write_text("x") and p / "f.txt", "not a folder"),
        (lambda p: p, "no article folders found"),
    ],
    ids=["missing", "a-file", "empty"],
)
def test_find_articles_errors(tmp_path: Path, make, fragment: str) -> None:
    root = make(tmp_path)
    with pytest.raises(FixtureError, match=fragment) as info:
        find_articles(root)
    assert str(root) in str(info.value)


def test_load_article_refuses_a_folder_without_original(tmp_path: Path) -> None:
    with pytest.raises(FixtureError, match="original.txt"):
        load_article(tmp_path)
    assert not is_article_dir(tmp_path)


# --- defaults --------------------------------------------------------------------------------------


def test_defaults_without_article_toml(tmp_path: Path) -> None:
    folder = _article(tmp_path, copies=("b", "a"))
    article = load_article(folder)
    assert article == Article(
        name="art",
        path=folder,
        original_path=folder / "original.txt",
        copies=tuple(CopyCase(name=n, path=folder / "copies" / f"{n}.txt") for n in ("a", "b")),
        title="art",
    )
    assert article.config() == Config()
    assert article.case_id(article.copies[0]) == "art/a"


def test_a_copy_without_an_entry_gets_defaults(tmp_path: Path) -> None:
    folder = _article(tmp_path, '[copies.a]\nverdict = "fail"\n', copies=("a", "b"))
    article = load_article(folder)
    assert article.get_copy("a").verdict == "fail"
    assert article.get_copy("b") == CopyCase(name="b", path=folder / "copies" / "b.txt")
    with pytest.raises(KeyError, match="a, b"):
        article.get_copy("c")


def test_a_full_article_toml_loads(tmp_path: Path) -> None:
    folder = _article(
        tmp_path,
        """
[article]
title = "T"
source = "S"
retrieved = 2024-03-12
license = "L"
notes = "N"
[body]
starts_with = "One"
ends_with = "here."
[config]
fail-on = "warning"
[copies.clean]
description = "D"
verdict = "pass"
max_severity = "INFO"
[[copies.clean.expect]]
kind = "truncated"
copy = "c"
original = "o"
severity = "warning"
xfail = "later"
[[copies.clean.forbid]]
kind = "stray-footer"
""",
    )
    article = load_article(folder)
    assert (article.title, article.source, article.retrieved, article.license, article.notes) == (
        "T",
        "S",
        "2024-03-12",
        "L",
        "N",
    )
    case = article.get_copy("clean")
    assert (case.description, case.verdict, case.max_severity) == ("D", "pass", Severity.INFO)
    assert case.expect == (
        Expectation(kind="truncated", copy="c", original="o", severity=Severity.WARNING, xfail="later"),
    )
    assert case.expect[0].where.endswith("article.toml: copies.clean.expect[0]")
    assert case.forbid == (Expectation(kind="stray-footer"),)
    assert article.config_overrides == {"fail-on": "warning"}
    hash(article)  # frozen values stay hashable


def test_article_config_layers_body_and_config_over_base(tmp_path: Path) -> None:
    folder = _article(tmp_path, '[body]\nstarts_with = "One"\n[config]\nfail_on = "warning"\n')
    config = load_article(folder).config(Config(match_threshold=70.0, fail_on=Severity.INFO))
    assert config.match_threshold == 70.0
    assert config.fail_on is Severity.WARNING
    assert config.body_starts_with == "One" and config.body_ends_with is None


# --- errors ----------------------------------------------------------------------------------------

ERROR_CASES = [
    pytest.param(
        "[article\ntitle = 1\n",
        "not valid TOML",
        id="bad-toml",
    ),
    pytest.param(
        b"title = '\xff'\n",
        "not UTF-8",
        id="not-utf8",
    ),
    pytest.param(
        "[artcle]\n",
        "artcle: unknown key",
        id="unknown-top-key",
    ),
    pytest.param(
        "[article]\ntitel = 'x'\n",
        "article.titel: unknown key",
        id="unknown-article-key",
    ),
    pytest.param(
        "[body]\nstart = 'x'\n",
        "body.start: unknown key",
        id="unknown-body-key",
    ),
    pytest.param(
        "[config]\nfial_on = 'error'\n",
        "article.toml [config]: unknown key 'fial_on'",
        id="unknown-config-key",
    ),
    pytest.param(
        "[copies.clean]\nverdit = 'pass'\n",
        "copies.clean.verdit: unknown key",
        id="unknown-copy-key",
    ),
    pytest.param(
        "[[copies.clean.expect]]\nkind = 'truncated'\ncopy_text = 'x'\n",
        "copies.clean.expect[0].copy_text: unknown key",
        id="unknown-expect-key",
    ),
    pytest.param(
        "[[copies.clean.forbid]]\nkind = 'truncated'\nxfail = 'x'\n",
        "copies.clean.forbid[0].xfail: unknown key",
        id="xfail-in-forbid",
    ),
    pytest.param(
        "[[copies.clean.expect]]\nkind = 'foo'\n",
        "copies.clean.expect[0].kind: unknown finding kind 'foo'",
        id="unknown-kind",
    ),
    pytest.param(
        "[[copies.clean.expect]]\ncopy = 'x'\n",
        "copies.clean.expect[0].kind: is required",
        id="kind-missing",
    ),
    pytest.param(
        "[[copies.clean.expect]]\nkind = 'truncated'\nseverity = 'fatal'\n",
        "copies.clean.expect[0].severity: unknown severity 'fatal'",
        id="bad-expect-severity",
    ),
    pytest.param(
        "[copies.clean]\nmax_severity = 'high'\n",
        "copies.clean.max_severity: unknown severity 'high'",
        id="bad-max-severity",
    ),
    pytest.param(
        "[copies.clean]\nverdict = 'ok'\n",
        "copies.clean.verdict: must be 'pass' or 'fail'",
        id="bad-verdict",
    ),
    pytest.param(
        "[config]\nfail_on = 'fatal'\n",
        "article.toml [config]: fail_on",
        id="bad-config-value",
    ),
    pytest.param(
        "[config]\ndisabled = ['foo']\n",
        "article.toml [config]: disabled: unknown finding kind 'foo'",
        id="bad-config-kind",
    ),
    pytest.param(
        "[body]\nstarts_with = 'a'\n[config]\nbody_starts_with = 'b'\n",
        "config.body_starts_with: set the body",
        id="body-in-both-tables",
    ),
    pytest.param(
        "[copies.nope]\nverdict = 'pass'\n",
        "copies.nope: no copy file copies/nope.txt",
        id="listed-copy-missing",
    ),
    pytest.param(
        "[copies.'a.b']\n",
        'copies."a.b": no copy file',
        id="listed-copy-missing-quoted",
    ),
    pytest.param(
        "[article]\ntitle = 3\n",
        "article.title: must be a string, not an integer (3)",
        id="wrong-type-title",
    ),
    pytest.param(
        "[article]\nretrieved = 5\n",
        "article.retrieved: must be a string or a date",
        id="wrong-type-retrieved",
    ),
    pytest.param(
        "article = 'x'\n",
        "article: must be a table",
        id="wrong-type-article",
    ),
    pytest.param(
        "copies = ['clean']\n",
        "copies: must be a table",
        id="wrong-type-copies",
    ),
    pytest.param(
        "[copies]\nclean = 3\n",
        "copies.clean: must be a table",
        id="wrong-type-copy",
    ),
    pytest.param(
        "[copies.clean]\nexpect = 'truncated'\n",
        "copies.clean.expect: must be an array of tables",
        id="wrong-type-expect",
    ),
    pytest.param(
        "[copies.clean]\nexpect = ['truncated']\n",
        "copies.clean.expect[0]: must be a table",
        id="wrong-type-expect-item",
    ),
    pytest.param(
        "[[copies.clean.expect]]\nkind = 1\n",
        "copies.clean.expect[0].kind: must be a string",
        id="wrong-type-kind",
    ),
    pytest.param(
        "[[copies.clean.expect]]\nkind = 'truncated'\ncopy = true\n",
        "copies.clean.expect[0].copy: must be a string, not a boolean",
        id="wrong-type-copy-text",
    ),
    pytest.param(
        "[copies.clean]\nmax_severity = 2\n",
        "copies.clean.max_severity: must be a string",
        id="wrong-type-severity",
    ),
    pytest.param(
        "[[copies.clean.forbid]]\nkind = 'truncated'\noriginal = ' '\n",
        "copies.clean.forbid[0].original: must not be empty",
        id="empty-substring",
    ),
    pytest.param(
        "[body]\nends_with = ''\n",
        "body.ends_with: must not be empty",
        id="empty-body-pin",
    ),
]


@pytest.mark.parametrize(("toml", "fragment"), ERROR_CASES)
def test_malformed_article_toml_names_file_and_key(tmp_path: Path, toml: str | bytes, fragment: str) -> None:
    folder = _article(tmp_path)
    path = folder / "article.toml"
    path.write_bytes(toml if isinstance(toml, bytes) else toml.encode("utf-8"))
    with pytest.raises(FixtureError) as info:
        load_article(folder)
    message = str(info.value)
    assert message.startswith(str(path)), message
    assert fragment in message
    assert "\n" not in message


def test_find_articles_reports_the_broken_article(tmp_path: Path) -> None:
    folder = _article(tmp_path, "[[copies.clean.expect]]\nkind = 'foo'\n")
    with pytest.raises(FixtureError, match=r"art/article\.toml: copies\.clean\.expect\[0\]\.kind"):
        find_articles(folder.parent)


# --- matching --------------------------------------------------------------------------------------


def _finding(
    kind: str, *, copy: str | None = None, original: str | None = None, severity: str = "error"
) -> Finding:
    return Finding(
        kind=kind,
        severity=Severity(severity),
        message="m",
        original=Span(0, len(original), original) if original is not None else None,
        copy=Span(0, len(copy), copy) if copy is not None else None,
    )


MATCH_CASES = [
    pytest.param(
        Expectation(kind="truncated"),
        _finding("truncated"),
        True,
        id="kind-only",
    ),
    pytest.param(
        Expectation(kind="truncated"),
        _finding("stray-footer"),
        False,
        id="other-kind",
    ),
    pytest.param(
        Expectation(kind="inline-credit", copy="Oliver/EPA"),
        _finding("inline-credit", copy="Oliver/EPA/Shutterstock"),
        True,
        id="copy-substring",
    ),
    pytest.param(
        Expectation(kind="inline-credit", copy="Oliver/EPA"),
        _finding("inline-credit", copy="Reuters/Jorge Silva"),
        False,
        id="copy-absent",
    ),
    pytest.param(
        Expectation(kind="quote-missing", copy="x"),
        _finding("quote-missing", original="x"),
        False,
        id="copy-side-null",
    ),
    pytest.param(
        Expectation(kind="quote-missing", original="clearly"),
        _finding("quote-missing", original='"clearly touched"'),
        True,
        id="original-substring",
    ),
    pytest.param(
        Expectation(kind="stray-footer", original="x"),
        _finding("stray-footer", copy="x"),
        False,
        id="original-side-null",
    ),
    pytest.param(
        Expectation(kind="entity-altered", original="Wetlands Restoration Fund"),
        _finding("entity-altered", original="Wetlands\nRestoration  Fund"),
        True,
        id="whitespace-insensitive",
    ),
    pytest.param(
        Expectation(kind="truncated", severity=Severity.WARNING),
        _finding("truncated", severity="warning"),
        True,
        id="severity-equal",
    ),
    pytest.param(
        Expectation(kind="truncated", severity=Severity.WARNING),
        _finding("truncated", severity="error"),
        False,
        id="severity-differs",
    ),
    pytest.param(
        Expectation(kind="stray-footer", copy="comments"),
        _finding("stray-footer", copy="0 Comments"),
        False,
        id="case-sensitive",
    ),
]


@pytest.mark.parametrize(("expectation", "finding", "expected"), MATCH_CASES)
def test_expectation_matches(expectation: Expectation, finding: Finding, expected: bool) -> None:
    assert expectation.matches(finding) is expected


def test_every_kind_is_accepted(tmp_path: Path) -> None:
    entries = "".join(f"[[copies.clean.expect]]\nkind = '{kind}'\n" for kind in KINDS)
    case = load_article(_article(tmp_path, entries)).get_copy("clean")
    assert tuple(e.kind for e in case.expect) == KINDS


# --- the module's surface --------------------------------------------------------------------------


def test_reading_is_lazy_and_uses_the_shared_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    shared = reading.read_text

    def spy(path: object, **kwargs: object) -> str:
        read.append(Path(str(path)).name)
        return shared(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(reading, "read_text", spy)
    article = load_article(FIXTURES / "hollins-marsh-bitterns")
    text = article.get_copy("clean-reflowed").read()
    assert not text.startswith("\ufeff") and "\r\n" in text
    assert article.read_original().startswith("Northfield Examiner")
    assert read == ["clean-reflowed.txt", "original.txt"]  # on demand, through textguard.text.reading


def test_corpus_does_not_import_pytest() -> None:
    code = "import sys, textguard.articles.model; assert 'pytest' not in sys.modules, 'pytest imported'"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_all_lists_the_public_names() -> None:
    assert sorted(corpus.__all__) == [
        "Article",
        "ArticleTexts",
        "CopyCase",
        "Expectation",
        "ExpectedVerdict",
        "Mismatch",
        "closed_gaps",
        "find_article_folders",
        "find_articles",
        "gate_mismatches",
        "is_article_dir",
        "load_article",
        "read_article",
        "unmet_expectations",
    ]
    assert all(hasattr(corpus, name) for name in corpus.__all__)


def test_find_articles_survives_a_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "story").mkdir()
    (tmp_path / "story" / "original.txt").write_text("x", encoding="utf-8")
    (tmp_path / "group").mkdir()
    (tmp_path / "group" / "back").symlink_to(tmp_path, target_is_directory=True)
    assert [a.name for a in find_articles(tmp_path)] == ["story"]


def test_gate_mismatches_judge_as_the_plugin_does() -> None:
    import textguard

    report = textguard.check("Putin met Witkoff in Moscow.", "Putin met Witkeov in Moscow.")
    assert report.verdict == "fail"
    unlabelled = CopyCase(name="x", path=Path("x.txt"))
    assert [m.what for m in corpus.gate_mismatches(unlabelled, report)] == ["verdict"]  # it must pass
    gap = Expectation(
        kind="entity-altered", copy="Witkeov", xfail="not found yet", where="copies.x.expect[0]"
    )
    recorded = CopyCase(name="x", path=Path("x.txt"), verdict="fail", expect=(gap,))
    closed = corpus.gate_mismatches(recorded, report)
    assert [m.what for m in closed] == ["gap-closed"]
    assert closed[0].findings[0].copy is not None and closed[0].findings[0].copy.text == "Witkeov"
    open_gap = CopyCase(name="x", path=Path("x.txt"), verdict="fail", expect=(replace(gap, copy="Nobody"),))
    assert corpus.gate_mismatches(open_gap, report) == []
