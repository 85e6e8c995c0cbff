"""Project configuration: ``[tool.textguard]`` of the nearest ``pyproject.toml``."""

from __future__ import annotations

from pathlib import Path

import pytest

from textguard.config import Config, find_project_config, find_pyproject
from textguard.errors import ConfigError
from textguard.findings import Severity


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_nearest_pyproject_wins(tmp_path: Path) -> None:
    outer = write(tmp_path / "pyproject.toml", '[tool.textguard]\nfail_on = "warning"\n')
    inner = write(tmp_path / "pkg" / "pyproject.toml", '[project]\nname = "pkg"\n')
    (tmp_path / "pkg" / "fixtures" / "a").mkdir(parents=True)
    assert find_pyproject(tmp_path / "pkg" / "fixtures" / "a") == inner
    assert find_pyproject(tmp_path / "other") == outer  # a folder that does not exist yet
    # The nearest file marks the project, even without a [tool.textguard] table of its own.
    assert find_project_config(tmp_path / "pkg" / "fixtures") == Config()
    assert find_project_config(tmp_path).fail_on is Severity.WARNING


def test_a_file_starts_the_search_in_its_folder(tmp_path: Path) -> None:
    project = write(tmp_path / "pyproject.toml", "[tool.textguard]\ndisabled = ['content-added']\n")
    article = write(tmp_path / "fixtures" / "a" / "original.txt", "Text.\n")
    assert find_pyproject(article) == project
    assert find_project_config(article).disabled == {"content-added"}


def test_no_pyproject_gives_the_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Path, "is_file", lambda self: False)  # nothing above tmp_path either
    assert find_pyproject(tmp_path) is None
    assert find_project_config(tmp_path) == Config()


def test_every_setting_is_read(tmp_path: Path) -> None:
    write(
        tmp_path / "pyproject.toml",
        """
[tool.textguard]
fail-on = "warning"
disabled = ["content-added"]
severities = { "paragraph-missing" = "warning" }
match_threshold = 70
truncation_tolerance = 0.1
footer_patterns = ["^More from Example News"]
credit_patterns = ["^Example Wire/[A-Z][a-z]+"]
""",
    )
    config = find_project_config(tmp_path)
    assert config.fail_on is Severity.WARNING
    assert config.severities == {"paragraph-missing": Severity.WARNING}
    assert (config.match_threshold, config.truncation_tolerance) == (70.0, 0.1)
    assert config.footer_patterns == ("^More from Example News",)
    assert config.credit_patterns == ("^Example Wire/[A-Z][a-z]+",)


@pytest.mark.parametrize(
    ("table", "needle"),
    [
        ('fail_onn = "warning"', "unknown key 'fail_onn'; known keys are body_ends_with"),
        ('disabled = ["content-add"]', "unknown finding kind 'content-add'"),
        ("match_threshold = 120", "match_threshold must be between 0 and 100"),
        ('footer_patterns = ["(unclosed"]', "footer_patterns: invalid regular expression '(unclosed'"),
    ],
    ids=["unknown-key", "unknown-kind", "out-of-range", "bad-regex"],
)
def test_errors_name_the_file_and_the_key(tmp_path: Path, table: str, needle: str) -> None:
    path = write(tmp_path / "pyproject.toml", f"[tool.textguard]\n{table}\n")
    with pytest.raises(ConfigError) as exc:
        find_project_config(tmp_path)
    message = str(exc.value)
    assert message.startswith(f"{path} [tool.textguard]: ") and needle in message
    assert "\n" not in message
