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
# # Lab: backpropagation by hand
#
# This lab turns the two-layer network of the [case studies](../case-studies.md) into a program
# you build one step at a time. You will watch a linear model fail on a data set that needs a
# curved boundary, write the forward pass, derive and code the backward pass layer by layer, and
# prove every gradient correct with finite differences before training. It needs only NumPy and
# runs top to bottom in a second or two. Download it with the button at the top of the page and
# open it in Jupyter, JupyterLab or VS Code; the same file also runs as a plain script.
#
# Notation, as in the lesson: $X$ is the $n \times d$ input matrix (one example per row),
# $W_1, \mathbf{b}_1$ and $W_2, \mathbf{b}_2$ are the two layers, $P$ holds the predicted class
# probabilities and $Y$ the one-hot labels.

# %%
import numpy as np

np.set_printoptions(precision=4, suppress=True)

# %% [markdown]
# ## 1. A data set no straight line can split
#
# Four blobs of points sit near the corners $(\pm 1, \pm 1)$. The blobs at $(1, -1)$ and
# $(-1, 1)$, whose corners have coordinates of opposite signs, are class 1; the other two are
# class 0: the classic XOR pattern. Every straight line leaves at least one blob on the wrong
# side.

# %%
rng = np.random.default_rng(0)
corners = np.array([[1, 1], [-1, -1], [1, -1], [-1, 1]], dtype=float)
labels_of_corner = np.array([0, 0, 1, 1])
per_blob = 50
X = np.concatenate([c + 0.35 * rng.standard_normal((per_blob, 2)) for c in corners])
y = np.repeat(labels_of_corner, per_blob)
n, d, K = len(X), X.shape[1], 2
print("X shape:", X.shape, " class counts:", np.bincount(y))

# %% [markdown]
# ## 2. A linear model fails
#
# Softmax regression computes logits $Z = X W + \mathbf{b}$ and probabilities
# $P = \operatorname{softmax}(Z)$ row by row. It is the network below without a hidden layer. Its
# decision boundary is a straight line, so at best it gets three of the four blobs right (75%).
# Minimising the cross-entropy does not even find that line: by the symmetry of XOR the optimum
# sits near $W = 0$, and the trained model stays at about chance. The helper functions are reused
# for the network.


# %%
def softmax(Z):
    Z = Z - Z.max(axis=1, keepdims=True)  # shift for stability: softmax ignores constants
    E = np.exp(Z)
    return E / E.sum(axis=1, keepdims=True)


def cross_entropy(P, y):
    return -np.mean(np.log(P[np.arange(len(y)), y]))


def one_hot(y, K):
    return np.eye(K)[y]


W, b = np.zeros((d, K)), np.zeros(K)
for _ in range(500):
    P = softmax(X @ W + b)
    G = (P - one_hot(y, K)) / n  # gradient of the loss with respect to the logits
    W -= 1.0 * X.T @ G
    b -= 1.0 * G.sum(axis=0)
linear_accuracy = np.mean(np.argmax(X @ W + b, axis=1) == y)
linear_loss = cross_entropy(softmax(X @ W + b), y)
print(f"softmax regression: loss {linear_loss:.4f}, accuracy {linear_accuracy:.3f}")
assert linear_accuracy < 0.7

# %% [markdown]
# ## 3. The forward pass
#
# The network inserts a hidden layer of $H$ tanh units:
#
# $$
# Z_1 = X W_1 + \mathbf{1}\mathbf{b}_1^\top,\quad A_1 = \tanh(Z_1),\quad
# Z_2 = A_1 W_2 + \mathbf{1}\mathbf{b}_2^\top,\quad P = \operatorname{softmax}(Z_2),
# $$
#
# and the loss is the mean cross-entropy $\mathcal{L} = -\frac{1}{n}\sum_i \log P_{i, y_i}$.
# The forward function keeps the intermediate arrays in a cache, because the backward pass needs
# them. Watch the shapes: every row is one example all the way through.

# %%
H = 8


def init_params(seed=1):
    r = np.random.default_rng(seed)
    return {
        "W1": r.standard_normal((d, H)),
        "b1": np.zeros(H),
        "W2": r.standard_normal((H, K)) / np.sqrt(H),
        "b2": np.zeros(K),
    }


def forward(params, X, y):
    Z1 = X @ params["W1"] + params["b1"]
    A1 = np.tanh(Z1)
    Z2 = A1 @ params["W2"] + params["b2"]
    P = softmax(Z2)
    return cross_entropy(P, y), {"X": X, "A1": A1, "P": P, "y": y}


params = init_params()
loss, cache = forward(params, X, y)
for name, value in [("X", X), ("A1", cache["A1"]), ("P", cache["P"])]:
    print(f"{name:2s} shape {value.shape}")
print(f"initial loss {loss:.4f}; a network that knows nothing scores log 2 = {np.log(2):.4f}")

# %% [markdown]
# ## 4. The gradient at the output
#
# For one example with logits $\mathbf{z}$ and true class $y$, the loss is
# $\ell = -z_y + \log \sum_j e^{z_j}$. Differentiating with respect to $z_k$ gives
# $-[k = y] + e^{z_k} / \sum_j e^{z_j} = p_k - [k = y]$. Averaging over the $n$ rows divides by $n$,
# so the whole matrix of output gradients is $G_2 = (P - Y)/n$. Before trusting that formula
# inside a network, check it on the logits alone with central differences.


# %%
def numerical_gradient(f, A, h=1e-5):
    """Central differences of the scalar function f with respect to every entry of array A."""
    G = np.zeros_like(A)
    for idx in np.ndindex(A.shape):
        old = A[idx]
        A[idx] = old + h
        plus = f()
        A[idx] = old - h
        minus = f()
        A[idx] = old
        G[idx] = (plus - minus) / (2 * h)
    return G


def relative_error(a, b):
    return np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), 1e-12)


Z2 = rng.standard_normal((5, K))  # five examples, random logits
y5 = y[:5]
analytic = (softmax(Z2) - one_hot(y5, K)) / 5
numeric = numerical_gradient(lambda: cross_entropy(softmax(Z2), y5), Z2)
print(f"dL/dZ2: relative error {relative_error(analytic, numeric):.1e}")
assert relative_error(analytic, numeric) < 1e-6

# %% [markdown]
# ## 5. Backward through the layers
#
# Two rules do all the work. For a linear layer $Z = A W + \mathbf{1}\mathbf{b}^\top$ with upstream
# gradient $G = \partial\mathcal{L}/\partial Z$:
#
# $$
# \frac{\partial \mathcal{L}}{\partial W} = A^\top G,\qquad
# \frac{\partial \mathcal{L}}{\partial \mathbf{b}} = G^\top \mathbf{1},\qquad
# \frac{\partial \mathcal{L}}{\partial A} = G W^\top .
# $$
#
# For an element-wise function $A = \tanh(Z)$, multiply element by element by the derivative:
# $\partial\mathcal{L}/\partial Z = (\partial\mathcal{L}/\partial A) \odot (1 - A^2)$.
# A quick way to remember which side each transpose goes on: the result must have the shape of
# the thing you differentiate with respect to. For the output layer,
# $A_1^\top G_2$ is $(H \times n)(n \times K) = H \times K$, the shape of $W_2$.


# %%
def backward(params, cache):
    X, A1, P, y = cache["X"], cache["A1"], cache["P"], cache["y"]
    G2 = (P - one_hot(y, K)) / len(y)  # dL/dZ2, shape n x K
    grads = {"W2": A1.T @ G2, "b2": G2.sum(axis=0)}
    dA1 = G2 @ params["W2"].T  # dL/dA1, shape n x H
    G1 = dA1 * (1 - A1**2)  # dL/dZ1: tanh'(z) = 1 - tanh(z)^2
    grads["W1"] = X.T @ G1
    grads["b1"] = G1.sum(axis=0)
    return grads


grads = backward(params, cache)
for name in params:
    print(f"{name}: parameter shape {params[name].shape}, gradient shape {grads[name].shape}")
    assert grads[name].shape == params[name].shape

# %% [markdown]
# ## 6. Check every gradient
#
# A backward pass that runs is not yet a correct backward pass: a wrong sign or a missing
# transpose still produces arrays of the right shape. Nudge every single parameter up and down by
# $h = 10^{-5}$, recompute the loss, and compare the slope with the backward pass. In float64 a
# correct implementation agrees to about $10^{-9}$ or better; a bug gives errors of order 0.1 to 1.

# %%
for name in params:
    numeric = numerical_gradient(lambda: forward(params, X, y)[0], params[name])
    err = relative_error(grads[name], numeric)
    print(f"{name}: relative error {err:.1e}")
    assert err < 1e-6, name

# %% [markdown]
# ## 7. Train
#
# With the gradients proven, training is a loop of forward, backward and a step downhill. This is
# plain full-batch gradient descent with a fixed learning rate.

# %%
params = init_params()
for step in range(1501):
    loss, cache = forward(params, X, y)
    grads = backward(params, cache)
    for name in params:
        params[name] -= 0.5 * grads[name]
    if step % 300 == 0:
        print(f"step {step:4d}  loss {loss:.4f}")
loss, cache = forward(params, X, y)
accuracy = np.mean(np.argmax(cache["P"], axis=1) == y)
print(f"final loss {loss:.4f}, training accuracy {accuracy:.3f}")
print(f"(softmax regression on the raw inputs: {linear_accuracy:.3f})")
assert accuracy > 0.95

# %% [markdown]
# ## 8. What the hidden layer learned
#
# The output layer is softmax regression, exactly the model that failed in section 2, but applied
# to the hidden features $A_1$ instead of to $X$. The hidden layer has learned a new set of
# coordinates in which the classes are separable by a straight line (a hyperplane in $H$
# dimensions). Check it: fit a fresh softmax regression on the frozen features.

# %%
A1 = cache["A1"]
V, c = np.zeros((H, K)), np.zeros(K)
for _ in range(500):
    G = (softmax(A1 @ V + c) - one_hot(y, K)) / n
    V -= 1.0 * A1.T @ G
    c -= 1.0 * G.sum(axis=0)
feature_accuracy = np.mean(np.argmax(A1 @ V + c, axis=1) == y)
print(f"softmax regression on X: {linear_accuracy:.3f}")
print(f"softmax regression on the learned features A1: {feature_accuracy:.3f}")
assert feature_accuracy > 0.95

# %% [markdown]
# A text picture of the decision regions: each character is one point of a grid over the square
# $[-2, 2]^2$, with `.` for class 0 and `#` for class 1. XOR needs at least two boundary lines;
# expect the class-1 region to be a band (or a cross) through the corners $(-1, 1)$ and $(1, -1)$,
# with its edges bent where the data are.

# %%
xs = np.linspace(-2, 2, 41)
ys = np.linspace(2, -2, 17)
grid = np.array([[gx, gy] for gy in ys for gx in xs])
_, grid_cache = forward(params, grid, np.zeros(len(grid), dtype=int))
classes = np.argmax(grid_cache["P"], axis=1).reshape(len(ys), len(xs))
for row in classes:
    print("".join(".#"[k] for k in row))

# %% [markdown]
# ## Your turn
#
# 1. **ReLU.** Replace tanh by ReLU, $\max(0, z)$, whose derivative is 1 for $z > 0$ and 0 for
#    $z < 0$. Change one line of `forward` and one of `backward`, then rerun the gradient check. Why
#    can the check occasionally report a large error for ReLU even when the code is right? (Hint:
#    what happens when some $z$ lies within $h$ of 0?)
# 2. **Weight decay.** Add $\frac{\lambda}{2}(\lVert W_1 \rVert_F^2 + \lVert W_2 \rVert_F^2)$ to
#    the loss with $\lambda = 10^{-3}$. Derive the extra gradient terms, add them, and make the
#    gradient check pass again.
# 3. **Mini-batches.** Train with batches of 32 random rows per step instead of all 200. Is the
#    mini-batch gradient an unbiased estimate of the full one? Compare the loss curves.
# 4. **Two hidden units.** Set $H = 2$ and print (or plot) the rows of $A_1$ coloured by class.
#    Can a single straight line separate the classes in the hidden space?
# 5. **More classes.** Generate the three-class spirals from the lesson and train this code on
#    them with $K = 3$. Which lines had to change? (If you wrote `backward` with shapes in mind,
#    none of it.)
