"""The visible text of an HTML page, one paragraph per block element, with the standard library only.

Why our own and not an extractor's: the *original* of a pair must not depend on any of the
extractors being scored (or installed), and it must be the same on every machine.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["visible_paragraphs", "visible_text"]

#: Elements that start and end a paragraph of their own.
BLOCKS = frozenset(
    """address article aside blockquote body caption center dd details dialog div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section
    summary table tbody thead tfoot td th tr ul""".split()
)
#: Elements whose content is never visible text.
HIDDEN = frozenset("head script style noscript template svg math iframe object canvas select option".split())
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_SPACES = re.compile(r"[ \t\r\n\f\v]+")


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._parts: list[str] = []
        self._hidden: list[str] = []
        self._pre = 0

    def _flush(self) -> None:
        text = "".join(self._parts)
        self._parts = []
        if self._pre:
            lines = [line.strip() for line in text.split("\n")]
        else:
            lines = [_SPACES.sub(" ", text).strip()]
        self.paragraphs.extend(line for line in lines if line)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._hidden:
            if tag not in _VOID and tag in HIDDEN:
                self._hidden.append(tag)
            return
        if tag in HIDDEN:
            self._hidden.append(tag)
            return
        if tag in BLOCKS or tag == "br":
            self._flush()
        if tag == "pre":
            self._pre += 1

    def handle_endtag(self, tag: str) -> None:
        if self._hidden:
            if tag == self._hidden[-1]:
                self._hidden.pop()
            return
        if tag in BLOCKS:
            self._flush()
        if tag == "pre" and self._pre:
            self._pre -= 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._hidden and (tag in BLOCKS or tag == "br"):
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self._parts.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def visible_paragraphs(html: str) -> list[str]:
    """The visible text of ``html`` as paragraphs: one per block element (``<br>`` starts a new
    one), inner whitespace collapsed, empty blocks dropped. Script, style and ``<head>`` are skipped.

    >>> visible_paragraphs("<p>One <b>two</b></p><script>x()</script><div>Three<br>Four</div>")
    ['One two', 'Three', 'Four']
    """
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector.paragraphs


def visible_text(html: str) -> str:
    """:func:`visible_paragraphs` joined one paragraph per line, ending with a line break."""
    paragraphs = visible_paragraphs(html)
    return "\n".join(paragraphs) + "\n" if paragraphs else ""
