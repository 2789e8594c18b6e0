"""Figure: broadcasting a (3, 1) column and a (1, 4) row to a (3, 4) result."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

OUT = (Path(__file__).resolve().parents[3]
       / "docs/assets/figures/math/python-for-math-broadcasting.svg")


def grid(ax, x0, y0, values, real_rows, real_cols, color):
    """Draw a grid of cells; cells outside the real block are the virtual (stretched) copies."""
    rows, cols = values.shape
    for i in range(rows):
        for j in range(cols):
            real = i < real_rows and j < real_cols
            ax.add_patch(Rectangle((x0 + j, y0 - i), 1, 1, facecolor=color if real else "white",
                                   edgecolor="black" if real else "0.55", lw=1.5 if real else 1,
                                   ls="-" if real else "--"))
            ax.text(x0 + j + 0.5, y0 - i + 0.5, f"{values[i, j]:g}", ha="center", va="center",
                    fontsize=13, color="black" if real else "0.45")


def make_figure():
    col = np.array([[0], [10], [20]])  # shape (3, 1)
    row = np.array([[0, 1, 2, 3]])  # shape (1, 4)
    fig, ax = plt.subplots(figsize=(10, 3.2))
    grid(ax, 0, 2, np.repeat(col, 4, axis=1), 3, 1, "#aec7e8")
    ax.text(2.0, -1.35, "a: shape (3, 1)\nstretched along axis 1", ha="center", fontsize=12)
    ax.text(4.5, 1.0, "+", fontsize=24, ha="center", va="center")
    grid(ax, 5, 2, np.repeat(row, 3, axis=0), 1, 4, "#ffbb78")
    ax.text(7.0, -1.35, "b: shape (1, 4)\nstretched along axis 0", ha="center", fontsize=12)
    ax.text(9.5, 1.0, "=", fontsize=24, ha="center", va="center")
    grid(ax, 10, 2, col + row, 3, 4, "#98df8a")
    ax.text(12.0, -1.35, "a + b: shape (3, 4)", ha="center", fontsize=12)
    ax.set_xlim(-0.2, 14.2)
    ax.set_ylim(-1.5, 3.2)
    ax.set_aspect("equal")
    ax.axis("off")
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
