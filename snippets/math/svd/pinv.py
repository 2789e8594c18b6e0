"""Pseudo-inverse and condition number from the SVD, checked against NumPy."""
import numpy as np


# --8<-- [start:pinv]
def pinv_svd(A, rtol=1e-12):
    """A^+ = V Sigma^+ U^T: invert the singular values above a tolerance, zero the rest."""
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    keep = s > rtol * s[0]
    s_inv = np.zeros_like(s)
    s_inv[keep] = 1.0 / s[keep]
    return Vt.T @ np.diag(s_inv) @ U.T
# --8<-- [end:pinv]


def pinv_example():
    # --8<-- [start:rank_deficient]
    A = np.array([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0], [1.0, 1.0, 2.0], [1.0, -1.0, 0.0]])  # col3 = col1 + col2
    b = np.array([1.0, 2.0, 2.0, 0.0])
    print("singular values:", np.linalg.svd(A, compute_uv=False).round(10) + 0.0)
    Ap = pinv_svd(A)
    assert np.allclose(Ap, np.linalg.pinv(A))
    # the four Moore-Penrose conditions
    assert np.allclose(A @ Ap @ A, A) and np.allclose(Ap @ A @ Ap, Ap)
    assert np.allclose((A @ Ap).T, A @ Ap) and np.allclose((Ap @ A).T, Ap @ A)

    x = Ap @ b  # the least-squares solution with the smallest norm
    x_ref, *_ = np.linalg.lstsq(A, b, rcond=None)
    print("x = A^+ b        :", x, f" |x| = {np.linalg.norm(x):.4f}")
    assert np.allclose(x, x_ref)
    x_other = x + np.array([1.0, 1.0, -1.0])  # add a null-space vector: same fit, longer x
    print("x + (1, 1, -1)   :", x_other, f" |x| = {np.linalg.norm(x_other):.4f}")
    print(f"residuals: {np.linalg.norm(A @ x - b):.4f} and {np.linalg.norm(A @ x_other - b):.4f}")
    # --8<-- [end:rank_deficient]
    assert np.allclose(A @ [1.0, 1.0, -1.0], 0.0)
    assert np.isclose(np.linalg.norm(A @ x - b), np.linalg.norm(A @ x_other - b))
    assert np.linalg.norm(x) < np.linalg.norm(x_other)


def condition_example():
    # --8<-- [start:condition]
    A = np.array([[1.0, 1.0], [1.0, 1.0001]])  # nearly parallel columns
    s = np.linalg.svd(A, compute_uv=False)
    kappa = s[0] / s[-1]
    print(f"sigma1 = {s[0]:.4f}, sigma2 = {s[1]:.2e}, kappa = sigma1/sigma2 = {kappa:.1f}")
    print(f"np.linalg.cond(A) = {np.linalg.cond(A):.1f}")
    assert np.isclose(kappa, np.linalg.cond(A))

    b = np.array([2.0, 2.0001])  # exact solution x = (1, 1)
    db = np.array([0.0, 0.0001])  # a tiny change in b ...
    x, x2 = np.linalg.solve(A, b), np.linalg.solve(A, b + db)
    rel_b = np.linalg.norm(db) / np.linalg.norm(b)
    rel_x = np.linalg.norm(x2 - x) / np.linalg.norm(x)
    print(f"x = {x.round(8) + 0.0}, x' = {x2.round(8) + 0.0}")
    print(f"relative change: in b {rel_b:.1e}, in x {rel_x:.1e}, ratio {rel_x / rel_b:.0f} <= kappa")
    # --8<-- [end:condition]
    assert np.allclose(x, [1.0, 1.0]) and np.allclose(x2, [0.0, 2.0])
    assert rel_x <= kappa * rel_b * (1 + 1e-9)


def main():
    np.set_printoptions(precision=4, suppress=True)
    pinv_example()
    print()
    condition_example()


if __name__ == "__main__":
    main()
