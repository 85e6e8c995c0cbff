"""The pytest plugin, run as users run it: whole pytest sessions in a scratch project (pytester).

The articles here are small and fictional, and the assertions are about the mechanism (what is
collected, what a failure shows, how snapshots are recorded and compared), never about exactly
which findings the checks produce: those change as checks are added.

Sessions run in-process with ``-p no:syrupy`` where snapshots are beside the point, and in a
subprocess where they are not (syrupy keeps the running session in a module global).
"""

from __future__ import annotations

import fnmatch
import itertools
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from .articles import ORIGINAL, PARAGRAPHS, copy_of

pytest_plugins = ["pytester"]

#: Flags of every inner session: no cache folder, no Hypothesis plugin (slow to report, unused).
QUIET = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest")
NO_SNAPSHOTS = ("-p", "no:syrupy", *QUIET)
FOOTER_COPY = copy_of(PARAGRAPHS, tail=["12 Comments"])
TRUNCATED_COPY = copy_of(PARAGRAPHS[:4])


@pytest.fixture(autouse=True)
def _not_an_xdist_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    """Inner sessions are sessions of their own, even when this suite runs under pytest-xdist
    (syrupy takes a process with PYTEST_XDIST_WORKER set for a worker, and stays silent)."""
    for name in ("PYTEST_XDIST_WORKER", "PYTEST_XDIST_WORKER_COUNT", "PYTEST_XDIST_TESTRUNUID"):
        monkeypatch.delenv(name, raising=False)


def add_article(
    root: Path, name: str, copies: dict[str, str], *, toml: str | None = None, original: str = ORIGINAL
) -> Path:
    folder = root / "fixtures" / name
    (folder / "copies").mkdir(parents=True)
    (folder / "original.txt").write_text(original, encoding="utf-8")
    for stem, text in copies.items():
        (folder / "copies" / f"{stem}.txt").write_text(text, encoding="utf-8")
    if toml is not None:
        (folder / "article.toml").write_text(textwrap.dedent(toml), encoding="utf-8")
    return folder


def collected(result: pytest.RunResult) -> list[str]:
    """The collected item ids, sorted: an inner session may be shuffled (pytest-randomly is
    installed for the dev extra and loads in every session), so only the set is asserted here;
    :func:`test_items_run_in_name_order_when_not_shuffled` checks the order itself."""
    return sorted(line for line in result.stdout.lines if "::" in line and not line.startswith(" "))


def assert_lines_in_any_order(result: pytest.RunResult, patterns: list[str]) -> None:
    """Each fnmatch pattern matches a line of stdout, wherever it is: items of one inner session
    print in the order it ran them, which pytest-randomly shuffles."""
    __tracebackhide__ = True
    lines = result.stdout.lines
    missing = [p for p in patterns if not any(fnmatch.fnmatch(line, p) for line in lines)]
    assert not missing, f"no line matches {missing}:\n" + "\n".join(lines)


# --- collection -----------------------------------------------------------------------------------


def test_a_fresh_folder_collects_one_item_per_copy(pytester: pytest.Pytester) -> None:
    add_article(pytester.path, "trams", {"clean": ORIGINAL, "footer": FOOTER_COPY})
    add_article(pytester.path, "wire/ferry", {"reflowed": ORIGINAL.replace("\n", "\r\n")})
    result = pytester.runpytest("--collect-only", "-q", *NO_SNAPSHOTS)
    assert collected(result) == [
        "fixtures/trams/original.txt::clean",
        "fixtures/trams/original.txt::footer",
        "fixtures/wire/ferry/original.txt::reflowed",
    ]


def test_items_run_in_name_order_when_not_shuffled(pytester: pytest.Pytester) -> None:
    """Articles and copies are collected sorted by name (the corpus's order), when no plugin
    shuffles them."""
    add_article(pytester.path, "wire/ferry", {"reflowed": ORIGINAL})
    add_article(pytester.path, "trams", {"footer": FOOTER_COPY, "clean": ORIGINAL})
    result = pytester.runpytest("--collect-only", "-q", "-p", "no:randomly", *NO_SNAPSHOTS)
    lines = [line for line in result.stdout.lines if "::" in line and not line.startswith(" ")]
    assert lines == [
        "fixtures/trams/original.txt::clean",
        "fixtures/trams/original.txt::footer",
        "fixtures/wire/ferry/original.txt::reflowed",
    ]


def test_k_selects_by_article_and_copy(pytester: pytest.Pytester) -> None:
    add_article(pytester.path, "trams", {"clean": ORIGINAL, "footer": FOOTER_COPY})
    result = pytester.runpytest("--collect-only", "-q", "-k", "trams/footer", *NO_SNAPSHOTS)
    assert collected(result) == ["fixtures/trams/original.txt::footer"]


def test_a_path_selects_an_article_or_a_group(pytester: pytest.Pytester) -> None:
    add_article(pytester.path, "trams", {"clean": ORIGINAL})
    add_article(pytester.path, "wire/ferry", {"clean": ORIGINAL})
    add_article(pytester.path, "wire/bus", {"clean": ORIGINAL})
    assert collected(pytester.runpytest("--collect-only", "-q", "fixtures/wire", *NO_SNAPSHOTS)) == [
        "fixtures/wire/bus/original.txt::clean",
        "fixtures/wire/ferry/original.txt::clean",
    ]
    assert collected(pytester.runpytest("--collect-only", "-q", "fixtures/trams", *NO_SNAPSHOTS)) == [
        "fixtures/trams/original.txt::clean"
    ]


@pytest.mark.parametrize(
    ("testpaths", "args", "expected"),
    [
        ('["tests"]', (), ["tests/test_x.py::test_x", "fixtures/trams/original.txt::clean"]),
        ('["tests", "fixtures"]', (), ["tests/test_x.py::test_x", "fixtures/trams/original.txt::clean"]),
        ('["."]', (), ["fixtures/trams/original.txt::clean", "tests/test_x.py::test_x"]),
        ('["tests"]', ("tests",), ["tests/test_x.py::test_x"]),
    ],
    ids=["testpaths-without-fixtures", "testpaths-with-fixtures", "rootdir", "explicit-path"],
)
def test_fixtures_are_collected_once_and_only_when_no_path_is_given(
    pytester: pytest.Pytester, testpaths: str, args: tuple[str, ...], expected: list[str]
) -> None:
    pytester.makepyprojecttoml(f"[tool.pytest.ini_options]\ntestpaths = {testpaths}\n")
    (pytester.path / "tests").mkdir()
    (pytester.path / "tests" / "test_x.py").write_text("def test_x():\n    pass\n", encoding="utf-8")
    add_article(pytester.path, "trams", {"clean": ORIGINAL})
    result = pytester.runpytest("--collect-only", "-q", *args, *NO_SNAPSHOTS)
    assert collected(result) == sorted(expected)  # each once; the order may be shuffled


def test_the_fixtures_folder_is_an_option(pytester: pytest.Pytester) -> None:
    add_article(pytester.path, "trams", {"clean": ORIGINAL})
    (pytester.path / "fixtures").rename(pytester.path / "corpus")
    assert collected(pytester.runpytest("--collect-only", "-q", *NO_SNAPSHOTS)) == []
    result = pytester.runpytest("--collect-only", "-q", "--textguard-fixtures", "corpus", *NO_SNAPSHOTS)
    assert collected(result) == ["corpus/trams/original.txt::clean"]
    pytester.makeini("[pytest]\ntextguard_fixtures = corpus\n")
    assert collected(pytester.runpytest("--collect-only", "-q", *NO_SNAPSHOTS)) == [
        "corpus/trams/original.txt::clean"
    ]
    pytester.makeini("[pytest]\ntextguard_fixtures = corpus\ntextguard_collect = false\n")
    assert collected(pytester.runpytest("--collect-only", "-q", *NO_SNAPSHOTS)) == []


def test_a_project_without_fixtures_is_left_alone(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import sys

        def test_nothing_of_textguard_was_loaded():
            assert "textguard.testing.suite" not in sys.modules
            assert "textguard.testing.snapshot" not in sys.modules
        """
    )
    result = pytester.runpytest_subprocess(*QUIET)
    result.assert_outcomes(passed=1)
    assert "textguard:" not in result.stdout.str()  # no header line either


# --- what an item checks and says -----------------------------------------------------------------


def test_a_failing_copy_names_each_finding_with_both_texts(pytester: pytest.Pytester) -> None:
    add_article(pytester.path, "trams", {"clean": ORIGINAL, "footer": FOOTER_COPY, "short": TRUNCATED_COPY})
    result = pytester.runpytest(*NO_SNAPSHOTS)
    result.assert_outcomes(passed=1, failed=2)
    output = result.stdout.str()
    result.stdout.fnmatch_lines(
        [
            "*_ trams/footer _*",
            "trams/footer: 1 problem",
            "  copy     fixtures/trams/copies/footer.txt",
            "  original fixtures/trams/original.txt",
            "verdict fail, expected pass (no verdict recorded in article.toml, so the copy must pass): *",
            "  error stray-footer: *",
            "    copy     9:1: '12 Comments'",
        ]
    )
    # A finding with a place in both texts shows both.
    assert "  error truncated: " in output
    block = output[output.index("  error truncated: ") :]
    assert (
        "    original 5:1: 'Local traders were divided." in block
        and "    copy     4:1: 'Transport officer" in block
    )
    assert "check_fixture_copy" not in output and "Traceback" not in output  # no traceback


def test_article_toml_records_which_copies_fail_and_why(pytester: pytest.Pytester) -> None:
    add_article(
        pytester.path,
        "trams",
        {"clean": ORIGINAL, "footer": FOOTER_COPY},
        toml="""
        [copies.clean]
        verdict = "pass"
        max_severity = "info"

        [copies.footer]
        verdict = "fail"
        [[copies.footer.expect]]
        kind = "stray-footer"
        copy = "12 Comments"
        [[copies.footer.forbid]]
        kind = "truncated"
        """,
    )
    pytester.runpytest(*NO_SNAPSHOTS).assert_outcomes(passed=2)


def test_unmet_expectations_are_each_named_by_their_toml_key(pytester: pytest.Pytester) -> None:
    add_article(
        pytester.path,
        "trams",
        {"footer": FOOTER_COPY},
        toml="""
        [copies.footer]
        verdict = "pass"
        max_severity = "warning"
        [[copies.footer.expect]]
        kind = "inline-credit"
        [[copies.footer.forbid]]
        kind = "stray-footer"
        """,
    )
    result = pytester.runpytest(*NO_SNAPSHOTS)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "trams/footer: 4 problems",
            "*",
            "verdict fail, expected pass (copies.footer.verdict): 1 finding at or above error",
            "*",
            "copies.footer.max_severity = 'warning': 1 finding above it",
            "*",
            "fixtures/trams/article.toml: copies.footer.expect[0]: expected inline-credit, not reported",
            "*",
            "fixtures/trams/article.toml: copies.footer.forbid[0]: stray-footer must not be reported, but was",
        ]
    )


def test_known_gaps_are_strict_xfails_of_their_own(pytester: pytest.Pytester) -> None:
    add_article(
        pytester.path,
        "trams",
        {"footer": FOOTER_COPY},
        toml="""
        [copies.footer]
        verdict = "fail"
        [[copies.footer.expect]]
        kind = "inline-credit"
        xfail = "no credit in this copy: stays a gap"
        [[copies.footer.expect]]
        kind = "stray-footer"
        copy = "12 Comments"
        xfail = "pretend the footer check does not exist yet"
        """,
    )
    result = pytester.runpytest("-v", "-rxX", *NO_SNAPSHOTS)
    result.assert_outcomes(passed=1, xfailed=1, failed=1)
    assert_lines_in_any_order(
        result,
        [
            "fixtures/trams/original.txt::footer PASSED*",
            "fixtures/trams/original.txt::footer[[]expect-0[]] XFAIL*",
            "fixtures/trams/original.txt::footer[[]expect-1[]] FAILED*",
            (
                "*[[]XPASS(strict)[]] fixtures/trams/article.toml: copies.footer.expect[[]1[]]: stray-footer, "
                "copy containing '12 Comments': pretend the footer check does not exist yet"
            ),
        ]
    )


def test_a_malformed_article_toml_is_one_error_item_naming_file_and_key(
    pytester: pytest.Pytester,
) -> None:
    add_article(pytester.path, "good", {"clean": ORIGINAL})
    add_article(pytester.path, "bad", {"clean": ORIGINAL}, toml='[copies.clean]\nverdict = "maybe"\n')
    result = pytester.runpytest(*NO_SNAPSHOTS)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.assert_outcomes(passed=1, failed=1)  # the other article still runs
    result.stdout.fnmatch_lines(
        [
            "*_ bad/article.toml _*",
            "fixtures/bad/article.toml: copies.clean.verdict: must be 'pass' or 'fail', not 'maybe'",
            "*FAILED fixtures/bad/original.txt::article.toml - *",
        ]
    )
    assert "Traceback" not in result.stdout.str()


def test_an_unknown_key_is_named(pytester: pytest.Pytester) -> None:
    add_article(pytester.path, "bad", {"clean": ORIGINAL}, toml="[copies.clean]\nverdit = 'pass'\n")
    result = pytester.runpytest(*NO_SNAPSHOTS)
    result.stdout.fnmatch_lines(
        ["fixtures/bad/article.toml: copies.clean.verdit: unknown key; expected one of *"]
    )


def test_copies_without_an_original_are_an_error(pytester: pytest.Pytester) -> None:
    (pytester.path / "fixtures" / "lost" / "copies").mkdir(parents=True)
    (pytester.path / "fixtures" / "lost" / "copies" / "x.txt").write_text("Text.\n", encoding="utf-8")
    result = pytester.runpytest(*NO_SNAPSHOTS)
    result.stdout.fnmatch_lines(["fixtures/lost: has copies/ but no original.txt"])


# --- configuration --------------------------------------------------------------------------------

FOOTER_AS_WARNING = """
[tool.textguard]
fail_on = "warning"
severities = { "stray-footer" = "warning" }
"""


@pytest.mark.parametrize(
    ("article_toml", "args", "outcome"),
    [
        (None, (), "failed"),  # pyproject: the footer is a warning and warnings fail
        ('[config]\nfail_on = "error"\n', (), "passed"),  # the article relaxes the project
        (
            '[config]\nfail_on = "error"\n',
            ("--textguard-fail-on", "warning"),
            "failed",
        ),  # the command line wins
        ('[config]\nseverities = { "stray-footer" = "info" }\n', (), "passed"),  # severities merge per kind
    ],
    ids=["pyproject", "article-over-pyproject", "command-line-over-article", "article-severity"],
)
def test_config_precedence(
    pytester: pytest.Pytester, article_toml: str | None, args: tuple[str, ...], outcome: str
) -> None:
    pytester.makepyprojecttoml(FOOTER_AS_WARNING)
    add_article(pytester.path, "trams", {"footer": FOOTER_COPY}, toml=article_toml)
    pytester.runpytest(*args, *NO_SNAPSHOTS).assert_outcomes(**{outcome: 1})


def test_a_bad_project_config_is_one_error_naming_the_key(pytester: pytest.Pytester) -> None:
    pytester.makepyprojecttoml('[tool.textguard]\nfail_onn = "warning"\n')
    add_article(pytester.path, "trams", {"clean": ORIGINAL})
    add_article(pytester.path, "bus", {"clean": ORIGINAL})
    result = pytester.runpytest(*NO_SNAPSHOTS)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        ["*pyproject.toml [[]tool.textguard[]]: unknown key 'fail_onn'; known keys are *"]
    )


def test_fail_on_choices_are_checked(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--textguard-fail-on", "sometimes", *NO_SNAPSHOTS)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--textguard-fail-on: invalid choice: 'sometimes'*"])


# --- fixtures for hand-written tests ---------------------------------------------------------------


def test_textguard_article_runs_a_test_once_per_article(pytester: pytest.Pytester) -> None:
    pytester.makepyprojecttoml('[tool.textguard]\nfail_on = "warning"\n')
    add_article(pytester.path, "trams", {"clean": ORIGINAL, "footer": FOOTER_COPY})
    add_article(
        pytester.path,
        "paged",
        {},
        original="Listen to this article\n" + ORIGINAL + "12 Comments\n",
        toml='[config]\nfail_on = "error"\n[body]\nstarts_with = "The Marlow Valley"\nends_with = "end of the year."\n',
    )
    pytester.makepyfile(
        test_pipeline="""
        from textguard import Severity
        from textguard.testing import assert_passes

        def my_pipeline(page):
            return page.replace("Listen to this article\\n", "").replace("12 Comments\\n", "")

        def test_pipeline(textguard_article, textguard_config, textguard_check):
            article = textguard_article
            assert article.path.name == article.name
            assert article.original.startswith(("Listen", "The Marlow"))
            assert article.body.startswith("The Marlow Valley council")
            assert article.body.rstrip().endswith("end of the year.")
            assert textguard_config is article.config
            expected = {"trams": Severity.WARNING, "paged": Severity.ERROR}[article.name]
            assert article.config.fail_on is expected  # pyproject, then article.toml
            assert sorted(article.copies) == (["clean", "footer"] if article.name == "trams" else [])
            copy = my_pipeline(article.original)
            assert_passes(article.original, copy, config=article.config)
            assert textguard_check(article.original, copy).verdict == "pass"
        """
    )
    result = pytester.runpytest("-v", "test_pipeline.py", *NO_SNAPSHOTS)
    result.assert_outcomes(passed=2)
    assert_lines_in_any_order(result, ["*test_pipeline[[]paged[]] PASSED*", "*test_pipeline[[]trams[]] PASSED*"])


def test_textguard_article_without_fixtures_says_where_it_looked(pytester: pytest.Pytester) -> None:
    pytester.makepyfile("def test_x(textguard_article):\n    pass\n")
    result = pytester.runpytest(*NO_SNAPSHOTS)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        [
            "textguard_article: no fixtures folder fixtures: set the textguard_fixtures ini option or --textguard-fixtures"
        ]
    )


def test_textguard_config_outside_an_article_is_the_project_and_command_line(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyprojecttoml('[tool.textguard]\ndisabled = ["content-added"]\n')
    pytester.makepyfile(
        """
        def test_config(textguard_config):
            assert textguard_config.disabled == {"content-added"}
            assert textguard_config.fail_on.value == "warning"
        """
    )
    pytester.runpytest("--textguard-fail-on", "warning", *NO_SNAPSHOTS).assert_outcomes(passed=1)


# --- snapshots ----------------------------------------------------------------------------------


def test_the_snapshot_update_flow(pytester: pytest.Pytester) -> None:
    article = add_article(
        pytester.path,
        "trams",
        {"clean": ORIGINAL, "footer": FOOTER_COPY, "short": TRUNCATED_COPY},
        toml='[copies.footer]\nverdict = "fail"\n[copies.short]\nverdict = "fail"\n',
    )
    snapshots = article / "__snapshots__" / "copies"

    # 1. No snapshot yet: every item says how to record it.
    first = pytester.runpytest_subprocess(*QUIET)
    first.assert_outcomes(failed=3)
    first.stdout.fnmatch_lines(
        ["no snapshot fixtures/trams/__snapshots__/copies/clean.txt yet: *--snapshot-update*"]
    )

    # 2. Recording, then passing.
    pytester.runpytest_subprocess(*QUIET, "--snapshot-update").assert_outcomes(passed=3)
    assert sorted(p.name for p in snapshots.iterdir()) == ["clean.txt", "footer.txt", "short.txt"]
    recorded = (snapshots / "footer.txt").read_text(encoding="utf-8")
    assert recorded.startswith("verdict fail (fail on error): ")
    assert "stray-footer" in recorded and "ms" not in recorded and str(pytester.path) not in recorded
    pytester.runpytest_subprocess(*QUIET).assert_outcomes(passed=3)

    # 3. Editing one copy fails exactly that item, with a small diff.
    (article / "copies" / "clean.txt").write_text(ORIGINAL + "Share this article\n", encoding="utf-8")
    edited = pytester.runpytest_subprocess(*QUIET)
    edited.assert_outcomes(passed=2, failed=1)
    edited.stdout.fnmatch_lines(["FAILED fixtures/trams/original.txt::clean - trams/clean: 2 problems"])
    output = edited.stdout.str()
    diff = output[output.index("snapshot fixtures/trams/__snapshots__/copies/clean.txt differs") :]
    # The diff block ends at its first unindented line (pytest repeats messages in its summary
    # when the CI variable is set, so nothing after the block may count).
    diff_lines = list(itertools.takewhile(lambda line: line.startswith("  "), diff.splitlines()[1:]))
    assert any(line.startswith("  - verdict pass") for line in diff_lines)
    assert any(line.startswith("  + verdict fail") for line in diff_lines)
    assert any(line.startswith("  + error    stray-footer") for line in diff_lines)
    assert len(diff_lines) <= 6, diff

    # 4. A removed copy leaves an unused snapshot, reported as syrupy does; updating deletes it.
    (article / "copies" / "short.txt").unlink()
    (article / "article.toml").write_text('[copies.footer]\nverdict = "fail"\n', encoding="utf-8")
    (article / "copies" / "clean.txt").write_text(ORIGINAL, encoding="utf-8")
    unused = pytester.runpytest_subprocess(*QUIET)
    assert unused.ret != 0
    unused.stdout.fnmatch_lines(["*2 snapshots passed. 1 snapshot unused.*"])
    pytester.runpytest_subprocess(*QUIET, "--snapshot-update").assert_outcomes(passed=2)
    assert sorted(p.name for p in snapshots.iterdir()) == ["clean.txt", "footer.txt"]


def test_a_failing_copy_records_its_snapshot_when_updating(pytester: pytest.Pytester) -> None:
    # The snapshot records what textguard says, the expectations what a person says: an update
    # writes the former and still fails on the latter, and never loses a snapshot.
    article = add_article(pytester.path, "trams", {"footer": FOOTER_COPY})
    result = pytester.runpytest_subprocess(*QUIET, "--snapshot-update")
    result.assert_outcomes(failed=1)
    assert (article / "__snapshots__" / "copies" / "footer.txt").is_file()
    result.stdout.fnmatch_lines(["verdict fail, expected pass *"])


def test_snapshots_can_be_turned_off(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\ntextguard_snapshots = false\n")
    article = add_article(pytester.path, "trams", {"clean": ORIGINAL})
    result = pytester.runpytest_subprocess(*QUIET)
    result.assert_outcomes(passed=1)
    assert not (article / "__snapshots__").exists()
    result.stdout.fnmatch_lines(["textguard: fixture articles in fixtures, snapshots off"])


def test_hand_written_snapshots_use_the_textguard_extension(pytester: pytest.Pytester) -> None:
    add_article(pytester.path, "trams", {})
    pytester.makepyfile(
        test_pipeline="""
        def test_report(textguard_article, textguard_check, textguard_snapshot):
            page = textguard_article.original
            assert textguard_snapshot == textguard_check(page, page + "12 Comments\\n")
        """
    )
    pytester.runpytest_subprocess(*QUIET, "--snapshot-update").assert_outcomes(passed=1)
    stored = pytester.path / "__snapshots__" / "test_pipeline" / "test_report[trams].txt"
    assert stored.read_text(encoding="utf-8").startswith("verdict fail (fail on error): 1 error, ")
    pytester.runpytest_subprocess(*QUIET).assert_outcomes(passed=1)


def test_the_suite_under_xdist(pytester: pytest.Pytester) -> None:
    pytest.importorskip("xdist")
    add_article(
        pytester.path,
        "trams",
        {"clean": ORIGINAL, "footer": FOOTER_COPY},
        toml='[copies.footer]\nverdict = "fail"\n',
    )
    add_article(
        pytester.path,
        "bus",
        {"clean": ORIGINAL, "short": TRUNCATED_COPY},
        toml='[copies.short]\nverdict = "fail"\n',
    )
    pytester.runpytest_subprocess(*QUIET, "-n", "2", "--snapshot-update").assert_outcomes(passed=4)
    result = pytester.runpytest_subprocess(*QUIET, "-n", "2")
    result.assert_outcomes(passed=4)
    result.stdout.fnmatch_lines(["*4 snapshots passed.*"])
    (pytester.path / "fixtures" / "bus" / "copies" / "short.txt").unlink()
    (pytester.path / "fixtures" / "bus" / "article.toml").unlink()
    unused = pytester.runpytest_subprocess(*QUIET, "-n", "2")
    unused.stdout.fnmatch_lines(["*3 snapshots passed. 1 snapshot unused.*"])
    assert unused.ret != 0


# --- snapshots are never lost (issue 15, point 5) ---------------------------------------------------


def recorded_snapshots(pytester: pytest.Pytester) -> dict[str, list[str]]:
    root = pytester.path / "fixtures"
    return {
        a.name: sorted(p.name for p in (a / "__snapshots__" / "copies").glob("*.txt"))
        for a in sorted(root.iterdir())
        if (a / "__snapshots__").is_dir()
    }


def two_recorded_articles(pytester: pytest.Pytester) -> dict[str, list[str]]:
    add_article(pytester.path, "bus", {"clean": ORIGINAL, "reflowed": ORIGINAL.replace("\n", "\n\n")})
    add_article(pytester.path, "trams", {"clean": ORIGINAL, "footer": FOOTER_COPY})
    pytester.runpytest_subprocess(*QUIET, "--snapshot-update").assert_outcomes(passed=3, failed=1)
    recorded = recorded_snapshots(pytester)
    assert recorded == {"bus": ["clean.txt", "reflowed.txt"], "trams": ["clean.txt", "footer.txt"]}
    return recorded


def test_a_broken_article_toml_loses_no_snapshot_and_the_others_still_run(pytester: pytest.Pytester) -> None:
    recorded = two_recorded_articles(pytester)
    toml = pytester.path / "fixtures" / "bus" / "article.toml"
    toml.write_text("[copies.clean]\nverdit = 'pass'\n", encoding="utf-8")
    plain = pytester.runpytest_subprocess(*QUIET)
    plain.assert_outcomes(passed=1, failed=2)  # bus's error item, trams/footer; trams/clean runs
    plain.stdout.fnmatch_lines(
        ["*FAILED fixtures/bus/original.txt::article.toml - fixtures/bus/article.toml*"]
    )
    assert "--snapshot-update" not in plain.stdout.str() and "unused" not in plain.stdout.str()
    updated = pytester.runpytest_subprocess(*QUIET, "--snapshot-update")
    updated.assert_outcomes(passed=1, failed=2)
    assert recorded_snapshots(pytester) == recorded


def test_stopping_early_or_selecting_loses_no_snapshot(pytester: pytest.Pytester) -> None:
    recorded = two_recorded_articles(pytester)
    (pytester.path / "fixtures" / "bus" / "copies" / "clean.txt").write_text(FOOTER_COPY, encoding="utf-8")
    for args in (("-x", "-p", "no:randomly"), ("-k", "trams"), ("fixtures/trams",), ("--collect-only",)):
        result = pytester.runpytest_subprocess(*QUIET, "--snapshot-update", *args)
        assert "deleted" not in result.stdout.str(), args
        assert recorded_snapshots(pytester) == recorded, args
    collected_only = pytester.runpytest_subprocess(*QUIET, "--collect-only", "-q")
    assert collected_only.ret == 0 and "unused" not in collected_only.stdout.str()


# --- node ids can be pasted back (issue 15, point 6) -------------------------------------------------


def test_a_printed_node_id_selects_exactly_that_item(pytester: pytest.Pytester) -> None:
    add_article(pytester.path, "trams", {"clean": ORIGINAL, "footer": FOOTER_COPY})
    add_article(pytester.path, "wire/ferry", {"clean": ORIGINAL})
    failed = pytester.runpytest(*NO_SNAPSHOTS)
    failed.assert_outcomes(passed=2, failed=1)
    line = next(line for line in failed.stdout.lines if line.startswith("FAILED "))
    node_id = line.split()[1]
    assert node_id == "fixtures/trams/original.txt::footer"
    again = pytester.runpytest("-v", node_id, *NO_SNAPSHOTS)
    again.assert_outcomes(failed=1)
    again.stdout.fnmatch_lines([f"{node_id} FAILED*"])
    one_article = pytester.runpytest("--collect-only", "-q", "fixtures/wire/ferry", *NO_SNAPSHOTS)
    assert collected(one_article) == ["fixtures/wire/ferry/original.txt::clean"]


def test_last_failed_reruns_the_failed_copy(pytester: pytest.Pytester) -> None:
    add_article(pytester.path, "trams", {"clean": ORIGINAL, "footer": FOOTER_COPY})
    add_article(pytester.path, "bus", {"clean": ORIGINAL})
    pytester.runpytest("-p", "no:syrupy", "-p", "no:hypothesispytest").assert_outcomes(passed=2, failed=1)
    rerun = pytester.runpytest("--lf", "-v", "-p", "no:syrupy", "-p", "no:hypothesispytest")
    rerun.assert_outcomes(failed=1)
    rerun.stdout.fnmatch_lines(["fixtures/trams/original.txt::footer FAILED*"])


# --- the README's example ---------------------------------------------------------------------

README = Path(__file__).resolve().parent.parent / "README.md"


def readme_example() -> tuple[dict[str, str], list[str]]:
    """The files (a code block whose first line is ``# <path>``) and shell blocks of the README's
    "Guard your own pipeline" section, in order."""
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Guard your own pipeline\n", 1)[1].split("\n## ", 1)[0]
    files: dict[str, str] = {}
    shell: list[str] = []
    for lang, body in re.findall(r"```(\w+)\n(.*?)```", section, re.DOTALL):
        if lang in ("python", "toml"):
            first = body.split("\n", 1)[0]
            assert first.startswith("# "), f"a {lang} block must start with '# <its path>': {first!r}"
            files[first[2:].strip()] = body
        elif lang == "sh":
            shell.append(body)
    return files, shell


def test_the_readme_example_runs_as_documented(pytester: pytest.Pytester) -> None:
    files, shell = readme_example()
    assert sorted(files) == ["pyproject.toml", "syndicate.py", "tests/test_syndicate.py"]
    for name, body in files.items():
        path = pytester.path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
    runs: list[list[str]] = []
    for block in shell:
        lines = block.strip().splitlines()
        if lines[0].startswith("pip install"):
            continue  # textguard[testing] is installed here already
        if all(line.startswith("pytest") for line in lines):
            runs = [line.split()[1:] for line in lines]
            continue
        subprocess.run(["bash", "-e", "-c", block], cwd=pytester.path, check=True)
    assert runs == [["--snapshot-update"], []]
    script = Path(sys.executable).with_name("pytest")  # the command, as a user types it
    command = [str(script)] if script.exists() else [sys.executable, "-m", "pytest"]
    first = pytester.run(*command, *runs[0], "-p", "no:cacheprovider")
    assert first.ret == 0, first.stdout.str()
    first.stdout.fnmatch_lines(["*1 snapshot generated.*", "*3 passed*"])
    assert (pytester.path / "tests" / "__snapshots__" / "test_syndicate").is_dir()
    second = pytester.run(*command, *runs[1], "-p", "no:cacheprovider")
    assert second.ret == 0, second.stdout.str()
    second.stdout.fnmatch_lines(["*1 snapshot passed.*", "*3 passed*"])
