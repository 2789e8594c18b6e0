"""Newton's method: one step solves a quadratic; quadratic convergence; attraction to saddles."""
import numpy as np


# --8<-- [start:step]
def newton_step(x, g, H):
    """Minimise the quadratic model f(x) + g^T s + 1/2 s^T H s: solve H s = -g."""
    return x - np.linalg.solve(H, g)


def gd_step(x, g, lr):
    return x - lr * g
# --8<-- [end:step]


def main():
    np.set_printoptions(precision=4, suppress=True)

    # --8<-- [start:quadratic]
    angle = np.pi / 6
    Q = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    A = Q @ np.diag([1.0, 10.0]) @ Q.T  # Hessian with eigenvalues 1 and 10
    b = np.array([1.0, 2.0])
    grad = lambda v: A @ v - b  # noqa: E731  gradient of 1/2 v^T A v - b^T v
    x_star = np.linalg.solve(A, b)
    x0 = np.array([-3.0, 3.0])

    x_newton = newton_step(x0, grad(x0), A)
    x_gd = gd_step(x0, grad(x0), lr=1 / 10)  # the classic safe step 1/L
    print("minimiser       ", x_star)
    print("one Newton step ", x_newton, "error < 1e-12:", np.linalg.norm(x_newton - x_star) < 1e-12)
    print("one GD step     ", x_gd, f"error {np.linalg.norm(x_gd - x_star):.3f}")
    assert np.allclose(x_newton, x_star, atol=1e-12)

    x, steps = x0.copy(), 0
    while np.linalg.norm(x - x_star) > 1e-8:
        x, steps = gd_step(x, grad(x), 1 / 10), steps + 1
    print(f"GD with lr = 1/L needs {steps} steps to get within 1e-8")
    # --8<-- [end:quadratic]

    # --8<-- [start:nonquadratic]
    # f(x) = e^x - 2x, minimum at ln 2: f' = e^x - 2, f'' = e^x
    x = 2.0
    errors = []
    for _ in range(5):
        x = x - (np.exp(x) - 2) / np.exp(x)
        errors.append(abs(x - np.log(2)))
    print("Newton errors on e^x - 2x:", " ".join(f"{e:.1e}" for e in errors))
    assert errors[4] < 1e-8
    assert all(e1 < e0**2 for e0, e1 in zip(errors[1:], errors[2:]))  # digits double
    # --8<-- [end:nonquadratic]

    # --8<-- [start:saddle]
    # f(x, y) = x^3 - 3x + (y - x)^2 has a saddle at (-1, -1); start near it
    g = lambda v: np.array([3 * v[0] ** 2 - 3 - 2 * (v[1] - v[0]), 2 * (v[1] - v[0])])  # noqa: E731
    H = lambda v: np.array([[6 * v[0] + 2, -2.0], [-2.0, 2.0]])  # noqa: E731
    xn = xg = np.array([-0.8, -1.2])
    for _ in range(8):
        xn = newton_step(xn, g(xn), H(xn))
        xg = gd_step(xg, g(xg), lr=0.1)
    print("from (-0.8, -1.2), Newton ends at", xn, "| gradient descent at", xg)
    assert np.allclose(xn, [-1.0, -1.0])  # pulled into the saddle
    assert np.linalg.norm(xg - np.array([-1.0, -1.0])) > 0.5  # escaping it
    # --8<-- [end:saddle]


if __name__ == "__main__":
    main()
