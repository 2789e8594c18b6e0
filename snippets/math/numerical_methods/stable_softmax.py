"""Overflow, underflow, and the stable log-sum-exp, softmax, log-softmax, sigmoid and softplus."""
import math

import numpy as np
from scipy import special  # used only as a reference to check against


# --8<-- [start:overflow]
def show_overflow():
    print("-- overflow and underflow in float64 --")
    with np.errstate(over="ignore", under="ignore"):
        print(f"exp(709) = {np.exp(709.0):.4e}, exp(710) = {np.exp(710.0)}, "
              f"exp(1000) = {np.exp(1000.0)}")
        print(f"exp(-1000) = {np.exp(-1000.0)}")
        assert np.isinf(np.exp(1000.0)) and np.exp(-1000.0) == 0.0
    print(f"largest float64 {np.finfo(np.float64).max:.4e}, so exp overflows above ln(max) = "
          f"{math.log(np.finfo(np.float64).max):.2f}")

    probs = np.full(1000, 0.01)                       # 1000 independent events, each with p = 0.01
    product = np.prod(probs)                          # 1e-2000 is far below the smallest float
    log_product = np.sum(np.log(probs))               # work in log space instead
    print(f"product of 1000 probabilities 0.01: {product}, sum of their logs: {log_product:.2f}")
    assert product == 0.0 and math.isclose(log_product, 1000 * math.log(0.01))
# --8<-- [end:overflow]


# --8<-- [start:stable]
def logsumexp_naive(z):
    return np.log(np.sum(np.exp(z)))


def logsumexp(z):
    """log sum exp(z) = m + log sum exp(z - m) with m = max(z): every exponent is <= 0."""
    m = np.max(z)
    return m + np.log(np.sum(np.exp(z - m)))


def softmax_naive(z):
    e = np.exp(z)
    return e / np.sum(e)


def softmax(z):
    e = np.exp(z - np.max(z))                         # same result, shifted so the largest is e^0 = 1
    return e / np.sum(e)


def log_softmax(z):
    return z - logsumexp(z)                           # never takes the log of a rounded-to-zero number
# --8<-- [end:stable]


# --8<-- [start:compare]
def show_softmax():
    print("\n-- logits z = (1000, 999, 998) --")
    z = np.array([1000.0, 999.0, 998.0])
    with np.errstate(over="ignore", invalid="ignore"):
        naive_p, naive_lse = softmax_naive(z), logsumexp_naive(z)
    print("naive softmax :", naive_p, "  naive logsumexp:", naive_lse)
    print("stable softmax:", softmax(z), "  stable logsumexp:", round(float(logsumexp(z)), 4))
    assert np.all(np.isnan(naive_p)) and np.isinf(naive_lse)           # inf / inf = nan
    assert np.allclose(softmax(z), special.softmax(z))
    assert np.isclose(logsumexp(z), special.logsumexp(z))
    assert np.allclose(softmax(z), softmax(z - 1000))                   # shift invariance
    assert np.max(z) <= logsumexp(z) <= np.max(z) + np.log(len(z))      # m <= LSE <= m + log n

    print("\n-- logits z = (-1000, -1001, -1002): everything underflows --")
    low = np.array([-1000.0, -1001.0, -1002.0])
    with np.errstate(invalid="ignore", under="ignore"):
        print("naive softmax :", softmax_naive(low), "  stable:", softmax(low))
        assert np.all(np.isnan(softmax_naive(low)))                      # 0 / 0 = nan
    assert np.allclose(softmax(low), special.softmax(low))

    print("\n-- log-probabilities of z = (0, -800) --")
    z2 = np.array([0.0, -800.0])
    with np.errstate(divide="ignore"):
        naive_log = np.log(softmax(z2))                                  # p_2 = e^-800 rounds to 0
    print("log(softmax(z)):", naive_log, "  log_softmax(z):", log_softmax(z2))
    assert np.isneginf(naive_log[1]) and np.allclose(log_softmax(z2), special.log_softmax(z2))
# --8<-- [end:compare]


# --8<-- [start:sigmoid]
def sigmoid(z):
    """1 / (1 + e^-z) for z >= 0 and e^z / (1 + e^z) for z < 0: exp only ever sees -|z|."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def softplus(z):
    """log(1 + e^z) = max(z, 0) + log1p(e^-|z|)."""
    return np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z)))


def show_sigmoid():
    print("\n-- sigmoid and softplus at z = (-1000, -40, 0, 40, 1000) --")
    z = np.array([-1000.0, -40.0, 0.0, 40.0, 1000.0])
    with np.errstate(over="ignore", invalid="ignore"):
        other_form = np.exp(z) / (1 + np.exp(z))                         # inf / inf at z = 1000
        naive_softplus = np.log(1 + np.exp(z))
    print("e^z / (1 + e^z)    :", other_form)
    print("stable sigmoid     :", sigmoid(z))
    print("log(1 + e^z)       :", naive_softplus)
    print("stable softplus    :", softplus(z))
    assert np.isnan(other_form[-1]) and np.isinf(naive_softplus[-1])
    assert naive_softplus[1] == 0.0 and softplus(z)[1] > 0               # log(1 + 4e-18) rounds to 0
    assert np.allclose(sigmoid(z), special.expit(z), rtol=1e-14, atol=0)
    assert np.allclose(softplus(z), np.logaddexp(0, z), rtol=1e-14, atol=0)
    print(f"softplus(-40) = {softplus(z)[1]:.4e} = e^-40 = {math.exp(-40):.4e}")
# --8<-- [end:sigmoid]


def main():
    np.set_printoptions(precision=4)
    show_overflow()
    show_softmax()
    show_sigmoid()


if __name__ == "__main__":
    main()
