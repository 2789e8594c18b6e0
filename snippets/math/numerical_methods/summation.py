"""Adding many small numbers: naive float16 stalls; Kahan, pairwise or a float32 accumulator do not."""
import math

import numpy as np


# --8<-- [start:methods]
def naive_sum(xs, dtype):
    """Left-to-right running sum, rounded to dtype after every addition."""
    s = dtype(0)
    for x in xs:
        s = dtype(s + x)
    return s


def kahan_sum(xs, dtype):
    """Compensated summation: c carries the low-order bits that each addition rounds away."""
    s, c = dtype(0), dtype(0)
    for x in xs:
        y = dtype(x - c)          # the new term, corrected by what was lost last time
        t = dtype(s + y)          # big + small: the low bits of y are lost here...
        c = dtype((t - s) - y)    # ...and recovered here (algebraically c = 0)
        s = t
    return s


def pairwise_sum(xs, dtype):
    """Split in halves and add the two half-sums: errors grow like log2(n), not n."""
    if len(xs) <= 8:
        return naive_sum(xs, dtype)
    mid = len(xs) // 2
    return dtype(pairwise_sum(xs[:mid], dtype) + pairwise_sum(xs[mid:], dtype))
# --8<-- [end:methods]


# --8<-- [start:experiment]
def main():
    np.set_printoptions(precision=4)
    n = 10_000
    xs = np.full(n, np.float16(1e-4))                 # float16(1e-4) = 1.0001659...e-4
    exact = math.fsum(float(x) for x in xs)           # correctly rounded sum of the stored values
    results = {
        "naive, float16 accumulator": naive_sum(xs, np.float16),
        "Kahan, float16 accumulator": kahan_sum(xs, np.float16),
        "pairwise, float16": pairwise_sum(xs, np.float16),
        "naive, float32 accumulator": naive_sum(xs.astype(np.float32), np.float32),
    }
    print(f"sum of {n} copies of float16(1e-4): exact {exact:.6f}")
    for name, value in results.items():
        print(f"  {name:<27} {float(value):.6f}   error {abs(float(value) - exact):.1e}")

    # Why naive float16 stalls at 0.25: there the gap between float16 neighbours is 2^-12,
    # and adding 1e-4 (less than half a gap, 2^-13 = 1.22e-4) rounds straight back.
    assert float(results["naive, float16 accumulator"]) == 0.25
    assert np.spacing(np.float16(0.25)) == 2.0**-12 and float(xs[0]) < 2.0**-13
    # Kahan lands within one float16 gap at 1 (2^-10) of the exact sum.
    assert abs(float(results["Kahan, float16 accumulator"]) - exact) <= 2.0**-10
    assert abs(float(results["pairwise, float16"]) - exact) <= 2.0**-9
    assert abs(float(results["naive, float32 accumulator"]) - exact) < 1e-5

    print("\nfloat32, one million values uniform in [0, 1):")
    rng = np.random.default_rng(0)
    big = rng.random(1_000_000).astype(np.float32)
    exact = math.fsum(big.astype(np.float64))
    running = np.cumsum(big)[-1]                      # cumsum adds strictly left to right
    pairwise = np.sum(big)                            # NumPy's sum uses pairwise blocks
    wide = np.sum(big, dtype=np.float64)              # accumulate in float64
    candidates = (("naive (cumsum)", running), ("np.sum (pairwise)", pairwise),
                  ("float64 accumulator", wide))
    rel = {name: abs(float(v) - exact) / exact for name, v in candidates}
    print(f"  naive (cumsum)       relative error {rel['naive (cumsum)']:.1e}")
    # The last two depend on how NumPy blocks the sum on your CPU, so print a bound, not digits.
    print(f"  np.sum (pairwise)    relative error below 1e-7:  {rel['np.sum (pairwise)'] < 1e-7}")
    print(f"  float64 accumulator  relative error below 1e-15: {rel['float64 accumulator'] < 1e-15}")
    assert rel["naive (cumsum)"] > 1e-6 > 1e-7 > rel["np.sum (pairwise)"]
    assert rel["float64 accumulator"] < 1e-15
# --8<-- [end:experiment]


if __name__ == "__main__":
    main()
