"""Figure: 60 confidence intervals from 60 repeated experiments; the misses are highlighted."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/hypothesis-testing-intervals.svg"

MU, SIGMA, N, REPS = 10.0, 2.0, 10, 60
T_CRIT = 2.2622  # 97.5% quantile of Student's t with 9 degrees of freedom


def make_figure():
    rng = np.random.default_rng(6)
    samples = rng.normal(MU, SIGMA, size=(REPS, N))
    mean = samples.mean(axis=1)
    half = T_CRIT * samples.std(axis=1, ddof=1) / np.sqrt(N)
    miss = np.abs(mean - MU) > half
    fig, ax = plt.subplots(figsize=(9, 4))
    ax.axhline(MU, color="0.3", ls="--", lw=1.2, label="true mean 10")
    x = np.arange(1, REPS + 1)
    for hit, color, width, label in [(~miss, "tab:blue", 1.2, f"covers: {(~miss).sum()}"),
                                     (miss, "tab:red", 2.4, f"misses: {miss.sum()}")]:
        ax.vlines(x[hit], (mean - half)[hit], (mean + half)[hit], color=color, lw=width, label=label)
        ax.plot(x[hit], mean[hit], "o", color=color, ms=3)
    ax.set_xlabel("experiment (a fresh sample of 10 points each time)", fontsize=11)
    ax.set_ylabel("95% t-interval for the mean", fontsize=11)
    ax.set_xlim(0, REPS + 1)
    ax.set_ylim(6, 14)
    ax.legend(loc="upper right", fontsize=10, ncol=3)
    ax.tick_params(labelsize=10)
    fig.tight_layout()
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
