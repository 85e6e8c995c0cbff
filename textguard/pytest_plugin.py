"""textguard's pytest plugin, registered through the ``pytest11`` entry point.

What it adds to a pytest session:

- **A zero-code suite.** Every article folder under the fixtures folder (ini option
  ``textguard_fixtures``, default ``fixtures``; ``--textguard-fixtures PATH``) is collected: one
  item per copy (node id ``fixtures/<article>/original.txt::<copy>``, which can be pasted back;
  headed ``<article>/<copy>`` in failures),
  checked against the copy's entry in ``article.toml`` and against a syrupy snapshot of its
  report. See :mod:`textguard.testing.suite`.
- **Fixtures** for hand-written tests: ``textguard_article`` (parametrized over the fixture
  articles), ``textguard_config``, ``textguard_check`` and ``textguard_snapshot``.
- **Options**: ``--textguard-fail-on``, and the ini options ``textguard_fixtures``,
  ``textguard_collect`` and ``textguard_snapshots``.

Configuration is layered, lowest first: the defaults, ``[tool.textguard]`` of the project's
``pyproject.toml``, an article's ``article.toml``, then the command line.

Thin on purpose: it imports textguard (and syrupy) only when a fixture article is collected or a
fixture is used, so that installing textguard costs nothing in test sessions that do not use it.
Its state lives on ``config.stash`` (:func:`state_of`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from textguard.testing.state import _STATE, TextguardState, state_of
from textguard.testing.state import show_path as _show

if TYPE_CHECKING:
    from syrupy.assertion import SnapshotAssertion

    from textguard.articles.model import ArticleTexts
    from textguard.config import Config
    from textguard.report import Report

__all__ = [
    "TextguardState",
    "state_of",
    "textguard_article",
    "textguard_check",
    "textguard_config",
    "textguard_snapshot",
]

# --- options and session --------------------------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("textguard", "textguard: fixture articles and snapshots of reports")
    group.addoption(
        "--textguard-fixtures",
        metavar="PATH",
        dest="textguard_fixtures",
        default=None,
        help="folder of fixture articles (default: the textguard_fixtures ini option, else ./fixtures)",
    )
    group.addoption(
        "--textguard-fail-on",
        choices=("error", "warning", "info"),
        dest="textguard_fail_on",
        default=None,
        help="lowest severity that fails a copy (error, warning, info), over pyproject.toml and article.toml",
    )
    parser.addini(
        "textguard_fixtures",
        "folder of fixture articles, relative to the ini file (default: fixtures; empty: none)",
        default="fixtures",
    )
    parser.addini(
        "textguard_collect", "collect a test item per fixture copy (default: true)", type="bool", default=True
    )
    parser.addini(
        "textguard_snapshots",
        "compare each fixture copy's report with a syrupy snapshot (default: true)",
        type="bool",
        default=True,
    )


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_STATE] = TextguardState(
        fixtures=_fixtures_folder(config),
        collect=bool(config.getini("textguard_collect")),
        snapshots=bool(config.getini("textguard_snapshots")) and config.pluginmanager.hasplugin("syrupy"),
        fail_on=config.getoption("textguard_fail_on"),
        rootpath=config.rootpath,
    )


def _fixtures_folder(config: pytest.Config) -> Path | None:
    given = config.getoption("textguard_fixtures")
    if given:
        return Path(os.path.abspath(Path(config.invocation_params.dir, given)))
    value = str(config.getini("textguard_fixtures")).strip()
    if not value:
        return None
    base = config.inipath.parent if config.inipath is not None else config.rootpath
    return Path(os.path.abspath(base / value))


def pytest_report_header(config: pytest.Config) -> str | None:
    state = config.stash.get(_STATE, None)
    if state is None or state.fixtures is None or not state.collect or not state.fixtures.is_dir():
        return None
    snapshots = "on" if state.snapshots else "off"
    return f"textguard: fixture articles in {_show(state.fixtures)}, snapshots {snapshots}"


@pytest.hookimpl(tryfirst=True)
def pytest_collection(session: pytest.Session) -> None:
    """Collect the fixtures folder even when ``testpaths`` leaves it out.

    Only when no path was given on the command line (``pytest`` alone runs everything; ``pytest
    tests/test_x.py`` runs that file), and only when no collected path already holds the folder,
    so nothing is collected twice.
    """
    config = session.config
    state = config.stash.get(_STATE, None)
    if state is None or not state.collect or state.fixtures is None or not state.fixtures.is_dir():
        return
    if config.args_source is pytest.Config.ArgsSource.ARGS:
        return
    target = state.fixtures.resolve()
    for arg in config.args:
        path = Path(config.invocation_params.dir, arg.split("::")[0]).resolve()
        if path == target or path in target.parents:
            return
    config.args.append(str(state.fixtures))


@pytest.hookimpl(tryfirst=True)
def pytest_collect_directory(path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    state = parent.config.stash.get(_STATE, None)
    if state is None or not state.collect or state.fixtures is None:
        return None
    if path.name != state.fixtures.name or path.resolve() != state.fixtures.resolve():
        return None
    from textguard.testing.suite import collect_fixtures

    return collect_fixtures(parent, path)


# --- snapshots of fixture copies are never lost -----------------------------------------------------
#
# syrupy looks for unused snapshots where each collected test keeps its snapshots, with the
# extension of the session's assertions or its default one, which takes a fixture article's
# ``__snapshots__/copies/*.txt`` for unknown files: ``pytest --collect-only`` or ``pytest -k other``
# would report them unused and ``--snapshot-update`` delete them. So the fixture items are kept
# out of syrupy's list of collected tests (their assertions still go through syrupy), and the
# extension they assert with never offers the snapshot of an existing copy as unused
# (:meth:`textguard.testing.snapshot.TextguardSnapshotExtension.discover_snapshots`).


def _forget_fixture_items(config: pytest.Config, items: list[pytest.Item]) -> None:
    syrupy = getattr(config, "_syrupy", None)
    suite = sys.modules.get("textguard.testing.suite")  # not imported: no fixture item exists
    if syrupy is None or suite is None:
        return
    ours = [
        i for i in items if isinstance(i, suite.ArticleError) or isinstance(i.parent, suite.FixtureArticle)
    ]
    for name in ("_collected_items", "_selected_items"):  # syrupy's bookkeeping, a dict or a set
        tracked = getattr(syrupy, name, None)
        for item in ours:
            if isinstance(tracked, dict):
                tracked.pop(item.nodeid, None)
            elif isinstance(tracked, set):
                tracked.discard(item)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    _forget_fixture_items(config, items)


@pytest.hookimpl(trylast=True)
def pytest_collection_finish(session: pytest.Session) -> None:
    _forget_fixture_items(session.config, session.items)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "textguard_article" not in metafunc.fixturenames:
        return
    from textguard.errors import TextguardError

    try:
        articles = state_of(metafunc.config).articles()
    except TextguardError as exc:
        pytest.fail(f"textguard_article: {exc}", pytrace=False)
    metafunc.parametrize("textguard_article", articles, ids=[a.name for a in articles], indirect=True)


# --- fixtures -------------------------------------------------------------------------------------


@pytest.fixture
def textguard_article(request: pytest.FixtureRequest) -> ArticleTexts:
    """One fixture article, with its texts read: ``.name``, ``.path``, ``.original`` (the page as
    scraped), ``.body`` (what a faithful copy reproduces), ``.copies`` (name -> text) and
    ``.config``. A test that takes it runs once per article under the fixtures folder."""
    from textguard.articles.model import read_article
    from textguard.errors import TextguardError

    article = getattr(request, "param", None)
    if article is None:
        pytest.fail(
            "textguard_article is parametrized: take it as an argument of the test function", pytrace=False
        )
    state = state_of(request.config)
    try:
        texts = read_article(article, base=state.project_config())
    except TextguardError as exc:
        pytest.fail(str(exc), pytrace=False)
    return replace(texts, config=state.with_command_line(texts.config))


@pytest.fixture
def textguard_config(request: pytest.FixtureRequest) -> Config:
    """The config checks run with: ``[tool.textguard]`` of the project's ``pyproject.toml``, then
    (in a test that takes ``textguard_article``) the article's ``article.toml``, then
    ``--textguard-fail-on``. Override this fixture to change it."""
    from textguard.errors import TextguardError

    if "textguard_article" in request.fixturenames:
        return request.getfixturevalue("textguard_article").config
    try:
        return state_of(request.config).base_config()
    except TextguardError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture
def textguard_check(textguard_config: Config) -> Callable[[str, str], Report]:
    """A callable ``check(original, copy) -> Report`` that uses :func:`textguard_config`."""
    from textguard.api import check

    def run(original: str, copy: str) -> Report:
        return check(original, copy, config=textguard_config)

    return run


@pytest.fixture
def textguard_snapshot(request: pytest.FixtureRequest) -> SnapshotAssertion:
    """syrupy's ``snapshot`` with textguard's extension: ``assert textguard_snapshot == report``
    stores the report as readable text, one finding per line (see :mod:`textguard.testing.snapshot`)."""
    if not request.config.pluginmanager.hasplugin("syrupy"):
        pytest.fail("textguard_snapshot needs syrupy: pip install 'pytest-textguard[testing]'", pytrace=False)
    from textguard.testing.snapshot import TextguardSnapshotExtension

    return request.getfixturevalue("snapshot").use_extension(TextguardSnapshotExtension)
