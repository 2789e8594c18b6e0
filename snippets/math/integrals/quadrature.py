"""Trapezoid, Simpson and Monte Carlo integration, checked against closed forms and scipy.integrate.quad."""
import math

import numpy as np
from scipy import integrate


# --8<-- [start:rules]
def trapezoid(f, a, b, n):
    """n equal panels; each is replaced by the straight line through its end points."""
    x = np.linspace(a, b, n + 1)
    y = f(x)
    h = (b - a) / n
    return h * (y[0] / 2 + y[1:-1].sum() + y[-1] / 2)


def simpson(f, a, b, n):
    """n (even) panels; each pair is replaced by the parabola through its three points."""
    assert n % 2 == 0, "Simpson's rule needs an even number of panels"
    x = np.linspace(a, b, n + 1)
    y = f(x)
    h = (b - a) / n
    return h / 3 * (y[0] + 4 * y[1:-1:2].sum() + 2 * y[2:-1:2].sum() + y[-1])


def monte_carlo(f, a, b, n, rng):
    """(b - a) times the average of f at n uniform random points; also its standard error."""
    values = (b - a) * f(rng.uniform(a, b, size=n))
    return values.mean(), values.std(ddof=1) / math.sqrt(n)
# --8<-- [end:rules]


def normal_pdf(x):
    return np.exp(-x**2 / 2) / math.sqrt(2 * math.pi)


def main():
    rng = np.random.default_rng(0)

    # --8<-- [start:compare]
    cases = [  # (name, integrand, a, b, closed form)
        ("sin on [0, pi]", np.sin, 0.0, math.pi, 2.0),
        ("normal pdf on [-8, 8]", normal_pdf, -8.0, 8.0, math.erf(8 / math.sqrt(2))),
        ("x^2 * pdf on [-8, 8]", lambda x: x**2 * normal_pdf(x), -8.0, 8.0, 1.0),
    ]
    print(f"{'integral':<22} {'exact':>8} {'trap n=64':>10} {'simp n=64':>10} {'quad':>10}")
    for name, f, a, b, exact in cases:
        t, s = trapezoid(f, a, b, 64), simpson(f, a, b, 64)
        q, _ = integrate.quad(f, a, b)
        print(f"{name:<22} {exact:8.6f} {t:10.6f} {s:10.6f} {q:10.6f}")
        assert abs(q - exact) < 1e-9 and abs(s - exact) < 1e-5 and abs(t - exact) < 1e-3
    # --8<-- [end:compare]

    # --8<-- [start:infinite]
    # over the whole real line: the standard normal integrates to 1, and E[X^2] = Var(X) = 1
    total, _ = integrate.quad(normal_pdf, -np.inf, np.inf)
    second_moment, _ = integrate.quad(lambda x: x**2 * normal_pdf(x), -np.inf, np.inf)
    print(f"quad over (-inf, inf): total mass {total:.6f}, E[X^2] {second_moment:.6f}")
    assert abs(total - 1) < 1e-9 and abs(second_moment - 1) < 1e-9
    # --8<-- [end:infinite]

    # --8<-- [start:montecarlo]
    n = 10_000
    est, se = monte_carlo(np.sin, 0.0, math.pi, n, rng)
    print(f"Monte Carlo, sin on [0, pi], n={n}: {est:.4f} +- {se:.4f} (exact 2)")
    assert abs(est - 2) < 4 * se

    # E[X^2] by sampling X ~ N(0, 1) directly: no interval, no grid
    x = rng.standard_normal(n)
    est, se = np.mean(x**2), np.std(x**2, ddof=1) / math.sqrt(n)
    print(f"Monte Carlo, E[X^2] from {n} normal samples: {est:.4f} +- {se:.4f} (exact 1)")
    assert abs(est - 1) < 4 * se and abs(se - math.sqrt(2 / n)) < 0.002  # Var(X^2) = 2
    # --8<-- [end:montecarlo]


if __name__ == "__main__":
    main()
