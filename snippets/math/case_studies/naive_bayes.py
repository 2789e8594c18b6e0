"""Multinomial Naive Bayes on a tiny hand-written corpus, one posterior checked exactly by hand."""
from collections import Counter
from fractions import Fraction

import numpy as np

# --8<-- [start:data]
TRAIN = [
    ("spam", "win money now"),
    ("spam", "free money free prize"),
    ("spam", "claim your free prize now"),
    ("spam", "cheap offer win cash"),
    ("ham", "meeting moved to noon"),
    ("ham", "lunch with the team today"),
    ("ham", "notes from the project meeting"),
    ("ham", "can you send the project notes"),
    ("ham", "team lunch is free today"),
    ("ham", "see you at the meeting now"),
]
CLASSES = ["spam", "ham"]
# --8<-- [end:data]


# --8<-- [start:fit]
def fit(train, alpha=1.0):
    """Log priors and log word probabilities with add-alpha (Laplace) smoothing."""
    vocab = sorted({w for _, text in train for w in text.split()})
    index = {w: j for j, w in enumerate(vocab)}
    counts = np.zeros((len(CLASSES), len(vocab)))
    docs = np.zeros(len(CLASSES))
    for label, text in train:
        c = CLASSES.index(label)
        docs[c] += 1
        for w in text.split():
            counts[c, index[w]] += 1
    log_prior = np.log(docs / docs.sum())
    theta = (counts + alpha) / (counts.sum(axis=1, keepdims=True) + alpha * len(vocab))
    return vocab, index, log_prior, np.log(theta), counts


def posterior(text, index, log_prior, log_theta):
    """P(class | text): add log-probabilities, then normalise with log-sum-exp."""
    x = np.zeros(log_theta.shape[1])
    for w in text.split():
        if w in index:  # words never seen in training are ignored
            x[index[w]] += 1
    scores = log_prior + log_theta @ x  # log P(c) + sum_w count_w log P(w | c)
    scores -= scores.max()
    return np.exp(scores) / np.exp(scores).sum(), x
# --8<-- [end:fit]


# --8<-- [start:by_hand]
def posterior_by_hand(text, train, alpha=1):
    """The same posterior with exact fractions, straight from the counts."""
    vocab = {w for _, t in train for w in t.split()}
    joint = {}
    for c in CLASSES:
        docs = [t for label, t in train if label == c]
        words = Counter(w for t in docs for w in t.split())
        total = sum(words.values())
        p = Fraction(len(docs), len(train))  # prior P(c)
        for w in text.split():
            if w in vocab:
                p *= Fraction(words[w] + alpha, total + alpha * len(vocab))  # P(w | c)
        joint[c] = p
    evidence = sum(joint.values())
    return {c: joint[c] / evidence for c in CLASSES}
# --8<-- [end:by_hand]


def main():
    np.set_printoptions(precision=4, suppress=True)
    # --8<-- [start:run]
    vocab, index, log_prior, log_theta, counts = fit(TRAIN)
    words_per_class = {c: int(k) for c, k in zip(CLASSES, counts.sum(axis=1))}
    print(f"{len(TRAIN)} messages, vocabulary of {len(vocab)} words, "
          f"words per class {words_per_class}")
    message = "free money meeting"
    probs, x = posterior(message, index, log_prior, log_theta)
    exact = posterior_by_hand(message, TRAIN)
    print(f"message {message!r}: P(spam) = {probs[0]:.6f}, "
          f"exact fraction {exact['spam']} = {float(exact['spam']):.6f}")
    assert np.isclose(probs[0], float(exact["spam"]), rtol=0, atol=1e-12)

    # Naive Bayes is a linear classifier: log-odds = bias + weights . counts
    weights = log_theta[0] - log_theta[1]  # log P(w | spam) - log P(w | ham), one per word
    bias = log_prior[0] - log_prior[1]
    log_odds = bias + weights @ x
    assert np.isclose(1 / (1 + np.exp(-log_odds)), probs[0])  # sigmoid of the log-odds
    print(f"log-odds {log_odds:.4f}, sigmoid(log-odds) = {1 / (1 + np.exp(-log_odds)):.6f}")
    spammy = sorted(vocab, key=lambda w: (-weights[index[w]], w))[:3]
    hammy = sorted(vocab, key=lambda w: (weights[index[w]], w))[:3]
    print("most spammy words:", spammy, " most hammy words:", hammy)
    for text in ["win cash now", "project lunch today", "free lunch"]:
        p, _ = posterior(text, index, log_prior, log_theta)
        print(f"  P(spam | {text!r}) = {p[0]:.4f}")
    # --8<-- [end:run]


if __name__ == "__main__":
    main()
