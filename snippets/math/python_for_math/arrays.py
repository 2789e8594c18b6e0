"""NumPy arrays: lists versus arrays, shapes and dtypes, and vectorised code versus loops."""
import math

import numpy as np


# --8<-- [start:lists]
def lists_versus_arrays():
    print("-- lists versus arrays --")
    xs, ys = [1, 2, 3], [10, 20, 30]
    print("list + list  :", xs + ys)  # concatenation, not addition
    print("list * 2     :", xs * 2)  # repetition, not scaling
    x, y = np.array(xs), np.array(ys)
    print("array + array:", x + y)  # element-wise addition
    print("array * 2    :", x * 2)  # element-wise scaling
    assert (x + y).tolist() == [a + b for a, b in zip(xs, ys)]
# --8<-- [end:lists]


# --8<-- [start:dtypes]
def shapes_and_dtypes():
    print("-- shapes and dtypes --")
    v = np.array([1.0, 2.0, 3.0])
    M = np.arange(6).reshape(2, 3)
    print(f"v: shape={v.shape} ndim={v.ndim} dtype={v.dtype}")
    print(f"M: shape={M.shape} ndim={M.ndim} dtype={M.dtype}")
    print("M / 2  =", (M / 2).tolist(), " (true division gives floats)")
    print("M // 2 =", (M // 2).tolist(), " (floor division keeps ints)")
    # Integers wrap around silently when they overflow their dtype.
    small = np.array([127], dtype=np.int8)
    print("int8 127 + 1 =", (small + np.int8(1))[0])
    # Writing a float into an int array truncates it silently.
    a = np.array([1, 2, 3])
    a[0] = 2.7
    print("int array after a[0] = 2.7:", a)
    # Floats are rounded binary fractions: compare them with a tolerance.
    print("0.1 + 0.2 == 0.3:", 0.1 + 0.2 == 0.3, "  np.isclose:", np.isclose(0.1 + 0.2, 0.3))
    for dt in (np.float16, np.float32, np.float64):
        print(f"{np.dtype(dt).name:8s} machine epsilon = {np.finfo(dt).eps:.3e}")
    assert np.finfo(np.float64).eps == 2.0**-52 and np.finfo(np.float32).eps == 2.0**-23
# --8<-- [end:dtypes]


# --8<-- [start:views]
def views_and_copies():
    print("-- slices are views --")
    x = np.arange(5)
    head = x[:3]  # a view: no data is copied
    head[0] = 100
    print("x after changing the slice:", x)
    safe = x[:3].copy()
    safe[1] = -1
    print("x after changing a copy   :", x)
    assert x[0] == 100 and x[1] == 1
# --8<-- [end:views]


# --8<-- [start:vectorise]
def sum_of_squares_loop(x):
    total = 0.0
    for value in x:
        total += value * value
    return total


def sigmoid_loop(x):
    return np.array([1.0 / (1.0 + math.exp(-value)) for value in x])


def sigmoid_vectorised(x):
    return 1.0 / (1.0 + np.exp(-x))  # one expression for the whole array


def loops_versus_vectorised():
    print("-- loop versus vectorised --")
    rng = np.random.default_rng(0)
    x = rng.standard_normal(100_000)
    loop, vec = sum_of_squares_loop(x), float(np.sum(x**2))
    print(f"sum of squares: loop={loop:.4f} vectorised={vec:.4f}")
    assert math.isclose(loop, vec, rel_tol=1e-9)
    s_loop, s_vec = sigmoid_loop(x[:1000]), sigmoid_vectorised(x[:1000])
    assert np.allclose(s_loop, s_vec, rtol=1e-12, atol=0.0)
    print("sigmoid of the first 3:", s_vec[:3], " loop and vectorised agree on all 1000")
# --8<-- [end:vectorise]


def main():
    np.set_printoptions(precision=4, suppress=True)
    lists_versus_arrays()
    shapes_and_dtypes()
    views_and_copies()
    loops_versus_vectorised()


if __name__ == "__main__":
    main()
