"""Figure: the posterior P(disease | positive test) as a function of the prior (base rate)."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = (Path(__file__).resolve().parents[3]
       / "docs/assets/figures/math/conditional-probability-base-rate.svg")


def posterior(prior, sens, fpr):
    return sens * prior / (sens * prior + fpr * (1 - prior))


def make_figure():
    fig, ax = plt.subplots(figsize=(7, 4.2))
    prior = np.logspace(-4, 0, 60)
    for fpr, color in ((0.05, "C0"), (0.01, "C1"), (0.001, "C2")):
        ax.plot(prior, posterior(prior, 0.99, fpr), color=color,
                label=f"false-positive rate {fpr:g}")
    ax.plot(prior, prior, color="gray", ls=":", label="no test (posterior = prior)")
    ax.plot([0.01], [posterior(0.01, 0.99, 0.05)], "o", color="C0")
    ax.annotate("prior 1%, posterior 16.7%", (0.01, 1 / 6), xytext=(0.0002, 0.45),
                arrowprops={"arrowstyle": "->", "color": "C0"}, color="C0")
    ax.set_xscale("log")
    ax.minorticks_off()
    ax.set_xlabel("prior P(disease), log scale")
    ax.set_ylabel("P(disease | positive)")
    ax.set_title("A 99%-sensitive test: the base rate decides")
    ax.set_ylim(0, 1.02)
    ax.legend(loc="lower right", fontsize=9)
    fig.tight_layout()
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
