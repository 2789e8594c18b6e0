"""Axis arguments: which axis a reduction removes, keepdims, and a row-wise softmax."""
import math

import numpy as np


# --8<-- [start:axis]
def reductions():
    print("-- reductions along an axis --")
    X = np.array([[1.0, 2.0, 3.0],
                  [4.0, 5.0, 6.0]])  # shape (2, 3): 2 rows (examples), 3 columns (features)
    print("X.sum()            =", X.sum())  # every entry
    print("X.sum(axis=0)      =", X.sum(axis=0), " shape", X.sum(axis=0).shape)  # down the rows
    print("X.sum(axis=1)      =", X.sum(axis=1), " shape", X.sum(axis=1).shape)  # across columns
    kept = X.sum(axis=1, keepdims=True)
    print("keepdims=True shape:", kept.shape)
    print("each row / its sum =\n", X / kept)  # (2, 3) / (2, 1) broadcasts row by row
    assert np.array_equal(X.sum(axis=0), [X[0, j] + X[1, j] for j in range(3)])
    assert np.array_equal(X.sum(axis=1), [sum(row) for row in X.tolist()])
    print("argmax per row:", X.argmax(axis=1), " max per column:", X.max(axis=0))
# --8<-- [end:axis]


# --8<-- [start:softmax]
def softmax(z, axis=-1):
    """exp(z_i) / sum_j exp(z_j) along `axis`; subtracting the max first avoids overflow."""
    z = z - z.max(axis=axis, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=axis, keepdims=True)


def softmax_rows_loop(Z):
    out = []
    for row in Z.tolist():
        exps = [math.exp(v) for v in row]
        total = sum(exps)
        out.append([v / total for v in exps])
    return np.array(out)


def check_softmax():
    print("-- a softmax over the last axis --")
    rng = np.random.default_rng(0)
    logits = rng.normal(size=(4, 5))  # 4 positions, 5 vocabulary entries
    P = softmax(logits, axis=-1)
    assert np.allclose(P, softmax_rows_loop(logits))  # same as the formula, row by row
    assert np.allclose(P.sum(axis=-1), 1.0)  # each row is a probability distribution
    assert np.array_equal(P.argmax(axis=-1), logits.argmax(axis=-1))  # softmax keeps the order
    print("P[0] =", P[0])
    print("row sums:", P.sum(axis=-1))
    print("most likely entry per row:", P.argmax(axis=-1))
    big = np.array([[1000.0, 1001.0, 1002.0]])
    print("softmax of huge logits (stable):", softmax(big)[0])
# --8<-- [end:softmax]


def main():
    np.set_printoptions(precision=4, suppress=True)
    reductions()
    check_softmax()


if __name__ == "__main__":
    main()
