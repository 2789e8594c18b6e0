"""Gradient descent on a quadratic: convergence below 2/L, divergence above it."""
import numpy as np


# --8<-- [start:setup]
def make_quadratic():
    """f(theta) = 1/2 theta^T A theta - b^T theta with eigenvalues 1 and 10 of A."""
    angle = np.pi / 6
    Q = np.array([[np.cos(angle), -np.sin(angle)],
                  [np.sin(angle), np.cos(angle)]])  # a rotation
    A = Q @ np.diag([1.0, 10.0]) @ Q.T  # symmetric positive definite
    b = A @ np.array([1.0, -2.0])  # chosen so the minimiser is easy to recognise
    return A, b


def loss(theta, A, b):
    return 0.5 * theta @ A @ theta - b @ theta


def grad(theta, A, b):
    return A @ theta - b
# --8<-- [end:setup]


# --8<-- [start:gd]
def gradient_descent(theta0, A, b, lr, steps):
    theta = theta0.copy()
    for _ in range(steps):
        theta = theta - lr * grad(theta, A, b)
    return theta
# --8<-- [end:gd]


def finite_difference_grad(f, theta, h=1e-6):
    g = np.zeros_like(theta)
    for i in range(theta.size):
        e = np.zeros_like(theta)
        e[i] = h
        g[i] = (f(theta + e) - f(theta - e)) / (2 * h)
    return g


def main():
    np.set_printoptions(precision=4, suppress=True)
    A, b = make_quadratic()
    theta0 = np.array([-3.0, 3.0])

    # the analytic gradient agrees with central differences
    fd = finite_difference_grad(lambda t: loss(t, A, b), theta0)
    assert np.allclose(fd, grad(theta0, A, b), atol=1e-6)

    # --8<-- [start:run]
    theta_star = np.linalg.solve(A, b)  # closed form: A theta = b
    lam = np.linalg.eigvalsh(A)  # eigenvalues, ascending
    mu, L = lam[0], lam[-1]
    print(f"eigenvalues mu={mu:.1f}, L={L:.1f}, condition number={L / mu:.1f}")
    print(f"stability bound 2/L = {2 / L:.3f}, best step 2/(L+mu) = {2 / (L + mu):.4f}")
    print("theta* =", theta_star)

    steps = 100
    err0 = np.linalg.norm(theta0 - theta_star)
    print(f"{'lr':>7} {'rate rho':>9} {'error after 100':>16} {'rho^100*err0':>13}")
    for lr in [0.02, 0.10, 2 / (L + mu), 0.19, 0.21]:
        theta = gradient_descent(theta0, A, b, lr, steps)
        rho = np.max(np.abs(1 - lr * lam))  # worst contraction factor
        err = np.linalg.norm(theta - theta_star)
        print(f"{lr:7.4f} {rho:9.4f} {err:16.3e} {rho**steps * err0:13.3e}")
        assert err <= rho**steps * err0 * (1 + 1e-9)  # the bound holds
        if lr < 2 / L:
            assert err < err0  # converging
        else:
            assert err > 100 * err0  # blowing up
    # --8<-- [end:run]

    theta = gradient_descent(theta0, A, b, 0.10, 300)
    assert np.allclose(theta, theta_star, atol=1e-10)
    print("lr=0.10 after 300 steps:", theta, "matches np.linalg.solve")


if __name__ == "__main__":
    main()
