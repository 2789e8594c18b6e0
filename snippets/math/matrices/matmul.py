"""Matrix multiplication four ways (triple loop, rows, columns, outer products), all equal to @."""
import numpy as np


# --8<-- [start:loop]
def matmul_loop(A, B):
    """C[i, j] = sum_k A[i, k] * B[k, j], straight from the definition."""
    m, n = A.shape
    n2, p = B.shape
    assert n == n2, f"inner dimensions differ: {A.shape} @ {B.shape}"
    C = np.zeros((m, p))
    for i in range(m):
        for j in range(p):
            for k in range(n):
                C[i, j] += A[i, k] * B[k, j]
    return C
# --8<-- [end:loop]


# --8<-- [start:views]
def matvec_rows(A, x):
    """Row view: output i is the dot product of row i of A with x."""
    return np.array([A[i] @ x for i in range(A.shape[0])])


def matvec_columns(A, x):
    """Column view: Ax is a linear combination of the columns of A, weighted by x."""
    return sum(x[j] * A[:, j] for j in range(A.shape[1]))


def matmul_columns(A, B):
    """Column j of AB is A times column j of B."""
    return np.column_stack([A @ B[:, j] for j in range(B.shape[1])])


def matmul_outer(A, B):
    """AB is the sum over k of (column k of A) times (row k of B): n rank-1 matrices."""
    return sum(np.outer(A[:, k], B[k, :]) for k in range(A.shape[1]))
# --8<-- [end:views]


# --8<-- [start:demo]
def demo():
    A = np.array([[1.0, 2.0, 0.0],
                  [0.0, 1.0, -1.0]])  # shape (2, 3)
    x = np.array([3.0, 1.0, 2.0])  # shape (3,)
    B = np.array([[1.0, 0.0],
                  [2.0, 1.0],
                  [0.0, 3.0]])  # shape (3, 2)
    print("-- matrix times vector: (2, 3) @ (3,) -> (2,) --")
    print("A @ x       =", A @ x)
    print("row view    =", matvec_rows(A, x))
    print("column view =", matvec_columns(A, x), "= 3*col0 + 1*col1 + 2*col2")
    assert np.allclose(matvec_rows(A, x), A @ x) and np.allclose(matvec_columns(A, x), A @ x)
    print("-- matrix times matrix: (2, 3) @ (3, 2) -> (2, 2) --")
    print("A @ B =\n", A @ B)
    ways = [("triple loop", matmul_loop), ("column view", matmul_columns),
            ("outer products", matmul_outer)]
    for name, f in ways:
        assert np.allclose(f(A, B), A @ B)
        print(f"{name:15s} equals A @ B")
    rng = np.random.default_rng(0)
    P, Q = rng.normal(size=(20, 30)), rng.normal(size=(30, 10))
    for f in (matmul_loop, matmul_columns, matmul_outer):
        assert np.max(np.abs(f(P, Q) - P @ Q)) < 1e-12
    print("random (20, 30) @ (30, 10): all three agree with @ to within 1e-12")
# --8<-- [end:demo]


def main():
    np.set_printoptions(precision=4, suppress=True)
    demo()


if __name__ == "__main__":
    main()
