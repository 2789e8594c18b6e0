"""Cosine similarity on a few hand-made "word vectors", and why we normalise."""
import math

import numpy as np
from scipy.spatial import distance  # used only as a reference to check against

# Five made-up features: royalty, femininity, person, animal, food.
# Real embeddings have hundreds of dimensions that nobody labels; these are toys.
WORDS = {
    "king": np.array([0.9, 0.1, 0.8, 0.0, 0.0]),
    "queen": np.array([0.9, 0.9, 0.8, 0.0, 0.0]),
    "man": np.array([0.1, 0.1, 0.9, 0.0, 0.0]),
    "woman": np.array([0.15, 0.85, 0.9, 0.0, 0.0]),
    "cat": np.array([0.0, 0.4, 0.0, 0.9, 0.1]),
    "apple": np.array([0.0, 0.0, 0.0, 0.0, 1.0]),
    "empire": np.array([3.0, 0.0, 0.3, 0.0, 0.0]),  # deliberately long
}


# --8<-- [start:cosine]
def cosine_similarity(x, y):
    return float(np.dot(x, y) / (np.linalg.norm(x) * np.linalg.norm(y)))


def rank(query, words, score):
    """Every other word, best first, by score(query vector, word vector)."""
    others = [w for w in words if w != query]
    return sorted(others, key=lambda w: score(words[query], words[w]), reverse=True)


def show_ranking():
    print("-- neighbours of 'queen' --")
    q = WORDS["queen"]
    for w in rank("queen", WORDS, cosine_similarity):
        v = WORDS[w]
        print(f"{w:7s} cosine={cosine_similarity(q, v):7.4f}  dot={np.dot(q, v):7.4f}")
    by_dot = rank("queen", WORDS, lambda x, y: float(np.dot(x, y)))
    print("ranked by cosine:", rank("queen", WORDS, cosine_similarity)[:3])
    print("ranked by raw dot:", by_dot[:3])
# --8<-- [end:cosine]


# --8<-- [start:checks]
def unit(x):
    return x / np.linalg.norm(x)


def check_identities():
    print("-- identities, checked on every pair --")
    names = list(WORDS)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            x, y = WORDS[a], WORDS[b]
            cos = cosine_similarity(x, y)
            # 1. cosine similarity is the dot product of the normalised vectors
            assert math.isclose(cos, float(np.dot(unit(x), unit(y))), abs_tol=1e-12)
            # 2. Cauchy-Schwarz: |x . y| <= |x| |y|, so the cosine lies in [-1, 1]
            assert abs(np.dot(x, y)) <= np.linalg.norm(x) * np.linalg.norm(y) + 1e-12
            # 3. SciPy's "cosine" is a distance: 1 - similarity
            assert math.isclose(cos, 1.0 - distance.cosine(x, y), abs_tol=1e-12)
            # 4. for unit vectors, squared Euclidean distance = 2 - 2 cos
            assert math.isclose(float(np.sum((unit(x) - unit(y)) ** 2)), 2 - 2 * cos, abs_tol=1e-12)
            # 5. scaling a vector by a positive number leaves the cosine unchanged
            assert math.isclose(cosine_similarity(7.0 * x, y), cos, abs_tol=1e-12)
    print(f"all 5 identities hold for {len(names) * (len(names) - 1) // 2} pairs")
    x, y = WORDS["queen"], WORDS["cat"]
    print(f"cos(queen, cat) = {cosine_similarity(x, y):.4f};"
          f" scipy distance.cosine = {distance.cosine(x, y):.4f}")
# --8<-- [end:checks]


# --8<-- [start:analogy]
def show_analogy():
    print("-- vector arithmetic: king - man + woman --")
    target = WORDS["king"] - WORDS["man"] + WORDS["woman"]
    print("king - man + woman =", target)
    candidates = {w: v for w, v in WORDS.items() if w not in ("king", "man", "woman")}
    best = max(candidates, key=lambda w: cosine_similarity(target, candidates[w]))
    print(f"closest remaining word: {best} (cosine {cosine_similarity(target, WORDS[best]):.4f})")
    assert best == "queen"
# --8<-- [end:analogy]


def main():
    np.set_printoptions(precision=4, suppress=True)
    show_ranking()
    check_identities()
    show_analogy()


if __name__ == "__main__":
    main()
