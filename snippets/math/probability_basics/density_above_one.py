"""A density can exceed 1 and still integrate to 1: checks with scipy.integrate.quad."""
import math

import numpy as np
from scipy import integrate


# --8<-- [start:density]
def triangle_pdf(x):
    """f(x) = 8x on [0, 1/2], zero elsewhere. Its peak is f(1/2) = 4."""
    return 8.0 * x if 0.0 <= x <= 0.5 else 0.0


def triangle_cdf(x):
    """F(x) = integral of f from -inf to x = 4x^2 on [0, 1/2]."""
    return 0.0 if x < 0 else (4.0 * x * x if x <= 0.5 else 1.0)


def gaussian_pdf(x, mu, sigma):
    return math.exp(-((x - mu) ** 2) / (2 * sigma**2)) / math.sqrt(2 * math.pi * sigma**2)
# --8<-- [end:density]


def main():
    np.set_printoptions(precision=4, suppress=True)
    rng = np.random.default_rng(0)

    # --8<-- [start:checks]
    total, _ = integrate.quad(triangle_pdf, 0.0, 0.5)
    print(f"triangle: peak density f(0.5) = {triangle_pdf(0.5):.1f}, total area = {total:.6f}")
    assert abs(total - 1.0) < 1e-12

    # probabilities are areas: P(0.2 < X < 0.4) from the CDF and from the integral
    area, _ = integrate.quad(triangle_pdf, 0.2, 0.4)
    from_cdf = triangle_cdf(0.4) - triangle_cdf(0.2)
    assert abs(area - from_cdf) < 1e-12 and abs(from_cdf - 0.48) < 1e-12
    print(f"P(0.2 < X < 0.4) = F(0.4) - F(0.2) = {from_cdf:.4f} (quad: {area:.4f})")

    # a single point has probability zero; a tiny interval has probability ~ f(x) * h
    h = 1e-3
    tiny = triangle_cdf(0.4 + h) - triangle_cdf(0.4)
    print(f"P(X = 0.4) = 0, P(0.4 < X < 0.401) = {tiny:.6f} ~ f(0.4) * h = {8 * 0.4 * h:.6f}")
    assert abs(tiny - 8 * 0.4 * h) < 1e-5

    # moments by integration (LOTUS) and the closed forms E[X] = 1/3, Var(X) = 1/72
    mean, _ = integrate.quad(lambda x: x * triangle_pdf(x), 0.0, 0.5)
    second, _ = integrate.quad(lambda x: x**2 * triangle_pdf(x), 0.0, 0.5)
    var = second - mean**2
    assert abs(mean - 1 / 3) < 1e-12 and abs(var - 1 / 72) < 1e-12
    # inverse-CDF sampling: F(x) = u  =>  x = sqrt(u) / 2
    draws = np.sqrt(rng.random(200_000)) / 2
    se = math.sqrt(var / draws.size)
    assert abs(draws.mean() - mean) < 5 * se
    print(f"E[X] = {mean:.4f} (1/3), Var(X) = {var:.5f} (1/72 = {1 / 72:.5f}), "
          f"sample mean of 200000 draws = {draws.mean():.4f}")

    # a narrow Gaussian: density ~3.99 at the mean, area still 1
    for sigma in (1.0, 0.1, 0.01):
        peak = gaussian_pdf(0.0, 0.0, sigma)
        assert abs(peak - 1 / (sigma * math.sqrt(2 * math.pi))) < 1e-12 * peak
        area, _ = integrate.quad(gaussian_pdf, -50 * sigma, 50 * sigma,
                                 args=(0.0, sigma), points=[0.0])
        assert abs(area - 1.0) < 1e-9
        print(f"N(0, {sigma}^2): peak density {peak:8.4f}, total area {area:.6f}")
    # --8<-- [end:checks]


if __name__ == "__main__":
    main()
