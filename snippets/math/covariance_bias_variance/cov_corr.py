"""Covariance and correlation by hand, their behaviour under rescaling, and covariance matrices."""
import numpy as np


# --8<-- [start:formulas]
def covariance(x, y):
    """Sample covariance: average product of deviations, divided by n - 1."""
    return np.sum((x - x.mean()) * (y - y.mean())) / (len(x) - 1)


def correlation(x, y):
    """Pearson correlation: covariance divided by both standard deviations."""
    return covariance(x, y) / np.sqrt(covariance(x, x) * covariance(y, y))


def covariance_matrix(X):
    """Rows are observations, columns are variables: (Xc^T Xc) / (n - 1)."""
    Xc = X - X.mean(axis=0)
    return Xc.T @ Xc / (len(X) - 1)
# --8<-- [end:formulas]


def main():
    rng = np.random.default_rng(0)
    np.set_printoptions(precision=4, suppress=True)
    # --8<-- [start:pair]
    height_m = rng.normal(1.70, 0.10, size=200)                 # heights in metres
    weight_kg = 65 + 50 * (height_m - 1.70) + rng.normal(0, 5, size=200)  # weights in kg
    c, r = covariance(height_m, weight_kg), correlation(height_m, weight_kg)
    assert np.isclose(c, np.cov(height_m, weight_kg)[0, 1])
    assert np.isclose(r, np.corrcoef(height_m, weight_kg)[0, 1])
    print(f"metres, kg:      cov = {c:8.4f}   corr = {r:.4f}   (np.cov, np.corrcoef agree)")

    height_cm = 100 * height_m                                   # change of units
    weight_neg = -3 * weight_kg + 5                              # any affine map y -> -3y + 5
    c2, r2 = covariance(height_cm, weight_neg), correlation(height_cm, weight_neg)
    assert np.isclose(c2, 100 * -3 * c) and np.isclose(r2, -r)
    print(f"cm, -3 kg + 5:   cov = {c2:8.4f}   corr = {r2:.4f}   (cov x -300, corr only flips sign)")
    # --8<-- [end:pair]

    # --8<-- [start:square]
    x = np.linspace(-1, 1, 201)                                  # symmetric around 0
    y = x**2                                                     # y is a function of x
    print(f"y = x^2:         corr = {correlation(x, y):.4f}   but y is determined by x")
    assert abs(correlation(x, y)) < 1e-12
    # --8<-- [end:square]

    # --8<-- [start:matrix]
    Z = rng.normal(size=(500, 3))
    X = Z @ np.array([[1.0, 0.8, 0.0], [0.0, 0.6, 0.0], [0.0, 0.0, 2.0]])  # correlated columns
    S = covariance_matrix(X)
    assert np.allclose(S, np.cov(X, rowvar=False))
    eigenvalues = np.linalg.eigvalsh(S)
    assert np.all(eigenvalues >= -1e-12)                         # positive semidefinite
    w = rng.normal(size=3)                                       # any direction
    assert np.isclose(w @ S @ w, np.var(X @ w, ddof=1))          # w^T S w = Var(Xw) >= 0
    sd = np.sqrt(np.diag(S))
    R = S / np.outer(sd, sd)                                     # D^-1 S D^-1
    assert np.allclose(R, np.corrcoef(X, rowvar=False))
    print("covariance matrix:\n", S)
    print("eigenvalues (all >= 0):", eigenvalues)
    print("correlation matrix:\n", R)
    # --8<-- [end:matrix]


if __name__ == "__main__":
    main()
