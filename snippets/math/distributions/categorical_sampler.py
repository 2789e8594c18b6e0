"""Sample next tokens from a categorical distribution with the inverse CDF; temperature preview."""
import numpy as np

VOCAB = ["sat", "slept", "ran", "purred", "is", "banana"]
LOGITS = np.array([2.0, 1.2, 0.8, 0.5, 0.1, -3.0])  # model scores after "The cat"


# --8<-- [start:sampler]
def softmax(z):
    e = np.exp(z - z.max())  # subtracting the max changes nothing but avoids overflow
    return e / e.sum()


def inverse_cdf_sample(probs, u):
    """Token index for each uniform u in [0, 1): the first k with u < F(k)."""
    cdf = np.cumsum(probs)
    cdf[-1] = 1.0  # guard against round-off leaving the total at 0.9999999
    return np.searchsorted(cdf, u, side="right")
# --8<-- [end:sampler]


def entropy(p):
    p = p[p > 0]
    return float(-(p * np.log(p)).sum())


def main():
    np.set_printoptions(precision=4, suppress=True)
    rng = np.random.default_rng(0)
    # --8<-- [start:frequencies]
    probs = softmax(LOGITS)
    cdf = np.cumsum(probs)
    # boundaries: u just below F(k) gives k, u exactly at F(k) gives k + 1
    for k in range(len(probs) - 1):
        assert inverse_cdf_sample(probs, np.array([cdf[k] - 1e-12, cdf[k]])).tolist() == [k, k + 1]
    m = 100_000
    tokens = inverse_cdf_sample(probs, rng.random(m))
    freq = np.bincount(tokens, minlength=len(probs)) / m
    se = np.sqrt(probs * (1 - probs) / m)
    assert np.all(np.abs(freq - probs) < 5 * se)
    print(f"{'token':>7s} {'prob':>7s} {'CDF':>7s} {'freq':>7s}")
    for word, p, c, f in zip(VOCAB, probs, cdf, freq):
        print(f"{word:>7s} {p:7.4f} {c:7.4f} {f:7.4f}")
    print(f"max |freq - prob| = {np.abs(freq - probs).max():.4f} over {m} draws")
    # --8<-- [end:frequencies]

    # --8<-- [start:temperature]
    print("temperature T: softmax(logits / T)")
    entropies = []
    for T in (0.25, 0.5, 1.0, 2.0, 10.0):
        p_T = softmax(LOGITS / T)
        entropies.append(entropy(p_T))
        print(f"  T = {T:5.2f}: {p_T}  entropy {entropies[-1]:.3f} nats")
    assert all(a < b for a, b in zip(entropies, entropies[1:]))  # hotter = flatter
    assert entropies[-1] < np.log(len(VOCAB))  # never exceeds the uniform distribution's
    # --8<-- [end:temperature]


if __name__ == "__main__":
    main()
