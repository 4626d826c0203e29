"""Progress on long work: bars on a terminal's stderr, nothing in pipes.

Analysis and planning of a crate with many files, and each round of
``apply --check``, draw a rich progress bar on stderr when it is a
terminal; into a pipe or a log they draw nothing (``apply`` still prints
its messages, as it always did). ``check_progress`` runs one of the CLI's
progress helpers against a console that writes to a string, as a terminal
or not, and returns what it wrote.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from pathlib import Path

from rich.console import Console

from crate_split.cli import _PROGRESS_MIN_FILES, _RoundProgress, _run_with_progress, main


def check_progress(run: Callable[[Console], object], *, terminal: bool) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=terminal, width=120)
    run(console)
    return buffer.getvalue()


def _steps(progress) -> int:
    """A job as the CLI runs them: told about its steps when there is a bar."""
    for step, fraction in (("constraints", 0.0), ("grouping units into crates", 0.6), ("plan", 0.95)):
        if progress is not None:
            progress(step, fraction)
        time.sleep(0.15)  # Let the bar refresh at least once per step.
    return 1


def test_planning_a_large_crate_on_a_terminal_draws_a_bar_naming_each_step() -> None:
    output = check_progress(
        lambda console: _run_with_progress(console, _PROGRESS_MIN_FILES, "planning", _steps), terminal=True
    )
    assert "planning: grouping units into crates" in output
    assert "━" in output


def test_no_bar_is_drawn_when_stderr_is_not_a_terminal() -> None:
    assert check_progress(lambda console: _run_with_progress(console, 1000, "planning", _steps), terminal=False) == ""


def test_a_small_crate_gets_no_bar_even_on_a_terminal() -> None:
    assert check_progress(lambda console: _run_with_progress(console, 1, "analysing", _steps), terminal=True) == ""


def _rounds(console: Console) -> None:
    with _RoundProgress(console) as progress:
        for message in (
            "round 1: cargo check on 3 member crate(s)",
            "comparing public APIs (rustdoc JSON)",
            "round 2: cargo check on 2 member crate(s)",
        ):
            progress(message)
            time.sleep(0.15)


def test_each_apply_round_gets_a_bar_that_follows_its_steps_on_a_terminal() -> None:
    output = check_progress(_rounds, terminal=True)
    assert "round 1: comparing public APIs (rustdoc JSON)" in output
    assert "round 2: cargo check on 2 member crate(s)" in output


def test_apply_messages_are_plain_lines_when_stderr_is_not_a_terminal() -> None:
    output = check_progress(_rounds, terminal=False)
    assert output.splitlines() == [
        "round 1: cargo check on 3 member crate(s)",
        "comparing public APIs (rustdoc JSON)",
        "round 2: cargo check on 2 member crate(s)",
    ]


def test_analyze_of_a_crate_with_many_files_writes_no_progress_into_a_pipe(tmp_path: Path, capsys) -> None:
    (tmp_path / "Cargo.toml").write_text('[package]\nname = "many"\nversion = "0.1.0"\nedition = "2021"\n')
    (tmp_path / "src").mkdir()
    count = _PROGRESS_MIN_FILES + 5
    (tmp_path / "src" / "lib.rs").write_text("".join(f"pub mod m{index};\n" for index in range(count)))
    for index in range(count):
        (tmp_path / "src" / f"m{index}.rs").write_text(f"pub fn f{index}() {{}}\n")
    assert main(["analyze", str(tmp_path)]) == 0
    assert capsys.readouterr().err == ""
