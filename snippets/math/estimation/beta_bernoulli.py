"""Beta-Bernoulli posterior: conjugate update versus a brute-force grid posterior."""
import math

import numpy as np
from scipy import stats


def beta_pdf(theta, a, b):
    """Beta(a, b) density, with the normaliser B(a, b) from log-gamma functions."""
    log_b = math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)
    return np.exp((a - 1) * np.log(theta) + (b - 1) * np.log(1 - theta) - log_b)


# --8<-- [start:conjugate]
def conjugate_update(a, b, x):
    """Beta(a, b) prior + Bernoulli data x -> Beta(a + heads, b + tails) posterior."""
    k = int(np.sum(x))
    return a + k, b + len(x) - k


def grid_posterior(a, b, x, m=2001):
    """Prior times likelihood on a grid of theta values, normalised to integrate to 1."""
    theta = np.linspace(0, 1, m)[1:-1]  # leave out 0 and 1, where log is -inf
    k, n = np.sum(x), len(x)
    log_post = (a - 1) * np.log(theta) + (b - 1) * np.log(1 - theta)  # log prior, unnormalised
    log_post += k * np.log(theta) + (n - k) * np.log(1 - theta)  # + log-likelihood
    post = np.exp(log_post - log_post.max())  # subtract the max before exp: no underflow
    dtheta = theta[1] - theta[0]
    return theta, post / (post.sum() * dtheta)
# --8<-- [end:conjugate]


# --8<-- [start:compare]
def compare(a=2.0, b=2.0):
    x = np.array([1, 0, 1, 1, 0, 1, 1, 1, 0, 1])  # 7 heads in 10 tosses
    a_post, b_post = conjugate_update(a, b, x)
    theta, grid = grid_posterior(a, b, x)
    exact = beta_pdf(theta, a_post, b_post)
    print(f"prior Beta({a:g}, {b:g}), data {int(x.sum())}/{len(x)} -> posterior Beta({a_post:g}, {b_post:g})")
    print(f"max |grid density - Beta density| = {np.max(np.abs(grid - exact)):.2e}")
    assert np.max(np.abs(grid - exact)) < 1e-3

    # one toss at a time gives the same posterior as all at once
    a_seq, b_seq = a, b
    for xi in x:
        a_seq, b_seq = conjugate_update(a_seq, b_seq, [xi])
    assert (a_seq, b_seq) == (a_post, b_post)

    dtheta = theta[1] - theta[0]
    mle = x.mean()
    map_closed = (a_post - 1) / (a_post + b_post - 2)
    mean_closed = a_post / (a_post + b_post)
    map_grid, mean_grid = theta[np.argmax(grid)], np.sum(theta * grid) * dtheta
    print(f"MLE k/n            {mle:.4f}")
    print(f"MAP (posterior mode)  closed {map_closed:.4f}   grid {map_grid:.4f}")
    print(f"posterior mean        closed {mean_closed:.4f}   grid {mean_grid:.4f}")
    assert abs(map_grid - map_closed) < 1e-3 and abs(mean_grid - mean_closed) < 1e-4

    cdf = np.cumsum(grid) * dtheta  # 95% credible interval from the grid's cumulative sum
    lo, hi = theta[np.searchsorted(cdf, 0.025)], theta[np.searchsorted(cdf, 0.975)]
    ref = stats.beta.ppf([0.025, 0.975], a_post, b_post)
    print(f"95% credible interval grid [{lo:.3f}, {hi:.3f}]   scipy.stats.beta [{ref[0]:.3f}, {ref[1]:.3f}]")
    assert np.allclose([lo, hi], ref, atol=2e-3)
# --8<-- [end:compare]


def main():
    np.set_printoptions(precision=4, suppress=True)
    compare()


if __name__ == "__main__":
    main()
