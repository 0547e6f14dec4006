"""A numpy re-enactment of the Python reference's run-robustness (../shared/reference-spec.md section 7) with its random
dummy model: the same whole-array passes, allocations and draws from one shared generator, five default time-series
probes. It is not the reference and computes no record; it exists to time the reference's way of working on this
machine on the day, beside fmbench, since the machine's speed drifts (issue 4's end-to-end comparison).

    python3 reference_robustness.py --make DIR   # writes the issue's (1000, 64, 1000) float32 set: X.npy, y.npy, info.json
    python3 reference_robustness.py DIR          # runs on DIR (X.npy (N, channels, time) float32, y.npy); prints seconds
"""
import json, os, sys, time, numpy as np

if sys.argv[1] == "--make":
    d = sys.argv[2]; os.makedirs(d, exist_ok=True)
    g = np.random.default_rng(0)
    np.save(d + "/X.npy", g.standard_normal((1000, 64, 1000), dtype=np.float32))
    np.save(d + "/y.npy", g.integers(0, 2, 1000))
    json.dump({"sampling_freq": 200}, open(d + "/info.json", "w"))
    sys.exit(0)

t0 = time.time()
d = sys.argv[1]
X = np.load(d + "/X.npy"); y = np.load(d + "/y.npy")
rng = np.random.default_rng(42)
model_rng = np.random.default_rng(123)
N = X.shape[0]

def predict(x):                      # DummyClassifier: random probabilities, input flattened (RobustnessAdapter)
    _ = x.reshape(N, -1)
    p = model_rng.random(N)
    return np.stack([1 - p, p], axis=1)

def cos(a, b):
    a = a.reshape(N, -1); b = b.reshape(N, -1)
    return (a * b).sum(1) / ((np.linalg.norm(a, axis=1) + 1e-8) * (np.linalg.norm(b, axis=1) + 1e-8))

def sigma(x, snr):                   # P = mean(x^2) over the whole array, on every call, as the reference
    P = max(float(np.mean(x ** 2)), 1e-12)
    return np.sqrt(max(P / 10 ** (snr / 10), 1e-12))

def probe(levels, perturb):
    """One probe as the reference runs it: clean logits and embeddings anew, then both on every perturbed copy."""
    base = predict(X); predict(X)
    outs = []
    for level in levels:
        out = perturb(level)
        outs.append(predict(out)); predict(out)
    return [float(cos(o, base).mean()) for o in outs]

def dropout(p):
    out = X.copy(); D = X.shape[1]
    for n in range(N):
        k = rng.binomial(D, p)
        if k > 0: out[n, rng.choice(D, k, replace=False), :] = 0
    return out

def noise(snr):
    return (X + rng.normal(0, sigma(X, snr), X.shape).astype(np.float32)).astype(np.float32)

fs = json.load(open(d + "/info.json")).get("sampling_freq", 200) if os.path.exists(d + "/info.json") else 200
t = (np.arange(X.shape[-1]) / fs).astype(np.float32)

def line_noise(snr):
    wave = np.zeros((X.shape[1], X.shape[-1]), np.float32)
    for ch in range(X.shape[1]):
        w = sum(np.sin(2 * np.pi * f * t + rng.uniform(0, 2 * np.pi)) for f in (50, 60))
        wave[ch] = w / (np.sqrt(np.mean(w ** 2)) + 1e-8)
    return X + sigma(X, snr) * wave[None]

res = {
    "dropout": probe((0.0, 0.05, 0.1, 0.2, 0.3, 0.5), dropout),
    "noise": probe((40, 30, 20, 10, 5, 0), noise),
    "line_noise": probe((40, 30, 20, 10, 5), line_noise),
    "permutation": probe(range(10), lambda _: np.take(X, rng.permutation(X.shape[1]), axis=1)),
    "shift": probe((0, 10, 20, 40, 80), lambda sh: np.roll(X, sh, axis=-1)),
}
print("%.2f s" % (time.time() - t0))
