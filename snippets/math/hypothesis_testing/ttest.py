"""One- and two-sample t-tests written from the formulas, checked against scipy.stats."""
import math

import numpy as np
from scipy import stats


# --8<-- [start:tdist]
def t_pdf(x, df):
    """Density of Student's t distribution with df degrees of freedom."""
    log_c = math.lgamma((df + 1) / 2) - math.lgamma(df / 2) - 0.5 * math.log(df * math.pi)
    return math.exp(log_c) * (1 + x**2 / df) ** (-(df + 1) / 2)


def t_sf(t, df, steps=4000):
    """P(T > t) for t >= 0: one half minus the area from 0 to t (Simpson's rule)."""
    x = np.linspace(0.0, t, steps + 1)
    w = np.ones(steps + 1)
    w[1:-1:2], w[2:-1:2] = 4, 2
    area = (t / steps) / 3 * np.sum(w * t_pdf(x, df))
    return 0.5 - area
# --8<-- [end:tdist]


# --8<-- [start:tests]
def one_sample_t(x, mu0):
    n = len(x)
    t = (x.mean() - mu0) / (x.std(ddof=1) / math.sqrt(n))
    df = n - 1
    return t, df, 2 * t_sf(abs(t), df)  # two-sided p-value


def two_sample_t(a, b, equal_var=False):
    na, nb = len(a), len(b)
    va, vb = a.var(ddof=1), b.var(ddof=1)  # sample variances s_a^2, s_b^2
    if equal_var:  # Student: pool the two variances
        sp2 = ((na - 1) * va + (nb - 1) * vb) / (na + nb - 2)
        se = math.sqrt(sp2 * (1 / na + 1 / nb))
        df = na + nb - 2
    else:  # Welch: separate variances, Welch-Satterthwaite degrees of freedom
        se = math.sqrt(va / na + vb / nb)
        df = (va / na + vb / nb) ** 2 / ((va / na) ** 2 / (na - 1) + (vb / nb) ** 2 / (nb - 1))
    t = (a.mean() - b.mean()) / se
    return t, df, 2 * t_sf(abs(t), df)
# --8<-- [end:tests]


def main():
    rng = np.random.default_rng(0)
    # --8<-- [start:run]
    a = rng.normal(5.0, 1.0, size=12)  # e.g. scores of system A on 12 prompts
    b = rng.normal(5.9, 1.5, size=15)  # system B on 15 other prompts
    print(f"mean a = {a.mean():.3f} (sd {a.std(ddof=1):.3f}), mean b = {b.mean():.3f} (sd {b.std(ddof=1):.3f})")

    for equal_var, name in [(True, "Student (pooled)"), (False, "Welch")]:
        t, df, p = two_sample_t(a, b, equal_var)
        ref = stats.ttest_ind(a, b, equal_var=equal_var)
        assert abs(t - ref.statistic) < 1e-12 and abs(p - ref.pvalue) < 1e-9
        print(f"{name:17s} t = {t:.4f}  df = {df:.2f}  p = {p:.4f}   scipy p = {ref.pvalue:.4f}")

    t, df, p = one_sample_t(a, mu0=5.5)  # H0: the mean of A is 5.5
    ref = stats.ttest_1samp(a, 5.5)
    assert abs(t - ref.statistic) < 1e-12 and abs(p - ref.pvalue) < 1e-9
    print(f"one-sample, H0: mu = 5.5   t = {t:.4f}  df = {df}  p = {p:.4f}   scipy p = {ref.pvalue:.4f}")
    # --8<-- [end:run]


if __name__ == "__main__":
    main()
