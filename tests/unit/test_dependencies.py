"""Every third-party module the shipped code imports is declared in ``[project.dependencies]``.

A clean ``pip install .`` installs only what pyproject declares; a module that the machine happens
to have (``cryptography`` once was) must not hide an undeclared dependency. The check reads every
``import`` under ``fieldvisit/``, ``maps/`` and ``resources/`` and maps each top-level module to the
distributions that provide it (:func:`importlib.metadata.packages_distributions`).
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ("fieldvisit", "maps", "resources")
LOCAL = {"fieldvisit", "maps", "resources"}
#: Modules only the development extras provide, imported lazily by a feature that says so.
DEV_ONLY = {"ortools": "side-by-side routing benchmarks (`bench --solver ortools`)"}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared(extra: str | None = None) -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    deps = project.get("optional-dependencies", {}).get(extra, []) if extra else project["dependencies"]
    return {_norm(re.split(r"[<>=!~\[; ]", d, maxsplit=1)[0]) for d in deps}


def imported_modules(roots=SHIPPED) -> dict[str, set[str]]:
    """``{top-level module: {files importing it}}`` for absolute imports outside the stdlib."""
    found: dict[str, set[str]] = {}
    for root in roots:
        for path in (ROOT / root).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    top = name.split(".")[0]
                    if top in sys.stdlib_module_names or top in LOCAL:
                        continue
                    found.setdefault(top, set()).add(str(path.relative_to(ROOT)))
    return found


def undeclared(declared: set[str], dev: set[str]) -> list[str]:
    """Sentences naming each imported module that no declared distribution provides."""
    dists = packages_distributions()
    problems = []
    for module, files in sorted(imported_modules().items()):
        providers = {_norm(d) for d in dists.get(module, [])}
        where = ", ".join(sorted(files)[:3])
        if module in DEV_ONLY:
            if not providers & dev:
                problems.append(f"{module} (in {where}) is not in the dev extras")
            continue
        if not providers:
            problems.append(f"{module} (in {where}) is imported but no installed distribution provides it")
        elif not providers & declared:
            problems.append(f"{module} (in {where}) comes from {sorted(providers)}, not declared in "
                            "[project.dependencies]")
    return problems


def test_every_imported_module_is_declared():
    assert undeclared(_declared(), _declared("dev")) == []


def test_the_check_catches_a_removed_dependency():
    """The check is not vacuous: dropping a real dependency (cryptography, as once happened) from
    the declared set is reported, with the files that import it."""
    declared = _declared()
    assert "cryptography" in declared
    problems = undeclared(declared - {"cryptography"}, _declared("dev"))
    assert len(problems) == 1 and problems[0].startswith("cryptography (in fieldvisit/")
