"""Fuzzing the whole check, through the API and through the command line.

For any pair of texts: :func:`textguard.check` returns (never raises); every span is inside its
text and its ``text`` is exactly the slice; the report is deterministic (the same input gives the
same report, whether the original's analysis is computed or taken from the cache); and the command
line, reading the texts from UTF-8 files, gives the very report the API gives, or refuses the
input in one line exactly where the reading policy (:mod:`textguard.text.reading`) says it must.

The texts mix any Unicode, fictional articles, edits of one article into the other, and runs of
the shapes that stress a text checker: quote marks, capitalised words, dashes, digits, dots.
"""

from __future__ import annotations

import hashlib
import io
import json
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from textguard import check, cli
from textguard.errors import InputError
from textguard.testing.strategies import articles, benign_variants
from textguard.text.reading import decode_bytes

from .cli_helpers import assert_spans_exact

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Any text: every plane, controls, combining marks, line and paragraph separators (no surrogates,
# which no file can hold).
ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=300)
# Runs of what regular expressions and pairing loops find hardest, kept short enough to be quick.
HOSTILE_RUNS = st.lists(
    st.sampled_from(
        [
            '"',
            "\u201c",
            "\u201d",
            "'",
            "\u00ab",
            "\u00bb",
            "Council ",
            "ROWNTREE ",
            "Mr. ",
            "A. ",
            "-",
            "\u2014",
            "a-",
            "1",
            "1,000 ",
            "3.5",
            ".",
            "..",
            " ",
            "\n",
            "\r\n",
            "\t",
            "said ",
            ": ",
            "/",
            "Reuters/",
            "a.",
            "\u00a0",
            "\u200b",
            "\ufeff",
            "\x85",
            "\u2028",
            "#",
            "@a",
            "(",
            ")",
            "£48m",
            "\u0301",
        ]
    ),
    max_size=120,
).map("".join)
TEXTS = st.one_of(ANY_TEXT, HOSTILE_RUNS, articles(max_size=4))


@st.composite
def pairs(draw: st.DrawFn) -> tuple[str, str]:
    """Two unrelated texts, or an article and a copy of it: a benign variant, cut, padded or with
    a hostile run spliced in (related texts reach the alignment, quotation and figure checks)."""
    if draw(st.booleans()):
        return draw(TEXTS), draw(TEXTS)
    original = draw(articles(min_size=1, max_size=4))
    copy = draw(benign_variants(original))
    at = draw(st.integers(min_value=0, max_value=len(copy)))
    edit = draw(st.sampled_from(["splice", "cut", "pad", "none"]))
    if edit == "splice":
        copy = copy[:at] + draw(HOSTILE_RUNS) + copy[at:]
    elif edit == "cut":
        copy = copy[:at]
    elif edit == "pad":
        copy = draw(HOSTILE_RUNS) + "\n" + copy + "\n" + draw(HOSTILE_RUNS)
    return (copy, original) if draw(st.booleans()) else (original, copy)


def comparable(report: dict[str, Any]) -> dict[str, Any]:
    """A report dict without what may differ between two runs of the same check: the time taken,
    and the paths and digests of the files (checked on their own)."""
    out = dict(report)
    out["stats"] = {k: v for k, v in report["stats"].items() if k != "elapsed_ms"}
    for side in ("original", "copy"):
        out[side] = {"chars": report[side]["chars"]}
    return out


@SETTINGS
@given(pair=pairs())
def test_check_never_raises_is_exact_and_deterministic(pair: tuple[str, str]) -> None:
    original, copy = pair
    first = check(original, copy).to_dict()
    assert first["verdict"] in ("pass", "fail")
    assert_spans_exact(first, original, copy)
    again = check(original, copy).to_dict()  # the original's analysis now comes from the cache
    assert comparable(again) == comparable(first)


def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli.main(list(argv))
    return code, out.getvalue(), err.getvalue()


@SETTINGS
@given(pair=pairs())
def test_the_command_line_gives_the_api_report(pair: tuple[str, str]) -> None:
    original, copy = pair
    with tempfile.TemporaryDirectory() as tmp:
        paths = {"original": Path(tmp) / "original.txt", "copy": Path(tmp) / "copy.txt"}
        data = {"original": original.encode("utf-8"), "copy": copy.encode("utf-8")}
        for side, path in paths.items():
            path.write_bytes(data[side])
        code, out, err = run_cli("check", str(paths["original"]), str(paths["copy"]), "--format", "json")

        # What the reading policy makes of each file: its text, or the reason it refuses it.
        read: dict[str, str | None] = {}
        for side in paths:
            try:
                read[side] = decode_bytes(data[side], name=str(paths[side]))[0]
            except InputError:
                read[side] = None
            text = original if side == "original" else copy
            if read[side] is not None and "\x00" not in text:
                assert read[side] == text.removeprefix("\ufeff")  # only a leading BOM is dropped
        judgeable = None not in read.values() and bool((read["original"] or "").strip())
        if not judgeable:
            assert (code, out) == (2, "") and err.startswith("textguard: error: ") and err.count("\n") == 1, (
                err
            )
            return

        assert code in (0, 1) and err == "", err
        through_cli = json.loads(out)
        through_api = check(read["original"] or "", read["copy"] or "").to_dict()
        assert comparable(through_cli) == comparable(through_api)
        assert_spans_exact(through_cli, read["original"] or "", read["copy"] or "")
        for side in paths:
            assert through_cli[side]["path"] == str(paths[side])
            assert through_cli[side]["sha256"] == hashlib.sha256(data[side]).hexdigest()
            assert paths[side].read_bytes() == data[side]  # never written
