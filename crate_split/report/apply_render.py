"""What ``apply`` prints: the crates made, the repairs, and the verdict of
``--check`` (compile, tests before and after, public API).
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.text import Text

from crate_split.verify.apply_flow import ApplyResult
from crate_split.verify.verification import Verification


def verification_problem(result: ApplyResult) -> str | None:
    """One line saying why a checked split is not verified, or ``None``."""
    if not result.checked or result.stopped is None:
        return None
    return f"{result.stopped} (after {result.rounds} round(s); SPLIT.md lists the repairs)"


def render_apply_human(result: ApplyResult, console: Console) -> None:
    plan = result.plan
    console.print(Text(f"{plan.package}: facade + {len(plan.members)} member crate(s)", style="bold"))
    for crate in plan.members:
        console.print(f"  {crate.name}: {crate.lines} lines, depends on {', '.join(crate.depends_on) or 'no member'}")
    warning = plan.payoff_warning()
    if warning:
        console.print(f"warning: {warning}")
    for note in result.notes:
        console.print(f"note: {note}")
    if result.repairs:
        console.print(Text(f"repairs and merges made by --check: {len(result.repairs)}", style="bold"))
        for repair in result.repairs:
            console.print(f"  {repair.kind} {repair.subject}: {repair.reason}")
    verification = result.verification
    if verification is None:
        console.print("not checked (pass --check to run cargo check, the tests and the API comparison)")
        return
    console.print(f"cargo check: {'ok' if verification.check_passed else 'FAILED'} in round {result.rounds}")
    for error in verification.remaining_errors:
        console.print(f"  {error}")
    if verification.tests_before and verification.tests_after:
        console.print(
            f"tests: {verification.tests_before.passed} passed / {verification.tests_before.failed} failed before; "
            f"{verification.tests_after.passed} passed / {verification.tests_after.failed} failed after"
        )
    for lost in verification.lost_tests[:10]:
        console.print(f"  lost: {lost}")
    if verification.api_diff is not None:
        diff = verification.api_diff
        console.print(
            "public API: identical"
            if diff.equal
            else f"public API: {len(diff.missing)} missing, {len(diff.added)} added"
        )


def apply_result_data(result: ApplyResult) -> dict[str, Any]:
    def tests(run):
        return None if run is None else {"passed": run.passed, "failed": run.failed, "ignored": run.ignored}

    # Unchecked, the facts of a check are empty (``check_ok`` None).
    verification = result.verification or Verification(False)
    diff = verification.api_diff

    return {
        "package": result.plan.package,
        "members": [c.name for c in result.plan.members],
        "crate_lines": {c.name: c.lines for c in result.plan.crates},
        "notes": list(result.notes),
        "payoff_warning": result.plan.payoff_warning(),
        "repairs": [{"kind": r.kind, "subject": r.subject, "reason": r.reason} for r in result.repairs],
        "checked": result.checked,
        "check_ok": verification.check_passed if result.checked else None,
        "rounds": result.rounds,
        "remaining_errors": list(verification.remaining_errors),
        "lost_tests": list(verification.lost_tests),
        "verified": result.verified,
        "written": result.written,
        "tests_before": tests(verification.tests_before),
        "tests_after": tests(verification.tests_after),
        "api": None
        if diff is None
        else {"equal": diff.equal, "missing": list(diff.missing), "added": list(diff.added)},
        "problem": verification_problem(result),
    }
