"""Small models for the adapter-subprocess tests; each shows one behaviour of the bridge."""
import os
import sys
import time

import numpy as np


class RowSumRegressor:
    """predict: the sum of each sample's values (float64), so tests can compute the expected output themselves."""

    def __init__(self, scale=1.0):
        self.scale = scale

    def predict(self, X):
        return X.reshape(len(X), -1).astype(np.float64).sum(axis=1) * self.scale


class ArgmaxLabels:
    """predict only (no predict_proba): the index of the larger of the first two features; prints to stdout."""

    def predict(self, X):
        print("this print must not break the protocol")
        flat = X.reshape(len(X), -1)
        return (flat[:, 1] > flat[:, 0]).astype(np.int64)


class Echo:
    """get_embeddings returns the inputs times two, float32 (the throughput benchmark's model)."""

    def get_embeddings(self, X):
        return X * np.float32(2)


class SequenceLengths:
    """encode_sequences: per sequence, its length and its count of 'G'."""

    def encode_sequences(self, seqs):
        return np.array([[len(s), s.count("G")] for s in seqs], dtype=np.float32)


class NanProba:
    def predict_proba(self, X):
        p = np.full((len(X), 2), 0.5)
        p[-1, 0] = np.nan
        return p


class ShortProba:
    def predict_proba(self, X):
        return np.full((len(X) - 1, 2), 0.5)


class Raises:
    def predict_proba(self, X):
        raise ValueError("weights not loaded")


class Dies:
    def predict_proba(self, X):
        sys.stderr.write("segfault-like crash\n")
        sys.stderr.flush()
        os._exit(7)


class Hangs:
    def predict_proba(self, X):
        time.sleep(60)


class BadInit:
    def __init__(self, needed):
        pass
