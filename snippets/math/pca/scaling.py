"""PCA depends on units; standardising the features removes that dependence."""
import numpy as np


def first_direction(X):
    Xc = X - X.mean(axis=0)
    _, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    v = Vt[0]
    v = v * np.sign(v[np.argmax(np.abs(v))])  # fix the sign: largest entry positive
    return v, s**2 / np.sum(s**2)


# --8<-- [start:standardise]
def standardise(X):
    """z-scores: every feature gets mean 0 and standard deviation 1."""
    return (X - X.mean(axis=0)) / X.std(axis=0, ddof=1)
# --8<-- [end:standardise]


def main():
    np.set_printoptions(precision=4, suppress=True)
    # --8<-- [start:units]
    rng = np.random.default_rng(0)
    n = 300
    height_m = rng.normal(1.70, 0.10, size=n)
    weight_kg = 70 + 50 * (height_m - 1.70) + rng.normal(0, 12, size=n)  # correlated with height
    X_m = np.column_stack([height_m, weight_kg])
    X_cm = np.column_stack([100 * height_m, weight_kg])  # same people, height in cm

    for name, X in [("height in m ", X_m), ("height in cm", X_cm)]:
        v, ratio = first_direction(X)
        print(f"raw, {name}: PC1 = {v}, explained = {ratio}")
    v_m, _ = first_direction(standardise(X_m))
    v_cm, ratio = first_direction(standardise(X_cm))
    print(f"standardised (either unit): PC1 = {v_cm}, explained = {ratio}")
    # --8<-- [end:units]
    assert abs(first_direction(X_m)[0][1]) > 0.99  # in metres, weight (kg) dominates PC1
    assert not np.allclose(first_direction(X_m)[0], first_direction(X_cm)[0], atol=0.05)
    assert np.allclose(v_m, v_cm)  # after standardising, the unit no longer matters
    assert np.allclose(np.abs(v_cm), [2**-0.5, 2**-0.5])  # 2 standardised features: 45 degrees
    # PCA of standardised data = eigendecomposition of the correlation matrix
    lam = np.linalg.eigvalsh(np.corrcoef(X_m, rowvar=False))[::-1]
    assert np.allclose(lam / lam.sum(), ratio)


if __name__ == "__main__":
    main()
