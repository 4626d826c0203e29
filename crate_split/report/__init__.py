"""Reports: what users read, built from the stages' values and rendered
separately for people (rich), programs (JSON) and diagrams (DOT, Mermaid).

Building a report never prints; renderers return strings or write to the
console they are given.
"""

from crate_split.report.analysis_report import AnalysisReport, build_analysis_report
from crate_split.report.diagrams import render_dot, render_mermaid
from crate_split.report.human import render_human
from crate_split.report.json_report import SCHEMA_VERSION, render_json

__all__ = [
    "AnalysisReport",
    "SCHEMA_VERSION",
    "build_analysis_report",
    "render_dot",
    "render_human",
    "render_json",
    "render_mermaid",
]
