"""Finding, running and checking snippets; shared by the tests and scripts/update_outputs.py."""

from __future__ import annotations

import difflib
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

from support import ROOT
INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<path>[^":]+)(?::[\w-]+)?"\s*$', re.MULTILINE)
TIMEOUT = 60  # seconds; a snippet should take about one


def code_snippets(snippets: Path) -> list[Path]:
    """Scripts whose printed output is shown on a page (everything but figure scripts)."""
    return sorted(p for p in snippets.rglob("*.py") if not p.name.startswith("fig_"))


def figure_scripts(snippets: Path) -> list[Path]:
    return sorted(snippets.rglob("fig_*.py"))


def lab_scripts(docs: Path) -> list[Path]:
    return sorted(docs.glob("*/labs/*.py"))


def run_script(script: Path, *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """Run ``script`` as ``__main__`` in a fresh interpreter, the way a reader would."""
    env = {**os.environ, "PYTHONHASHSEED": "0", "MPLBACKEND": "Agg"}
    return subprocess.run([sys.executable, str(script), *args], cwd=cwd, capture_output=True,
                          text=True, timeout=TIMEOUT, env=env)


def output_diff(expected: str, actual: str, out_file: Path) -> str:
    """A unified diff from the committed ``.out`` to a fresh run; empty when they agree."""
    return "".join(difflib.unified_diff(
        expected.splitlines(keepends=True), actual.splitlines(keepends=True),
        fromfile=f"{out_file} (committed)", tofile=f"{out_file} (fresh run)"))


def snippet_problem(script: Path, root: Path = ROOT) -> str | None:
    """Why ``script`` fails its check (missing .out, error, output drift), or None if it passes."""
    out_file = script.with_suffix(".out")
    name = out_file.relative_to(root)
    if not out_file.exists():
        return f"{name} is missing: run `make update-outputs`"
    result = run_script(script, cwd=root)
    if result.returncode != 0:
        return f"{script.relative_to(root)} failed:\n{result.stderr}"
    diff = output_diff(out_file.read_text(encoding="utf-8"), result.stdout, name)
    if diff:
        return f"output drift in {name}; run `make update-outputs` if the change is intended:\n{diff}"
    return None


def included_snippets(docs: Path) -> dict[str, list[str]]:
    """Snippet paths (relative to snippets/) included by pages, each with the pages that include it."""
    used: dict[str, list[str]] = {}
    for page in sorted(docs.rglob("*.md")):
        for match in INCLUDE.finditer(page.read_text(encoding="utf-8")):
            used.setdefault(match["path"], []).append(str(page.relative_to(docs.parent)))
    return used


def figure_target(script: Path) -> Path:
    """The SVG a figure script writes by default (its module-level ``OUT``)."""
    spec = importlib.util.spec_from_file_location(f"figure_{script.stem}", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return Path(module.OUT)
