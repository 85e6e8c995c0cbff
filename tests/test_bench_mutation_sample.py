"""The sampled mutation run's pure parts (bench/mutation_sample.py): the seeded stratified order and
the results it reads back. docs/quality.md's sampled figures are only honest if the same seed gives
the same order on a fresh clone and any prefix of it is a proportional sample of the modules.

The mutant names are made up in mutmut's shape; no mutant is run here.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import mutation_report
import mutation_sample as ms


def _modules(**sizes: int) -> dict[str, list[str]]:
    return {f"pkg.{m}": [f"pkg.{m}.x_f__mutmut_{i}" for i in range(1, n + 1)] for m, n in sizes.items()}


def test_the_order_is_fixed_by_the_seed_and_holds_every_mutant_once() -> None:
    modules = _modules(big=120, middle=40, small=7)
    first = ms.stratified_order(modules, seed=20261205)
    assert first == ms.stratified_order(modules, seed=20261205)
    assert first != ms.stratified_order(modules, seed=20261206)
    assert sorted(name for _, name in first) == sorted(n for names in modules.values() for n in names)
    assert all(name.startswith(module + ".") for module, name in first)


def test_the_order_does_not_depend_on_how_the_mutants_were_listed() -> None:
    modules = _modules(big=50, small=9)
    listed_otherwise = {m: list(reversed(names)) for m, names in reversed(modules.items())}
    assert ms.stratified_order(modules) == ms.stratified_order(listed_otherwise)


def test_a_module_without_mutants_does_not_change_the_order() -> None:
    # mutmut writes a .meta for checks/__init__.py with no mutant: the committed figures' order
    # was drawn without it.
    modules = _modules(big=50, small=9)
    assert ms.stratified_order({"pkg": [], **modules}) == ms.stratified_order(modules)


def test_each_module_is_shuffled_not_run_in_its_listed_order() -> None:
    order = ms.stratified_order(_modules(big=100))
    assert [name for _, name in order] != [f"pkg.big.x_f__mutmut_{i}" for i in range(1, 101)]


@pytest.mark.parametrize("prefix", [10, 33, 100, 167])
def test_every_prefix_interleaves_the_modules_in_proportion_to_their_size(prefix: int) -> None:
    sizes = {"big": 120, "middle": 40, "small": 7}
    order = ms.stratified_order(_modules(**sizes))
    taken = Counter(module for module, _ in order[:prefix])
    total = sum(sizes.values())
    for module, size in sizes.items():
        assert abs(taken[f"pkg.{module}"] - prefix * size / total) < 2


def test_the_order_file_round_trips() -> None:
    order = ms.stratified_order(_modules(a=3, b=2))
    assert ms.parse_order(ms.format_order(order)) == [name for _, name in order]


def test_the_results_parser_reads_each_status_and_keeps_the_last_of_a_repeated_mutant() -> None:
    text = (
        "pkg.a.x_f__mutmut_1: killed tests/test_a.py::test_one 12s\n"
        "pkg.a.x_f__mutmut_2: survived - 80s\n"
        "pkg.a.x_f__mutmut_3: no tests - 0s\n"
        "pkg.a.xǁKǁm__mutmut_4: timeout - 301s\n"
        "pkg.a.x_f__mutmut_5: error2 - 3s\n"
        "pkg.a.x_f__mutmut_2: killed tests/test_a.py::test_two 9s\n"
        "\n"
    )
    assert ms.parse_results(text) == {
        "pkg.a.x_f__mutmut_1": "killed",
        "pkg.a.x_f__mutmut_2": "killed",
        "pkg.a.x_f__mutmut_3": "no tests",
        "pkg.a.xǁKǁm__mutmut_4": "timeout",
        "pkg.a.x_f__mutmut_5": "error2",
    }


def test_a_result_line_is_read_back_as_written() -> None:
    line = ms.result_line("pkg.a.x_f__mutmut_1", ms.status_of(exit_code=1), "tests/t.py::test_x", 12.4)
    assert line == "pkg.a.x_f__mutmut_1: killed tests/t.py::test_x 12s\n"
    assert ms.parse_results(line) == {"pkg.a.x_f__mutmut_1": "killed"}


def test_pytest_exit_codes_become_statuses() -> None:
    assert [ms.status_of(exit_code=c) for c in (0, 1, 2, None)] == ["survived", "killed", "error2", "timeout"]


def test_the_killer_is_the_first_failed_test_else_the_first_collection_error() -> None:
    assert ms.first_failure("x\nFAILED tests/a.py::t1 - boom\nFAILED tests/a.py::t2\n") == "tests/a.py::t1"
    assert ms.first_failure("ERROR tests/b.py - ImportError\n") == "tests/b.py"
    assert ms.first_failure("3 passed\n") == "-"


def test_the_report_lines_are_what_mutation_report_counts() -> None:
    modules = {"pkg.a": ["pkg.a.x_f__mutmut_1", "pkg.a.x_f__mutmut_2", "pkg.a.x_f__mutmut_3"]}
    results = {"pkg.a.x_f__mutmut_1": "killed", "pkg.a.x_f__mutmut_2": "error2"}
    lines = ms.report_lines(modules, results)
    assert lines.splitlines() == [
        "    pkg.a.x_f__mutmut_1: killed",
        "    pkg.a.x_f__mutmut_2: suspicious",
        "    pkg.a.x_f__mutmut_3: not checked",
    ]
    looked_at = ms.report_lines(modules, results, errors_ok=frozenset({"pkg.a.x_f__mutmut_2"}))
    assert mutation_report.parse(looked_at) == {"pkg.a": Counter({"killed": 2, "not checked": 1})}
    overridden = ms.report_lines(modules, results, overrides={"pkg.a.x_f__mutmut_1": "survived"})
    assert "    pkg.a.x_f__mutmut_1: survived" in overridden.splitlines()


def test_a_missing_mutants_folder_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert ms.main(["order", "--mutants", str(tmp_path / "mutants")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "run `make mutation` first" in err


def test_running_without_an_order_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "mutmut-stats.json").write_text("{}", encoding="utf-8")
    assert ms.main(["run", "--mutants", str(tmp_path)]) == 2
    assert "run `bench/mutation_sample.py order` first" in capsys.readouterr().err
