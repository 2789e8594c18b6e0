"""Figure: running means of normal draws settle at 0; running means of Cauchy draws never do."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = (Path(__file__).resolve().parents[3]
       / "docs/assets/figures/math/limit-theorems-running-mean.svg")


def make_figure():
    rng = np.random.default_rng(1)
    n_max = 100_000
    steps = np.arange(1, n_max + 1)
    keep = np.unique(np.logspace(0, 5, 80).astype(int)) - 1  # thin to log-spaced points
    fig, axes = plt.subplots(1, 2, figsize=(11, 3.6), sharey=True)
    for ax, name, draw in ((axes[0], "normal N(0, 1)", rng.standard_normal),
                           (axes[1], "Cauchy", rng.standard_cauchy)):
        for color in ("C0", "C1", "C2"):
            path = np.cumsum(draw(n_max)) / steps
            ax.plot(steps[keep], path[keep], color=color, lw=1.2)
        ax.axhline(0, color="gray", lw=0.8)
        ax.set_xscale("log")
        ax.minorticks_off()
        ax.set_title(f"running mean of {name} draws")
        ax.set_xlabel("n (log scale)")
    band = 2 / np.sqrt(steps[keep])
    axes[0].fill_between(steps[keep], -band, band, color="gray", alpha=0.2, label="+/- 2 / sqrt(n)")
    axes[0].legend(loc="upper right", fontsize=9)
    axes[0].set_ylabel("mean of first n draws")
    axes[0].set_ylim(-3, 3)
    fig.tight_layout()
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
