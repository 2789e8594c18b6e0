"""Characteristic polynomial, A = P D P^-1, the spectral theorem, and trace/det identities."""
import numpy as np


def main():
    np.set_printoptions(precision=4, suppress=True)
    rng = np.random.default_rng(0)

    # --8<-- [start:char_poly]
    A = np.array([[4.0, 1.0], [2.0, 3.0]])
    coeffs = np.poly(A)                          # det(lambda I - A) = lambda^2 - 7 lambda + 10
    roots = np.sort(np.roots(coeffs))
    print("characteristic polynomial coefficients:", coeffs)
    print("its roots                              :", roots)
    assert np.allclose(coeffs, [1.0, -7.0, 10.0])
    assert np.allclose(roots, np.sort(np.linalg.eigvals(A)))
    # --8<-- [end:char_poly]

    # --8<-- [start:diagonalize]
    eigvals, P = np.linalg.eig(A)                # columns of P are eigenvectors
    order = np.argsort(eigvals)[::-1]            # largest first (eig promises no order)
    eigvals, P = eigvals[order], P[:, order]
    P = P * np.sign(P[0])                        # and no sign: make each first entry positive
    D = np.diag(eigvals)
    print("\neigenvalues:", eigvals)
    print("P (unit-length eigenvectors as columns) =\n", P, sep="")
    assert np.allclose(A @ P, P @ D)             # A v_i = lambda_i v_i, all columns at once
    assert np.allclose(P @ D @ np.linalg.inv(P), A)

    # powers: A^k = P D^k P^-1, and D^k only needs scalar powers
    k = 6
    A_k = P @ np.diag(eigvals ** k) @ np.linalg.inv(P)
    print(f"A^{k} via P D^{k} P^-1 =\n", A_k, sep="")
    assert np.allclose(A_k, np.linalg.matrix_power(A, k))
    closed_form = np.array([[2 * 5**k + 2**k, 5**k - 2**k],
                            [2 * 5**k - 2**(k + 1), 5**k + 2**(k + 1)]]) / 3
    assert np.allclose(A_k, closed_form)         # the closed form derived on the page
    # --8<-- [end:diagonalize]

    # --8<-- [start:spectral]
    M = rng.normal(size=(4, 4))
    S = (M + M.T) / 2                            # a random symmetric matrix
    w, Q = np.linalg.eigh(S)                     # real eigenvalues, orthonormal eigenvectors
    print("\nsymmetric S: eigenvalues", w)
    assert np.allclose(Q.T @ Q, np.eye(4))       # Q is orthogonal, so Q^-1 = Q^T
    assert np.allclose(Q @ np.diag(w) @ Q.T, S)  # spectral theorem: S = Q Lambda Q^T
    assert np.allclose(np.sort(np.linalg.eigvals(S).real), w)

    for name, X in (("symmetric S", S), ("non-symmetric M", M)):
        lam = np.linalg.eigvals(X)               # complex in general for M
        print(f"{name:<16} trace {np.trace(X):8.4f} = sum {lam.sum().real:8.4f} | "
              f"det {np.linalg.det(X):8.4f} = product {np.prod(lam).real:8.4f}")
        assert np.isclose(np.trace(X), lam.sum()) and np.isclose(np.linalg.det(X), np.prod(lam))
    # --8<-- [end:spectral]

    # --8<-- [start:defective]
    shear = np.array([[1.0, 1.0], [0.0, 1.0]])
    vals, vecs = np.linalg.eig(shear)
    print("\nshear eigenvalues:", vals)
    print("eigenvector matrix is numerically singular:", np.linalg.cond(vecs) > 1e10)
    assert np.allclose(vals, [1.0, 1.0])          # one eigenvalue, repeated
    # --8<-- [end:defective]


if __name__ == "__main__":
    main()
