"""One crate of the open corpus through the whole tool, and its verdict.

Shared by `benchmarks/corpus.py` (the whole corpus, a table in
docs/results.md) and `tests/apply/test_apply_open_corpus.py` (the CI
sample). `run_crate` copies the crate out of Debian's registry, runs
`crate-split analyze` and `crate-split apply --out --check` as a user would
(in a subprocess), then the crate's own check and test commands on the
workspace (with `--workspace`), and returns every figure with a verdict.

A crate counts as verified when `apply --check` exits 0, the split has at
least 2 member crates holding code and at least 20 % of the lines moved out
of the facade, the crate's own check passes on the workspace, its own tests
pass at least as many tests as the baseline, the public API is the same and
the input is byte-identical.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import real_crates

REPO = Path(__file__).resolve().parents[1]
MIN_MOVED_SHARE = 0.20


def _tree_hash(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "target" not in path.relative_to(root).parts:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _run(
    command: list[str], cwd: Path, timeout: float, env: dict[str, str] | None = None
) -> tuple[int, str, str, float]:
    started = time.monotonic()
    try:
        done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return -1, "", f"timed out after {timeout:.0f} s", time.monotonic() - started
    return done.returncode, done.stdout, done.stderr, time.monotonic() - started


def _first_error(stderr: str) -> str:
    for line in stderr.splitlines():
        if line.startswith("error") and "aborting due to" not in line and "could not compile" not in line:
            return line.strip()[:200]
    lines = [line for line in stderr.splitlines() if line.strip()]
    return lines[-1].strip()[:200] if lines else ""


def _cargo_env(target: Path) -> dict[str, str]:
    return {**os.environ, "CARGO_TARGET_DIR": str(target)}


def _with_workspace(args: tuple[str, ...], crate: real_crates.RealCrate) -> list[str]:
    return [args[0], "--workspace", *args[1:], *crate.feature_flags]


def _test_command(crate: real_crates.RealCrate) -> list[str]:
    harness = ["--", *crate.test_harness_args] if crate.test_harness_args else []
    return ["cargo", *_with_workspace(crate.test_args, crate), *harness]


def run_crate(
    crate: real_crates.RealCrate, work: Path, target: Path, timeout: float = 1800, jobs: int | None = None
) -> dict:
    """Analyse, apply and verify one crate in `work`, building in `target`."""
    shutil.rmtree(work, ignore_errors=True)
    original = real_crates.materialize(crate, work / "input")
    split = work / "split"
    row: dict = {
        "crate": crate.name,
        "version": crate.version,
        "kinds": list(crate.kinds),
        "baseline_passed": crate.baseline_passed,
    }
    before = _tree_hash(original)
    python = [sys.executable, "-m", "crate_split"]
    code, out, err, seconds = _run([*python, "analyze", str(original), "--format", "json"], REPO, timeout)
    row["analyze_seconds"] = round(seconds, 1)
    if code != 0:
        row.update(verified=False, stopped_by=f"analyze exit {code}: {_first_error(err) or err.strip()[-200:]}")
        return row
    analysis = json.loads(out)
    row["lines"] = analysis["crate"]["lines"]
    apply = [
        *python,
        "apply",
        str(original),
        "--out",
        str(split),
        "--check",
        "--format",
        "json",
        "--target-dir",
        str(target),
    ]
    apply.append(f"--check-args={' '.join(crate.check_args[1:])}")
    if crate.test_harness_args:
        apply.append(f"--test-args={' '.join(crate.test_harness_args)}")
    if crate.test_args[1:] != ("--no-fail-fast",):
        apply.append(f"--test-cargo-args={' '.join(a for a in crate.test_args[1:] if a != '--no-fail-fast')}")
    apply += crate.feature_flags
    if jobs:
        apply += ["--jobs", str(jobs)]
    code, out, err, seconds = _run(apply, REPO, timeout)
    row["apply_exit"] = code
    row["apply_seconds"] = round(seconds, 1)
    row["input_unchanged"] = _tree_hash(original) == before
    try:
        result = json.loads(out)
    except json.JSONDecodeError:
        result = {}
    row["apply"] = result
    crate_lines = result.get("crate_lines", {})
    members = [m for m in result.get("members", []) if crate_lines.get(m, 0) > 0]
    total = sum(crate_lines.values()) or 1
    row["members"] = len(members)
    row["largest_share"] = round(max((crate_lines[m] for m in members), default=0) / total, 3)
    row["moved_share"] = round(sum(crate_lines[m] for m in members) / total, 3)
    row["rounds"] = result.get("rounds")
    repairs: dict[str, int] = {}
    for repair in result.get("repairs", []):
        repairs[repair["kind"]] = repairs.get(repair["kind"], 0) + 1
    row["repairs"] = repairs
    row["tests_before"] = (result.get("tests_before") or {}).get("passed")
    row["tests_after"] = (result.get("tests_after") or {}).get("passed")
    row["api_equal"] = (result.get("api") or {}).get("equal")
    if code != 0:
        row.update(verified=False, stopped_by=result.get("problem") or _first_error(err) or f"apply exit {code}")
        return row
    env = _cargo_env(target)
    code, _, err, _ = _run(["cargo", *_with_workspace(crate.check_args, crate)], split, timeout, env)
    row["own_check"] = code == 0
    code, out, err, _ = _run(_test_command(crate), split, timeout, env)
    passed, failed = real_crates.parse_test_counts(out)
    row["own_tests"] = {"passed": passed, "failed": failed}
    problems = []
    if len(members) < 2:
        problems.append(f"{len(members)} member crate(s) hold code")
    if row["moved_share"] < MIN_MOVED_SHARE:
        problems.append(f"only {row['moved_share']:.0%} of lines moved out of the facade")
    if not row["own_check"]:
        problems.append(f"own check fails: {_first_error(err)}")
    if passed < crate.baseline_passed:
        problems.append(f"own tests: {passed} passed < baseline {crate.baseline_passed}")
    if row["api_equal"] is not True:
        problems.append("public API differs")
    if not row["input_unchanged"]:
        problems.append("input changed")
    row["verified"] = not problems
    row["stopped_by"] = "; ".join(problems)
    return row
