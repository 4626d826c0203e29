"""Fuzz the CLI with N hostile packages and print what happened.

The packages and commands come from ``tests/fuzz_cases.py`` (the same
generator as ``tests/property/test_fuzz_cli.py``); each runs in-process,
so ten thousand take tens of minutes, not hours. A few cases also run
through the installed ``crate-split`` command in a subprocess, to check
that the exit code and the one ``error:`` line are the same there (the
entry point, not only ``main``).

Prints: examples and commands run, outcomes by command and exit code, the
most common refusals, the slowest commands, and every problem (a
traceback, an undocumented exit code, a refusal that is not one line, a
hang past ``--hang-seconds``, a write outside ``--out``), each with its
first traceback; ``--save DIR`` keeps the failing cases (pickled) to replay.
Writes ``benchmarks/results/fuzz.json``.

``--jobs N`` shares the examples among N worker processes, each with its
own seed, and adds up what they found.

Run: ``.venv/bin/python benchmarks/fuzz.py [--examples 10000] [--seed 1] [--jobs 2]``
"""

from __future__ import annotations

import argparse
import collections
import json
import pickle
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402

from fuzz_cases import CaseOutcome, FuzzCase, fuzz_cases, problems, run_case, write_case  # noqa: E402


def _refusal(stderr: str, root: str) -> str:
    """The last stderr line with paths and numbers made generic, for counting."""
    line = (stderr.strip().splitlines() or [""])[-1]
    line = line.replace(root, "ROOT")
    return re.sub(r":\d+", ":N", line)[:110]


def _subprocess_check(case: FuzzCase, in_process: CaseOutcome, hang_seconds: float) -> str | None:
    """Run the case's first command through the console script; a mismatch with the in-process run, or None."""
    command = case.commands[0]
    if "{out}" in " ".join(command) or "{plan_out}" in " ".join(command):
        return None
    with tempfile.TemporaryDirectory(prefix="crate-split-fuzz-") as root:
        package = write_case(case, Path(root))
        arguments = [a.replace("{plan}", str(Path(root) / "plan.toml")) for a in command]
        executable = Path(sys.executable).with_name("crate-split")
        target = [root, "-p", "fuzz"] if case.via_workspace else [str(package)]
        result = subprocess.run(
            [str(executable), arguments[0], *target, *arguments[1:]],
            capture_output=True,
            text=True,
            timeout=hang_seconds,
        )
    expected = in_process.commands[0].exit_code
    if result.returncode != expected or "Traceback" in result.stderr:
        return (
            f"subprocess exit {result.returncode}, in-process {expected}: "
            f"{' '.join(command)}: {result.stderr.strip()[-200:]!r}"
        )
    return None


@dataclass
class Tally:
    """What a run found; tallies of parallel workers add up."""

    counts: collections.Counter = field(default_factory=collections.Counter)
    exits: collections.Counter = field(default_factory=collections.Counter)
    refusals: collections.Counter = field(default_factory=collections.Counter)
    #: Problem (paths made generic) -> [count, first traceback].
    found: dict[str, list] = field(default_factory=dict)
    slowest: list[tuple[float, str]] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.counts.update(other.counts)
        self.exits.update(other.exits)
        self.refusals.update(other.refusals)
        for problem, (count, trace) in other.found.items():
            self.found.setdefault(problem, [0, trace])[0] += count
        self.slowest = sorted(self.slowest + other.slowest, reverse=True)[:5]
        self.mismatches.extend(other.mismatches)


def fuzz(arguments: argparse.Namespace, started: float) -> Tally:
    """Run ``arguments.examples`` cases in this process."""
    tally = Tally()
    counts = tally.counts

    @seed(arguments.seed)
    @settings(
        max_examples=arguments.examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(fuzz_cases())
    def one_case(case: FuzzCase) -> None:
        with tempfile.TemporaryDirectory(prefix="crate-split-fuzz-") as root:
            outcome = run_case(case, Path(root), seconds=arguments.hang_seconds)
            for command in outcome.commands:
                counts["commands"] += 1
                tally.exits[
                    (
                        command.arguments[0],
                        command.exit_code if command.escaped is None else command.escaped.split(":")[0],
                    )
                ] += 1
                if command.exit_code:
                    tally.refusals[_refusal(command.stderr, root)] += 1
                tally.slowest.append(
                    (command.seconds, " ".join(command.arguments[:1] + command.arguments[2:]).replace(root, "ROOT"))
                )
        tally.slowest.sort(reverse=True)
        del tally.slowest[5:]
        for problem in problems(outcome):
            key = re.sub(r"/tmp/crate-split-fuzz-[^/ ]*", "ROOT", problem)[:200]
            entry = tally.found.setdefault(key, [0, next((c.traceback for c in outcome.commands if c.traceback), "")])
            entry[0] += 1
            if entry[0] == 1:
                print(f"new problem after {counts['examples']} examples: {key}", file=sys.stderr, flush=True)
            if arguments.save is not None and entry[0] == 1:
                arguments.save.mkdir(parents=True, exist_ok=True)
                (arguments.save / f"seed-{arguments.seed}-case-{len(tally.found)}.pickle").write_bytes(
                    pickle.dumps(case)
                )
        counts["examples"] += 1
        if counts["examples"] % arguments.subprocess_every == 1:
            counts["subprocess_checks"] += 1
            mismatch = _subprocess_check(case, outcome, arguments.hang_seconds)
            if mismatch:
                tally.mismatches.append(mismatch)
        if counts["examples"] % 1000 == 0:
            print(
                f"... seed {arguments.seed}: {counts['examples']} examples, {len(tally.found)} kinds of problem, "
                f"{time.perf_counter() - started:.0f}s",
                file=sys.stderr,
                flush=True,
            )

    one_case()
    return tally


def fuzz_in_workers(arguments: argparse.Namespace) -> Tally:
    """Split the examples among ``arguments.jobs`` processes, each with its
    own seed (``--seed``, ``--seed`` + 1, ...), and add up their tallies."""
    tally = Tally()
    with tempfile.TemporaryDirectory(prefix="crate-split-fuzz-tallies-") as tallies:
        workers = []
        for index in range(arguments.jobs):
            examples = arguments.examples // arguments.jobs + (index < arguments.examples % arguments.jobs)
            dump = Path(tallies) / f"{index}.pickle"
            command = [
                sys.executable,
                __file__,
                "--examples",
                str(examples),
                "--seed",
                str(arguments.seed + index),
                "--hang-seconds",
                str(arguments.hang_seconds),
                "--subprocess-every",
                str(arguments.subprocess_every),
                "--tally",
                str(dump),
                *(["--save", str(arguments.save)] if arguments.save else []),
            ]
            workers.append((subprocess.Popen(command), dump))
        for worker, dump in workers:
            if worker.wait() != 0 or not dump.exists():
                raise SystemExit(f"a fuzzing worker failed (exit {worker.returncode})")
            tally.add(pickle.loads(dump.read_bytes()))
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--jobs", type=int, default=1, help="worker processes, each with its own seed (--seed, --seed + 1, ...)"
    )
    parser.add_argument("--hang-seconds", type=float, default=60.0, help="a command running longer is a hang")
    parser.add_argument("--subprocess-every", type=int, default=500, help="every Nth case also runs as a subprocess")
    parser.add_argument("--save", type=Path, help="directory for the failing cases (pickled FuzzCase)")
    parser.add_argument("--tally", type=Path, help=argparse.SUPPRESS)  # a worker's output
    arguments = parser.parse_args()
    started = time.perf_counter()
    if arguments.tally is not None:
        arguments.tally.write_bytes(pickle.dumps(fuzz(arguments, started)))
        return 0
    tally = fuzz_in_workers(arguments) if arguments.jobs > 1 else fuzz(arguments, started)
    elapsed = time.perf_counter() - started
    counts, found, mismatches = tally.counts, tally.found, tally.mismatches
    seeds = f"{arguments.seed}..{arguments.seed + arguments.jobs - 1}" if arguments.jobs > 1 else str(arguments.seed)
    print(f"examples: {counts['examples']}  commands: {counts['commands']}  seeds: {seeds}  jobs: {arguments.jobs}")
    print(
        f"time: {elapsed:.0f}s "
        f"({elapsed * arguments.jobs / max(counts['examples'], 1) * 1000:.0f} ms per example and process)"
    )
    print(
        f"problems: {sum(entry[0] for entry in found.values())} in {len(found)} kinds; "
        f"subprocess checks: {counts['subprocess_checks']}, mismatches: {len(mismatches)}"
    )
    print("\noutcomes (command, exit code):")
    for (command, code), count in sorted(tally.exits.items(), key=lambda pair: (pair[0][0], str(pair[0][1]))):
        print(f"  {command:8} {code!s:>6}  {count}")
    print("\nmost common refusals:")
    for line, count in tally.refusals.most_common(12):
        print(f"  {count:6}  {line}")
    print("\nslowest commands:")
    for seconds, command in tally.slowest:
        print(f"  {seconds:6.2f}s  {command}")
    for problem, (count, trace) in sorted(found.items()):
        print(f"\nPROBLEM x{count}: {problem}\n{trace[-2000:]}")
    for mismatch in mismatches:
        print(f"\nMISMATCH: {mismatch}")
    results = REPO / "benchmarks" / "results"
    results.mkdir(exist_ok=True)
    (results / "fuzz.json").write_text(
        json.dumps(
            {
                **{key: counts[key] for key in ("examples", "commands", "subprocess_checks")},
                "seed": arguments.seed,
                "jobs": arguments.jobs,
                "seconds": round(elapsed),
                "problems": {problem: count for problem, (count, _trace) in found.items()},
                "mismatches": mismatches,
                "exit_codes": {
                    f"{command} {code}": count for (command, code), count in sorted(tally.exits.items(), key=str)
                },
                "slowest": [[round(seconds, 2), command] for seconds, command in tally.slowest],
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    )
    return 1 if found or mismatches else 0


if __name__ == "__main__":
    raise SystemExit(main())
