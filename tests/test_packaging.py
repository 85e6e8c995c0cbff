"""The distribution as a user installs it: a wheel built from this tree, installed into a fresh venv.

The distribution is ``pytest-textguard`` (``textguard`` on the package index is another project);
the import package and the command stay ``textguard``. This builds the wheel, installs it with its
``testing`` extra into a new virtual environment and, from a folder outside the repository, runs
the command and a pytest collection of a fixture folder there, as the README's install lines say.

The dependencies come from the package index when it can be reached; offline, the wheel is installed
without them and the venv borrows this environment's (a ``.pth`` file), which still tests the
wheel's own files, its console script and its pytest entry point.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def run(*argv: str | Path, cwd: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([str(a) for a in argv], capture_output=True, text=True, cwd=cwd, check=False)
    if check and proc.returncode != 0:
        pytest.fail(f"{' '.join(map(str, argv))} exited {proc.returncode}:\n{proc.stdout}\n{proc.stderr}")
    return proc


def test_the_distribution_is_named_for_pytest_and_not_the_taken_name() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == "pytest-textguard"
    assert project["scripts"] == {"textguard": "textguard.cli:main"}
    assert project["entry-points"]["pytest11"] == {"textguard": "textguard.pytest_plugin"}
    assert any(req.startswith("pytest-xdist") for req in project["optional-dependencies"]["testing"])
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install 'textguard[" not in readme and "pip install textguard" not in readme
    for line in (
        "pip install '.[testing]'",
        "pip install 'pytest-textguard[testing]'",
        "pip install 'dist/pytest_textguard-",
        "pip install 'pytest-textguard[testing] @ git+https://",
    ):
        assert line in readme, line


def fresh_venv(tmp_path: Path, requirement: str) -> Path:
    """A new venv with ``requirement`` installed (with the ``testing`` extra from the package index
    when there is one, else with no dependencies and this environment's borrowed); its python."""
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    python = venv / ("Scripts" if sys.platform == "win32" else "bin") / "python"
    online = run(python, "-m", "pip", "install", "-q", requirement, cwd=tmp_path, check=False)
    if online.returncode != 0:  # no package index: borrow this environment's dependencies
        bare = requirement.replace("[testing]", "")
        run(python, "-m", "pip", "install", "-q", "--no-deps", bare, cwd=tmp_path)
        site = run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=tmp_path)
        here = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
        (Path(site.stdout.strip()) / "borrowed.pth").write_text("\n".join(sorted(here)) + "\n")
    return python


@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="not a git checkout (an sdist or a copy)")
def test_a_git_url_installs_into_a_fresh_venv(tmp_path: Path) -> None:
    """The README's "from git" line, with this checkout's committed HEAD as the repository."""
    # file://localhost/...: the old pip of a fresh venv refuses a URL with an empty host (file:///).
    url = "git+file://localhost" + ROOT.as_uri().removeprefix("file://")
    python = fresh_venv(tmp_path, f"pytest-textguard[testing] @ {url}")
    script = python.parent / "textguard"
    assert run(script, "--version", cwd=tmp_path).stdout.startswith("textguard ")
    shown = run(python, "-m", "pip", "show", "pytest-textguard", cwd=tmp_path).stdout
    assert "Name: pytest-textguard" in shown


def test_the_wheel_installs_into_a_fresh_venv(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    run(sys.executable, "-m", "pip", "wheel", ROOT, "--no-deps", "-q", "-w", wheels, cwd=tmp_path)
    (wheel,) = wheels.glob("pytest_textguard-*.whl")
    python = fresh_venv(tmp_path, f"{wheel}[testing]")
    venv = python.parent.parent

    project = tmp_path / "project"
    shutil.copytree(ROOT / "fixtures" / "valemouth-night-bus", project / "fixtures" / "valemouth-night-bus")
    script = python.parent / "textguard"
    assert run(script, "--version", cwd=project).stdout.startswith("textguard ")
    where = run(python, "-c", "import textguard; print(textguard.__file__)", cwd=project).stdout.strip()
    assert Path(where).is_relative_to(venv), where  # the wheel's copy, not this checkout
    collected = run(python, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", cwd=project)
    ids = [line for line in collected.stdout.splitlines() if "::" in line]
    copies = sorted(p.stem for p in (project / "fixtures" / "valemouth-night-bus" / "copies").glob("*.txt"))
    # One item per copy, plus one per known wrong finding recorded as a strict xfail ("[expect-N]").
    assert sorted(i.split("::")[1] for i in ids if "[" not in i) == copies and len(copies) >= 4, ids
