"""Taylor models of log-sum-exp: first-order error ~ h^2, second-order error ~ h^3."""
import numpy as np


def logsumexp(z):
    m = z.max()
    return m + np.log(np.exp(z - m).sum())


def softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


# --8<-- [start:models]
def taylor_models(f, g, H, x, d, h):
    """Return f(x + h d) and its first- and second-order Taylor models around x."""
    step = h * d
    exact = f(x + step)
    first = f(x) + g @ step
    second = first + 0.5 * step @ H @ step
    return exact, first, second
# --8<-- [end:models]


def main():
    rng = np.random.default_rng(0)
    # --8<-- [start:run]
    x = np.array([2.0, 1.0, 0.1, -1.0])
    d = rng.normal(size=4)
    d /= np.linalg.norm(d)  # a unit direction
    p = softmax(x)
    g = p  # gradient of log-sum-exp
    H = np.diag(p) - np.outer(p, p)  # its Hessian

    print(f"{'h':>7} {'err 1st':>10} {'err 2nd':>10} {'err1/h^2':>9} {'err2/h^3':>9}")
    rows = []
    for h in [0.4, 0.2, 0.1, 0.05, 0.025]:
        exact, first, second = taylor_models(logsumexp, g, H, x, d, h)
        e1, e2 = abs(exact - first), abs(exact - second)
        rows.append((e1, e2))
        print(f"{h:7.3f} {e1:10.2e} {e2:10.2e} {e1 / h**2:9.4f} {e2 / h**3:9.4f}")
    ratios1 = [a[0] / b[0] for a, b in zip(rows, rows[1:])]
    ratios2 = [a[1] / b[1] for a, b in zip(rows, rows[1:])]
    print("halving h divides err 1st by", np.round(ratios1, 2), "and err 2nd by", np.round(ratios2, 2))
    assert 3.5 < ratios1[-1] < 4.5  # ~ 2^2: the error is O(h^2)
    assert 7.0 < ratios2[-1] < 9.0  # ~ 2^3: the error is O(h^3)
    assert all(e2 < e1 for e1, e2 in rows)  # the quadratic model is always closer here
    # --8<-- [end:run]


if __name__ == "__main__":
    main()
