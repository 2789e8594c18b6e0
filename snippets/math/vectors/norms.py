"""Norms (L1, L2, L-infinity), unit vectors, normalisation and distances."""
import math

import numpy as np
from scipy.spatial import distance  # used only as a reference to check against


# --8<-- [start:norms]
def l1_norm(x):
    return float(np.sum(np.abs(x)))  # sum of absolute values


def l2_norm(x):
    return math.sqrt(float(np.sum(x**2)))  # Pythagoras in n dimensions


def linf_norm(x):
    return float(np.max(np.abs(x)))  # largest absolute value


def show_norms():
    print("-- three norms of x = (3, -4) --")
    x = np.array([3.0, -4.0])
    ours = {1: l1_norm(x), 2: l2_norm(x), np.inf: linf_norm(x)}
    for p, value in ours.items():
        assert math.isclose(value, np.linalg.norm(x, ord=p))  # NumPy agrees
        print(f"L{p} norm: {value:.4f}")
    assert math.isclose(l2_norm(x) ** 2, float(np.dot(x, x)))  # |x|^2 = x . x
    # For every vector, L1 >= L2 >= L-infinity.
    rng = np.random.default_rng(0)
    for _ in range(1000):
        v = rng.standard_normal(5)
        assert l1_norm(v) >= l2_norm(v) >= linf_norm(v)
    print("L1 >= L2 >= Linf held for 1000 random vectors")
# --8<-- [end:norms]


# --8<-- [start:normalise]
def normalise(x, eps=1e-12):
    """Return x / |x|_2, the unit vector pointing the same way as x."""
    n = l2_norm(x)
    if n < eps:
        raise ValueError("the zero vector has no direction and cannot be normalised")
    return x / n


def show_normalise():
    print("-- normalisation --")
    x = np.array([3.0, -4.0])
    u = normalise(x)
    print("x / |x| =", u, " length:", round(l2_norm(u), 4))
    assert math.isclose(l2_norm(u), 1.0)
    assert math.isclose(float(np.dot(u, x)), l2_norm(x))  # u points exactly along x
    try:
        normalise(np.zeros(3))
    except ValueError as err:
        print("normalise(0):", err)
# --8<-- [end:normalise]


# --8<-- [start:distance]
def show_distances():
    print("-- distances between p = (1, 2) and q = (4, 6) --")
    p = np.array([1.0, 2.0])
    q = np.array([4.0, 6.0])
    d2 = l2_norm(p - q)  # straight line
    d1 = l1_norm(p - q)  # walking along a grid of streets
    assert math.isclose(d2, distance.euclidean(p, q))
    assert math.isclose(d1, distance.cityblock(p, q))
    print(f"Euclidean (L2): {d2:.4f}   Manhattan (L1): {d1:.4f}")
    # The triangle inequality |x + y| <= |x| + |y| makes every norm distance a metric.
    rng = np.random.default_rng(1)
    for _ in range(1000):
        x, y, z = rng.standard_normal((3, 4))
        for norm in (l1_norm, l2_norm, linf_norm):
            assert norm(x - z) <= norm(x - y) + norm(y - z) + 1e-12
    print("triangle inequality held for 1000 random triples, all three norms")
# --8<-- [end:distance]


def main():
    np.set_printoptions(precision=4, suppress=True)
    show_norms()
    show_normalise()
    show_distances()


if __name__ == "__main__":
    main()
