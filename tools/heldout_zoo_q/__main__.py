"""``python -m tools.heldout_zoo_q OUT_DIR [--seed N] [--family NAME ...]``: write held-out zoo Q."""

from __future__ import annotations

import argparse
from pathlib import Path

from . import FAMILIES, SEED, generate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--family", action="append", choices=sorted(FAMILIES))
    args = parser.parse_args()
    for name, exp in generate(args.out, args.seed, args.family).items():
        print(f"{name}: {exp['counts']}")


if __name__ == "__main__":
    main()
