"""Truncated SVD and the Eckart-Young theorem on a low-rank-plus-noise matrix."""
import numpy as np


# --8<-- [start:data]
def low_rank_plus_noise(m=60, n=40, strengths=(20.0, 15.0, 10.0, 7.0, 5.0), noise=0.1, seed=0):
    """A rank-5 'signal' U0 diag(strengths) V0^T plus small Gaussian noise."""
    rng = np.random.default_rng(seed)
    U0, _ = np.linalg.qr(rng.normal(size=(m, len(strengths))))
    V0, _ = np.linalg.qr(rng.normal(size=(n, len(strengths))))
    signal = U0 @ np.diag(strengths) @ V0.T
    return signal + noise * rng.normal(size=(m, n)), signal
# --8<-- [end:data]


# --8<-- [start:truncate]
def truncate(U, s, Vt, k):
    """Best rank-k approximation: keep the k largest singular triplets."""
    return U[:, :k] @ np.diag(s[:k]) @ Vt[:k]
# --8<-- [end:truncate]


def main():
    np.set_printoptions(precision=4, suppress=True)
    # --8<-- [start:check]
    A, signal = low_rank_plus_noise()
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    print("first 8 singular values:", s[:8])
    print(" k   |A - A_k|_F   sqrt(sum dropped s^2)   |A - A_k|_2   s_(k+1)")
    for k in range(1, 9):
        Ak = truncate(U, s, Vt, k)
        fro, spec = np.linalg.norm(A - Ak), np.linalg.norm(A - Ak, 2)
        tail = np.sqrt(np.sum(s[k:] ** 2))
        print(f"{k:2d}   {fro:10.4f}   {tail:18.4f}   {spec:13.4f}   {s[k]:7.4f}")
        assert np.isclose(fro, tail) and np.isclose(spec, s[k])  # Eckart-Young errors
        assert np.linalg.matrix_rank(Ak) == k
    # --8<-- [end:check]

    # --8<-- [start:beat]
    rng = np.random.default_rng(1)
    k = 5
    best = np.linalg.norm(A - truncate(U, s, Vt, k))
    others = []
    for _ in range(200):  # other rank-5 candidates: project A onto a random 5-dim column space
        Q, _ = np.linalg.qr(rng.normal(size=(A.shape[0], k)))
        others.append(np.linalg.norm(A - Q @ (Q.T @ A)))
    print(f"rank 5: truncated SVD error {best:.4f}, best of 200 random rank-5 tries {min(others):.4f}")
    assert best < min(others)
    m, n = A.shape
    print(f"storage: full {m * n} numbers, rank-5 factors {k * (m + n + 1)} numbers")
    err_vs_signal = [np.linalg.norm(truncate(U, s, Vt, j) - signal) for j in range(1, 11)]
    print("distance to the clean signal, k = 1..10:", np.round(err_vs_signal, 2))
    # --8<-- [end:beat]
    assert int(np.argmin(err_vs_signal)) + 1 == 5  # truncating at the true rank denoises best


if __name__ == "__main__":
    main()
