"""Run a lab's code cells in a fresh interpreter and keep what each prints (a library, not a hook).

A Jupyter kernel takes seconds to start; a plain interpreter runs a NumPy lab in well under one. The
cells share one namespace, as in a notebook, and the first cell that raises fails the build with the
lab, the cell and the traceback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jupytext
from nbformat import NotebookNode
from nbformat.v4 import new_output

TIMEOUT = 120  # seconds for a whole lab

RUNNER = r"""
import contextlib, io, json, sys, traceback
namespace = {"__name__": "__main__"}
outputs = []
for number, source in enumerate(json.load(sys.stdin), start=1):
    buffer = io.StringIO()
    try:
        with contextlib.redirect_stdout(buffer):
            exec(compile(source, f"<cell {number}>", "exec"), namespace)
    except BaseException:
        json.dump({"failed": number, "error": traceback.format_exc()}, sys.stdout)
        sys.exit(0)
    outputs.append(buffer.getvalue())
json.dump({"outputs": outputs}, sys.stdout)
"""


class LabError(RuntimeError):
    """A lab cell raised, or the lab did not finish in time."""


def execute_lab(path: Path, name: str) -> NotebookNode:
    """The lab at ``path`` (percent format) as a notebook with each code cell's printed output."""
    notebook = jupytext.read(path, fmt="py:percent")
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    try:
        result = subprocess.run([sys.executable, "-c", RUNNER], input=json.dumps([c.source for c in code]),
                                capture_output=True, text=True, timeout=TIMEOUT, cwd=path.parent,
                                env={**os.environ, "MPLBACKEND": "Agg"})
        report = json.loads(result.stdout)
    except subprocess.TimeoutExpired:
        raise LabError(f"{name}: did not finish within {TIMEOUT} s") from None
    except json.JSONDecodeError:
        raise LabError(f"{name}: the lab runner failed:\n{result.stderr}") from None
    if "failed" in report:
        raise LabError(f"{name}: code cell {report['failed']} raised:\n{report['error']}")
    for number, (cell, printed) in enumerate(zip(code, report["outputs"]), start=1):
        cell.execution_count = number
        cell.outputs = [new_output("stream", name="stdout", text=printed)] if printed else []
    return notebook
