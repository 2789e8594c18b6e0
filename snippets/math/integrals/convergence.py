"""Convergence rates: trapezoid error ~ h^2, Simpson ~ h^4, Monte Carlo ~ 1/sqrt(n)."""
import math

import numpy as np

from quadrature import simpson, trapezoid


def main():
    rng = np.random.default_rng(0)
    exact = math.e - 1  # integral of e^x over [0, 1]

    # --8<-- [start:rates]
    ns = [4, 8, 16, 32, 64]
    trap_err = [abs(trapezoid(np.exp, 0.0, 1.0, n) - exact) for n in ns]
    simp_err = [abs(simpson(np.exp, 0.0, 1.0, n) - exact) for n in ns]
    print(f"{'n':>3} {'h':>8} {'trapezoid err':>14} {'ratio':>6} {'Simpson err':>12} {'ratio':>6}")
    for i, n in enumerate(ns):
        r_t = trap_err[i - 1] / trap_err[i] if i else float("nan")
        r_s = simp_err[i - 1] / simp_err[i] if i else float("nan")
        print(f"{n:3d} {1 / n:8.5f} {trap_err[i]:14.3e} {r_t:6.2f} {simp_err[i]:12.3e} {r_s:6.2f}")

    h = 1 / np.array(ns)
    slope_t = np.polyfit(np.log(h), np.log(trap_err), 1)[0]  # error ~ C h^p: slope p
    slope_s = np.polyfit(np.log(h), np.log(simp_err), 1)[0]
    print(f"fitted order: trapezoid {slope_t:.2f}, Simpson {slope_s:.2f}")
    assert abs(slope_t - 2) < 0.05 and abs(slope_s - 4) < 0.05
    # the leading error terms in closed form: (b-a) h^2 f''/12 and (b-a) h^4 f''''/180, averaged
    assert abs(trap_err[-1] / (h[-1] ** 2 * (math.e - 1) / 12) - 1) < 1e-3
    assert abs(simp_err[-1] / (h[-1] ** 4 * (math.e - 1) / 180) - 1) < 1e-2
    # --8<-- [end:rates]

    # --8<-- [start:montecarlo]
    sigma = math.sqrt((math.e**2 - 1) / 2 - (math.e - 1) ** 2)  # std of e^U, U ~ Uniform(0, 1)
    print(f"\nMonte Carlo on the same integral (sigma = {sigma:.4f}), 100 repeats each")
    print(f"{'n':>7} {'RMS error':>10} {'RMS * sqrt(n)':>14}")
    for n in [100, 1_000, 10_000, 100_000]:
        estimates = np.exp(rng.uniform(size=(100, n))).mean(axis=1)
        rms = math.sqrt(np.mean((estimates - exact) ** 2))
        print(f"{n:7d} {rms:10.2e} {rms * math.sqrt(n):14.4f}")
        assert abs(rms * math.sqrt(n) / sigma - 1) < 0.25  # error = sigma / sqrt(n)
    # --8<-- [end:montecarlo]


if __name__ == "__main__":
    main()
