"""Figure: the unit "circles" of the L1, L2 and L-infinity norms in two dimensions."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/vectors-unit-balls.svg"


def make_figure():
    t = np.linspace(0, 2 * np.pi, 201)
    circle = np.stack([np.cos(t), np.sin(t)])
    fig, ax = plt.subplots(figsize=(5, 5))
    # Each curve is the set of points whose norm equals 1: rescale the circle to have norm 1.
    for p, color, name in [(1, "#d62728", "L1: |x|+|y| = 1"),
                           (2, "#1f77b4", "L2: x²+y² = 1"),
                           (np.inf, "#2ca02c", "L∞: max(|x|,|y|) = 1")]:
        pts = circle / np.linalg.norm(circle, ord=p, axis=0)
        ax.plot(pts[0], pts[1], color=color, lw=2.2, label=name)
    ax.plot([3 / 5], [-4 / 5], "o", color="black")
    ax.annotate("(0.6, −0.8): L2 norm 1,\nL1 norm 1.4, L∞ norm 0.8", xy=(0.6, -0.8),
                xytext=(-0.2, -1.45), fontsize=10, arrowprops=dict(arrowstyle="->", color="black"))
    ax.set_aspect("equal")
    ax.set_xlim(-1.5, 1.5)
    ax.set_ylim(-1.55, 1.5)
    ax.axhline(0, color="0.6", lw=0.8)
    ax.axvline(0, color="0.6", lw=0.8)
    ax.grid(True, color="0.9")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.06), ncol=1, fontsize=11, frameon=False)
    ax.set_title("Points at distance 1 from the origin", fontsize=13)
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
