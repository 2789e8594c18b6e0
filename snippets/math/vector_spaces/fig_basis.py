"""Figure: one vector, two coordinate systems (the standard basis and a skewed basis)."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/vector-spaces-basis.svg"


def arrow(ax, start, end, color, lw=2.2):
    ax.annotate("", xy=end, xytext=start,
                arrowprops=dict(arrowstyle="-|>", color=color, lw=lw, mutation_scale=16))


def make_figure():
    b1, b2 = np.array([2.0, 1.0]), np.array([1.0, 2.0])
    x = b1 + 2 * b2  # (4, 5)
    fig, ax = plt.subplots(figsize=(6, 6))
    # The skewed grid: lines c1 = const and c2 = const of the basis (b1, b2).
    t = np.array([-2.0, 4.0])
    for c in range(-2, 5):
        const = np.full(2, float(c))
        for p in (np.outer(b1, const) + np.outer(b2, t), np.outer(b1, t) + np.outer(b2, const)):
            ax.plot(p[0], p[1], color="#ff9896", lw=0.9, zorder=0)
    # Path along the new basis: one b1, then two b2.
    arrow(ax, (0, 0), b1, "#d62728")
    arrow(ax, b1, b1 + b2, "#1f77b4")
    arrow(ax, b1 + b2, x, "#1f77b4")
    arrow(ax, (0, 0), b2, "#1f77b4", lw=1.2)
    arrow(ax, (0, 0), x, "black", lw=2.6)
    ax.text(1.05, 0.15, r"$\mathbf{b}_1=(2,1)$", color="#d62728", fontsize=12)
    ax.text(-0.35, 2.1, r"$\mathbf{b}_2=(1,2)$", color="#1f77b4", fontsize=12, ha="right")
    ax.text(3.4, 2.55, r"$+\,2\mathbf{b}_2$", color="#1f77b4", fontsize=12)
    ax.text(3.75, 5.05, r"$\mathbf{x}=(4,5)=1\,\mathbf{b}_1+2\,\mathbf{b}_2$",
            fontsize=12, ha="right",
            bbox=dict(facecolor="white", edgecolor="none", alpha=0.9))
    ax.set_xlim(-2.5, 6.5)
    ax.set_ylim(-1.5, 6.5)
    ax.set_aspect("equal")
    ax.grid(True, color="0.85")
    ax.axhline(0, color="0.5", lw=0.8)
    ax.axvline(0, color="0.5", lw=0.8)
    ax.set_title("Standard coordinates (4, 5), new coordinates (1, 2)", fontsize=12)
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
