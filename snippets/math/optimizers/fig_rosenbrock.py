"""Figure: SGD, momentum, RMSProp and Adam paths on the Rosenbrock function."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rosenbrock import make_optimizers, run  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/optimizers-rosenbrock.svg"
STYLES = {"SGD": ("tab:gray", "--"), "momentum": ("tab:blue", "-"),
          "RMSProp": ("tab:green", "-."), "Adam": ("tab:orange", "-")}


def make_figure():
    x, y = np.meshgrid(np.linspace(-1.6, 1.6, 97), np.linspace(-0.6, 2.0, 79))
    f = (1 - x) ** 2 + 100 * (y - x**2) ** 2
    fig, ax = plt.subplots(figsize=(8.5, 5))
    ax.contour(x, y, f, levels=[2, 15, 60, 200], colors="0.75", linewidths=0.8)
    steps = 2000
    # every 2nd point early (where momentum oscillates), then log-spaced: keeps the SVG small
    early, late = np.arange(0, 300, 2), np.geomspace(300, steps, 40).astype(int)
    keep = np.unique(np.concatenate([early, late]))
    widths = {"Adam": 4.0, "RMSProp": 2.5, "SGD": 1.5, "momentum": 1.5}
    for name, opt in sorted(make_optimizers().items(), key=lambda kv: -widths[kv[0]]):
        path = run(opt, (-1.2, 1.0), steps)[keep]
        color, style = STYLES[name]
        ax.plot(path[:, 0], path[:, 1], style, color=color, lw=widths[name], label=name)
        ax.plot(path[-1, 0], path[-1, 1], "o", color=color, ms=6)
    ax.plot(-1.2, 1.0, "s", color="black", ms=6, label="start (-1.2, 1)")
    ax.plot(1, 1, "*", color="tab:red", ms=14, label="minimum (1, 1)")
    ax.set_xlim(-1.6, 1.6)
    ax.set_ylim(-0.6, 2.0)
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1), fontsize=10)
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
