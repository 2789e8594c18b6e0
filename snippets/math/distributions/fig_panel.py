"""Figure: a panel of the distributions in the lesson, PMFs as bars and PDFs as curves."""
import math
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/distributions-panel.svg"


def binomial_pmf(k, n, p):
    return math.comb(n, k) * p**k * (1 - p) ** (n - k)


def make_figure():
    fig, axes = plt.subplots(2, 3, figsize=(11, 6.4))

    ax = axes[0, 0]
    ax.vlines([0, 1], 0, [0.7, 0.3], color="C0", lw=3)
    ax.set_xticks([0, 1])
    ax.set_xlim(-0.6, 1.6)
    ax.set_xlabel("k")
    ax.set_title("Bernoulli(p = 0.3)")
    ax.set_ylabel("probability")
    ax.set_ylim(0, 1)

    ax = axes[0, 1]
    ks = np.arange(11)
    for n, p, color, shift in ((10, 0.3, "C0", -0.12), (10, 0.5, "C1", 0.12)):
        pmf = [binomial_pmf(k, n, p) for k in ks]
        ax.vlines(ks + shift, 0, pmf, color=color, lw=3, label=f"n = {n}, p = {p}")
    ax.set_title("binomial")
    ax.set_ylim(0, 0.36)
    ax.set_xlabel("number of successes k")
    ax.legend(fontsize=9)

    ax = axes[0, 2]
    logits = np.array([2.0, 1.2, 0.8, 0.5, 0.1, -3.0])
    probs = np.exp(logits) / np.exp(logits).sum()
    ax.vlines(range(6), 0, probs, color="C2", lw=6)
    ax.set_xticks(range(6))
    ax.set_xticklabels(["sat", "slept", "ran", "purred", "is", "banana"], rotation=30)
    ax.set_title("categorical: next token")

    ax = axes[1, 0]
    ax.plot([-2, -1, -1, 3, 3, 4], [0, 0, 0.25, 0.25, 0, 0], color="C0", label="a = -1, b = 3")
    ax.plot([-2, 0, 0, 1, 1, 4], [0, 0, 1, 1, 0, 0], color="C1", ls="--", label="a = 0, b = 1")
    ax.set_title("uniform(a, b)")
    ax.set_xlabel("x")
    ax.set_ylabel("density")
    ax.set_ylim(0, 1.2)
    ax.legend(fontsize=9)

    ax = axes[1, 1]
    x = np.linspace(-5, 5, 61)
    for sigma, color in ((0.5, "C0"), (1.0, "C1"), (2.0, "C2")):
        pdf = np.exp(-(x**2) / (2 * sigma**2)) / np.sqrt(2 * np.pi * sigma**2)
        ax.plot(x, pdf, color=color, label=f"sigma = {sigma}")
    ax.set_title("Gaussian N(0, sigma^2)")
    ax.set_xlabel("x")
    ax.legend(fontsize=9)

    ax = axes[1, 2]
    mu = np.array([1.0, -2.0])
    cov = np.array([[2.0, 1.2], [1.2, 1.0]])
    rng = np.random.default_rng(0)
    pts = mu + rng.standard_normal((60, 2)) @ np.linalg.cholesky(cov).T
    ax.plot(pts[:, 0], pts[:, 1], ".", color="gray", ms=3)
    vals, vecs = np.linalg.eigh(cov)
    t = np.linspace(0, 2 * np.pi, 41)
    circle = np.stack([np.cos(t), np.sin(t)])
    for r, color in ((1, "C0"), (2, "C1")):
        ellipse = mu[:, None] + vecs @ (np.sqrt(vals)[:, None] * circle) * r
        ax.plot(ellipse[0], ellipse[1], color=color, label=f"{r} sd contour")
    ax.set_title("2-D Gaussian, correlation 0.85")
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
    ax.set_aspect("equal")
    ax.legend(fontsize=9, loc="upper left")

    for ax in axes.flat:
        ax.locator_params(axis="y", nbins=4)
    axes[1, 1].set_xticks([-4, -2, 0, 2, 4])
    axes[1, 0].set_xticks([-2, 0, 2, 4])
    axes[0, 1].set_xticks([0, 2, 4, 6, 8, 10])
    fig.tight_layout()
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    # six panels of labels: keep text as <text> (not glyph outlines) so the SVG stays small
    plt.rcParams["svg.fonttype"] = "none"
    plt.rcParams["font.sans-serif"] = ["DejaVu Sans", "Arial", "Helvetica"]
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
