"""k-fold cross-validation picks the ridge penalty lambda; a held-out test set checks it."""
import numpy as np


def make_data(rng, n, w_true, noise=1.0):
    X = rng.normal(size=(n, w_true.size))
    return X, X @ w_true + rng.normal(scale=noise, size=n)


def ridge_fit(X, y, lam):
    return np.linalg.solve(X.T @ X + lam * np.eye(X.shape[1]), X.T @ y)


def mse(X, y, w):
    return np.mean((X @ w - y) ** 2)


# --8<-- [start:kfold]
def kfold_indices(n, k, rng):
    """Shuffle 0..n-1 once and cut it into k nearly equal folds."""
    return np.array_split(rng.permutation(n), k)


def cv_error(X, y, lam, folds):
    errors = []
    for i, val_idx in enumerate(folds):
        train_idx = np.concatenate([f for j, f in enumerate(folds) if j != i])
        w = ridge_fit(X[train_idx], y[train_idx], lam)  # fit on k-1 folds
        errors.append(mse(X[val_idx], y[val_idx], w))  # score on the held-out fold
    return np.mean(errors)
# --8<-- [end:kfold]


def setup(k=5):
    rng = np.random.default_rng(0)
    w_true = rng.normal(scale=0.3, size=30)  # 30 weights, many small effects
    X, y = make_data(rng, 40, w_true)  # only 40 training examples
    X_test, y_test = make_data(rng, 5000, w_true)  # touched only once, at the end
    folds = kfold_indices(len(y), k, rng)
    return X, y, X_test, y_test, folds


def main():
    X, y, X_test, y_test, folds = setup()

    # --8<-- [start:select]
    validated = np.sort(np.concatenate(folds))
    assert np.array_equal(validated, np.arange(len(y)))  # every point validated once

    lambdas = np.logspace(-3, 3, 13)  # log-spaced grid, 1e-3 ... 1e3
    cv = np.array([cv_error(X, y, lam, folds) for lam in lambdas])
    best = lambdas[np.argmin(cv)]
    print(f"{'lambda':>9} {'5-fold CV MSE':>14}")
    for lam, err in zip(lambdas, cv):
        print(f"{lam:9.3f} {err:14.3f}" + ("   <- chosen" if lam == best else ""))

    w_best = ridge_fit(X, y, best)  # refit on all training data
    w_tiny = ridge_fit(X, y, lambdas[0])  # almost no regularization
    test_best, test_tiny = mse(X_test, y_test, w_best), mse(X_test, y_test, w_tiny)
    print(f"test MSE: lambda={best:.3g} -> {test_best:.3f}, "
          f"lambda={lambdas[0]:.3g} -> {test_tiny:.3f} (noise floor 1.000)")
    assert 0 < np.argmin(cv) < len(lambdas) - 1  # an interior minimum: U-shaped curve
    assert test_best < test_tiny  # the CV choice generalises better
    # --8<-- [end:select]


if __name__ == "__main__":
    main()
