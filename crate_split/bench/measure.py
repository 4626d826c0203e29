"""Measuring the crate's real build with ``cargo build --timings``.

Opt-in (``--measure``): building runs the crate's build scripts and proc
macros. The package is copied to a temporary directory first, so the
user's tree is never touched; the report cargo writes is read back with
:func:`crate_split.splitter.cost.parse_timings_html`.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from crate_split.errors import MeasureFailed
from crate_split.splitter.cost import UnitTiming, parse_timings_html


def measure_timings(package_dir: Path, *, target_dir: Path | None = None) -> tuple[UnitTiming, ...]:
    """Build the package's library with ``--timings`` and return the units.

    Args:
        package_dir: the package to measure (copied, not built in place).
        target_dir: cargo target directory to reuse (default: a temporary one).

    Raises:
        MeasureFailed: cargo is missing or the build fails.
    """
    if shutil.which("cargo") is None:
        raise MeasureFailed("cargo is not on PATH")
    with tempfile.TemporaryDirectory(prefix="crate-split-measure-") as scratch:
        copy = Path(scratch) / package_dir.name
        shutil.copytree(package_dir, copy, symlinks=False, ignore=shutil.ignore_patterns("target", ".git"))
        target = target_dir or Path(scratch) / "target"
        command = ["cargo", "build", "--lib", "--timings", "--target-dir", str(target)]
        result = subprocess.run(command, cwd=copy, capture_output=True, text=True)
        if result.returncode != 0:
            last = (result.stderr.strip().splitlines() or ["(no output)"])[-1]
            raise MeasureFailed(f"`{' '.join(command[:4])}` failed: {last}")
        reports = sorted((target / "cargo-timings").glob("cargo-timing*.html")) or sorted(
            copy.glob("target/cargo-timings/cargo-timing*.html")
        )
        if not reports:
            raise MeasureFailed("cargo wrote no timings report")
        return parse_timings_html(reports[-1].read_text(encoding="utf-8"))
