"""IEEE 754 floats: the bit layout, machine epsilon, 0.1 + 0.2, and catastrophic cancellation."""
import math
import struct
from decimal import Decimal, getcontext

import numpy as np


# --8<-- [start:layout]
def float32_fields(x):
    """Split a float32 into (sign, biased exponent, fraction) using its 32 raw bits."""
    (bits,) = struct.unpack(">I", struct.pack(">f", x))
    return bits >> 31, (bits >> 23) & 0xFF, bits & 0x7FFFFF


def float32_value(sign, exponent, fraction):
    """Rebuild a normal float32: (-1)^s * (1 + f / 2^23) * 2^(e - 127)."""
    return (-1) ** sign * (1 + fraction / 2**23) * 2.0 ** (exponent - 127)


def show_layout():
    print("-- float32 layout: sign | exponent (8 bits) | fraction (23 bits) --")
    for x in (1.0, -6.5, 0.1):
        s, e, f = float32_fields(x)
        value = float32_value(s, e, f)
        print(f"{x:>5}: {s} | {e:08b} | {f:023b}   e - 127 = {e - 127:>3}   value = {value!r}")
        assert value == float(np.float32(x))          # the fields reproduce the stored number
    assert float32_fields(-6.5) == (1, 129, 0b101 << 20)  # -6.5 = -1.101 (binary) x 2^2
# --8<-- [end:layout]


# --8<-- [start:epsilon]
def machine_epsilon(dtype):
    """Halve eps until 1 + eps/2 rounds back to 1: the gap from 1 to the next float."""
    one, eps = dtype(1), dtype(1)
    while dtype(one + eps / dtype(2)) != one:
        eps = dtype(eps / dtype(2))
    return eps


def show_epsilon():
    print("\n-- machine epsilon = 2^-(p-1), p = significant bits --")
    for dtype, p in ((np.float16, 11), (np.float32, 24), (np.float64, 53)):
        eps = machine_epsilon(dtype)
        assert eps == np.finfo(dtype).eps == 2.0 ** -(p - 1)
        print(f"{dtype.__name__:>8}: p = {p:2d}, eps = 2^-{p - 1} = {float(eps):.4e}, "
              f"about {p * math.log10(2):.1f} decimal digits")
    # Spacing grows with magnitude: the relative precision is what is fixed.
    for x in (1.0, 1e8, 1e16):
        print(f"gap between float64 neighbours at {x:.0e}: {np.spacing(x):.4e}")
    assert 1e16 + 1 == 1e16                           # the gap at 1e16 is 2, so +1 is rounded away
# --8<-- [end:epsilon]


# --8<-- [start:point_one]
def show_point_one():
    print("\n-- 0.1 + 0.2 --")
    for label, x in (("0.1", 0.1), ("0.2", 0.2), ("0.1 + 0.2", 0.1 + 0.2), ("0.3", 0.3)):
        print(f"{label:>9} is stored as {Decimal(x)}")
    assert 0.1 + 0.2 != 0.3
    assert (0.1 + 0.2) - 0.3 == 2.0**-54 == np.spacing(0.3)   # exactly one gap apart
    assert math.isclose(0.1 + 0.2, 0.3)               # compare floats with a tolerance
    print(f"(0.1 + 0.2) + 0.3 = {(0.1 + 0.2) + 0.3!r},  0.1 + (0.2 + 0.3) = {0.1 + (0.2 + 0.3)!r}")
    assert (0.1 + 0.2) + 0.3 != 0.1 + (0.2 + 0.3)     # addition is not associative
# --8<-- [end:point_one]


# --8<-- [start:cancellation]
def show_cancellation():
    getcontext().prec = 50                           # 50-digit decimals as the exact reference
    print("\n-- 1 - cos(x) at x = 1e-8 --")
    x = 1e-8
    naive, stable = 1 - math.cos(x), 2 * math.sin(x / 2) ** 2
    exact = x**2 / 2 - x**4 / 24                      # Taylor series; the next term is ~1e-51
    print(f"naive 1 - cos(x)   = {naive!r}")
    print(f"stable 2 sin^2(x/2) = {stable!r}   (exact {exact:.6e})")
    assert naive == 0.0 and math.isclose(stable, exact, rel_tol=1e-15)

    print("\n-- small root of x^2 - 1e8 x + 1 = 0 --")
    a, b, c = 1.0, -1e8, 1.0
    d = math.sqrt(b * b - 4 * a * c)
    naive = (-b - d) / (2 * a)                        # subtracts two nearly equal numbers
    stable = (2 * c) / (-b + d)                       # same root, written without cancellation
    exact = (Decimal(1e8) - (Decimal(1e8) ** 2 - 4).sqrt()) / 2
    for name, r in (("naive", naive), ("stable", stable)):
        print(f"{name:>6}: {r!r}   relative error {abs(Decimal(r) - exact) / exact:.1e}")
    assert abs(Decimal(naive) - exact) / exact > Decimal("0.1")
    assert abs(Decimal(stable) - exact) / exact < Decimal("1e-15")

    print("\n-- variance of 1e9 + (4, 7, 13, 16) --")
    data = 1e9 + np.array([4.0, 7.0, 13.0, 16.0])
    one_pass = np.mean(data**2) - np.mean(data) ** 2  # E[X^2] - E[X]^2
    two_pass = np.mean((data - np.mean(data)) ** 2)   # subtract the mean first
    print(f"E[X^2] - E[X]^2      = {one_pass}")
    print(f"mean of (X - mean)^2 = {two_pass}   (exact 22.5)")
    assert one_pass != 22.5 and two_pass == 22.5 == np.var(data)
# --8<-- [end:cancellation]


def main():
    np.set_printoptions(precision=4, suppress=True)
    show_layout()
    show_epsilon()
    show_point_one()
    show_cancellation()


if __name__ == "__main__":
    main()
