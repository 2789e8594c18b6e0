"""Bootstrap standard error of the median, checked against repeated sampling and theory."""
import numpy as np


# --8<-- [start:bootstrap]
def bootstrap_se(sample, statistic, n_boot, rng):
    """Resample the sample with replacement, recompute the statistic, take the spread."""
    n = len(sample)
    idx = rng.integers(0, n, size=(n_boot, n))  # n_boot resamples of size n
    replicates = statistic(sample[idx], axis=1)
    return replicates.std(ddof=1)


def main_bootstrap():
    rng = np.random.default_rng(0)
    theta, n = 100.0, 100  # exponential population (say, response lengths) with mean 100
    sample = rng.exponential(theta, size=n)  # the ONE sample we actually observe

    se_med = bootstrap_se(sample, np.median, 4000, rng)
    se_mean = bootstrap_se(sample, np.mean, 4000, rng)

    # what we could only do with access to the whole population: draw many fresh samples
    many = rng.exponential(theta, size=(20_000, n))
    true_se_med = np.median(many, axis=1).std(ddof=1)
    asymptotic_se_med = theta / np.sqrt(n)  # 1 / (2 f(m) sqrt(n)) with f(m) = 1 / (2 theta)
    formula_se_mean = sample.std(ddof=1) / np.sqrt(n)

    print(f"sample median {np.median(sample):.2f}, sample mean {sample.mean():.2f}")
    print(f"SE(median): bootstrap {se_med:.2f} | fresh samples {true_se_med:.2f} | theory {asymptotic_se_med:.2f}")
    print(f"SE(mean):   bootstrap {se_mean:.2f} | s/sqrt(n) {formula_se_mean:.2f}")
    assert abs(true_se_med - asymptotic_se_med) / asymptotic_se_med < 0.05
    assert abs(se_med - true_se_med) / true_se_med < 0.25  # bootstrap is an estimate from one sample
    assert abs(se_mean - formula_se_mean) / formula_se_mean < 0.05
# --8<-- [end:bootstrap]


def main():
    np.set_printoptions(precision=4, suppress=True)
    main_bootstrap()


if __name__ == "__main__":
    main()
