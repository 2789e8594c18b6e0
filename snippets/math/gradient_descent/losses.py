"""Four common losses with their gradients (checked by finite differences),
and the best constant prediction under MSE and MAE."""
import numpy as np


# --8<-- [start:losses]
# each function returns (mean loss, gradient of the mean loss w.r.t. the predictions)
def mse(pred, y):
    r = pred - y
    return np.mean(r**2), 2 * r / r.size


def mae(pred, y):
    r = pred - y
    return np.mean(np.abs(r)), np.sign(r) / r.size


def binary_cross_entropy(z, y):
    """z: logits, y in {0, 1}. -log sigmoid written stably with logaddexp."""
    p = 1.0 / (1.0 + np.exp(-z))
    return np.mean(np.logaddexp(0.0, z) - y * z), (p - y) / z.size


def hinge(s, y):
    """s: scores, y in {-1, +1}. Zero loss once the margin y*s reaches 1."""
    margin = y * s
    return np.mean(np.maximum(0.0, 1.0 - margin)), np.where(margin < 1, -y, 0.0) / s.size
# --8<-- [end:losses]


def numeric_grad(f, x, h=1e-6):
    g = np.zeros_like(x)
    for i in range(x.size):
        e = np.zeros_like(x)
        e[i] = h
        g[i] = (f(x + e) - f(x - e)) / (2 * h)
    return g


def main():
    np.set_printoptions(precision=4, suppress=True)
    rng = np.random.default_rng(0)

    pred = rng.normal(size=4)
    y_reg = np.array([0.5, -1.0, 2.0, 0.0])  # regression targets
    y01 = np.array([1.0, 0.0, 1.0, 0.0])  # class labels as 0/1
    y_pm = 2 * y01 - 1  # the same labels as -1/+1
    cases = [("MSE", mse, y_reg), ("MAE", mae, y_reg),
             ("BCE", binary_cross_entropy, y01), ("hinge", hinge, y_pm)]
    print("predictions:", pred)
    for name, fn, target in cases:
        value, g = fn(pred, target)
        g_fd = numeric_grad(lambda p: fn(p, target)[0], pred)
        assert np.allclose(g, g_fd, atol=1e-6)  # away from kinks, exact
        print(f"{name:>5}: loss {value:.4f}  gradient {g}")

    # --8<-- [start:constant]
    # best single number c for the data under MSE and under MAE
    data = np.array([1.0, 2.0, 3.0, 4.0, 100.0])  # one outlier
    grid = np.linspace(0, 100, 100001)  # step 0.001
    mse_curve = ((grid[:, None] - data) ** 2).mean(axis=1)
    mae_curve = np.abs(grid[:, None] - data).mean(axis=1)
    c_mse, c_mae = grid[mse_curve.argmin()], grid[mae_curve.argmin()]
    print(f"\nMSE-optimal constant {c_mse:.3f} (mean {data.mean():.3f})")
    print(f"MAE-optimal constant {c_mae:.3f} (median {np.median(data):.3f})")
    assert np.isclose(c_mse, data.mean()) and np.isclose(c_mae, np.median(data))
    # --8<-- [end:constant]


if __name__ == "__main__":
    main()
