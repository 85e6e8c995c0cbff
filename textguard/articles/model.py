"""Fixture articles: an original, its copies, and what a check must say about each copy.

A fixture article is a folder with ``original.txt``, ``copies/*.txt`` and an optional
``article.toml`` that records where the text came from and, per copy, the expected verdict and
findings. Keeping expectations next to the texts (rather than in test code) lets the pytest plugin,
the CLI's ``scan`` and our own regression suite read the same labelled data, and lets anyone add an
article without writing Python. See ``fixtures/README.md`` for the schema.

Loading is strict on purpose: a misspelt key in a TOML file would otherwise silently turn an
expectation into a no-op, so unknown keys, wrong types, unknown kinds and severities raise
:class:`~textguard.errors.FixtureError` with a one-line message naming the file and the key.
Loading reads only ``article.toml``; the texts are read on demand by :meth:`Article.read_original`
and :meth:`CopyCase.read`.

>>> Expectation(kind="inline-credit", copy="EPA").describe()
"inline-credit, copy containing 'EPA'"
"""

from __future__ import annotations

import datetime as _dt
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

from ..config import Config, Layer, layer_config
from ..errors import ConfigError, FixtureError
from ..findings import Finding, Severity
from ..registry import kind_names

if TYPE_CHECKING:
    from ..report import Report

__all__ = [
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

ExpectedVerdict = Literal["pass", "fail"]

ORIGINAL_NAME = "original.txt"
COPIES_DIR = "copies"
TOML_NAME = "article.toml"

_ARTICLE_KEYS = ("title", "source", "retrieved", "license", "notes")
_BODY_KEYS = ("starts_with", "ends_with")
_COPY_KEYS = ("description", "verdict", "max_severity", "expect", "forbid")
_EXPECT_KEYS = ("kind", "copy", "original", "severity", "xfail")
_FORBID_KEYS = ("kind", "copy", "original", "severity")
_TOP_KEYS = ("article", "body", "config", "copies")
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


@dataclass(frozen=True, slots=True, kw_only=True)
class Expectation:
    """A finding that must (``expect``) or must not (``forbid``) be reported for a copy.

    Every given field narrows the match: ``copy`` and ``original`` are substrings of the finding's
    span texts, so an expectation survives a detector that widens its span a little. Runs of
    whitespace compare equal to one space, because a hard-wrapped text breaks a name across lines.
    ``xfail`` marks a known gap: the plugin runs it as a strict xfail, so a check that starts to
    find it is noticed. ``where`` names the TOML entry, for failure messages.
    """

    kind: str
    copy: str | None = None
    original: str | None = None
    severity: Severity | None = None
    xfail: str | None = None
    where: str = field(default="", compare=False)

    def matches(self, finding: Finding) -> bool:
        """Whether ``finding`` is one this expectation describes."""
        if finding.kind != self.kind:
            return False
        if self.severity is not None and finding.severity != self.severity:
            return False
        if self.copy is not None and (
            finding.copy is None or _squash(self.copy) not in _squash(finding.copy.text)
        ):
            return False
        if self.original is not None and (
            finding.original is None or _squash(self.original) not in _squash(finding.original.text)
        ):
            return False
        return True

    def describe(self) -> str:
        """A short human description, for failure messages and test ids."""
        parts = [self.kind]
        if self.severity is not None:
            parts.append(f"severity {self.severity.value}")
        if self.copy is not None:
            parts.append(f"copy containing {self.copy!r}")
        if self.original is not None:
            parts.append(f"original containing {self.original!r}")
        return ", ".join(parts)


@dataclass(frozen=True, slots=True, kw_only=True)
class CopyCase:
    """One copy of an article and what a check must say about it.

    ``verdict`` and ``max_severity`` are ``None`` when the fixture does not pin them.
    """

    name: str
    path: Path
    description: str = ""
    verdict: ExpectedVerdict | None = None
    max_severity: Severity | None = None
    expect: tuple[Expectation, ...] = ()
    forbid: tuple[Expectation, ...] = ()

    def read(self) -> str:
        """The copy's text, read as the CLI reads it (UTF-8, BOM dropped, line endings kept)."""
        from ..text.reading import read_text

        return read_text(self.path)


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """A fixture article folder: the original, its copies (sorted by name) and their labels."""

    name: str
    path: Path
    original_path: Path
    copies: tuple[CopyCase, ...] = ()
    title: str = ""
    source: str | None = None
    notes: str | None = None
    retrieved: str | None = None
    license: str | None = None
    body_starts_with: str | None = None
    body_ends_with: str | None = None
    #: The raw ``[config]`` table, applied by :meth:`config` (validated when the article is loaded).
    config_overrides: dict[str, Any] = field(default_factory=dict, hash=False)

    @property
    def toml_path(self) -> Path:
        return self.path / TOML_NAME

    def config_layers(self) -> tuple[Layer, Layer]:
        """This article's settings as layers (:func:`textguard.config.layer_config`): the
        ``[body]`` pins first, so that an explicit ``[config]`` key has the last word."""
        body: dict[str, Any] = {}
        if self.body_starts_with is not None:
            body["body_starts_with"] = self.body_starts_with
        if self.body_ends_with is not None:
            body["body_ends_with"] = self.body_ends_with
        return (f"{self.toml_path} [body]", body), (f"{self.toml_path} [config]", self.config_overrides)

    def config(self, base: Config | None = None) -> Config:
        """``base`` (default: ``Config()``) with this article's ``[body]`` and ``[config]`` applied."""
        return layer_config(base, *self.config_layers())

    def get_copy(self, name: str) -> CopyCase:
        """The copy called ``name`` (its file stem); ``KeyError`` lists the copies there are."""
        for case in self.copies:
            if case.name == name:
                return case
        names = ", ".join(c.name for c in self.copies) or "none"
        raise KeyError(f"article {self.name!r} has no copy {name!r} (copies: {names})")

    def case_id(self, case: CopyCase) -> str:
        """A readable test id such as ``harbour-trams/round-trip``."""
        return f"{self.name}/{case.name}"

    def read_original(self) -> str:
        """The original's text, read as the CLI reads it."""
        from ..text.reading import read_text

        return read_text(self.original_path)


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleTexts:
    """A fixture article with its texts read and its config resolved: what the pytest fixture
    ``textguard_article`` gives a test.

    ``original`` is the page as scraped, ``body`` the part of it a faithful copy reproduces (pinned
    by ``[body]`` or detected), ``copies`` maps each copy's name to its text (sorted by name), and
    ``config`` is the config the article's copies are checked with.
    """

    name: str
    path: Path
    original: str = field(repr=False)
    body: str = field(repr=False)
    copies: Mapping[str, str] = field(repr=False, hash=False)
    config: Config = field(repr=False, hash=False)
    article: Article = field(repr=False)


def read_article(article: Article, *, base: Config | None = None) -> ArticleTexts:
    """Read ``article``'s texts and resolve its config on top of ``base`` (default: ``Config()``)."""
    from ..api import analyse_original

    config = article.config(base)
    original = article.read_original()
    body = analyse_original(original, config=config).body
    return ArticleTexts(
        name=article.name,
        path=article.path,
        original=original,
        body=original[body.start : body.end],
        copies=MappingProxyType({case.name: case.read() for case in article.copies}),
        config=config,
        article=article,
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Mismatch:
    """One way a report disagrees with what ``article.toml`` says about a copy.

    ``what`` is the kind of expectation (``verdict``, ``max_severity``, ``expect``, ``forbid``; or
    ``gap-closed``, an ``expect`` marked ``xfail`` that is reported now),
    ``message`` one line that names the TOML entry, and ``findings`` the findings that show the
    problem (the ones that fail the copy, those above the ceiling, the forbidden ones), so that a
    failure message can show each of them in both texts.
    """

    what: Literal["verdict", "max_severity", "expect", "forbid", "gap-closed"]
    message: str
    findings: tuple[Finding, ...] = ()


def unmet_expectations(
    case: CopyCase, report: Report, *, default_verdict: ExpectedVerdict | None = None
) -> list[Mismatch]:
    """Every way ``report`` disagrees with ``case``'s expectations, in a stable order: the verdict,
    the severity ceiling, then each ``expect`` and ``forbid`` entry as listed.

    ``default_verdict`` applies when the fixture pins no verdict: the pytest plugin passes
    ``"pass"``, so that a copy nobody has labelled yet must pass. Expectations marked ``xfail``
    are left out: they are known gaps, which the plugin runs as strict xfails of their own.
    """
    out: list[Mismatch] = []
    verdict = case.verdict or default_verdict
    if verdict is not None and report.verdict != verdict:
        source = (
            f"copies.{_key(case.name)}.verdict"
            if case.verdict is not None
            else "no verdict recorded in article.toml, so the copy must pass"
        )
        if report.verdict == "fail":
            failing = tuple(f for f in report.findings if f.severity.rank >= report.fail_on.rank)
            n = len(failing)
            message = (
                f"verdict fail, expected pass ({source}): {n} finding{'s' if n != 1 else ''} "
                f"at or above {report.fail_on.value}"
            )
            out.append(Mismatch(what="verdict", message=message, findings=failing))
        else:
            message = f"verdict pass, expected fail ({source}): no finding at or above {report.fail_on.value}"
            out.append(Mismatch(what="verdict", message=message))
    if case.max_severity is not None:
        above = tuple(f for f in report.findings if f.severity.rank > case.max_severity.rank)
        if above:
            n = len(above)
            message = (
                f"copies.{_key(case.name)}.max_severity = {case.max_severity.value!r}: "
                f"{n} finding{'s' if n != 1 else ''} above it"
            )
            out.append(Mismatch(what="max_severity", message=message, findings=above))
    for expected in case.expect:
        if expected.xfail is None and not any(expected.matches(f) for f in report.findings):
            same_kind = tuple(f for f in report.findings if f.kind == expected.kind)
            message = f"{expected.where}: expected {expected.describe()}, not reported" + (
                f" ({len(same_kind)} other {expected.kind} finding{'s' if len(same_kind) != 1 else ''})"
                if same_kind
                else ""
            )
            out.append(Mismatch(what="expect", message=message, findings=same_kind))
    for forbidden in case.forbid:
        hits = tuple(f for f in report.findings if forbidden.matches(f))
        if hits:
            message = f"{forbidden.where}: {forbidden.describe()} must not be reported, but was"
            out.append(Mismatch(what="forbid", message=message, findings=hits))
    return out


def closed_gaps(case: CopyCase, report: Report) -> list[Mismatch]:
    """The known gaps of ``case`` (``expect`` entries with ``xfail``) that ``report`` now finds.

    The pytest plugin runs each gap as a strict xfail, which fails the day the check finds it;
    ``textguard scan`` reports the same thing with this, so both gates agree.
    """
    out = []
    for expected in case.expect:
        if expected.xfail is None:
            continue
        hits = tuple(f for f in report.findings if expected.matches(f))
        if hits:
            message = (
                f"{expected.where}: {expected.describe()} is reported now: "
                "remove its xfail (a known gap closed)"
            )
            out.append(Mismatch(what="gap-closed", message=message, findings=hits))
    return out


def gate_mismatches(case: CopyCase, report: Report) -> list[Mismatch]:
    """Every way ``report`` disagrees with ``case`` as the pytest plugin judges it: the
    expectations (a copy with no recorded verdict must pass) and the known gaps now closed."""
    return unmet_expectations(case, report, default_verdict="pass") + closed_gaps(case, report)


def _key(name: str) -> str:
    """``name`` as a TOML key: bare when it can be, else quoted."""
    return name if _BARE_KEY.fullmatch(name) else '"' + name.replace('"', '\\"') + '"'


def _squash(text: str) -> str:
    """``text`` with every run of whitespace (line breaks included) turned into one space."""
    return " ".join(text.split())


def is_article_dir(path: str | Path) -> bool:
    """Whether ``path`` is a fixture article folder, i.e. holds an ``original.txt`` file."""
    return (Path(path) / ORIGINAL_NAME).is_file()


def load_article(path: str | Path, *, name: str | None = None) -> Article:
    """Load the article folder ``path``; ``name`` defaults to the folder's name.

    Without ``article.toml`` every copy gets defaults (no verdict, no expectations).
    """
    folder = Path(path)
    if not is_article_dir(folder):
        raise FixtureError(f"{folder}: not an article folder (it needs an {ORIGINAL_NAME} file)")
    toml_path = folder / TOML_NAME
    data = _read_toml(toml_path) if toml_path.is_file() else {}
    name = name or folder.name or folder.resolve().name  # Path(".") has no name of its own
    return _build_article(folder, name, data, _Where(str(toml_path)))


def find_articles(root: str | Path) -> list[Article]:
    """Every article under ``root``, sorted by name.

    ``root`` is one article folder, or a folder whose subfolders (at any depth) are article
    folders; their names are then their paths relative to ``root`` (``harbour-trams``,
    ``wire/ferry-fares``). Hidden folders and ``__pycache__`` are skipped.
    """
    base = Path(root)
    if not base.exists():
        raise FixtureError(f"{base}: no such folder")
    if not base.is_dir():
        raise FixtureError(f"{base}: not a folder (give an article folder or a folder of them)")
    found = [load_article(folder, name=name) for folder, name in find_article_folders(base)]
    if not found:
        raise FixtureError(f"{base}: no article folders found (an article folder holds {ORIGINAL_NAME})")
    return found


def find_article_folders(root: Path, *, orphans: bool = False) -> list[tuple[Path, str]]:
    """The article folders at or below ``root`` with their names, sorted by name.

    ``root`` itself when it is an article folder, else the folders below it (not searching inside
    article folders), named by their path relative to ``root``. With ``orphans``, a folder that
    has ``copies/`` but no ``original.txt`` counts too, so that a caller can report it. Hidden
    folders and ``__pycache__`` are skipped, and symlink loops are cut.
    """

    def is_article(folder: Path) -> bool:
        return is_article_dir(folder) or (orphans and (folder / COPIES_DIR).is_dir())

    if is_article(root):
        return [(root, root.name or root.resolve().name)]
    found: list[tuple[Path, str]] = []
    seen: set[tuple[int, int]] = set()

    def walk(folder: Path) -> None:
        try:
            info = folder.stat()
            children = sorted(folder.iterdir())
        except OSError:
            return
        if (info.st_dev, info.st_ino) in seen:
            return
        seen.add((info.st_dev, info.st_ino))
        for child in children:
            if child.name.startswith(".") or child.name == "__pycache__" or not child.is_dir():
                continue
            if is_article(child):
                found.append((child, child.relative_to(root).as_posix()))
            else:
                walk(child)

    walk(root)
    return sorted(found, key=lambda item: item[1])


# --- parsing ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Where:
    """A file and a key path inside it, rendered as ``file: a.b[0].c`` in error messages."""

    file: str
    key: str = ""

    def __truediv__(self, key: str | int) -> _Where:
        if isinstance(key, int):
            return _Where(self.file, f"{self.key}[{key}]")
        part = key if _BARE_KEY.fullmatch(key) else '"' + key.replace('"', '\\"') + '"'
        return _Where(self.file, f"{self.key}.{part}" if self.key else part)

    def error(self, problem: str) -> FixtureError:
        return FixtureError(f"{self.file}: {self.key}: {problem}" if self.key else f"{self.file}: {problem}")

    def __str__(self) -> str:
        return f"{self.file}: {self.key}" if self.key else self.file


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise FixtureError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        return tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise FixtureError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise FixtureError(f"{path}: not valid TOML: {exc}") from None


def _build_article(folder: Path, name: str, data: dict[str, Any], where: _Where) -> Article:
    _check_keys(data, _TOP_KEYS, where)
    meta = _table(data, "article", where)
    _check_keys(meta, _ARTICLE_KEYS, where / "article")
    body = _table(data, "body", where)
    _check_keys(body, _BODY_KEYS, where / "body")
    overrides = _table(data, "config", where)
    copies_table = _table(data, "copies", where)

    strings = {key: _string(meta, key, where / "article") for key in _ARTICLE_KEYS if key != "retrieved"}
    retrieved = meta.get("retrieved")
    if isinstance(retrieved, _dt.date):  # an unquoted TOML date is what the author meant
        retrieved = retrieved.isoformat()
    elif retrieved is not None and not isinstance(retrieved, str):
        raise (where / "article" / "retrieved").error(f"must be a string or a date, not {_show(retrieved)}")
    starts_with = _string(body, "starts_with", where / "body", non_empty=True)
    ends_with = _string(body, "ends_with", where / "body", non_empty=True)
    _check_config(overrides, bool(body), where)

    files = _copy_files(folder)
    for stem in copies_table:
        if stem not in files:
            listed = ", ".join(sorted(files)) or "none"
            raise (where / "copies" / stem).error(
                f"no copy file {COPIES_DIR}/{stem}.txt in {folder} (copies there: {listed})"
            )
    copies = tuple(
        _build_copy(stem, files[stem], copies_table.get(stem), where / "copies" / stem)
        for stem in sorted(files)
    )
    return Article(
        name=name,
        path=folder,
        original_path=folder / ORIGINAL_NAME,
        copies=copies,
        title=strings["title"] or name,
        source=strings["source"],
        notes=strings["notes"],
        retrieved=retrieved,
        license=strings["license"],
        body_starts_with=starts_with,
        body_ends_with=ends_with,
        config_overrides=dict(overrides),
    )


def _copy_files(folder: Path) -> dict[str, Path]:
    """Every ``copies/*.txt`` that is not a folder. A broken link or a FIFO is a copy too, so that
    reading it says why it cannot be judged instead of the copy silently dropping out of a run."""
    copies = folder / COPIES_DIR
    if not copies.is_dir():
        return {}
    try:
        paths = sorted(p for p in copies.iterdir() if p.name.endswith(".txt"))
    except OSError as exc:
        raise FixtureError(f"{copies}: cannot list the copies: {exc.strerror or exc}") from None
    return {p.stem: p for p in paths if not p.is_dir()}


def _check_config(overrides: dict[str, Any], has_body: bool, where: _Where) -> None:
    """Validate ``[config]`` now, so a bad fixture fails when it is loaded, not when it is used."""
    if has_body:
        for key in ("body_starts_with", "body_ends_with", "body-starts-with", "body-ends-with"):
            if key in overrides:
                raise (where / "config" / key).error("set the body in the [body] table, not in [config]")
    try:
        Config().merged(overrides, where=f"{where.file} [config]")
    except ConfigError as exc:
        message = str(exc)
        if not message.startswith(where.file):  # raised by Config's own validation
            message = f"{where.file} [config]: {message}"
        raise FixtureError(message) from None


def _build_copy(stem: str, path: Path, entry: Any, where: _Where) -> CopyCase:
    if entry is None:
        return CopyCase(name=stem, path=path)
    if not isinstance(entry, dict):
        raise where.error(f"must be a table, not {_show(entry)}")
    _check_keys(entry, _COPY_KEYS, where)
    verdict = _string(entry, "verdict", where)
    if verdict is not None and verdict not in ("pass", "fail"):
        raise (where / "verdict").error(f"must be 'pass' or 'fail', not {verdict!r}")
    return CopyCase(
        name=stem,
        path=path,
        description=_string(entry, "description", where) or "",
        verdict=verdict,  # type: ignore[arg-type]  # checked just above
        max_severity=_severity(entry, "max_severity", where),
        expect=_expectations(entry, "expect", _EXPECT_KEYS, where),
        forbid=_expectations(entry, "forbid", _FORBID_KEYS, where),
    )


def _expectations(
    entry: dict[str, Any], key: str, allowed: tuple[str, ...], where: _Where
) -> tuple[Expectation, ...]:
    items = entry.get(key, [])
    if not isinstance(items, list):
        raise (where / key).error(f"must be an array of tables ([[...{key}]]), not {_show(items)}")
    out = []
    for index, item in enumerate(items):
        at = where / key / index
        if not isinstance(item, dict):
            raise at.error(f"must be a table, not {_show(item)}")
        _check_keys(item, allowed, at)
        kind = item.get("kind")
        if kind is None:
            raise (at / "kind").error("is required")
        if not isinstance(kind, str):
            raise (at / "kind").error(f"must be a string, not {_show(kind)}")
        if kind not in kind_names():
            raise (at / "kind").error(f"unknown finding kind {kind!r}; kinds are {', '.join(kind_names())}")
        out.append(
            Expectation(
                kind=kind,
                copy=_string(item, "copy", at, non_empty=True),
                original=_string(item, "original", at, non_empty=True),
                severity=_severity(item, "severity", at),
                xfail=_string(item, "xfail", at, non_empty=True),
                where=str(at),
            )
        )
    return tuple(out)


def _check_keys(table: Mapping[str, Any], allowed: tuple[str, ...], where: _Where) -> None:
    for key in table:
        if key not in allowed:
            raise (where / key).error(f"unknown key; expected one of {', '.join(allowed)}")


def _table(data: dict[str, Any], key: str, where: _Where) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise (where / key).error(f"must be a table, not {_show(value)}")
    return value


def _string(table: Mapping[str, Any], key: str, where: _Where, *, non_empty: bool = False) -> str | None:
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise (where / key).error(f"must be a string, not {_show(value)}")
    if non_empty and not value.strip():
        raise (where / key).error("must not be empty")
    return value


def _severity(table: Mapping[str, Any], key: str, where: _Where) -> Severity | None:
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise (where / key).error(f"must be a string, not {_show(value)}")
    try:
        return Severity.parse(value)
    except ValueError as exc:
        raise (where / key).error(str(exc)) from None


def _show(value: Any) -> str:
    """Name a TOML value's type for an error message: ``an integer (3)``, ``a table``."""
    if isinstance(value, dict):
        return "a table"
    names = {list: "an array", bool: "a boolean", int: "an integer", float: "a float", str: "a string"}
    return f"{names.get(type(value), type(value).__name__)} ({value!r})"
