"""Rerun every snippet and figure script, rewriting the .out files and the figures they render.

Usage: python scripts/update_outputs.py [PATH ...]   (default: everything under snippets/)
A path may be a folder or a single script. Review `git diff` afterwards: a changed output is a
changed page.
"""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from snippet_runner import run_script  # noqa: E402


def scripts_under(paths: list[Path]) -> list[Path]:
    found = []
    for path in paths:
        found += [path] if path.is_file() else sorted(path.rglob("*.py"))
    return found


def update(script: Path) -> str:
    result = run_script(script)  # figure scripts write their SVG to its committed place
    rel = script.relative_to(ROOT)
    if result.returncode != 0:
        return f"FAILED  {rel}\n{result.stderr}"
    out_file = script.with_suffix(".out")
    old = out_file.read_text(encoding="utf-8") if out_file.exists() else None
    out_file.write_text(result.stdout, encoding="utf-8")
    return f"{'same   ' if old == result.stdout else 'updated'} {out_file.relative_to(ROOT)}"


def main() -> int:
    paths = [Path(p).resolve() for p in sys.argv[1:]] or [ROOT / "snippets"]
    with ThreadPoolExecutor() as pool:
        reports = list(pool.map(update, scripts_under(paths)))
    print("\n".join(reports))
    return 1 if any(r.startswith("FAILED") for r in reports) else 0


if __name__ == "__main__":
    sys.exit(main())
