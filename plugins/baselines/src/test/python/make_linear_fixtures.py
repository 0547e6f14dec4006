"""Offline fixtures for the logistic-regression and ridge baselines (numpy only; run from this folder:
python3 make_linear_fixtures.py). The optimum of each convex objective is found independently of the Java code:
Newton's method with the full Hessian for the logistic loss, a direct linear solve for ridge.
Format of the .txt files: blocks "name rows cols" followed by rows of whitespace-separated numbers."""
import numpy as np

OUT = "../resources/fixtures/"


def write(path, blocks):
    with open(path, "w") as f:
        for name, a in blocks:
            a = np.atleast_2d(np.asarray(a, dtype=np.float64))
            f.write(f"{name} {a.shape[0]} {a.shape[1]}\n")
            for row in a:
                f.write(" ".join(repr(float(v)) for v in row) + "\n")


def logistic(X, y, K, C, balanced, standardize):
    """scikit-learn's objective: sum_i sw_i CE_i + ||W||^2 / (2C); binary (one vector) for K == 2, softmax otherwise."""
    n, d = X.shape
    mean, scale = (X.mean(0), X.std(0)) if standardize else (np.zeros(d), np.ones(d))
    Z = np.hstack([(X - mean) / scale, np.ones((n, 1))])
    sw = np.ones(n)
    if balanced:
        counts = np.bincount(y, minlength=K)
        sw = n / (np.count_nonzero(counts) * counts[y])
    M = 1 if K == 2 else K
    lead = K - M
    Y = np.eye(K)[y]
    theta = np.zeros((M, d + 1))
    pen = np.ones(d + 1); pen[-1] = 0
    for _ in range(100):
        S = np.hstack([np.zeros((n, lead)), Z @ theta.T])
        S -= S.max(1, keepdims=True)
        P = np.exp(S); P /= P.sum(1, keepdims=True)
        R = (P - Y)[:, lead:] * sw[:, None]
        g = R.T @ Z + theta * pen / C
        H = np.zeros((M * (d + 1), M * (d + 1)))
        for a in range(M):
            for b in range(M):
                w = sw * (P[:, lead + a] * ((a == b) - P[:, lead + b]))
                H[a*(d+1):(a+1)*(d+1), b*(d+1):(b+1)*(d+1)] = (Z * w[:, None]).T @ Z
        H += np.diag(np.tile(pen, M) / C)
        step = np.linalg.lstsq(H, g.ravel(), rcond=None)[0]  # softmax intercepts are defined up to a common shift: the minimum-norm step keeps their sum at 0, as L-BFGS from zero does
        theta -= step.reshape(M, d + 1)
        if np.abs(g).max() < 1e-13:
            break
    W = theta[:, :d] / scale
    b = theta[:, d] - W @ mean
    return W, b


def softmax_probs(W, b, X, K):
    S = X @ W.T + b
    if K == 2:
        S = np.hstack([np.zeros((len(X), 1)), S])
    S -= S.max(1, keepdims=True)
    P = np.exp(S)
    return P / P.sum(1, keepdims=True)


def ridge(X, Y, alpha, standardize):
    mean = X.mean(0)
    scale = X.std(0) if standardize else np.ones(X.shape[1])
    Xc = (X - mean) / scale
    Yc = Y - Y.mean(0)
    W = np.linalg.solve(Xc.T @ Xc + alpha * np.eye(X.shape[1]), Xc.T @ Yc).T / scale
    b = Y.mean(0) - W @ mean
    return W, b


rng = np.random.default_rng(20261122)
# float32 inputs, as the Java models see them (the fixture stores the float32 values exactly)
X = (rng.normal(size=(90, 5)) * [1, 3, 0.5, 10, 2] + [0, 5, -2, 50, 1]).astype(np.float32).astype(np.float64)
Xs = (X - X.mean(0)) / X.std(0)
y3 = np.argmax(Xs @ rng.normal(size=(3, 5)).T + rng.gumbel(size=(90, 3)), axis=1)
Xtest = (X[:12] + 0.5).astype(np.float32).astype(np.float64)
W, b = logistic(X, y3, 3, 0.5, False, True)
P = softmax_probs(W, b, Xtest, 3)
y2 = (X[:, 0] + 0.3 * X[:, 1] + rng.normal(size=90) > 1.8).astype(int)
W2, b2 = logistic(X, y2, 2, 1.0, True, False)
P2 = softmax_probs(W2, b2, Xtest, 2)
write(OUT + "logistic_regression.txt", [("X", X), ("y3", y3[None, :]), ("y2", y2[None, :]), ("Xtest", Xtest),
      ("multinomial_C0.5_standardized_W", W), ("multinomial_C0.5_standardized_b", b), ("multinomial_C0.5_standardized_P", P),
      ("binary_C1_balanced_raw_W", W2), ("binary_C1_balanced_raw_b", b2), ("binary_C1_balanced_raw_P", P2)])

Yr = X @ rng.normal(size=(5, 2)) + rng.normal(size=(90, 2)) + [3, -1]
Wr, br = ridge(X, Yr, 0.7, False)
Ws, bs = ridge(X, Yr, 2.0, True)
write(OUT + "ridge.txt", [("X", X), ("Y", Yr), ("Xtest", Xtest), ("alpha0.7_W", Wr), ("alpha0.7_b", br),
      ("alpha0.7_pred", Xtest @ Wr.T + br), ("alpha2_standardized_W", Ws), ("alpha2_standardized_b", bs)])
print("binary class counts", np.bincount(y2), "multinomial counts", np.bincount(y3))
