"""Entropy, cross-entropy and KL divergence by hand, checked against scipy.stats.entropy."""
import math

import numpy as np
from scipy.stats import entropy as scipy_entropy  # used only as a reference to check against


# --8<-- [start:definitions]
def entropy(p, base=2.0):
    """H(p) = -sum_x p(x) log p(x), with the convention 0 log 0 = 0."""
    p = np.asarray(p, dtype=float)
    nz = p > 0
    return float(-np.sum(p[nz] * np.log(p[nz])) / np.log(base))


def cross_entropy(p, q, base=2.0):
    """H(p, q) = -sum_x p(x) log q(x); infinite if q(x) = 0 where p(x) > 0."""
    p, q = np.asarray(p, dtype=float), np.asarray(q, dtype=float)
    nz = p > 0
    if np.any(q[nz] == 0):
        return math.inf
    return float(-np.sum(p[nz] * np.log(q[nz])) / np.log(base))


def kl_divergence(p, q, base=2.0):
    """D(p || q) = sum_x p(x) log(p(x) / q(x)), the extra cost of coding p with q's code."""
    p, q = np.asarray(p, dtype=float), np.asarray(q, dtype=float)
    nz = p > 0
    if np.any(q[nz] == 0):
        return math.inf
    return float(np.sum(p[nz] * np.log(p[nz] / q[nz])) / np.log(base))
# --8<-- [end:definitions]


# --8<-- [start:worked]
def worked_example():
    print("-- four symbols: p = (1/2, 1/4, 1/8, 1/8), q uniform --")
    p = np.array([1 / 2, 1 / 4, 1 / 8, 1 / 8])
    q = np.full(4, 1 / 4)
    h, hpq, kl = entropy(p), cross_entropy(p, q), kl_divergence(p, q)
    print(f"H(p)      = {h:.4f} bits  = {entropy(p, base=math.e):.4f} nats")
    print(f"H(p, q)   = {hpq:.4f} bits")
    print(f"D(p || q) = {kl:.4f} bits")
    assert math.isclose(h, 1.75) and math.isclose(hpq, 2.0) and math.isclose(kl, 0.25)
    assert math.isclose(hpq, h + kl)                                   # H(p,q) = H(p) + D(p||q)
    assert math.isclose(entropy(p, base=math.e), h * math.log(2))      # 1 bit = ln 2 nats
    # SciPy: entropy(p) is H(p), but entropy(p, q) is the KL divergence, not the cross-entropy.
    assert math.isclose(h, scipy_entropy(p, base=2))
    assert math.isclose(kl, scipy_entropy(p, q, base=2))
    assert math.isclose(hpq, scipy_entropy(p, base=2) + scipy_entropy(p, q, base=2))
    print("matches scipy.stats.entropy (H(p) and D(p || q)); H(p, q) = H(p) + D(p || q)")

    print("\n-- the uniform distribution has the largest entropy --")
    rng = np.random.default_rng(0)
    K = 8
    others = rng.dirichlet(np.ones(K), size=1000)        # 1000 random distributions on 8 outcomes
    h_others = np.array([entropy(r) for r in others])
    print(f"H(uniform on {K}) = {entropy(np.full(K, 1 / K)):.4f} bits = log2({K})")
    print(f"largest H among 1000 random distributions = {h_others.max():.4f} bits")
    assert math.isclose(entropy(np.full(K, 1 / K)), math.log2(K))
    assert np.all(h_others < math.log2(K))
    # The gap is exactly a KL divergence: log K - H(p) = D(p || uniform) >= 0.
    gaps = [math.log2(K) - entropy(r) - kl_divergence(r, np.full(K, 1 / K)) for r in others]
    assert np.allclose(gaps, 0.0, atol=1e-12)
    print("log2(K) - H(p) = D(p || uniform) for all 1000")
# --8<-- [end:worked]


# --8<-- [start:properties]
def kl_properties():
    print("\n-- KL is not symmetric: p = (0.5, 0.5), q = (0.9, 0.1), in nats --")
    p, q = np.array([0.5, 0.5]), np.array([0.9, 0.1])
    d_pq, d_qp = kl_divergence(p, q, base=math.e), kl_divergence(q, p, base=math.e)
    print(f"D(p || q) = {d_pq:.4f}   D(q || p) = {d_qp:.4f}")
    assert math.isclose(d_pq, 0.5 * math.log(0.5 / 0.9) + 0.5 * math.log(0.5 / 0.1))
    assert math.isclose(d_qp, 0.9 * math.log(0.9 / 0.5) + 0.1 * math.log(0.1 / 0.5))
    assert math.isclose(d_pq, scipy_entropy(p, q)) and math.isclose(d_qp, scipy_entropy(q, p))

    print("\n-- a zero in q where p has mass makes D(p || q) infinite --")
    r = np.array([1.0, 0.0])
    d_pr, d_rp = kl_divergence(p, r, base=math.e), kl_divergence(r, p, base=math.e)
    print(f"D(p || r) = {d_pr}   D(r || p) = {d_rp:.4f}")
    assert kl_divergence(p, r) == math.inf and np.isinf(scipy_entropy(p, r))
    assert math.isclose(kl_divergence(r, p, base=math.e), math.log(2))

    print("\n-- 1000 random pairs on 5 outcomes --")
    rng = np.random.default_rng(1)
    P = rng.dirichlet(np.ones(5), size=1000)
    Q = rng.dirichlet(np.ones(5), size=1000)
    forward = np.array([kl_divergence(a, b) for a, b in zip(P, Q)])
    backward = np.array([kl_divergence(b, a) for a, b in zip(P, Q)])
    self_kl = np.array([kl_divergence(a, a) for a in P])
    assert np.allclose(forward, scipy_entropy(P.T, Q.T, base=2))   # SciPy works column-wise
    print(f"min D(p || q)                  = {forward.min():.4f} bits (never negative)")
    print(f"max |D(p || p)|                = {np.abs(self_kl).max():.1e}")
    print(f"pairs with D(p||q) != D(q||p)  = {np.sum(~np.isclose(forward, backward))} of 1000")
    print(f"largest |D(p||q) - D(q||p)|    = {np.abs(forward - backward).max():.4f} bits")
    assert np.all(forward >= 0) and np.all(backward >= 0)
    assert np.allclose(self_kl, 0.0, atol=1e-12)
    # Gibbs' inequality rests on log x <= x - 1 (equality only at x = 1).
    x = np.linspace(0.01, 5, 500)
    assert np.all(np.log(x) <= x - 1 + 1e-15)
# --8<-- [end:properties]


def main():
    np.set_printoptions(precision=4, suppress=True)
    worked_example()
    kl_properties()


if __name__ == "__main__":
    main()
