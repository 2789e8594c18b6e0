"""Logistic regression from scratch: loss, gradient, gradient check, GD, SciPy as a reference."""
import numpy as np
from scipy.optimize import minimize  # used only as a reference to check against


# --8<-- [start:data]
def make_data(n=400, seed=0):
    """Two features plus an intercept column; labels drawn from the model itself."""
    rng = np.random.default_rng(seed)
    X = np.column_stack([np.ones(n), rng.standard_normal((n, 2))])
    w_true = np.array([-0.5, 2.0, -1.0])
    p = 1 / (1 + np.exp(-X @ w_true))
    y = (rng.uniform(size=n) < p).astype(float)  # y_i ~ Bernoulli(p_i)
    return X, y, w_true
# --8<-- [end:data]


# --8<-- [start:model]
def sigmoid(z):
    return 0.5 * (1 + np.tanh(0.5 * z))  # equal to 1/(1+e^-z), and never overflows


def bce_loss(w, X, y):
    """Mean binary cross-entropy, written as log(1 + e^z) - y z to stay finite for any z."""
    z = X @ w
    return np.mean(np.logaddexp(0.0, z) - y * z)


def bce_grad(w, X, y):
    return X.T @ (sigmoid(X @ w) - y) / len(y)
# --8<-- [end:model]


# --8<-- [start:gradcheck]
def numerical_grad(f, w, h=1e-6):
    """Central differences, one coordinate at a time: error O(h^2)."""
    g = np.zeros_like(w)
    for j in range(w.size):
        e = np.zeros_like(w)
        e[j] = h
        g[j] = (f(w + e) - f(w - e)) / (2 * h)
    return g


def relative_error(a, b):
    return np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), 1e-12)
# --8<-- [end:gradcheck]


# --8<-- [start:train]
def fit_gradient_descent(X, y, tol=1e-8, max_steps=20_000):
    """Step 1/L with L = lambda_max(X^T X) / (4n), a bound on the curvature of the loss."""
    L = np.linalg.eigvalsh(X.T @ X)[-1] / (4 * len(y))
    w = np.zeros(X.shape[1])
    for step in range(1, max_steps + 1):
        g = bce_grad(w, X, y)
        if np.linalg.norm(g) < tol:
            break
        w = w - g / L
    return w, step
# --8<-- [end:train]


def main():
    np.set_printoptions(precision=4, suppress=True)
    # --8<-- [start:run]
    X, y, w_true = make_data()
    rng = np.random.default_rng(1)
    for _ in range(3):  # check the gradient at three random points
        w = rng.standard_normal(3)
        err = relative_error(bce_grad(w, X, y), numerical_grad(lambda v: bce_loss(v, X, y), w))
        assert err < 1e-7, err
    print("analytic gradient matches finite differences at 3 random points (rel. error < 1e-7)")

    w_gd, steps = fit_gradient_descent(X, y)
    ref = minimize(bce_loss, np.zeros(3), args=(X, y), jac=bce_grad, method="BFGS",
                   options={"gtol": 1e-10})
    print("true weights:     ", w_true)
    print("gradient descent: ", w_gd, f"({steps} steps)")
    print("scipy BFGS:       ", ref.x)
    assert np.allclose(w_gd, ref.x, atol=1e-5)
    print(f"loss: GD {bce_loss(w_gd, X, y):.6f}, scipy {ref.fun:.6f}, "
          f"at the true weights {bce_loss(w_true, X, y):.6f}")
    accuracy = np.mean((sigmoid(X @ w_gd) > 0.5) == (y == 1))
    majority = max(y.mean(), 1 - y.mean())
    print(f"training accuracy {accuracy:.3f}; predicting the majority class gives {majority:.3f}")
    # --8<-- [end:run]


if __name__ == "__main__":
    main()
