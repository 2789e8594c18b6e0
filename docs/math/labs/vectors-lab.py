# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Lab: a tiny semantic search with vectors
#
# This lab turns the [vectors lesson](../vectors.md) into a working program. You will give a handful
# of sentences hand-made feature vectors, rank them against a query by cosine similarity, and check
# every number against a second way of computing it. It runs top to bottom in about a second and needs
# only NumPy. Download it with the button at the top of the page and open it in Jupyter, JupyterLab or
# VS Code; the same file also runs as a plain script.
#
# Real systems get their vectors from a trained encoder (see the advanced language modelling track),
# but the arithmetic of search is exactly what you do here.

# %%
import numpy as np

np.set_printoptions(precision=3, suppress=True)

# %% [markdown]
# ## 1. Documents as vectors
#
# Each sentence gets four hand-made features: how much it is about *animals*, *food*, *sport* and
# *weather*. A trained model would learn hundreds of such directions without names; four named ones
# are enough to see the geometry.

# %%
FEATURES = ["animals", "food", "sport", "weather"]
DOCUMENTS = {
    "The cat chased the dog around the garden": [0.9, 0.0, 0.2, 0.1],
    "Our puppy loves running after a ball": [0.8, 0.0, 0.6, 0.0],
    "Fresh bread and soup for lunch": [0.0, 0.9, 0.0, 0.1],
    "The team won the match in the rain": [0.0, 0.0, 0.9, 0.4],
    "Heavy rain and wind expected tomorrow": [0.0, 0.0, 0.0, 1.0],
    "A picnic of sandwiches in the sun": [0.0, 0.7, 0.1, 0.5],
}
titles = list(DOCUMENTS)
X = np.array(list(DOCUMENTS.values()))
print("document matrix shape:", X.shape)

# %% [markdown]
# ## 2. Cosine similarity, two ways
#
# The cosine of the angle between two vectors is their dot product divided by the product of their
# lengths. Normalising every row to unit length first turns the whole ranking into one matrix-vector
# product, which is how vector databases do it at scale. Both routes must agree.


# %%
def cosine(a, b):
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


def normalise_rows(M):
    return M / np.linalg.norm(M, axis=1, keepdims=True)


query = np.array([0.7, 0.1, 0.5, 0.0])  # "a dog playing football"
one_by_one = np.array([cosine(row, query) for row in X])
all_at_once = normalise_rows(X) @ (query / np.linalg.norm(query))
assert np.allclose(one_by_one, all_at_once)
print("similarities:", all_at_once)

# %% [markdown]
# ## 3. Rank the documents
#
# Sorting the similarities from high to low gives the search results. The two animal sentences should
# come first, and the weather forecast, which shares no feature with the query, last with a
# similarity of exactly zero (the vectors are orthogonal).

# %%
order = np.argsort(-all_at_once)
for rank, i in enumerate(order, start=1):
    print(f"{rank}. {all_at_once[i]:.3f}  {titles[i]}")
assert titles[order[0]].startswith("Our puppy")
assert abs(all_at_once[titles.index("Heavy rain and wind expected tomorrow")]) < 1e-12

# %% [markdown]
# ## 4. Why length must not matter
#
# Doubling a document's vector (say, a sentence repeated twice) changes its dot product with the query
# but not its cosine similarity. That invariance is why search ranks by cosine, not by raw dot
# products, unless the vectors are already normalised.

# %%
doubled = 2 * X[0]
print(f"dot product: {X[0] @ query:.3f} -> {doubled @ query:.3f}")
print(f"cosine:      {cosine(X[0], query):.3f} -> {cosine(doubled, query):.3f}")
assert np.isclose(cosine(X[0], query), cosine(doubled, query))

# %% [markdown]
# ## Your turn
#
# 1. Add a fifth feature, *music*, and a document about a concert. Which query finds it first?
# 2. Replace cosine similarity by Euclidean distance between unit vectors. Show that for unit vectors
#    $\lVert \mathbf{a} - \mathbf{b} \rVert^2 = 2 - 2\cos\theta$, so both give the same ranking.
# 3. Time the one-by-one loop against the matrix product for 100 000 random documents of dimension 384
#    (the size of a small sentence-embedding model) and explain the difference.
