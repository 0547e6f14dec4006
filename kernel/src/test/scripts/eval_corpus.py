#!/usr/bin/env python3
"""Writes N eval records for timing `fmbench build-leaderboard` (generated data: never commit the output).

Each record is a copy of one template (taken in turn) with a unique eval_id and a slightly moved AUROC, so records
keep the templates' size and shape. Templates: the reference's records for reference-size corpora
(../shared/seed-parity/reference/evals), or an eval.yaml written by `fmbench run` for full records.

  python3 kernel/src/test/scripts/eval_corpus.py --out /tmp/evals10k -n 10000 ../shared/seed-parity/reference/evals
"""
import argparse
import pathlib
import random
import re

EVAL_ID = re.compile(r"^eval_id: *(\S+)$", re.M)
# The record's own AUROC (two-space indent under metrics:), not a stratified or interval one.
AUROC = re.compile(r"^  (AUROC|auroc): *([0-9.]+)$", re.M)


def templates(paths):
    files = []
    for p in map(pathlib.Path, paths):
        files += sorted(f for f in p.iterdir() if f.suffix in (".yaml", ".yml")) if p.is_dir() else [p]
    return [f.read_text() for f in files]


def moved(v, shift):
    """0.0 stays: it is the reference's stand-in for an undefined AUROC, which the leaderboard must keep refusing."""
    return v if v == 0.0 else min(1.0, max(0.0001, v + shift))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, type=pathlib.Path)
    ap.add_argument("-n", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("templates", nargs="+")
    a = ap.parse_args()
    texts = templates(a.templates)
    rnd = random.Random(a.seed)
    a.out.mkdir(parents=True, exist_ok=True)
    for i in range(a.n):
        text = texts[i % len(texts)]
        m = EVAL_ID.search(text)
        new_id = f"{m.group(1) if m else 'eval'}-n{i:05d}"
        text = EVAL_ID.sub(f"eval_id: {new_id}", text, count=1) if m else f"eval_id: {new_id}\n" + text
        shift = rnd.uniform(-0.05, 0.05)
        text = AUROC.sub(lambda g: f"  {g.group(1)}: {moved(float(g.group(2)), shift):.4f}", text, count=1)
        (a.out / f"{new_id}.yaml").write_text(text)


if __name__ == "__main__":
    main()
