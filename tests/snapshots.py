"""The one switch that rewrites every golden file: plans, workspaces and
JSON reports.

``CRATE_SPLIT_UPDATE_SNAPSHOTS=1`` makes each golden test write what it
produced instead of comparing; review the diff (``git diff tests/``) before
committing it. Every golden test goes through this module, so one run
with the switch updates them all (``tests/tidy`` checks that no test reads
the variable itself).
"""

from __future__ import annotations

import os
from pathlib import Path

#: The environment variable; ``1`` turns updating on.
SWITCH = "CRATE_SPLIT_UPDATE_SNAPSHOTS"


def updating() -> bool:
    """Whether golden files are being rewritten in this run."""
    return os.environ.get(SWITCH) == "1"


def check_text_snapshot(golden: Path, actual: str, what: str) -> None:
    """Compare ``actual`` with the golden file (or rewrite it when updating).

    Args:
        golden: the golden file.
        actual: the text produced now.
        what: what changed, for the failure message (``"toml: the plan"``).
    """
    if updating():
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    assert golden.is_file(), f"{golden} is missing; run with {SWITCH}=1"
    assert actual == golden.read_text(encoding="utf-8"), f"{what} changed; review it and rerun with {SWITCH}=1"
