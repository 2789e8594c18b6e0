"""Gaussian elimination with partial pivoting and an LU factorisation, checked against NumPy/SciPy."""
import numpy as np
import scipy.linalg


# --8<-- [start:solve]
def gaussian_solve(A, b, pivot=True):
    """Solve A x = b for square, invertible A by elimination and back substitution."""
    M = np.column_stack([np.array(A, dtype=float), np.array(b, dtype=float)])  # [A | b]
    n = M.shape[0]
    for k in range(n - 1):
        if pivot:  # partial pivoting: bring the largest |entry| of column k to row k
            p = k + np.argmax(np.abs(M[k:, k]))
            M[[k, p]] = M[[p, k]]
        if M[k, k] == 0.0:
            raise ValueError("zero pivot: the matrix is singular (or needs pivoting)")
        multipliers = M[k + 1:, k] / M[k, k]
        M[k + 1:] -= np.outer(multipliers, M[k])     # zero out column k below the pivot
    # back substitution on the upper-triangular system U x = c
    U, c = M[:, :n], M[:, n]
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        x[i] = (c[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x
# --8<-- [end:solve]


# --8<-- [start:lu]
def lu_decompose(A):
    """Return P, L, U with P A = L U (P a permutation, L unit lower, U upper triangular)."""
    U = np.array(A, dtype=float)
    n = U.shape[0]
    L = np.eye(n)
    perm = np.arange(n)
    for k in range(n - 1):
        p = k + np.argmax(np.abs(U[k:, k]))
        U[[k, p]] = U[[p, k]]
        L[[k, p], :k] = L[[p, k], :k]     # the multipliers already stored move with their rows
        perm[[k, p]] = perm[[p, k]]
        L[k + 1:, k] = U[k + 1:, k] / U[k, k]
        U[k + 1:] -= np.outer(L[k + 1:, k], U[k])
    P = np.eye(n)[perm]
    return P, L, np.triu(U)


def forward_substitution(L, b):
    """Solve L y = b for unit lower-triangular L, top row first."""
    y = np.zeros(len(b))
    for i in range(len(b)):
        y[i] = b[i] - L[i, :i] @ y[:i]
    return y


def back_substitution(U, y):
    """Solve U x = y for upper-triangular U, bottom row first."""
    x = np.zeros(len(y))
    for i in range(len(y) - 1, -1, -1):
        x[i] = (y[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x


def lu_solve_own(P, L, U, b):
    """P A x = P b  =>  L (U x) = P b: one forward and one backward sweep, O(n^2)."""
    return back_substitution(U, forward_substitution(L, P @ b))
# --8<-- [end:lu]


def main():
    np.set_printoptions(precision=4, suppress=True)
    rng = np.random.default_rng(0)

    # --8<-- [start:compare]
    A = np.array([[1.0, 2.0, 1.0], [3.0, 8.0, 1.0], [0.0, 4.0, 1.0]])
    b = np.array([3.0, 1.0, -1.0])
    x = gaussian_solve(A, b)
    print("our elimination :", x)
    print("np.linalg.solve :", np.linalg.solve(A, b))
    assert np.allclose(x, [2.0, -1.0, 3.0])          # the answer found by hand
    assert np.allclose(A @ x, b)

    P, L, U = lu_decompose(A)
    print("rows of A in the order P A uses:", P.argmax(axis=1))
    print("L =\n", L, "\nU =\n", U, sep="")
    assert np.allclose(P @ A, L @ U)
    P_s, L_s, U_s = scipy.linalg.lu(A)               # SciPy's convention: A = P_s L_s U_s
    assert np.allclose(P, P_s.T) and np.allclose(L, L_s) and np.allclose(U, U_s)

    # factor once, then solve for many right-hand sides cheaply
    A5 = rng.normal(size=(5, 5))
    lu_piv = scipy.linalg.lu_factor(A5)
    P5, L5, U5 = lu_decompose(A5)
    for _ in range(3):
        rhs = rng.normal(size=5)
        ours = lu_solve_own(P5, L5, U5, rhs)
        assert np.allclose(ours, scipy.linalg.lu_solve(lu_piv, rhs))
        assert np.allclose(ours, np.linalg.solve(A5, rhs))
        assert np.allclose(ours, gaussian_solve(A5, rhs))
    print("5x5 system, 3 right-hand sides: ours == lu_solve == np.linalg.solve")
    # --8<-- [end:compare]

    # --8<-- [start:pivoting]
    eps = 1e-20
    A_bad = np.array([[eps, 1.0], [1.0, 1.0]])
    b_bad = np.array([1.0, 2.0])
    no_pivot = gaussian_solve(A_bad, b_bad, pivot=False)
    with_pivot = gaussian_solve(A_bad, b_bad, pivot=True)
    print("\nwithout pivoting:", no_pivot)
    print("with pivoting   :", with_pivot)
    print("np.linalg.solve :", np.linalg.solve(A_bad, b_bad))
    assert np.allclose(with_pivot, [1.0, 1.0])       # exact: x1 = 1/(1-eps), x2 = (1-2eps)/(1-eps)
    assert not np.allclose(no_pivot, [1.0, 1.0])     # the tiny pivot destroyed x1
    # --8<-- [end:pivoting]


if __name__ == "__main__":
    main()
