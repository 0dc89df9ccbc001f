"""Fuzz the offline extraction path with seeded, mixed hostile inputs; print outcomes and speed.

    python bench/fuzz.py [--n 20000] [--seed 6] [--workers 2]

Every input must end as ``record`` or ``reject/<reason>``; any other exception is counted
(with its kind and a sample) and makes the script exit 1. Giant text nodes are 2 MB.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from collections import Counter
from concurrent.futures import ProcessPoolExecutor

from tools.devfuzz import make_input, outcome, seed_pages


def run_chunk(args: tuple[int, int, int]) -> tuple[Counter, Counter, dict[str, str]]:
    """Run ``count`` inputs from ``seed``; (outcomes, kinds, exception samples)."""
    seed, count, giant = args
    rng = random.Random(seed)
    seeds = seed_pages()
    outcomes: Counter = Counter()
    kinds: Counter = Counter()
    samples: dict[str, str] = {}
    for _ in range(count):
        kind, page = make_input(rng, seeds, giant=giant)
        kinds[kind] += 1
        try:
            outcomes[outcome(page)] += 1
        except Exception as exc:  # a bug: counted and shown, never hidden
            key = f"exception/{kind}/{type(exc).__name__}"
            outcomes[key] += 1
            samples.setdefault(key, traceback.format_exc(limit=4)[-800:])
    return outcomes, kinds, samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--giant", type=int, default=2_000_000, help="bytes of a giant text node")
    args = parser.parse_args()
    chunks = 40
    per = [args.n // chunks + (1 if i < args.n % chunks else 0) for i in range(chunks)]
    start = time.perf_counter()
    outcomes: Counter = Counter()
    kinds: Counter = Counter()
    samples: dict[str, str] = {}
    with ProcessPoolExecutor(args.workers) as pool:
        for got, kind_counts, found in pool.map(run_chunk, [(args.seed * 1000 + i, n, args.giant)
                                                            for i, n in enumerate(per)]):
            outcomes.update(got)
            kinds.update(kind_counts)
            samples.update(found)
    elapsed = time.perf_counter() - start
    total = sum(outcomes.values())
    exceptions = sum(v for k, v in outcomes.items() if k.startswith("exception/"))
    print(f"inputs tried: {total}  (seed {args.seed}, {args.workers} workers, giant text {args.giant} bytes)")
    print("input kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print(f"records: {outcomes['record']}")
    rejects = {k: v for k, v in outcomes.items() if k.startswith("reject/")}
    print(f"rejects: {sum(rejects.values())}  " + ", ".join(f"{k[7:]} {v}" for k, v in sorted(rejects.items())))
    print(f"exceptions: {exceptions}")
    for key, text in samples.items():
        print(f"--- {key}\n{text}")
    print(f"time: {elapsed:.1f} s  ({total / elapsed:.0f} inputs/s)")
    return 1 if exceptions else 0


if __name__ == "__main__":
    sys.exit(main())
