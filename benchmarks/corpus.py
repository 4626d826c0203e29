"""The open corpus: `apply --check` on real crates the tool was not written for.

For each crate of `corpora/open/crates.toml` (install their packages first:
`scripts/open_corpus.py install`): copy it out of Debian's registry, run
`crate-split analyze`, `crate-split apply --out --check` with the default
plan, then the crate's own check and test commands on the workspace (with
`--workspace`), and check that the input stayed byte-identical. Prints one
line per crate, writes every figure to `benchmarks/results/corpus.json` and
the table to the "Open corpus" section of `docs/results.md`.

    .venv/bin/python benchmarks/corpus.py [--crates NAME,...] [--jobs N] [--timeout S] [--work DIR]

A crate counts as verified when `apply --check` exits 0, the split has at
least 2 member crates holding code and at least 20 % of the lines moved out
of the facade, the crate's own check passes on the workspace, its own tests
pass at least as many tests as the baseline, the public API is the same and
the input is unchanged. Crates run one after another (cargo uses every
core); one cargo target directory is shared, so dependencies build once.
Each run works in its own new directory (or in `--work DIR`, which must
not be in use by another run): two runs never write each other's splits.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

import corpus_run  # noqa: E402  (lives in tests/)
import real_crates  # noqa: E402

RESULTS = REPO / "benchmarks" / "results" / "corpus.json"
DOC = REPO / "docs" / "results.md"
HEADING = "## Open corpus"


def _cell_repairs(repairs: dict[str, int]) -> str:
    return ", ".join(f"{n} {kind}" for kind, n in sorted(repairs.items())) or "none"


def table(rows: list[dict]) -> list[str]:
    lines = [
        "| crate | lines | members | largest member | moved out of facade | rounds | repairs "
        "| check | tests baseline → after | API | wall time | verdict |",
        "|---|---:|---:|---:|---:|---:|---|---|---|---|---:|---|",
    ]
    for row in rows:
        check = (
            "ok" if row.get("apply_exit") == 0 and row.get("own_check") else ("fails" if "apply_exit" in row else "n/a")
        )
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
        f'**{verified} of {len(rows)} verified.** Lines are the analysed lines; "members" counts member crates '
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
    parser.add_argument("--work", type=Path, help="work directory, reused between runs (default: a new one per run)")
    arguments = parser.parse_args(argv)
    work = arguments.work or Path(tempfile.mkdtemp(prefix="crate-split-corpus-"))
    print(f"work directory: {work}", flush=True)
    corpus = real_crates.open_corpus()
    if arguments.crates:
        wanted = arguments.crates.split(",")
        corpus = tuple(c for c in corpus if c.name in wanted)
    rows = []
    previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {"rows": []}
    for crate in corpus:
        print(f"== {crate.dir_name}", flush=True)
        row = corpus_run.run_crate(crate, work / crate.dir_name, work / "target", arguments.timeout, arguments.jobs)
        rows.append(row)
        verdict = "verified" if row.get("verified") else f"NOT verified: {row.get('stopped_by')}"
        print(f"   {row.get('members', 0)} members, {row.get('apply_seconds', 0):.0f} s: {verdict}", flush=True)
    if arguments.crates:
        merged = {row["crate"]: row for row in previous["rows"]}
        merged.update({row["crate"]: row for row in rows})
        order = [c.name for c in real_crates.open_corpus()]
        rows = sorted(
            merged.values(), key=lambda row: order.index(row["crate"]) if row["crate"] in order else len(order)
        )
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"when": when, "rows": rows}, indent=1) + "\n", encoding="utf-8")
    if not arguments.no_doc:
        write_doc(rows, when)
    verified = sum(1 for row in rows if row.get("verified"))
    print(f"{verified} of {len(rows)} verified")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
