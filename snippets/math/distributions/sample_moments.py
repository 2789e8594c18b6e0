"""Sample means and variances of the common distributions against their formulas."""
import numpy as np


# --8<-- [start:theory]
def theory(p=0.3, n=10, probs=(0.5, 0.2, 0.2, 0.1), a=-1.0, b=3.0, mu=1.0, sigma=0.5):
    """(mean, variance) from the closed forms in the lesson."""
    probs = np.asarray(probs)
    return {
        "Bernoulli(0.3)": (p, p * (1 - p)),
        "Binomial(10, 0.3)": (n * p, n * p * (1 - p)),
        "Categorical one-hot": (probs, probs * (1 - probs)),
        "Uniform(-1, 3)": ((a + b) / 2, (b - a) ** 2 / 12),
        "N(1, 0.5^2)": (mu, sigma**2),
    }
# --8<-- [end:theory]


# --8<-- [start:sample]
def draw(rng, m):
    """m samples from each distribution, using only uniform and normal generators."""
    u = rng.random(m)
    probs = np.array([0.5, 0.2, 0.2, 0.1])
    tokens = np.searchsorted(np.cumsum(probs), rng.random(m), side="right")
    return {
        "Bernoulli(0.3)": (u < 0.3).astype(float),               # success when u < p
        "Binomial(10, 0.3)": (rng.random((m, 10)) < 0.3).sum(1),  # sum of 10 Bernoullis
        "Categorical one-hot": np.eye(4)[tokens],                 # one-hot rows
        "Uniform(-1, 3)": -1.0 + 4.0 * rng.random(m),            # a + (b - a) u
        "N(1, 0.5^2)": 1.0 + 0.5 * rng.standard_normal(m),       # mu + sigma z
    }
# --8<-- [end:sample]


# --8<-- [start:mvn]
def sample_mvn(rng, mu, cov, m):
    """x = mu + L z with L L^T = cov (Cholesky) and z ~ N(0, I)."""
    L = np.linalg.cholesky(cov)
    z = rng.standard_normal((m, mu.shape[0]))
    return mu + z @ L.T
# --8<-- [end:mvn]


def main():
    np.set_printoptions(precision=4, suppress=True)
    rng = np.random.default_rng(0)
    m = 200_000
    # --8<-- [start:compare]
    samples = draw(rng, m)
    for name, (mean, var) in theory().items():
        x = samples[name]
        m_hat, v_hat = x.mean(axis=0), x.var(axis=0)
        se = np.sqrt(var / m)  # standard error of the sample mean
        assert np.all(np.abs(m_hat - mean) < 5 * se)
        assert np.all(np.abs(v_hat - var) < 0.02 * var + 1e-3)
        print(f"{name:20s} mean {np.round(mean, 4)} vs sample {m_hat.round(4)}")
        print(f"{'':20s} var  {np.round(var, 4)} vs sample {v_hat.round(4)}")

    mu = np.array([1.0, -2.0])
    cov = np.array([[2.0, 1.2], [1.2, 1.0]])
    x = sample_mvn(rng, mu, cov, m)
    cov_hat = np.cov(x, rowvar=False)
    assert np.allclose(x.mean(axis=0), mu, atol=0.02) and np.allclose(cov_hat, cov, atol=0.03)
    print("2-D Gaussian: mean", mu, "vs sample", x.mean(axis=0).round(4))
    print("Sigma:")
    print(cov)
    print("sample covariance:")
    print(cov_hat.round(4))
    print("correlation", round(cov[0, 1] / np.sqrt(cov[0, 0] * cov[1, 1]), 4),
          "vs sample", round(np.corrcoef(x, rowvar=False)[0, 1], 4))
    # --8<-- [end:compare]


if __name__ == "__main__":
    main()
