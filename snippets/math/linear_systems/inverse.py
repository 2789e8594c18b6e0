"""The inverse: the 2x2 formula, A @ A_inv = I, and why solve beats inv on an ill-conditioned matrix."""
import numpy as np


# --8<-- [start:two_by_two]
def inverse_2x2(A):
    """[[a, b], [c, d]]^-1 = [[d, -b], [-c, a]] / (ad - bc), defined only when ad - bc != 0."""
    (a, b), (c, d) = A
    det = a * d - b * c
    if det == 0:
        raise ValueError("singular matrix: ad - bc = 0, no inverse")
    return np.array([[d, -b], [-c, a]]) / det
# --8<-- [end:two_by_two]


def hilbert(n):
    """H[i, j] = 1 / (i + j + 1): a famous, badly conditioned matrix."""
    i = np.arange(n)
    return 1.0 / (i[:, None] + i[None, :] + 1)


def relative_residual(A, x, b):
    """||b - A x|| / (||A|| ||x||): about machine epsilon for a backward-stable method."""
    return np.linalg.norm(b - A @ x) / (np.linalg.norm(A, 2) * np.linalg.norm(x))


def main():
    np.set_printoptions(precision=4, suppress=True)
    rng = np.random.default_rng(0)

    # --8<-- [start:check]
    A = np.array([[3.0, 1.0], [5.0, 2.0]])          # ad - bc = 6 - 5 = 1
    A_inv = inverse_2x2(A)
    print("A_inv =\n", A_inv, sep="")
    print("A @ A_inv =\n", np.round(A @ A_inv, 12) + 0.0, sep="")  # + 0.0 turns -0. into 0.
    assert np.allclose(A_inv, np.linalg.inv(A))
    assert np.allclose(A @ A_inv, np.eye(2)) and np.allclose(A_inv @ A, np.eye(2))

    B = rng.normal(size=(4, 4))
    B_inv = np.linalg.inv(B)
    assert np.allclose(B @ B_inv, np.eye(4)) and np.allclose(B_inv @ B, np.eye(4))
    C = rng.normal(size=(4, 4))
    assert np.allclose(np.linalg.inv(B @ C), np.linalg.inv(C) @ B_inv)  # (BC)^-1 = C^-1 B^-1

    try:
        inverse_2x2(np.array([[1.0, 2.0], [2.0, 4.0]]))
    except ValueError as err:
        print("[[1, 2], [2, 4]]:", err)
    # --8<-- [end:check]

    # --8<-- [start:ill_conditioned]
    n = 10
    H = hilbert(n)
    x_true = np.ones(n)
    b = H @ x_true
    x_solve = np.linalg.solve(H, b)            # LU with partial pivoting
    x_inv = np.linalg.inv(H) @ b               # form the inverse, then multiply
    r_solve = relative_residual(H, x_solve, b)
    r_inv = relative_residual(H, x_inv, b)
    eps = np.finfo(float).eps
    print(f"\ncondition number of H ({n}x{n}): {np.linalg.cond(H):.1e}")
    print(f"relative residual with solve is below 1e-14: {r_solve < 1e-14}")
    print(f"relative residual with inv   is above 1e-9 : {r_inv > 1e-9}")
    print(f"inv's residual is over 1000x larger       : {r_inv > 1000 * r_solve}")
    assert r_solve < 10 * n * eps              # backward stable: residual ~ machine epsilon
    assert r_inv > 1000 * r_solve
    # both answers are far from x_true: a cond of 1e13 costs about 13 of our ~16 digits
    err_solve = np.linalg.norm(x_solve - x_true) / np.linalg.norm(x_true)
    print(f"relative error in x with solve is above 1e-8: {err_solve > 1e-8}")
    # --8<-- [end:ill_conditioned]


if __name__ == "__main__":
    main()
