"""Figure: the gap between neighbouring numbers (one ulp) against magnitude, three formats."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/numerical-methods-ulp.svg"

# (fraction bits, smallest normal exponent, largest exponent) of each format
FORMATS = {
    "float16": (10, -14, 15, "#d62728"),
    "bfloat16": (7, -126, 127, "#2ca02c"),
    "float32": (23, -126, 127, "#1f77b4"),
}


def ulp_curve(frac_bits, emin, emax, lo=-30):
    """ulp(x) = 2^(e - frac_bits) for 2^e <= x < 2^(e+1), sampled once per power of two.

    Below the smallest normal number 2^emin the gap stays at 2^(emin - frac_bits) (subnormals).
    At 3 pixels per power of two the steps are invisible, so one point per step is enough.
    """
    es = np.arange(max(lo, emin - 12), emax + 2)
    return 2.0**es, 2.0 ** (np.maximum(np.minimum(es, emax), emin) - frac_bits)


def make_figure():
    fig, ax = plt.subplots(figsize=(8, 4.6))
    for name, (frac_bits, emin, emax, color) in FORMATS.items():
        x, y = ulp_curve(frac_bits, emin, emax)
        ax.loglog(x, y, color=color, lw=2, label=f"{name} ({frac_bits + 1} significant bits)")
        ax.plot([x[-1]], [y[-1]], "o", color=color)          # the end of the range: overflow beyond
    ax.axvline(65504, color="#d62728", ls=":", lw=1.2)
    ax.text(65504 * 3, 1e9, "float16 max 65504", color="#d62728", fontsize=10, rotation=90)
    ax.axvline(1.0, color="0.5", ls=":", lw=1)
    ax.text(0.4, 1e9, "x = 1: gap = epsilon", color="0.3", fontsize=10, rotation=90, ha="right")
    ax.set_xlim(1e-9, 1e40)
    ax.set_ylim(1e-20, 1e38)
    ax.set_xticks([1e-8, 1e0, 1e8, 1e16, 1e24, 1e32])
    ax.set_yticks([1e-16, 1e-8, 1e0, 1e8, 1e16, 1e24, 1e32])
    ax.minorticks_off()
    ax.set_xlabel("magnitude |x|", fontsize=12)
    ax.set_ylabel("gap to the next number", fontsize=12)
    ax.set_title("Spacing grows with magnitude; each range ends at the dot", fontsize=13)
    ax.legend(loc="lower right", fontsize=10, frameon=False)
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
