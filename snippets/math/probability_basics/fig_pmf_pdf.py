"""Figure: PMF and CDF of the sum of two dice next to a PDF that exceeds 1 and its CDF."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = (Path(__file__).resolve().parents[3]
       / "docs/assets/figures/math/probability-basics-pmf-pdf.svg")


def two_dice_pmf():
    sums = np.arange(2, 13)
    probs = (6 - np.abs(sums - 7)) / 36
    return sums, probs


def make_figure():
    fig, axes = plt.subplots(2, 2, figsize=(9, 6.2))
    sums, probs = two_dice_pmf()

    ax = axes[0, 0]
    ax.vlines(sums, 0, probs, color="C0", lw=2)
    ax.plot(sums, probs, "o", color="C0")
    ax.set_title("sum of two dice: PMF")
    ax.set_xlabel("k")
    ax.set_ylabel("P(X = k)")
    ax.set_xticks([2, 4, 7, 10, 12])
    ax.set_yticks([0, 0.1])
    ax.set_ylim(0, 0.2)

    ax = axes[1, 0]
    cdf = np.cumsum(probs)
    ax.step(np.r_[1, sums, 13], np.r_[0, cdf, 1], where="post", color="C0")
    ax.set_title("sum of two dice: CDF (steps)")
    ax.set_xlabel("x")
    ax.set_ylabel("F(x)")
    ax.set_xticks([2, 4, 7, 10, 12])
    ax.set_yticks([0, 0.5, 1])
    ax.set_ylim(0, 1.05)

    ax = axes[0, 1]
    ax.plot([-0.1, 0, 0.5, 0.5, 0.6], [0, 0, 4, 0, 0], color="C1")
    band = np.linspace(0.2, 0.4, 21)
    ax.fill_between(band, 8 * band, color="C1", alpha=0.3, label="area = P(0.2 < X < 0.4) = 0.48")
    ax.axhline(1.0, color="gray", ls="--", lw=1)
    ax.text(-0.09, 1.15, "density 1", color="gray")
    ax.set_title("density f(x) = 8x on [0, 0.5]")
    ax.set_xlabel("x")
    ax.set_ylabel("f(x)")
    ax.set_xticks([0, 0.2, 0.4])
    ax.set_yticks([0, 1, 2, 3, 4])
    ax.legend(loc="upper left", fontsize=9)

    ax = axes[1, 1]
    x = np.linspace(-0.1, 0.6, 71)
    cdf_c = np.clip(np.where(x < 0, 0.0, 4 * x**2), 0, 1)
    ax.plot(x, cdf_c, color="C1")
    ax.set_title("its CDF F(x) = 4x^2")
    ax.set_xlabel("x")
    ax.set_ylabel("F(x)")
    ax.set_xticks([0, 0.2, 0.4])
    ax.set_yticks([0, 0.5, 1])
    ax.set_ylim(0, 1.05)

    fig.tight_layout()
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
