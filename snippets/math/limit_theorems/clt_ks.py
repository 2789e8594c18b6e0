"""The central limit theorem: standardised sums approach the normal, measured by the KS distance."""
import math

import numpy as np
from scipy import integrate, stats

BERRY_ESSEEN_C = 0.4748  # best known constant for i.i.d. sums (Shevtsova, 2011)


# --8<-- [start:ks]
def normal_cdf(z):
    return 0.5 * (1.0 + np.vectorize(math.erf)(np.asarray(z) / math.sqrt(2.0)))


def ks_distance(samples, cdf):
    """sup over x of |empirical CDF(x) - cdf(x)|; the sup is reached at a sample point."""
    x = np.sort(samples)
    m = len(x)
    F = cdf(x)
    above = np.arange(1, m + 1) / m - F  # empirical CDF just after each point
    below = F - np.arange(0, m) / m  # and just before it
    return max(above.max(), below.max())
# --8<-- [end:ks]


# --8<-- [start:standardise]
def standardised_sums(draw, mu, sigma, n, reps, rng):
    """(S_n - n mu) / (sigma sqrt(n)) for reps independent sums of n draws."""
    s = draw(rng, (reps, n)).sum(axis=1)
    return (s - n * mu) / (sigma * math.sqrt(n))
# --8<-- [end:standardise]


def exact_ks_exponential(n):
    """Exact sup |P(Z_n <= z) - Phi(z)| for sums of n Exp(1): S_n ~ Gamma(n, 1)."""
    z = np.linspace(-8, 12, 40_001)
    return np.abs(stats.gamma.cdf(n + math.sqrt(n) * z, a=n) - stats.norm.cdf(z)).max()


def main():
    rng = np.random.default_rng(0)
    reps = 20_000
    families = {
        "exponential(1)": (lambda r, size: r.exponential(1.0, size), 1.0, 1.0),
        "uniform(0, 1)": (lambda r, size: r.random(size), 0.5, math.sqrt(1 / 12)),
    }
    # --8<-- [start:clt]
    rho = integrate.quad(lambda x: abs(x - 1) ** 3 * math.exp(-x), 0, 1)[0] + \
        integrate.quad(lambda x: abs(x - 1) ** 3 * math.exp(-x), 1, math.inf)[0]
    assert abs(rho - (12 / math.e - 2)) < 1e-9  # E|X - 1|^3 for Exp(1)
    noise = 1.63 / math.sqrt(reps)  # 20,000 exact normals stay within this 99% of the time
    print(f"KS distance to N(0, 1) of standardised sums ({reps} sums each; "
          f"sampling noise up to about {noise:.4f})")
    print(f"{'n':>4} {'exponential':>12} {'exact':>8} {'Berry-Esseen':>13} {'uniform':>9}")
    previous = 1.0
    for n in (1, 2, 5, 10, 50):
        d = {}
        for name, (draw, mu, sigma) in families.items():
            z = standardised_sums(draw, mu, sigma, n, reps, rng)
            d[name] = ks_distance(z, normal_cdf)
            assert abs(d[name] - stats.kstest(z, "norm").statistic) < 1e-9  # matches SciPy
        exact = exact_ks_exponential(n)
        bound = BERRY_ESSEEN_C * rho / math.sqrt(n)
        assert abs(d["exponential(1)"] - exact) < noise and exact <= bound and exact < previous
        previous = exact
        print(f"{n:>4} {d['exponential(1)']:12.4f} {exact:8.4f} {bound:13.4f} "
              f"{d['uniform(0, 1)']:9.4f}")
    # --8<-- [end:clt]


if __name__ == "__main__":
    main()
