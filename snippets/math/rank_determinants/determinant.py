"""Determinant by cofactor expansion, checked against np.linalg.det and its properties."""
import numpy as np


# --8<-- [start:cofactor]
def det_cofactor(A):
    """Laplace (cofactor) expansion along the first row. O(n!) work: teaching only."""
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    if n == 1:
        return A[0, 0]
    if n == 2:
        return A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    total = 0.0
    for j in range(n):
        minor = np.delete(A[1:], j, axis=1)      # drop row 0 and column j
        total += (-1) ** j * A[0, j] * det_cofactor(minor)
    return total
# --8<-- [end:cofactor]


# --8<-- [start:elimination]
def det_elimination(A):
    """Determinant as (sign of the row swaps) x (product of the pivots)."""
    U = np.array(A, dtype=float)
    n = U.shape[0]
    sign = 1.0
    for k in range(n):
        p = k + np.argmax(np.abs(U[k:, k]))
        if U[p, k] == 0.0:
            return 0.0                            # no pivot in this column: singular
        if p != k:
            U[[k, p]] = U[[p, k]]
            sign = -sign                          # a swap flips the sign
        U[k + 1:] -= np.outer(U[k + 1:, k] / U[k, k], U[k])   # leaves det unchanged
    return sign * np.prod(np.diag(U))
# --8<-- [end:elimination]


def main():
    np.set_printoptions(precision=4, suppress=True)
    rng = np.random.default_rng(0)

    # --8<-- [start:check]
    A = np.array([[2.0, -1.0, 0.0], [1.0, 3.0, 2.0], [0.0, 1.0, 4.0]])
    print("cofactor   :", round(det_cofactor(A), 6))
    print("elimination:", round(det_elimination(A), 6))
    print("np.linalg  :", round(np.linalg.det(A), 6))
    assert np.isclose(det_cofactor(A), 24.0)  # 2(12 - 2) - (-1)(4 - 0) + 0 = 24
    for n in (2, 3, 4, 5):
        M = rng.normal(size=(n, n))
        assert np.isclose(det_cofactor(M), np.linalg.det(M))
        assert np.isclose(det_elimination(M), np.linalg.det(M))
    # --8<-- [end:check]

    # --8<-- [start:properties]
    A, B = rng.normal(size=(4, 4)), rng.normal(size=(4, 4))
    d = np.linalg.det
    print(f"\ndet(A) = {d(A):.4f}, det(B) = {d(B):.4f}")
    print(f"det(AB) = {d(A @ B):.4f}  vs  det(A) det(B) = {d(A) * d(B):.4f}")
    assert np.isclose(d(A @ B), d(A) * d(B))                     # product rule
    assert np.isclose(d(A.T), d(A))                              # transpose
    assert np.isclose(d(np.linalg.inv(A)), 1 / d(A))             # inverse
    assert np.isclose(d(3 * A), 3**4 * d(A))                     # scaling: c^n, not c
    assert not np.isclose(d(A + B), d(A) + d(B))                 # NOT additive

    swapped = A[[1, 0, 2, 3]]                                    # swap rows 0 and 1
    scaled = A.copy()
    scaled[2] *= 5.0                                             # multiply row 2 by 5
    sheared = A.copy()
    sheared[3] += 2.0 * A[0]                                     # row 3 += 2 * row 0
    print(f"swap two rows     : {d(swapped):.4f}")
    print(f"scale a row by 5  : {d(scaled):.4f}")
    print(f"add 2 x row 0     : {d(sheared):.4f}")
    assert np.isclose(d(swapped), -d(A))
    assert np.isclose(d(scaled), 5.0 * d(A))
    assert np.isclose(d(sheared), d(A))

    S = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [5.0, 7.0, 9.0]])   # row3 = row1 + row2
    print(f"singular matrix   : cofactor {det_cofactor(S):.1f}, rank {np.linalg.matrix_rank(S)}")
    assert det_cofactor(S) == 0.0 and np.linalg.matrix_rank(S) < 3
    # --8<-- [end:properties]


if __name__ == "__main__":
    main()
