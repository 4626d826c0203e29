"""What ``apply`` prints: the crates made, the repairs, and the verdict of
``--check`` (compile, tests before and after, public API).
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.text import Text

from crate_split.verify.apply_flow import ApplyResult


def verification_problem(result: ApplyResult) -> str | None:
    """One line saying why a checked split is not verified, or ``None``."""
    if not result.checked:
        return None
    if not result.check_ok:
        return f"cargo check still fails after {result.rounds} round(s): {result.remaining_errors[0] if result.remaining_errors else 'see above'}"
    before, after = result.tests_before, result.tests_after
    if before is not None and not before.ok:
        return f"the original crate's tests do not pass on a copy ({before.passed} passed, {before.failed} failed), so there is nothing to compare with"
    if before is not None and after is not None and (after.passed != before.passed or after.failed > before.failed):
        return f"tests differ: {before.passed} passed before, {after.passed} passed ({after.failed} failed) after"
    if result.api_diff is not None and not result.api_diff.equal:
        return f"public API differs: {len(result.api_diff.missing)} missing, {len(result.api_diff.added)} added (see SPLIT.md)"
    return None


def render_apply_human(result: ApplyResult, console: Console) -> None:
    plan = result.plan
    console.print(Text(f"{plan.package}: facade + {len(plan.members)} member crate(s)", style="bold"))
    for crate in plan.members:
        console.print(f"  {crate.name}: {crate.lines} lines, depends on {', '.join(crate.depends_on) or 'no member'}")
    if result.repairs:
        console.print(Text(f"repairs after cargo check: {len(result.repairs)}", style="bold"))
        for repair in result.repairs:
            console.print(f"  {repair.kind} {repair.subject}: {repair.reason}")
    if not result.checked:
        console.print("not checked (pass --check to run cargo check, the tests and the API comparison)")
        return
    console.print(f"cargo check: {'ok' if result.check_ok else 'FAILED'} after {result.rounds} round(s)")
    for error in result.remaining_errors:
        console.print(f"  {error}")
    if result.tests_before and result.tests_after:
        console.print(
            f"tests: {result.tests_before.passed} passed / {result.tests_before.failed} failed before; "
            f"{result.tests_after.passed} passed / {result.tests_after.failed} failed after"
        )
    if result.api_diff is not None:
        diff = result.api_diff
        console.print("public API: identical" if diff.equal else f"public API: {len(diff.missing)} missing, {len(diff.added)} added")


def apply_result_data(result: ApplyResult) -> dict[str, Any]:
    def tests(run):
        return None if run is None else {"passed": run.passed, "failed": run.failed, "ignored": run.ignored}

    return {
        "package": result.plan.package,
        "members": [c.name for c in result.plan.members],
        "crate_lines": {c.name: c.lines for c in result.plan.crates},
        "repairs": [{"kind": r.kind, "subject": r.subject, "reason": r.reason} for r in result.repairs],
        "checked": result.checked,
        "check_ok": result.check_ok,
        "rounds": result.rounds,
        "remaining_errors": list(result.remaining_errors),
        "tests_before": tests(result.tests_before),
        "tests_after": tests(result.tests_after),
        "api": None
        if result.api_diff is None
        else {"equal": result.api_diff.equal, "missing": list(result.api_diff.missing), "added": list(result.api_diff.added)},
        "problem": verification_problem(result),
    }
