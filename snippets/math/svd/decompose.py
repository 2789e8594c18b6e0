"""The SVD reconstructs A; singular values are square roots of the eigenvalues of A^T A."""
import numpy as np


def worked_example():
    # --8<-- [start:worked]
    A = np.array([[3.0, 0.0], [4.0, 5.0]])
    U, s, Vt = np.linalg.svd(A)
    print("singular values:", s, " = sqrt(45), sqrt(5):", np.sqrt([45.0, 5.0]))
    print("eigenvalues of A^T A:", np.linalg.eigvalsh(A.T @ A)[::-1])
    print("v1 * sqrt(2) =", Vt[0] * np.sqrt(2), "  u1 * sqrt(10) =", U[:, 0] * np.sqrt(10))
    print(f"sigma1 * sigma2 = {s[0] * s[1]:.4f} = |det A| = {abs(np.linalg.det(A)):.4f}")
    # --8<-- [end:worked]
    assert np.allclose(s, np.sqrt([45.0, 5.0]))
    sign = np.sign(Vt[0, 0])  # singular vectors are defined up to a shared sign flip
    assert np.allclose(sign * Vt[0] * np.sqrt(2), [1, 1])
    assert np.allclose(sign * U[:, 0] * np.sqrt(10), [1, 3])
    assert np.isclose(s[0] * s[1], abs(np.linalg.det(A)))


def random_example():
    # --8<-- [start:reconstruct]
    rng = np.random.default_rng(0)
    A = rng.normal(size=(5, 3))
    U, s, Vt = np.linalg.svd(A, full_matrices=False)  # thin SVD: U is 5x3
    print("shapes U, s, Vt:", U.shape, s.shape, Vt.shape)
    print("singular values:", s)
    assert np.allclose(U @ np.diag(s) @ Vt, A)  # A = U Sigma V^T
    assert np.allclose(U.T @ U, np.eye(3)) and np.allclose(Vt @ Vt.T, np.eye(3))
    assert np.all(s[:-1] >= s[1:]) and np.all(s >= 0)  # sorted, non-negative

    # the same A as a sum of rank-one pieces sigma_i u_i v_i^T
    pieces = [s[i] * np.outer(U[:, i], Vt[i]) for i in range(3)]
    assert np.allclose(sum(pieces), A)
    print("rank of each piece:", [int(np.linalg.matrix_rank(P)) for P in pieces])

    # A maps each right singular vector to sigma times a left singular vector
    for i in range(3):
        assert np.allclose(A @ Vt[i], s[i] * U[:, i])
    print("A v_i = sigma_i u_i for i = 1, 2, 3")
    # --8<-- [end:reconstruct]

    # --8<-- [start:eig]
    lam = np.linalg.eigvalsh(A.T @ A)[::-1]  # eigenvalues of the 3x3 Gram matrix, descending
    print("sqrt(eig(A^T A)):", np.sqrt(lam))
    assert np.allclose(np.sqrt(lam), s)
    lam_big = np.linalg.eigvalsh(A @ A.T)[::-1]  # 5x5: same non-zero eigenvalues, plus zeros
    print("eig(A A^T):      ", lam_big.round(10) + 0.0)
    assert np.allclose(lam_big[:3], s**2) and np.allclose(lam_big[3:], 0.0)
    print(f"norms: spectral {np.linalg.norm(A, 2):.4f} = sigma1, "
          f"Frobenius {np.linalg.norm(A):.4f} = sqrt(sum sigma^2) = {np.sqrt(np.sum(s**2)):.4f}")
    # --8<-- [end:eig]
    assert np.isclose(np.linalg.norm(A, 2), s[0])
    assert np.isclose(np.linalg.norm(A), np.sqrt(np.sum(s**2)))


def main():
    np.set_printoptions(precision=4, suppress=True)
    worked_example()
    print()
    random_example()


if __name__ == "__main__":
    main()
