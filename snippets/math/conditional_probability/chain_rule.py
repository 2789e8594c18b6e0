"""The chain rule: factorise a joint over 3-token sequences and rebuild it exactly."""
import itertools

import numpy as np

VOCAB = ["a", "b", "c"]


# --8<-- [start:factorise]
def factorise(joint):
    """Left-to-right conditionals of p(x1, x2, x3), shape (V, V, V)."""
    p1 = joint.sum(axis=(1, 2))  # p(x1): sum out x2 and x3
    p12 = joint.sum(axis=2)  # p(x1, x2): sum out x3
    p2_given_1 = p12 / p1[:, None]  # p(x2 | x1) = p(x1, x2) / p(x1)
    p3_given_12 = joint / p12[:, :, None]  # p(x3 | x1, x2) = p(x1, x2, x3) / p(x1, x2)
    return p1, p2_given_1, p3_given_12


def rebuild(p1, p2_given_1, p3_given_12):
    """Chain rule: p(x1, x2, x3) = p(x1) p(x2 | x1) p(x3 | x1, x2)."""
    return p1[:, None, None] * p2_given_1[:, :, None] * p3_given_12
# --8<-- [end:factorise]


# --8<-- [start:generate]
def generate(p1, p2_given_1, p3_given_12, n, rng):
    """Ancestral sampling, one position at a time, like an autoregressive language model."""
    def draw(probs_rows):  # inverse-CDF sampling, one row of probabilities per sequence
        cdf = probs_rows.cumsum(axis=1)
        cdf[:, -1] = 1.0  # guard against round-off
        return (rng.random((len(cdf), 1)) >= cdf).sum(axis=1)  # first k with u < F(k)
    x1 = draw(np.tile(p1, (n, 1)))
    x2 = draw(p2_given_1[x1])
    x3 = draw(p3_given_12[x1, x2])
    return x1, x2, x3
# --8<-- [end:generate]


def main():
    np.set_printoptions(precision=4, suppress=True)
    rng = np.random.default_rng(0)
    V = len(VOCAB)
    # --8<-- [start:check]
    joint = rng.dirichlet(np.ones(V**3)).reshape(V, V, V)  # an arbitrary joint over 27 sequences
    p1, p2_given_1, p3_given_12 = factorise(joint)
    assert np.allclose(p2_given_1.sum(axis=1), 1) and np.allclose(p3_given_12.sum(axis=2), 1)
    rebuilt = rebuild(p1, p2_given_1, p3_given_12)
    assert np.allclose(rebuilt, joint, rtol=1e-12, atol=0)
    print(f"chain rule rebuilds all {V**3} probabilities: max relative error < 1e-12")

    i, j, k = 1, 2, 1  # the sequence "b c b"
    terms = [p1[i], p2_given_1[i, j], p3_given_12[i, j, k]]
    print(f"p(b c b) = p(b) p(c | b) p(b | b, c) = "
          f"{terms[0]:.4f} * {terms[1]:.4f} * {terms[2]:.4f} = {np.prod(terms):.6f}")
    print(f"  joint table entry = {joint[i, j, k]:.6f}; "
          f"log p = {sum(np.log(terms)):.4f} = sum of log conditionals")

    # any order works: right to left, p(x3) p(x2 | x3) p(x1 | x2, x3)
    rev = np.transpose(joint, (2, 1, 0))
    rebuilt_rev = np.transpose(rebuild(*factorise(rev)), (2, 1, 0))
    assert np.allclose(rebuilt_rev, joint, rtol=1e-12, atol=0)
    # dropping the conditioning (treating tokens as independent) does not rebuild it
    marg = [joint.sum(axis=(1, 2)), joint.sum(axis=(0, 2)), joint.sum(axis=(0, 1))]
    independent = marg[0][:, None, None] * marg[1][None, :, None] * marg[2][None, None, :]
    print(f"product of marginals p(x1) p(x2) p(x3): max error "
          f"{np.abs(independent - joint).max():.4f} (not a factorisation of this joint)")

    n = 200_000
    x1, x2, x3 = generate(p1, p2_given_1, p3_given_12, n, rng)
    counts = np.zeros((V, V, V))
    np.add.at(counts, (x1, x2, x3), 1)
    freq = counts / n
    assert np.all(np.abs(freq - joint) < 5 * np.sqrt(joint * (1 - joint) / n))
    top = sorted(itertools.product(range(V), repeat=3), key=lambda s: -joint[s])[:3]
    for s in top:
        print(f"  {' '.join(VOCAB[t] for t in s)}: p = {joint[s]:.4f}, "
              f"generated frequency = {freq[s]:.4f}")
    # --8<-- [end:check]


if __name__ == "__main__":
    main()
