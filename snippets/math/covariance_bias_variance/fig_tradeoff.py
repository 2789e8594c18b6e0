"""Figure: squared bias, variance and expected test error against polynomial degree."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/covariance-bias-variance-tradeoff.svg"

SIGMA, N_SETS = 0.3, 2000
X_TRAIN = np.linspace(0, 1, 20)
X_TEST = np.linspace(0.025, 0.975, 39)
DEGREES = np.arange(0, 15)


def f(x):
    return np.sin(2 * np.pi * x)


def curves():
    """Exact bias^2 and variance (linear smoother), Monte Carlo test and training errors."""
    rng = np.random.default_rng(0)
    y_train = f(X_TRAIN) + SIGMA * rng.normal(size=(N_SETS, len(X_TRAIN)))
    y_new = f(X_TEST) + SIGMA * rng.normal(size=(N_SETS, len(X_TEST)))
    rows = []
    for degree in DEGREES:
        A = np.polynomial.legendre.legvander(2 * X_TRAIN - 1, degree)
        B = np.polynomial.legendre.legvander(2 * X_TEST - 1, degree)
        H_train, H = A @ np.linalg.pinv(A), B @ np.linalg.pinv(A)
        bias2 = np.mean((H @ f(X_TRAIN) - f(X_TEST)) ** 2)
        variance = SIGMA**2 * np.mean(np.sum(H**2, axis=1))
        measured = np.mean((y_new - y_train @ H.T) ** 2)
        train = np.mean((y_train - y_train @ H_train.T) ** 2)
        rows.append((bias2, variance, measured, train))
    return np.array(rows).T


def make_figure():
    bias2, variance, measured, train = curves()
    total = bias2 + variance + SIGMA**2
    best = DEGREES[np.argmin(total)]
    fig, ax = plt.subplots(figsize=(7.5, 4.2))
    ax.plot(DEGREES, total, "-", color="black", lw=2, label="bias² + variance + noise")
    ax.plot(DEGREES, measured, "o", color="black", ms=5, mfc="white",
            label="measured test error (2,000 data sets)")
    ax.plot(DEGREES, bias2, "-s", color="tab:blue", ms=4, label="bias²")
    ax.plot(DEGREES, variance, "-^", color="tab:orange", ms=4, label="variance")
    ax.axhline(SIGMA**2, color="0.4", ls=":", lw=1.5, label="noise σ² (irreducible)")
    ax.plot(DEGREES, train, "--", color="tab:green", lw=1.5, label="training error")
    ax.axvline(best, color="tab:red", lw=1, alpha=0.6)
    ax.text(best + 0.2, 0.25, f"best degree: {best}", color="tab:red", fontsize=10)
    ax.text(0.3, 0.62, "underfitting", fontsize=10, color="0.3")
    ax.text(11.3, 0.62, "overfitting", fontsize=10, color="0.3")
    ax.set_ylim(0, 0.66)
    ax.set_xticks(DEGREES)
    ax.set_xlabel("polynomial degree (model complexity), 20 training points", fontsize=11)
    ax.set_ylabel("squared error", fontsize=11)
    ax.legend(fontsize=9, loc="upper center", bbox_to_anchor=(0.66, 0.93))
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
