"""``SPLIT.md``: the page a reviewer reads in the pull request.

What the reviewer will read (files moved, edited and generated, and the
lines crate-split wrote, by kind), a Mermaid graph of the crates, a table of crates (modules, lines,
dependencies), the predicted build gain, every forced merge and item move
with its reason, every repair the check needed, every widened item, and,
after ``--check``, the test counts and the public API comparison.
"""

from __future__ import annotations

from crate_split.model import format_module_list
from crate_split.report.plan_render import render_plan_mermaid
from crate_split.report.review_summary import review_summary
from crate_split.verify.apply_flow import ApplyResult

#: Where the page goes, relative to the workspace root.
SPLIT_MD = "SPLIT.md"


def render_split_md(result: ApplyResult) -> str:
    """Return SPLIT.md for the applied split."""
    plan = result.plan
    lines = [f"# Split of `{plan.package}`", ""]
    placement = result.placement
    home = f"under `{placement.members_dir}/`" if placement.members_dir else "at the root"
    if placement.joins_workspace:
        home += " of its workspace, beside it"
    lines.append(
        f"`{plan.package}` is now a facade over {len(plan.members)} crate(s) {home}. "
        "Its name, features and public API are unchanged; it re-exports the members."
    )
    lines += [""] + review_summary(result.change).render()
    lines += ["```mermaid", render_plan_mermaid(plan).rstrip(), "```", ""]
    lines += ["| crate | modules | lines | depends on |", "|---|---|---:|---|"]
    for crate in plan.crates:
        modules = format_module_list(crate.modules, 6, code=True)
        depends = "all members" if crate.is_facade else (", ".join(f"`{d}`" for d in crate.depends_on) or "-")
        lines.append(
            f"| `{crate.name}`{' (facade)' if crate.is_facade else ''} | {modules} | {crate.lines} | {depends} |"
        )
    lines += ["", "## Predicted build time", "", f"Cost model: {plan.cost_source}.", ""]
    lines += ["| jobs | check before | check after | build before | build after |", "|---:|---:|---:|---:|---:|"]
    for p in plan.predictions:
        lines.append(
            f"| {p.jobs} | {p.original_check:.2f}s | {p.planned_check:.2f}s ({p.check_speedup:.2f}x) "
            f"| {p.original_build:.2f}s | {p.planned_build:.2f}s ({p.build_speedup:.2f}x) |"
        )
    lines += ["", f"Critical path: {' -> '.join(f'`{c}`' for c in plan.critical_path)}.", ""]
    warning = plan.payoff_warning()
    if warning:
        lines += [f"**Warning:** {warning}.", ""]
    if plan.merges:
        lines += ["## Forced merges", ""]
        for merge in plan.merges:
            lines.append(f"- `{merge.crate}`: {format_module_list(merge.modules, 6, code=True)}: {merge.reason}")
            lines.extend(f"  - `{hop.render()}`" for hop in merge.chain)
        lines.append("")
    if plan.moves:
        lines += ["## Items moved out of their module", ""]
        for move in plan.moves:
            names = ", ".join(f"`{i.qualified()}`" for i in move.items)
            lines.append(f"- {names} -> `{move.to_crate}`: {move.reason}")
            lines.extend(f"  - `{hop.render()}`" for hop in move.chain[:3])
        lines.append("")
    if result.repairs:
        lines += ["## Repairs and merges made by `--check`", ""]
        lines.extend(f"- {r.kind} `{r.subject}`: {r.reason}" for r in result.repairs)
        lines.append("")
    lines += ["## Visibility widened", ""]
    if plan.bumps:
        lines.append("These items are used from another crate now; they became `pub` with `#[doc(hidden)]`:")
        lines.append("")
        lines.extend(
            f"- `{b.item.qualified()}` (was `{b.visibility}`), used from `{b.used_from}` at {b.span.location()}"
            for b in plan.bumps
        )
    else:
        lines.append("No item had to become public.")
    lines.append("")
    verification = result.verification
    if verification is not None:
        lines += ["## Verification", ""]
        if result.stopped:
            lines.append(f"**Not verified**: {result.stopped}.")
            lines.append("")
        lines.append(
            f"- `cargo check`: {'passed' if verification.check_passed else 'FAILED'} in round {result.rounds}."
        )
        if verification.remaining_errors:
            lines.extend(f"  - {error}" for error in verification.remaining_errors)
        before, after = verification.tests_before, verification.tests_after
        if before and after:
            lines.append(
                f"- tests: {before.passed} passed / {before.failed} failed before, "
                f"{after.passed} passed / {after.failed} failed after."
            )
            lines.extend(f"  - lost `{lost}`" for lost in verification.lost_tests[:20])
        if verification.api_diff is not None:
            diff = verification.api_diff
            if diff.equal:
                lines.append("- public API: identical (rustdoc JSON).")
            else:
                lines.append(f"- public API: {len(diff.missing)} missing, {len(diff.added)} added.")
                lines.extend(f"  - missing `{entry}`" for entry in diff.missing[:20])
                lines.extend(f"  - added `{entry}`" for entry in diff.added[:20])
        lines.append("")
    lines.append("Generated by crate-split. The member crates are internal: depend on the facade.")
    return "\n".join(lines) + "\n"
