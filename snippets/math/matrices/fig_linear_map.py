"""Figure: a 2x2 matrix as a linear map; the columns are where the basis vectors land."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/matrices-linear-map.svg"

A = np.array([[2.0, -1.0],
              [1.0, 1.0]])


def draw(ax, M, title, labels):
    # Grid lines x = c and y = c, mapped through M (a straight line stays straight).
    t = np.array([-3.0, 3.0])
    for c in range(-3, 4):
        for line in (np.stack([np.full(2, c), t]), np.stack([t, np.full(2, c)])):
            p = M @ line
            ax.plot(p[0], p[1], color="0.8", lw=0.8, zorder=0)
    e1, e2, x = M @ [1.0, 0.0], M @ [0.0, 1.0], M @ [1.0, 1.0]
    for vec, color, label, off in [(e1, "#d62728", labels[0], (0.15, -0.35)),
                                   (e2, "#1f77b4", labels[1], (-0.2, 0.25)),
                                   (x, "black", labels[2], (0.15, 0.2))]:
        ax.annotate("", xy=vec, xytext=(0, 0),
                    arrowprops=dict(arrowstyle="-|>", color=color, lw=2.2, mutation_scale=16))
        ax.text(vec[0] + off[0], vec[1] + off[1], label, color=color, fontsize=12,
                ha="left" if off[0] >= 0 else "right")
    # x = e1 + e2, so Mx = Me1 + Me2: the parallelogram rule survives the map.
    for a, b in ((e1, x), (e2, x)):
        ax.plot([a[0], b[0]], [a[1], b[1]], color="0.4", ls="--", lw=1)
    ax.set_xlim(-3.0, 3.7)
    ax.set_ylim(-1.6, 3.2)
    ax.set_aspect("equal")
    ax.axhline(0, color="0.5", lw=0.8)
    ax.axvline(0, color="0.5", lw=0.8)
    ax.set_title(title, fontsize=13)
    ax.set_xticks(range(-2, 4))
    ax.set_yticks(range(-1, 4))


def make_figure():
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4.6))
    draw(left, np.eye(2), "Before: the standard grid",
         [r"$\mathbf{e}_1=(1,0)$", r"$\mathbf{e}_2=(0,1)$", r"$\mathbf{x}=(1,1)$"])
    draw(right, A, "After: every point multiplied by A",
         [r"$A\mathbf{e}_1=(2,1)$", r"$A\mathbf{e}_2=(-1,1)$", r"$A\mathbf{x}=(1,2)$"])
    fig.tight_layout()
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
