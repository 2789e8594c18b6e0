"""Gram-Schmidt orthonormalisation, checked against NumPy's Householder QR."""
import numpy as np


# --8<-- [start:gram_schmidt]
def gram_schmidt(A, tol=1e-12):
    """Return Q with orthonormal columns and upper-triangular R such that A = Q R."""
    m, n = A.shape
    Q = np.zeros((m, n))
    R = np.zeros((n, n))
    for j in range(n):
        v = A[:, j].astype(float)
        for i in range(j):
            R[i, j] = Q[:, i] @ v  # how much of q_i is left in v
            v = v - R[i, j] * Q[:, i]  # remove it
        R[j, j] = np.linalg.norm(v)  # what survives is orthogonal to q_1..q_{j-1}
        if R[j, j] < tol:
            raise ValueError(f"column {j} depends on the earlier columns")
        Q[:, j] = v / R[j, j]
    return Q, R
# --8<-- [end:gram_schmidt]


def hand_example():
    # --8<-- [start:hand]
    A = np.array([[1.0, 1.0], [1.0, 0.0], [0.0, 1.0]])  # a1 = (1,1,0), a2 = (1,0,1)
    Q, R = gram_schmidt(A)
    print("q1 * sqrt(2) =", Q[:, 0] * np.sqrt(2))
    print("q2 * sqrt(6) =", Q[:, 1] * np.sqrt(6))
    print("R =\n", R)
    # --8<-- [end:hand]
    assert np.allclose(Q[:, 0] * np.sqrt(2), [1, 1, 0])
    assert np.allclose(Q[:, 1] * np.sqrt(6), [1, -1, 2])
    assert np.allclose(R, [[np.sqrt(2), 1 / np.sqrt(2)], [0, np.sqrt(1.5)]])


def compare_with_numpy():
    # --8<-- [start:compare]
    rng = np.random.default_rng(0)
    A = rng.normal(size=(5, 3))
    Q, R = gram_schmidt(A)
    print("Q^T Q =\n", (Q.T @ Q).round(12) + 0.0)  # + 0.0 turns -0. into 0.
    assert np.allclose(Q.T @ Q, np.eye(3))  # orthonormal columns
    assert np.allclose(Q @ R, A) and np.allclose(R, np.triu(R))

    Q_np, R_np = np.linalg.qr(A)  # LAPACK, Householder reflections
    signs = np.sign(np.diag(R_np))  # LAPACK does not force diag(R) > 0
    print("signs of diag(R) in np.linalg.qr:", signs)
    assert np.allclose(Q, Q_np * signs)  # flip those columns of Q ...
    assert np.allclose(R, R_np * signs[:, None])  # ... and those rows of R
    print("Gram-Schmidt = np.linalg.qr after fixing the signs")

    x = rng.normal(size=3)
    print(f"|x| = {np.linalg.norm(x):.4f}, |Q x| = {np.linalg.norm(Q @ x):.4f}")
    assert np.isclose(np.linalg.norm(Q @ x), np.linalg.norm(x))  # lengths preserved
    print("Q Q^T is not the identity (5x5, rank 3): trace =", round(np.trace(Q @ Q.T), 4))
    # --8<-- [end:compare]
    assert np.isclose(np.trace(Q @ Q.T), 3.0)


def main():
    np.set_printoptions(precision=4, suppress=True)
    hand_example()
    print()
    compare_with_numpy()


if __name__ == "__main__":
    main()
