"""A permutation test for a difference in means: exact enumeration, random permutations, scipy."""
import itertools
import math

import numpy as np
from scipy import stats


# --8<-- [start:exact]
def exact_permutation_p(a, b):
    """Two-sided p-value over every way of splitting the pooled data into groups of len(a), len(b)."""
    pooled = np.concatenate([a, b])
    n, na = len(pooled), len(a)
    observed = a.mean() - b.mean()
    masks = np.zeros((math.comb(n, na), n), dtype=bool)
    for row, idx in enumerate(itertools.combinations(range(n), na)):
        masks[row, list(idx)] = True
    sum_a = masks @ pooled
    diffs = sum_a / na - (pooled.sum() - sum_a) / (n - na)  # mean(a') - mean(b') per split
    return observed, np.mean(np.abs(diffs) >= abs(observed) - 1e-12), len(diffs)


def random_permutation_p(a, b, n_perm, rng):
    """The same p-value estimated from n_perm random shuffles of the group labels."""
    pooled = np.concatenate([a, b])
    observed = a.mean() - b.mean()
    shuffled = rng.permuted(np.tile(pooled, (n_perm, 1)), axis=1)  # each row is one shuffle
    diffs = shuffled[:, : len(a)].mean(axis=1) - shuffled[:, len(a):].mean(axis=1)
    hits = np.sum(np.abs(diffs) >= abs(observed) - 1e-12)
    return (hits + 1) / (n_perm + 1)  # count the observed split too: never report p = 0
# --8<-- [end:exact]


def main():
    rng = np.random.default_rng(3)
    # --8<-- [start:run]
    a = rng.exponential(1.0, size=8).round(2)  # skewed data, e.g. latencies in seconds
    b = rng.exponential(2.5, size=8).round(2)
    print("a:", a)
    print("b:", b)
    observed, p_exact, n_splits = exact_permutation_p(a, b)
    print(f"observed mean difference {observed:.3f}; exact p over all {n_splits} splits = {p_exact:.4f}")

    ref = stats.permutation_test((a, b), lambda x, y: x.mean() - y.mean(),
                                 permutation_type="independent", n_resamples=np.inf)
    assert abs(ref.pvalue - p_exact) < 1e-12
    print(f"scipy.stats.permutation_test (exact) p = {ref.pvalue:.4f}")

    n_perm = 20_000
    p_mc = random_permutation_p(a, b, n_perm, rng)
    tol = 4 * math.sqrt(p_exact * (1 - p_exact) / n_perm)  # 4 binomial standard errors
    assert abs(p_mc - p_exact) < tol
    print(f"{n_perm} random permutations: p = {p_mc:.4f} (within {tol:.4f} of exact)")
    print(f"Welch t-test on the same data: p = {stats.ttest_ind(a, b, equal_var=False).pvalue:.4f}")
    # --8<-- [end:run]


if __name__ == "__main__":
    main()
