"""Least squares three ways: normal equations, QR, and np.linalg.lstsq (SVD)."""
import numpy as np


# --8<-- [start:solvers]
def lstsq_normal(A, b):
    """Solve A^T A x = A^T b. Fine when A is well conditioned."""
    return np.linalg.solve(A.T @ A, A.T @ b)


def lstsq_qr(A, b):
    """A = QR, so A^T A x = A^T b becomes R x = Q^T b (R is triangular)."""
    Q, R = np.linalg.qr(A)
    return np.linalg.solve(R, Q.T @ b)
# --8<-- [end:solvers]


def main():
    np.set_printoptions(precision=4, suppress=True)
    # --8<-- [start:fit]
    rng = np.random.default_rng(0)
    t = np.linspace(-1, 2, 20)
    y = 1.0 + 2.0 * t - 0.5 * t**2 + rng.normal(scale=0.3, size=t.size)  # noisy parabola
    A = np.column_stack([np.ones_like(t), t, t**2])  # design matrix, 20 x 3

    x_normal = lstsq_normal(A, y)
    x_qr = lstsq_qr(A, y)
    x_ref, *_ = np.linalg.lstsq(A, y, rcond=None)
    print("normal equations:", x_normal)
    print("QR              :", x_qr)
    print("np.linalg.lstsq :", x_ref)
    assert np.allclose(x_normal, x_ref) and np.allclose(x_qr, x_ref)

    r = y - A @ x_ref  # residual
    print("A^T r =", (A.T @ r).round(10) + 0.0, " (residual orthogonal to the columns)")
    assert np.allclose(A.T @ r, 0.0, atol=1e-10)
    P = A @ np.linalg.solve(A.T @ A, A.T)
    assert np.allclose(A @ x_ref, P @ y)  # the fitted values are the projection of y
    print(f"residual norm {np.linalg.norm(r):.4f}")
    # --8<-- [end:fit]

    # --8<-- [start:conditioning]
    kA, kAtA = np.linalg.cond(A), np.linalg.cond(A.T @ A)
    print(f"cond(A) = {kA:.2f}, cond(A^T A) = {kAtA:.2f} = cond(A)^2 = {kA**2:.2f}")
    # --8<-- [end:conditioning]
    assert np.isclose(kAtA, kA**2, rtol=1e-8)
    # any other coefficients give a larger residual
    for dx in rng.normal(scale=0.1, size=(200, 3)):
        assert np.linalg.norm(y - A @ (x_ref + dx)) > np.linalg.norm(r)


if __name__ == "__main__":
    main()
