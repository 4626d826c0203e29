"""Test-wide setup: make the helper modules in ``tests/`` importable.

Test files live in subdirectories (``tests/analysis/`` and friends) and share
small helper modules that sit directly in ``tests/``: ``fixture`` (the
multi-file fixture parser), ``analysis_text`` (analysis results as text) and
``real_crates`` (the Debian crates used by the big tests). Putting this
directory on ``sys.path`` lets every test ``import fixture`` without making
``tests`` a package.
"""

from __future__ import annotations

import sys
from pathlib import Path

_TESTS_DIR = str(Path(__file__).resolve().parent)
if _TESTS_DIR not in sys.path:
    sys.path.insert(0, _TESTS_DIR)
