"""PCA two ways: eigendecomposition of the covariance matrix and SVD of the centred data."""
import numpy as np


# --8<-- [start:data]
def correlated_data(n=500, seed=0):
    """n samples of a 4-D Gaussian with strongly correlated features and a non-zero mean."""
    rng = np.random.default_rng(seed)
    L = np.array([[2.0, 0.0, 0.0, 0.0],
                  [1.2, 0.8, 0.0, 0.0],
                  [0.5, -0.4, 0.6, 0.0],
                  [0.3, 0.2, -0.1, 0.2]])
    mean = np.array([5.0, -2.0, 0.0, 10.0])
    return rng.normal(size=(n, 4)) @ L.T + mean  # rows are samples: X is n x d
# --8<-- [end:data]


# --8<-- [start:pca]
def pca_eig(X):
    """Principal directions (columns) and variances from the covariance matrix."""
    Xc = X - X.mean(axis=0)
    C = Xc.T @ Xc / (len(X) - 1)  # d x d sample covariance
    lam, V = np.linalg.eigh(C)  # eigh: symmetric input, ascending eigenvalues
    order = np.argsort(lam)[::-1]
    return lam[order], V[:, order]


def pca_svd(X):
    """The same from the SVD of the centred data, without forming the covariance."""
    Xc = X - X.mean(axis=0)
    _, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    return s**2 / (len(X) - 1), Vt.T
# --8<-- [end:pca]


def main():
    np.set_printoptions(precision=4, suppress=True)
    # --8<-- [start:compare]
    X = correlated_data()
    lam_e, V_e = pca_eig(X)
    lam_s, V_s = pca_svd(X)
    print("variances (eig):", lam_e)
    print("variances (svd):", lam_s)
    assert np.allclose(lam_e, lam_s)
    assert np.allclose(np.cov(X, rowvar=False) @ V_e, V_e * lam_e)  # C v = lambda v

    signs = np.sign(np.sum(V_e * V_s, axis=0))  # +1 or -1 per component
    print("sign flips between the two:", signs)
    assert np.allclose(V_e, V_s * signs)  # same directions up to sign

    ratio = lam_e / lam_e.sum()
    print("explained variance ratio:", ratio, " sum =", round(ratio.sum(), 12))
    print("cumulative:              ", np.cumsum(ratio))
    assert np.isclose(ratio.sum(), 1.0)
    assert np.isclose(lam_e.sum(), np.trace(np.cov(X, rowvar=False)))  # total variance kept
    # --8<-- [end:compare]

    # --8<-- [start:maximise]
    Xc = X - X.mean(axis=0)
    rng = np.random.default_rng(1)
    W = rng.normal(size=(4, 10_000))
    W /= np.linalg.norm(W, axis=0)  # 10,000 random unit directions
    var_random = np.var(Xc @ W, axis=0, ddof=1)  # variance of the data projected on each
    var_pc1 = np.var(Xc @ V_e[:, 0], ddof=1)
    print(f"variance along PC1 {var_pc1:.4f}; best of 10,000 random directions {var_random.max():.4f}")
    # --8<-- [end:maximise]
    assert np.isclose(var_pc1, lam_e[0]) and var_random.max() <= var_pc1


if __name__ == "__main__":
    main()
