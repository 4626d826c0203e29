"""Plain frozen values shared by every stage: spans, ids and diagnostics.

Nothing here knows about tree-sitter, networkx or the file system; these
types are what crosses stage boundaries.
"""

from crate_split.model.diagnostics import Diagnostic, Severity
from crate_split.model.ids import ItemId, ItemKind, ModulePath, format_module_list, format_module_path
from crate_split.model.spans import Span

__all__ = [
    "Diagnostic",
    "ItemId",
    "ItemKind",
    "ModulePath",
    "Severity",
    "Span",
    "format_module_list",
    "format_module_path",
]
