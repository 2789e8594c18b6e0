"""Heavy tails: the running mean of Cauchy draws never settles, and averaging does not shrink it."""
import numpy as np


# --8<-- [start:paths]
def running_mean(x):
    return np.cumsum(x) / np.arange(1, len(x) + 1)


def iqr(x):
    """Interquartile range: a measure of spread that exists even when the variance does not."""
    q1, q3 = np.percentile(x, [25, 75])
    return q3 - q1
# --8<-- [end:paths]


def main():
    rng = np.random.default_rng(0)
    # --8<-- [start:compare]
    n_max = 1_000_000
    normal_path = running_mean(rng.standard_normal(n_max))
    cauchy_path = running_mean(rng.standard_cauchy(n_max))
    print(f"{'n':>9} {'normal running mean':>20} {'Cauchy running mean':>20}")
    for n in (10, 100, 1_000, 10_000, 100_000, 1_000_000):
        print(f"{n:>9,} {normal_path[n - 1]:20.4f} {cauchy_path[n - 1]:20.4f}")
    assert abs(normal_path[-1]) < 5 / np.sqrt(n_max)

    reps = 2_000
    print(f"spread (IQR) of {reps} sample means:")
    for n in (1, 10, 100, 1_000):
        normal_means = rng.standard_normal((reps, n)).mean(axis=1)
        cauchy_means = rng.standard_cauchy((reps, n)).mean(axis=1)
        print(f"  n = {n:>5}: normal {iqr(normal_means):.4f} (theory {1.349 / np.sqrt(n):.4f}), "
              f"Cauchy {iqr(cauchy_means):.4f} (theory 2.0000)")
        assert abs(iqr(normal_means) * np.sqrt(n) / 1.349 - 1) < 0.1
        assert abs(iqr(cauchy_means) / 2 - 1) < 0.1
        # the mean of n standard Cauchy draws is again standard Cauchy: KS distance to its CDF
        x = np.sort(cauchy_means)
        F = 0.5 + np.arctan(x) / np.pi
        ks = max((np.arange(1, reps + 1) / reps - F).max(), (F - np.arange(reps) / reps).max())
        assert ks < 1.63 / np.sqrt(reps)  # passes a 1% level KS test
    # --8<-- [end:compare]


if __name__ == "__main__":
    main()
