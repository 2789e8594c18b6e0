"""Projection onto a line and onto a subspace: P^2 = P, P^T = P, residual orthogonal."""
import numpy as np


# --8<-- [start:projectors]
def line_projector(a):
    """P = a a^T / (a^T a): projects onto the line through the origin along a."""
    a = np.asarray(a, dtype=float)
    return np.outer(a, a) / (a @ a)


def subspace_projector(A):
    """P = A (A^T A)^{-1} A^T: projects onto the column space of A (independent columns)."""
    return A @ np.linalg.solve(A.T @ A, A.T)  # solve, never an explicit inverse
# --8<-- [end:projectors]


def line_example():
    # --8<-- [start:line]
    a, b = np.array([3.0, 1.0]), np.array([1.0, 3.0])
    P = line_projector(a)
    p = P @ b
    e = b - p
    print("P (line along a) =\n", P)
    print("p =", p, " e =", e, " a . e =", round(a @ e, 12) + 0.0)
    # --8<-- [end:line]
    assert np.allclose(p, [1.8, 0.6]) and np.isclose(a @ e, 0.0)
    assert np.allclose(P @ P, P) and np.allclose(P, P.T)


def plane_example():
    # --8<-- [start:plane]
    A = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])  # columns span a plane in R^3
    b = np.array([1.0, 2.0, 6.0])
    P = subspace_projector(A)
    p, e = P @ b, b - P @ b
    print("6 P =\n", 6 * P)
    print("p =", p, " e =", e)
    print("A^T e =", (A.T @ e).round(12) + 0.0, " (e is orthogonal to every column)")

    print("P @ P == P:", np.allclose(P @ P, P), " P^T == P:", np.allclose(P, P.T))
    print("eigenvalues of P:", np.linalg.eigvalsh(P).round(12) + 0.0, " trace:", round(np.trace(P), 12))
    Q, _ = np.linalg.qr(A)
    print("P == Q Q^T:", np.allclose(P, Q @ Q.T))
    print(f"|b|^2 = {b @ b:.4f} = |p|^2 + |e|^2 = {p @ p:.4f} + {e @ e:.4f}")
    # --8<-- [end:plane]
    assert np.allclose(6 * P, [[5, 2, -1], [2, 2, 2], [-1, 2, 5]])
    assert np.allclose(p, [0.5, 3.0, 5.5]) and np.allclose(e, [0.5, -1.0, 0.5])
    assert np.allclose(A.T @ e, 0.0)
    assert np.allclose(P @ P, P) and np.allclose(P, P.T)
    assert np.allclose(np.linalg.eigvalsh(P), [0.0, 1.0, 1.0]) and np.isclose(np.trace(P), 2.0)
    assert np.allclose(P, Q @ Q.T)
    assert np.isclose(b @ b, p @ p + e @ e)
    # I - P projects onto the orthogonal complement: it sends b to e and A to 0
    I_P = np.eye(3) - P
    assert np.allclose(I_P @ b, e) and np.allclose(I_P @ A, 0.0) and np.allclose(I_P @ I_P, I_P)

    # p is the closest point of the plane: any other point A y is further from b
    rng = np.random.default_rng(0)
    for y in rng.normal(size=(1000, 2)) * 3:
        assert np.linalg.norm(b - A @ y) >= np.linalg.norm(e) - 1e-12


def main():
    np.set_printoptions(precision=4, suppress=True)
    line_example()
    print()
    plane_example()


if __name__ == "__main__":
    main()
