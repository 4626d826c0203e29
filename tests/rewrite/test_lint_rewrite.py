"""What the rewrite does so that lints the original denies stay quiet.

On ``corpora/lint_denial`` with its proposed plan (members ``method`` and
``summary``): the facade leaves out the root ``use`` only moved code needed,
the member that keeps the code keeps it; a widened tuple field widens the
private type it names; and lint allowances asked for by repairs land on
the item and on the crate root. No cargo runs.
"""

from __future__ import annotations

from pathlib import Path

from crate_split.analysis import analyze_crate, load_source_tree
from crate_split.model import ItemId, ItemKind
from crate_split.report import build_analysis_report
from crate_split.rewrite.crate_files import LintAllows
from crate_split.rewrite.source_change import GeneratedFile
from crate_split.rewrite.workspace import RewriteInputs, rewrite_workspace

CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "lint_denial"
METHOD_ROOT = "crates/lint_denial-method/src/lib.rs"
METHOD_FILE = "crates/lint_denial-method/src/method.rs"


def rewritten(allows: LintAllows = LintAllows()) -> dict[str, str]:
    """Every ``.rs`` file of the workspace, by output path."""
    model = analyze_crate(load_source_tree(CORPUS))
    report = build_analysis_report(model)
    assert report.plan is not None
    files = tuple(sorted(p.relative_to(CORPUS).as_posix() for p in CORPUS.rglob("*") if p.is_file()))

    def read(path: str) -> bytes:
        return (CORPUS / path).read_bytes()

    inputs = RewriteInputs(
        model, report.plan, report.atoms.strong_graph, files, read, read("Cargo.toml").decode(), lint_allows=allows
    )
    change, _layout = rewrite_workspace(inputs)
    texts = {}
    for output in change.files:
        if output.path.endswith(".rs") and not isinstance(output, GeneratedFile):
            texts[output.path] = output.render(read).decode()
    return texts


def test_the_facade_leaves_out_a_root_use_that_only_moved_code_needed():
    texts = rewritten()
    assert "use std::io::{Error, ErrorKind};" not in texts["src/lib.rs"]
    assert "use std::io::{Error, ErrorKind};" in texts[METHOD_ROOT]


def test_a_widened_tuple_field_widens_the_private_type_it_names():
    method = rewritten()[METHOD_FILE]
    assert "pub struct Method(#[doc(hidden)] pub Inner);" in method
    assert "#[doc(hidden)]\npub enum Inner {" in method


def test_lint_allowances_go_on_the_item_and_on_the_crate_root():
    request_line = ItemId(("method",), ItemKind.STRUCT, "RequestLine")
    allows = LintAllows(
        items=frozenset({(request_line, "missing_debug_implementations"), (request_line, "dead_code")}),
        crates=frozenset({("lint_denial-method", "unused_imports")}),
    )
    texts = rewritten(allows)
    assert (
        "#[allow(dead_code, missing_debug_implementations)] pub(crate) struct RequestLine<'a> {" in texts[METHOD_FILE]
    )
    assert "#![deny(rustdoc::broken_intra_doc_links)]\n#![allow(unused_imports)]\n" in texts[METHOD_ROOT]
    assert "#![allow(" not in texts["src/lib.rs"]
