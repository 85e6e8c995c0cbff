"""``textguard new``: scaffold a fixture article folder for a person to review.

Writing ``article.toml`` by hand means reading every copy and every finding; this writes a first
draft that records what textguard reports *today*, so that the suite passes at once and every
later change shows up. A person then reviews it: says what each copy is, deletes the expectations
that are noise, adds ``xfail`` where a finding is missing. It lists, as comments, the body it
found in the original and the quotations, named entities and figures of that body (as far as this
version of textguard extracts them), because those are what a faithful copy must keep.

It never overwrites anything: the article folder must not exist, everything is checked and
rendered in memory first, and the folder appears whole (written aside, then renamed) or not at all.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import re
import secrets
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._version import __version__
from ..api import analyse_original, check
from ..config import Config
from ..errors import InputError, TextguardError, UsageError
from ..findings import Finding, Severity, excerpt
from ..render.text import locate
from ..report import Report
from ..text.reading import read_text, require_original_text
from .model import COPIES_DIR, ORIGINAL_NAME, TOML_NAME, is_article_dir, load_article, unmet_expectations

__all__ = ["Scaffold", "render_article_toml", "scaffold_article"]

_NAME_PART = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
#: Longest substring an expectation records: short and distinctive survives a wider span.
_SNIPPET = 40
#: How many extracted items of each sort are listed.
_LISTED = 30


@dataclass(frozen=True, slots=True)
class Scaffold:
    """What :func:`scaffold_article` created: the folder and the report of each copy."""

    path: Path
    reports: dict[str, Report]


def scaffold_article(
    name: str,
    *,
    original: str | os.PathLike[str],
    copies: Sequence[str | os.PathLike[str]] = (),
    fixtures: str | os.PathLike[str] = "fixtures",
    config: Config | None = None,
    encoding: str | None = None,
    today: _dt.date | None = None,
) -> Scaffold:
    """Create ``fixtures/NAME/`` with ``original.txt``, ``copies/<stem>.txt`` (the files' bytes
    unchanged) and an ``article.toml`` that records what ``config`` (default: ``Config()``) finds.

    Raises :class:`~textguard.errors.TextguardError` (and writes nothing) when the name is not a
    folder name, the folder exists, a file cannot be read as text, the original has no text, or two
    copies share a name.
    """
    folder = _target(Path(fixtures), name)
    config = config or Config()
    original_path = Path(original)
    original_text = read_text(original_path, encoding=encoding)
    require_original_text(original_text, name=str(original_path))
    copy_paths: dict[str, Path] = {}
    for raw in copies:
        path = Path(raw)
        stem = path.stem if path.suffix else path.name
        if not stem or stem.startswith("."):
            raise UsageError(
                f"{path}: a copy's file name must give it a name (the stem becomes copies/<stem>.txt)"
            )
        if stem in copy_paths:
            raise UsageError(f"two copies are named {stem!r} ({copy_paths[stem]} and {path}); rename one")
        copy_paths[stem] = path
    texts = {stem: read_text(path, encoding=encoding) for stem, path in copy_paths.items()}
    reports = {stem: check(original_text, text, config=config) for stem, text in sorted(texts.items())}
    toml = render_article_toml(name, original_text, reports, config=config, today=today or _dt.date.today())
    files: dict[str, bytes] = {ORIGINAL_NAME: _raw(original_path, encoding)}
    for stem, path in copy_paths.items():
        files[f"{COPIES_DIR}/{stem}.txt"] = _raw(path, encoding)
    files[TOML_NAME] = toml.encode("utf-8")
    _write_folder(folder, files, reports)
    return Scaffold(folder, reports)


def _target(fixtures: Path, name: str) -> Path:
    parts = name.replace("\\", "/").split("/")
    if not name.strip() or not all(_NAME_PART.fullmatch(p) and p not in (".", "..") for p in parts):
        raise UsageError(
            f"article name {name!r}: use letters, digits, '.', '_' and '-' (and '/' for a group folder), "
            "e.g. harbour-trams or wire/harbour-trams"
        )
    if fixtures.exists() and not fixtures.is_dir():
        raise UsageError(f"{fixtures} is not a folder")
    folder = fixtures.joinpath(*parts)
    above = folder.parent
    while True:
        if is_article_dir(above):
            raise UsageError(f"{above} is an article folder; an article cannot hold another one")
        if above == fixtures:
            break
        above = above.parent
    if folder.exists() or folder.is_symlink():
        raise UsageError(
            f"{folder} already exists; textguard new never overwrites anything (choose another name)"
        )
    return folder


def _raw(path: Path, encoding: str | None) -> bytes:
    """The file's bytes as they are: fixtures keep the texts exactly as collected. A file in a
    legacy encoding is stored as UTF-8, which is what the suite reads."""
    if encoding is not None:
        return read_text(path, encoding=encoding).encode("utf-8")
    try:
        return path.read_bytes()
    except OSError as exc:  # read_text has read it already, so this is a race; say so plainly
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _write_folder(folder: Path, files: dict[str, bytes], reports: dict[str, Report]) -> None:
    """Write ``files`` into a temporary folder beside ``folder``, check it loads as an article
    whose copies meet their expectations, then rename it into place."""
    created = [p for p in [folder.parent, *folder.parent.parents] if not p.exists()]
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = folder.parent / f".{folder.name}.{os.getpid()}.{secrets.token_hex(4)}.textguard-new"
    staging.mkdir()  # hidden: never taken for an article, even if a crash leaves it behind
    try:
        for rel, data in files.items():
            path = staging / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        article = load_article(staging, name=folder.name)
        for case in article.copies:
            unmet = unmet_expectations(case, reports[case.name])
            if unmet:  # a bug of this module: the draft must describe the reports it came from
                raise TextguardError(f"internal error: the draft {TOML_NAME} disagrees: {unmet[0].message}")
        if folder.exists() or folder.is_symlink():
            raise UsageError(f"{folder} already exists; textguard new never overwrites anything")
        os.rename(staging, folder)
    except BaseException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        for path in created:  # folders made for this article only
            with contextlib.suppress(OSError):
                path.rmdir()
        if isinstance(exc, OSError):
            raise InputError(f"{folder}: cannot write: {exc.strerror or exc}; nothing was written") from None
        raise


# --- article.toml -------------------------------------------------------------------------------


def render_article_toml(
    name: str,
    original: str,
    reports: dict[str, Report],
    *,
    config: Config | None = None,
    today: _dt.date | None = None,
) -> str:
    """The draft ``article.toml`` of an article: provenance to fill in, the body found, what the
    body holds, and per copy the verdict and every finding as an ``expect`` entry."""
    config = config or Config()
    day = (today or _dt.date.today()).isoformat()
    out = [
        f"# Scaffolded by `textguard new` (textguard {__version__}) on {day}.",
        "# The expectations below record what textguard reports today. Review them: say what each",
        "# copy is, delete what is noise, mark known misses with xfail. Schema: fixtures/README.md.",
        "",
        "[article]",
        f"title = {_string(name.rsplit('/', 1)[-1])}",
        '# source = "https://..."    # where the original came from: a URL, a publication',
        f"retrieved = {day}",
        '# license = "..."',
        '# notes = "..."',
        "",
    ]
    out += _body_lines(original, reports, config)
    out += _inventory_lines(original, config)
    for stem, report in reports.items():
        out += _copy_lines(stem, report)
    return "\n".join(out).rstrip("\n") + "\n"


def _body_lines(original: str, reports: dict[str, Report], config: Config) -> list[str]:
    start, end = _body(original, config)
    body = original[start:end]
    if not body.strip():
        return ["# textguard found no body in original.txt.", ""]
    first_line, last_line = locate(original, start)[0], locate(original, max(start, end - 1))[0]
    words = body.split()
    head, tail = " ".join(words[:5]), " ".join(words[-5:])
    return [
        f"# The body textguard found in original.txt: lines {first_line}-{last_line}, from",
        f"#   {_string(_clip(body.strip(), 70))}",
        "# Pin it if that is wrong (a copy is compared with the body only):",
        "# [body]",
        f"# starts_with = {_string(head)}",
        f"# ends_with = {_string(tail)}",
        "",
    ]


def _body(original: str, config: Config) -> tuple[int, int]:
    body = analyse_original(original, config=config).body
    return body.start, body.end


def _inventory_lines(original: str, config: Config) -> list[str]:
    analysis = analyse_original(original, config=config)
    out = ["# What the body holds, for review: a faithful copy keeps each of these unchanged."]
    for label, found in (
        ("Quotations", analysis.quotations),
        ("Named entities", analysis.entities),
        ("Figures", analysis.figures),
    ):
        items = _listed(original, found)
        out.append(f"# {label} ({len(items)}):")
        for line, text, extra in items[:_LISTED]:
            out.append(f"#   line {line}: {_clip(text, 70)}" + (f"  ({_clip(extra, 40)})" if extra else ""))
        if len(items) > _LISTED:
            out.append(f"#   ... and {len(items) - _LISTED} more")
    out.append("")
    return out


def _listed(text: str, found: Sequence[Any]) -> list[tuple[int, str, str]]:
    """``(line, text, note)`` of each quotation, entity or figure, for the article.toml comments."""
    items = []
    for item in found:
        at = getattr(item, "start", None)
        if at is None and getattr(item, "mentions", None):
            at = item.mentions[0].start
        shown = getattr(item, "name", None) or getattr(item, "text", None) or str(item)
        notes = [str(v) for v in (getattr(item, "kind", None), getattr(item, "speaker", None)) if v]
        items.append((locate(text, at)[0] if at is not None else 0, str(shown), ", ".join(notes)))
    return items


def _copy_lines(stem: str, report: Report) -> list[str]:
    key = f"copies.{_key(stem)}"
    findings = report.findings
    worst = max((f.severity for f in findings), key=lambda s: s.rank, default=Severity.INFO)
    out = [
        f"[{key}]",
        '# description = "..."    # what this copy is, what is wrong with it',
        f'verdict = "{report.verdict}"',
    ]
    if worst is not Severity.ERROR:
        out.append(f'max_severity = "{worst.value}"')
    out.append("")
    for finding in findings:
        out += [f"[[{key}.expect]]", f"# {_clip(finding.message, 100)}"]
        out += _expectation(finding)
        out.append("")
    return out


def _expectation(finding: Finding) -> list[str]:
    lines = [f'kind = "{finding.kind}"', f'severity = "{finding.severity.value}"']
    for side, span in (("copy", finding.copy), ("original", finding.original)):
        if span is not None and span.text.strip():
            lines.append(f"{side} = {_string(_snippet(span.text))}")
    return lines


def _snippet(text: str) -> str:
    """A short substring of ``text`` (whitespace squashed, as expectations compare), cut at a
    word end: it still matches when a detector widens the span a little."""
    flat = " ".join(text.split())
    if len(flat) <= _SNIPPET:
        return flat
    cut = flat.rfind(" ", 0, _SNIPPET)
    return flat[: cut if cut >= _SNIPPET // 2 else _SNIPPET].rstrip()


def _clip(text: str, width: int) -> str:
    """``text`` on one line, safe in a TOML comment (no control characters), cut to ``width``."""
    return excerpt("".join(c if c.isprintable() else " " for c in text), width)


def _key(name: str) -> str:
    return name if _BARE_KEY.fullmatch(name) else _string(name)


def _string(text: str) -> str:
    """``text`` as a TOML basic string, escaping what TOML does not allow raw.

    >>> print(_string('say "hi"'))
    "say \\"hi\\""
    """
    out = ['"']
    for ch in text:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F or 0xD800 <= ord(ch) <= 0xDFFF:
            out.append(f"\\u{ord(ch):04X}" if not 0xD800 <= ord(ch) <= 0xDFFF else "\ufffd")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)
