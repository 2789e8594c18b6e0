"""Broadcasting: the shape rule written out, checked against NumPy and against explicit loops."""
import itertools

import numpy as np


# --8<-- [start:rule]
def broadcast_shape(shape_a, shape_b):
    """The broadcasting rule: pad the shorter shape with 1s on the left, then compare
    sizes axis by axis; each pair must be equal or contain a 1, and the result takes the larger."""
    n = max(len(shape_a), len(shape_b))
    a = (1,) * (n - len(shape_a)) + tuple(shape_a)
    b = (1,) * (n - len(shape_b)) + tuple(shape_b)
    result = []
    for da, db in zip(a, b):
        if da != db and da != 1 and db != 1:
            raise ValueError(f"shapes {shape_a} and {shape_b} do not broadcast")
        result.append(max(da, db))
    return tuple(result)


def check_rule_against_numpy():
    print("-- the rule, checked against np.broadcast_shapes --")
    examples = [((2, 1, 3), (4, 1)), ((5, 3), (3,)), ((5, 3), (5,)),
                ((4, 1), (1, 6)), ((3,), (4, 1))]
    for a, b in examples:
        try:
            ours = broadcast_shape(a, b)
        except ValueError:
            ours = "error"
        try:
            ref = np.broadcast_shapes(a, b)
        except ValueError:
            ref = "error"
        assert ours == ref
        print(f"{str(a):10s} with {str(b):7s} -> {ours}")
    # Exhaustive check on every pair of shapes with up to 3 axes of sizes 1, 2, 3.
    shapes = [s for k in range(4) for s in itertools.product((1, 2, 3), repeat=k)]
    for a, b in itertools.product(shapes, repeat=2):
        try:
            ref = np.broadcast_shapes(a, b)
        except ValueError:
            ref = None
        try:
            assert broadcast_shape(a, b) == ref
        except ValueError:
            assert ref is None
    print(f"rule agrees with NumPy on all {len(shapes) ** 2} pairs of small shapes")
# --8<-- [end:rule]


# --8<-- [start:loops]
def check_against_loops():
    print("-- broadcasting equals an explicit loop --")
    rng = np.random.default_rng(0)
    # Worked example from the page: (2, 1, 3) + (4, 1) -> (2, 4, 3).
    A = rng.integers(0, 10, size=(2, 1, 3))
    B = rng.integers(0, 10, size=(4, 1))
    C = A + B
    expected = np.empty((2, 4, 3), dtype=A.dtype)
    for i in range(2):
        for j in range(4):
            for k in range(3):
                expected[i, j, k] = A[i, 0, k] + B[j, 0]  # size-1 axes always use index 0
    assert np.array_equal(C, expected)
    print("A + B shape:", C.shape, " equals the triple loop:", np.array_equal(C, expected))
    # Centring the columns of a data matrix: (5, 3) - (3,) subtracts the mean of each column.
    X = rng.normal(size=(5, 3))
    centred = X - X.mean(axis=0)
    loop = np.array([[X[i, j] - np.mean(X[:, j]) for j in range(3)] for i in range(5)])
    assert np.allclose(centred, loop)
    print("centred (5, 3) matrix equals the loop; every column mean is now 0:",
          bool(np.all(np.abs(centred.mean(axis=0)) < 1e-12)))
# --8<-- [end:loops]


# --8<-- [start:pitfall]
def silent_shape_bug():
    print("-- the (n,) versus (n, 1) trap --")
    y = np.array([1.0, 2.0, 3.0])  # targets, shape (3,)
    y_pred = np.array([[1.5], [1.5], [3.5]])  # a model's output, shape (3, 1)
    wrong = y_pred - y  # broadcasts to (3, 3): every prediction minus every target
    right = y_pred[:, 0] - y  # or y_pred.ravel() - y: shape (3,)
    print("wrong residual shape:", wrong.shape, " MSE:", round(float(np.mean(wrong**2)), 4))
    print("right residual shape:", right.shape, " MSE:", round(float(np.mean(right**2)), 4))
    by_hand = np.mean([(p - t) ** 2 for p, t in zip([1.5, 1.5, 3.5], y)])
    assert np.isclose(np.mean(right**2), by_hand)
# --8<-- [end:pitfall]


def main():
    np.set_printoptions(precision=4, suppress=True)
    check_rule_against_numpy()
    check_against_loops()
    silent_shape_bug()


if __name__ == "__main__":
    main()
