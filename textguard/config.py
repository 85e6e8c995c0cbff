"""Configuration: what to check, how strictly, and per-article hints.

A :class:`Config` is an immutable value. It is built from keyword arguments, from a mapping (the
``[tool.textguard]`` table of ``pyproject.toml``, a ``--config`` TOML file, or an article's
``[config]`` table) with :meth:`Config.from_mapping`, and layered with :meth:`Config.merged`.
Unknown keys and wrong types raise :class:`~textguard.errors.ConfigError` naming the key.

Layers, lowest first, as every entry point applies them (:func:`resolve_config`, the one place they
are layered, which also records where each key came from): the defaults, the project's
``[tool.textguard]`` (:func:`project_layer`: the nearest ``pyproject.toml``; the CLI's ``--config
FILE`` takes its place), an article's ``article.toml`` (``[body]`` then ``[config]``), then the
command line (``--textguard-fail-on``, or the CLI's ``--fail-on``). Every value, from keyword arguments or a
TOML table, is validated in one place, :meth:`Config.__post_init__`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .errors import ConfigError
from .findings import Severity

__all__ = [
    "DEFAULT",
    "Config",
    "Layer",
    "Resolved",
    "command_line_layers",
    "config_file_layer",
    "find_project_config",
    "find_pyproject",
    "format_resolved",
    "layer_config",
    "load_config",
    "project_layer",
    "resolve_config",
    "with_fail_on",
]


@dataclass(frozen=True, kw_only=True)
class Config:
    """Options of a check. Every field has a default a newsroom would pick."""

    #: Findings at or above this severity make the verdict ``fail``.
    fail_on: Severity = Severity.ERROR
    #: Finding kinds that are not reported at all.
    disabled: frozenset[str] = frozenset()
    #: Severity overrides per kind, e.g. ``{"content-added": "error"}``.
    severities: Mapping[str, Severity] = field(default_factory=dict)
    #: Pin the original's body: it starts at the first occurrence of this text ...
    body_starts_with: str | None = None
    #: ... and ends after the first occurrence (after the start) of this text.
    body_ends_with: str | None = None
    #: Minimum similarity (0-100) for a copy sentence to count as the counterpart of an original one.
    match_threshold: float = 55.0
    #: Share of the original body (0-1) that may be missing at its end before a copy is ``truncated``.
    truncation_tolerance: float = 0.08
    #: Extra regular expressions: a copy paragraph matching one is a stray header/footer.
    footer_patterns: tuple[str, ...] = ()
    #: Extra regular expressions for photo credits (matched at the start of a paragraph or sentence).
    credit_patterns: tuple[str, ...] = ()
    #: A quotation of at most this many words, with no speaker cue and no sentence end, is a scare
    #: quote or a title ("the so-called 'reset'") rather than speech.
    scare_quote_max_words: int = 3
    #: The severity of a changed or missing scare quote (``severities`` still override per kind).
    scare_quote_severity: Severity = Severity.WARNING
    #: Groups of names that are the same entity, any of which may stand for another in a copy:
    #: ``[["Kyiv", "Kiev"], ["Centre", "Center"]]``.
    entity_variants: tuple[tuple[str, ...], ...] = ()
    #: A spaCy pipeline for entity extraction (an installed package name or a saved pipeline
    #: folder); ``None`` uses textguard's built-in rules. Needs ``pip install 'pytest-textguard[spacy]'``.
    spacy_model: str | None = None

    def __post_init__(self) -> None:
        # The one validation path: keyword arguments, TOML tables and layers all pass through it.
        # Types are coerced where the intent is plain ("warning" for a Severity, a list for a
        # tuple); anything else is a ConfigError naming the key.
        for f in fields(self):
            value = getattr(self, f.name)
            coerced = _coerce(f.name, value, where=f.name)
            if coerced is not value:
                object.__setattr__(self, f.name, coerced)
        if self.disabled or self.severities:
            from .registry import kind_names  # the checks are loaded only when a kind is named

            known = kind_names()
            unknown = sorted(set(self.disabled) - set(known))
            if unknown:
                raise ConfigError(
                    f"disabled: unknown finding kind {unknown[0]!r}; kinds are {', '.join(known)}"
                )
            for kind in self.severities:
                if kind not in known:
                    raise ConfigError(
                        f"severities: unknown finding kind {kind!r}; kinds are {', '.join(known)}"
                    )
        if not 0 <= self.match_threshold <= 100:
            raise ConfigError(f"match_threshold must be between 0 and 100, not {self.match_threshold}")
        if not 0 <= self.scare_quote_max_words <= 20:
            raise ConfigError(
                f"scare_quote_max_words must be a whole number from 0 to 20, not {self.scare_quote_max_words!r}"
            )
        if not 0 <= self.truncation_tolerance < 1:
            raise ConfigError(f"truncation_tolerance must be in [0, 1), not {self.truncation_tolerance}")
        for key in ("footer_patterns", "credit_patterns"):
            for pattern in getattr(self, key):
                try:
                    re.compile(pattern)
                except re.error as exc:
                    raise ConfigError(f"{key}: invalid regular expression {pattern!r}: {exc}") from None

    @cached_property
    def footer_regexes(self) -> tuple[re.Pattern[str], ...]:
        """:attr:`footer_patterns`, compiled (case-insensitive) once per config."""
        return tuple(re.compile(p, re.IGNORECASE) for p in self.footer_patterns)

    @cached_property
    def credit_regexes(self) -> tuple[re.Pattern[str], ...]:
        """:attr:`credit_patterns`, compiled once per config."""
        return tuple(re.compile(p) for p in self.credit_patterns)

    def severity_of(self, kind: str, default: Severity) -> Severity:
        """The severity to report ``kind`` at: the configured override, else ``default``."""
        return self.severities.get(kind, default)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], *, where: str = "config") -> Config:
        """Build a config from TOML-like data; ``where`` names the source in error messages."""
        return cls().merged(data, where=where)

    def merged(self, data: Mapping[str, Any], *, where: str = "config") -> Config:
        """A copy of this config with the keys of ``data`` applied on top."""
        known = {f.name for f in fields(self)}
        changes: dict[str, Any] = {}
        for key, value in data.items():
            name = key.replace("-", "_")
            if name not in known:
                raise ConfigError(f"{where}: unknown key {key!r}; known keys are {', '.join(sorted(known))}")
            # The same validation __post_init__ runs, here to name the key as the file spells it.
            changes[name] = _coerce(name, value, where=f"{where}: {key}")
        if "severities" in changes:
            changes["severities"] = {**self.severities, **changes["severities"]}
        try:
            return replace(self, **changes)
        except ConfigError as exc:
            raise ConfigError(f"{where}: {exc}") from None


def _coerce(name: str, value: Any, *, where: str) -> Any:
    def fail(expected: str) -> ConfigError:
        return ConfigError(f"{where} must be {expected}, not {value!r}")

    if name in ("fail_on", "scare_quote_severity"):
        try:
            return Severity.parse(value)
        except ValueError as exc:
            raise ConfigError(f"{where}: {exc}") from None
    if name == "disabled":
        if isinstance(value, str) or not isinstance(value, list | tuple | set | frozenset):
            raise fail("a list of finding kinds")
        return frozenset(str(v) for v in value)
    if name == "severities":
        if not isinstance(value, Mapping):
            raise fail('a table such as {"content-added" = "error"}')
        try:
            return {str(k): Severity.parse(v) for k, v in value.items()}
        except ValueError as exc:
            raise ConfigError(f"{where}: {exc}") from None
    if name in ("body_starts_with", "body_ends_with"):
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise fail("a non-empty string")
        return value
    if name in ("match_threshold", "truncation_tolerance"):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise fail("a number")
        return float(value)
    if name in ("footer_patterns", "credit_patterns"):
        if isinstance(value, str) or not isinstance(value, list | tuple):
            raise fail("a list of regular expressions")
        if not all(isinstance(v, str) for v in value):
            raise fail("a list of strings")
        return tuple(value)
    if name == "scare_quote_max_words":
        if isinstance(value, bool) or not isinstance(value, int):
            raise fail("a whole number")
        return value
    if name == "entity_variants":
        if isinstance(value, str) or not isinstance(value, list | tuple):
            raise fail('a list of lists of names, such as [["Kyiv", "Kiev"]]')
        groups = []
        for group in value:
            if isinstance(group, str) or not isinstance(group, list | tuple) or len(group) < 2:
                raise fail('a list of lists of at least two names, such as [["Kyiv", "Kiev"]]')
            if not all(isinstance(v, str) and v.strip() for v in group):
                raise fail("a list of lists of non-empty names")
            groups.append(tuple(group))
        return tuple(groups)
    if name == "spacy_model":
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise fail("the name of a spaCy pipeline package or folder")
        return value
    return value  # pragma: no cover - every field is handled above


def load_config(path: str | Path) -> Config:
    """Read a config file: a ``pyproject.toml`` (its ``[tool.textguard]`` table) or a TOML file
    whose top level (or ``[textguard]`` table) holds the keys."""
    return layer_config(None, config_file_layer(path))


def config_file_layer(path: str | Path) -> Layer:
    """The settings of a config file as a layer, unvalidated until it is layered: a
    ``pyproject.toml`` (its ``[tool.textguard]`` table) or a TOML file whose top level (or
    ``[textguard]`` table) holds the keys. A file that cannot be read or parsed is a ConfigError."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"config file {p} does not exist") from None
    except IsADirectoryError:
        raise ConfigError(f"config file {p} is a directory, not a TOML file") from None
    except OSError as exc:
        raise ConfigError(f"cannot read config file {p}: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ConfigError(f"config file {p} is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {p} is not valid TOML: {exc}") from None
    where = str(p)
    if p.name == "pyproject.toml" or "tool" in data:
        tool = data.get("tool", {})
        if not isinstance(tool, dict):
            raise ConfigError(f"{where}: 'tool' must be a table")
        data = tool.get("textguard", {})
        where += " [tool.textguard]"
    elif "textguard" in data:
        data = data["textguard"]
        where += " [textguard]"
    if not isinstance(data, dict):
        raise ConfigError(f"{where} must be a table of settings, not {type(data).__name__}")
    return where, data


def find_pyproject(start: str | Path) -> Path | None:
    """The nearest ``pyproject.toml`` at or above ``start`` (a folder or a file in one), or ``None``.

    The nearest one marks the project, so the search stops there even when that file has no
    ``[tool.textguard]`` table: settings never leak in from a project that merely contains this one.
    """
    here = Path(start).absolute()
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def find_project_config(start: str | Path) -> Config:
    """The project's settings: ``[tool.textguard]`` of the nearest ``pyproject.toml`` at or above
    ``start`` (see :func:`find_pyproject`), or the defaults when there is none.

    A malformed table raises :class:`~textguard.errors.ConfigError` naming the file and the key.
    """
    return layer_config(None, *project_layer(start))


def project_layer(start: str | Path) -> tuple[Layer, ...]:
    """``[tool.textguard]`` of the nearest ``pyproject.toml`` at or above ``start`` as a layer
    (none when there is no such file), so that where each key came from can be told."""
    path = find_pyproject(start)
    return (config_file_layer(path),) if path is not None else ()


#: A layer of settings: where they come from (for error messages) and the settings themselves.
Layer = tuple[str, Mapping[str, Any]]


#: The source of a setting no layer gave.
DEFAULT = "default"


@dataclass(frozen=True, slots=True)
class Resolved:
    """A layered config and where each of its settings came from: the ``where`` of the last layer
    that set it (the layers of ``severities`` joined with ``+``, since their tables merge), or
    :data:`DEFAULT`. What ``--show-config`` prints."""

    config: Config
    sources: Mapping[str, str]

    def source_of(self, name: str) -> str:
        return self.sources.get(name, DEFAULT)


def resolve_config(base: Config | None, *layers: Layer) -> Resolved:
    """The one way settings are layered, lowest first: ``base`` (the defaults when ``None``), then
    each ``(where, settings)`` layer in order: the project's ``[tool.textguard]``
    (:func:`project_layer`) or a ``--config`` file (:func:`config_file_layer`), an article's
    ``article.toml`` (:meth:`textguard.articles.model.Article.config_layers`), then the command line
    (:func:`command_line_layers`). Empty layers change nothing. Each key remembers its layer.

    >>> resolved = resolve_config(None, ("article.toml [config]", {"fail-on": "warning"}))
    >>> resolved.config.fail_on.value, resolved.source_of("fail_on"), resolved.source_of("disabled")
    ('warning', 'article.toml [config]', 'default')
    """
    config = base if base is not None else Config()
    sources: dict[str, str] = {}
    for where, settings in layers:
        if not settings:
            continue
        config = config.merged(settings, where=where)
        for key in settings:
            name = key.replace("-", "_")
            if name == "severities" and name in sources and where not in sources[name]:
                sources[name] = f"{sources[name]} + {where}"
            else:
                sources[name] = where
    return Resolved(config, MappingProxyType(sources))


def layer_config(base: Config | None, *layers: Layer) -> Config:
    """:func:`resolve_config` without the sources: the config alone.

    >>> layer_config(None, ("article.toml [config]", {"fail_on": "warning"})).fail_on.value
    'warning'
    """
    return resolve_config(base, *layers).config


def format_resolved(resolved: Resolved) -> str:
    """Every setting of ``resolved`` as a TOML-like line with its source, for ``--show-config``.

    >>> print(format_resolved(resolve_config(None, ("--fail-on", {"fail_on": "warning"}))).splitlines()[0])
    fail_on = "warning"  # --fail-on
    """
    lines = []
    for f in fields(resolved.config):
        value = _toml_value(getattr(resolved.config, f.name))
        lines.append(f"{f.name} = {value}  # {resolved.source_of(f.name)}")
    return "\n".join(lines)


def _toml_value(value: Any) -> str:
    """A setting written as TOML writes it (``unset`` for none, which TOML cannot write)."""
    if value is None:
        return "unset"
    if isinstance(value, Severity):
        return _toml_value(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{_toml_value(k)} = {_toml_value(v)}" for k, v in sorted(value.items())) + "}"
    if isinstance(value, frozenset | set):
        value = sorted(value)
    return "[" + ", ".join(_toml_value(v) for v in value) + "]"


def command_line_layers(*, fail_on: str | None, option: str = "--fail-on") -> tuple[Layer, ...]:
    """The command line's settings as layers (none when no option was given)."""
    return ((option, {"fail_on": fail_on}),) if fail_on else ()


def with_fail_on(config: Config, fail_on: str | None, *, option: str = "--fail-on") -> Config:
    """``config`` with a command line's ``--fail-on`` on top (``None``: unchanged)."""
    return layer_config(config, *command_line_layers(fail_on=fail_on, option=option))
