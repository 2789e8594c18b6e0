"""The linear layer y = Wx + b: one vector, a batch, and why two stacked layers collapse."""
import numpy as np


# --8<-- [start:layer]
def linear(x, W, b):
    """One input vector: W has shape (d_out, d_in), x has shape (d_in,), b has shape (d_out,)."""
    return W @ x + b


def linear_batch(X, W, b):
    """A batch of row vectors X with shape (N, d_in): every row goes through the same layer.
    Row n of X @ W.T is (W @ X[n]).T, and b broadcasts from (d_out,) to (N, d_out)."""
    return X @ W.T + b


def check_layer():
    print("-- one linear layer, d_in = 4, d_out = 3 --")
    rng = np.random.default_rng(0)
    d_in, d_out, N = 4, 3, 5
    W = rng.normal(size=(d_out, d_in))
    b = rng.normal(size=d_out)
    X = rng.normal(size=(N, d_in))
    Y = linear_batch(X, W, b)
    Y_loop = np.array([linear(X[n], W, b) for n in range(N)])
    assert Y.shape == (N, d_out) and np.allclose(Y, Y_loop)
    print("X", X.shape, "-> Y", Y.shape, "; batched == one vector at a time:",
          np.allclose(Y, Y_loop))
    print("y for the first input:", Y[0])
    print("parameters: W has", W.size, "+ b has", b.size, "=", W.size + b.size,
          "= d_in*d_out + d_out")
    assert W.size + b.size == d_in * d_out + d_out
# --8<-- [end:layer]


# --8<-- [start:collapse]
def check_collapse():
    print("-- two linear layers with no activation in between are one linear layer --")
    rng = np.random.default_rng(1)
    W1, b1 = rng.normal(size=(8, 4)), rng.normal(size=8)  # 4 -> 8
    W2, b2 = rng.normal(size=(3, 8)), rng.normal(size=3)  # 8 -> 3
    W, b = W2 @ W1, W2 @ b1 + b2  # W2 (W1 x + b1) + b2 = (W2 W1) x + (W2 b1 + b2)
    X = rng.normal(size=(6, 4))
    two_layers = linear_batch(linear_batch(X, W1, b1), W2, b2)
    one_layer = linear_batch(X, W, b)
    assert np.allclose(two_layers, one_layer)
    print("merged W has shape", W.shape, "; outputs agree:", np.allclose(two_layers, one_layer))
    relu = lambda z: np.maximum(z, 0.0)  # noqa: E731
    with_relu = linear_batch(relu(linear_batch(X, W1, b1)), W2, b2)
    print("with a ReLU in between they no longer agree:", not np.allclose(with_relu, one_layer))
    assert not np.allclose(with_relu, one_layer)
# --8<-- [end:collapse]


def main():
    np.set_printoptions(precision=4, suppress=True)
    check_layer()
    check_collapse()


if __name__ == "__main__":
    main()
