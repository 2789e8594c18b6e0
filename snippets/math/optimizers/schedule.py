"""Learning-rate schedules: step, exponential, and linear warm-up + cosine decay."""
import math

import numpy as np


# --8<-- [start:schedules]
def step_decay(step, lr0, drop=0.1, every=3000):
    return lr0 * drop ** (step // every)


def exponential_decay(step, lr0, gamma=0.9995):
    return lr0 * gamma**step


def warmup_cosine(step, max_lr, min_lr, warmup_steps, total_steps):
    """Linear warm-up from 0 to max_lr, then cosine decay to min_lr at total_steps."""
    if step < warmup_steps:
        return max_lr * step / warmup_steps
    progress = min(1.0, (step - warmup_steps) / (total_steps - warmup_steps))
    return min_lr + 0.5 * (max_lr - min_lr) * (1 + math.cos(math.pi * progress))
# --8<-- [end:schedules]


def main():
    # --8<-- [start:check]
    max_lr, min_lr, warmup, total = 6e-4, 6e-5, 500, 10_000  # min = 10% of max
    lr = [warmup_cosine(s, max_lr, min_lr, warmup, total) for s in range(total + 1)]

    print(f"{'step':>6} {'warm-up+cosine':>15} {'step decay':>11} {'exponential':>12}")
    for s in [0, 250, 500, 2000, 5250, 8000, 10_000]:
        print(f"{s:6d} {lr[s]:15.2e} {step_decay(s, max_lr):11.2e} "
              f"{exponential_decay(s, max_lr):12.2e}")

    assert lr[0] == 0.0 and math.isclose(lr[warmup], max_lr)  # warm-up endpoints
    assert math.isclose(lr[total], min_lr)  # decays exactly to min_lr
    middle = (warmup + total) // 2  # halfway through the decay...
    assert math.isclose(lr[middle], (max_lr + min_lr) / 2, rel_tol=1e-3)  # ...halfway down
    diffs = np.diff(lr)
    assert np.all(diffs[:warmup] > 0) and np.all(diffs[warmup:] <= 0)  # up, then down
    print("peak at step", int(np.argmax(lr)), "| endpoints and monotonicity checked")
    # --8<-- [end:check]


if __name__ == "__main__":
    main()
