"""Linear regression from scratch: normal equations and gradient descent, checked against lstsq."""
import numpy as np


# --8<-- [start:data]
def make_data(n=200, seed=0):
    """y = 1.5 - 2 x1 + 0.5 x2 + 3 x3 + Gaussian noise (sd 0.3); X gets a leading column of ones."""
    rng = np.random.default_rng(seed)
    features = rng.uniform(-2, 2, size=(n, 3))
    X = np.column_stack([np.ones(n), features])  # n x 4 design matrix
    w_true = np.array([1.5, -2.0, 0.5, 3.0])
    y = X @ w_true + 0.3 * rng.standard_normal(n)
    return X, y, w_true
# --8<-- [end:data]


# --8<-- [start:normal]
def fit_normal_equations(X, y):
    """Solve X^T X w = X^T y (never invert: solve the linear system)."""
    return np.linalg.solve(X.T @ X, X.T @ y)
# --8<-- [end:normal]


# --8<-- [start:gd]
def mse(w, X, y):
    r = X @ w - y
    return r @ r / len(y)


def mse_grad(w, X, y):
    return 2 / len(y) * X.T @ (X @ w - y)


def fit_gradient_descent(X, y, tol=1e-10, max_steps=10_000):
    """Gradient descent with step 1/L, L the largest eigenvalue of the Hessian (2/n) X^T X."""
    hessian = 2 / len(y) * X.T @ X
    eigenvalues = np.linalg.eigvalsh(hessian)  # ascending
    lr = 1 / eigenvalues[-1]
    w = np.zeros(X.shape[1])
    for step in range(1, max_steps + 1):
        g = mse_grad(w, X, y)
        w = w - lr * g
        if np.linalg.norm(g) < tol:
            break
    return w, step, eigenvalues[-1] / eigenvalues[0]
# --8<-- [end:gd]


def main():
    np.set_printoptions(precision=4, suppress=True)
    # --8<-- [start:check]
    X, y, w_true = make_data()
    w_ne = fit_normal_equations(X, y)
    w_gd, steps, kappa = fit_gradient_descent(X, y)
    w_ref, *_ = np.linalg.lstsq(X, y, rcond=None)  # the reference: an SVD-based solver

    print("true weights:     ", w_true)
    print("normal equations: ", w_ne)
    print("gradient descent: ", w_gd, f"({steps} steps, condition number {kappa:.2f})")
    print("np.linalg.lstsq:  ", w_ref)
    assert np.allclose(w_ne, w_ref, atol=1e-10)
    assert np.allclose(w_gd, w_ref, atol=1e-9)

    residual = y - X @ w_ne
    orthogonal = np.allclose(X.T @ residual, 0, atol=1e-9)
    print("X^T r = 0 (residual orthogonal to every column):", orthogonal)
    assert orthogonal
    assert np.allclose(mse_grad(w_ne, X, y), 0, atol=1e-9)  # gradient vanishes at the solution
    print(f"training MSE {mse(w_ne, X, y):.4f} (noise variance 0.3^2 = 0.09)")
    print(f"sum of residuals: {abs(residual.sum()):.6f} "
          "(the column of ones is one of those columns)")
    # --8<-- [end:check]


if __name__ == "__main__":
    main()
