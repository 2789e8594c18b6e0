"""Vector addition, scaling, the dot product three ways, and the angle between two vectors."""
import math

import numpy as np


# --8<-- [start:basics]
def basics():
    print("-- addition and scaling --")
    a = np.array([3.0, 1.0])
    b = np.array([1.0, 2.0])
    print("a + b      =", a + b)  # component by component
    print("a - b      =", a - b)
    print("2.5 * a    =", 2.5 * a)  # every component times the scalar
    print("-1 * b     =", -1 * b)  # same length, opposite direction
    print("a + b == b + a:", np.array_equal(a + b, b + a))
    return a, b
# --8<-- [end:basics]


# --8<-- [start:dot]
def dot_loop(x, y):
    """The definition, one term at a time: x_1*y_1 + x_2*y_2 + ... + x_n*y_n."""
    assert len(x) == len(y), "the dot product needs vectors of the same length"
    total = 0.0
    for xi, yi in zip(x, y):
        total += xi * yi
    return total


def dot_formula(x, y):
    """Multiply element-wise, then add up: the sum in the formula, vectorised."""
    return float(np.sum(x * y))


def dot_numpy(x, y):
    """NumPy's own dot product (x @ y means the same thing for 1-D arrays)."""
    return float(np.dot(x, y))


def compare_dots(a, b):
    print("-- the dot product three ways --")
    rng = np.random.default_rng(0)
    u = rng.standard_normal(768)  # the width of a small language model's embeddings
    v = rng.standard_normal(768)
    for name, (x, y) in {"a, b": (a, b), "u, v (768-d)": (u, v)}.items():
        results = [dot_loop(x, y), dot_formula(x, y), dot_numpy(x, y)]
        assert all(math.isclose(r, results[0], rel_tol=1e-9, abs_tol=1e-12) for r in results)
        print(f"{name:13s} loop={results[0]:9.4f}  sum(x*y)={results[1]:9.4f}"
              f"  np.dot={results[2]:9.4f}")
    assert dot_numpy(a, b) == dot_numpy(b, a)  # symmetric
# --8<-- [end:dot]


# --8<-- [start:angle]
def angle_law_of_cosines(x, y):
    """Angle from the three side lengths of the triangle (x, y, x - y) alone."""
    p, q, r = np.linalg.norm(x), np.linalg.norm(y), np.linalg.norm(x - y)
    return math.acos((p**2 + q**2 - r**2) / (2 * p * q))


def angle_from_dot(x, y):
    """Angle from the geometric form of the dot product: cos(theta) = x.y / (|x| |y|)."""
    cos_theta = np.dot(x, y) / (np.linalg.norm(x) * np.linalg.norm(y))
    return float(np.arccos(np.clip(cos_theta, -1.0, 1.0)))  # clip guards rounding


def compare_angles(a, b):
    print("-- the angle two ways --")
    t1, t2 = angle_law_of_cosines(a, b), angle_from_dot(a, b)
    assert math.isclose(t1, t2, rel_tol=1e-12)
    assert math.isclose(t1, math.pi / 4, rel_tol=1e-12)  # a and b were chosen 45 degrees apart
    print(f"law of cosines: {math.degrees(t1):.4f} deg   arccos of dot: {math.degrees(t2):.4f} deg")
    for y in (np.array([-1.0, 3.0]), np.array([-3.0, -1.0])):
        angle = math.degrees(angle_from_dot(a, y))
        print(f"a . {y} = {np.dot(a, y):5.1f}   angle = {angle:6.2f} deg")
# --8<-- [end:angle]


def main():
    np.set_printoptions(precision=4, suppress=True)
    a, b = basics()
    compare_dots(a, b)
    compare_angles(a, b)


if __name__ == "__main__":
    main()
