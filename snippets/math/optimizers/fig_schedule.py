"""Figure: step decay, exponential decay and linear warm-up + cosine decay."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from schedule import exponential_decay, step_decay, warmup_cosine  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/optimizers-schedule.svg"


def make_figure():
    max_lr, min_lr, warmup, total = 6e-4, 6e-5, 500, 10_000
    steps = np.arange(0, total + 1, 50)
    fig, ax = plt.subplots(figsize=(8, 4))
    ax.plot(steps, [warmup_cosine(s, max_lr, min_lr, warmup, total) for s in steps],
            color="tab:blue", lw=2.2, label="linear warm-up + cosine decay")
    ax.plot(steps, [step_decay(s, max_lr) for s in steps], color="tab:gray", lw=1.5,
            ls="--", label="step decay (x0.1 every 3000 steps)")
    ax.plot(steps, [exponential_decay(s, max_lr) for s in steps], color="tab:orange",
            lw=1.5, ls="-.", label="exponential decay (x0.9995 per step)")
    ax.axvline(warmup, color="0.6", lw=0.8, ls=":")
    ax.axhline(min_lr, color="0.6", lw=0.8, ls=":")
    ax.annotate("peak at the end of warm-up", (warmup, max_lr), xytext=(1200, 6.25e-4), fontsize=9,
                arrowprops={"arrowstyle": "->", "color": "0.4"})
    ax.annotate("floor: 10% of peak", (8000, min_lr), xytext=(6600, 1.6e-4), fontsize=9,
                arrowprops={"arrowstyle": "->", "color": "0.4"})
    ax.set_xlim(0, total)
    ax.set_ylim(0, 6.8e-4)
    ax.set_xlabel("training step")
    ax.set_ylabel("learning rate")
    ax.legend(loc="upper right", fontsize=9)
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
