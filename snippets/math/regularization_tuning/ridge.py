"""Ridge regression three ways: closed form, gradient descent, scipy.optimize.minimize."""
import numpy as np
from scipy.optimize import minimize, nnls


def make_data(rng, n=50, d=8):
    X = rng.normal(size=(n, d))
    w_true = rng.normal(size=d)
    y = X @ w_true + rng.normal(scale=0.5, size=n)
    return X, y


# --8<-- [start:ridge]
def ridge_loss(w, X, y, lam):
    r = X @ w - y
    return 0.5 * r @ r + 0.5 * lam * w @ w


def ridge_grad(w, X, y, lam):
    return X.T @ (X @ w - y) + lam * w


def ridge_closed_form(X, y, lam):
    d = X.shape[1]
    return np.linalg.solve(X.T @ X + lam * np.eye(d), X.T @ y)  # (X^T X + lam I) w = X^T y


def ridge_gd(X, y, lam, steps=2000):
    L = np.linalg.eigvalsh(X.T @ X).max() + lam  # largest curvature of the loss
    w = np.zeros(X.shape[1])
    for _ in range(steps):
        w = w - (1.0 / L) * ridge_grad(w, X, y, lam)
    return w
# --8<-- [end:ridge]


def main():
    np.set_printoptions(precision=4, suppress=True)
    rng = np.random.default_rng(0)
    X, y = make_data(rng)
    lam = 5.0

    # --8<-- [start:compare]
    w_closed = ridge_closed_form(X, y, lam)
    w_gd = ridge_gd(X, y, lam)
    args = (X, y, lam)
    w0 = np.zeros(X.shape[1])
    bfgs = minimize(ridge_loss, w0, args=args, jac=ridge_grad, method="BFGS",
                    options={"gtol": 1e-10})
    lbfgs = minimize(ridge_loss, w0, args=args, jac=ridge_grad, method="L-BFGS-B",
                     options={"gtol": 1e-10, "ftol": 1e-15})
    no_jac = minimize(ridge_loss, w0, args=args, method="BFGS")  # finite differences

    print("closed form :", w_closed)
    print("grad descent:", w_gd)
    print("BFGS        :", bfgs.x)
    print("L-BFGS-B    :", lbfgs.x)
    for w in [w_gd, bfgs.x, lbfgs.x]:
        assert np.allclose(w, w_closed, atol=1e-6)
    assert np.allclose(no_jac.x, w_closed, atol=1e-4)
    print(f"function evaluations: BFGS with jac {bfgs.nfev}, without jac {no_jac.nfev}")
    # --8<-- [end:compare]

    # --8<-- [start:bounds]
    # bounds: the same loss with every weight forced to be >= 0
    pos = minimize(ridge_loss, w0, args=args, jac=ridge_grad, method="L-BFGS-B",
                   bounds=[(0, None)] * X.shape[1], options={"gtol": 1e-10, "ftol": 1e-15})
    # reference: non-negative least squares on the stacked system [X; sqrt(lam) I] w = [y; 0]
    X_aug = np.vstack([X, np.sqrt(lam) * np.eye(X.shape[1])])
    y_aug = np.concatenate([y, np.zeros(X.shape[1])])
    w_nnls, _ = nnls(X_aug, y_aug)
    print("\nwith bounds w >= 0:", pos.x)
    assert np.allclose(pos.x, w_nnls, atol=1e-5)
    print("matches scipy.optimize.nnls; weights pinned at 0:", int(np.sum(pos.x == 0)))
    # --8<-- [end:bounds]


if __name__ == "__main__":
    main()
