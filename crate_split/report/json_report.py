"""The JSON form of the analysis report: a documented, stable schema.

The schema is described in ``docs/json-schema.md``; ``SCHEMA_VERSION`` is
raised on any incompatible change. Keys and lists are sorted so the same
crate always gives the same bytes.
"""

from __future__ import annotations

import json
from typing import Any

from crate_split.analysis.item_graph import EdgeReason
from crate_split.model import Diagnostic, ItemId, ModulePath, Span, format_module_path
from crate_split.report.analysis_report import AnalysisReport
from crate_split.report.plan_render import plan_to_data

SCHEMA_VERSION = 1


def render_json(report: AnalysisReport) -> str:
    """Return the report as a JSON document (UTF-8 text, trailing newline)."""
    return dump_json(report_to_data(report))


def dump_json(data: Any) -> str:
    """Every JSON document the CLI prints: keys sorted, indented, UTF-8
    text kept as it is, a trailing newline."""
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def report_to_data(report: AnalysisReport) -> dict[str, Any]:
    model = report.model
    manifest = model.manifest
    stats = model.stats
    return {
        "schema_version": SCHEMA_VERSION,
        "crate": {
            "package": manifest.package,
            "name": manifest.crate_name,
            "version": manifest.version,
            "edition": manifest.edition,
            "root_file": model.root_file,
            "files": len(model.files),
            "lines": model.lines,
            "modules": len(model.modules),
            "items": len(model.items),
            "items_by_kind": model.items_by_kind(),
            "syntax_errors": model.syntax_errors,
            "unreached_files": list(model.unreached_files),
        },
        "resolution": {
            "local": stats.local,
            "external": stats.external,
            "unresolved": stats.unresolved,
            "resolved_ratio": round(stats.resolved_ratio, 4),
            "in_macro_tokens": stats.in_macro_tokens,
            "member_accesses": stats.member_accesses,
            "unresolved_references": [
                {"location": r.span.location(), "kind": r.kind.value, "path": r.text, "from": r.source.qualified()}
                for r in report.unresolved
            ],
        },
        "modules": [_module_data(path, report) for path in sorted(model.modules)],
        "module_edges": [
            {"from": format_module_path(a), "to": format_module_path(b), "references": count}
            for a, b, count in report.module_graph.edges
        ],
        "cycles": [
            {
                "modules": [format_module_path(m) for m in cycle.modules],
                "hops": [
                    {
                        "from": format_module_path(a),
                        "to": format_module_path(b),
                        "reference_count": count,
                        "references": [_edge_data(r.dependent, r.dependency, r.reason) for r in refs],
                    }
                    for (a, b), refs, count in zip(cycle.hops, cycle.references, cycle.reference_counts, strict=True)
                ],
            }
            for cycle in report.module_graph.cycles
        ],
        "constraints": {
            "counts": report.constraint_counts(),
            "cross_module": [
                {
                    "rule": c.kind.value,
                    "hard": c.hard,
                    "items": [i.qualified() for i in c.items],
                    "reason": c.reason,
                    "location": _location(c.span),
                }
                for c in report.cross_module_constraints()
            ],
            "kept_in_facade": [
                {
                    "rule": c.kind.value,
                    "items": [i.qualified() for i in c.items],
                    "reason": c.reason,
                    "location": _location(c.span),
                }
                for c in report.facade_rules()
            ],
        },
        "atoms": {
            "count": len(report.atoms.atoms),
            "largest": sorted((len(a.members) for a in report.atoms.atoms), reverse=True)[:10],
        },
        "units": [
            {
                "id": unit.id,
                "name": unit.name,
                "modules": [format_module_path(m) for m in unit.modules],
                "items": len(unit.items),
                "lines": unit.lines,
                "tokens": unit.tokens,
                "depends_on": list(unit.depends_on),
            }
            for unit in report.module_graph.units
        ],
        "diagnostics": [_diagnostic_data(d) for d in report.warnings],
        "plan": plan_to_data(report.plan) if report.plan is not None else None,
    }


def _module_data(path: ModulePath, report: AnalysisReport) -> dict[str, Any]:
    module = report.model.modules[path]
    return {
        "path": format_module_path(path),
        "file": module.file,
        "inline": module.is_inline,
        "cfg": list(module.cfg),
        "items": sum(1 for item in report.model.items if item.module == path),
    }


def _edge_data(dependent: ItemId, dependency: ItemId, reason: EdgeReason) -> dict[str, Any]:
    return {
        "from": dependent.qualified(),
        "to": dependency.qualified(),
        "kind": str(reason.kind),
        "text": reason.detail,
        "location": _location(reason.span),
    }


def _location(span: Span | None) -> str | None:
    return span.location() if span else None


def _diagnostic_data(diagnostic: Diagnostic) -> dict[str, Any]:
    return {
        "code": diagnostic.code,
        "severity": diagnostic.severity.value,
        "message": diagnostic.message,
        "location": _location(diagnostic.span),
    }
