"""Figure: histograms of standardised sums of exponential variables approach the normal density."""
import math
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/limit-theorems-clt.svg"


def make_figure():
    rng = np.random.default_rng(0)
    fig, axes = plt.subplots(1, 4, figsize=(12, 3.2), sharey=True)
    edges = np.linspace(-3.5, 4.5, 41)
    z = np.linspace(-3.5, 4.5, 81)
    normal = np.exp(-(z**2) / 2) / math.sqrt(2 * math.pi)
    for ax, n in zip(axes, (1, 2, 10, 50)):
        sums = rng.exponential(1.0, size=(20_000, n)).sum(axis=1)
        standardised = (sums - n) / math.sqrt(n)  # mean n, standard deviation sqrt(n)
        heights, _ = np.histogram(standardised, bins=edges, density=True)
        ax.stairs(heights, edges, fill=True, color="C0", alpha=0.5, label="standardised sums")
        ax.plot(z, normal, color="C3", label="N(0, 1) density")
        ax.set_title(f"n = {n}")
        ax.set_xlabel("z")
        ax.set_xticks([-2, 0, 2, 4])
    axes[0].set_ylabel("density")
    axes[0].set_ylim(0, 1.05)
    axes[0].legend(loc="upper right", fontsize=8)
    fig.tight_layout()
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
