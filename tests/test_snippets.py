"""Every snippet runs, prints exactly its committed .out, and is shown by a page; figures reproduce."""

from __future__ import annotations

import pytest
from support import DOCS, ROOT, SNIPPETS
from snippet_runner import (code_snippets, figure_scripts, figure_target, included_snippets,
                            lab_scripts, run_script, snippet_problem)

CODE = code_snippets(SNIPPETS)
FIGURES = figure_scripts(SNIPPETS)
LABS = lab_scripts(DOCS)


def test_there_are_snippets_figures_and_labs():
    assert CODE and FIGURES and LABS


@pytest.mark.parametrize("script", CODE, ids=lambda p: str(p.relative_to(SNIPPETS)))
def test_snippet_output_matches(script):
    problem = snippet_problem(script)
    assert problem is None, problem


@pytest.mark.parametrize("script", FIGURES, ids=lambda p: str(p.relative_to(SNIPPETS)))
def test_figure_is_reproducible(script, tmp_path):
    committed = figure_target(script)
    rel = committed.relative_to(ROOT)
    assert committed.exists(), f"{rel} is missing: run `make update-outputs`"
    result = run_script(script, str(tmp_path / committed.name))
    assert result.returncode == 0, f"{script.relative_to(ROOT)} failed:\n{result.stderr}"
    fresh = (tmp_path / committed.name).read_bytes()
    assert fresh == committed.read_bytes(), (
        f"{rel} differs from a fresh render of {script.relative_to(ROOT)}: run `make update-outputs`")
    out_file = script.with_suffix(".out")
    assert out_file.exists() and out_file.read_text() == result.stdout, (
        f"{out_file.relative_to(ROOT)} is stale: run `make update-outputs`")


@pytest.mark.parametrize("lab", LABS, ids=lambda p: str(p.relative_to(DOCS)))
def test_lab_runs_as_a_script(lab):
    result = run_script(lab)
    assert result.returncode == 0, f"{lab.relative_to(ROOT)} failed:\n{result.stderr}"


def test_every_snippet_and_output_is_shown_by_a_page():
    used = included_snippets(DOCS)
    unused = [str(p.relative_to(SNIPPETS)) for p in CODE + FIGURES
              if str(p.relative_to(SNIPPETS)) not in used]
    assert not unused, f"snippets no page includes (show them or delete them): {unused}"
    unshown = [str(p.with_suffix(".out").relative_to(SNIPPETS)) for p in CODE
               if str(p.with_suffix(".out").relative_to(SNIPPETS)) not in used]
    assert not unshown, f"outputs no page shows: {unshown}"


def test_no_orphan_outputs():
    orphans = [str(p.relative_to(ROOT)) for p in SNIPPETS.rglob("*.out")
               if not p.with_suffix(".py").exists()]
    assert not orphans, f".out files without a script: {orphans}"


def test_output_drift_is_reported_with_the_file_and_a_diff(project_copy):
    script = project_copy / CODE[0].relative_to(ROOT)
    out_file = script.with_suffix(".out")
    committed = out_file.read_text()
    out_file.write_text(committed.replace("\n", "\n0.1234\n", 1) if "\n" in committed else "0.1234\n")
    problem = snippet_problem(script, project_copy)
    assert problem is not None
    assert f"output drift in {out_file.relative_to(project_copy)}" in problem
    assert "+++" in problem and "-0.1234" in problem


def test_missing_output_is_reported(project_copy):
    script = project_copy / CODE[0].relative_to(ROOT)
    script.with_suffix(".out").unlink()
    problem = snippet_problem(script, project_copy)
    assert problem == f"{script.with_suffix('.out').relative_to(project_copy)} is missing: run `make update-outputs`"
