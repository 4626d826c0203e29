"""How analysis and planning scale with the size of the crate.

The crates that most need splitting are the largest, so crate-split must
stay close to linear in their size. For each case this script measures, in
a fresh interpreter per case:

- **parse**: a bare tree-sitter parse of exactly the files the analysis read
  (``Parser(language).parse(bytes)``, sources read beforehand);
- **analyze**: ``load_source_tree`` + ``analyze_crate``;
- **plan**: ``build_analysis_report`` (constraints, atoms, module graph and
  the proposed plan), which is what ``crate-split analyze`` adds to the
  analysis by default;

each the median of ``--runs`` runs, the parse and the analysis + plan
alternating run by run so that a slow spell of the shared machine hits both
sides (compare ratios, not seconds), after one untimed analysis + plan; and
the peak resident memory of the process (``ru_maxrss``) after its imports and
the sources are read, and after that first analysis + plan.

Cases: generated crates of about 10k, 100k and 500k lines
(``benchmarks/scale_crates.py``: areas of modules referring to each other,
impls, macros, cycles), a crate of 1,000 small modules, a crate that is one
5 MB file, and the real crates: the four of ``tests/real_crates.py`` and
the largest of the open corpus (lexical-core, the 45k-line crate the scaling
issue measured, and encoding_rs, the largest by lines).

It prints a table and the acceptance checks, and writes every run to
``benchmarks/results/scale.json``. Generated crates are written under the
system temp directory (``<tmp>/crate-split-scale/``) and are the same on
every run.

Run it from the repository root:

    .venv/bin/python benchmarks/scale.py [--cases NAME,...] [--runs N]
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT / "tests"))
sys.path.insert(0, str(REPO_ROOT / "benchmarks"))

import scale_crates  # noqa: E402

import real_crates  # noqa: E402  (lives in tests/)

RESULTS_PATH = REPO_ROOT / "benchmarks" / "results" / "scale.json"
WORK = Path(tempfile.gettempdir()) / "crate-split-scale"

#: Analysis + plan may take at most this many times the bare parse.
MAX_OVER_PARSE = 3.0
#: Time per 1k lines at the largest generated size over that at the smallest.
MAX_PER_LINE_GROWTH = 1.5

#: Generated cases: name -> (kind, size).
GENERATED = {
    "gen-10k": ("tree", 10_000),
    "gen-100k": ("tree", 100_000),
    "gen-500k": ("tree", 500_000),
    "modules-1000": ("small_modules", 1_000),
    "one-file-5mb": ("single_file", 5_000_000),
}
#: Real crates of the open corpus measured besides the four real crates.
CORPUS_CRATES = ("lexical-core", "encoding_rs")
#: Bytes per line of the generated code, to size the single file.
_BYTES_PER_LINE = 31


def main(argv: list[str] | None = None) -> int:
    arguments = _parse_arguments(argv)
    if arguments.child is not None:
        print(json.dumps(_measure_here(Path(arguments.child), arguments.runs)))
        return 0
    cases = arguments.cases or [*GENERATED, *(c.name for c in real_crates.REAL_CRATES), *CORPUS_CRATES]
    results = []
    for name in cases:
        crate_dir = prepare(name)
        _progress(f"{name}: {crate_dir}")
        result = {"case": name, **_measure_in_child(crate_dir, arguments.runs)}
        results.append(result)
        _progress(f"  {_row(result)}")
    machine = {
        "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "runs": arguments.runs,
        "load_average": os.getloadavg(),
    }
    print(render(results))
    RESULTS_PATH.parent.mkdir(parents=True, exist_ok=True)
    RESULTS_PATH.write_text(json.dumps({"machine": machine, "results": results}, indent=2) + "\n")
    return 0


def prepare(name: str) -> Path:
    """The package directory of a case, generated when needed."""
    if name in GENERATED:
        kind, size = GENERATED[name]
        root = WORK / name
        if not (root / "Cargo.toml").is_file():
            if kind == "tree":
                scale_crates.generate(root, name=name, lines=size)
            elif kind == "small_modules":
                scale_crates.small_modules(root, name=name, count=size)
            else:
                scale_crates.generate(root, name=name, lines=size // _BYTES_PER_LINE, single_file=True)
        return root
    known = {crate.name: crate for crate in real_crates.REAL_CRATES}
    crate = known.get(name) or real_crates.open_crate(name)
    return real_crates.source_dir(crate)


def _measure_in_child(crate_dir: Path, runs: int) -> dict:
    # A fresh interpreter per case, so that its peak RSS is this case's.
    completed = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", str(crate_dir), "--runs", str(runs)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(completed.stdout)


def _measure_here(crate_dir: Path, runs: int) -> dict:
    """Time parse and analysis + plan alternately; report medians and peaks."""
    import tree_sitter
    import tree_sitter_rust

    from crate_split.analysis import analyze_crate, load_source_tree
    from crate_split.report.analysis_report import build_analysis_report

    language = tree_sitter.Language(tree_sitter_rust.language())
    source = load_source_tree(crate_dir)
    rss_before = _max_rss_mib()
    # One untimed analysis + plan: the files to parse, and the peak memory.
    model = analyze_crate(source)
    build_analysis_report(model)
    rss_after = _max_rss_mib()
    sources = [source.files[path] for path in model.files]
    lines, files = model.lines, len(model.files)
    del model

    def parse() -> None:
        for data in sources:
            tree_sitter.Parser(language).parse(data)

    parse()
    parse_times, analyze_times, plan_times = [], [], []
    members = 0
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        parse()
        parse_times.append(time.perf_counter() - started)
        gc.collect()
        started = time.perf_counter()
        model = analyze_crate(load_source_tree(crate_dir))
        analysed = time.perf_counter()
        report = build_analysis_report(model)
        planned = time.perf_counter()
        analyze_times.append(analysed - started)
        plan_times.append(planned - analysed)
        members = len(report.plan.members) if report.plan is not None else 0
        del model, report
    return {
        "files": files,
        "lines": lines,
        "members": members,
        "parse_seconds": parse_times,
        "analyze_seconds": analyze_times,
        "plan_seconds": plan_times,
        "rss_before_mib": round(rss_before, 1),
        "rss_after_mib": round(rss_after, 1),
    }


def _max_rss_mib() -> float:
    # Linux reports ru_maxrss in KiB, macOS in bytes.
    unit = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * unit / (1024 * 1024)


def summary(result: dict) -> dict:
    """Medians, ratios and per-1k-line figures of one case."""
    parse = statistics.median(result["parse_seconds"])
    analyze = statistics.median(result["analyze_seconds"])
    plan = statistics.median(result["plan_seconds"])
    total = statistics.median(a + p for a, p in zip(result["analyze_seconds"], result["plan_seconds"], strict=True))
    per_k = 1000 / max(result["lines"], 1)
    return {
        "parse": parse,
        "analyze": analyze,
        "plan": plan,
        "over_parse": total / parse if parse else float("inf"),
        "analyze_ms_per_kline": analyze * per_k * 1000,
        "plan_ms_per_kline": plan * per_k * 1000,
        "growth_mib": result["rss_after_mib"] - result["rss_before_mib"],
    }


def _row(result: dict) -> str:
    s = summary(result)
    return (
        f"| {result['case']} | {result['files']} | {result['lines']:,} | {s['parse']:.3f} | {s['analyze']:.3f} | "
        f"{s['plan']:.3f} | {s['over_parse']:.1f} | {s['analyze_ms_per_kline']:.1f} | {s['plan_ms_per_kline']:.1f} | "
        f"{result['rss_after_mib']:.0f} | {s['growth_mib']:.0f} | {result['members']} |"
    )


def render(results: list[dict]) -> str:
    """The table and the acceptance checks, as Markdown."""
    lines = [
        "| case | files | lines | parse s | analyze s | plan s | (analyze+plan)/parse "
        "| analyze ms/1k lines | plan ms/1k lines | peak RSS MiB | RSS growth MiB | members |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        *(_row(result) for result in results),
        "",
    ]
    by_case = {result["case"]: summary(result) for result in results}
    for name in (r["case"] for r in results):
        if name not in ("gen-10k", "gen-100k", "gen-500k"):
            verdict = "holds" if by_case[name]["over_parse"] <= MAX_OVER_PARSE else "does not hold"
            lines.append(
                f"- {name}: analysis + plan = {by_case[name]['over_parse']:.1f}x "
                f"the parse (target <= {MAX_OVER_PARSE:.0f}x): {verdict}"
            )
    if "gen-10k" in by_case and "gen-500k" in by_case:
        small, large = by_case["gen-10k"], by_case["gen-500k"]
        for step in ("analyze", "plan"):
            growth = large[f"{step}_ms_per_kline"] / small[f"{step}_ms_per_kline"]
            verdict = "holds" if growth <= MAX_PER_LINE_GROWTH else "does not hold"
            lines.append(
                f"- {step} time per 1k lines, 500k over 10k: {growth:.2f} (target <= {MAX_PER_LINE_GROWTH}): {verdict}"
            )
        memory = [(r["lines"], summary(r)["growth_mib"]) for r in results if r["case"].startswith("gen-")]
        per_line = ", ".join(f"{grown / lines * 1000:.2f}" for lines, grown in memory)
        lines.append(f"- RSS growth per 1k lines at 10k / 100k / 500k: {per_line} MiB")
    return "\n".join(lines)


def _parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--cases",
        type=lambda value: [v for v in value.split(",") if v],
        default=None,
        help=f"comma-separated cases (default: all): {', '.join(GENERATED)}, or a real crate's name",
    )
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each side (default 5)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
