"""rustc's parallel front-end on the originals `build_gain.py` prepared.

For each original crate under `build_gain.py`'s work directory
(`<tmp>/crate-split-build-gain/<crate>-j<N>/orig/<crate>/`, made by a run
of `benchmarks/build_gain.py --open ...`): clean `cargo check --lib -j 2` of
the crate's own package with `RUSTFLAGS=-Zthreads=1` and `=2`, on the
default (stable) toolchain with `RUSTC_BOOTSTRAP=1`, alternating the two,
median of `--runs`. Dependencies are built once per setting, in a target
directory of their own. Prints one line per crate: what the parallel
front-end gives the unsplit crate, to compare with the split's gain.

Stable rather than nightly: the same compiler as every other measurement,
and dependencies that probe for nightly features (proc-macro2 1.0.47 in
Debian) fail to build on today's nightly.

    .venv/bin/python benchmarks/parallel_frontend.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

WORK = Path(tempfile.gettempdir()) / "crate-split-build-gain"


def package_name(directory: Path) -> str:
    run = subprocess.run(
        ["cargo", "metadata", "--no-deps", "--format-version", "1", "--offline"],
        cwd=directory,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(run.stdout)["packages"][0]["name"]


def measure(original: Path, runs: int) -> tuple[float, float]:
    """Median seconds of a clean check with one and with two front-end threads."""
    name = package_name(original)

    def env(threads: int) -> dict[str, str]:
        target = WORK / "parallel-frontend" / f"{name}-{threads}"
        return dict(os.environ, RUSTC_BOOTSTRAP="1", RUSTFLAGS=f"-Zthreads={threads}", CARGO_TARGET_DIR=str(target))

    def check(threads: int) -> None:
        subprocess.run(
            ["cargo", "check", "--lib", "-j", "2"], cwd=original, env=env(threads), capture_output=True, check=True
        )

    for threads in (1, 2):
        check(threads)  # dependencies, once
    times: dict[int, list[float]] = {1: [], 2: []}
    for run in range(runs):
        for threads in (1, 2) if run % 2 == 0 else (2, 1):
            subprocess.run(["cargo", "clean", "-p", name], cwd=original, env=env(threads), capture_output=True)
            start = time.perf_counter()
            check(threads)
            times[threads].append(time.perf_counter() - start)
    return statistics.median(times[1]), statistics.median(times[2])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    for original in sorted(WORK.glob("*-j*/orig/*/")):
        one, two = measure(original, options.runs)
        print(
            f"{original.name}: -Zthreads=1 {one:.2f} s, =2 {two:.2f} s, {one / two:.2f}x "
            f"(load {os.getloadavg()[0]:.1f})",
            flush=True,
        )


if __name__ == "__main__":
    main()
