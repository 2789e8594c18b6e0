"""Figure: relative error of naive versus rewritten formulas for 1 - cos(x) and log(1 + x)."""
import math
import sys
from decimal import Decimal, getcontext
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/numerical-methods-cancellation.svg"
FLOOR = 1e-18  # errors of exactly 0 are drawn here so they show on a log axis


def one_minus_cos_exact(x):
    """1 - cos x = x^2/2! - x^4/4! + ..., summed in 40-digit decimal arithmetic."""
    getcontext().prec = 40
    x, term, total, k = Decimal(x), Decimal(1), Decimal(0), 0
    while True:
        k += 2
        term = -term * x * x / (k * (k - 1))
        if abs(term) < Decimal("1e-38") * (abs(total) + Decimal("1e-300")):
            return float(-total)
        total += term


def log1p_exact(x):
    getcontext().prec = 40
    return float((Decimal(1) + Decimal(x)).ln())


def rel_err(approx, exact):
    return max(abs(approx - exact) / abs(exact), FLOOR)


def make_figure():
    xs = np.logspace(-10, 0, 81)
    u = 2.0**-53
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 3.9), sharey=True)
    exact = [one_minus_cos_exact(x) for x in xs]
    ax1.loglog(xs, [rel_err(1 - math.cos(x), e) for x, e in zip(xs, exact)], color="#d62728",
               lw=1.8, label="1 - cos(x)")
    ax1.loglog(xs, [rel_err(2 * math.sin(x / 2) ** 2, e) for x, e in zip(xs, exact)], color="#1f77b4",
               lw=1.8, label="2 sin²(x/2)")
    ax1.loglog(xs, np.minimum(2 * u / xs**2, 1), color="0.4", ls="--", lw=1.2, label="predicted 2u/x²")
    ax1.set_title("1 - cos(x)", fontsize=13)
    exact = [log1p_exact(x) for x in xs]
    ax2.loglog(xs, [rel_err(math.log(1 + x), e) for x, e in zip(xs, exact)], color="#d62728",
               lw=1.8, label="log(1 + x)")
    ax2.loglog(xs, [rel_err(math.log1p(x), e) for x, e in zip(xs, exact)], color="#1f77b4",
               lw=1.8, label="log1p(x)")
    ax2.loglog(xs, np.minimum(u / xs, 1), color="0.4", ls="--", lw=1.2, label="predicted u/x")
    ax2.set_title("log(1 + x)", fontsize=13)
    for ax in (ax1, ax2):
        ax.set_xlabel("x", fontsize=12)
        ax.set_ylim(FLOOR / 2, 10)
        ax.legend(loc="upper right", fontsize=10, frameon=False)
        ax.set_xticks([1e-10, 1e-7, 1e-4, 1e-1])
        ax.set_yticks([1e-15, 1e-10, 1e-5, 1])
        ax.minorticks_off()
    ax1.set_ylabel("relative error", fontsize=12)
    fig.tight_layout()
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
