"""Project onto k principal components, reconstruct, and whiten."""
import numpy as np


def correlated_data(n=500, seed=0):
    """Same 4-D data as pca_two_ways.py."""
    rng = np.random.default_rng(seed)
    L = np.array([[2.0, 0.0, 0.0, 0.0],
                  [1.2, 0.8, 0.0, 0.0],
                  [0.5, -0.4, 0.6, 0.0],
                  [0.3, 0.2, -0.1, 0.2]])
    mean = np.array([5.0, -2.0, 0.0, 10.0])
    return rng.normal(size=(n, 4)) @ L.T + mean


# --8<-- [start:fit]
def fit_pca(X):
    mu = X.mean(axis=0)
    _, s, Vt = np.linalg.svd(X - mu, full_matrices=False)
    return mu, Vt.T, s**2 / (len(X) - 1)  # mean, directions (columns), variances


def encode(X, mu, V, k):
    return (X - mu) @ V[:, :k]  # n x k scores: coordinates along the top k directions


def decode(Z, mu, V):
    k = Z.shape[1]
    return Z @ V[:, :k].T + mu  # back to n x d: a projection onto a k-dim affine subspace
# --8<-- [end:fit]


def main():
    np.set_printoptions(precision=4, suppress=True)
    # --8<-- [start:reconstruct]
    X = correlated_data()
    n = len(X)
    mu, V, lam = fit_pca(X)
    print(" k   squared error / (n-1)   sum of dropped variances")
    for k in range(0, 5):
        X_hat = decode(encode(X, mu, V, k), mu, V)
        sq_err = np.sum((X - X_hat) ** 2) / (n - 1)  # total squared error, per (n - 1)
        dropped = lam[k:].sum()
        print(f"{k:2d}   {sq_err:21.4f}   {dropped:24.4f}")
        assert np.isclose(sq_err, dropped)

    k95 = int(np.searchsorted(np.cumsum(lam) / lam.sum(), 0.95) + 1)
    print("smallest k keeping 95% of the variance:", k95)
    # --8<-- [end:reconstruct]
    assert k95 == 2

    # --8<-- [start:whiten]
    Z = encode(X, mu, V, 4) / np.sqrt(lam)  # rotate onto the principal axes, then rescale
    print("covariance of the whitened data:\n", np.cov(Z, rowvar=False).round(10) + 0.0)
    assert np.allclose(np.cov(Z, rowvar=False), np.eye(4))
    # --8<-- [end:whiten]


if __name__ == "__main__":
    main()
