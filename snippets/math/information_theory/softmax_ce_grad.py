"""The gradient of softmax + cross-entropy with respect to the logits is p - y, checked numerically."""
import numpy as np
from scipy.special import log_softmax  # used only as a reference to check against


# --8<-- [start:loss]
def softmax(z):
    e = np.exp(z - np.max(z, axis=-1, keepdims=True))   # shift by the max: see numerical methods
    return e / e.sum(axis=-1, keepdims=True)


def cross_entropy_from_logits(z, y):
    """Mean over rows of -sum_k y_k log softmax(z)_k, where each row of y is a distribution."""
    m = np.max(z, axis=-1, keepdims=True)
    log_p = z - m - np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))   # stable log-softmax
    return float(-np.mean(np.sum(y * log_p, axis=-1)))


def cross_entropy_grad(z, y):
    """Analytic gradient: (softmax(z) - y) / batch size."""
    return (softmax(z) - y) / z.shape[0]
# --8<-- [end:loss]


# --8<-- [start:check]
def finite_difference_grad(f, z, h=1e-6):
    """Central differences, one coordinate at a time: (f(z + h e) - f(z - h e)) / 2h."""
    g = np.zeros_like(z)
    for idx in np.ndindex(z.shape):
        step = np.zeros_like(z)
        step[idx] = h
        g[idx] = (f(z + step) - f(z - step)) / (2 * h)
    return g


def main():
    np.set_printoptions(precision=4, suppress=True)
    rng = np.random.default_rng(0)
    B, K = 4, 5                                        # a batch of 4 "positions", 5-token vocabulary
    z = rng.normal(scale=2.0, size=(B, K))
    targets = rng.integers(0, K, size=B)
    one_hot = np.eye(K)[targets]
    smooth = 0.9 * one_hot + 0.1 / K                   # label smoothing: soft targets, rows sum to 1

    for name, y in [("one-hot targets", one_hot), ("smoothed targets", smooth)]:
        f = lambda zz: cross_entropy_from_logits(zz, y)  # noqa: E731
        g = cross_entropy_grad(z, y)
        g_fd = finite_difference_grad(f, z)
        print(f"-- {name} --")
        print(f"loss = {f(z):.4f}")
        print("analytic gradient (p - y) / B, first row:", g[0])
        print("finite differences,          first row:", g_fd[0])
        gap = np.abs(g - g_fd).max()
        print(f"max |analytic - finite difference| below 1e-8: {gap < 1e-8}")
        assert gap < 1e-8
        assert np.allclose(g.sum(axis=1), 0.0)         # each row of p - y sums to 1 - 1 = 0
        assert np.isclose(f(z), -np.mean(np.sum(y * log_softmax(z, axis=1), axis=1)))

    print("\ntrue-class entries of p - y are negative (push that logit up), the rest positive")
    g = cross_entropy_grad(z, one_hot) * B
    assert np.all(g[np.arange(B), targets] < 0) and np.all(g[one_hot == 0] > 0)
    assert np.all(np.abs(g) <= 1)                      # every entry of p - y lies in [-1, 1]
# --8<-- [end:check]


if __name__ == "__main__":
    main()
