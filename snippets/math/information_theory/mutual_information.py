"""Mutual information of a joint table computed three ways, which must agree."""
import math

import numpy as np
from scipy.stats import entropy as scipy_entropy  # used only as a reference to check against


def H(p):
    """Entropy in bits of any array of probabilities (flattened), with 0 log 0 = 0."""
    p = np.asarray(p, dtype=float).ravel()
    p = p[p > 0]
    return float(-np.sum(p * np.log2(p)))


# --8<-- [start:three_ways]
def mi_as_kl(joint):
    """I(X;Y) = D( p(x,y) || p(x) p(y) ): how far the joint is from independence."""
    px, py = joint.sum(axis=1), joint.sum(axis=0)
    product = np.outer(px, py)
    nz = joint > 0
    return float(np.sum(joint[nz] * np.log2(joint[nz] / product[nz])))


def mi_as_entropy_drop(joint):
    """I(X;Y) = H(X) - H(X|Y): how much knowing Y lowers the uncertainty about X."""
    px, py = joint.sum(axis=1), joint.sum(axis=0)
    h_x_given_y = sum(py[j] * H(joint[:, j] / py[j]) for j in range(len(py)) if py[j] > 0)
    return H(px) - h_x_given_y


def mi_from_joint_entropy(joint):
    """I(X;Y) = H(X) + H(Y) - H(X,Y)."""
    return H(joint.sum(axis=1)) + H(joint.sum(axis=0)) - H(joint)
# --8<-- [end:three_ways]


# --8<-- [start:examples]
def report(name, joint):
    a, b, c = mi_as_kl(joint), mi_as_entropy_drop(joint), mi_from_joint_entropy(joint)
    ref = scipy_entropy(joint.ravel(), np.outer(joint.sum(1), joint.sum(0)).ravel(), base=2)
    assert math.isclose(a, b, abs_tol=1e-12) and math.isclose(a, c, abs_tol=1e-12)
    assert math.isclose(a, ref, abs_tol=1e-12) and a >= -1e-12
    print(f"{name:<28} KL form {a:.4f}   H(X)-H(X|Y) {b:.4f}   H(X)+H(Y)-H(X,Y) {c:.4f} bits")
    return a


def main():
    np.set_printoptions(precision=4, suppress=True)
    # Two noisy copies of a fair bit: they agree 80% of the time.
    copies = np.array([[0.4, 0.1],
                       [0.1, 0.4]])
    i_copies = report("noisy copy (80% agree)", copies)
    assert math.isclose(i_copies, 1 - H([0.8, 0.2]))  # 1 bit minus the binary entropy of 0.2

    # Independent variables: the joint is the outer product of the marginals.
    rng = np.random.default_rng(0)
    px, py = rng.dirichlet(np.ones(3)), rng.dirichlet(np.ones(4))
    i_indep = report("independent 3x4", np.outer(px, py))
    assert abs(i_indep) < 1e-12

    # A random 3x4 joint table.
    joint = rng.dirichlet(np.ones(12)).reshape(3, 4)
    report("random 3x4", joint)

    # Y = X^2 with X uniform on {-1, 0, 1}: zero correlation, yet Y is a function of X.
    xs = np.array([-1.0, 0.0, 1.0])
    ys = xs**2                                  # values 1, 0, 1
    square = np.zeros((3, 2))                   # rows: x in (-1, 0, 1); columns: y in (0, 1)
    for i, y in enumerate(ys):
        square[i, int(y)] = 1 / 3
    cov = np.sum(xs * ys) / 3 - np.mean(xs) * np.mean(ys)
    i_square = report("Y = X^2, X in {-1, 0, 1}", square)
    print(f"covariance of X and Y = X^2: {cov:.4f}, but I(X;Y) = H(Y) = {H([1 / 3, 2 / 3]):.4f} bits")
    assert cov == 0.0 and math.isclose(i_square, H([1 / 3, 2 / 3]))
# --8<-- [end:examples]


if __name__ == "__main__":
    main()
