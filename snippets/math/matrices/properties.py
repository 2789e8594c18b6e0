"""Algebra of matrix products: associativity, order, transposes, identity, inverse, composition."""
import numpy as np


# --8<-- [start:algebra]
def check_algebra():
    print("-- rules of matrix algebra, on random matrices --")
    rng = np.random.default_rng(0)
    A = rng.normal(size=(2, 3))
    B = rng.normal(size=(3, 4))
    C = rng.normal(size=(4, 5))
    D = rng.normal(size=(3, 4))
    checks = {
        "(AB)C == A(BC)      associativity": np.allclose((A @ B) @ C, A @ (B @ C)),
        "A(B + D) == AB + AD distributivity": np.allclose(A @ (B + D), A @ B + A @ D),
        "(AB)^T == B^T A^T   order reverses": np.allclose((A @ B).T, B.T @ A.T),
        "I A == A == A I     identity": (np.allclose(np.eye(2) @ A, A)
                                         and np.allclose(A @ np.eye(3), A)),
    }
    for name, ok in checks.items():
        assert ok, name
        print(f"{name}: {ok}")
    # A^T B^T is not even defined here: (3, 2) @ (4, 3) has inner sizes 2 and 4.
    print("A^T B^T defined?", A.T.shape[1] == B.T.shape[0], f"(shapes {A.T.shape} and {B.T.shape})")
    # The inverse undoes a square matrix; the inverse of a product also reverses the order.
    M = np.array([[2.0, 1.0],
                  [1.0, 1.0]])
    M_inv = np.array([[1.0, -1.0],
                      [-1.0, 2.0]])  # worked out by hand on the page
    assert np.allclose(M @ M_inv, np.eye(2)) and np.allclose(np.linalg.inv(M), M_inv)
    P, Q = rng.normal(size=(4, 4)), rng.normal(size=(4, 4))
    assert np.allclose(np.linalg.inv(P @ Q), np.linalg.inv(Q) @ np.linalg.inv(P))
    print("inv([[2, 1], [1, 1]]) =\n", np.linalg.inv(M))
    print("(PQ)^-1 == Q^-1 P^-1: True")
# --8<-- [end:algebra]


# --8<-- [start:order]
def check_order():
    print("-- composition: order matters --")
    R = np.array([[0.0, -1.0],
                  [1.0, 0.0]])  # rotate a quarter turn anticlockwise
    S = np.array([[2.0, 0.0],
                  [0.0, 1.0]])  # stretch x by 2
    x = np.array([1.0, 1.0])
    print("S @ (R @ x): rotate, then stretch =", S @ (R @ x))
    print("R @ (S @ x): stretch, then rotate =", R @ (S @ x))
    assert np.allclose(S @ (R @ x), (S @ R) @ x)  # applying R then S is the single matrix SR
    assert not np.allclose(S @ R, R @ S)  # matrix multiplication is not commutative
    print("S @ R =\n", S @ R)
    print("R @ S =\n", R @ S)
    print("-- element-wise * versus matrix @ --")
    M = np.array([[1, 2], [3, 4]])
    N = np.array([[5, 6], [7, 8]])
    print("M * N =\n", M * N)  # multiply matching entries
    print("M @ N =\n", M @ N)  # rows of M dotted with columns of N
    assert np.array_equal(M * N, [[M[i, j] * N[i, j] for j in range(2)] for i in range(2)])
    assert np.array_equal(M @ N, [[M[i] @ N[:, j] for j in range(2)] for i in range(2)])
# --8<-- [end:order]


def main():
    np.set_printoptions(precision=4, suppress=True)
    check_algebra()
    check_order()


if __name__ == "__main__":
    main()
