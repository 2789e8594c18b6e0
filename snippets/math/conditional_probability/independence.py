"""Independence and conditional independence differ: an example of each without the other."""
import numpy as np


# --8<-- [start:helpers]
def is_independent(pxy, tol=1e-12):
    """X and Y are independent when p(x, y) = p(x) p(y) for every cell."""
    px, py = pxy.sum(axis=1), pxy.sum(axis=0)
    return np.allclose(pxy, np.outer(px, py), atol=tol, rtol=0)


def is_cond_independent(pzxy, tol=1e-12):
    """X and Y are independent given Z when p(x, y | z) = p(x | z) p(y | z) for every z."""
    return all(is_independent(slab / slab.sum(), tol) for slab in pzxy)
# --8<-- [end:helpers]


def main():
    np.set_printoptions(precision=4, suppress=True)
    # --8<-- [start:topic]
    # Z = topic (sports, cooking); X = "ball" appears; Y = "score" appears in a document
    p_z = np.array([0.5, 0.5])
    p_x_given_z = np.array([[0.2, 0.8], [0.9, 0.1]])  # rows z, columns x = 0, 1
    p_y_given_z = np.array([[0.3, 0.7], [0.95, 0.05]])
    pzxy = p_z[:, None, None] * p_x_given_z[:, :, None] * p_y_given_z[:, None, :]
    pxy = pzxy.sum(axis=0)
    assert is_cond_independent(pzxy) and not is_independent(pxy)
    px, py = pxy.sum(axis=1), pxy.sum(axis=0)
    print("topic example: X and Y independent given Z:", is_cond_independent(pzxy))
    print(f"  but P(X=1, Y=1) = {pxy[1, 1]:.4f} while P(X=1) P(Y=1) = {px[1] * py[1]:.4f}")
    print(f"  P(Y=1 | X=1) = {pxy[1, 1] / px[1]:.4f} vs P(Y=1) = {py[1]:.4f}: "
          "seeing 'ball' makes 'score' more likely")
    # --8<-- [end:topic]

    # --8<-- [start:xor]
    # X, Y = two fair coins, Z = X XOR Y
    pzxy = np.zeros((2, 2, 2))
    for x in (0, 1):
        for y in (0, 1):
            pzxy[x ^ y, x, y] = 0.25
    pxy = pzxy.sum(axis=0)
    assert is_independent(pxy) and not is_cond_independent(pzxy)
    print("XOR example: X and Y independent:", is_independent(pxy))
    print("  given Z = 0, p(x, y | z):")
    print(pzxy[0] / pzxy[0].sum())
    print("  knowing Z and X pins down Y, so they are not independent given Z")
    # --8<-- [end:xor]


if __name__ == "__main__":
    main()
