"""Figure: the decision regions of the two-layer network trained on the three spirals."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the lesson's snippets live here
from two_layer_net import make_spirals, predict, train  # noqa: E402

FIGURES = Path(__file__).resolve().parents[3] / "docs/assets/figures/math"
OUT = FIGURES / "case-studies-decision-boundary.svg"
COLOURS = ["tab:blue", "tab:orange", "tab:green"]
MARKERS = ["o", "s", "^"]


def make_figure():
    X, y = make_spirals()
    params, _ = train(X, y)
    g = np.linspace(-1.15, 1.15, 61)
    gx, gy = np.meshgrid(g, g)
    grid = np.column_stack([gx.ravel(), gy.ravel()])
    logits = np.tanh(grid @ params["W1"] + params["b1"]) @ params["W2"] + params["b2"]
    fig, ax = plt.subplots(figsize=(5.2, 5))
    for k in range(3):  # region k is where logit k beats the best other logit
        margin = logits[:, k] - np.delete(logits, k, axis=1).max(axis=1)
        margin = margin.reshape(gx.shape)
        ax.contourf(gx, gy, margin, levels=[0, np.inf], colors=[COLOURS[k]], alpha=0.25)
        ax.contour(gx, gy, margin, levels=[0], colors="0.3", linewidths=0.8)
    assert np.array_equal(np.argmax(logits, axis=1), predict(params, grid))
    for k in range(3):
        pts = X[y == k][::2]  # every other point keeps the file small
        ax.scatter(pts[:, 0], pts[:, 1], s=14, c=COLOURS[k], marker=MARKERS[k],
                   edgecolors="black", linewidths=0.4, label=f"class {k}")
    ax.set_xlim(-1.15, 1.15)
    ax.set_ylim(-1.15, 1.15)
    ax.set_aspect("equal")
    ax.set_xlabel("x1", fontsize=11)
    ax.set_ylabel("x2", fontsize=11)
    ax.set_title("two-layer tanh network: decision regions", fontsize=11)
    ax.legend(loc="upper left", fontsize=9, framealpha=0.9)
    fig.tight_layout()
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    plt.rcParams["svg.fonttype"] = "none"  # text as text: keeps the SVG small
    plt.rcParams["font.sans-serif"] = ["DejaVu Sans", "Arial", "Helvetica"]
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
