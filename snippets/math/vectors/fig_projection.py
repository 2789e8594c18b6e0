"""Figure: two vectors, the angle between them, and the projection of one onto the other."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/vectors-projection.svg"


def arrow(ax, end, color, label, label_at):
    ax.annotate(
        "", xy=end, xytext=(0, 0),
        arrowprops=dict(arrowstyle="-|>", color=color, lw=2.2, mutation_scale=18),
    )
    ax.text(label_at[0], label_at[1], label, color=color, fontsize=14, ha="center", va="center")


def make_figure():
    a = np.array([3.0, 1.0])
    b = np.array([1.0, 2.0])
    proj = (a @ b) / (a @ a) * a  # (a.b / a.a) a = (1.5, 0.5)
    fig, ax = plt.subplots(figsize=(6, 4))
    arrow(ax, a, "#1f77b4", r"$\mathbf{a}=(3,1)$", (2.75, 1.35))
    arrow(ax, b, "#d62728", r"$\mathbf{b}=(1,2)$", (0.55, 2.3))
    # Projection of b onto a, and the perpendicular drop from b.
    ax.plot([0, proj[0]], [0, proj[1]], color="#2ca02c", lw=5, alpha=0.6, solid_capstyle="butt")
    ax.plot([b[0], proj[0]], [b[1], proj[1]], color="gray", ls="--", lw=1.5)
    ax.text(1.65, -0.35, "projection of $\\mathbf{b}$ on $\\mathbf{a}$\n(1.5, 0.5)",
            color="#2ca02c", fontsize=11, ha="left")
    # Right-angle marker where the dashed line meets a.
    d = 0.15
    ua = a / np.linalg.norm(a)
    ub = (b - proj) / np.linalg.norm(b - proj)
    corner = [proj + d * ub, proj + d * ub - d * ua, proj - d * ua]
    ax.plot([c[0] for c in corner], [c[1] for c in corner], color="gray", lw=1)
    # Angle arc between the two vectors.
    t0, t1 = np.arctan2(a[1], a[0]), np.arctan2(b[1], b[0])
    t = np.linspace(t0, t1, 40)
    ax.plot(0.7 * np.cos(t), 0.7 * np.sin(t), color="black", lw=1.2)
    tm = (t0 + t1) / 2
    ax.text(0.95 * np.cos(tm), 0.95 * np.sin(tm), r"$\theta=45^\circ$", fontsize=12,
            ha="center", va="center")
    ax.set_xlim(-0.5, 3.8)
    ax.set_ylim(-0.6, 2.6)
    ax.set_aspect("equal")
    ax.grid(True, color="0.9")
    ax.axhline(0, color="0.6", lw=0.8)
    ax.axvline(0, color="0.6", lw=0.8)
    ax.set_title(r"$\mathbf{a}\cdot\mathbf{b} = \|\mathbf{a}\|\,\|\mathbf{b}\|\cos\theta = 5$",
                 fontsize=13)
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
