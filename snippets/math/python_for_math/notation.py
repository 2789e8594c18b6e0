"""Reading ML notation: sums, products, argmax, indicators and sets, each as a loop and as NumPy."""
import math

import numpy as np


# --8<-- [start:sums]
def notation_to_code():
    print("-- sums and products --")
    rng = np.random.default_rng(0)
    w = rng.normal(size=4)
    x = rng.normal(size=4)
    b = 0.5
    # z = sum_{i=1}^{n} w_i x_i + b   (maths counts from 1, Python from 0)
    z_loop = sum(w[i] * x[i] for i in range(len(x))) + b
    z_numpy = w @ x + b
    assert math.isclose(z_loop, z_numpy)
    print(f"sum_i w_i x_i + b: loop={z_loop:.4f}  numpy={z_numpy:.4f}")
    # prod_{i=1}^{n} p_i, and why we add logs instead
    p = np.array([0.9, 0.8, 0.5, 0.7])
    assert math.isclose(math.prod(p), np.prod(p))
    assert math.isclose(np.log(np.prod(p)), np.sum(np.log(p)))
    print(f"prod_i p_i = {np.prod(p):.4f};  log of it = sum_i log p_i = {np.sum(np.log(p)):.4f}")
    # A double sum sum_i sum_j A_ij runs over every entry of a matrix.
    A = np.arange(6).reshape(2, 3)
    assert sum(A[i, j] for i in range(2) for j in range(3)) == A.sum() == 15
    print("sum_i sum_j A_ij =", A.sum())
# --8<-- [end:sums]


# --8<-- [start:argmax]
def argmax_and_sets():
    print("-- argmax, indicators and sets --")
    vocab = ["the", "cat", "sat", "mat"]
    probs = np.array([0.1, 0.6, 0.2, 0.1])
    # y_hat = argmax_{v in V} p(v): the element that wins, not the winning value
    best = max(range(len(vocab)), key=lambda i: probs[i])
    assert best == int(np.argmax(probs))
    print(f"max_v p(v) = {probs.max()}   argmax_v p(v) = {vocab[int(np.argmax(probs))]!r}")
    # accuracy = (1/N) sum_n 1[y_hat_n = y_n]: the mean of an indicator
    y_true = np.array([1, 0, 2, 2, 1])
    y_hat = np.array([1, 0, 1, 2, 0])
    acc_loop = sum(1 for t, h in zip(y_true, y_hat) if t == h) / len(y_true)
    assert math.isclose(acc_loop, np.mean(y_hat == y_true))
    print("accuracy = mean of 1[y_hat = y] =", np.mean(y_hat == y_true))
    # {x in S : x > 0} is a filter; |S| is the number of elements
    S = np.array([-2.0, 3.0, 0.0, 1.5, -0.5])
    positive = S[S > 0]
    assert positive.tolist() == [s for s in S.tolist() if s > 0]
    print("{x in S : x > 0} =", positive, "  |S| =", S.size)
# --8<-- [end:argmax]


def main():
    np.set_printoptions(precision=4, suppress=True)
    notation_to_code()
    argmax_and_sets()


if __name__ == "__main__":
    main()
