"""A joint table: marginals, conditionals and a Bayes posterior, checked by simulation."""
import numpy as np

PREVALENCE = 0.01  # P(D = 1): one person in a hundred has the disease
SENSITIVITY = 0.99  # P(T = + | D = 1)
FALSE_POSITIVE = 0.05  # P(T = + | D = 0), i.e. specificity 0.95


# --8<-- [start:table]
def joint_table(prior, sens, fpr):
    """Rows D = 1 (sick), D = 0 (healthy); columns T = +, T = -.

    Product rule: p(d, t) = p(d) p(t | d).
    """
    return np.array([
        [prior * sens, prior * (1 - sens)],
        [(1 - prior) * fpr, (1 - prior) * (1 - fpr)],
    ])


def marginals(joint):
    """Sum rule: sum out the other variable."""
    return joint.sum(axis=1), joint.sum(axis=0)  # p(d), p(t)


def conditionals(joint):
    """p(t | d) divides each row by its total; p(d | t) divides each column by its total."""
    p_d, p_t = marginals(joint)
    return joint / p_d[:, None], joint / p_t[None, :]
# --8<-- [end:table]


# --8<-- [start:bayes]
def bayes_posterior(prior, sens, fpr):
    """P(D = 1 | T = +) = P(+ | D) P(D) / P(+), with P(+) from the law of total probability."""
    evidence = sens * prior + fpr * (1 - prior)
    return sens * prior / evidence
# --8<-- [end:bayes]


def simulate(prior, sens, fpr, n, rng):
    sick = rng.random(n) < prior
    positive = np.where(sick, rng.random(n) < sens, rng.random(n) < fpr)
    return sick, positive


def main():
    np.set_printoptions(precision=4, suppress=True)
    rng = np.random.default_rng(0)
    # --8<-- [start:check]
    joint = joint_table(PREVALENCE, SENSITIVITY, FALSE_POSITIVE)
    p_d, p_t = marginals(joint)
    t_given_d, d_given_t = conditionals(joint)
    print("joint p(d, t), rows D = 1, 0 and columns T = +, -:")
    print(joint)
    print("p(d) =", p_d, " p(t) =", p_t, f" total = {joint.sum():.4f}")
    print("p(t | d), each row sums to 1:")
    print(t_given_d)
    print("p(d | t), each column sums to 1:")
    print(d_given_t)
    assert np.isclose(joint.sum(), 1.0) and np.allclose(t_given_d.sum(axis=1), 1.0)
    assert np.allclose(d_given_t.sum(axis=0), 1.0)

    posterior = bayes_posterior(PREVALENCE, SENSITIVITY, FALSE_POSITIVE)
    assert np.isclose(posterior, d_given_t[0, 0]) and np.isclose(posterior, 1 / 6)
    print(f"P(D = 1 | T = +) from the table = {d_given_t[0, 0]:.4f}, from Bayes = {posterior:.4f}")

    n = 1_000_000
    sick, positive = simulate(PREVALENCE, SENSITIVITY, FALSE_POSITIVE, n, rng)
    estimate = sick[positive].mean()  # fraction of positives who are sick
    se = np.sqrt(posterior * (1 - posterior) / positive.sum())
    assert abs(estimate - posterior) < 5 * se
    print(f"simulation: {positive.sum()} of {n} people test positive, "
          f"{sick[positive].sum()} of them are sick -> {estimate:.4f} (+/- {se:.4f})")

    # a second, conditionally independent test: yesterday's posterior is today's prior
    second = bayes_posterior(posterior, SENSITIVITY, FALSE_POSITIVE)
    print(f"after two positive tests: P(D = 1 | +, +) = {second:.4f}")
    assert np.isclose(second, 0.99**2 * 0.01 / (0.99**2 * 0.01 + 0.05**2 * 0.99))
    # --8<-- [end:check]


if __name__ == "__main__":
    main()
