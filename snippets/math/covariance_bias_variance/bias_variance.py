"""Monte Carlo bias-variance decomposition for polynomial regression of increasing degree."""
import numpy as np

SIGMA = 0.3                              # noise standard deviation
X_TRAIN = np.linspace(0, 1, 20)          # fixed design: the same 20 inputs in every data set
X_TEST = np.linspace(0.025, 0.975, 39)   # where we measure the error


def f(x):
    return np.sin(2 * np.pi * x)         # the true function


# --8<-- [start:fit]
def fit_predict(y_train, degree):
    """Least-squares polynomial fits for many data sets at once (one data set per row)."""
    basis = np.polynomial.legendre.legvander     # Legendre basis: well conditioned on [-1, 1]
    A = basis(2 * X_TRAIN - 1, degree)           # (20, degree + 1)
    B = basis(2 * X_TEST - 1, degree)            # (39, degree + 1)
    coef = np.linalg.lstsq(A, y_train.T, rcond=None)[0]  # (degree + 1, n_sets)
    return (A @ coef).T, (B @ coef).T            # predictions on train and test inputs


def exact_terms(degree):
    """Closed form for a linear smoother: f_hat(X_TEST) = H y_train with H = B A^+."""
    basis = np.polynomial.legendre.legvander
    H = basis(2 * X_TEST - 1, degree) @ np.linalg.pinv(basis(2 * X_TRAIN - 1, degree))
    bias2 = np.mean((H @ f(X_TRAIN) - f(X_TEST)) ** 2)  # E[f_hat] = H f because E[noise] = 0
    variance = SIGMA**2 * np.mean(np.sum(H**2, axis=1))  # Var(h^T y) = sigma^2 ||h||^2
    return bias2, variance


def decompose(degree, y_train, y_new):
    """y_train: one training data set per row; y_new: fresh labels at X_TEST, same shape as pred."""
    fit_train, pred = fit_predict(y_train, degree)      # pred: (n_sets, 39)
    mean_pred = pred.mean(axis=0)                        # E_D[f_hat(x)] at each test x
    bias2 = np.mean((mean_pred - f(X_TEST)) ** 2)        # averaged over test inputs
    variance = np.mean(pred.var(axis=0))                 # Var_D[f_hat(x)], averaged
    sq_err = (y_new - pred) ** 2                         # measured error on fresh labels
    train_mse = np.mean((y_train - fit_train) ** 2, axis=1)  # one value per data set
    return bias2, variance, sq_err, pred, train_mse
# --8<-- [end:fit]


def main():
    rng = np.random.default_rng(0)
    # --8<-- [start:run]
    n_sets = 2000  # 2,000 independent training sets, and fresh test labels for each
    y_train = f(X_TRAIN) + SIGMA * rng.normal(size=(n_sets, len(X_TRAIN)))
    y_new = f(X_TEST) + SIGMA * rng.normal(size=(n_sets, len(X_TEST)))
    print("degree   bias^2  variance  noise    sum  measured  train MSE  exact var")
    prev_train = np.inf
    for degree in [0, 1, 3, 5, 7, 9, 11, 13, 15]:
        bias2, variance, sq_err, pred, train_mse = decompose(degree, y_train, y_new)
        measured = sq_err.mean()
        total = bias2 + variance + SIGMA**2
        # 1) bias^2 + variance is exactly the mean of (f - f_hat)^2 over data sets (an identity)
        assert np.isclose(bias2 + variance, np.mean((pred - f(X_TEST)) ** 2), rtol=1e-10)
        # 2) the noise term matches up to Monte Carlo error: what is left after removing
        #    (f - f_hat)^2 depends only on the fresh, independent noise
        leftover = sq_err - (pred - f(X_TEST)) ** 2
        std_error = leftover.std() / np.sqrt(leftover.size)
        assert abs(measured - total) < 4 * std_error
        assert np.all(train_mse <= prev_train + 1e-12)  # richer model: never worse on its own data
        prev_train = train_mse
        exact_bias2, exact_var = exact_terms(degree)
        assert abs(variance / exact_var - 1) < 0.1      # Monte Carlo variance vs closed form
        print(f"{degree:6d}  {bias2:7.4f}  {variance:8.4f}  {SIGMA**2:.4f}  {total:.4f}"
              f"  {measured:8.4f}  {train_mse.mean():9.4f}  {exact_var:9.4f}")
    # --8<-- [end:run]


if __name__ == "__main__":
    main()
