"""MAP estimation with a Gaussian prior on the weights is ridge regression."""
import numpy as np
from scipy.optimize import minimize


# --8<-- [start:map]
def neg_log_posterior(w, X, y, sigma, tau):
    """-log p(w | data) up to a constant: Gaussian noise N(0, sigma^2), prior w ~ N(0, tau^2 I)."""
    nll = np.sum((y - X @ w) ** 2) / (2 * sigma**2)  # -log likelihood
    neg_log_prior = np.sum(w**2) / (2 * tau**2)  # -log prior
    return nll + neg_log_prior


def ridge(X, y, lam):
    """Closed form: solve (X^T X + lam I) w = X^T y."""
    d = X.shape[1]
    return np.linalg.solve(X.T @ X + lam * np.eye(d), X.T @ y)
# --8<-- [end:map]


# --8<-- [start:check]
def check(n=20, d=5, sigma=1.0, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d))
    w_true = rng.normal(0.0, 0.5, size=d)
    y = X @ w_true + rng.normal(0.0, sigma, size=n)

    tau = 0.5
    lam = sigma**2 / tau**2  # the prior's width sets the ridge strength
    res = minimize(neg_log_posterior, np.zeros(d), args=(X, y, sigma, tau), method="BFGS", tol=1e-10)
    w_map, w_ridge = res.x, ridge(X, y, lam)
    print(f"sigma = {sigma}, tau = {tau}  ->  lambda = sigma^2 / tau^2 = {lam:g}")
    print("MAP (numeric)  ", w_map)
    print("ridge (closed) ", w_ridge)
    assert np.allclose(w_map, w_ridge, atol=1e-5)

    w_mle = np.linalg.lstsq(X, y, rcond=None)[0]  # flat prior (tau -> infinity): ordinary least squares
    assert np.allclose(ridge(X, y, 1e-12), w_mle)
    print("MLE (lstsq)    ", w_mle)
    print("true w         ", w_true)
    print(f"error ||w - w_true||: MAP {np.linalg.norm(w_map - w_true):.4f}, MLE {np.linalg.norm(w_mle - w_true):.4f}")

    print("tau      lambda     ||w_MAP||")
    norms = []
    for t in (0.1, 0.5, 2.0, 1e6):
        w = ridge(X, y, sigma**2 / t**2)
        norms.append(np.linalg.norm(w))
        print(f"{t:<8g} {sigma**2 / t**2:<10.4g} {norms[-1]:.4f}")
    assert all(a < b for a, b in zip(norms, norms[1:]))  # a narrower prior shrinks more
    assert np.isclose(norms[-1], np.linalg.norm(w_mle), atol=1e-6)
# --8<-- [end:check]


def main():
    np.set_printoptions(precision=4, suppress=True)
    check()


if __name__ == "__main__":
    main()
