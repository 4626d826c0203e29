"""The open corpus: `apply --check` on real crates the tool was not written for.

For each crate of `corpora/open/crates.toml` (install their packages first:
`scripts/open_corpus.py install`): copy it out of Debian's registry, run
`crate-split analyze`, `crate-split apply --out --check` with the default
plan, then the crate's own check and test commands on the workspace (with
`--workspace`), and check that the input stayed byte-identical. Prints one
line per crate, writes every figure to `benchmarks/results/corpus.json` and
the table to the "Open corpus" section of `docs/results.md`.

    .venv/bin/python benchmarks/corpus.py [--crates NAME,...] [--jobs N] [--timeout S]

A crate counts as verified when `apply --check` exits 0, the split has at
least 2 member crates holding code and at least 20 % of the lines moved out
of the facade, the crate's own check passes on the workspace, its own tests
pass at least as many tests as the baseline, the public API is the same and
the input is unchanged. Crates run one after another (cargo uses every
core); one cargo target directory is shared, so dependencies build once.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

import real_crates  # noqa: E402  (lives in tests/)

RESULTS = REPO / "benchmarks" / "results" / "corpus.json"
DOC = REPO / "docs" / "results.md"
HEADING = "## Open corpus"
WORK = Path(tempfile.gettempdir()) / "crate-split-corpus"
MIN_MOVED_SHARE = 0.20


def _tree_hash(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "target" not in path.relative_to(root).parts:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _run(command: list[str], cwd: Path, timeout: float, env: dict[str, str] | None = None) -> tuple[int, str, str, float]:
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
    import os

    return {**os.environ, "CARGO_TARGET_DIR": str(target)}


def _with_workspace(args: tuple[str, ...]) -> list[str]:
    return [args[0], "--workspace", *args[1:]]


def _test_command(crate: real_crates.RealCrate, workspace: bool) -> list[str]:
    args = _with_workspace(crate.test_args) if workspace else list(crate.test_args)
    harness = ["--", *crate.test_harness_args] if crate.test_harness_args else []
    return ["cargo", *args, *harness]


def run_crate(crate: real_crates.RealCrate, timeout: float, jobs: int | None) -> dict:
    work = WORK / crate.dir_name
    shutil.rmtree(work, ignore_errors=True)
    original = real_crates.materialize(crate, work / "input")
    split = work / "split"
    target = WORK / "target"
    row: dict = {"crate": crate.name, "version": crate.version, "kinds": list(crate.kinds), "baseline_passed": crate.baseline_passed}
    before = _tree_hash(original)
    python = [sys.executable, "-m", "crate_split"]
    code, out, err, seconds = _run([*python, "analyze", str(original), "--format", "json"], REPO, timeout)
    row["analyze_seconds"] = round(seconds, 1)
    if code != 0:
        row.update(verified=False, stopped_by=f"analyze exit {code}: {_first_error(err) or err.strip()[-200:]}")
        return row
    analysis = json.loads(out)
    row["lines"] = analysis["crate"]["lines"]
    apply = [*python, "apply", str(original), "--out", str(split), "--check", "--format", "json", "--target-dir", str(target)]
    apply.append(f"--check-args={' '.join(crate.check_args[1:])}")
    if crate.test_harness_args:
        apply.append(f"--test-args={' '.join(crate.test_harness_args)}")
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
    code, _, err, _ = _run(["cargo", *_with_workspace(crate.check_args)], split, timeout, env)
    row["own_check"] = code == 0
    code, out, err, _ = _run(_test_command(crate, workspace=True), split, timeout, env)
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


def _cell_repairs(repairs: dict[str, int]) -> str:
    return ", ".join(f"{n} {kind}" for kind, n in sorted(repairs.items())) or "none"


def table(rows: list[dict]) -> list[str]:
    lines = [
        "| crate | lines | members | largest member | moved out of facade | rounds | repairs | check | tests baseline → after | API | wall time | verdict |",
        "|---|---:|---:|---:|---:|---:|---|---|---|---|---:|---|",
    ]
    for row in rows:
        check = "ok" if row.get("apply_exit") == 0 and row.get("own_check") else ("fails" if "apply_exit" in row else "n/a")
        tests = f"{row['baseline_passed']} → {row.get('own_tests', {}).get('passed', row.get('tests_after', '–'))}"
        api = {True: "same", False: "differs", None: "–"}[row.get("api_equal")]
        seconds = row.get("analyze_seconds", 0) + row.get("apply_seconds", 0)
        verdict = "verified" if row.get("verified") else f"**not verified**: {row.get('stopped_by', '')}"
        lines.append(
            f"| {row['crate']} {row['version']} | {row.get('lines') or '–'} | {row.get('members', '–')} "
            f"| {row.get('largest_share', 0):.0%} | {row.get('moved_share', 0):.0%} | {row.get('rounds') or '–'} "
            f"| {_cell_repairs(row.get('repairs', {}))} | {check} | {tests} | {api} | {seconds:.0f} s | {verdict} |"
        )
    return lines


def write_doc(rows: list[dict], when: str) -> None:
    verified = sum(1 for row in rows if row.get("verified"))
    section = [
        HEADING,
        "",
        f"{when}, stable cargo, 2 cores, default plan; `benchmarks/corpus.py` (see docs/corpus.md). "
        f"**{verified} of {len(rows)} verified.** Lines are the analysed lines; \"members\" counts member crates "
        "that hold code; shares are of those lines; tests are the crate's own test command on the workspace.",
        "",
        *table(rows),
        "",
    ]
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Results\n\n"
    start = text.find(HEADING)
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + "\n".join(section)
    else:
        end = text.find("\n## ", start + len(HEADING))
        text = text[:start] + "\n".join(section) + (text[end + 1 :] if end >= 0 else "")
    DOC.write_text(text, encoding="utf-8")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--crates", help="comma-separated names (default: the whole corpus)")
    parser.add_argument("--jobs", type=int, help="planner job count (default: the planner's)")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per command (default: %(default)s)")
    parser.add_argument("--no-doc", action="store_true", help="do not rewrite docs/results.md")
    arguments = parser.parse_args(argv)
    corpus = real_crates.open_corpus()
    if arguments.crates:
        wanted = arguments.crates.split(",")
        corpus = tuple(c for c in corpus if c.name in wanted)
    rows = []
    previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {"rows": []}
    for crate in corpus:
        print(f"== {crate.dir_name}", flush=True)
        row = run_crate(crate, arguments.timeout, arguments.jobs)
        rows.append(row)
        verdict = "verified" if row.get("verified") else f"NOT verified: {row.get('stopped_by')}"
        print(f"   {row.get('members', 0)} members, {row.get('apply_seconds', 0):.0f} s: {verdict}", flush=True)
    if arguments.crates:
        merged = {row["crate"]: row for row in previous["rows"]}
        merged.update({row["crate"]: row for row in rows})
        order = [c.name for c in real_crates.open_corpus()]
        rows = sorted(merged.values(), key=lambda row: order.index(row["crate"]) if row["crate"] in order else len(order))
    when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"when": when, "rows": rows}, indent=1) + "\n", encoding="utf-8")
    if not arguments.no_doc:
        write_doc(rows, when)
    verified = sum(1 for row in rows if row.get("verified"))
    print(f"{verified} of {len(rows)} verified")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
