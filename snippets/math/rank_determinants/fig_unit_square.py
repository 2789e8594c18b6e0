"""Figure: the unit square and its image under three 2x2 matrices; the area is |det|."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/rank-determinants-unit-square.svg"

CASES = [
    ("identity: det = 1", np.eye(2)),
    ("det = 2.5: area x 2.5", np.array([[2.0, 1.0], [0.5, 1.5]])),
    ("det = -2.5: columns swapped, orientation flipped", np.array([[1.0, 2.0], [1.5, 0.5]])),
    ("det = 0: squashed onto a line", np.array([[1.0, 2.0], [0.5, 1.0]])),
]
BLUE, ORANGE, FILL = "#1f77b4", "#d95f02", "#9ecae1"


def draw(ax, title, M):
    a1, a2 = M[:, 0], M[:, 1]
    corners = np.array([[0.0, 0.0], a1, a1 + a2, a2])
    ax.fill(corners[:, 0], corners[:, 1], color=FILL, alpha=0.6, lw=1.5, ec="#08519c")
    for vec, other, color, label in ((a1, a2, BLUE, r"$A\mathbf{e}_1$"),
                                     (a2, a1, ORANGE, r"$A\mathbf{e}_2$")):
        ax.annotate("", xy=vec, xytext=(0, 0),
                    arrowprops=dict(arrowstyle="-|>", color=color, lw=2.2, mutation_scale=16))
        # put the label beside the middle of the arrow, on the side away from the other column
        away = other - (other @ vec) / (vec @ vec) * vec
        away = away / np.linalg.norm(away) if np.linalg.norm(away) > 1e-9 else np.array([0.4, -0.9])
        pos = 0.6 * vec - 0.3 * away
        ax.text(pos[0], pos[1], label, color=color, fontsize=12, ha="center", va="center")
    area = abs(np.linalg.det(M))
    where = corners.mean(axis=0) if area > 0 else np.array([2.6, 0.4])
    ax.text(where[0], where[1], f"area {area:.1f}", ha="center", va="center", fontsize=11)
    ax.set_title(title, fontsize=12)
    ax.set_xlim(-0.5, 3.5)
    ax.set_ylim(-0.5, 2.5)
    ax.set_aspect("equal")
    ax.axhline(0, color="0.6", lw=0.8)
    ax.axvline(0, color="0.6", lw=0.8)
    ax.set_xticks(range(0, 4))
    ax.set_yticks(range(0, 3))
    ax.grid(True, color="0.9", lw=0.6)


def make_figure():
    fig, axes = plt.subplots(2, 2, figsize=(9, 6.5))
    for ax, (title, M) in zip(axes.flat, CASES):
        draw(ax, title, M)
    fig.tight_layout()
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
