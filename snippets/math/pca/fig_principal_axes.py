"""Figure: a correlated 2-D cloud with its principal axes, and its projection onto PC1."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/pca-principal-axes.svg"


def cloud(n=60, seed=0):
    rng = np.random.default_rng(seed)
    cov = np.array([[3.0, 1.6], [1.6, 1.4]])
    return rng.multivariate_normal([2.0, 1.0], cov, size=n)


def make_figure():
    X = cloud()
    mu = X.mean(axis=0)
    Xc = X - mu
    _, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    lam = s**2 / (len(X) - 1)
    ratio = lam / lam.sum()

    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10.5, 4.4), sharex=True, sharey=True)
    ax1.plot(X[:, 0], X[:, 1], "o", ms=4.5, mew=0, color="#8c8c8c")
    for i, color in enumerate(["#d62728", "#1f77b4"]):
        tip = mu + 2 * np.sqrt(lam[i]) * Vt[i]  # arrow length: 2 standard deviations
        ax1.annotate("", xy=tip, xytext=mu, arrowprops=dict(arrowstyle="-|>", color=color, lw=2.5))
        ax1.text(*(tip + 0.25 * Vt[i]), f"PC{i + 1}\n{100 * ratio[i]:.0f}%", color=color,
                 fontsize=11, ha="center", va="center")
    ax1.plot(*mu, "k+", ms=12, mew=2)
    ax1.set_title("principal axes", fontsize=12)

    z = Xc @ Vt[0]  # scores on PC1
    X1 = mu + np.outer(z, Vt[0])  # rank-1 reconstruction: projections onto the PC1 line
    ends = mu + np.outer([z.min() - 0.5, z.max() + 0.5], Vt[0])
    ax2.plot(ends[:, 0], ends[:, 1], color="#d62728", lw=1.5)
    gaps = np.full(len(X), np.nan)  # one path for all residuals: x1, p1, nan, x2, p2, nan, ...
    seg = np.stack([X, X1, np.column_stack([gaps, gaps])], axis=1).reshape(-1, 2)
    ax2.plot(seg[:, 0], seg[:, 1], color="0.6", lw=0.8)
    ax2.plot(X[:, 0], X[:, 1], "o", ms=4.5, mew=0, color="#8c8c8c")
    ax2.plot(X1[:, 0], X1[:, 1], "o", ms=3.5, mew=0, color="#d62728")
    ax2.set_title("projection onto PC1", fontsize=12)
    for ax in (ax1, ax2):
        ax.set_aspect("equal")
        ax.set_xlabel("feature 1")
    ax1.set_ylabel("feature 2")
    fig.tight_layout()
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
