"""The planner's rule for pinned doc tests: their crate holds what its tests name.

A pinned doc test (:class:`~crate_split.model.items.DocTest` with
``pinned``: ``crate::<name>::..``, an edition-2015 path) passes only in a
crate named like the original that holds every item it names. A member
named like the original fails each of its doc tests that names an item of
another crate, and the repair loop then gives the member a name of its own,
which fails the pinned test (docs/apply.md, "Crate names"). So every doc
test that runs in a pinned test's crate must name only that crate's items:
the crates holding what they name are merged into it. The constraint of
``constraints.py`` ties the pinned test's own names before any unit exists;
which other tests share its crate is only known once units are grouped, so
this rule runs on the grouped crates. A member cannot depend on the
facade: when a test names an item the facade keeps, the pinned crate is
merged into the facade.

A test runs in the crate holding the item it documents; a module's inner
doc, in every crate holding items of the module or of a module inside it
(each has a copy of the module's file), except the crate root's, which
only the facade keeps. Tests in the facade pass as they are: it holds
every item by the original's name.

Only the tests a default build compiles count (:func:`default_doc_tests`),
as for every other cost and rule of the plan: a test in the docs of an
item or module behind a feature that is off is not run by ``cargo test``.
With that feature on, such a pinned test may fail in its member and the
repair loop of ``apply --check --features ..`` merges.
"""

from __future__ import annotations

from collections.abc import Mapping

from crate_split.analysis import CrateModel
from crate_split.model import ItemId, ItemKind
from crate_split.model.items import DocTest
from crate_split.splitter.cost import Presence, item_presence
from crate_split.splitter.model_memo import per_model


@per_model
def default_doc_tests(model: CrateModel) -> tuple[DocTest, ...]:
    """The doc tests a default ``cargo test`` runs: those documenting an
    item, or a module, that a default build compiles."""
    presence = item_presence(model)

    def compiled(test: DocTest) -> bool:
        if test.item is not None:
            return presence.get(test.item) is Presence.COMPILED
        if not test.module:
            return True
        declared = ItemId(test.module[:-1], ItemKind.MODULE, test.module[-1])
        return presence.get(declared, Presence.COMPILED) is Presence.COMPILED

    return tuple(test for test in model.doc_tests if compiled(test))


def doc_test_merge(
    model: CrateModel, assignment: Mapping[ItemId, str], package: str
) -> tuple[str, set[str], str] | None:
    """Crates to merge into a pinned doc test's crate so that it holds what its tests name; ``None`` when none.

    Args:
        model: the analysed crate.
        assignment: each item's crate (the facade is ``package``).
        package: the facade's name.

    Returns:
        The first pinned crate (by name) whose tests name items of other
        crates, those crates (the facade among them when it holds one), and
        the reason for the plan's forced merge.
    """
    tests = default_doc_tests(model)
    if not any(test.pinned for test in tests):
        return None
    running = {id(test): _crates_running(model, test, assignment) for test in tests}
    pinned: dict[str, DocTest] = {}
    for test in tests:
        for crate in sorted(running[id(test)]):
            if test.pinned and crate != package:
                pinned.setdefault(crate, test)
    for crate, first in sorted(pinned.items()):
        named = {
            assignment[name]
            for test in tests
            if crate in running[id(test)]
            for name in test.names
            if name in assignment
        }
        others = named - {crate}
        if others:
            documented = first.item.qualified() if first.item is not None else "::".join(first.module)
            reason = (
                f"a doc test of {documented} writes `{first.pinned}` ({first.span.location()}): it reaches the "
                "crate through rustdoc's `extern crate`, so its crate keeps the original's name and must hold "
                "every item its doc tests name"
            )
            return crate, others, reason
    return None


def _crates_running(model: CrateModel, test: DocTest, assignment: Mapping[ItemId, str]) -> set[str]:
    if test.item is not None:
        return {assignment[test.item]} if test.item in assignment else set()
    depth = len(test.module)
    if not depth:
        # Members get a root file of their own: the root's inner docs stay in the facade.
        return set()
    return {crate for item, crate in assignment.items() if item.module[:depth] == test.module}
