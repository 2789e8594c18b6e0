"""Counting the FLOPs of a matrix product, and why the order of a chain of products matters."""
import numpy as np


# --8<-- [start:count]
def matmul_counting(A, B):
    """Triple-loop product that also counts multiplications and additions."""
    m, n = A.shape
    p = B.shape[1]
    C = np.zeros((m, p))
    mults = adds = 0
    for i in range(m):
        for j in range(p):
            total = A[i, 0] * B[0, j]
            mults += 1
            for k in range(1, n):
                total += A[i, k] * B[k, j]
                mults += 1
                adds += 1
            C[i, j] = total
    return C, mults, adds


def check_counts():
    print("-- FLOPs of an (m, n) @ (n, p) product --")
    rng = np.random.default_rng(0)
    for m, n, p in [(2, 3, 4), (5, 7, 3), (16, 32, 8)]:
        A, B = rng.normal(size=(m, n)), rng.normal(size=(n, p))
        C, mults, adds = matmul_counting(A, B)
        assert np.allclose(C, A @ B)
        assert mults == m * n * p and adds == m * (n - 1) * p  # the closed forms
        print(f"m={m:2d} n={n:2d} p={p:2d}: {mults:5d} mults + {adds:5d} adds = {mults + adds:5d}"
              f"   2mnp = {2 * m * n * p:5d}")
# --8<-- [end:count]


# --8<-- [start:chain]
def matmul_flops(m, n, p):
    return 2 * m * n * p  # the usual convention: one multiply and one add per (i, j, k)


def check_chain():
    print("-- the same product, two orders: (A B) x versus A (B x) --")
    d = 1024
    first_AB = matmul_flops(d, d, d) + matmul_flops(d, d, 1)
    first_Bx = matmul_flops(d, d, 1) + matmul_flops(d, d, 1)
    print(f"(A B) x: {first_AB:,} FLOPs")
    print(f"A (B x): {first_Bx:,} FLOPs  (about {first_AB // first_Bx} times fewer)")
    rng = np.random.default_rng(0)
    A, B, x = rng.normal(size=(64, 64)), rng.normal(size=(64, 64)), rng.normal(size=64)
    assert np.allclose((A @ B) @ x, A @ (B @ x))  # same answer, very different cost
    print("-- one linear layer over a batch of tokens --")
    tokens, d_in, d_out = 2048, 4096, 4096
    flops = matmul_flops(tokens, d_in, d_out)
    print(f"{tokens} tokens through a {d_in} -> {d_out} layer: {flops:.3e} FLOPs"
          f" = 2 x tokens x parameters ({d_in * d_out:,} weights)")
    assert flops == 2 * tokens * (d_in * d_out)
# --8<-- [end:chain]


def main():
    check_counts()
    check_chain()


if __name__ == "__main__":
    main()
