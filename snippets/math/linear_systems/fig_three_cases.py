"""Figure: the row picture of a 2x2 system: one solution, none, or infinitely many."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/linear-systems-three-cases.svg"

# each case: two equations a1 x + a2 y = c, written as (a1, a2, c, label)
CASES = [
    ("one solution (det = -3)", [(1.0, 1.0, 3.0, "x + y = 3"), (1.0, -2.0, 0.0, "x - 2y = 0")]),
    ("no solution (det = 0)", [(1.0, 1.0, 3.0, "x + y = 3"), (1.0, 1.0, 1.0, "x + y = 1")]),
    ("infinitely many (det = 0)", [(1.0, 1.0, 3.0, "x + y = 3"), (2.0, 2.0, 6.0, "2x + 2y = 6")]),
]
COLORS = ["#1f77b4", "#d95f02"]
STYLES = ["-", "--"]


def line_points(a1, a2, c, xs):
    return xs, (c - a1 * xs) / a2          # all lines here have a2 != 0


def make_figure():
    xs = np.array([-1.0, 4.0])             # straight lines need only their two end points
    fig, axes = plt.subplots(1, 3, figsize=(11, 3.8), sharey=True)
    for ax, (title, eqs) in zip(axes, CASES):
        for (a1, a2, c, label), color, style in zip(eqs, COLORS, STYLES):
            X, Y = line_points(a1, a2, c, xs)
            ax.plot(X, Y, style, color=color, lw=2.4, label=label)
        A = np.array([[e[0], e[1]] for e in eqs])
        if abs(np.linalg.det(A)) > 1e-12:
            sol = np.linalg.solve(A, [e[2] for e in eqs])
            ax.plot(*sol, "o", color="black", ms=7)
            ax.annotate(f"({sol[0]:g}, {sol[1]:g})", sol, xytext=(10, -18), textcoords="offset points",
                        fontsize=11)
        ax.set_title(title, fontsize=12)
        ax.set_xlim(-1, 4)
        ax.set_ylim(-1.5, 4)
        ax.axhline(0, color="0.6", lw=0.8)
        ax.axvline(0, color="0.6", lw=0.8)
        ax.set_xticks(range(-1, 5))
        ax.set_aspect("equal")
        ax.legend(loc="upper right", fontsize=9, frameon=True)
    fig.tight_layout()
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
