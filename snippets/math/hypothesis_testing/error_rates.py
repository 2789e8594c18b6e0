"""Type I error rate, power, and the multiple-comparisons problem, measured by simulation."""
import math

import numpy as np
from scipy import stats


def t_sf(t, df, steps=4000):
    """P(T > t) for t >= 0, Student's t with df degrees of freedom (Simpson's rule, as in ttest.py)."""
    x = np.linspace(0.0, t, steps + 1)
    w = np.ones(steps + 1)
    w[1:-1:2], w[2:-1:2] = 4, 2
    log_c = math.lgamma((df + 1) / 2) - math.lgamma(df / 2) - 0.5 * math.log(df * math.pi)
    pdf = math.exp(log_c) * (1 + x**2 / df) ** (-(df + 1) / 2)
    return 0.5 - (t / steps) / 3 * np.sum(w * pdf)


def t_critical(df, alpha):
    """Two-sided critical value: P(|T| > c) = alpha, by bisection."""
    lo, hi = 0.0, 100.0
    for _ in range(60):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if 2 * t_sf(mid, df) > alpha else (lo, mid)
    return (lo + hi) / 2


# --8<-- [start:reject]
def rejects(a, b, alpha):
    """Pooled two-sample t-test along the last axis; True where H0 is rejected at level alpha."""
    n = a.shape[-1]  # equal group sizes
    sp2 = (a.var(axis=-1, ddof=1) + b.var(axis=-1, ddof=1)) / 2
    t = (a.mean(axis=-1) - b.mean(axis=-1)) / np.sqrt(sp2 * 2 / n)
    return np.abs(t) > t_critical(2 * n - 2, alpha)


def within(rate, expected, reps):
    return abs(rate - expected) < 4 * math.sqrt(expected * (1 - expected) / reps)
# --8<-- [end:reject]


def main():
    rng = np.random.default_rng(0)
    alpha, reps = 0.05, 20_000
    assert abs(t_critical(126, alpha) - stats.t.ppf(1 - alpha / 2, 126)) < 1e-9
    # --8<-- [start:rates]
    for n, d in [(64, 0.0), (16, 0.5), (64, 0.5)]:  # d = true difference / sigma (effect size)
        a = rng.normal(d, 1.0, size=(reps, n))
        b = rng.normal(0.0, 1.0, size=(reps, n))
        rate = rejects(a, b, alpha).mean()
        # exact rejection probability: |T| > c where T has a noncentral t distribution
        c, nc = stats.t.ppf(1 - alpha / 2, 2 * n - 2), d * math.sqrt(n / 2)
        exact = stats.nct.sf(c, 2 * n - 2, nc) + stats.nct.cdf(-c, 2 * n - 2, nc)
        assert within(rate, exact, reps)
        label = "false positive rate" if d == 0 else "power"
        print(f"n = {n:2d} per group, effect d = {d}: {label} {rate:.4f} (theory {exact:.4f})")
    # --8<-- [end:rates]

    # --8<-- [start:bonferroni]
    m, experiments, n = 20, 5_000, 16  # 20 comparisons per experiment, every null true
    a = rng.normal(size=(experiments, m, n))
    b = rng.normal(size=(experiments, m, n))
    for name, level in [("uncorrected", alpha), ("Bonferroni", alpha / m)]:
        any_false_positive = rejects(a, b, level).any(axis=1).mean()
        theory = 1 - (1 - level) ** m  # independent tests
        assert within(any_false_positive, theory, experiments)
        print(f"{m} true nulls, {name:11s} (each test at {level:.4f}): "
              f"P(at least one false positive) = {any_false_positive:.4f} (theory {theory:.4f})")
    # --8<-- [end:bonferroni]


if __name__ == "__main__":
    main()
