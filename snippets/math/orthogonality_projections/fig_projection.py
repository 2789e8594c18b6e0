"""Figure: projecting a point onto a line (2-D) and onto a plane (3-D); the residual is orthogonal."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/orthogonality-projections-projection.svg"
BLUE, RED, GREEN, GRAY = "#1f77b4", "#d62728", "#2ca02c", "#555555"


def right_angle(ax, corner, u, w, d, **kw):
    """Draw a small square at `corner` with sides along unit vectors u and w."""
    pts = np.array([corner + d * u, corner + d * u + d * w, corner + d * w])
    ax.plot(*pts.T, color=GRAY, lw=1, **kw)


def line_panel(ax):
    a, b = np.array([3.0, 1.0]), np.array([1.0, 3.0])
    p = (a @ b) / (a @ a) * a  # (1.8, 0.6)
    s = np.linspace(-0.25, 1.35, 2)
    ax.plot(s * a[0], s * a[1], color=BLUE, lw=1.5)  # the line spanned by a
    ax.annotate("", xy=a, xytext=(0, 0), arrowprops=dict(arrowstyle="-|>", color=BLUE, lw=2))
    ax.annotate("", xy=b, xytext=(0, 0), arrowprops=dict(arrowstyle="-|>", color=RED, lw=2))
    ax.annotate("", xy=p, xytext=(0, 0), arrowprops=dict(arrowstyle="-|>", color=GREEN, lw=3))
    ax.plot([p[0], b[0]], [p[1], b[1]], ls="--", color=GRAY, lw=1.5)
    right_angle(ax, p, -a / np.linalg.norm(a), (b - p) / np.linalg.norm(b - p), 0.2)
    ax.text(a[0] + 0.05, a[1] - 0.3, r"$\mathbf{a}$", color=BLUE, fontsize=14)
    ax.text(b[0] - 0.35, b[1], r"$\mathbf{b}$", color=RED, fontsize=14)
    ax.text(p[0] + 0.1, p[1] - 0.45, r"$\mathbf{p}=P\mathbf{b}$", color=GREEN, fontsize=13)
    ax.text(1.5, 1.9, r"$\mathbf{e}=\mathbf{b}-\mathbf{p}$", color=GRAY, fontsize=13)
    ax.set_xlim(-0.6, 4.2)
    ax.set_ylim(-0.6, 3.4)
    ax.set_aspect("equal")
    ax.grid(True, color="0.9")
    ax.set_title("onto a line: $\\mathbf{e} \\perp \\mathbf{a}$", fontsize=13)


def plane_panel(ax):
    A = np.array([[1.0, 0.0], [0.0, 1.0], [0.3, 0.2]])  # columns a1, a2 span a tilted plane
    b = np.array([1.2, 1.6, 2.6])
    x_hat = np.linalg.solve(A.T @ A, A.T @ b)
    p = A @ x_hat
    e = b - p
    # a patch of the plane {A y}
    c1, c2 = np.meshgrid([-0.4, 2.2], [-0.4, 2.4])
    pts = A @ np.vstack([c1.ravel(), c2.ravel()])
    X, Y, Z = (pts[i].reshape(2, 2) for i in range(3))
    ax.plot_surface(X, Y, Z, color=BLUE, alpha=0.15, edgecolor=BLUE, lw=0.8, shade=False)
    for v, color, lw in [(A[:, 0], BLUE, 2.0), (A[:, 1], BLUE, 2.0), (b, RED, 2.2), (p, GREEN, 3.0)]:
        ax.plot([0, v[0]], [0, v[1]], [0, v[2]], color=color, lw=lw)
        ax.scatter(*v, color=color, s=18, depthshade=False)
    ax.plot(*np.vstack([p, b]).T, ls="--", color=GRAY, lw=1.8)
    # right-angle marker between e and the direction from p back to the origin
    u = -p / np.linalg.norm(p)
    w = e / np.linalg.norm(e)
    right_angle(ax, p, u, w, 0.22)
    ax.text(*(b + [0.05, 0.0, 0.12]), r"$\mathbf{b}$", color=RED, fontsize=14)
    ax.text(*(p + [0.1, 0.1, -0.45]), r"$\mathbf{p}=A\hat{\mathbf{x}}$", color=GREEN, fontsize=13)
    ax.text(*(0.5 * (p + b) + [0.08, 0.0, 0.0]), r"$\mathbf{e}$", color=GRAY, fontsize=14)
    ax.text(*(A[:, 0] + [0.05, -0.25, -0.2]), r"$\mathbf{a}_1$", color=BLUE, fontsize=13)
    ax.text(*(A[:, 1] + [-0.25, 0.0, 0.25]), r"$\mathbf{a}_2$", color=BLUE, fontsize=13)
    ax.text(*(A @ [0.9, -0.4] + [0, 0, -0.35]), "column space of A", color=BLUE, fontsize=11)
    ax.set_axis_off()
    ax.set_box_aspect((2.6, 2.8, 2.2))
    ax.view_init(elev=14, azim=-60)
    ax.set_title("onto a plane: $A^\\top\\mathbf{e} = \\mathbf{0}$", fontsize=13)


def make_figure():
    fig = plt.figure(figsize=(10.5, 4.4))
    line_panel(fig.add_subplot(1, 2, 1))
    plane_panel(fig.add_subplot(1, 2, 2, projection="3d"))
    fig.tight_layout()
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
