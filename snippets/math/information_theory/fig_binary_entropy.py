"""Figure: surprisal -log2 p of one event, and the entropy of a coin with P(heads) = p."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/information-theory-binary-entropy.svg"


def binary_entropy(p):
    p = np.asarray(p, dtype=float)
    out = np.zeros_like(p)
    inside = (p > 0) & (p < 1)
    q = p[inside]
    out[inside] = -(q * np.log2(q) + (1 - q) * np.log2(1 - q))
    return out


def make_figure():
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 3.8))
    p = np.linspace(0.01, 1, 100)
    ax1.plot(p, -np.log2(p), color="#1f77b4", lw=2.2)
    for prob, label in [(0.5, "1 bit"), (0.125, "3 bits"), (1.0, "0 bits")]:
        ax1.plot([prob], [-np.log2(prob)], "o", color="black")
        ax1.annotate(label, xy=(prob, -np.log2(prob)), xytext=(prob + 0.06, -np.log2(prob) + 0.6),
                     fontsize=11)
    ax1.set_xlabel("probability p of the event", fontsize=12)
    ax1.set_ylabel("surprisal -log2 p (bits)", fontsize=12)
    ax1.set_title("Surprisal of one event", fontsize=13)
    ax1.set_xlim(0, 1.15)
    ax1.set_ylim(0, 7)
    ax1.set_yticks([0, 2, 4, 6])

    p = np.linspace(0, 1, 101)
    ax2.plot(p, binary_entropy(p), color="#d62728", lw=2.2)
    for prob in (0.5, 0.9):
        h = binary_entropy(np.array([prob]))[0]
        ax2.plot([prob], [h], "o", color="black")
        ax2.annotate(f"{h:.3f} bits", xy=(prob, h),
                     xytext=(prob - 0.3 if prob > 0.5 else prob - 0.12, h + 0.08), fontsize=11)
    ax2.set_xlabel("P(heads) = p", fontsize=12)
    ax2.set_ylabel("entropy H(p)  (bits)", fontsize=12)
    ax2.set_title("Entropy of a coin", fontsize=13)
    ax2.set_ylim(0, 1.2)
    ax2.set_yticks([0, 0.5, 1])
    fig.tight_layout()
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
