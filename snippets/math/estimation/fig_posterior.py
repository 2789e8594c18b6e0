"""Figure: Beta prior, Bernoulli likelihood and Beta posterior for 7/10 and 70/100 heads."""
import math
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/estimation-posterior.svg"


def beta_pdf(theta, a, b):
    log_b = math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)
    return np.exp((a - 1) * np.log(theta) + (b - 1) * np.log(1 - theta) - log_b)


def make_figure():
    theta = np.linspace(0.002, 0.998, 200)
    a, b = 2, 2  # prior Beta(2, 2): a mild belief that the coin is roughly fair
    fig, axes = plt.subplots(1, 2, figsize=(9, 3.6), sharey=False)
    for ax, (k, n) in zip(axes, ((7, 10), (70, 100))):
        prior = beta_pdf(theta, a, b)
        likelihood = beta_pdf(theta, k + 1, n - k + 1)  # theta^k (1-theta)^(n-k), scaled to area 1
        posterior = beta_pdf(theta, a + k, b + n - k)
        ax.plot(theta, prior, color="#636363", linestyle=":", linewidth=2, label="prior Beta(2, 2)")
        ax.plot(theta, likelihood, color="#3182bd", linestyle="--", linewidth=2,
                label="likelihood (scaled)")
        ax.plot(theta, posterior, color="#de2d26", linewidth=2.2,
                label=f"posterior Beta({a + k}, {b + n - k})")
        mle, map_ = k / n, (a + k - 1) / (a + b + n - 2)
        ax.axvline(mle, color="#3182bd", linewidth=0.8)
        ax.axvline(map_, color="#de2d26", linewidth=0.8)
        ax.set_title(f"{k} heads in {n} tosses: MLE {mle:.2f}, MAP {map_:.3f}", fontsize=11)
        ax.set_xlabel(r"$\theta$ = probability of heads")
        ax.set_xlim(0, 1)
        ax.set_ylim(bottom=0)
    axes[0].set_ylabel("density")
    axes[0].legend(frameon=False, fontsize=9, loc="upper left")
    axes[1].annotate("posterior Beta(72, 32)", xy=(0.72, 7.0), xytext=(0.05, 6.5),
                     color="#de2d26", fontsize=9, arrowprops={"arrowstyle": "-", "color": "#de2d26"})
    fig.tight_layout()
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    plt.rcParams["path.simplify_threshold"] = 0.5  # drop near-collinear points: a smaller SVG
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
