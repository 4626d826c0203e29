"""The terminal rendering of the analysis report, with rich.

The console is built by the CLI with markup off, so Rust text such as
``#[cfg(test)]`` or ``Vec<[u8; 4]>`` is printed as written.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from crate_split.model import format_module_path
from crate_split.report.analysis_report import AnalysisReport
from crate_split.report.plan_render import render_plan_human

_SHOWN_UNRESOLVED = 20


def render_human(report: AnalysisReport, console: Console, *, verbose: bool = False) -> None:
    """Print the report for a person.

    Args:
        report: the analysis report.
        console: where to print (stdout console of the CLI).
        verbose: list every unresolved reference and every cross-module rule.
    """
    model = report.model
    manifest = model.manifest
    console.print(Text(f"{manifest.package} {manifest.version} (edition {manifest.edition})", style="bold"))
    kinds = ", ".join(f"{count} {kind}" for kind, count in model.items_by_kind().items())
    console.print(
        f"{len(model.files)} files, {model.lines} lines, "
        f"{len(model.modules)} modules, {len(model.items)} items ({kinds})"
    )
    if model.syntax_errors:
        console.print(Text(f"{model.syntax_errors} places of syntax the parser had to recover from", style="yellow"))
    if model.unreached_files:
        unreached = model.unreached_files
        shown = ", ".join(unreached if verbose else unreached[:10]) + (
            "" if verbose or len(unreached) <= 10 else ", ..."
        )
        console.print(Text(f"{len(unreached)} .rs files no module reaches (not analysed): {shown}", style="yellow"))

    stats = model.stats
    console.print()
    console.print(Text("Resolution", style="bold"))
    console.print(
        f"{stats.total} path references: {stats.local} to local items, {stats.external} to other crates, "
        f"{stats.unresolved} unresolved ({stats.resolved_ratio:.1%} resolved); "
        f"{stats.member_accesses} method/field links by name, {stats.in_macro_tokens} paths inside macro calls"
    )
    unresolved = report.unresolved
    listed = unresolved if verbose else unresolved[:0]
    for reference in listed:
        console.print(
            f"  unresolved {reference.kind.value} {reference.text}  "
            f"({reference.span.location()}, in {reference.source.qualified()})"
        )
    if unresolved and not verbose:
        console.print(f"  (-v lists the {len(unresolved)} unresolved references)")

    console.print()
    cycles = report.module_graph.cycles
    console.print(Text(f"Module cycles: {len(cycles)}", style="bold"))
    for number, cycle in enumerate(cycles, 1):
        console.print(Text(f"cycle {number}: " + ", ".join(format_module_path(m) for m in cycle.modules), style="red"))
        for (a, b), references, count in zip(cycle.hops, cycle.references, cycle.reference_counts, strict=True):
            console.print(
                f"  {format_module_path(a)} -> {format_module_path(b)}  ({count} reference{'s' if count != 1 else ''})"
            )
            for edge in references:
                location = edge.reason.span.location() if edge.reason.span else "rule"
                console.print(
                    f"    {edge.dependent.qualified()} -> "
                    f"{edge.dependency.qualified()} ({location}, {edge.reason.kind})"
                )
            if count > len(references):
                console.print(f"    ... and {count - len(references)} more")

    console.print()
    console.print(Text("Rules that tie items together", style="bold"))
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("rule")
    table.add_column("must share a crate", justify="right")
    table.add_column("choice (e.g. trait or type)", justify="right")
    for kind, counts in report.constraint_counts().items():
        table.add_row(kind, str(counts["hard"]), str(counts["soft"]))
    console.print(table)
    cross = report.cross_module_constraints()
    console.print(f"{len(cross)} of them tie items of different modules together")
    _print_constraints(console, cross, verbose)
    facade_rules = report.facade_rules()
    if facade_rules:
        console.print(f"{len(facade_rules)} of them keep code that observes where it is compiled in the facade")
        _print_constraints(console, facade_rules, verbose)

    console.print()
    atoms = report.atoms.atoms
    largest = max((len(a.members) for a in atoms), default=0)
    units = report.module_graph.units
    console.print(Text(f"Independent units a split could use: {len(units)}", style="bold"))
    console.print(f"({len(atoms)} atoms of items that cannot be separated; the largest has {largest} items)")
    units_table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    units_table.add_column("unit", justify="right")
    units_table.add_column("modules")
    units_table.add_column("items", justify="right")
    units_table.add_column("lines", justify="right")
    units_table.add_column("needs units")
    for unit in units:
        units_table.add_row(
            str(unit.id), unit.name, str(len(unit.items)), str(unit.lines), ", ".join(map(str, unit.depends_on)) or "-"
        )
    console.print(units_table)

    if report.plan is not None:
        console.print()
        render_plan_human(report.plan, console, verbose=verbose)

    warnings = report.warnings
    if warnings:
        console.print()
        console.print(Text(f"Diagnostics: {len(warnings)}", style="bold"))
        for diagnostic in warnings if verbose else warnings[:10]:
            console.print(Text(diagnostic.render(), style="yellow"))
        if len(warnings) > 10 and not verbose:
            console.print(f"  ... (-v lists all {len(warnings)})")


def _print_constraints(console: Console, constraints, verbose: bool) -> None:
    """One line per rule with its location; the first five unless ``verbose``."""
    for constraint in constraints if verbose else constraints[:5]:
        location = constraint.span.location() if constraint.span else ""
        console.print(f"  {constraint.kind.value}: {constraint.reason} ({location})")
    if len(constraints) > 5 and not verbose:
        console.print(f"  ... (-v lists all {len(constraints)})")
