"""The HTML report in a real browser: headless Chromium loads a generated page from a local file.

The tests read the DOM Chromium built (``--dump-dom``, after the page loaded and any script had
its chance to run): the verdict and every highlight are there, nothing from the article ran or
became an element. A screenshot of the bundled round-trip copy's report is saved under
``test-artifacts/`` and its pixels show the highlight colours.

Chromium is Debian's ``chromium`` package (``.ci/run`` installs it); set ``TEXTGUARD_CHROMIUM``
to use another binary. Where there is none, these tests skip and say why.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

import textguard
from textguard.articles import model as corpus
from textguard.config import Config
from textguard.render.html import render_html
from textguard.render.html_style import kind_colours
from textguard.report import Report

from .articles import ORIGINAL, PARAGRAPHS
from .htmldom import Element, assert_highlights_exact, parse_html

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
ARTICLE = ROOT / "fixtures" / "putin-trump-locomotives"
WIDTH, HEIGHT = 1400, 1000


@pytest.fixture(scope="module")
def chromium() -> str:
    found = (
        os.environ.get("TEXTGUARD_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    )
    if not found:
        pytest.skip(
            "no Chromium: install Debian's 'chromium' package (.ci/run does) or set TEXTGUARD_CHROMIUM"
        )
    return found


def run_chromium(binary: str, tmp_path: Path, page: Path, *options: str) -> str:
    """Run headless Chromium on ``page`` with ``options``; its standard output."""
    command = [
        binary,
        "--headless",
        "--disable-gpu",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        *options,
        page.resolve().as_uri(),
    ]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"Chromium did not finish within 180 s: {' '.join(command)}")
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def dump_dom(binary: str, tmp_path: Path, page: Path) -> Element:
    return parse_html(run_chromium(binary, tmp_path, page, "--dump-dom"))


def round_trip() -> tuple[Report, Config]:
    article = corpus.load_article(ARTICLE, name=ARTICLE.name)
    config = article.config(Config())
    copy = next(c for c in article.copies if c.name == "round-trip")
    report = textguard.check_files(article.original_path, copy.path, config=config)
    return report.with_paths("fixtures/putin-trump-locomotives/original.txt", "copies/round-trip.txt"), config


def test_article_scripts_never_run(chromium: str, tmp_path: Path) -> None:
    hostile = (
        "<script>document.title='pwned'</script>"
        "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"></textarea>"
    )
    original = ORIGINAL.replace(PARAGRAPHS[1], PARAGRAPHS[1] + " " + hostile)
    copy = original.replace("Delia Rowntree", "Delia Rowntre<script>document.body.innerHTML=''</script>")
    copy += "<script>document.write('<p id=pwned>pwned</p>')</script>\n"
    report = textguard.check(original, copy)
    page = tmp_path / "hostile.html"
    page.write_text(render_html(report), encoding="utf-8")

    dom = dump_dom(chromium, tmp_path, page)

    title = dom.find("title").text()
    assert "pwned" not in title and title.startswith("FAIL ")
    assert not dom.find_all("script") and not dom.find_all("img") and not dom.find_all("textarea")
    assert not dom.find_all(id="pwned")
    assert "data-pwned" not in dom.find("body").attrs
    assert hostile in "".join(td.text() for td in dom.find_all("td", cls="orig"))
    assert "<script>document.write(" in "".join(td.text() for td in dom.find_all("td", cls="copy"))
    assert dom.find("header", cls="banner").find("span", cls="verdict").text() == "FAIL"
    assert_highlights_exact(report, dom)


def test_round_trip_report_in_the_browser(chromium: str, tmp_path: Path) -> None:
    report, config = round_trip()
    page = tmp_path / "round-trip.html"
    page.write_text(render_html(report), encoding="utf-8")

    dom = dump_dom(chromium, tmp_path, page)
    assert dom.find("span", cls="verdict").text() == "FAIL"
    counts = report.counts()
    assert [s.text() for s in dom.find_all("span", cls="count")] == [
        f"{counts['error']} errors",
        f"{counts['warning']} warnings",
        f"{counts['info']} info",
    ]
    assert len(dom.find_all("li", cls="finding")) == len(report.findings)
    assert_highlights_exact(report, dom)

    shot = tmp_path / "report-round-trip.png"
    run_chromium(chromium, tmp_path, page, f"--screenshot={shot}", f"--window-size={WIDTH},{HEIGHT}")
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copyfile(shot, ARTIFACTS / shot.name)
    width, height, pixels = read_png(shot)
    assert (width, height) == (WIDTH, HEIGHT)
    colours = set(pixels)
    assert _rgb("#c92a2a") in colours, "the FAIL banner is not on screen"
    on_screen = {f.kind for f in report.findings[:8]}
    for kind in on_screen:
        assert _rgb(kind_colours()[kind][0]) in colours, f"no {kind} highlight on screen"


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def read_png(path: Path) -> tuple[int, int, list[tuple[int, int, int]]]:
    """Width, height and RGB pixels of an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium
    writes), decoded with the standard library."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    pos, chunks = 8, b""
    width = height = channels = 0
    while pos < len(data):
        (size,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + size]
        pos += 12 + size
        if kind == b"IHDR":
            width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and interlace == 0 and colour_type in (2, 6), (depth, colour_type, interlace)
            channels = 3 if colour_type == 2 else 4
        elif kind == b"IDAT":
            chunks += body
    raw = zlib.decompress(chunks)
    stride = width * channels
    previous = bytearray(stride)
    pixels: list[tuple[int, int, int]] = []
    for y in range(height):
        at = y * (stride + 1)
        method, line = raw[at], bytearray(raw[at + 1 : at + 1 + stride])
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if method == 1:
                line[x] = (line[x] + a) & 255
            elif method == 2:
                line[x] = (line[x] + b) & 255
            elif method == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif method == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        pixels.extend(zip(line[0::channels], line[1::channels], line[2::channels], strict=True))
        previous = line
    return width, height, pixels
