"""A tiny reverse-mode automatic differentiation engine on scalars, checked by finite differences."""
import math


# --8<-- [start:value]
class Value:
    """A scalar that remembers how it was computed, so gradients can flow back through it."""

    def __init__(self, data, parents=(), local_grads=(), op=""):
        self.data = float(data)
        self.grad = 0.0                  # d(output)/d(self), filled in by backward()
        self.parents = parents           # the Values this one was computed from
        self.local_grads = local_grads   # d(self)/d(parent) for each parent
        self.op = op

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data + other.data, (self, other), (1.0, 1.0), "+")

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        # d(ab)/da = b and d(ab)/db = a
        return Value(self.data * other.data, (self, other), (other.data, self.data), "*")

    __radd__ = __add__
    __rmul__ = __mul__

    def tanh(self):
        t = math.tanh(self.data)
        return Value(t, (self,), (1.0 - t * t,), "tanh")

    def exp(self):
        e = math.exp(self.data)
        return Value(e, (self,), (e,), "exp")
# --8<-- [end:value]

    # --8<-- [start:backward]
    def backward(self):
        """Fill in .grad of every Value this one depends on (reverse-mode chain rule)."""
        order, seen = [], set()

        def visit(v):  # depth-first: every node is listed after all of its parents
            if id(v) not in seen:
                seen.add(id(v))
                for p in v.parents:
                    visit(p)
                order.append(v)

        visit(self)
        for v in order:
            v.grad = 0.0
        self.grad = 1.0  # d(output)/d(output)
        for v in reversed(order):  # children before parents
            for p, local in zip(v.parents, v.local_grads):
                p.grad += local * v.grad  # chain rule; += sums over every path
    # --8<-- [end:backward]


# --8<-- [start:functions]
def tanh(v):  # works on floats, on Value (reverse mode) and on Dual (forward mode, below)
    return v.tanh() if hasattr(v, "tanh") else math.tanh(v)


def exp(v):
    return v.exp() if hasattr(v, "exp") else math.exp(v)


def neuron(x1, x2, w1, w2, b):
    """One tanh unit: tanh(w1 x1 + w2 x2 + b)."""
    return tanh(w1 * x1 + w2 * x2 + b)


def reuse(a, b, c):
    """a is used three times, so its gradient is a sum over three paths."""
    return tanh(a * b + c) * exp(a) + a
# --8<-- [end:functions]


# --8<-- [start:check]
def numeric_grad(f, args, h=1e-6):
    """Central differences on plain floats, one input at a time."""
    grads = []
    for i in range(len(args)):
        up = list(args)
        down = list(args)
        up[i] += h
        down[i] -= h
        grads.append((f(*up) - f(*down)) / (2 * h))
    return grads


def check(f, args, names):
    inputs = [Value(a) for a in args]
    out = f(*inputs)
    out.backward()
    numeric = numeric_grad(f, args)
    print(f"{f.__name__}{tuple(args)} = {out.data:.6f}")
    for name, v, n in zip(names, inputs, numeric):
        print(f"  d/d{name}: backward {v.grad: .8f}   finite diff {n: .8f}")
        assert abs(v.grad - n) < 1e-8
    assert abs(out.data - f(*args)) < 1e-12  # same forward value on floats
# --8<-- [end:check]


# --8<-- [start:forward_mode]
class Dual:
    """Forward mode: carry a value and its derivative along one chosen input direction."""

    def __init__(self, val, dot=0.0):
        self.val, self.dot = float(val), float(dot)

    def __add__(self, other):
        other = other if isinstance(other, Dual) else Dual(other)
        return Dual(self.val + other.val, self.dot + other.dot)

    def __mul__(self, other):
        other = other if isinstance(other, Dual) else Dual(other)
        return Dual(self.val * other.val, self.dot * other.val + self.val * other.dot)

    __radd__ = __add__
    __rmul__ = __mul__

    def tanh(self):
        t = math.tanh(self.val)
        return Dual(t, (1.0 - t * t) * self.dot)

    def exp(self):
        e = math.exp(self.val)
        return Dual(e, e * self.dot)


def forward_mode_grad(f, args):
    """One forward pass per input: seed dot = 1 on input i, read off df/dx_i."""
    grads = []
    for i in range(len(args)):
        duals = [Dual(a, 1.0 if j == i else 0.0) for j, a in enumerate(args)]
        grads.append(f(*duals).dot)
    return grads
# --8<-- [end:forward_mode]


def main():
    check(neuron, [0.5, -1.5, 0.8, 0.3, 0.1], ["x1", "x2", "w1", "w2", "b"])
    check(reuse, [0.4, -0.7, 0.2], ["a", "b", "c"])

    # hand-derived check for the neuron: do/dw1 = (1 - o^2) * x1
    o = math.tanh(0.8 * 0.5 + 0.3 * -1.5 + 0.1)
    assert abs(numeric_grad(neuron, [0.5, -1.5, 0.8, 0.3, 0.1])[2] - (1 - o * o) * 0.5) < 1e-8

    # --8<-- [start:modes]
    args = [0.4, -0.7, 0.2]
    fwd = forward_mode_grad(reuse, args)      # 3 passes, one per input
    inputs = [Value(a) for a in args]
    reuse(*inputs).backward()                 # 1 forward + 1 backward pass, all 3 inputs
    rev = [v.grad for v in inputs]
    print("forward mode (3 passes):", [round(g, 8) for g in fwd])
    print("reverse mode (1 pass):  ", [round(g, 8) for g in rev])
    # --8<-- [end:modes]
    assert all(abs(a - b) < 1e-12 for a, b in zip(fwd, rev))


if __name__ == "__main__":
    main()
