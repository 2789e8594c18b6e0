"""How often does a 95% t-interval for a mean contain the true mean? Simulate and count."""
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


def t_critical(df, level=0.95):
    """The c with P(-c < T < c) = level, by bisection on the tail probability."""
    lo, hi = 0.0, 100.0
    for _ in range(60):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if t_sf(mid, df) > (1 - level) / 2 else (lo, mid)
    return (lo + hi) / 2


# --8<-- [start:interval]
def t_intervals(samples, level=0.95):
    """One t-interval per row: mean +/- c * s / sqrt(n)."""
    n = samples.shape[1]
    c = t_critical(n - 1, level)
    mean = samples.mean(axis=1)
    half = c * samples.std(axis=1, ddof=1) / math.sqrt(n)
    return mean - half, mean + half


def coverage(lo, hi, truth):
    return np.mean((lo <= truth) & (truth <= hi))
# --8<-- [end:interval]


def main():
    rng = np.random.default_rng(0)
    np.set_printoptions(precision=4, suppress=True)
    # --8<-- [start:run]
    reps, mu, sigma = 10_000, 10.0, 2.0
    tol = 4 * math.sqrt(0.95 * 0.05 / reps)  # 4 binomial standard errors of a 95% rate

    for n in (5, 30):
        c = t_critical(n - 1)
        assert abs(c - stats.t.ppf(0.975, n - 1)) < 1e-9
        samples = rng.normal(mu, sigma, size=(reps, n))
        lo, hi = t_intervals(samples)
        cov_t = coverage(lo, hi, mu)
        m, half_z = samples.mean(axis=1), 1.96 * samples.std(axis=1, ddof=1) / math.sqrt(n)
        cov_z = coverage(m - half_z, m + half_z, mu)  # wrong: uses 1.96 although sigma is estimated
        print(f"normal data, n = {n:2d}: t critical value {c:.4f}; coverage of t-interval "
              f"{cov_t:.4f}, of 1.96-interval {cov_z:.4f}")
        assert abs(cov_t - 0.95) < tol
        if n == 5:
            assert cov_z < 0.95 - tol  # the 1.96-interval is too narrow for small n
    print(f"first interval (n = 30): [{lo[0]:.3f}, {hi[0]:.3f}], true mean {mu}")

    skewed = rng.exponential(1.0, size=(reps, 10))  # true mean 1, strongly skewed
    lo, hi = t_intervals(skewed)
    print(f"exponential data, n = 10: coverage of t-interval {coverage(lo, hi, 1.0):.4f}")
    print(f"tolerance used for 'about 95%': +/- {tol:.4f}")
    # --8<-- [end:run]


if __name__ == "__main__":
    main()
