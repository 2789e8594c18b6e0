"""Simulation: the 1/n variance estimator is biased low by the factor (n - 1)/n; 1/(n - 1) is not."""
import numpy as np


# --8<-- [start:simulate]
def compare_estimators(n, sigma2=4.0, trials=100_000, seed=0):
    rng = np.random.default_rng(seed)
    samples = rng.normal(loc=10.0, scale=np.sqrt(sigma2), size=(trials, n))
    dev2 = (samples - samples.mean(axis=1, keepdims=True)) ** 2  # squared deviations from x-bar
    biased = dev2.sum(axis=1) / n  # divide by n
    unbiased = dev2.sum(axis=1) / (n - 1)  # divide by n - 1 (Bessel)
    assert np.allclose(unbiased, samples.var(axis=1, ddof=1))  # NumPy agrees
    return biased.mean(), unbiased.mean()


def main_table():
    sigma2, trials = 4.0, 100_000
    print(" n   E[1/n est]  theory (n-1)/n*s2   E[1/(n-1) est]")
    for n in (2, 5, 10, 50):
        b, u = compare_estimators(n, sigma2, trials)
        theory = (n - 1) / n * sigma2
        print(f"{n:2d}   {b:9.4f}   {theory:9.4f}          {u:9.4f}")
        se = np.sqrt(2 * sigma2**2 / (n - 1) / trials)  # Monte Carlo standard error of the mean
        assert abs(u - sigma2) < 4 * se and abs(b - theory) < 4 * se
# --8<-- [end:simulate]


def main():
    np.set_printoptions(precision=4, suppress=True)
    main_table()


if __name__ == "__main__":
    main()
