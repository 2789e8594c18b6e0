"""Figure: a symmetric 2x2 matrix maps the unit circle to an ellipse whose axes are its eigenvectors."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/eigenvalues-ellipse.svg"

A = np.array([[2.0, 1.0], [1.0, 2.0]])      # eigenvalues 3 and 1
BLUE, ORANGE, GRAY = "#1f77b4", "#d95f02", "#555555"


def arrow(ax, vec, color, label, offset):
    ax.annotate("", xy=vec, xytext=(0, 0),
                arrowprops=dict(arrowstyle="-|>", color=color, lw=2.2, mutation_scale=16))
    ax.text(vec[0] + offset[0], vec[1] + offset[1], label, color=color, fontsize=12,
            ha="center", va="center")


def style(ax, title):
    ax.set_title(title, fontsize=12)
    ax.set_xlim(-3.2, 3.2)
    ax.set_ylim(-3.2, 3.2)
    ax.set_aspect("equal")
    ax.axhline(0, color="0.75", lw=0.8)
    ax.axvline(0, color="0.75", lw=0.8)
    ax.set_xticks(range(-3, 4))
    ax.set_yticks(range(-3, 4))


def make_figure():
    w, V = np.linalg.eigh(A)                # ascending: w = [1, 3]
    v_small, v_big = V[:, 0], V[:, 1]
    v_big = v_big * np.sign(v_big[0])
    v_small = v_small * np.sign(v_small[0])
    x = np.array([1.0, 0.0])                # an ordinary vector, for contrast
    t = np.linspace(0.0, 2.0 * np.pi, 97)
    circle = np.vstack([np.cos(t), np.sin(t)])
    ellipse = A @ circle

    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 5))
    for ax in (left, right):                # the two eigenvector lines, in both panels
        for v, color in ((v_big, BLUE), (v_small, ORANGE)):
            ax.plot([-4 * v[0], 4 * v[0]], [-4 * v[1], 4 * v[1]], ":", color=color, lw=1.2)

    left.plot(*circle, color="black", lw=1.8)
    arrow(left, v_big, BLUE, r"$\mathbf{v}_1$", (0.25, 0.1))
    arrow(left, v_small, ORANGE, r"$\mathbf{v}_2$", (0.3, -0.1))
    arrow(left, x, GRAY, r"$\mathbf{x}$", (0.15, -0.25))
    style(left, "unit circle and eigenvector directions")

    right.plot(*ellipse, color="black", lw=1.8)
    arrow(right, A @ v_big, BLUE, r"$A\mathbf{v}_1 = 3\mathbf{v}_1$", (-1.15, 0.45))
    arrow(right, A @ v_small, ORANGE, r"$A\mathbf{v}_2 = 1\mathbf{v}_2$", (0.9, -0.35))
    arrow(right, A @ x, GRAY, r"$A\mathbf{x}$ (turned)", (-0.45, -0.7))
    style(right, r"image under $A$: an ellipse, semi-axes 3 and 1")
    fig.tight_layout()
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
