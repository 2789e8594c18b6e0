"""Figure: level sets of f(x, y) = x^2 + x y + 3 y^2 with gradient arrows perpendicular to them."""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs/assets/figures/math/gradients-chain-rule-contours.svg"


def f(x, y):
    return x**2 + x * y + 3 * y**2


def grad_f(x, y):
    return np.array([2 * x + y, x + 6 * y])


def point_on_level(c, angle):
    """The point at the given polar angle where f equals c (f is a quadratic form)."""
    d = np.array([np.cos(angle), np.sin(angle)])
    return d * np.sqrt(c / f(*d))


def make_figure():
    xs = np.linspace(-3.0, 3.0, 121)
    X, Y = np.meshgrid(xs, xs)
    fig, ax = plt.subplots(figsize=(6.4, 4.6))
    levels = [0.5, 1.5, 3, 5]
    cs = ax.contour(X, Y, f(X, Y), levels=levels, colors="tab:blue", linewidths=1.2)
    ax.clabel(cs, fontsize=8, fmt="%g")
    for c, n in [(1.5, 6), (5, 10)]:
        for a in np.linspace(0, 2 * np.pi, n, endpoint=False) + 0.3:
            p = point_on_level(c, a)
            g = grad_f(*p)
            v = 0.4 * g / np.linalg.norm(g)  # unit direction, fixed length for readability
            ax.annotate("", xy=p + v, xytext=p,
                        arrowprops=dict(arrowstyle="->", color="tab:red", lw=1.4))
    # one tangent line to show the right angle
    p = point_on_level(3, 2.0)
    g = grad_f(*p)
    t = np.array([-g[1], g[0]]) / np.linalg.norm(g)
    ax.plot(*np.array([p - 0.9 * t, p + 0.9 * t]).T, "--", color="0.3", lw=1.2, label="tangent to the level set")
    ax.annotate("", xy=p + 0.6 * g / np.linalg.norm(g), xytext=p,
                arrowprops=dict(arrowstyle="->", color="tab:red", lw=1.4))
    ax.plot(*p, "o", color="0.3", ms=4)
    ax.plot([0], [0], "k*", ms=9, label="minimum")
    ax.plot([], [], color="tab:red", lw=1.4, label="gradient direction")
    ax.set_aspect("equal")
    ax.set_xlim(-3.0, 3.0)
    ax.set_ylim(-1.9, 1.9)
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    ax.set_title("f(x, y) = x² + xy + 3y²: gradients cross level sets at right angles", fontsize=10)
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return fig


def main(out=OUT):
    plt.rcParams["svg.hashsalt"] = "llm-roadmap"
    fig = make_figure()
    fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {Path(out).name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
