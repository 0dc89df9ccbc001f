"""The template zoo: static Chinese portal sites of ten CMS template families, with truth.

See :mod:`tools.zoo.build` (``generate``) and :mod:`tools.zoo.families`; ``bench/zoo.py``
crawls each family unprofiled and scores it.
"""

from .build import SEED, generate, generate_family
from .families import FAMILIES, REFERENCE_TIME

__all__ = ["FAMILIES", "REFERENCE_TIME", "SEED", "generate", "generate_family"]
