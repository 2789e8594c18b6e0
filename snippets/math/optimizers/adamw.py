"""Adam + L2 penalty versus AdamW (decoupled weight decay) on two weights whose
loss gradients have very different sizes."""
import numpy as np


# --8<-- [start:update]
def adam_run(theta, loss_grads, lr, wd, decoupled, beta1=0.9, beta2=0.999, eps=1e-8):
    """Run Adam over a sequence of loss gradients, with weight decay wd either
    added to the gradient (L2, 'Adam') or applied to the weights (AdamW)."""
    m = np.zeros_like(theta)
    v = np.zeros_like(theta)
    for t, g in enumerate(loss_grads, start=1):
        if not decoupled:
            g = g + wd * theta  # L2: the penalty's gradient joins the loss gradient
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g**2
        m_hat, v_hat = m / (1 - beta1**t), v / (1 - beta2**t)
        if decoupled:
            theta = theta - lr * wd * theta  # AdamW: shrink every weight by the same factor
        theta = theta - lr * m_hat / (np.sqrt(v_hat) + eps)
    return theta
# --8<-- [end:update]


def main():
    np.set_printoptions(precision=4, suppress=True)
    # --8<-- [start:compare]
    lr, wd, steps = 0.01, 0.1, 1000
    scales = np.array([0.001, 10.0])  # a quiet weight and a busy weight
    signs = np.where(np.arange(steps) % 2 == 0, 1.0, -1.0)[:, None]
    loss_grads = signs * scales  # alternating +/- : no net push from the loss
    theta0 = np.array([1.0, 1.0])

    l2 = adam_run(theta0, loss_grads, lr, wd, decoupled=False)
    adamw = adam_run(theta0, loss_grads, lr, wd, decoupled=True)
    target = (1 - lr * wd) ** steps  # pure decay by (1 - lr*wd) per step
    print(f"intended shrink factor (1 - lr*wd)^{steps} = {target:.4f}")
    print(f"{'':>12}{'quiet weight':>14}{'busy weight':>13}")
    print(f"{'Adam + L2':>12}{l2[0]:14.4f}{l2[1]:13.4f}")
    print(f"{'AdamW':>12}{adamw[0]:14.4f}{adamw[1]:13.4f}")
    assert np.allclose(adamw, target, atol=0.01)  # both weights decay as intended
    assert abs(l2[0]) < 0.01 and l2[1] > 0.85  # L2 kills one, barely touches the other
    # --8<-- [end:compare]


if __name__ == "__main__":
    main()
