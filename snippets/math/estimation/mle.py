"""Maximum likelihood by minimising the negative log-likelihood, checked against the closed forms."""
import numpy as np
from scipy.optimize import minimize


# --8<-- [start:bernoulli]
def bernoulli_nll(p, x):
    """Negative log-likelihood of 0/1 data x under Bernoulli(p)."""
    k, n = x.sum(), len(x)
    return -(k * np.log(p) + (n - k) * np.log(1 - p))


def fit_bernoulli(x):
    res = minimize(lambda v: bernoulli_nll(v[0], x), x0=[0.5],
                   bounds=[(1e-9, 1 - 1e-9)], method="L-BFGS-B", tol=1e-12)
    p_num, p_closed = res.x[0], x.mean()  # closed form: k / n
    print(f"Bernoulli  n={len(x)}, k={x.sum()}:  numeric p = {p_num:.6f}   closed form k/n = {p_closed:.6f}")
    assert abs(p_num - p_closed) < 1e-5

    # average NLL = cross-entropy between the data frequencies and the model
    p_hat = p_closed
    ce = -(p_hat * np.log(p_num) + (1 - p_hat) * np.log(1 - p_num))
    print(f"  NLL / n = {bernoulli_nll(p_num, x) / len(x):.6f}   cross-entropy H(p_hat, p) = {ce:.6f}")
    assert np.isclose(bernoulli_nll(p_num, x) / len(x), ce)

    # error bar from the curvature of the NLL at its minimum (Fisher information)
    h = 1e-4
    curv = (bernoulli_nll(p_num + h, x) - 2 * bernoulli_nll(p_num, x) + bernoulli_nll(p_num - h, x)) / h**2
    se_curv, se_closed = 1 / np.sqrt(curv), np.sqrt(p_hat * (1 - p_hat) / len(x))
    print(f"  standard error: 1/sqrt(NLL'') = {se_curv:.4f}   sqrt(p(1-p)/n) = {se_closed:.4f}")
    assert abs(se_curv - se_closed) < 1e-4
# --8<-- [end:bernoulli]


# --8<-- [start:gaussian]
def gaussian_nll(params, x):
    """Negative log-likelihood of x under N(mu, sigma^2), with sigma = exp(log_sigma) > 0."""
    mu, log_sigma = params
    sigma2 = np.exp(2 * log_sigma)
    n = len(x)
    return 0.5 * n * np.log(2 * np.pi * sigma2) + np.sum((x - mu) ** 2) / (2 * sigma2)


def fit_gaussian(x):
    res = minimize(gaussian_nll, x0=[0.0, 0.0], args=(x,), method="BFGS", tol=1e-10)
    mu_num, sigma_num = res.x[0], np.exp(res.x[1])
    mu_closed = x.mean()
    sigma_closed = np.sqrt(np.mean((x - mu_closed) ** 2))  # divides by n, not n - 1
    print(f"Gaussian   n={len(x)}:  numeric (mu, sigma) = ({mu_num:.5f}, {sigma_num:.5f})"
          f"   closed form = ({mu_closed:.5f}, {sigma_closed:.5f})")
    print(f"  sample std with n - 1 = {x.std(ddof=1):.5f}  (not the MLE)")
    assert np.allclose([mu_num, sigma_num], [mu_closed, sigma_closed], atol=1e-4)
    assert np.isclose(sigma_closed, x.std(ddof=0))
# --8<-- [end:gaussian]


def main():
    np.set_printoptions(precision=4, suppress=True)
    rng = np.random.default_rng(0)
    fit_bernoulli(rng.binomial(1, 0.3, size=50))
    fit_gaussian(rng.normal(2.0, 1.5, size=40))


if __name__ == "__main__":
    main()
