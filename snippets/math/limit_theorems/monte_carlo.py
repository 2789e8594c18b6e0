"""Monte Carlo estimation of an integral, with a standard error that shrinks like 1 / sqrt(n)."""
import math

import numpy as np
from scipy import integrate


# --8<-- [start:estimate]
def g(x):
    return np.exp(-(x**2))


def monte_carlo(n, rng):
    """Estimate I = integral of g over [0, 1] = E[g(U)] for U ~ Uniform(0, 1)."""
    values = g(rng.random(n))
    estimate = values.mean()
    std_error = values.std(ddof=1) / math.sqrt(n)  # estimated sigma / sqrt(n)
    return estimate, std_error
# --8<-- [end:estimate]


def main():
    rng = np.random.default_rng(0)
    # --8<-- [start:check]
    exact = math.sqrt(math.pi) / 2 * math.erf(1.0)  # closed form via the error function
    reference, _ = integrate.quad(g, 0.0, 1.0)
    assert abs(exact - reference) < 1e-12
    print(f"exact integral = {exact:.6f} (scipy.integrate.quad agrees)")
    for n in (100, 10_000, 1_000_000):
        est, se = monte_carlo(n, rng)
        lo, hi = est - 1.96 * se, est + 1.96 * se
        print(f"n = {n:>9,}: estimate {est:.6f} +/- {se:.6f}  95% interval [{lo:.4f}, {hi:.4f}]  "
              f"error {est - exact:+.6f}")
        assert abs(est - exact) < 4 * se

    # the standard error is a prediction: check it against 2,000 independent repetitions
    n, reps = 1_000, 2_000
    estimates = g(rng.random((reps, n))).mean(axis=1)
    sigma = math.sqrt(integrate.quad(lambda x: (g(x) - exact) ** 2, 0, 1)[0])  # sd of g(U)
    predicted = sigma / math.sqrt(n)
    observed = estimates.std(ddof=1)
    coverage = np.mean(np.abs(estimates - exact) < 1.96 * predicted)
    print(f"n = {n}: predicted standard error {predicted:.5f}, spread of {reps} estimates "
          f"{observed:.5f}, 95% interval covers the truth {coverage:.1%} of the time")
    assert abs(observed / predicted - 1) < 0.05 and abs(coverage - 0.95) < 0.015
    # --8<-- [end:check]


if __name__ == "__main__":
    main()
