"""Figure: Matplotlib basics, a line plot of three functions and a scatter plot with a fit."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/python-for-math-plotting.svg"


# --8<-- [start:plot]
def make_figure():
    x = np.linspace(-4, 4, 41)  # 41 evenly spaced points: enough for a smooth-looking curve
    rng = np.random.default_rng(0)
    data_x = rng.uniform(0, 10, size=30)
    data_y = 2.0 * data_x + 1.0 + rng.normal(0, 2.0, size=30)  # a noisy line
    slope, intercept = np.polyfit(data_x, data_y, deg=1)  # least-squares straight line

    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))  # one figure, two axes
    left.plot(x, 1 / (1 + np.exp(-x)), label="sigmoid")
    left.plot(x, np.tanh(x), label="tanh", ls="--")
    left.plot(x, np.maximum(0, x) / 4, label="ReLU / 4", ls=":")
    left.set_xlabel("x")
    left.set_ylabel("f(x)")
    left.set_yticks([-1, -0.5, 0, 0.5, 1])  # choose the tick positions yourself
    left.set_title("Functions: plot(x, f(x))")
    left.legend()
    left.grid(True, alpha=0.3)

    right.scatter(data_x, data_y, s=20, label="data")
    grid = np.array([0.0, 10.0])
    right.plot(grid, slope * grid + intercept, color="C3",
               label=f"fit: y = {slope:.2f}x + {intercept:.2f}")
    right.set_xlabel("x")
    right.set_ylabel("y")
    right.set_yticks([0, 10, 20])
    right.set_title("Data: scatter(x, y)")
    right.legend()
    right.grid(True, alpha=0.3)
    fig.tight_layout()
    return fig
# --8<-- [end:plot]


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
