"""Summary statistics computed by hand, checked against NumPy and scipy.stats.describe."""
import math
from collections import Counter

import numpy as np
from scipy import stats


# --8<-- [start:by_hand]
def mean(x):
    return sum(x) / len(x)


def median(x):
    s = sorted(x)
    n, mid = len(s), len(s) // 2
    return s[mid] if n % 2 == 1 else (s[mid - 1] + s[mid]) / 2


def mode(x):
    counts = Counter(x)
    top = max(counts.values())
    return sorted(v for v, c in counts.items() if c == top)  # there can be ties


def variance(x, ddof=1):
    m = mean(x)
    return sum((xi - m) ** 2 for xi in x) / (len(x) - ddof)  # ddof=1: Bessel's n - 1


def quantile(x, q):
    """Linear interpolation between order statistics (NumPy's default rule)."""
    s = sorted(x)
    pos = q * (len(s) - 1)  # fractional index into the sorted data
    lo = math.floor(pos)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (pos - lo) * (s[hi] - s[lo])


def skewness(x):
    """Third standardised moment, with 1/n moments (scipy's default, bias=True)."""
    m, n = mean(x), len(x)
    m2 = sum((xi - m) ** 2 for xi in x) / n
    m3 = sum((xi - m) ** 3 for xi in x) / n
    return m3 / m2**1.5


def zscores(x):
    m, s = mean(x), math.sqrt(variance(x, ddof=1))
    return [(xi - m) / s for xi in x]
# --8<-- [end:by_hand]


# --8<-- [start:check]
def summarise(x):
    q1, q3 = quantile(x, 0.25), quantile(x, 0.75)
    mine = {
        "mean": mean(x), "median": median(x), "variance": variance(x),
        "std": math.sqrt(variance(x)), "q1": q1, "q3": q3, "iqr": q3 - q1,
        "skewness": skewness(x),
    }
    for k, v in mine.items():
        print(f"{k:9s} {v:8.4f}")
    print("mode(s)  ", mode(x))

    a = np.asarray(x, dtype=float)
    d = stats.describe(a)  # nobs, minmax, mean, variance (ddof=1), skewness, kurtosis
    assert math.isclose(mine["mean"], d.mean) and math.isclose(mine["mean"], a.mean())
    assert math.isclose(mine["median"], np.median(a))
    assert math.isclose(mine["variance"], d.variance) and math.isclose(mine["variance"], a.var(ddof=1))
    assert math.isclose(mine["std"], a.std(ddof=1))
    assert np.allclose([q1, q3], np.quantile(a, [0.25, 0.75]))
    assert math.isclose(mine["iqr"], stats.iqr(a))
    assert math.isclose(mine["skewness"], d.skewness)
    assert np.allclose(zscores(x), stats.zscore(a, ddof=1))
    print("describe:", f"n={d.nobs}, min={d.minmax[0]:.1f}, max={d.minmax[1]:.1f},",
          f"mean={d.mean:.4f}, var={d.variance:.4f}, skew={d.skewness:.4f}")
# --8<-- [end:check]


# --8<-- [start:robust]
def robustness(x):
    spoiled = list(x) + [500.0]  # one data-entry error appended
    for name, data in (("clean", x), ("+ outlier", spoiled)):
        q1, q3 = quantile(data, 0.25), quantile(data, 0.75)
        print(f"{name:10s} mean={mean(data):7.2f}  median={median(data):6.2f}  "
              f"std={math.sqrt(variance(data)):7.2f}  iqr={q3 - q1:6.2f}")
    q1, q3 = quantile(spoiled, 0.25), quantile(spoiled, 0.75)
    lo, hi = q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)  # Tukey's fences
    flagged = [v for v in spoiled if v < lo or v > hi]
    z = zscores(spoiled)
    print(f"Tukey fences [{lo:.2f}, {hi:.2f}] flag {flagged}")
    n = len(spoiled)
    print(f"z-score of 500: {z[-1]:.2f}   ceiling (n-1)/sqrt(n) = {(n - 1) / math.sqrt(n):.2f}")
    assert flagged == [31.0, 500.0]
    assert abs(z[-1]) <= (n - 1) / math.sqrt(n)  # a single point can never look more extreme
# --8<-- [end:robust]


def main():
    np.set_printoptions(precision=4, suppress=True)
    # minutes a small team spent on 15 code reviews (made-up data, right-skewed)
    x = [12.0, 7.0, 9.0, 15.0, 7.0, 22.0, 10.0, 8.0, 31.0, 11.0, 9.0, 7.0, 14.0, 18.0, 10.0]
    summarise(x)
    robustness(x)


if __name__ == "__main__":
    main()
