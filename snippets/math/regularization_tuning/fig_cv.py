"""Figure: training, 5-fold cross-validation and test error of ridge regression against lambda."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kfold import cv_error, mse, ridge_fit, setup  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/regularization-tuning-cv.svg"


def make_figure():
    X, y, X_test, y_test, folds = setup()
    lambdas = np.logspace(-3, 3, 25)
    fits = [ridge_fit(X, y, lam) for lam in lambdas]
    train = [mse(X, y, w) for w in fits]
    test = [mse(X_test, y_test, w) for w in fits]
    cv = [cv_error(X, y, lam, folds) for lam in lambdas]
    best = lambdas[int(np.argmin(cv))]
    fig, ax = plt.subplots(figsize=(8, 4.2))
    ax.plot(lambdas, train, color="tab:gray", lw=1.5, ls="--", label="training error")
    ax.plot(lambdas, cv, color="tab:blue", lw=2, label="5-fold CV error")
    ax.plot(lambdas, test, color="tab:orange", lw=2, ls="-.", label="test error (5000 new points)")
    ax.axhline(1.0, color="0.6", lw=0.8, ls=":", label="noise variance")
    ax.axvline(best, color="tab:blue", lw=0.8, ls=":")
    ax.annotate(f"CV picks lambda = {best:.0f}", (best, 2.4), xytext=(0.05, 5.5), fontsize=9,
                arrowprops={"arrowstyle": "->", "color": "0.4"})
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xticks([1e-3, 1e-2, 0.1, 1, 10, 100, 1000],
                  ["0.001", "0.01", "0.1", "1", "10", "100", "1000"])
    ax.set_yticks([0.3, 1, 3, 10, 30], ["0.3", "1", "3", "10", "30"])
    ax.minorticks_off()
    ax.set_xlabel("lambda (log scale); left = flexible, right = heavily regularized")
    ax.set_ylabel("mean squared error (log scale)")
    ax.legend(loc="upper right", fontsize=9)
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
