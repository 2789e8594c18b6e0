"""Figure: left Riemann sums under the standard normal density on [0, 3] with 6 and 24 rectangles."""
import math
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/integrals-riemann.svg"


def f(x):
    return np.exp(-x**2 / 2) / math.sqrt(2 * math.pi)


def make_figure():
    a, b = 0.0, 3.0
    exact = 0.5 * math.erf(b / math.sqrt(2))  # P(0 < X < 3) for X ~ N(0, 1)
    x = np.linspace(a, b, 61)
    fig, axes = plt.subplots(1, 2, figsize=(10.5, 3.8), sharey=True)
    for ax, n in zip(axes, [6, 24]):
        h = (b - a) / n
        left = a + h * np.arange(n)
        heights = f(left)
        ax.bar(left, heights, width=h, align="edge", color="tab:blue", alpha=0.35,
               edgecolor="tab:blue", linewidth=0.8)
        ax.plot(x, f(x), color="black", lw=2)
        total = h * heights.sum()
        ax.set_title(f"n = {n}: sum = {total:.4f}, area = {exact:.4f}", fontsize=12)
        ax.set_xlabel("x", fontsize=11)
        ax.tick_params(labelsize=10)
    axes[0].set_ylabel("standard normal density", fontsize=11)
    fig.tight_layout()
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    plt.rcParams["svg.fonttype"] = "none"  # text as text: keeps the SVG small
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
