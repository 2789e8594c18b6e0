"""SGD, momentum, RMSProp and Adam written from scratch, raced on the Rosenbrock function."""
import numpy as np


# --8<-- [start:problem]
def rosenbrock(theta):
    x, y = theta
    return (1 - x) ** 2 + 100 * (y - x**2) ** 2  # minimum 0 at (1, 1)


def rosenbrock_grad(theta):
    x, y = theta
    return np.array([-2 * (1 - x) - 400 * x * (y - x**2), 200 * (y - x**2)])
# --8<-- [end:problem]


# --8<-- [start:optimizers]
class SGD:
    def __init__(self, lr):
        self.lr = lr

    def step(self, theta, g):
        return theta - self.lr * g


class Momentum:
    """Heavy ball: v accumulates past gradients, decaying by beta each step."""

    def __init__(self, lr, beta=0.9):
        self.lr, self.beta, self.v = lr, beta, 0.0

    def step(self, theta, g):
        self.v = self.beta * self.v + g
        return theta - self.lr * self.v


class RMSProp:
    """Divide each coordinate by a running root-mean-square of its gradients."""

    def __init__(self, lr, beta=0.99, eps=1e-8):
        self.lr, self.beta, self.eps, self.s = lr, beta, eps, 0.0

    def step(self, theta, g):
        self.s = self.beta * self.s + (1 - self.beta) * g**2
        return theta - self.lr * g / (np.sqrt(self.s) + self.eps)


class Adam:
    """Momentum on the gradient (m) and RMSProp scaling (v), both bias-corrected."""

    def __init__(self, lr, beta1=0.9, beta2=0.999, eps=1e-8):
        self.lr, self.beta1, self.beta2, self.eps = lr, beta1, beta2, eps
        self.m, self.v, self.t = 0.0, 0.0, 0

    def step(self, theta, g):
        self.t += 1
        self.m = self.beta1 * self.m + (1 - self.beta1) * g
        self.v = self.beta2 * self.v + (1 - self.beta2) * g**2
        m_hat = self.m / (1 - self.beta1**self.t)
        v_hat = self.v / (1 - self.beta2**self.t)
        return theta - self.lr * m_hat / (np.sqrt(v_hat) + self.eps)
# --8<-- [end:optimizers]


def run(optimizer, theta0, steps):
    """Return the whole path, shape (steps + 1, 2)."""
    path = [np.array(theta0, dtype=float)]
    for _ in range(steps):
        path.append(optimizer.step(path[-1], rosenbrock_grad(path[-1])))
    return np.array(path)


def make_optimizers():
    return {
        "SGD": SGD(lr=1e-3),
        "momentum": Momentum(lr=1e-3, beta=0.9),
        "RMSProp": RMSProp(lr=1e-3),
        "Adam": Adam(lr=2e-2),
    }


def main():
    np.set_printoptions(precision=4, suppress=True)

    # the analytic gradient agrees with central differences
    theta, h = np.array([-1.2, 1.0]), 1e-6
    fd = np.array([(rosenbrock(theta + h * e) - rosenbrock(theta - h * e)) / (2 * h)
                   for e in np.eye(2)])
    assert np.allclose(fd, rosenbrock_grad(theta), rtol=1e-6)

    # --8<-- [start:race]
    theta0, steps = (-1.2, 1.0), 5000
    checkpoints = [100, 500, 1000, 2000, 5000]
    print("distance to (1, 1) after k steps, from (-1.2, 1)")
    print(f"{'':>9}" + "".join(f"{k:>10}" for k in checkpoints))
    final = {}
    for name, opt in make_optimizers().items():
        path = run(opt, theta0, steps)
        dist = np.linalg.norm(path - 1.0, axis=1)
        print(f"{name:>9}" + "".join(f"{dist[k]:10.2e}" for k in checkpoints))
        final[name] = path[-1]
    for name in ["momentum", "Adam"]:
        assert np.allclose(final[name], [1.0, 1.0], atol=1e-4), name
    print("momentum ends at", final["momentum"], "| Adam ends at", final["Adam"])
    # --8<-- [end:race]

    # --8<-- [start:by_hand]
    # Adam's first step moves every coordinate by lr against the gradient's sign
    adam = Adam(lr=0.01)
    g0 = rosenbrock_grad(np.array(theta0))
    theta1 = adam.step(np.array(theta0), g0)
    print("\ngradient at start:", g0, "-> first Adam step:", theta1)
    assert np.allclose(theta1, np.array(theta0) - 0.01 * np.sign(g0))

    # two scalar steps, computed by hand in the lesson: g = 2 then g = -1
    adam = Adam(lr=0.1)
    t1 = adam.step(1.0, 2.0)
    t2 = adam.step(t1, -1.0)
    print(f"scalar: theta1 = {t1:.6f}, theta2 = {t2:.6f}, m = {adam.m:.4f}, v = {adam.v:.6f}")
    assert np.isclose(t1, 0.9) and np.isclose(t2, 0.873366, atol=1e-6)
    # --8<-- [end:by_hand]


if __name__ == "__main__":
    main()
