"""Mini-batch gradients: unbiased estimates of the full gradient, variance ~ 1/B."""
import itertools

import numpy as np


# --8<-- [start:grads]
def per_example_grads(theta, X, y):
    """Row i is the gradient of l_i = 1/2 (x_i . theta - y_i)^2."""
    residual = X @ theta - y  # shape (n,)
    return residual[:, None] * X  # shape (n, d)


def full_grad(theta, X, y):
    return per_example_grads(theta, X, y).mean(axis=0)
# --8<-- [end:grads]


def make_data(rng, n, d=3):
    X = rng.normal(size=(n, d))
    y = X @ np.array([2.0, -1.0, 0.5]) + rng.normal(scale=0.5, size=n)
    return X, y


def main():
    np.set_printoptions(precision=4, suppress=True)
    rng = np.random.default_rng(0)

    # --8<-- [start:exact]
    # small data set: enumerate EVERY mini-batch of size B (without replacement)
    n, B = 8, 3
    X, y = make_data(rng, n)
    theta = np.zeros(3)  # any point works; gradients are far from zero here
    G = per_example_grads(theta, X, y)
    g = G.mean(axis=0)
    batches = list(itertools.combinations(range(n), B))
    batch_grads = np.array([G[list(idx)].mean(axis=0) for idx in batches])
    print(f"{len(batches)} batches of size {B} from n={n}")
    print("full gradient          :", g)
    print("average of batch grads :", batch_grads.mean(axis=0))
    assert np.allclose(batch_grads.mean(axis=0), g)  # exactly unbiased

    # exact variance: finite-population version of tr(Sigma)/B
    tr_sigma = ((G - g) ** 2).sum(axis=1).mean()  # per-example variance
    var_exact = ((batch_grads - g) ** 2).sum(axis=1).mean()
    var_formula = tr_sigma / B * (n - B) / (n - 1)
    print(f"variance over all batches {var_exact:.4f}, formula {var_formula:.4f}")
    assert np.isclose(var_exact, var_formula)
    # --8<-- [end:exact]

    # --8<-- [start:variance]
    # larger data set: sample batches with replacement and watch variance fall
    n, draws = 2000, 20000
    X, y = make_data(rng, n)
    G = per_example_grads(np.zeros(3), X, y)
    g = G.mean(axis=0)
    tr_sigma = ((G - g) ** 2).sum(axis=1).mean()
    print(f"\n{'B':>4} {'E||g_B - g||^2':>15} {'tr(Sigma)/B':>12} {'B * var':>8}")
    for B in [1, 4, 16, 64, 256]:
        idx = rng.integers(0, n, size=(draws, B))  # i.i.d. indices
        gB = G[idx].mean(axis=1)  # (draws, d) mini-batch gradients
        var = ((gB - g) ** 2).sum(axis=1).mean()
        print(f"{B:4d} {var:15.4f} {tr_sigma / B:12.4f} {B * var:8.3f}")
        assert abs(var / (tr_sigma / B) - 1) < 0.05  # matches 1/B law
        stderr = np.sqrt(tr_sigma / B / draws)
        assert np.linalg.norm(gB.mean(axis=0) - g) < 5 * stderr  # unbiased
    # --8<-- [end:variance]


if __name__ == "__main__":
    main()
