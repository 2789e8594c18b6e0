"""Jacobians of the three layers of a network: y = Wx, an elementwise activation, softmax."""
import numpy as np


# --8<-- [start:numeric]
def numeric_jacobian(f, x, h=1e-6):
    """Central differences: column j is (f(x + h e_j) - f(x - h e_j)) / 2h."""
    m = f(x).size
    J = np.zeros((m, x.size))  # shape (outputs, inputs)
    for j in range(x.size):
        e = np.zeros_like(x)
        e[j] = h
        J[:, j] = (f(x + e) - f(x - e)) / (2 * h)
    return J
# --8<-- [end:numeric]


# --8<-- [start:softmax]
def softmax(z):
    e = np.exp(z - z.max())  # subtracting the max changes nothing but avoids overflow
    return e / e.sum()


def softmax_jacobian(z):
    """J[i, j] = d p_i / d z_j = p_i ([i == j] - p_j), i.e. diag(p) - p p^T."""
    p = softmax(z)
    return np.diag(p) - np.outer(p, p)
# --8<-- [end:softmax]


def main():
    np.set_printoptions(precision=4, suppress=True)
    rng = np.random.default_rng(0)

    # --8<-- [start:check]
    # 1. a linear layer y = W x maps R^3 -> R^2: the Jacobian is W itself, shape (2, 3)
    W = rng.normal(size=(2, 3))
    x = rng.normal(size=3)
    J_lin = numeric_jacobian(lambda v: W @ v, x)
    print("linear layer: Jacobian shape", J_lin.shape, "equals W:", np.allclose(J_lin, W))
    assert J_lin.shape == (2, 3) and np.allclose(J_lin, W, atol=1e-8)

    # 2. an elementwise activation: the Jacobian is diagonal, diag(tanh'(x))
    J_act = numeric_jacobian(np.tanh, x)
    print("tanh Jacobian:\n", J_act)
    assert np.allclose(J_act, np.diag(1 - np.tanh(x) ** 2), atol=1e-8)

    # 3. softmax: analytic diag(p) - p p^T against finite differences
    z = np.array([2.0, 1.0, 0.1, -1.0])
    J = softmax_jacobian(z)
    J_fd = numeric_jacobian(softmax, z)
    print("p =", softmax(z))
    print("softmax Jacobian diag(p) - p p^T:\n", J)
    gap = np.abs(J - J_fd).max()
    print("agrees with finite differences to 1e-9:", gap < 1e-9)
    assert gap < 1e-9
    print("symmetric:", np.allclose(J, J.T), "| row sums:", np.round(J.sum(axis=1), 12) + 0.0)
    assert np.allclose(J, J.T) and np.allclose(J.sum(axis=1), 0)
    print("eigenvalues:", np.round(np.linalg.eigvalsh(J), 12) + 0.0)  # one zero (direction 1), the rest > 0
    # --8<-- [end:check]


if __name__ == "__main__":
    main()
