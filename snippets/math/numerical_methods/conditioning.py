"""Condition number versus the error actually observed when solving Hilbert systems."""
import math
from fractions import Fraction

import numpy as np
from scipy.linalg import invhilbert  # exact integer inverse, used only as a reference


# --8<-- [start:sensitivity]
def show_sensitivity():
    print("-- a nearly singular 2x2 system --")
    A = np.array([[1.0, 1.0], [1.0, 1.0001]])
    b = np.array([2.0, 2.0001])                       # solution x = (1, 1)
    b2 = np.array([2.0, 2.0002])                      # nudge one entry by 1e-4: solution (0, 2)
    x, x2 = np.linalg.solve(A, b), np.linalg.solve(A, b2)
    rel_b = np.linalg.norm(b2 - b) / np.linalg.norm(b)
    rel_x = np.linalg.norm(x2 - x) / np.linalg.norm(x)
    kappa = np.linalg.cond(A)                         # sigma_max / sigma_min
    s = np.linalg.svd(A, compute_uv=False)
    # "+ 0.0" turns a rounded -0.0 into 0.0, so the printout does not depend on the CPU.
    print(f"x = {np.round(x, 6) + 0.0}, after the nudge x = {np.round(x2, 6) + 0.0}")
    print(f"relative change: b {rel_b:.3e}, x {rel_x:.4f}, amplification {rel_x / rel_b:.0f}")
    print(f"condition number {kappa:.0f} = sigma_max / sigma_min = {s[0]:.5f} / {s[1]:.4e}")
    assert np.allclose(x, [1, 1]) and np.allclose(x2, [0, 2], atol=1e-8)
    assert math.isclose(kappa, s[0] / s[1]) and rel_x / rel_b <= kappa  # the bound holds
# --8<-- [end:sensitivity]


# --8<-- [start:solver]
def solve_gepp(A, b, dtype):
    """Gaussian elimination with partial pivoting, every operation rounded to dtype.

    Written with element-wise NumPy operations only, so the rounding is the same on every CPU.
    """
    A, b = A.astype(dtype), b.astype(dtype)
    n = len(b)
    for k in range(n - 1):
        p = k + int(np.argmax(np.abs(A[k:, k])))      # pivot: largest entry in the column
        A[[k, p]], b[[k, p]] = A[[p, k]], b[[p, k]]
        m = A[k + 1:, k] / A[k, k]
        A[k + 1:, k:] -= m[:, None] * A[k, k:][None, :]
        b[k + 1:] -= m * b[k]
    x = np.zeros(n, dtype=dtype)
    for i in range(n - 1, -1, -1):                    # back substitution
        s = b[i]
        for j in range(i + 1, n):
            s = dtype(s - A[i, j] * x[j])
        x[i] = s / A[i, i]
    return x


def hilbert_exact(n):
    return [[Fraction(1, i + j + 1) for j in range(n)] for i in range(n)]


def kappa_1(n):
    """Exact 1-norm condition number ||H||_1 ||H^-1||_1 from exact fractions and integers."""
    H, Hinv = hilbert_exact(n), invhilbert(n, exact=True)
    col_max = lambda M: max(sum(abs(M[i][j]) for i in range(n)) for j in range(n))  # noqa: E731
    return float(col_max(H) * col_max(Hinv))
# --8<-- [end:solver]


# --8<-- [start:hilbert]
def show_hilbert():
    print("\n-- Hilbert systems H x = b with true x = (1, ..., 1), relative error in the 1-norm --")
    print(" n   kappa_1(H)   float64: kappa*u   error     float32: kappa*u   error")
    for n in range(2, 14):
        H = np.array([[1.0 / (i + j + 1) for j in range(n)] for i in range(n)])
        k = kappa_1(n)
        row = f"{n:2d}   {k:9.2e}"
        for dtype in (np.float64, np.float32):
            u = float(np.finfo(dtype).eps) / 2       # unit roundoff: largest relative rounding error
            Hd = H.astype(dtype)
            b = np.array([math.fsum(r) for r in Hd.astype(np.float64)]).astype(dtype)  # b = H @ ones
            x = solve_gepp(Hd, b, dtype).astype(np.float64)
            err = np.sum(np.abs(x - 1)) / n
            row += f"          {k * u:9.1e}   {err:7.1e}"
            if k * u < 1:                             # the bound means something only while kappa*u < 1
                assert err <= n * k * u               # forward error <= (backward error) x (condition)
        print(row)
    assert kappa_1(10) > 1e13                         # about 13 of float64's 16 digits are at risk
# --8<-- [end:hilbert]


def main():
    np.set_printoptions(precision=4, suppress=True)
    show_sensitivity()
    show_hilbert()


if __name__ == "__main__":
    main()
