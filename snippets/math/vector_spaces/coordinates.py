"""Coordinates in a new basis, reconstruction, orthonormal bases and the change-of-basis matrix."""
import numpy as np


# --8<-- [start:coordinates]
def coordinates(x, basis):
    """Solve B c = x, where the basis vectors are the columns of B; c are the coordinates of x."""
    B = np.column_stack(basis)
    return np.linalg.solve(B, x)


def check_coordinates():
    print("-- coordinates in the basis b1 = (2, 1), b2 = (1, 2) --")
    b1, b2 = np.array([2.0, 1.0]), np.array([1.0, 2.0])
    x = np.array([4.0, 5.0])
    c = coordinates(x, [b1, b2])
    print("coordinates of x = (4, 5):", c)
    rebuilt = c[0] * b1 + c[1] * b2
    print("c1*b1 + c2*b2 =", rebuilt)
    assert np.allclose(rebuilt, x)  # reconstruction
    assert np.allclose(c, [1.0, 2.0])  # the hand computation on the page
    lstsq = np.linalg.lstsq(np.column_stack([b1, b2]), x, rcond=None)[0]
    assert np.allclose(c, lstsq)  # an independent solver agrees
# --8<-- [end:coordinates]


# --8<-- [start:orthonormal]
def check_orthonormal():
    print("-- an orthonormal basis: coordinates are dot products --")
    Q = 0.5 * np.array([[1.0, 1.0, 1.0, 1.0],
                        [1.0, -1.0, 1.0, -1.0],
                        [1.0, 1.0, -1.0, -1.0],
                        [1.0, -1.0, -1.0, 1.0]])  # columns: an orthonormal basis of R^4
    assert np.allclose(Q.T @ Q, np.eye(4))  # unit length, pairwise orthogonal
    x = np.array([1.0, 2.0, 3.0, 4.0])
    c_dots = np.array([Q[:, i] @ x for i in range(4)])  # c_i = q_i . x, no system to solve
    c_solve = np.linalg.solve(Q, x)
    assert np.allclose(c_dots, c_solve) and np.allclose(Q @ c_dots, x)
    print("c from dot products:    ", c_dots)
    print("c from solving Q c = x: ", np.round(c_solve, 12) + 0.0)  # + 0.0 turns -0.0 into 0.0
    print("length is preserved:", np.isclose(np.linalg.norm(c_dots), np.linalg.norm(x)))
# --8<-- [end:orthonormal]


# --8<-- [start:change]
def check_change_of_basis():
    print("-- changing from basis B to basis C --")
    B = np.column_stack([[2.0, 1.0], [1.0, 2.0]])  # old basis, as columns
    C = np.column_stack([[1.0, 1.0], [1.0, -1.0]])  # new basis, as columns
    P = np.linalg.solve(C, B)  # P = C^{-1} B converts B-coordinates into C-coordinates
    c_B = np.array([1.0, 2.0])  # x = 1*b1 + 2*b2 = (4, 5)
    c_C = P @ c_B
    print("P =\n", P)
    print("[x]_B =", c_B, " [x]_C = P [x]_B =", c_C)
    assert np.allclose(B @ c_B, C @ c_C)  # the same vector x, described two ways
    assert np.allclose(c_C, coordinates(B @ c_B, [C[:, 0], C[:, 1]]))
    print("both describe x =", B @ c_B)
# --8<-- [end:change]


def main():
    np.set_printoptions(precision=4, suppress=True)
    check_coordinates()
    check_orthonormal()
    check_change_of_basis()


if __name__ == "__main__":
    main()
