"""Finite-difference derivatives: forward vs central, and how the error depends on h."""
import numpy as np


# --8<-- [start:fd]
def forward_diff(f, x, h):
    """One-sided estimate (f(x+h) - f(x)) / h. Truncation error ~ h."""
    return (f(x + h) - f(x)) / h


def central_diff(f, x, h):
    """Symmetric estimate (f(x+h) - f(x-h)) / (2h). Truncation error ~ h**2."""
    return (f(x + h) - f(x - h)) / (2 * h)
# --8<-- [end:fd]


# --8<-- [start:sweep]
def error_sweep(f, dfdx, x, hs):
    """Absolute error of both estimates for every step size in hs."""
    exact = dfdx(x)
    fwd = np.array([abs(forward_diff(f, x, h) - exact) for h in hs])
    cen = np.array([abs(central_diff(f, x, h) - exact) for h in hs])
    return fwd, cen


def order(hs, errs):
    """Slope of log10(error) against log10(h): the empirical order of the method."""
    return np.polyfit(np.log10(hs), np.log10(errs), 1)[0]
# --8<-- [end:sweep]


def main():
    # --8<-- [start:run]
    hs = 10.0 ** -np.arange(1, 14)  # 1e-1, 1e-2, ..., 1e-13
    fwd, cen = error_sweep(np.sin, np.cos, 1.0, hs)  # d/dx sin x = cos x, at x = 1
    print("    h     forward error  central error")
    for h, ef, ec in zip(hs, fwd, cen):
        print(f"{h:7.0e}    {ef:9.1e}      {ec:9.1e}")

    p_fwd = order(hs[:5], fwd[:5])  # h = 1e-1 .. 1e-5: truncation dominates
    p_cen = order(hs[:4], cen[:4])  # h = 1e-1 .. 1e-4
    best_fwd, best_cen = hs[np.argmin(fwd)], hs[np.argmin(cen)]
    print(f"order of forward difference: {p_fwd:.2f}")
    print(f"order of central difference: {p_cen:.2f}")
    print(f"best h: forward {best_fwd:.0e} (error {fwd.min():.1e}), "
          f"central {best_cen:.0e} (error {cen.min():.1e})")
    # --8<-- [end:run]

    assert 0.95 < p_fwd < 1.05, p_fwd
    assert 1.95 < p_cen < 2.05, p_cen
    # the optimum sits near sqrt(eps) ~ 1e-8 for forward and eps**(1/3) ~ 6e-6 for central
    assert 1e-9 <= best_fwd <= 1e-7
    assert 1e-6 <= best_cen <= 1e-4
    assert cen.min() < 1e-2 * fwd.min()  # central is ~100x more accurate at its best h
    # shrinking h past the optimum makes both estimates worse again (round-off)
    assert fwd[-1] > 100 * fwd.min() and cen[-1] > 100 * cen.min()


if __name__ == "__main__":
    main()
