"""Figure: singular value spectrum and rank-k reconstruction error of a low-rank-plus-noise matrix."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/svd-spectrum.svg"


def low_rank_plus_noise(m=60, n=40, strengths=(20.0, 15.0, 10.0, 7.0, 5.0), noise=0.1, seed=0):
    """Same matrix as low_rank.py: a rank-5 signal plus Gaussian noise."""
    rng = np.random.default_rng(seed)
    U0, _ = np.linalg.qr(rng.normal(size=(m, len(strengths))))
    V0, _ = np.linalg.qr(rng.normal(size=(n, len(strengths))))
    signal = U0 @ np.diag(strengths) @ V0.T
    return signal + noise * rng.normal(size=(m, n)), signal


def make_figure():
    A, signal = low_rank_plus_noise()
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    ks = np.arange(0, 21)  # ranks 0..20 are enough to see both curves turn
    tail = np.sqrt([np.sum(s[k:] ** 2) for k in ks])  # Eckart-Young: |A - A_k|_F
    to_signal = [np.linalg.norm(U[:, :k] @ np.diag(s[:k]) @ Vt[:k] - signal) for k in ks]

    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10.5, 4.0))
    idx = np.arange(1, len(s) + 1)
    colors = ["#d62728" if i <= 5 else "#7f7f7f" for i in idx]
    ax1.vlines(idx, 1e-1, s, colors=colors, lw=3)
    ax1.set_yscale("log")
    ax1.set_ylim(1e-1, 40)
    ax1.set_xlabel("index i")
    ax1.set_ylabel(r"$\sigma_i$ (log scale)")
    ax1.set_title("singular value spectrum", fontsize=12)
    ax1.text(7, 12, "signal (rank 5)", color="#d62728", fontsize=11)
    ax1.text(14, 1.9, "noise", color="#7f7f7f", fontsize=11)
    ax1.minorticks_off()
    ax1.set_yticks([0.1, 1, 10], ["0.1", "1", "10"])
    ax1.set_xticks([1, 5, 10, 20, 30, 40])
    ax1.grid(True, axis="y", alpha=0.3)

    norm_A = np.linalg.norm(A)
    ax2.plot(ks, tail / norm_A, "-", lw=2, color="#1f77b4",
             label="vs the data A")
    ax2.plot(ks, np.array(to_signal) / norm_A, "--", lw=2, color="#ff7f0e",
             label="vs the clean signal S")
    ax2.axvline(5, color="0.5", ls=":", lw=1)
    ax2.text(5.6, 0.75, "true rank", color="0.35", fontsize=10)
    ax2.set_xlabel("rank k")
    ax2.set_ylabel(r"Frobenius error / $\|A\|_F$")
    ax2.set_ylim(0, 1.02)
    ax2.set_title("error of the rank-k truncation", fontsize=12)
    ax2.legend(fontsize=9, loc="upper right")
    ax2.set_xticks([0, 5, 10, 15, 20])
    ax2.grid(True, alpha=0.3)
    fig.tight_layout()
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
