"""Power iteration for the dominant eigenpair, checked against np.linalg.eigh."""
import numpy as np


def symmetric_with_spectrum(eigenvalues, rng):
    """Q diag(eigenvalues) Q^T with a random orthogonal Q: a symmetric matrix we fully know."""
    n = len(eigenvalues)
    Q, _ = np.linalg.qr(rng.normal(size=(n, n)))
    return Q @ np.diag(eigenvalues) @ Q.T


# --8<-- [start:power]
def power_iteration(A, x0, num_iters):
    """Repeatedly apply A and renormalise; return the history of (eigenvalue, vector) estimates."""
    x = x0 / np.linalg.norm(x0)
    history = []
    for _ in range(num_iters):
        y = A @ x
        x = y / np.linalg.norm(y)
        lam = x @ A @ x                      # Rayleigh quotient (x has unit length)
        history.append((lam, x))
    return history
# --8<-- [end:power]


def main():
    np.set_printoptions(precision=4, suppress=True)
    rng = np.random.default_rng(0)

    # --8<-- [start:compare]
    A = symmetric_with_spectrum([5.0, 3.0, 2.0, 1.0, 0.5], rng)
    w, V = np.linalg.eigh(A)                 # ascending eigenvalues, orthonormal columns
    lam_max, v_max = w[-1], V[:, -1]
    history = power_iteration(A, rng.normal(size=5), num_iters=60)

    print(f"{'k':>3}  {'|lam_k - lam_1|':>16}  {'sin(angle to v_1)':>18}  {'(3/5)^k':>9}")
    for k in (1, 2, 5, 10, 15, 20):
        lam, x = history[k - 1]
        sin_angle = np.sqrt(max(0.0, 1.0 - (x @ v_max) ** 2))
        print(f"{k:>3}  {abs(lam - lam_max):>16.2e}  {sin_angle:>18.2e}  {0.6 ** k:>9.2e}")

    lam, x = history[-1]
    x = x * np.sign(x @ v_max)               # eigenvectors are defined only up to sign
    print(f"\npower iteration: lambda = {lam:.6f}")
    print(f"np.linalg.eigh : lambda = {lam_max:.6f}")
    assert np.isclose(lam, lam_max, atol=1e-10) and np.isclose(lam_max, 5.0)
    assert np.allclose(x, v_max, atol=1e-8)
    assert np.allclose(A @ x, lam * x, atol=1e-8)   # it really is an eigenpair
    # --8<-- [end:compare]


if __name__ == "__main__":
    main()
