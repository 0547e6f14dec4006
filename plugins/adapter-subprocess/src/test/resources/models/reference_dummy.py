"""The reference's fmbench.dummy_model.DummyClassifier, as reference-spec.md section 4.2 describes it (stateful RNG)."""
import numpy as np


class DummyClassifier:
    def __init__(self, random_seed=42):
        self.rng = np.random.default_rng(random_seed)

    def predict(self, X):
        return self.rng.integers(0, 2, size=len(X))

    def predict_proba(self, X):
        p = self.rng.random(len(X))
        return np.column_stack([1 - p, p])
