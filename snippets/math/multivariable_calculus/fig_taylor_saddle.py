"""Figure: Taylor models of sin(x) at x0 = 1, and the contours of a function with a minimum and a saddle."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/multivariable-calculus-taylor-saddle.svg"


def make_figure():
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10.5, 4.2))

    # left: sin(x) and its first- and second-order Taylor models around x0 = 1
    x0 = 1.0
    x = np.linspace(-1.0, 3.5, 46)
    f0, f1, f2 = np.sin(x0), np.cos(x0), -np.sin(x0)
    ax1.plot(x, np.sin(x), color="black", lw=2, label="f(x) = sin x")
    ax1.plot(x, f0 + f1 * (x - x0), "--", color="tab:blue", lw=1.6, label="1st order (tangent)")
    ax1.plot(x, f0 + f1 * (x - x0) + 0.5 * f2 * (x - x0) ** 2, "-.", color="tab:orange",
             lw=1.6, label="2nd order (parabola)")
    ax1.plot([x0], [f0], "o", color="tab:red", ms=7)
    ax1.annotate("x0 = 1", (x0, f0), xytext=(x0 - 0.2, f0 + 0.45), fontsize=11)
    ax1.set_ylim(-1.6, 2.0)
    ax1.set_xlabel("x", fontsize=11)
    ax1.set_title("Taylor models around x0 = 1", fontsize=12)
    ax1.legend(fontsize=10, loc="lower left")
    ax1.tick_params(labelsize=10)

    # right: contours of f(x, y) = x^3 - 3x + (y - x)^2
    g = np.linspace(-2.2, 2.2, 45)
    X, Y = np.meshgrid(g, g)
    F = X**3 - 3 * X + (Y - X) ** 2
    levels = [-1.8, -1.0, 0.0, 1.0, 2.0, 3.0, 5.0, 8.0]
    ax2.contour(X, Y, F, levels=levels, colors="0.55", linewidths=0.9)
    ax2.contour(X, Y, F, levels=[2.0], colors="tab:purple", linewidths=1.6)  # level of the saddle
    ax2.plot([1], [1], "*", color="tab:green", ms=14, label="minimum (1, 1), f = -2")
    ax2.plot([-1], [-1], "X", color="tab:red", ms=11, label="saddle (-1, -1), f = 2")
    ax2.set_xlabel("x", fontsize=11)
    ax2.set_ylabel("y", fontsize=11)
    ax2.set_title("f = x^3 - 3x + (y - x)^2", fontsize=12)
    ax2.legend(fontsize=10, loc="upper left")
    ax2.set_aspect("equal")
    ax2.tick_params(labelsize=10)
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
