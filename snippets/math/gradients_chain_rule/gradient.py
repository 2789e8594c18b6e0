"""Gradient of a two-variable function: finite-difference check, directional derivatives, chain rule."""
import numpy as np


# --8<-- [start:function]
def f(p):
    """f(x, y) = x^2 + x y + 3 y^2, a tilted elliptical bowl."""
    x, y = p
    return x**2 + x * y + 3 * y**2


def grad_f(p):
    """Partial derivatives by hand: (2x + y, x + 6y)."""
    x, y = p
    return np.array([2 * x + y, x + 6 * y])


def numeric_grad(func, p, h=1e-6):
    """Central difference along each coordinate axis e_i."""
    p = np.asarray(p, dtype=float)
    g = np.zeros_like(p)
    for i in range(p.size):
        e = np.zeros_like(p)
        e[i] = h
        g[i] = (func(p + e) - func(p - e)) / (2 * h)
    return g
# --8<-- [end:function]


def main():
    np.set_printoptions(precision=4, suppress=True)
    # --8<-- [start:gradient]
    p = np.array([1.0, 1.0])
    g, g_num = grad_f(p), numeric_grad(f, p)
    print("gradient at (1, 1):  analytic", g, " numeric", g_num)
    assert np.allclose(g, g_num, atol=1e-8)

    rng = np.random.default_rng(0)
    for q in rng.normal(size=(5, 2)):  # a few more random points
        assert np.allclose(grad_f(q), numeric_grad(f, q), atol=1e-7)
    # --8<-- [end:gradient]

    # --8<-- [start:directional]
    angles = np.arange(0, 360, 45)
    print("\nangle  u                   D_u f (numeric)  grad . u")
    for deg in angles:
        t = np.deg2rad(deg)
        u = np.round(np.array([np.cos(t), np.sin(t)]), 15) + 0.0  # tidy -0.0 and 6e-17
        h = 1e-6
        d_num = (f(p + h * u) - f(p - h * u)) / (2 * h)  # slope along u
        print(f"{deg:5d}  ({u[0]: .4f}, {u[1]: .4f})  {d_num:15.4f}  {g @ u:8.4f}")
        assert abs(d_num - g @ u) < 1e-6

    fine = np.deg2rad(np.arange(0, 360, 0.1))
    slopes = np.cos(fine) * g[0] + np.sin(fine) * g[1]
    best = np.rad2deg(fine[np.argmax(slopes)])
    print(f"steepest ascent at {best:.1f} deg, slope {slopes.max():.4f}; "
          f"grad direction {np.rad2deg(np.arctan2(g[1], g[0])):.1f} deg, |grad| = {np.linalg.norm(g):.4f}")
    assert abs(slopes.max() - np.linalg.norm(g)) < 1e-4  # Cauchy-Schwarz bound is reached
    tangent = np.array([-g[1], g[0]]) / np.linalg.norm(g)  # along the level set
    print(f"slope along the level set (u perpendicular to grad): {g @ tangent:.4f}")
    assert abs(g @ tangent) < 1e-12
    # --8<-- [end:directional]

    # --8<-- [start:chain]
    def path(t):  # walk around the unit circle
        return np.array([np.cos(t), np.sin(t)])

    def path_velocity(t):
        return np.array([-np.sin(t), np.cos(t)])

    t0 = 0.6
    chain = grad_f(path(t0)) @ path_velocity(t0)  # df/dt = f_x dx/dt + f_y dy/dt
    h = 1e-6
    numeric = (f(path(t0 + h)) - f(path(t0 - h))) / (2 * h)
    print(f"\nd/dt f(cos t, sin t) at t = {t0}: chain rule {chain:.6f}, finite diff {numeric:.6f}")
    assert abs(chain - numeric) < 1e-8
    # closed form: f on the circle is 1 + cos t sin t + 2 sin^2 t, derivative cos 2t + 2 sin 2t
    assert abs(chain - (np.cos(2 * t0) + 2 * np.sin(2 * t0))) < 1e-12
    # --8<-- [end:chain]


if __name__ == "__main__":
    main()
