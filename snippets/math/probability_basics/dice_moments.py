"""Expectation and variance of a fair die and a loaded die: exact values vs simulation."""
from fractions import Fraction

import numpy as np


# --8<-- [start:exact]
def exact_moments(values, probs):
    """Exact E[X], E[X^2] and Var(X) of a discrete PMF, in rational arithmetic."""
    assert all(p >= 0 for p in probs) and sum(probs) == 1, "not a valid PMF"
    mean = sum(x * p for x, p in zip(values, probs))
    second = sum(x**2 * p for x, p in zip(values, probs))  # LOTUS with g(x) = x^2
    var_by_definition = sum((x - mean) ** 2 * p for x, p in zip(values, probs))
    var_shortcut = second - mean**2  # Var(X) = E[X^2] - E[X]^2
    assert var_by_definition == var_shortcut  # equal as exact fractions
    return mean, second, var_by_definition
# --8<-- [end:exact]


def fourth_central_moment(values, probs, mean):
    return sum((x - mean) ** 4 * p for x, p in zip(values, probs))


# --8<-- [start:simulate]
def simulate(values, probs, n, rng):
    """Draw n outcomes from the PMF and return the sample mean and sample variance."""
    draws = rng.choice(values, size=n, p=[float(p) for p in probs])
    return draws, draws.mean(), draws.var()
# --8<-- [end:simulate]


def main():
    np.set_printoptions(precision=4, suppress=True)
    rng = np.random.default_rng(0)
    n = 200_000
    values = [1, 2, 3, 4, 5, 6]
    dice = {
        "fair die": [Fraction(1, 6)] * 6,
        "loaded die": [Fraction(1, 10)] * 5 + [Fraction(1, 2)],
    }
    # --8<-- [start:compare]
    for name, probs in dice.items():
        mean, second, var = exact_moments(values, probs)
        draws, m_hat, v_hat = simulate(values, probs, n, rng)
        # standard errors of the sample mean and of the sample variance
        se_mean = (float(var) / n) ** 0.5
        mu4 = fourth_central_moment(values, probs, mean)
        se_var = ((float(mu4) - float(var) ** 2) / n) ** 0.5
        assert abs(m_hat - float(mean)) < 5 * se_mean
        assert abs(v_hat - float(var)) < 5 * se_var
        print(f"{name}: E[X] = {mean} = {float(mean):.4f}, E[X^2] = {second}, "
              f"Var(X) = {var} = {float(var):.4f}")
        print(f"  simulated ({n} rolls): mean {m_hat:.4f} (+/- {se_mean:.4f}), "
              f"variance {v_hat:.4f} (+/- {se_var:.4f})")
        # linearity: E[2X + 3] = 2 E[X] + 3 and Var(2X + 3) = 4 Var(X)
        y = 2 * draws + 3
        assert abs(y.mean() - (2 * m_hat + 3)) < 1e-9
        assert abs(y.var() - 4 * v_hat) < 1e-9
        print(f"  Y = 2X + 3: E[Y] = {2 * mean + 3} (sim {y.mean():.4f}), "
              f"Var(Y) = {4 * var} (sim {y.var():.4f})")
    # --8<-- [end:compare]

    # --8<-- [start:jensen]
    # E[g(X)] is not g(E[X]): for g(x) = x^2 the gap is exactly the variance
    mean, second, var = exact_moments(values, dice["fair die"])
    print(f"fair die: E[X^2] = {float(second):.4f} but E[X]^2 = {float(mean**2):.4f}; "
          f"gap = {float(second - mean**2):.4f} = Var(X)")
    # linearity needs no independence: X + X has mean 7 but variance 4 Var(X), not 2 Var(X)
    _, _, var_fair = exact_moments(values, dice["fair die"])
    two_dice = {}
    for a in values:
        for b in values:
            two_dice[a + b] = two_dice.get(a + b, 0) + Fraction(1, 36)
    m2, _, v2 = exact_moments(list(two_dice), list(two_dice.values()))
    assert m2 == 7 and v2 == 2 * var_fair  # two independent dice
    print(f"two independent dice: E = {m2}, Var = {v2} = 2 * {var_fair}; "
          f"one die doubled: Var(2X) = {4 * var_fair}")
    # --8<-- [end:jensen]


if __name__ == "__main__":
    main()
