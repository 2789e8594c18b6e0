"""Rank by row reduction, checked against np.linalg.matrix_rank and the SVD."""
import numpy as np


# --8<-- [start:pivots]
def pivot_columns(A, tol=1e-10):
    """Row-reduce a copy of A to echelon form and return its pivot columns."""
    U = np.array(A, dtype=float)
    m, n = U.shape
    pivots = []
    row = 0
    for col in range(n):
        if row == m:
            break
        # partial pivoting: take the largest entry at or below `row` in this column
        best = row + np.argmax(np.abs(U[row:, col]))
        if abs(U[best, col]) <= tol:
            continue  # no pivot here: this column depends on the earlier ones
        U[[row, best]] = U[[best, row]]
        # eliminate everything below the pivot
        factors = U[row + 1:, col] / U[row, col]
        U[row + 1:] -= np.outer(factors, U[row])
        pivots.append(col)
        row += 1
    return pivots


def rank_by_pivots(A, tol=1e-10):
    return len(pivot_columns(A, tol))
# --8<-- [end:pivots]


# --8<-- [start:null_space]
def null_space_basis(A, tol=1e-10):
    """Orthonormal basis of N(A): right singular vectors of the zero singular values."""
    _, s, Vt = np.linalg.svd(A)
    r = int(np.sum(s > tol))
    return Vt[r:].T  # shape (n, n - r)
# --8<-- [end:null_space]


def examples():
    rng = np.random.default_rng(0)
    return {
        "3x3 full rank": np.array([[2.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 4.0]]),
        "3x3, row3 = row1 + row2": np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [5.0, 7.0, 9.0]]),
        "5x4 = (5x2)(2x4)": rng.normal(size=(5, 2)) @ rng.normal(size=(2, 4)),
        "4x6 random": rng.normal(size=(4, 6)),
        "outer product u v^T": np.outer([1.0, -2.0, 3.0], [2.0, 1.0, 1.0, 5.0]),
    }


def main():
    np.set_printoptions(precision=4, suppress=True)

    # --8<-- [start:compare]
    print(f"{'matrix':<26}{'shape':>7}{'pivots':>8}{'numpy':>7}{'nullity':>9}")
    for name, A in examples().items():
        m, n = A.shape
        r = rank_by_pivots(A)
        assert r == np.linalg.matrix_rank(A)          # agrees with NumPy's SVD-based rank
        N = null_space_basis(A)
        assert np.allclose(A @ N, 0.0)                 # every basis vector is sent to zero
        assert r + N.shape[1] == n                     # rank-nullity: rank + nullity = n
        print(f"{name:<26}{f'{m}x{n}':>7}{r:>8}{np.linalg.matrix_rank(A):>7}{N.shape[1]:>9}")
    # --8<-- [end:compare]

    # --8<-- [start:numerical]
    A = examples()["3x3, row3 = row1 + row2"]
    A_noisy = A.copy()
    A_noisy[2, 2] += 1e-9                              # a tiny perturbation of one entry
    s = np.linalg.svd(A_noisy, compute_uv=False)
    print("\nsingular values of the perturbed matrix:", ", ".join(f"{x:.3g}" for x in s))
    default_rank = np.linalg.matrix_rank(A_noisy)      # tol = s.max() * max(m, n) * eps
    loose_rank = np.linalg.matrix_rank(A_noisy, tol=1e-6)
    assert default_rank == 3 and loose_rank == 2
    print("rank with NumPy's default tolerance:", default_rank)
    print("rank with tol=1e-6                 :", loose_rank)
    # --8<-- [end:numerical]


if __name__ == "__main__":
    main()
