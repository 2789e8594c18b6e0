"""Lasso by proximal gradient descent (ISTA): exact zeros, checked by the optimality
conditions and against an independent solver."""
import numpy as np
from scipy.optimize import minimize


def make_data(rng, n=60, d=12):
    X = rng.normal(size=(n, d))
    w_true = np.zeros(d)
    w_true[[0, 3, 7]] = [3.0, -2.0, 1.5]  # only 3 of 12 features matter
    y = X @ w_true + rng.normal(scale=0.5, size=n)
    return X, y, w_true


# --8<-- [start:ista]
def soft_threshold(z, tau):
    """Proximal operator of tau * |w|: shrink toward 0 by tau, and stop at 0."""
    return np.sign(z) * np.maximum(np.abs(z) - tau, 0.0)


def lasso_ista(X, y, lam, steps=5000):
    """Minimise 1/2 ||Xw - y||^2 + lam * ||w||_1."""
    eta = 1.0 / np.linalg.eigvalsh(X.T @ X).max()  # step 1/L for the smooth part
    w = np.zeros(X.shape[1])
    for _ in range(steps):
        gradient_step = w - eta * X.T @ (X @ w - y)  # ordinary gradient step ...
        w = soft_threshold(gradient_step, eta * lam)  # ... then the L1 "prox"
    return w
# --8<-- [end:ista]


def lasso_via_bounds(X, y, lam):
    """Independent check: write w = u - v with u, v >= 0, so |w| = u + v at the
    optimum and the problem becomes smooth with bounds (L-BFGS-B can do it)."""
    d = X.shape[1]

    def fun(uv):
        u, v = uv[:d], uv[d:]
        r = X @ (u - v) - y
        g = X.T @ r
        return 0.5 * r @ r + lam * uv.sum(), np.concatenate([g + lam, -g + lam])

    res = minimize(fun, np.zeros(2 * d), jac=True, method="L-BFGS-B",
                   bounds=[(0, None)] * (2 * d), options={"gtol": 1e-12, "ftol": 1e-15})
    return res.x[:d] - res.x[d:]


def main():
    np.set_printoptions(precision=4, suppress=True, linewidth=100)
    rng = np.random.default_rng(1)
    X, y, w_true = make_data(rng)
    lam = 20.0

    # --8<-- [start:run]
    w_lasso = lasso_ista(X, y, lam)
    w_ridge = np.linalg.solve(X.T @ X + lam * np.eye(X.shape[1]), X.T @ y)
    print("true w :", w_true)
    print("lasso  :", w_lasso + 0.0)  # + 0.0 prints -0.0 as 0.0
    print("ridge  :", w_ridge)
    print(f"exact zeros: lasso {np.sum(w_lasso == 0)}, ridge {np.sum(w_ridge == 0)}")

    # optimality (KKT) conditions of the lasso, with c = X^T (y - Xw):
    # c_j = lam * sign(w_j) where w_j != 0, and |c_j| <= lam where w_j == 0
    c = X.T @ (y - X @ w_lasso)
    active = w_lasso != 0
    assert np.allclose(c[active], lam * np.sign(w_lasso[active]), atol=1e-6)
    assert np.all(np.abs(c[~active]) <= lam + 1e-9)
    print("KKT: |c_j| on zero weights =", np.abs(c[~active]).round(2), "all <=", lam)

    assert np.allclose(w_lasso, lasso_via_bounds(X, y, lam), atol=1e-5)
    assert set(np.flatnonzero(active)) == {0, 3, 7}  # recovered the true support
    # --8<-- [end:run]


if __name__ == "__main__":
    main()
