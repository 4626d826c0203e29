"""Analysis stage: from a package's files to a ``CrateModel``.

Entry point: :func:`analyze_crate`. It reads nothing from disk (the
``SourceTree`` is handed in), runs no code from the crate, and never raises
on Rust it does not understand: that becomes diagnostics.
"""

from crate_split.analysis.crate_model import CrateModel, ResolutionStats
from crate_split.analysis.pipeline import AnalysisConfig, analyze_crate
from crate_split.analysis.source_tree import SourceTree, load_source_tree, locate_package

__all__ = [
    "AnalysisConfig",
    "CrateModel",
    "ResolutionStats",
    "SourceTree",
    "analyze_crate",
    "load_source_tree",
    "locate_package",
]
