"""Hessians: of a quadratic form, of a non-quadratic function at its stationary points, of log-sum-exp."""
import numpy as np


# --8<-- [start:numeric]
def numeric_hessian(f, x, h=1e-4):
    """H[i, j] from central differences of f in directions e_i and e_j."""
    n = x.size
    H = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            ei = np.zeros(n)
            ej = np.zeros(n)
            ei[i] = h
            ej[j] = h
            H[i, j] = (f(x + ei + ej) - f(x + ei - ej)
                       - f(x - ei + ej) + f(x - ei - ej)) / (4 * h * h)
    return H


def classify(H, tol=1e-8):
    """Second-order test at a stationary point, from the signs of the eigenvalues."""
    lam = np.linalg.eigvalsh(H)
    if np.all(lam > tol):
        return "local minimum"
    if np.all(lam < -tol):
        return "local maximum"
    if lam.min() < -tol and lam.max() > tol:
        return "saddle point"
    return "test inconclusive"
# --8<-- [end:numeric]


# --8<-- [start:functions]
def f(v):
    """A non-quadratic function with two stationary points, (1, 1) and (-1, -1)."""
    x, y = v
    return x**3 - 3 * x + (y - x) ** 2


def grad_f(v):
    x, y = v
    return np.array([3 * x**2 - 3 - 2 * (y - x), 2 * (y - x)])


def hess_f(v):
    x, _ = v
    return np.array([[6 * x + 2, -2.0],
                     [-2.0, 2.0]])
# --8<-- [end:functions]


def logsumexp(z):
    m = z.max()
    return m + np.log(np.exp(z - m).sum())


def main():
    np.set_printoptions(precision=4, suppress=True)
    rng = np.random.default_rng(0)

    # --8<-- [start:quadratic]
    # q(x) = x^T M x with a NON-symmetric M: the Hessian is M + M^T, the same at every x
    M = np.array([[1.0, 4.0],
                  [0.0, 3.0]])
    q = lambda v: v @ M @ v  # noqa: E731
    for point in [np.zeros(2), rng.normal(size=2)]:
        H = numeric_hessian(q, point)
        assert np.allclose(H, M + M.T, atol=1e-6)
    print("numeric Hessian of x^T M x:\n", np.round(H, 6) + 0.0)
    print("M + M^T:\n", M + M.T)
    # --8<-- [end:quadratic]

    # --8<-- [start:stationary]
    for point in [np.array([1.0, 1.0]), np.array([-1.0, -1.0])]:
        assert np.allclose(grad_f(point), 0)  # it is a stationary point
        H = hess_f(point)
        assert np.allclose(numeric_hessian(f, point), H, atol=1e-6)
        print(f"at {point}: H = {H.tolist()}, eigenvalues {np.linalg.eigvalsh(H)}"
              f" -> {classify(H)}")
    # --8<-- [end:stationary]

    # --8<-- [start:lse]
    # log-sum-exp: gradient softmax(z), Hessian diag(p) - p p^T (the softmax Jacobian)
    z = np.array([2.0, 1.0, 0.1, -1.0])
    p = np.exp(z - logsumexp(z))
    H_lse = np.diag(p) - np.outer(p, p)
    assert np.allclose(numeric_hessian(logsumexp, z), H_lse, atol=1e-6)
    lam = np.linalg.eigvalsh(H_lse)
    print("log-sum-exp Hessian eigenvalues:", np.round(lam, 12) + 0.0)
    print(f"curvature along (1,1,1,1): {abs(np.ones(4) @ H_lse @ np.ones(4)):.4f}")
    assert lam.min() > -1e-12  # positive semidefinite: log-sum-exp is convex
    # --8<-- [end:lse]


if __name__ == "__main__":
    main()
