"""Which member crates a lost test or a public API difference involves.

On the plan of ``corpora/crate_identity`` (members ``registry``, ``tags``,
``text``), with test outcomes and API differences written here: no cargo.
Every test goes through ``check_targets``, which compares the merges asked
for and the crates involved.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from crate_split.analysis import analyze_crate, load_source_tree
from crate_split.report import build_analysis_report
from crate_split.rewrite.layout import plan_layout
from crate_split.verify.public_api import ApiDiff
from crate_split.verify.repair import RepairPlan, plan_api_repairs, plan_test_repairs
from crate_split.verify.test_outcomes import TestCase

CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "crate_identity"
FACADE, REGISTRY, TAGS, TEXT = "crate_identity", "crate_identity-registry", "crate_identity-tags", "crate_identity-text"


@lru_cache(maxsize=1)
def crate():
    model = analyze_crate(load_source_tree(CORPUS))
    report = build_analysis_report(model)
    assert report.plan is not None
    return model, report.atoms.strong_graph, plan_layout(model, report.plan)


def check_targets(
    planned: RepairPlan, *, merges: list[set[str]], involved: set[str], own_names: list[str] = ()
) -> None:
    assert [set(group) for group in planned.merges] == merges
    assert set(planned.involved) == involved
    assert [r.subject for r in planned.repairs if r.kind == "own-name"] == list(own_names)
    assert all(repair.kind in ("merge", "own-name") and repair.reason for repair in planned.repairs)


def test_a_failing_root_test_merges_the_crates_of_the_items_it_names():
    model, graph, layout = crate()
    name = "tests::the_registry_accepts_tags_made_by_this_crate"
    after = (TestCase("crate_identity", "src/lib.rs", name, "FAILED"),)
    planned = plan_test_repairs(model, graph, layout, (("src/lib.rs", name),), after)
    check_targets(planned, merges=[{REGISTRY, TAGS}], involved={FACADE, REGISTRY, TAGS})
    assert planned.repairs[0].reason == f"test `{name}` (src/lib.rs) passes in the original, FAILED in the split"


def test_a_missing_doc_test_involves_the_crate_of_the_item_it_documents():
    model, graph, layout = crate()
    planned = plan_test_repairs(model, graph, layout, (("doc", "src/text.rs - text::word_count"),), ())
    check_targets(planned, merges=[], involved={TEXT})


def test_a_failing_unit_test_of_a_member_involves_its_binary_and_what_it_names():
    model, graph, layout = crate()
    name = "tags::tests::a_tag_displays_its_crate_and_name"
    # Members keep the crate name: the binary's name tells no crate, the test's items do.
    after = (TestCase("crate_identity", "src/lib.rs", name, "FAILED"),)
    planned = plan_test_repairs(model, graph, layout, (("src/lib.rs", name),), after)
    check_targets(planned, merges=[], involved={TAGS})


def test_a_doc_test_failing_in_a_member_gets_the_member_a_name_of_its_own():
    model, graph, layout = crate()
    name = "crates/crate_identity-text/src/text.rs - text::word_count (line 3)"
    after = (TestCase("crate_identity", "doc", name, "FAILED", package_dir="crates/crate_identity-text"),)
    planned = plan_test_repairs(model, graph, layout, (("doc", "src/text.rs - text::word_count"),), after)
    check_targets(planned, merges=[], involved={TEXT}, own_names=[TEXT])
    renamed = plan_layout(model, build_analysis_report(model).plan, own_names=frozenset({TEXT}))
    assert [m.name for m in renamed.members if not m.keeps_crate_name] == [TEXT]
    # Once it has a name of its own, the same failure asks for nothing more here (the loop merges).
    planned = plan_test_repairs(model, graph, renamed, (("doc", "src/text.rs - text::word_count"),), after)
    check_targets(planned, merges=[], involved={TEXT})


def test_an_ignored_doc_test_sharing_the_key_of_a_failing_one_blames_only_the_member_it_fails_in():
    model, graph, layout = crate()
    # A module's doc tests share one key; its `ignore` block is ignored in every copy of the file.
    failed = "crates/crate_identity-text/src/text.rs - text::word_count (line 3)"
    ignored = "crates/crate_identity-tags/src/text.rs - text::word_count (line 9)"
    after = (
        TestCase("crate_identity", "doc", ignored, "ignored", package_dir="crates/crate_identity-tags"),
        TestCase("crate_identity", "doc", failed, "FAILED", package_dir="crates/crate_identity-text"),
    )
    planned = plan_test_repairs(model, graph, layout, (("doc", "src/text.rs - text::word_count"),), after)
    check_targets(planned, merges=[], involved={TEXT}, own_names=[TEXT])
    assert planned.repairs[0].reason.endswith("passes in the original, FAILED in the split")


def test_an_api_entry_involves_the_crates_holding_items_of_its_names():
    model, _graph, layout = crate()
    diff = ApiDiff(
        missing=("fn crate_identity::tags::make",), added=("fn crate_identity::registry::Registry::register",)
    )
    planned = plan_api_repairs(model, layout, diff)
    check_targets(planned, merges=[], involved={REGISTRY, TAGS})
