"""The pytest plugin's state for one session, shared by the plugin's hooks and the fixture suite.

It lives on ``config.stash`` (:func:`state_of`): the settings (fixtures folder, what is collected,
``--textguard-fail-on``) and what is loaded lazily (the project's config, the fixture articles,
recent reports). Both :mod:`textguard.pytest_plugin` and :mod:`textguard.testing.suite` import it;
neither imports the other's internals.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from textguard.articles.model import Article, CopyCase
    from textguard.config import Config
    from textguard.report import Report

__all__ = ["TextguardState", "show_path", "state_of"]

_STATE = pytest.StashKey["TextguardState"]()
#: Reports kept for the items of the same copy (the copy and its known gaps run one after another).
_REPORTS_KEPT = 16


@dataclass(eq=False)
class TextguardState:
    """The plugin's settings for one session, and what it loaded lazily."""

    #: The fixtures folder (absolute), or ``None`` when the ini option is set empty.
    fixtures: Path | None
    #: Collect an item per fixture copy (ini ``textguard_collect``).
    collect: bool
    #: Compare each fixture copy's report with a snapshot (ini ``textguard_snapshots``, and syrupy).
    snapshots: bool
    #: ``--textguard-fail-on``, the last word on the fail-on level.
    fail_on: str | None
    #: Where the project's ``pyproject.toml`` is looked for (and above).
    rootpath: Path
    _project: Config | None = field(default=None, repr=False)
    _articles: list[Article] | None = field(default=None, repr=False)
    _reports: OrderedDict[tuple[str, str], Report] = field(default_factory=OrderedDict, repr=False)

    def project_config(self) -> Config:
        """``[tool.textguard]`` of the nearest ``pyproject.toml`` (read once)."""
        if self._project is None:
            from textguard.config import find_project_config

            self._project = find_project_config(self.rootpath)
        return self._project

    def with_command_line(self, config: Config) -> Config:
        """``config`` with the command line's options on top."""
        from textguard.config import with_fail_on

        return with_fail_on(config, self.fail_on, option="--textguard-fail-on")

    def base_config(self) -> Config:
        """The config of a check that belongs to no article: the project's, then the command line."""
        return self.with_command_line(self.project_config())

    def articles(self) -> list[Article]:
        """Every fixture article, sorted by name (loaded once)."""
        if self._articles is None:
            from textguard.articles.model import find_articles
            from textguard.errors import FixtureError

            if self.fixtures is None or not self.fixtures.is_dir():
                where = "(none)" if self.fixtures is None else show_path(self.fixtures)
                raise FixtureError(
                    f"no fixtures folder {where}: set the textguard_fixtures ini option or --textguard-fixtures"
                )
            self._articles = find_articles(self.fixtures)
        return self._articles

    def article_config(self, article: Article) -> Config:
        """The config ``article``'s copies are checked with: project, ``article.toml``, command line."""
        return self.with_command_line(article.config(self.project_config()))

    def report_for(self, article: Article, case: CopyCase) -> Report:
        """The report of ``case`` (a copy of ``article``) with the article's config."""
        key = (str(article.path), case.name)
        if key not in self._reports:
            from textguard.api import check_files
            from textguard.text.reading import require_original_text

            report = check_files(article.original_path, case.path, config=self.article_config(article))
            require_original_text(report.original_text, name=str(article.original_path))
            self._reports[key] = report
            while len(self._reports) > _REPORTS_KEPT:
                self._reports.popitem(last=False)
        return self._reports[key]


def state_of(config: pytest.Config) -> TextguardState:
    """The plugin's state for this session (set up in ``pytest_configure``)."""
    return config.stash[_STATE]


def show_path(path: Path) -> str:
    """``path`` relative to the working directory where it can be, for messages."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)
