"""NumPy's throughput on the issue's (1000, 64, 1000) float32 array, single thread, to set beside KernelBench.

The issue's noise target is 8x NumPy's ``x + s * rng.standard_normal(x.shape, dtype=float32)``; the other rows show
what the same data movement costs NumPy. Run: python3 numpy_kernel_baseline.py [repeats]
"""
import os
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
import numpy as np  # noqa: E402

N, C, T = 1000, 64, 1000


def median_ms(fn, repeats):
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1e3)
    return sorted(times)[len(times) // 2]


def main():
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    rng = np.random.default_rng(0)
    x = rng.standard_normal((N, C, T), dtype=np.float32)
    out = np.empty_like(x)
    keep = (rng.random((N, C, 1)) >= 0.3).astype(np.float32)
    wave = np.sin(np.arange(C * T, dtype=np.float32) * 0.1).reshape(C, T)
    perm = (np.arange(C) * 37) % C
    cases = {
        "copy (np.copyto)": lambda: np.copyto(out, x),
        "noise (x + s * standard_normal)": lambda: x + 0.5 * rng.standard_normal(x.shape, dtype=np.float32),
        "dropout (x * keep)": lambda: np.multiply(x, keep, out=out),
        "line noise (x + a * wave)": lambda: np.add(x, 0.1 * wave, out=out),
        "permutation (take, axis 1)": lambda: np.take(x, perm, axis=1, out=out),
        "shift (roll 40, axis 2)": lambda: np.roll(x, 40, axis=2),
    }
    print(f"NumPy {np.__version__}, {N * C * T / 1e6:.0f} M float32 elements, median of {repeats}")
    for name, fn in cases.items():
        ms = median_ms(fn, repeats)
        print(f"{name:34s} {ms:8.1f} ms  {N * C * T / ms / 1e3:7.0f} M elements/s")


if __name__ == "__main__":
    main()
