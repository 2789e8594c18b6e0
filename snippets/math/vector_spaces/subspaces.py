"""Which subsets of R^3 are subspaces? Test the three conditions, and find counter-examples."""
import numpy as np


# --8<-- [start:test]
def subspace_counterexample(contains, samples, rng, trials=500):
    """Search for a violation of: contains 0, closed under +, closed under scaling.
    `contains(x)` says whether x is in the set; `samples(rng)` draws a member of the set."""
    if not contains(np.zeros(3)):
        return "does not contain the zero vector"
    for _ in range(trials):
        x, y = samples(rng), samples(rng)
        c = rng.normal() * 3
        if not contains(x + y):
            return f"x + y leaves the set (x={np.round(x, 2)}, y={np.round(y, 2)})"
        if not contains(c * x):
            return f"c * x leaves the set (c={c:.2f}, x={np.round(x, 2)})"
    return None


def plane_samples(rng):  # points with x1 + x2 + x3 = 0
    a, b = rng.normal(size=2)
    return np.array([a, b, -a - b])


def null_samples(rng):  # solutions of x1 + 2 x2 + 3 x3 = 0
    a, b = rng.normal(size=2)
    return np.array([a, b, -(a + 2 * b) / 3])


SETS = {
    "plane x1 + x2 + x3 = 0": (lambda v: np.isclose(v.sum(), 0.0), plane_samples),
    "plane x1 + x2 + x3 = 1": (lambda v: np.isclose(v.sum(), 1.0),
                               lambda rng: plane_samples(rng) + np.array([1.0, 0.0, 0.0])),
    "non-negative octant": (lambda v: bool(np.all(v >= 0)), lambda rng: np.abs(rng.normal(size=3))),
    "union of two axes": (lambda v: bool(np.isclose(v[1], 0) and np.isclose(v[2], 0)
                                         or np.isclose(v[0], 0) and np.isclose(v[2], 0)),
                          lambda rng: rng.normal() * np.eye(3)[rng.integers(0, 2)] + 0.0),
    "null space of [1, 2, 3]": (lambda v: np.isclose(np.array([1.0, 2.0, 3.0]) @ v, 0.0),
                                null_samples),
}


def check_sets():
    rng = np.random.default_rng(0)
    verdicts = {}
    for name, (contains, samples) in SETS.items():
        problem = subspace_counterexample(contains, samples, rng)
        verdicts[name] = problem is None
        verdict = f"NOT a subspace: {problem}" if problem else "subspace (no violation found)"
        print(f"{name:24s}: {verdict}")
    return verdicts
# --8<-- [end:test]


def main():
    np.set_printoptions(precision=2, suppress=True)
    verdicts = check_sets()
    assert verdicts == {"plane x1 + x2 + x3 = 0": True, "plane x1 + x2 + x3 = 1": False,
                        "non-negative octant": False, "union of two axes": False,
                        "null space of [1, 2, 3]": True}


if __name__ == "__main__":
    main()
