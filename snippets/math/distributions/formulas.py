"""PMFs and PDFs written from their formulas, checked against scipy.stats."""
import math

import numpy as np
from scipy import stats


# --8<-- [start:discrete]
def bernoulli_pmf(k, p):
    return p**k * (1 - p) ** (1 - k)  # p if k == 1, 1 - p if k == 0


def binomial_pmf(k, n, p):
    return math.comb(n, k) * p**k * (1 - p) ** (n - k)


def categorical_pmf(k, probs):
    return probs[k]


def multinomial_pmf(counts, probs):
    n = sum(counts)
    coefficient = math.factorial(n) / math.prod(math.factorial(c) for c in counts)
    return coefficient * math.prod(p**c for p, c in zip(probs, counts))
# --8<-- [end:discrete]


# --8<-- [start:continuous]
def uniform_pdf(x, a, b):
    return np.where((x >= a) & (x <= b), 1.0 / (b - a), 0.0)


def gaussian_pdf(x, mu, sigma):
    return np.exp(-((x - mu) ** 2) / (2 * sigma**2)) / np.sqrt(2 * np.pi * sigma**2)


def mvn_pdf(x, mu, cov):
    """Density of N(mu, cov) at the rows of x (shape (m, d))."""
    d = mu.shape[0]
    diff = x - mu
    # Mahalanobis term diff^T cov^{-1} diff, with a solve instead of an explicit inverse
    maha = np.einsum("ij,ij->i", diff, np.linalg.solve(cov, diff.T).T)
    _, logdet = np.linalg.slogdet(cov)
    return np.exp(-0.5 * maha - 0.5 * (d * np.log(2 * np.pi) + logdet))
# --8<-- [end:continuous]


def main():
    np.set_printoptions(precision=4, suppress=True, linewidth=100)
    rng = np.random.default_rng(0)
    # --8<-- [start:check]
    p, n = 0.3, 10
    ks = np.arange(n + 1)
    errors = {
        "Bernoulli(0.3)": max(abs(bernoulli_pmf(k, p) - stats.bernoulli.pmf(k, p)) for k in (0, 1)),
        "Binomial(10, 0.3)": max(abs(binomial_pmf(k, n, p) - stats.binom.pmf(k, n, p)) for k in ks),
    }
    probs = np.array([0.5, 0.2, 0.2, 0.1])
    counts_list = [(3, 1, 1, 0), (1, 1, 1, 2), (0, 0, 0, 5), (2, 2, 1, 0)]
    errors["Categorical(probs)"] = max(
        abs(categorical_pmf(k, probs) - stats.multinomial.pmf(np.eye(4)[k], 1, probs))
        for k in range(4))
    errors["Multinomial(5, probs)"] = max(
        abs(multinomial_pmf(c, probs) - stats.multinomial.pmf(c, 5, probs)) for c in counts_list)
    x = np.linspace(-4, 6, 201)
    errors["Uniform(-1, 3)"] = np.max(np.abs(uniform_pdf(x, -1, 3)
                                             - stats.uniform.pdf(x, loc=-1, scale=4)))
    errors["N(1, 0.5^2)"] = np.max(np.abs(gaussian_pdf(x, 1.0, 0.5) - stats.norm.pdf(x, 1.0, 0.5)))
    mu = np.array([1.0, -2.0])
    cov = np.array([[2.0, 1.2], [1.2, 1.0]])
    pts = rng.normal(size=(500, 2)) * 2 + mu
    errors["N(mu, Sigma) in 2-D"] = np.max(np.abs(mvn_pdf(pts, mu, cov)
                                                  - stats.multivariate_normal.pdf(pts, mu, cov)))
    for name, err in errors.items():
        assert err < 1e-12
        print(f"{name:22s} matches scipy.stats (max abs difference < 1e-12)")
    # --8<-- [end:check]

    # --8<-- [start:moments]
    pmf = np.array([binomial_pmf(k, n, p) for k in ks])
    mean = ks @ pmf
    var = (ks - mean) ** 2 @ pmf
    print(f"Binomial(10, 0.3): PMF = {pmf.round(4)}")
    print(f"  sum = {pmf.sum():.6f}, mean = {mean:.4f} (np = {n * p}), "
          f"variance = {var:.4f} (np(1-p) = {n * p * (1 - p):.2f})")
    assert abs(pmf.sum() - 1) < 1e-12 and abs(mean - n * p) < 1e-12
    assert abs(var - n * p * (1 - p)) < 1e-12
    print(f"N(1, 0.5^2) peak density = {gaussian_pdf(1.0, 1.0, 0.5):.4f}; "
          f"2-D density at the mean = {mvn_pdf(mu[None, :], mu, cov)[0]:.4f}")
    # --8<-- [end:moments]


if __name__ == "__main__":
    main()
