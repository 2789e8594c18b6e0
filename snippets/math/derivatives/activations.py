"""Derivatives of common activations and of composite functions, checked by central differences."""
import numpy as np


def central_diff(f, x, h=1e-5):
    return (f(x + h) - f(x - h)) / (2 * h)


# --8<-- [start:activations]
def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def d_sigmoid(x):
    s = sigmoid(x)
    return s * (1.0 - s)  # sigma'(x) = sigma(x) (1 - sigma(x))


def d_tanh(x):
    return 1.0 - np.tanh(x) ** 2  # tanh'(x) = 1 - tanh(x)^2


def relu(x):
    return np.maximum(x, 0.0)


def d_relu(x):
    return (x > 0).astype(float)  # 0 for x < 0, 1 for x > 0; 0 chosen at x = 0


def softplus(x):
    return np.logaddexp(0.0, x)  # log(1 + e^x), computed without overflow


def d_softplus(x):
    return sigmoid(x)  # the derivative of softplus is the sigmoid
# --8<-- [end:activations]


# --8<-- [start:rules]
RULES = {  # name: (f, analytic f')
    "product  x^3 e^x": (lambda x: x**3 * np.exp(x),
                         lambda x: 3 * x**2 * np.exp(x) + x**3 * np.exp(x)),
    "quotient sin(x)/x": (lambda x: np.sin(x) / x,
                          lambda x: (x * np.cos(x) - np.sin(x)) / x**2),
    "chain    exp(sin(x^2))": (lambda x: np.exp(np.sin(x**2)),
                               lambda x: np.exp(np.sin(x**2)) * np.cos(x**2) * 2 * x),
    "log      log(1+x^2)": (lambda x: np.log(1 + x**2),
                            lambda x: 2 * x / (1 + x**2)),
}
# --8<-- [end:rules]


def check_activations():
    # --8<-- [start:check]
    x = np.array([-3.0, -1.0, -0.25, 0.25, 1.0, 3.0])  # avoid the ReLU kink at 0
    pairs = {"sigmoid": (sigmoid, d_sigmoid), "tanh": (np.tanh, d_tanh),
             "relu": (relu, d_relu), "softplus": (softplus, d_softplus)}
    print("x:", x)
    for name, (f, df) in pairs.items():
        err = np.max(np.abs(df(x) - central_diff(f, x)))
        print(f"{name:8s} f'(x) = {df(x)}  max |analytic - numeric| = {err:.1e}")
        assert err < 1e-9
    # identities used in the text
    assert np.allclose(np.tanh(x), 2 * sigmoid(2 * x) - 1)
    assert np.isclose(d_sigmoid(0.0), 0.25) and np.isclose(d_tanh(0.0), 1.0)
    # --8<-- [end:check]


def check_rules():
    x0 = 0.7
    print(f"\nrules of differentiation at x = {x0}")
    for name, (f, df) in RULES.items():
        a, n = df(x0), central_diff(f, x0)
        print(f"{name:24s} analytic {a:.8f}  numeric {n:.8f}")
        assert abs(a - n) < 1e-8


def check_kink():
    # --8<-- [start:kink]
    def step(x):
        return (x > 0).astype(float)  # Heaviside step with step(0) = 0

    hs = np.array([1e-1, 1e-2, 1e-3])
    print("\nbehaviour near 0 for h = 0.1, 0.01, 0.001")
    print("step(+h)                    ", step(hs))
    print("step(-h)                    ", step(-hs))
    print("relu(+h)                    ", relu(hs))
    print("right quotient relu(h)/h    ", relu(hs) / hs)
    print("left quotient relu(-h)/(-h) ", relu(-hs) / (-hs) + 0.0)  # + 0.0 turns -0. into 0.
    print("central quotient at 0       ", central_diff(relu, 0.0, hs))
    # --8<-- [end:kink]
    assert np.all(step(hs) == 1) and np.all(step(-hs) == 0)  # limits 1 and 0 differ: jump
    assert np.all(relu(hs) <= hs)  # |relu(h) - relu(0)| <= |h| -> 0: continuous
    assert np.all(relu(hs) / hs == 1) and np.all(relu(-hs) / (-hs) == 0)  # no derivative
    assert np.allclose(central_diff(relu, 0.0, hs), 0.5)  # matches neither side


def main():
    np.set_printoptions(precision=4, suppress=True)
    check_activations()
    check_rules()
    check_kink()


if __name__ == "__main__":
    main()
