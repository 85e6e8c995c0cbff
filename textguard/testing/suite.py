"""The zero-code suite: every copy of every fixture article is a pytest test item.

The pytest plugin (:mod:`textguard.pytest_plugin`) hands the fixtures folder to
:class:`FixtureFolder` and imports this module only then. The collection tree mirrors the folders::

    FixtureFolder  fixtures/                                   (a pytest.Directory)
      ArticleFolder  fixtures/skerrin-ferry-fares                (a pytest.Directory)
        FixtureArticle  fixtures/skerrin-ferry-fares/original.txt  (a pytest.Module, synthetic)
          FixtureCopy  fixtures/skerrin-ferry-fares/original.txt::clean    (a pytest.Function)
          FixtureGap   .../original.txt::round-trip[expect-4]            (strict xfail)
          ArticleError .../original.txt::article.toml   (a broken article.toml: one error item)

The article is a file node (its ``original.txt``), so that the node id pytest prints can be pasted
back (``pytest fixtures/x/original.txt::clean``: a directory argument cannot carry ``::`` parts),
and the folder above it lets ``pytest fixtures/x`` run one article.

Why these node types: syrupy tracks snapshots only for ``pytest.Function`` items, and a function
item gets fixtures (``request``, ``snapshot``, the user's autouse fixtures) the normal way. Its
parent is a ``pytest.Module`` so that module-scoped fixtures work too; the module object is an
empty synthetic module, nothing is imported from the fixtures folder.

A copy item checks the copy with the article's config, compares the report with the copy's entry
in ``article.toml`` (verdict, default ``pass``; ``max_severity``; ``expect``; ``forbid``) and
with its snapshot, and reports every problem at once, each finding shown in both texts. An
``expect`` entry with ``xfail`` is a known gap: it becomes an item of its own, marked
``xfail(strict=True)``, so that the copy item stays green while the gap is open and the day a
check starts finding it the suite says so. Snapshots live next to the article:
``fixtures/<article>/__snapshots__/copies/<copy>.txt``.
"""

from __future__ import annotations

import contextlib
import os
import types
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from ..articles.model import (
    COPIES_DIR,
    ORIGINAL_NAME,
    TOML_NAME,
    Article,
    CopyCase,
    Expectation,
    is_article_dir,
    load_article,
    unmet_expectations,
)
from ..errors import FixtureError, TextguardError
from ..report import Report
from .assertions import format_findings

if TYPE_CHECKING:
    from .state import TextguardState

__all__ = [
    "ArticleError",
    "ArticleFolder",
    "CopyFailed",
    "FixtureArticle",
    "FixtureCopy",
    "FixtureFolder",
    "FixtureGap",
    "check_fixture_copy",
    "check_fixture_gap",
    "collect_fixtures",
]

_SKIPPED_FOLDERS = frozenset({"__pycache__", "__snapshots__", COPIES_DIR})


class CopyFailed(AssertionError):
    """A fixture copy disagrees with its expectations or its snapshot; the message says how."""


def collect_fixtures(parent: pytest.Collector, path: Path) -> pytest.Collector:
    """The collector for the fixtures folder ``path``: an article folder, or a folder of them."""
    if is_article_dir(path):
        return ArticleFolder.from_parent(parent, path=path)
    return FixtureFolder.from_parent(parent, path=path)


def _state(config: pytest.Config) -> TextguardState:
    from .state import state_of

    return state_of(config)


def _show(config: pytest.Config, path: Path | str) -> str:
    """``path`` relative to where pytest was started, as pytest shows paths."""
    try:
        return os.path.relpath(path, config.invocation_params.dir)
    except ValueError:  # another drive (Windows)
        return str(path)


class FixtureFolder(pytest.Directory):
    """A folder of fixture articles (at any depth): yields one collector per article folder and
    one per sub-folder that holds articles, so that ``pytest fixtures/wire`` selects as expected."""

    def collect(self) -> Iterator[pytest.Collector]:
        if not isinstance(self.parent, FixtureFolder):
            try:
                _state(self.config).project_config()  # a bad [tool.textguard] is one error, here
            except TextguardError as exc:
                raise self.CollectError(str(exc)) from None
        ihook = self.ihook
        for child in sorted(self.path.iterdir()):
            if child.name.startswith(".") or child.name in _SKIPPED_FOLDERS or not child.is_dir():
                continue
            if not self.session.isinitpath(child, with_parents=True) and ihook.pytest_ignore_collect(
                collection_path=child, config=self.config
            ):
                continue
            if is_article_dir(child) or (child / COPIES_DIR).is_dir():
                yield ArticleFolder.from_parent(self, path=child)
            elif _holds_articles(child):
                yield FixtureFolder.from_parent(self, path=child)


def _holds_articles(folder: Path) -> bool:
    from ..articles.model import find_article_folders

    return bool(find_article_folders(folder, orphans=True))


class ArticleFolder(pytest.Directory):
    """An article folder: holds the article's file node, so that ``pytest fixtures/x`` selects it."""

    def collect(self) -> Iterator[pytest.Collector]:
        yield FixtureArticle.from_parent(self, path=self.path / ORIGINAL_NAME)


class FixtureArticle(pytest.Module):
    """One article, the node of its ``original.txt``: yields a :class:`FixtureCopy` per copy and a
    :class:`FixtureGap` per known gap. A malformed ``article.toml`` (or copies without an original)
    is one :class:`ArticleError` item naming the file and the key, so the other articles still run
    and no snapshot is lost."""

    @property
    def folder(self) -> Path:
        return self.path.parent

    def _getobj(self) -> types.ModuleType:
        # A Module parent gives the items module-scoped fixtures; nothing is imported.
        module = types.ModuleType(f"textguard_fixtures.{self.article_name}")
        module.__file__ = str(self.folder / "article.toml")
        return module

    @property
    def article_name(self) -> str:
        """The folder's path below the fixtures folder (``wire/ferry-fares``), as corpus names it."""
        root: pytest.Collector = self.parent  # type: ignore[assignment]
        while isinstance(root.parent, FixtureFolder):
            root = root.parent
        if root.path == self.folder:
            return self.folder.name
        return self.folder.relative_to(root.path).as_posix()

    def collect(self) -> Iterator[pytest.Item]:
        if not is_article_dir(self.folder):
            message = f"{_show(self.config, self.folder)}: has copies/ but no original.txt"
            yield ArticleError.from_parent(self, name=COPIES_DIR, message=message)
            return
        try:
            article = load_article(self.folder, name=self.article_name)
        except TextguardError as exc:
            yield ArticleError.from_parent(self, name=TOML_NAME, message=self.relative(str(exc)))
            return
        for case in article.copies:
            yield FixtureCopy.from_parent(self, name=case.name, article=article, case=case)
            for index, expected in enumerate(case.expect):
                if expected.xfail is not None:
                    yield FixtureGap.from_parent(
                        self,
                        name=f"{case.name}[expect-{index}]",
                        article=article,
                        case=case,
                        expected=expected,
                    )

    def relative(self, message: str) -> str:
        """``message`` with this article's absolute folder shown relative to the invocation dir."""
        return message.replace(str(self.folder), _show(self.config, self.folder))


class ArticleError(pytest.Item):
    """An article that cannot be loaded (a malformed ``article.toml``, copies without an original):
    one failing item that says why, instead of a collection error that would stop the session."""

    def __init__(self, *, message: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.message = message

    def runtest(self) -> None:
        raise FixtureError(self.message)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, FixtureError):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"{self.parent.article_name}/{self.name}"  # type: ignore[union-attr]


class _FixtureItem(pytest.Function):
    """What copy and gap items share: their article, copy, report and place in reports."""

    def __init__(self, *, article: Article, case: CopyCase, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.article = article
        self.case = case
        # syrupy files a test's snapshots under <item.path.parent>/__snapshots__/<item.path.stem>/,
        # so this puts them in fixtures/<article>/__snapshots__/copies/<copy>.txt.
        self.path = article.path / COPIES_DIR
        self.extra_keyword_matches.add(article.case_id(case))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.article.path, None, self.headline

    @property
    def headline(self) -> str:
        return self.article.case_id(self.case)

    def report(self) -> Report:
        """The copy's report with the article's config and the command line's overrides."""
        return _state(self.config).report_for(self.article, self.case)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, CopyFailed | TextguardError):
            return self.parent.relative(str(excinfo.value))  # type: ignore[union-attr]
        return super().repr_failure(excinfo, style=style)


class FixtureCopy(_FixtureItem):
    """One copy: checked against ``article.toml`` and against its snapshot."""

    @classmethod
    def from_parent(  # type: ignore[override]
        cls, parent: FixtureArticle, *, name: str, article: Article, case: CopyCase
    ) -> FixtureCopy:
        return super().from_parent(parent, name=name, callobj=check_fixture_copy, article=article, case=case)


class FixtureGap(_FixtureItem):
    """A known gap (an ``expect`` entry with ``xfail``): a strict xfail until the check finds it."""

    def __init__(self, *, expected: Expectation, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.expected = expected
        reason = self.parent.relative(f"{expected.where}: {expected.describe()}: {expected.xfail}")  # type: ignore[union-attr]
        self.add_marker(pytest.mark.xfail(reason=reason, strict=True, raises=CopyFailed))

    @classmethod
    def from_parent(  # type: ignore[override]
        cls, parent: FixtureArticle, *, name: str, article: Article, case: CopyCase, expected: Expectation
    ) -> FixtureGap:
        return super().from_parent(
            parent, name=name, callobj=check_fixture_gap, article=article, case=case, expected=expected
        )

    @property
    def headline(self) -> str:
        index = self.name.rsplit("[", 1)[-1].rstrip("]")
        return f"{self.article.case_id(self.case)} [{index}]"


def check_fixture_copy(request: pytest.FixtureRequest) -> None:
    """The test of one fixture copy: its expectations in ``article.toml`` and its snapshot."""
    __tracebackhide__ = True
    item = request.node
    assert isinstance(item, FixtureCopy)
    state = _state(item.config)
    report = item.report()
    problems: list[str] = []
    for mismatch in unmet_expectations(item.case, report, default_verdict="pass"):
        block = mismatch.message
        if mismatch.findings:
            block += "\n" + format_findings(mismatch.findings, report)
        problems.append(block)
    if state.snapshots:
        snapshot_problem = _compare_snapshot(request, report, item)
        if snapshot_problem:
            problems.append(snapshot_problem)
    if problems:
        n = len(problems)
        head = [
            f"{item.headline}: {n} problem{'s' if n != 1 else ''}",
            f"  copy     {_show(item.config, item.case.path)}",
            f"  original {_show(item.config, item.article.original_path)}",
        ]
        raise CopyFailed("\n".join(head) + "\n\n" + "\n\n".join(problems))


def check_fixture_gap(request: pytest.FixtureRequest) -> None:
    """The test of one known gap: fails (xfail) while the expected finding is not reported."""
    __tracebackhide__ = True
    item = request.node
    assert isinstance(item, FixtureGap)
    report = item.report()
    if not any(item.expected.matches(f) for f in report.findings):
        raise CopyFailed(f"{item.expected.where}: {item.expected.describe()} is not reported yet")


def _compare_snapshot(request: pytest.FixtureRequest, report: Report, item: FixtureCopy) -> str | None:
    """Compare ``report`` with the copy's snapshot (or record it); a message when they differ."""
    snapshot = _snapshot_assertion(item)
    # The snapshot keeps the article's own fail-on level, so that --textguard-fail-on changes
    # verdicts (checked above) without making every snapshot differ.
    as_configured = replace(report, fail_on=item.article.config(_state(item.config).project_config()).fail_on)
    if snapshot == as_configured:
        return None
    location = _show(
        item.config, snapshot.extension.get_location(test_location=snapshot.test_location, index=0)
    )
    result = snapshot.executions[snapshot.num_executions - 1]
    if result.exception is None and result.recalled_data is None:
        return f"no snapshot {location} yet: run pytest --snapshot-update to record it"
    with _syrupy_colors(item.config):
        diff = snapshot.get_assert_diff()
    lines = "\n".join(f"  {line}" for line in diff)
    return f"snapshot {location} differs (- recorded, + now; pytest --snapshot-update accepts it):\n{lines}"


def _snapshot_assertion(item: FixtureCopy) -> Any:
    """syrupy's assertion with textguard's extension, made as syrupy's ``snapshot`` fixture makes
    its own but without that fixture: the fixture registers an assertion with the default
    extension too, whose discovery would take the article's other snapshots for unknown files
    and offer them for deletion (see :mod:`textguard.pytest_plugin`)."""
    from dataclasses import fields

    from syrupy.assertion import SnapshotAssertion
    from syrupy.location import PyTestLocation

    from .snapshot import TextguardSnapshotExtension

    option = item.config.option
    known = {f.name for f in fields(SnapshotAssertion)}
    settings: dict[str, Any] = {"update_snapshots": option.update_snapshots}
    if "update_new_snapshots_only" in known:
        settings["update_new_snapshots_only"] = getattr(option, "update_new_snapshots_only", False)
    return SnapshotAssertion(
        extension_class=TextguardSnapshotExtension,
        test_location=PyTestLocation(item),
        session=item.config._syrupy,  # type: ignore[attr-defined]  # as syrupy's own fixture does
        **settings,
    )


def _syrupy_colors(config: pytest.Config) -> contextlib.AbstractContextManager[None]:
    if getattr(config.option, "no_colors", True):
        from syrupy.terminal import disable_color

        return disable_color()
    return contextlib.nullcontext()
