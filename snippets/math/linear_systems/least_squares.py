"""Over- and under-determined systems: least squares and the minimum-norm solution via the pseudo-inverse."""
import numpy as np


def main():
    np.set_printoptions(precision=4, suppress=True)
    rng = np.random.default_rng(0)

    # --8<-- [start:overdetermined]
    # 6 noisy points near the line y = 1 + 2 t: 6 equations, 2 unknowns (c0, c1)
    t = np.linspace(0.0, 1.0, 6)
    y = 1.0 + 2.0 * t + 0.1 * rng.normal(size=6)
    A = np.column_stack([np.ones_like(t), t])        # each row is [1, t_i]

    c_lstsq, *_ = np.linalg.lstsq(A, y, rcond=None)
    c_pinv = np.linalg.pinv(A) @ y
    c_normal = np.linalg.solve(A.T @ A, A.T @ y)     # normal equations A^T A c = A^T y
    print("least-squares fit [c0, c1]:", c_lstsq)
    assert np.allclose(c_lstsq, c_pinv) and np.allclose(c_lstsq, c_normal)

    r = y - A @ c_lstsq
    print("residual norm:", round(float(np.linalg.norm(r)), 4))
    assert np.allclose(A.T @ r, 0.0)                 # residual is orthogonal to A's columns
    # --8<-- [end:overdetermined]

    # --8<-- [start:underdetermined]
    # 1 equation, 3 unknowns: x1 + 2 x2 + 2 x3 = 9 has a whole plane of solutions
    A = np.array([[1.0, 2.0, 2.0]])
    b = np.array([9.0])
    x_min = np.linalg.pinv(A) @ b                    # = A^T (A A^T)^-1 b
    x_other = np.array([9.0, 0.0, 0.0])              # another solution
    print("\nminimum-norm solution:", x_min, " norm", round(float(np.linalg.norm(x_min)), 4))
    print("another solution     :", x_other, " norm", round(float(np.linalg.norm(x_other)), 4))
    assert np.allclose(A @ x_min, b) and np.allclose(A @ x_other, b)
    assert np.allclose(x_min, A.T @ np.linalg.solve(A @ A.T, b))
    assert np.allclose(x_min, [1.0, 2.0, 2.0])       # 9 / (1 + 4 + 4) times the row
    assert np.linalg.norm(x_min) < np.linalg.norm(x_other)
    # --8<-- [end:underdetermined]


if __name__ == "__main__":
    main()
