"""What a reviewer reads: the in-place split of the real crates, measured.

For each crate of ``tests/real_crates.py`` (or those named with
``--crates``) this script copies the crate out of the registry, commits it
in a new git repository (branch ``main``), splits it in place with the
default plan (``crate-split apply PATH --in-place --branch split --check``)
and prints:

- **added**: lines the split commit adds, leaving out ``SPLIT.md`` and the
  ``Cargo.toml`` files (``git diff -M50% --numstat main split``), and as a
  share of the lines of the crate's ``src/**.rs`` files;
- **renames**: moved ``.rs`` files git shows as renames;
- **allows**: added lines holding ``allow(unused_imports)``;
- **warnings**: ``cargo check --workspace`` warnings by kind (lint or
  code), on the original and on the split, with the crate's check targets.

Run it from the repository root (cargo runs each crate's build, tests and
rustdoc, several minutes per crate):

    .venv/bin/python benchmarks/review_size.py [--crates NAME,...] [--work DIR]
"""

from __future__ import annotations

import argparse
import collections
import subprocess
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT / "tests"))

import real_crates  # noqa: E402  (lives in tests/)
from crate_split.verify.cargo import check_workspace  # noqa: E402

#: Crates whose benches need nightly: the other targets are checked.
_NARROW_CHECK = {"indexmap", "petgraph"}


def _git(directory: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=directory, check=True, capture_output=True, text=True).stdout


def _warnings(directory: Path, check_args: tuple[str, ...], target: Path) -> collections.Counter[str]:
    result = check_workspace(directory, check_args, env={"CARGO_TARGET_DIR": str(target)})
    assert result.ok, result.stderr[-2000:]
    return collections.Counter(w.code or w.message for w in result.warnings)


def measure(crate: real_crates.RealCrate, work: Path) -> dict:
    package = real_crates.materialize(crate, work / "input")
    check_args = tuple(crate.check_args[1:])
    target = work / "target"
    # Checked first: the commit holds the Cargo.lock cargo writes.
    before = _warnings(package, check_args, target)
    _git(package, "init", "-q", "-b", "main")
    _git(package, "add", "-A")
    _git(package, "-c", "user.name=bench", "-c", "user.email=bench@localhost", "commit", "-q", "-m", "original")
    command = [
        str(REPO_ROOT / ".venv" / "bin" / "crate-split"),
        "apply",
        str(package),
        "--in-place",
        "--branch",
        "split",
        "--check",
    ]
    command += ["--target-dir", str(target)]
    if crate.name in _NARROW_CHECK:
        command += ["--check-args", " ".join(check_args)]
    run = subprocess.run(command, capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(
            f"{crate.name}: crate-split exited with {run.returncode}\n{run.stderr[-3000:]}\n{run.stdout[-2000:]}"
        )
    _git(package, "checkout", "-q", "split")
    after = _warnings(package, check_args, target)
    added = 0
    renames = moved = 0
    for line in _git(package, "diff", "-M50%", "--numstat", "main", "split").splitlines():
        plus, _minus, path = line.split("\t", 2)
        name = path.split(" => ")[-1].rstrip("}").split("/")[-1]
        if " => " in path and path.endswith(".rs"):
            renames += 1
        if name not in ("SPLIT.md", "Cargo.toml") and plus != "-":
            added += int(plus)
    for line in _git(package, "diff", "-M50%", "--name-status", "main", "split").splitlines():
        status, *paths = line.split("\t")
        if paths[0].endswith(".rs") and (status.startswith("R") or status == "D"):
            moved += 1
    diff = _git(package, "diff", "main", "split")
    allows = sum(1 for line in diff.splitlines() if line.startswith("+") and "allow(unused_imports)" in line)
    original_lines = sum(
        int(_git(package, "show", f"main:{path}").count("\n"))
        for path in _git(package, "ls-tree", "-r", "--name-only", "main").splitlines()
        if path.startswith("src/") and path.endswith(".rs")
    )
    return {
        "crate": crate.name,
        "lines": original_lines,
        "added": added,
        "share": added / original_lines,
        "renames": renames,
        "moved": moved,
        "allows": allows,
        "before": dict(sorted(before.items())),
        "after": dict(sorted(after.items())),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--crates", help="comma-separated names (default: all four)")
    parser.add_argument("--work", type=Path, help="work directory (default: a new temporary one)")
    options = parser.parse_args()
    names = options.crates.split(",") if options.crates else [c.name for c in real_crates.REAL_CRATES]
    work_root = options.work or Path(tempfile.mkdtemp(prefix="crate-split-review-"))
    for crate in real_crates.REAL_CRATES:
        if crate.name not in names:
            continue
        found = measure(crate, work_root / crate.name)
        print(
            f"{found['crate']}: +{found['added']} lines ({100 * found['share']:.1f} % of {found['lines']}), "
            f"{found['renames']}/{found['moved']} moved .rs files as renames, "
            f"{found['allows']} allow(unused_imports) added; "
            f"warnings before {found['before']} after {found['after']}",
            flush=True,
        )


if __name__ == "__main__":
    main()
