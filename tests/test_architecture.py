"""The layers of docs/architecture.md, enforced by reading the imports of every module (ast), and the
check registry as the one place a finding kind is declared."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import textguard
from textguard import Config, registry
from textguard.engine.context import CheckContext
from textguard.findings import Finding, Severity
from textguard.registry import Check, Kind
from textguard.render.html import render_html
from textguard.render.html_style import stylesheet

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "textguard"

#: The engine: what runs a check. Renderers and the edges reach it only through textguard.api.
ENGINE = ("textguard.engine", "textguard.checks", "textguard.extract")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports_of(name: str, *, lazy: bool = True) -> Iterator[str]:
    """The textguard modules that module ``name`` imports: at module level, and (``lazy``) inside
    functions too, but never under ``if TYPE_CHECKING`` or in a module ``__getattr__`` (a lazy
    facade). ``from package import name`` counts as importing ``package.name`` when that is a module."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]

    def visit(node: ast.AST, top: bool) -> Iterator[str]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                continue
            if isinstance(child, ast.FunctionDef) and top and child.name == "__getattr__":
                continue
            inner = top and not isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
            if isinstance(child, ast.Import):
                if top or lazy:
                    yield from (a.name for a in child.names)
            elif isinstance(child, ast.ImportFrom):
                if not (top or lazy):
                    continue
                if child.level:
                    base = package.split(".")
                    base = base[: len(base) - child.level + 1]
                    target = ".".join(base + ([child.module] if child.module else []))
                else:
                    target = child.module or ""
                yield target
                for alias in child.names:
                    if f"{target}.{alias.name}" in MODULES:
                        yield f"{target}.{alias.name}"
            else:
                yield from visit(child, inner)

    for target in visit(ast.parse(path.read_text(encoding="utf-8")), True):
        if target.startswith("textguard"):
            yield target


def test_every_module_is_seen() -> None:
    assert {"textguard.api", "textguard.render.html", "textguard.engine.pipeline", "textguard.cli"} <= set(MODULES)


@pytest.mark.parametrize("name", [m for m in MODULES if m.startswith("textguard.render")])
def test_renderers_import_no_engine_module(name: str) -> None:
    engine = [m for m in imports_of(name) if m.startswith(ENGINE) or m == "textguard.api"]
    assert not engine, f"{name} imports {engine}: a renderer formats a Report, it never runs a check"


@pytest.mark.parametrize("name", ["textguard.cli", "textguard.pytest_plugin"])
def test_the_edges_use_the_engine_only_through_the_public_api(name: str) -> None:
    engine = [m for m in imports_of(name) if m.startswith(ENGINE)]
    assert not engine, f"{name} imports {engine}: use textguard.check / check_files (textguard.api)"


@pytest.mark.parametrize("name", [m for m in MODULES if m.startswith("textguard.text")])
def test_the_text_layer_knows_nothing_above_it(name: str) -> None:
    above = [
        m
        for m in imports_of(name)
        if not m.startswith(("textguard.text", "textguard.errors", "textguard.findings"))
    ]
    assert not above, f"{name} imports {above}: the text layer sits below everything else"


def test_only_the_edges_import_pytest_hypothesis_or_argparse() -> None:
    allowed = {
        "pytest": ("textguard.pytest_plugin", "textguard.testing"),
        "hypothesis": ("textguard.testing",),
        "syrupy": ("textguard.pytest_plugin", "textguard.testing"),
        "argparse": ("textguard.cli",),
    }
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            roots = []
            if isinstance(node, ast.Import):
                roots = [a.name.split(".")[0] for a in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                roots = [node.module.split(".")[0]]
            for root in roots:
                if root in allowed:
                    assert name.startswith(allowed[root]), f"{name} imports {root}"


def _cycle(lazy: bool) -> list[str] | None:
    graph = {m: sorted({t for t in imports_of(m, lazy=lazy) if t in MODULES and t != m}) for m in MODULES}
    state: dict[str, int] = {}
    stack: list[str] = []

    def walk(m: str) -> list[str] | None:
        state[m] = 1
        stack.append(m)
        for t in graph[m]:
            # A package imports its own modules to re-export them; that is no cycle of layers.
            if t.startswith(m + "."):
                continue
            if state.get(t) == 1:
                return stack[stack.index(t) :] + [t]
            if t not in state:
                found = walk(t)
                if found:
                    return found
        stack.pop()
        state[m] = 2
        return None

    for m in graph:
        if m not in state:
            found = walk(m)
            if found:
                return found
    return None


def test_no_import_cycles_at_import_time() -> None:
    assert _cycle(lazy=False) is None


def test_no_import_cycles_even_through_imports_inside_functions() -> None:
    # textguard.registry loads the check modules with importlib, which is no import statement:
    # checks import the registry, never the reverse.
    assert _cycle(lazy=True) is None


def test_import_textguard_loads_no_check_and_no_pytest() -> None:
    import subprocess
    import sys

    code = (
        "import sys, textguard; "
        "print(sorted(m for m in sys.modules if m.startswith(('textguard.checks', 'textguard.engine', 'pytest'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# --- the registry -------------------------------------------------------------------------------

DUMMY = Kind("dummy-kind", Severity.WARNING, ("#fff3bf", "#f59f00"), "a test kind: the copy's first word")


def _first_word(ctx: CheckContext) -> list[Finding]:
    text = ctx.copy.text
    m = re.search(r"\w+", text)
    found = ctx.finding("dummy-kind", Severity.WARNING, "the first word", copy=ctx.copy_span(*m.span())) if m else None
    return [found] if found else []


def test_a_registered_kind_reaches_the_kinds_list_the_legend_and_the_json_report() -> None:
    original = "The council met on Monday.\n"
    with registry.registered(Check("dummy", kinds=(DUMMY,), run=_first_word)):
        assert "dummy-kind" in textguard.KINDS
        assert "dummy-kind" in registry.kind_names()
        report = textguard.check(original, original)
        assert [f["kind"] for f in report.to_dict()["findings"]] == ["dummy-kind"]
        page = render_html(report)
        assert '<li class="k-dummy-kind">' in page
        assert ".k-dummy-kind{--bg:#fff3bf;--fg:#f59f00}" in stylesheet()
        assert Config(disabled=frozenset({"dummy-kind"})).disabled == {"dummy-kind"}
        assert textguard.check(original, original, config=Config(disabled={"dummy-kind"})).findings == ()
    assert "dummy-kind" not in textguard.KINDS
    assert textguard.check(original, original).findings == ()


def test_a_kind_belongs_to_one_check() -> None:
    clash = Kind("quote-missing", Severity.ERROR, ("#000000", "#000000"), "again")
    with pytest.raises(textguard.errors.UsageError, match="registered already"):
        with registry.registered(Check("again", kinds=(clash,), run=_first_word)):
            pass


def test_every_kind_has_its_own_colours_and_a_description() -> None:
    kinds = registry.kinds()
    assert len({k.colour[0] for k in kinds}) == len(kinds)
    assert len({k.colour[1] for k in kinds}) == len(kinds)
    assert all(k.description and "\n" not in k.description for k in kinds)


def _documented_kinds(path: Path, heading: str) -> list[str]:
    text = path.read_text(encoding="utf-8")
    section = text.split(heading, 1)[1]
    section = re.split(r"\n#{1,3} ", section, maxsplit=1)[0]
    return re.findall(r"^\| `([a-z-]+)` \|", section, flags=re.MULTILINE)


def test_the_readme_table_lists_exactly_the_registered_kinds() -> None:
    assert sorted(_documented_kinds(ROOT / "README.md", "## What is checked")) == sorted(registry.kind_names())


def test_the_contract_lists_exactly_the_registered_kinds() -> None:
    documented = _documented_kinds(ROOT / "docs" / "report-contract.md", "## Finding kinds")
    assert sorted(documented) == sorted(registry.kind_names())


#: Test modules that cut across the layers (docs/architecture.md, "Tests mirror the layout").
CROSS_CUTTING = {
    "test_architecture",
    "test_fixture_articles",
    "test_check_properties",
    "test_fuzz_check",
    "test_reliability",
    "test_regex_audit",
    "test_check_layout_invariance",
    "test_realpages",  # bench/realpages.py, the real-page benchmark
    "test_bench_mutation_sample",  # bench/mutation_sample.py, the sampled mutation run
    "test_packaging",  # the wheel, installed into a fresh venv
}


@pytest.mark.parametrize("path", sorted((ROOT / "tests").glob("test_*.py")), ids=lambda p: p.name)
def test_every_test_module_is_named_after_what_it_owns(path: Path) -> None:
    stem = path.stem
    if stem in CROSS_CUTTING:
        return
    owned = stem.removeprefix("test_").removesuffix("_properties")
    candidates = {m.removeprefix("textguard.").replace(".", "_") for m in MODULES if m != "textguard"}
    assert any(owned == c or owned.startswith(c + "_") for c in candidates), (
        f"{path.name} names no module of textguard: call it test_<package>_<module>.py "
        "(docs/architecture.md) or list it as a cross-cutting suite here"
    )
