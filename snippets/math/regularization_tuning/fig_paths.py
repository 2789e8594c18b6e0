"""Figure: ridge (L2) and lasso (L1) coefficient paths as the penalty grows."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lasso_ista import lasso_ista, make_data  # noqa: E402

FIGURES = Path(__file__).resolve().parents[3] / "docs/assets/figures/math"
OUT = FIGURES / "regularization-tuning-paths.svg"


def make_figure():
    X, y, w_true = make_data(np.random.default_rng(1))
    lambdas = np.logspace(-1, 3, 25)
    ridge = np.array([np.linalg.solve(X.T @ X + lam * np.eye(X.shape[1]), X.T @ y)
                      for lam in lambdas])
    lasso = np.array([lasso_ista(X, y, lam, steps=500) for lam in lambdas])
    fig, axes = plt.subplots(1, 2, figsize=(10, 3.8), sharey=True)
    for ax, paths, title in [(axes[0], ridge, "L2 (ridge)"),
                             (axes[1], lasso, "L1 (lasso)")]:
        for j in range(X.shape[1]):
            relevant = w_true[j] != 0
            ax.plot(lambdas, paths[:, j], color="tab:blue" if relevant else "tab:gray",
                    lw=2.0 if relevant else 1.0)
        ax.axhline(0, color="black", lw=0.6)
        ax.set_xscale("log")
        ax.set_xticks([0.1, 1, 10, 100, 1000], ["0.1", "1", "10", "100", "1000"])
        ax.minorticks_off()
        ax.set_xlabel("lambda (log scale)")
        ax.set_title(title, fontsize=11)
    axes[0].set_ylabel("fitted weight")
    axes[1].plot([], [], color="tab:blue", lw=2, label="true effect")
    axes[1].plot([], [], color="tab:gray", lw=1, label="irrelevant")
    axes[1].legend(loc="upper right", fontsize=9)
    fig.tight_layout()
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
