"""Fuzzing the CLI with hostile packages, manifests and plan files.

hypothesis draws packages from ``fuzz_cases`` (random module trees,
``#[path]``, cfgs, macros, deep-ish expressions, odd names, damaged bytes,
mutated manifests and plan files, FIFOs and symlinks) and runs
``analyze``, ``plan``, ``why`` and ``apply --out`` on each, in-process.
Every command must end with a documented exit code (a refusal as one
``error:`` line), never with an exception or past the hang bound, and
nothing outside ``--out`` may change: the input stays byte-identical.

CI runs a few dozen examples; ``benchmarks/fuzz.py`` runs ten thousand and
more (see ``docs/robustness.md``).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from fuzz_cases import FuzzCase, fuzz_cases, problems, run_case

#: A command still running after this long is a hang, not a slow run: the
#: slowest fuzz command measured took well under a second.
HANG_BOUND_SECONDS = 300

#: Few enough examples that this file runs in well under a minute.
EXAMPLES = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


@EXAMPLES
@given(fuzz_cases())
def test_no_hostile_package_crashes_hangs_or_writes_outside_the_output(case: FuzzCase) -> None:
    with tempfile.TemporaryDirectory(prefix="crate-split-fuzz-") as root:
        outcome = run_case(case, Path(root), seconds=HANG_BOUND_SECONDS)
    assert problems(outcome) == [], "\n".join(c.traceback for c in outcome.commands if c.traceback)
