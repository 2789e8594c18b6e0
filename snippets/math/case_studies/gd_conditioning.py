"""Gradient descent on a real least-squares loss: the condition number sets the number of steps."""
import math

import numpy as np


# --8<-- [start:setup]
def make_data(n=100, seed=0):
    """One feature x in [0, 4] and y = 1 + 2x + noise: fit y = b + w x."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(0, 4, n)
    y = 1 + 2 * x + 0.5 * rng.standard_normal(n)
    return x, y


def design(feature):
    return np.column_stack([np.ones(len(feature)), feature])  # columns: 1, feature


def run_gd(X, y, tol=1e-6):
    """GD on MSE with the best fixed step 2/(mu + L); count steps until the error shrinks by tol."""
    n = len(y)
    H = 2 / n * X.T @ X  # Hessian of the MSE, the same at every point
    mu, L = np.linalg.eigvalsh(H)  # smallest and largest curvature
    lr = 2 / (mu + L)
    w_star, *_ = np.linalg.lstsq(X, y, rcond=None)
    w = np.zeros(2)
    e0 = np.linalg.norm(w - w_star)
    steps = 0
    while np.linalg.norm(w - w_star) > tol * e0:
        w = w - lr * 2 / n * X.T @ (X @ w - y)
        steps += 1
    kappa = L / mu
    rho = (kappa - 1) / (kappa + 1)  # the error shrinks by exactly this factor per step
    predicted = 1 if rho < 1e-12 else math.ceil(math.log(tol) / math.log(rho))
    return w, steps, kappa, predicted
# --8<-- [end:setup]


def main():
    # --8<-- [start:compare]
    x, y = make_data()
    m, s = x.mean(), x.std()
    versions = {"raw x": x, "centred x - mean": x - m, "standardised": (x - m) / s}
    w_raw, *_ = np.linalg.lstsq(design(x), y, rcond=None)
    for name, feature in versions.items():
        w, steps, kappa, predicted = run_gd(design(feature), y)
        print(f"{name:17s} condition number {kappa:6.2f}  steps {steps:4d}  (theory {predicted})")
        assert abs(steps - predicted) <= 1
        # map the fitted (b, w) back to the raw feature: the same line every time
        slope = w[1] / (s if name == "standardised" else 1)
        intercept = w[0] - (slope * m if name != "raw x" else 0)
        assert np.allclose([intercept, slope], w_raw, atol=1e-5)
    print(f"every version fits y = {w_raw[0]:.4f} + {w_raw[1]:.4f} x")
    # --8<-- [end:compare]


if __name__ == "__main__":
    main()
