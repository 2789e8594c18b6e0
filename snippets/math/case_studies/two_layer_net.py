"""A two-layer network with hand-written backpropagation, every gradient checked numerically."""
import numpy as np


# --8<-- [start:data]
def make_spirals(per_class=100, classes=3, seed=0):
    """Three interleaved spiral arms in the plane: no straight line separates them."""
    rng = np.random.default_rng(seed)
    X, y = [], []
    for k in range(classes):
        r = np.linspace(0.05, 1.0, per_class)
        angle = np.linspace(4.0 * k, 4.0 * (k + 1), per_class)
        angle = angle + 0.2 * rng.standard_normal(per_class)  # a little noise
        X.append(np.column_stack([r * np.sin(angle), r * np.cos(angle)]))
        y.append(np.full(per_class, k))
    return np.concatenate(X), np.concatenate(y)


def init_params(d_in=2, hidden=32, classes=3, seed=0):
    rng = np.random.default_rng(seed)
    return {
        "W1": rng.standard_normal((d_in, hidden)),  # scale 1: inputs are in [-1, 1]
        "b1": np.zeros(hidden),
        "W2": rng.standard_normal((hidden, classes)) / np.sqrt(hidden),
        "b2": np.zeros(classes),
    }
# --8<-- [end:data]


# --8<-- [start:forward]
def forward(params, X, y):
    """Return the mean cross-entropy loss and the values the backward pass needs."""
    Z1 = X @ params["W1"] + params["b1"]  # n x H pre-activations
    A1 = np.tanh(Z1)  # n x H hidden features
    Z2 = A1 @ params["W2"] + params["b2"]  # n x K logits
    Z2 = Z2 - Z2.max(axis=1, keepdims=True)  # softmax is shift-invariant; avoids overflow
    log_P = Z2 - np.log(np.exp(Z2).sum(axis=1, keepdims=True))  # log-softmax
    loss = -np.mean(log_P[np.arange(len(y)), y])
    return loss, (X, A1, np.exp(log_P), y)
# --8<-- [end:forward]


# --8<-- [start:backward]
def backward(params, cache):
    """Gradients of the mean cross-entropy with respect to every parameter."""
    X, A1, P, y = cache
    n = len(y)
    G2 = P.copy()
    G2[np.arange(n), y] -= 1.0
    G2 /= n  # dL/dZ2 = (P - Y) / n
    grads = {"W2": A1.T @ G2, "b2": G2.sum(axis=0)}
    G1 = (G2 @ params["W2"].T) * (1.0 - A1**2)  # dL/dZ1: back through W2, then tanh' = 1 - tanh^2
    grads["W1"] = X.T @ G1
    grads["b1"] = G1.sum(axis=0)
    return grads
# --8<-- [end:backward]


# --8<-- [start:gradcheck]
def numerical_grads(params, X, y, h=1e-5):
    """Central differences for every single parameter entry (slow, but only used to check)."""
    grads = {}
    for name, value in params.items():
        g = np.zeros_like(value)
        for idx in np.ndindex(value.shape):
            old = value[idx]
            value[idx] = old + h
            plus, _ = forward(params, X, y)
            value[idx] = old - h
            minus, _ = forward(params, X, y)
            value[idx] = old
            g[idx] = (plus - minus) / (2 * h)
        grads[name] = g
    return grads


def relative_error(a, b):
    return np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), 1e-12)
# --8<-- [end:gradcheck]


# --8<-- [start:train]
def train(X, y, hidden=32, lr=1.0, steps=1000):
    params = init_params(hidden=hidden)
    history = []
    for step in range(steps):
        loss, cache = forward(params, X, y)
        grads = backward(params, cache)
        for name in params:
            params[name] -= lr * grads[name]  # plain full-batch gradient descent
        if step % 250 == 0:
            history.append((step, loss))
    history.append((steps, forward(params, X, y)[0]))
    return params, history


def predict(params, X):
    return np.argmax(np.tanh(X @ params["W1"] + params["b1"]) @ params["W2"] + params["b2"], axis=1)
# --8<-- [end:train]


def main():
    np.set_printoptions(precision=4, suppress=True)
    # --8<-- [start:run]
    X, y = make_spirals()
    params = init_params()
    n_params = sum(p.size for p in params.values())
    loss, cache = forward(params, X, y)
    print(f"{len(X)} points, 3 classes, {n_params} parameters; "
          f"initial loss {loss:.4f} (log 3 = {np.log(3):.4f})")
    analytic, numeric = backward(params, cache), numerical_grads(params, X, y)
    for name in params:
        err = relative_error(analytic[name], numeric[name])
        shape = str(params[name].shape)
        print(f"gradient check {name}: shape {shape:8s} relative error < 1e-6: {err < 1e-6}")
        assert err < 1e-6, (name, err)

    params, history = train(X, y)
    for step, loss in history:
        print(f"step {step:5d}  loss {loss:.4f}")
    accuracy = np.mean(predict(params, X) == y)
    X_test, y_test = make_spirals(seed=1)  # fresh points from the same spirals
    test_accuracy = np.mean(predict(params, X_test) == y_test)
    print(f"training accuracy {accuracy:.3f}, accuracy on 300 new points {test_accuracy:.3f}")
    assert accuracy > 0.95 and test_accuracy > 0.9
    # --8<-- [end:run]


if __name__ == "__main__":
    main()
