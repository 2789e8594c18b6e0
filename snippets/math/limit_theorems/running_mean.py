"""The law of large numbers: running means converge, and Chebyshev's bound holds."""
import math

import numpy as np

MU, VAR = 3.5, 35 / 12  # mean and variance of one fair die roll


# --8<-- [start:running]
def running_mean(x):
    """Mean of the first n values, for every n."""
    return np.cumsum(x) / np.arange(1, len(x) + 1)
# --8<-- [end:running]


# --8<-- [start:chebyshev]
def chebyshev_bound(var, n, eps):
    """P(|mean of n draws - mu| >= eps) <= var / (n eps^2)."""
    return var / (n * eps**2)
# --8<-- [end:chebyshev]


def main():
    np.set_printoptions(precision=4, suppress=True)
    rng = np.random.default_rng(0)
    # --8<-- [start:converge]
    rolls = rng.integers(1, 7, size=1_000_000)
    means = running_mean(rolls)
    for n in (10, 100, 1_000, 10_000, 100_000, 1_000_000):
        se = np.sqrt(VAR / n)
        print(f"n = {n:>9,}: running mean {means[n - 1]:.4f}, error {means[n - 1] - MU:+.4f}, "
              f"standard error {se:.4f}")
        assert abs(means[n - 1] - MU) < 5 * se
    # --8<-- [end:converge]

    # --8<-- [start:bound]
    eps, reps = 0.25, 4_000
    print(f"P(|sample mean - 3.5| >= {eps}) over {reps} repetitions:")
    for n in (10, 50, 100, 500, 1000):
        sample_means = rng.integers(1, 7, size=(reps, n)).mean(axis=1)
        freq = np.mean(np.abs(sample_means - MU) >= eps)
        bound = chebyshev_bound(VAR, n, eps)
        normal = math.erfc(eps / math.sqrt(2 * VAR / n))  # CLT approximation, 2 (1 - Phi(eps / se))
        print(f"  n = {n:>4}: observed {freq:.4f}, Chebyshev bound {min(bound, 1):.4f}, "
              f"normal approximation {normal:.4f}")
        assert freq <= bound + 0.02  # the bound holds (allowing for simulation noise)
    # --8<-- [end:bound]


if __name__ == "__main__":
    main()
