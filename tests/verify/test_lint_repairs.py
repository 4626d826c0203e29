"""Lint errors the split causes: widened types, allowances, and the fallback to merging.

On the plan of ``corpora/lint_denial`` (members ``method`` and ``summary``,
which holds ``request`` and ``summary``), with rustc diagnostics written
here: no cargo. A diagnostic's primary span is placed on an original item
through a change that copies ``src/method.rs`` unchanged into the member,
so it maps back to that item as a real one would.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from crate_split.analysis import analyze_crate, load_source_tree
from crate_split.model import ItemId, ItemKind
from crate_split.report import build_analysis_report
from crate_split.rewrite.crate_files import LintAllows, Widening
from crate_split.rewrite.layout import plan_layout
from crate_split.rewrite.source_change import (
    CopiedFile,
    SourceChange,
)
from crate_split.verify.repair import RepairKind, lint_name, plan_repairs
from crate_split.verify.repair_loop import LoopContext, LoopState, Problem, ProblemKind, next_round
from crate_split.verify.rustc_diagnostics import DiagnosticSpan, RustcDiagnostic

CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "lint_denial"
METHOD, SUMMARY = "lint_denial-method", "lint_denial-summary"
MEMBER_FILE = "crates/lint_denial-method/src/method.rs"
REQUEST_LINE = ItemId(("method",), ItemKind.STRUCT, "RequestLine")
INNER = ItemId(("method",), ItemKind.ENUM, "Inner")
CHANGE = SourceChange.new([CopiedFile(MEMBER_FILE, "src/method.rs")])


@lru_cache(maxsize=1)
def crate():
    model = analyze_crate(load_source_tree(CORPUS))
    report = build_analysis_report(model)
    assert report.plan is not None
    assert {c.name for c in report.plan.members} == {METHOD, SUMMARY}
    return model, report.atoms.strong_graph, report.plan


def read(path: str) -> bytes:
    return (CORPUS / path).read_bytes()


def diagnostic(
    code: str, message: str, *, on: ItemId | None = None, rendered: str = "", level: str = "error"
) -> RustcDiagnostic:
    """An error of ``METHOD``, placed on the name of ``on`` (or nowhere)."""
    spans = ()
    if on is not None:
        item = crate()[0].items[on]
        spans = (
            DiagnosticSpan(MEMBER_FILE, item.name_span.start, item.name_span.end, item.name_span.line, 1, True, None),
        )
    note = RustcDiagnostic("note", None, "the lint level is defined here", METHOD, (), "")
    return RustcDiagnostic(level, code, message, METHOD, spans, rendered, (note,))


def repairs_for(*errors: RustcDiagnostic, allowed: LintAllows = LintAllows()):
    model, _graph, plan = crate()
    return plan_repairs(model, plan_layout(model, plan), CHANGE, errors, Widening(), read, allowed)


def merged_by_the_loop(planned) -> bool:
    """The loop's answer to a problem with these repairs merges the two members."""
    model, graph, plan = crate()
    problem = Problem(ProblemKind.CHECK, planned.problems[0], frozenset(planned.problems), planned)
    state = next_round(LoopContext(model, graph), LoopState(plan), problem)
    return state is not None and [(r.kind, r.crates) for r in state.repairs] == [
        (RepairKind.MERGE, frozenset({METHOD, SUMMARY}))
    ]


def test_a_lint_name_is_a_code_that_is_not_an_error_number():
    assert (
        lint_name(diagnostic("missing_debug_implementations", "type does not implement `Debug`"))
        == "missing_debug_implementations"
    )
    assert lint_name(diagnostic("E0425", "cannot find value `x`")) is None
    assert lint_name(diagnostic("dead_code", "never used", level="warning")) is None


def test_a_lint_in_an_item_is_allowed_on_that_item():
    planned = repairs_for(
        diagnostic("missing_debug_implementations", "type does not implement `Debug`", on=REQUEST_LINE)
    )
    assert planned.allows == LintAllows(items=frozenset({(REQUEST_LINE, "missing_debug_implementations")}))
    assert [(r.kind, r.subject) for r in planned.repairs] == [
        (RepairKind.ALLOW_LINT, "missing_debug_implementations on method::RequestLine")
    ]
    assert planned.merges == ()


def test_a_lint_already_allowed_on_its_item_is_allowed_on_the_crate_root_then_left_to_merging():
    error = diagnostic("dead_code", "field `rest` is never read", on=REQUEST_LINE)
    on_item = LintAllows(items=frozenset({(REQUEST_LINE, "dead_code")}))
    planned = repairs_for(error, allowed=on_item)
    assert planned.allows == LintAllows(crates=frozenset({(METHOD, "dead_code")}))
    planned = repairs_for(error, allowed=on_item.union(planned.allows))
    assert (planned.allows, planned.repairs) == (LintAllows(), ())
    assert merged_by_the_loop(planned)


def test_a_lint_in_no_item_is_allowed_on_the_root_of_the_crate_rustc_compiled():
    planned = repairs_for(diagnostic("unused_imports", "unused import: `Error`"))
    assert planned.allows == LintAllows(crates=frozenset({(METHOD, "unused_imports")}))


def test_a_forbidden_lint_is_never_allowed_but_left_to_merging():
    error = diagnostic("unsafe_code", "usage of an `unsafe` block", on=REQUEST_LINE, rendered="#![forbid(unsafe_code)]")
    planned = repairs_for(error)
    assert (planned.allows, planned.repairs) == (LintAllows(), ())
    assert merged_by_the_loop(planned)


def test_a_private_type_in_a_public_interface_is_widened_and_the_rounds_lints_wait():
    planned = repairs_for(
        diagnostic(
            "private_interfaces",
            "type `Inner` is more private than the item `Method::0`",
            on=ItemId(("method",), ItemKind.STRUCT, "Method"),
        ),
        diagnostic("dead_code", "fields `method` and `rest` are never read", on=REQUEST_LINE),
    )
    assert planned.widening.items == {INNER}
    assert [(r.kind, r.subject) for r in planned.repairs] == [(RepairKind.WIDEN, "method::Inner")]
    assert planned.allows == LintAllows()


def test_a_round_that_only_allows_lints_is_progress():
    model, graph, plan = crate()
    planned = repairs_for(
        diagnostic("missing_debug_implementations", "type does not implement `Debug`", on=REQUEST_LINE)
    )
    problem = Problem(ProblemKind.CHECK, planned.problems[0], frozenset(planned.problems), planned)
    state = next_round(LoopContext(model, graph), LoopState(plan), problem)
    assert state is not None
    assert state.plan is plan and state.widening == Widening()
    assert state.allows == planned.allows
    assert [r.kind for r in state.repairs] == [RepairKind.ALLOW_LINT]


def test_a_re_export_of_a_crate_visible_item_widens_that_item():
    # E0364 (lexical-core's `pub(crate) use self::rounding::global_rounding;`)
    # is fixed by widening the item the re-export names, not by a merge.
    planned = repairs_for(
        diagnostic("E0364", "`RequestLine` is only public within the crate, and cannot be re-exported outside")
    )
    assert [(r.kind, r.subject) for r in planned.repairs] == [(RepairKind.WIDEN, "method::RequestLine")]
    assert planned.merges == ()
