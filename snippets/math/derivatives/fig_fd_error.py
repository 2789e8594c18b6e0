"""Figure: error of forward and central differences against the step size h, log-log axes."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/derivatives-fd-error.svg"


def make_figure():
    x = 1.0
    hs = np.logspace(-14, 0, 29)
    exact = np.cos(x)
    fwd = np.abs((np.sin(x + hs) - np.sin(x)) / hs - exact)
    cen = np.abs((np.sin(x + hs) - np.sin(x - hs)) / (2 * hs) - exact)
    floor = 1e-18  # an exact hit would be log(0); clip for plotting
    fig, ax = plt.subplots(figsize=(6.4, 4.2))
    ax.loglog(hs, np.maximum(fwd, floor), "o-", ms=3, color="tab:blue", label="forward difference")
    ax.loglog(hs, np.maximum(cen, floor), "s-", ms=3, color="tab:orange", label="central difference")
    # guide lines drawn a factor 10 below the curves so both stay visible
    ref = np.logspace(-7, 0, 2)
    ax.loglog(ref, 0.05 * np.sin(x) * ref, "--", color="tab:blue", lw=1, label="slope 1 (error ~ h)")
    ref2 = np.logspace(-4, 0, 2)
    ax.loglog(ref2, np.cos(x) / 60 * ref2**2, "--", color="tab:orange", lw=1,
              label="slope 2 (error ~ h squared)")
    ax.loglog(hs, 2.2e-16 / hs, ":", color="gray", lw=1.2, label="round-off ~ eps / h")
    ax.set_ylim(1e-13, 1)
    ax.minorticks_off()
    ax.set_xlabel("step size h")
    ax.set_ylabel("absolute error in f'(1), f = sin")
    ax.set_title("Truncation error falls with h, round-off error grows")
    ax.grid(True, which="major", alpha=0.3)
    ax.legend(fontsize=8, loc="lower left")
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
