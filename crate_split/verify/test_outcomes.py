"""Each test of a ``cargo test`` run by name, to compare a split with its original.

Counts alone say that a split lost a test, not which one, nor which crate
to blame. Libtest prints ``test <name> ... ok`` (or ``FAILED``, ``ignored``)
for every test, under a line cargo prints for each test binary
(``Running unittests src/lib.rs (target/debug/deps/<crate>-<hash>)``,
``Doc-tests <crate>``). This module reads those lines into values and
compares two runs; it neither runs cargo nor decides what to repair.

A test keeps its *key* across a split: the target it belongs to relative to
its package (``src/lib.rs`` for the unit tests of every library, ``doc``
for doc tests, ``tests/x.rs`` for an integration test) and its name, doc
tests without their line number and their package's directory (rustdoc
names the file relative to the workspace root), since moving items into a
member crate changes both. The caller says where each package is
(:func:`in_packages`).

Invariant: the output parsed holds cargo's standard error and standard
output in the order cargo wrote them (``run_cargo(merge_stderr=True)``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

_RUNNING = re.compile(r"^\s*Running (?:unittests )?(?P<target>\S+) \((?P<binary>[^)]*)\)\s*$")
_DOC_TESTS = re.compile(r"^\s*Doc-tests (?P<crate>\S+)\s*$")
_TEST = re.compile(r"^test (?P<name>.+?) \.\.\. (?P<outcome>ok|FAILED|ignored)\b")
_DOC_LINE = re.compile(r" \(line \d+\)(?: - compile fail| - compile| - should panic)?$")

#: The target of doc tests in a key.
DOC_TARGET = "doc"


@dataclass(frozen=True, slots=True)
class TestCase:
    """One test as libtest reported it."""

    # Not a test class, although pytest would collect it by its name.
    __test__ = False

    #: Crate name of the test binary, e.g. ``module_cycle`` (underscores):
    #: the same for the facade and the members that keep its crate name.
    binary: str
    #: ``src/lib.rs``, ``tests/x.rs``, ... relative to its package, or ``doc``.
    target: str
    #: The name libtest printed.
    name: str
    #: ``ok``, ``FAILED`` or ``ignored``.
    outcome: str
    #: For a doc test, its package's directory relative to the workspace
    #: root, which its name starts with; ``""`` for the root package.
    package_dir: str = ""

    @property
    def key(self) -> tuple[str, str]:
        """``(target, name)``, the same for a test before and after a split."""
        if self.target != DOC_TARGET:
            return self.target, self.name
        name = self.name.removeprefix(f"{self.package_dir}/") if self.package_dir else self.name
        return self.target, _DOC_LINE.sub("", name)

    @property
    def member_directory(self) -> str | None:
        """For a doc test, the last part of its package's directory (a
        member's package name); ``None`` for the root package's."""
        return self.package_dir.rsplit("/", 1)[-1] if self.target == DOC_TARGET and self.package_dir else None

    @property
    def passed(self) -> bool:
        return self.outcome == "ok"


def parse_test_cases(output: str) -> tuple[TestCase, ...]:
    """Read every ``test ... <outcome>`` line of ``cargo test`` output.

    Args:
        output: cargo's standard error and output, interleaved in order.

    Returns:
        The tests in output order; tests before any binary line are skipped.
    """
    cases: list[TestCase] = []
    binary = target = None
    for line in output.splitlines():
        if running := _RUNNING.match(line):
            target = running["target"]
            binary = _binary_crate(running["binary"])
        elif doc := _DOC_TESTS.match(line):
            target, binary = DOC_TARGET, doc["crate"]
        elif (test := _TEST.match(line)) and binary is not None and target is not None:
            cases.append(TestCase(binary, target, test["name"], test["outcome"]))
    return tuple(cases)


def in_packages(cases: tuple[TestCase, ...], directories: Iterable[str]) -> tuple[TestCase, ...]:
    """The cases with the package directory of each doc test set.

    A doc test's name starts with its file's path from the workspace root;
    its package is the longest directory that path is in. Crate names do
    not tell packages apart: members keep the original's.

    Args:
        cases: tests as :func:`parse_test_cases` read them.
        directories: package directories relative to the workspace root
            (``""`` for a package at the root).
    """
    ordered = sorted({d for d in directories if d}, key=len, reverse=True)

    def directory_of(name: str) -> str:
        return next((d for d in ordered if name.startswith(f"{d}/")), "")

    return tuple(
        replace(case, package_dir=directory_of(case.name)) if case.target == DOC_TARGET else case for case in cases
    )


def _binary_crate(binary_path: str) -> str:
    """``target/debug/deps/module_cycle_shapes-1818fb03`` -> ``module_cycle_shapes``."""
    file_name = binary_path.replace("\\", "/").rsplit("/", 1)[-1].removesuffix(".exe")
    return file_name.rsplit("-", 1)[0] if "-" in file_name else file_name


def lost_tests(before: tuple[TestCase, ...], after: tuple[TestCase, ...]) -> tuple[tuple[str, str], ...]:
    """Keys of the tests that pass more often before than after (failing or
    missing after), or that fail more often after than before: a module's
    doc test copied into two members may pass in one and fail in the other.

    Args:
        before: the tests of the original.
        after: the tests of the split workspace.

    Returns:
        The keys, sorted.
    """
    passed_before = Counter(case.key for case in before if case.passed)
    passed_after = Counter(case.key for case in after if case.passed)
    failed_before = Counter(case.key for case in before if case.outcome == "FAILED")
    failed_after = Counter(case.key for case in after if case.outcome == "FAILED")
    return tuple(
        sorted(
            key
            for key, count in passed_before.items()
            if passed_after[key] < count or failed_after[key] > failed_before[key]
        )
    )
