"""Perplexity of a tiny bigram language model on a short self-written text."""
import math
from collections import Counter

import numpy as np

# A small self-written corpus; one sentence per line, words separated by spaces.
TRAIN = """\
the cat sat on the mat .
the dog sat on the log .
the cat saw the dog .
the dog saw the cat on the mat .
a cat and a dog sat on a log .
the cat ran to the dog .
a dog ran to the mat ."""
TEST = """\
the dog sat on the mat .
the mat ran to a cat ."""


# --8<-- [start:model]
def sentences(text):
    """Each line becomes <s> w1 ... wn </s>; <s> is only ever a context, never predicted."""
    return [["<s>"] + line.split() + ["</s>"] for line in text.splitlines()]


def train_bigram(corpus, vocab, k=0.1):
    """q(w | v) = (count(v, w) + k) / (count(v) + k |V|): add-k smoothing, no zero probabilities."""
    pairs = Counter((s[i], s[i + 1]) for s in corpus for i in range(len(s) - 1))
    contexts = ["<s>"] + [w for w in vocab if w != "</s>"]
    table = {}
    for v in contexts:
        counts = np.array([pairs[(v, w)] for w in vocab], dtype=float)
        table[v] = dict(zip(vocab, (counts + k) / (counts.sum() + k * len(vocab))))
    return table


def token_log_probs(model, sentence):
    """Natural-log probability of each predicted token given the one before it."""
    probs = [model(prev, w) for prev, w in zip(sentence[:-1], sentence[1:])]
    return np.array([math.log(q) if q > 0 else -math.inf for q in probs])


def perplexity(log_probs):
    """exp of the average negative log-likelihood per token (the cross-entropy in nats)."""
    return math.exp(-np.mean(log_probs))
# --8<-- [end:model]


# --8<-- [start:evaluate]
def main():
    np.set_printoptions(precision=4, suppress=True)
    corpus = sentences(TRAIN)
    vocab = sorted({w for s in corpus for w in s[1:]})          # every predictable token, incl. </s>
    V = len(vocab)
    table = train_bigram(corpus, vocab)
    bigram = lambda prev, w: table[prev][w]                     # noqa: E731
    unigram_counts = Counter(w for s in corpus for w in s[1:])
    n_tokens = sum(unigram_counts.values())
    unigram = lambda prev, w: (unigram_counts[w] + 1) / (n_tokens + V)   # noqa: E731
    uniform = lambda prev, w: 1 / V                              # noqa: E731

    for v, row in table.items():                                 # every row is a distribution
        assert math.isclose(sum(row.values()), 1.0)

    test = sentences(TEST)
    n_test = sum(len(s) - 1 for s in test)
    print(f"vocabulary size V = {V}, training tokens = {n_tokens}, test tokens predicted = {n_test}")
    first = test[0]
    lp = token_log_probs(bigram, first)
    print("\nbigram q(token | previous) on the first test sentence:")
    for prev, w, l in zip(first[:-1], first[1:], lp):
        print(f"  q({w:>4} | {prev:>4}) = {math.exp(l):.4f}   -log q = {-l:.4f} nats")

    print("\nwhole test set (both sentences):")
    results = {}
    for name, model in [("uniform", uniform), ("unigram", unigram), ("bigram", bigram)]:
        lp = np.concatenate([token_log_probs(model, s) for s in test])
        nll = -np.mean(lp)
        ppl = perplexity(lp)
        results[name] = ppl
        # Three equal forms: exp(mean NLL in nats), 2^(mean NLL in bits), 1 / geometric mean of q.
        assert math.isclose(ppl, 2 ** (-np.mean(lp / math.log(2))))
        assert math.isclose(ppl, np.prod(np.exp(lp)) ** (-1 / len(lp)))
        print(f"{name:<8} cross-entropy {nll:.4f} nats = {nll / math.log(2):.4f} bits/token"
              f"   perplexity {ppl:.4f}")
    assert math.isclose(results["uniform"], V)                  # a uniform model has perplexity V
    assert results["bigram"] < results["unigram"] < results["uniform"]

    raw = train_bigram(corpus, vocab, k=0.0)                     # no smoothing: unseen pairs get 0
    lp_raw = np.concatenate([token_log_probs(lambda v, w: raw[v][w], s) for s in test])
    unseen = [(v, w) for s in test for v, w in zip(s[:-1], s[1:]) if raw[v][w] == 0]
    print(f"\nunsmoothed bigram: unseen pairs {unseen}, perplexity {perplexity(lp_raw)}")
    assert perplexity(lp_raw) == math.inf

    print("\nsmoothing k   train perplexity   test perplexity")
    train_ppl = []
    for k in (0.0, 0.1, 1.0):
        t = train_bigram(corpus, vocab, k=k)
        q = lambda v, w: t[v][w]                                 # noqa: E731
        train_ppl.append(perplexity(np.concatenate([token_log_probs(q, s) for s in corpus])))
        test_ppl = perplexity(np.concatenate([token_log_probs(q, s) for s in test]))
        print(f"{k:11.1f}   {train_ppl[-1]:16.4f}   {test_ppl:15.4f}")
    # k = 0 is the maximum-likelihood estimate, so it has the lowest training cross-entropy.
    assert train_ppl[0] < train_ppl[1] < train_ppl[2]
# --8<-- [end:evaluate]


if __name__ == "__main__":
    main()
