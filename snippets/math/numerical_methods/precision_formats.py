"""float32, float16 and bfloat16 side by side; bfloat16 emulated by rounding float32 bits."""
import numpy as np


# --8<-- [start:bf16]
def to_bf16(x):
    """Round float32 values to bfloat16 (kept in a float32 array): keep the top 16 of 32 bits.

    bfloat16 is float32 with the last 16 fraction bits dropped: same sign bit and 8-bit exponent,
    7 fraction bits instead of 23. Rounding is to nearest, ties to even, done on the integer bits.
    """
    x = np.asarray(x, dtype=np.float32)
    bits = x.view(np.uint32).astype(np.uint64)
    lsb = (bits >> 16) & 1                            # last bit that survives: decides ties
    rounded = ((bits + 0x7FFF + lsb) & 0xFFFF0000).astype(np.uint32)
    out = rounded.view(np.float32)
    return np.where(np.isnan(x), np.float32(np.nan), out)
# --8<-- [end:bf16]


# --8<-- [start:compare]
def show_table():
    print("value            float32                float16            bfloat16")
    values = [0.1, 1 / 3, 1000.7, 70000.0, 1e-6, 1e-8]
    with np.errstate(over="ignore"):
        for v in values:
            f32, f16, b16 = np.float32(v), np.float16(v), to_bf16(v)
            print(f"{v:<12.6g} {float(f32):<22.10g} {float(f16):<18.10g} {float(b16):.10g}")
        assert np.isinf(np.float16(70000.0)) and float(to_bf16(70000.0)) == 70144.0
    assert float(np.float16(0.1)) == 0.0999755859375 and float(to_bf16(0.1)) == 0.10009765625
    assert float(np.float16(1e-8)) == 0.0 and float(to_bf16(1e-8)) > 0   # fp16 underflows, bf16 not
# --8<-- [end:compare]


# --8<-- [start:facts]
def significant_bits(round_fn):
    """Largest p such that 1 + 2^-(p-1) survives rounding: the precision including the hidden bit."""
    p = 1
    while float(round_fn(1 + 2.0 ** -p)) != 1.0:
        p += 1
    return p


def show_facts():
    print("\n-- precision, epsilon, range --")
    fmts = {"float32": np.float32, "float16": np.float16, "bfloat16": to_bf16}
    expected_bits = {"float32": 24, "float16": 11, "bfloat16": 8}
    for name, fn in fmts.items():
        p = significant_bits(fn)
        assert p == expected_bits[name]
        print(f"{name:>8}: {p:2d} significant bits, epsilon 2^-{p - 1} = {2.0 ** -(p - 1):.4e}")

    bf16_max = float(np.array([0x7F7F0000], dtype=np.uint32).view(np.float32)[0])   # 0 11111110 1111111
    bf16_tiny = float(np.array([0x00800000], dtype=np.uint32).view(np.float32)[0])  # smallest normal
    print(f"max:            float32 {float(np.finfo(np.float32).max):.4e}, "
          f"float16 {float(np.finfo(np.float16).max):.0f}, bfloat16 {bf16_max:.4e}")
    print(f"smallest normal: float32 {float(np.finfo(np.float32).tiny):.4e}, "
          f"float16 {float(np.finfo(np.float16).tiny):.4e}, bfloat16 {bf16_tiny:.4e}")
    assert float(np.finfo(np.float16).max) == (2 - 2**-10) * 2**15 == 65504
    assert bf16_max == (2 - 2**-7) * 2.0**127
    assert bf16_tiny == float(np.finfo(np.float32).tiny) == 2.0**-126   # bf16 keeps float32's range
    with np.errstate(over="ignore"):
        assert float(np.float16(65519)) == 65504 and np.isinf(np.float16(65520))
    # Ties go to even: 1 + 2^-8 is halfway between 1 and 1 + 2^-7 in bf16 and rounds down to 1.
    assert float(to_bf16(1 + 2**-8)) == 1.0 and float(to_bf16(1 + 3 * 2**-9)) == 1 + 2**-7

    print("\n-- a small update to a weight of 1.0 --")
    for update in (1e-3, 1e-4):
        # Round the inputs to the format, add exactly (in float64), round the sum to the format.
        new = {name: float(fn(float(fn(1.0)) + float(fn(update)))) for name, fn in fmts.items()}
        print(f"1 + {update:g}: " + ", ".join(f"{name} {v:.10g}" for name, v in new.items()))
    assert float(to_bf16(np.float32(1) + np.float32(1e-3))) == 1.0    # the update is lost in bf16
    assert float(np.float16(1) + np.float16(1e-4)) == 1.0             # and this one in fp16
# --8<-- [end:facts]


def main():
    np.set_printoptions(precision=4)
    show_table()
    show_facts()


if __name__ == "__main__":
    main()
