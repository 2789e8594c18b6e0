"""Linear independence, span and dimension, tested with the rank of a matrix."""
import numpy as np
from scipy.linalg import null_space  # used only as a reference to check against


# --8<-- [start:rank]
def is_independent(vectors):
    """Vectors are independent exactly when the matrix with them as columns has full column rank."""
    V = np.column_stack(vectors)
    return np.linalg.matrix_rank(V) == V.shape[1]


def in_span(x, vectors):
    """x is in the span when adding it as an extra column does not raise the rank."""
    V = np.column_stack(vectors)
    return np.linalg.matrix_rank(np.column_stack([V, x])) == np.linalg.matrix_rank(V)


def check_sets():
    print("-- independence by rank --")
    sets = {
        "e1, e2, e3": [np.array([1.0, 0, 0]), np.array([0, 1.0, 0]), np.array([0, 0, 1.0])],
        "(1,2,3), (4,5,6), (7,8,9)": [np.array([1.0, 2, 3]), np.array([4.0, 5, 6]),
                                      np.array([7.0, 8, 9])],
        "(1,0,1), (0,1,1)": [np.array([1.0, 0, 1]), np.array([0, 1.0, 1])],
        "four vectors in R^3": [np.array([1.0, 0, 0]), np.array([0, 1.0, 0]),
                                np.array([0, 0, 1.0]), np.array([1.0, 1, 1])],
    }
    for name, vs in sets.items():
        V = np.column_stack(vs)
        rank = np.linalg.matrix_rank(V)
        print(f"{name:27s} rank {rank} of {V.shape[1]} -> independent: {is_independent(vs)},"
              f" span has dimension {rank}")
    # For a square matrix, full rank and a non-zero determinant say the same thing.
    for vs in (sets["e1, e2, e3"], sets["(1,2,3), (4,5,6), (7,8,9)"]):
        V = np.column_stack(vs)
        assert is_independent(vs) == (not np.isclose(np.linalg.det(V), 0.0))
    return sets
# --8<-- [end:rank]


# --8<-- [start:dependency]
def check_dependency(sets):
    print("-- finding the dependency --")
    V = np.column_stack(sets["(1,2,3), (4,5,6), (7,8,9)"])
    c = np.array([1.0, -2.0, 1.0])  # found by hand on the page: v1 - 2 v2 + v3 = 0
    print("V @ (1, -2, 1) =", V @ c)
    assert np.allclose(V @ c, 0)
    N = null_space(V)  # SciPy: an orthonormal basis of {c : V c = 0}
    assert N.shape[1] == 1 and np.allclose(np.cross(N[:, 0], c), 0)  # same direction as ours
    print("SciPy's null space is 1-dimensional and parallel to (1, -2, 1)")
    print("-- membership of the span of (1,0,1), (0,1,1) --")
    plane = sets["(1,0,1), (0,1,1)"]
    for x in (np.array([1.0, 2.0, 3.0]), np.array([1.0, 1.0, 1.0])):
        print(f"{x} in span: {in_span(x, plane)}")
    assert in_span(np.array([1.0, 2.0, 3.0]), plane)
    assert not in_span(np.array([1.0, 1.0, 1.0]), plane)
# --8<-- [end:dependency]


def main():
    np.set_printoptions(precision=4, suppress=True)
    sets = check_sets()
    check_dependency(sets)


if __name__ == "__main__":
    main()
