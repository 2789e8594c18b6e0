"""PCA from scratch: eigendecomposition of the covariance matrix, checked against the SVD."""
import numpy as np


# --8<-- [start:data]
def make_data(n=300, seed=0):
    """5-D points that really live near a 2-D plane: two hidden factors plus a little noise."""
    rng = np.random.default_rng(seed)
    factors = rng.standard_normal((n, 2)) * [3.0, 1.5]
    mixing = rng.standard_normal((2, 5))
    return factors @ mixing + 0.3 * rng.standard_normal((n, 5)) + 10.0  # far from the origin
# --8<-- [end:data]


# --8<-- [start:fit]
def fix_signs(V):
    """Make the largest-magnitude entry of each column positive: a sign convention."""
    rows = np.argmax(np.abs(V), axis=0)
    return V * np.sign(V[rows, np.arange(V.shape[1])])


def pca_fit(X, k):
    """Mean, top-k directions (columns) and all variances, from the covariance matrix."""
    mean = X.mean(axis=0)
    Xc = X - mean
    S = Xc.T @ Xc / (len(X) - 1)  # d x d sample covariance
    variances, V = np.linalg.eigh(S)  # ascending order for a symmetric matrix
    order = np.argsort(variances)[::-1]
    return mean, fix_signs(V[:, order[:k]]), variances[order]


def pca_transform(X, mean, V):
    return (X - mean) @ V  # scores: coordinates along the principal directions


def pca_inverse(Z, mean, V):
    return Z @ V.T + mean  # back to the original space (a projection)
# --8<-- [end:fit]


def main():
    np.set_printoptions(precision=4, suppress=True)
    # --8<-- [start:check]
    X = make_data()
    n, k = len(X), 2
    mean, V, variances = pca_fit(X, k)
    ratio = variances / variances.sum()
    print("variances:               ", variances)
    print("explained variance ratio:", ratio)

    # reference: SVD of the centred data, X_c = U diag(s) W^T
    U, s, Wt = np.linalg.svd(X - mean, full_matrices=False)
    assert np.allclose(variances, s**2 / (n - 1))  # lambda_j = s_j^2 / (n - 1)
    assert np.allclose(V, fix_signs(Wt[:k].T))  # same directions once signs agree
    Z = pca_transform(X, mean, V)
    assert np.allclose(np.abs(Z), np.abs(U[:, :k] * s[:k]))  # scores = U Sigma, up to sign
    print("directions, variances and scores match the SVD (up to sign)")

    X_hat = pca_inverse(Z, mean, V)
    sq_error = np.sum((X - X_hat) ** 2)
    assert np.isclose(sq_error, (n - 1) * variances[k:].sum())  # the dropped variance
    print(f"k={k}: keeps {ratio[:k].sum():.2%} of the variance; "
          f"squared error {sq_error:.2f} = (n-1) x dropped variance "
          f"{(n - 1) * variances[k:].sum():.2f}")
    print("scores are uncorrelated, covariance:\n", np.round(np.cov(Z, rowvar=False), 4) + 0.0)
    assert np.allclose(np.cov(Z, rowvar=False), np.diag(variances[:k]))
    # --8<-- [end:check]


if __name__ == "__main__":
    main()
