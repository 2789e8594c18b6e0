"""Figure: gradient descent on an ill-conditioned quadratic for three step sizes."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/gradient-descent-paths.svg"

EIGS = np.array([1.0, 10.0])  # f(theta) = 1/2 (theta_1^2 + 10 theta_2^2), L = 10


def gd_path(lr, start, steps):
    path = [np.array(start, dtype=float)]
    for _ in range(steps):
        path.append(path[-1] - lr * EIGS * path[-1])  # gradient is EIGS * theta
    return np.array(path)


def make_figure():
    angle = np.linspace(0, 2 * np.pi, 41)
    cases = [(0.05, "lr = 0.05: slow"), (0.18, "lr = 0.18: zig-zag"), (0.21, "lr = 0.21: diverges")]
    fig, axes = plt.subplots(1, 3, figsize=(10.5, 3.6), sharey=True)
    for ax, (lr, title) in zip(axes, cases):
        for level in [0.5, 3, 12, 30]:  # level sets are ellipses
            r = np.sqrt(2 * level / EIGS)
            ax.plot(r[0] * np.cos(angle), r[1] * np.sin(angle), color="0.75", lw=0.8)
        path = gd_path(lr, (-9.0, 2.0), 20)
        ax.plot(path[:, 0], path[:, 1], "-o", color="tab:blue", ms=3, lw=1.2)
        ax.plot(0, 0, "*", color="tab:red", ms=12)
        ax.set_xlim(-10, 2)
        ax.set_ylim(-4, 4)
        ax.set_xticks([-10, -5, 0])
        ax.set_yticks([-4, 0, 4])
        ax.set_title(title, fontsize=12)
        ax.tick_params(labelsize=11)
    axes[1].set_xlabel("theta 1 (flat direction, eigenvalue 1)", fontsize=11)
    axes[0].set_ylabel("theta 2 (steep, eigenvalue 10)", fontsize=11)
    fig.tight_layout()
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
