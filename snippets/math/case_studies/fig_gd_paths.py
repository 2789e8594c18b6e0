"""Figure: gradient descent paths on three real loss surfaces from this lesson."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the lesson's snippets live here
from gd_conditioning import design, make_data  # noqa: E402
from logistic_regression import bce_grad, bce_loss  # noqa: E402
from logistic_regression import make_data as logistic_data  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/case-studies-gd-paths.svg"


def mse_panel(ax, feature, y, title, steps=30):
    """Contours of the MSE around its minimum and the GD path with step 2/(mu + L)."""
    X = design(feature)
    n = len(y)
    w_star, *_ = np.linalg.lstsq(X, y, rcond=None)
    mu, L = np.linalg.eigvalsh(2 / n * X.T @ X)
    lr = 2 / (mu + L)
    path = [w_star + np.array([-3.0, 2.0])]  # start at the same offset in both panels
    for _ in range(steps):
        w = path[-1]
        path.append(w - lr * 2 / n * X.T @ (X @ w - y))
    path = np.array(path) - w_star
    H = X.T @ X / n  # MSE(w* + d) - MSE(w*) = d^T H d exactly: the level sets are ellipses
    lam, Q = np.linalg.eigh(H)
    t = np.linspace(0, 2 * np.pi, 49)
    for level in [0.05, 0.3, 1, 3, 8, 20]:
        ellipse = Q @ (np.sqrt(level / lam)[:, None] * np.vstack([np.cos(t), np.sin(t)]))
        ax.plot(ellipse[0], ellipse[1], color="0.7", lw=0.8)
    ax.set_xlim(-4, 4)
    ax.set_ylim(-3, 3)
    ax.plot(path[:, 0], path[:, 1], "-o", color="tab:blue", ms=2.5, lw=1.1)
    ax.plot(0, 0, "*", color="tab:red", ms=12)
    ax.set_title(f"{title}: condition number {L / mu:.1f}", fontsize=11)
    ax.set_xlabel("intercept b - b*", fontsize=11)
    ax.set_ylabel("slope w - w*", fontsize=11)
    ax.set_xticks([-4, 0, 4])
    ax.set_yticks([-3, 0, 3])


def logistic_panel(ax, steps=30):
    """Cross-entropy of a logistic regression with two weights (no intercept)."""
    X, y, _ = logistic_data()
    X = X[:, 1:]
    L = np.linalg.eigvalsh(X.T @ X)[-1] / (4 * len(y))
    path = [np.array([-3.0, 2.5])]
    for _ in range(10 * steps):  # run longer to locate the minimum; draw the first steps
        path.append(path[-1] - bce_grad(path[-1], X, y) / L)
    minimum, path = path[-1], np.array(path[: steps + 1])
    w1, w2 = np.meshgrid(np.linspace(-3.5, 4, 51), np.linspace(-3.5, 3, 45))
    loss = np.array([bce_loss(np.array([a, b]), X, y) for a, b in zip(w1.ravel(), w2.ravel())])
    ax.contour(w1, w2, loss.reshape(w1.shape), levels=[0.46, 0.52, 0.65, 0.9, 1.3, 2.0],
               colors="0.7", linewidths=0.8)
    ax.plot(path[:, 0], path[:, 1], "-o", color="tab:blue", ms=2.5, lw=1.1)
    ax.plot(*minimum, "*", color="tab:red", ms=12)
    ax.set_title("logistic regression: convex, not quadratic", fontsize=11)
    ax.set_xlabel("weight w1", fontsize=11)
    ax.set_ylabel("weight w2", fontsize=11)
    ax.set_xticks([-3, 0, 3])
    ax.set_yticks([-3, 0, 3])


def make_figure():
    x, y = make_data()
    fig, axes = plt.subplots(1, 3, figsize=(12, 4))
    mse_panel(axes[0], x, y, "raw x")
    mse_panel(axes[1], x - x.mean(), y, "centred x")
    logistic_panel(axes[2])
    for ax in axes:
        ax.tick_params(labelsize=10)
    fig.tight_layout()
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    plt.rcParams["svg.fonttype"] = "none"  # text as text: keeps the SVG small
    plt.rcParams["font.sans-serif"] = ["DejaVu Sans", "Arial", "Helvetica"]
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
