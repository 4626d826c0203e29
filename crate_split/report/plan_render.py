"""Renderings of a split plan: for people, as JSON data, and as DOT or
Mermaid crate graphs. Used by ``analyze`` (the proposed split) and by
``plan``.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from crate_split.model import format_module_list, format_module_path
from crate_split.splitter.plan import Hop, SplitPlan

_SHOWN = 10


def render_plan_human(plan: SplitPlan, console: Console, *, verbose: bool = False) -> None:
    """Print the plan: crates, predicted gains, forced merges, moves, widened items."""
    members = plan.members
    console.print(Text(f"Proposed split: {len(members)} crate(s) plus the facade {plan.package}", style="bold"))
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("crate")
    table.add_column("modules")
    table.add_column("items", justify="right")
    table.add_column("lines", justify="right")
    table.add_column("depends on")
    for crate in plan.crates:
        modules = format_module_list(crate.modules, 4)
        depends = "all members" if crate.is_facade else (", ".join(crate.depends_on) or "-")
        table.add_row(
            crate.name + (" (facade)" if crate.is_facade else ""),
            modules,
            str(len(crate.items)),
            str(crate.lines),
            depends,
        )
    console.print(table)
    for note in plan.notes:
        console.print(f"note: {note}")

    console.print()
    console.print(Text(f"Predicted build time (cost model: {plan.cost_source})", style="bold"))
    gains = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    for title in ("jobs", "check now", "check split", "speedup", "build now", "build split", "speedup"):
        gains.add_column(title, justify="right")
    for p in plan.predictions:
        gains.add_row(
            str(p.jobs),
            f"{p.original_check:.2f}s",
            f"{p.planned_check:.2f}s",
            f"{p.check_speedup:.2f}x",
            f"{p.original_build:.2f}s",
            f"{p.planned_build:.2f}s",
            f"{p.build_speedup:.2f}x",
        )
    console.print(gains)
    console.print(f"critical path: {' -> '.join(plan.critical_path)} ({plan.critical_seconds:.2f}s of front-end work)")
    warning = plan.payoff_warning()
    if warning:
        console.print(f"warning: {warning}", highlight=False)

    if plan.merges:
        console.print()
        console.print(Text(f"Forced merges: {len(plan.merges)}", style="bold"))
        for merge in plan.merges:
            console.print(f"{merge.crate}: {format_module_list(merge.modules, 6)}")
            console.print(f"  {merge.reason}")
            for hop in merge.chain:
                console.print(f"    {hop.render()}")
    if plan.moves:
        console.print()
        console.print(Text(f"Items moved out of their module to break a cycle: {len(plan.moves)}", style="bold"))
        for move in plan.moves:
            names = ", ".join(i.qualified() for i in move.items[:4]) + (" ..." if len(move.items) > 4 else "")
            console.print(f"{names} -> {move.to_crate}")
            console.print(f"  {move.reason}")
            for hop in move.chain[:3]:
                console.print(f"    {hop.render()}")
    console.print()
    console.print(Text(f"Items that must become pub (with #[doc(hidden)]): {len(plan.bumps)}", style="bold"))
    for bump in plan.bumps if verbose else plan.bumps[:_SHOWN]:
        console.print(
            f"  {bump.item.qualified()} ({bump.visibility}), used from {bump.used_from} at {bump.span.location()}"
        )
    if len(plan.bumps) > _SHOWN and not verbose:
        console.print(f"  ... (-v lists all {len(plan.bumps)})")


def render_payoff_warning(plan: SplitPlan | None, console: Console, output_format: str) -> None:
    """The line saying the split is not predicted to pay, for the graph
    formats (the human and JSON renderings hold it already)."""
    warning = plan.payoff_warning() if plan is not None else None
    if warning and output_format in ("dot", "mermaid"):
        console.print(f"warning: {warning}", highlight=False)


def hop_data(hop: Hop) -> dict[str, Any]:
    return {
        "from": hop.dependent.qualified(),
        "to": hop.dependency.qualified(),
        "kind": str(hop.kind),
        "text": hop.detail,
        "location": hop.span.location() if hop.span else None,
    }


def plan_to_data(plan: SplitPlan) -> dict[str, Any]:
    """The plan as JSON-ready data (documented in docs/json-schema.md)."""
    return {
        "package": plan.package,
        "crates": [
            {
                "name": c.name,
                "facade": c.is_facade,
                "modules": [format_module_path(m) for m in c.modules],
                "items": len(c.items),
                "lines": c.lines,
                "tokens": c.tokens,
                "depends_on": list(c.depends_on),
            }
            for c in plan.crates
        ],
        "predictions": [
            {
                "jobs": p.jobs,
                "original_check": round(p.original_check, 3),
                "planned_check": round(p.planned_check, 3),
                "check_speedup": round(p.check_speedup, 3),
                "original_build": round(p.original_build, 3),
                "planned_build": round(p.planned_build, 3),
                "build_speedup": round(p.build_speedup, 3),
            }
            for p in plan.predictions
        ],
        "critical_path": list(plan.critical_path),
        "critical_seconds": round(plan.critical_seconds, 3),
        "payoff_warning": plan.payoff_warning(),
        "cost_model": plan.cost_source,
        "forced_merges": [
            {
                "crate": m.crate,
                "modules": [format_module_path(x) for x in m.modules],
                "reason": m.reason,
                "chain": [hop_data(h) for h in m.chain],
            }
            for m in plan.merges
        ],
        "moves": [
            {
                "items": [i.qualified() for i in m.items],
                "from_module": format_module_path(m.from_module),
                "to_crate": m.to_crate,
                "reason": m.reason,
                "chain": [hop_data(h) for h in m.chain],
            }
            for m in plan.moves
        ],
        "visibility_bumps": [
            {
                "item": b.item.qualified(),
                "visibility": b.visibility,
                "used_from": b.used_from,
                "location": b.span.location(),
            }
            for b in plan.bumps
        ],
        "notes": list(plan.notes),
    }


def render_plan_dot(plan: SplitPlan) -> str:
    """The crate graph as a Graphviz digraph."""
    lines = [f'digraph "{plan.package}" {{', "  rankdir=LR;", "  node [shape=box];"]
    for crate in plan.crates:
        shape = ", style=bold" if crate.is_facade else ""
        lines.append(f'  "{crate.name}" [label="{crate.name}\\n{crate.lines} lines"{shape}];')
    for crate in plan.crates:
        for dependency in crate.depends_on:
            lines.append(f'  "{crate.name}" -> "{dependency}";')
    lines.append("}")
    return "\n".join(lines) + "\n"


def render_plan_mermaid(plan: SplitPlan) -> str:
    """The crate graph as a Mermaid flowchart."""
    ids = {crate.name: f"c{index}" for index, crate in enumerate(plan.crates)}
    lines = ["flowchart TD"]
    for crate in plan.crates:
        lines.append(f'  {ids[crate.name]}["{crate.name}<br/>{crate.lines} lines"]')
    for crate in plan.crates:
        for dependency in crate.depends_on:
            lines.append(f"  {ids[crate.name]} --> {ids[dependency]}")
    return "\n".join(lines) + "\n"
