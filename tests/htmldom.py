"""A small DOM for tests: HTML parsed into elements with attributes, children and text content.

Enough to read textguard's HTML reports, as written or as Chromium serialized them after loading
(``--dump-dom``), with the standard library only; and the assertion that a report's page
highlights exactly its findings' spans.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

from textguard import registry
from textguard.findings import Span
from textguard.report import Report
from textguard.text.segment import segment

_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    children: list[Element | str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def text(self) -> str:
        """The text content, as ``Node.textContent`` gives it."""
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self) -> Iterator[Element]:
        """This element and every element below it, in document order."""
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def find_all(self, tag: str | None = None, *, cls: str | None = None, **attrs: str) -> list[Element]:
        """Elements below (and including) this one with ``tag``, class ``cls`` and ``attrs``."""
        return [
            e
            for e in self.iter()
            if (tag is None or e.tag == tag)
            and (cls is None or cls in e.classes)
            and all(e.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]

    def find(self, tag: str | None = None, *, cls: str | None = None, **attrs: str) -> Element:
        """The only element that :meth:`find_all` finds."""
        found = self.find_all(tag, cls=cls, **attrs)
        assert len(found) == 1, f"{len(found)} elements <{tag} class={cls} {attrs}>"
        return found[0]

    def by_id(self, ident: str) -> Element:
        return self.find(id=ident)


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(element)
        if tag not in _VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Element(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(page: str) -> Element:
    """The document of ``page``: its root holds the ``<html>`` element."""
    builder = _Builder()
    builder.feed(page)
    builder.close()
    return builder.root


# --- assertions on report pages ------------------------------------------------------------------


def side_parts(text: str, span: Span) -> str:
    """The part of ``span`` inside the paragraphs of ``text``: what the page can highlight."""
    parts = [text[max(span.start, p.start) : min(span.end, p.end)] for p in segment(text).paragraphs]
    return "".join(part for part in parts if part)


def assert_highlights_exact(report: Report, doc: Element) -> None:
    """Every finding's highlights on each side hold exactly its span's text (within paragraphs),
    each side has one anchor for it, and the finding list links to that anchor."""
    __tracebackhide__ = True
    for n, f in enumerate(report.findings, 1):
        item = doc.by_id(f"f{n}")
        links = {a.attrs["href"] for a in item.find_all("a")}
        for side, span, text in (
            ("orig", f.original, report.original_text),
            ("copy", f.copy, report.copy_text),
        ):
            anchor = doc.find_all(id=f"f{n}-{side}")
            if span is None:
                assert not anchor, (n, side)
                assert f"#f{n}-{side}" not in links
                continue
            assert len(anchor) == 1 and f"#f{n}-{side}" in links, (n, side)
            cell = _cell_of(doc, anchor[0])
            assert cell is not None and side in cell.classes, (n, side)
            marks = [m for m in cell_side_marks(doc, side) if m.attrs["data-f"] == f"f{n}"]
            assert marks, (n, side)
            declared = registry.kind(f.kind)
            if side == "copy" and declared is not None and declared.marks_gap:
                # Text missing from the copy: its place is a point, the kept text is no defect.
                assert [m.text() for m in marks] == [""] and "point" in marks[0].classes, (n, side, f.kind)
            else:
                assert "".join(m.text() for m in marks) == side_parts(text, span), (n, side, f.kind)
            assert all(f"k-{f.kind}" in m.classes and f"sev-{f.severity.value}" in m.classes for m in marks)


def _cell_of(doc: Element, target: Element) -> Element | None:
    for td in doc.find_all("td"):
        if any(e is target for e in td.iter()):
            return td
    return None


def cell_side_marks(doc: Element, side: str) -> list[Element]:
    """The ``<mark>`` highlights of one column, in document order."""
    return [m for td in doc.find_all("td", cls=side) for m in td.find_all("mark")]
