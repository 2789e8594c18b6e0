"""Figure: a right-skewed sample with its mean, median and mode, and the box plot of the same data."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/descriptive-statistics-skew.svg"


def make_figure():
    rng = np.random.default_rng(0)
    x = rng.lognormal(mean=5.5, sigma=0.6, size=400)  # e.g. response lengths in tokens
    counts, edges = np.histogram(x, bins=np.arange(0, 1650, 50))
    peak = np.argmax(counts)
    mode = (edges[peak] + edges[peak + 1]) / 2  # midpoint of the tallest bin
    mean, median = x.mean(), np.median(x)

    fig, (ax, box) = plt.subplots(2, 1, figsize=(7, 4.6), sharex=True,
                                  gridspec_kw={"height_ratios": [3, 1]})
    ax.hist(x, bins=edges, color="#9ecae1", edgecolor="white")
    for value, name, color, style in ((mode, "mode", "#31a354", ":"),
                                      (median, "median", "#3182bd", "--"),
                                      (mean, "mean", "#de2d26", "-")):
        ax.axvline(value, color=color, linestyle=style, linewidth=2, label=f"{name} = {value:.0f}")
    ax.set_ylabel("count")
    ax.set_title("Right-skewed data: mode < median < mean", fontsize=12)
    ax.legend(frameon=False)
    box.boxplot(x, orientation="horizontal", widths=0.6, whis=1.5,
                flierprops={"marker": "o", "markersize": 3, "markerfacecolor": "none"})
    box.set_yticks([])
    box.set_xlabel("value (tokens)")
    box.text(np.percentile(x, 75) + 15, 1.35, "box: Q1 to Q3 (the IQR); points: beyond 1.5 IQR", fontsize=9)
    fig.tight_layout()
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
