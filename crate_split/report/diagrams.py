"""DOT and Mermaid renderings of the module graph and its units.

Nodes are modules (clustered by unit in DOT); edges carry the number of item
references behind them; edges inside a cycle are drawn in red.
"""

from __future__ import annotations

from crate_split.model import ItemKind, ModulePath, format_module_path
from crate_split.report.analysis_report import AnalysisReport


def _cycle_edges(report: AnalysisReport) -> set[tuple[ModulePath, ModulePath]]:
    edges = set()
    for cycle in report.module_graph.cycles:
        members = set(cycle.modules)
        for a, b, _count in report.module_graph.edges:
            if a in members and b in members:
                edges.add((a, b))
    return edges


def _unit_of(report: AnalysisReport) -> dict[ModulePath, int]:
    """Map each module of the graph to the unit holding its items."""
    owner: dict[ModulePath, int] = {}
    for unit in report.module_graph.units:
        for item in unit.items:
            if item.kind is not ItemKind.MODULE:
                owner.setdefault(item.module, unit.id)
    for module in report.module_graph.modules:
        probe = module
        while probe not in owner and probe:
            probe = probe[:-1]
        if probe in owner:
            owner.setdefault(module, owner[probe])
    return owner


def render_dot(report: AnalysisReport) -> str:
    """Return a Graphviz digraph of modules, clustered by unit."""
    cycle_edges = _cycle_edges(report)
    owner = _unit_of(report)
    lines = [f'digraph "{report.model.manifest.crate_name}" {{', "  rankdir=LR;", "  node [shape=box];"]
    for unit in report.module_graph.units:
        lines.append(f"  subgraph cluster_{unit.id} {{")
        lines.append(f'    label="unit {unit.id}: {unit.lines} lines";')
        for module in report.module_graph.modules:
            if owner.get(module) == unit.id:
                lines.append(f'    "{format_module_path(module)}";')
        lines.append("  }")
    for a, b, count in report.module_graph.edges:
        style = ", color=red" if (a, b) in cycle_edges else ""
        lines.append(f'  "{format_module_path(a)}" -> "{format_module_path(b)}" [label="{count}"{style}];')
    lines.append("}")
    return "\n".join(lines) + "\n"


def render_mermaid(report: AnalysisReport) -> str:
    """Return a Mermaid flowchart of modules, with cycle edges highlighted."""
    modules = report.module_graph.modules
    ids = {module: f"m{index}" for index, module in enumerate(modules)}
    cycle_edges = _cycle_edges(report)
    owner = _unit_of(report)
    lines = ["flowchart LR"]
    for unit in report.module_graph.units:
        lines.append(f'  subgraph u{unit.id}["unit {unit.id}"]')
        for module in modules:
            if owner.get(module) == unit.id:
                lines.append(f'    {ids[module]}["{format_module_path(module)}"]')
        lines.append("  end")
    link_styles = []
    for index, (a, b, count) in enumerate(report.module_graph.edges):
        lines.append(f"  {ids[a]} -->|{count}| {ids[b]}")
        if (a, b) in cycle_edges:
            link_styles.append(str(index))
    if link_styles:
        lines.append(f"  linkStyle {','.join(link_styles)} stroke:red")
    return "\n".join(lines) + "\n"
