"""Figure: the best single Gaussian for a two-bump target under forward KL and under reverse KL."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/information-theory-kl-fits.svg"
X = np.linspace(-10, 10, 2001)
DX = X[1] - X[0]


def log_normal(x, mu, sigma):
    return -0.5 * ((x - mu) / sigma) ** 2 - np.log(sigma * np.sqrt(2 * np.pi))


def log_p(x):
    """Target: 0.4 N(-2, 0.6^2) + 0.6 N(2, 0.6^2), as in kl_fits.py."""
    comps = np.stack([np.log(0.4) + log_normal(x, -2, 0.6), np.log(0.6) + log_normal(x, 2, 0.6)])
    top = comps.max(axis=0)
    return top + np.log(np.exp(comps - top).sum(axis=0))


def kl(log_a, log_b):
    return float(np.sum(np.exp(log_a) * (log_a - log_b)) * DX)


def make_figure():
    lp = log_p(X)
    # Forward KL: moment matching (mean 0.4, variance 4.2). Reverse KL: grid search.
    mu_f, s_f = 0.4, np.sqrt(4.2)
    grid = [(m, s) for m in np.round(np.arange(-3, 3.01, 0.1), 2)
            for s in np.round(np.arange(0.3, 3.01, 0.05), 2)]
    mu_r, s_r = min(grid, key=lambda ms: kl(log_normal(X, *ms), lp))

    fig, ax = plt.subplots(figsize=(8, 4))
    x = np.linspace(-6, 6, 241)
    ax.fill_between(x, np.exp(log_p(x)), color="0.8", label="target p")
    ax.plot(x, np.exp(log_normal(x, mu_f, s_f)), color="#1f77b4", lw=2.4,
            label=f"forward KL fit: mean {mu_f:.1f}, sd {s_f:.2f}")
    ax.plot(x, np.exp(log_normal(x, mu_r, s_r)), color="#d62728", lw=2.4, ls="--",
            label=f"reverse KL fit: mean {mu_r:.1f}, sd {s_r:.2f}")
    ax.set_xlabel("x", fontsize=12)
    ax.set_ylabel("density", fontsize=12)
    ax.set_title("Fitting one Gaussian q to a bimodal p", fontsize=13)
    ax.set_ylim(0, 0.75)
    ax.legend(loc="upper left", fontsize=10, frameon=False)
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
