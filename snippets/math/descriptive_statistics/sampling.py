"""Simple random vs stratified sampling of a two-source corpus, and a biased convenience sample."""
import numpy as np


def make_population(rng):
    """10,000 documents: 80% web pages (~400 tokens), 20% code files (~1200 tokens)."""
    web = rng.normal(400, 60, size=8000)
    code = rng.normal(1200, 250, size=2000)
    lengths = np.concatenate([web, code])
    source = np.array([0] * 8000 + [1] * 2000)
    return lengths, source


# --8<-- [start:compare]
def simple_random_means(lengths, n, repeats, rng):
    """Each row is one survey: n documents drawn at random from the whole corpus."""
    idx = rng.integers(0, len(lengths), size=(repeats, n))
    return lengths[idx].mean(axis=1)


def stratified_means(lengths, source, n, repeats, rng):
    """Proportional allocation: sample each stratum separately, weight by its population share."""
    total = np.zeros(repeats)
    for h in np.unique(source):
        stratum = lengths[source == h]
        w_h = len(stratum) / len(lengths)
        n_h = round(n * w_h)
        idx = rng.integers(0, len(stratum), size=(repeats, n_h))
        total += w_h * stratum[idx].mean(axis=1)
    return total


def compare_designs(lengths, source, n=50, repeats=20_000, seed=1):
    rng = np.random.default_rng(seed)
    srs = simple_random_means(lengths, n, repeats, rng)
    strat = stratified_means(lengths, source, n, repeats, rng)
    mu = lengths.mean()
    var_srs = lengths.var() / n  # draws with replacement: sigma^2 / n
    var_strat = sum(np.mean(source == h) ** 2 * lengths[source == h].var() / round(n * np.mean(source == h))
                    for h in (0, 1))  # sum over strata of w_h^2 sigma_h^2 / n_h
    print(f"population mean {mu:.2f}")
    print(f"simple random : mean of estimates {srs.mean():.2f}, SD {srs.std():.2f} (theory {np.sqrt(var_srs):.2f})")
    print(f"stratified    : mean of estimates {strat.mean():.2f}, SD {strat.std():.2f} (theory {np.sqrt(var_strat):.2f})")
    assert abs(srs.mean() - mu) < 4 * np.sqrt(var_srs / repeats)  # both designs are unbiased
    assert abs(strat.mean() - mu) < 4 * np.sqrt(var_strat / repeats)
    assert abs(srs.std() / np.sqrt(var_srs) - 1) < 0.03
    assert abs(strat.std() / np.sqrt(var_strat) - 1) < 0.03
# --8<-- [end:compare]


# --8<-- [start:bias]
def convenience_sample(lengths, source, seed=2):
    """A crawler that only ever sees web pages: more data does not fix a biased frame."""
    rng = np.random.default_rng(seed)
    web_only = lengths[source == 0]
    mu = lengths.mean()
    for n in (50, 500, 5000):
        est = web_only[rng.choice(len(web_only), size=n, replace=False)].mean()
        print(f"n={n:5d}  biased estimate {est:7.2f}   error {est - mu:8.2f}")
        assert est - mu < -100  # the error does not shrink towards zero
# --8<-- [end:bias]


def main():
    np.set_printoptions(precision=4, suppress=True)
    lengths, source = make_population(np.random.default_rng(0))
    compare_designs(lengths, source)
    convenience_sample(lengths, source)


if __name__ == "__main__":
    main()
