"""Fit one Gaussian to a two-bump mixture by minimising forward KL and reverse KL."""
import numpy as np

X = np.linspace(-10, 10, 2001)        # integration grid, spacing 0.01
DX = X[1] - X[0]


def log_normal(x, mu, sigma):
    return -0.5 * ((x - mu) / sigma) ** 2 - np.log(sigma * np.sqrt(2 * np.pi))


# --8<-- [start:setup]
WEIGHTS, MEANS, SD = np.array([0.4, 0.6]), np.array([-2.0, 2.0]), 0.6


def log_p(x):
    """Log density of the target p: 0.4 N(-2, 0.6^2) + 0.6 N(2, 0.6^2)."""
    comps = np.stack([np.log(w) + log_normal(x, m, SD) for w, m in zip(WEIGHTS, MEANS)])
    top = comps.max(axis=0)                           # log-sum-exp: add densities in log space
    return top + np.log(np.exp(comps - top).sum(axis=0))


def kl(log_a, log_b):
    """D(a || b) = integral of a (log a - log b), by a Riemann sum on the grid."""
    a = np.exp(log_a)
    return float(np.sum(a * (log_a - log_b)) * DX)


def grid_search(objective, mus, sigmas):
    values = np.array([[objective(m, s) for s in sigmas] for m in mus])
    i, j = np.unravel_index(np.argmin(values), values.shape)
    return mus[i], sigmas[j], values
# --8<-- [end:setup]


# --8<-- [start:fit]
def main():
    np.set_printoptions(precision=4, suppress=True)
    lp = log_p(X)
    assert abs(np.sum(np.exp(lp)) * DX - 1) < 1e-9            # p integrates to 1 on the grid
    forward = lambda m, s: kl(lp, log_normal(X, m, s))         # D(p || q): average over p  # noqa: E731
    reverse = lambda m, s: kl(log_normal(X, m, s), lp)         # D(q || p): average over q  # noqa: E731

    # Closed form for the forward fit: match the mean and variance of p.
    mean = np.sum(WEIGHTS * MEANS)
    var = np.sum(WEIGHTS * (SD**2 + MEANS**2)) - mean**2
    print(f"moments of p: mean {mean:.4f}, sd {np.sqrt(var):.4f}")

    mus, sigmas = np.round(np.arange(-3.0, 3.01, 0.1), 2), np.round(np.arange(0.3, 3.01, 0.05), 2)
    mu_f, s_f, _ = grid_search(forward, mus, sigmas)
    mu_r, s_r, rev_values = grid_search(reverse, mus, sigmas)
    assert abs(mu_f - mean) <= 0.025 and abs(s_f - np.sqrt(var)) <= 0.025   # grid agrees with moments

    print(f"forward-KL fit (grid): mu {mu_f:.2f}, sd {s_f:.2f}   "
          f"D(p||q) = {forward(mu_f, s_f):.4f}, D(q||p) = {reverse(mu_f, s_f):.4f} nats")
    print(f"reverse-KL fit (grid): mu {mu_r:.2f}, sd {s_r:.2f}   "
          f"D(p||q) = {forward(mu_r, s_r):.4f}, D(q||p) = {reverse(mu_r, s_r):.4f} nats")
    assert forward(mu_f, s_f) < forward(mu_r, s_r) and reverse(mu_r, s_r) < reverse(mu_f, s_f)
    assert abs(mu_r - 2.0) < 0.1 and abs(s_r - SD) < 0.1        # locked onto the heavier bump

    # Reverse KL has a second, worse local minimum on the lighter bump.
    left = mus < 0
    i, j = np.unravel_index(np.argmin(rev_values[left]), rev_values[left].shape)
    print(f"reverse KL's other local minimum: mu {mus[left][i]:.2f}, sd {sigmas[j]:.2f}, "
          f"D(q||p) = {rev_values[left][i, j]:.4f} nats")
    print(f"-log(0.6) = {-np.log(0.6):.4f}, -log(0.4) = {-np.log(0.4):.4f}")
# --8<-- [end:fit]


if __name__ == "__main__":
    main()
