"""``run_tests`` runs real ``cargo test`` and adds up the ``test result:``
lines of unit tests, integration tests and doc tests of every member.
"""

from __future__ import annotations

import pytest

from crate_split.verify.cargo import TestRun, parse_test_summary, run_tests

pytestmark = pytest.mark.cargo

CRATE = """
//- /Cargo.toml
[package]
name = "counted"
version = "0.1.0"
edition = "2021"
//- /src/lib.rs
/// Doubles a number.
///
/// ```
/// assert_eq!(counted::double(2), 4);
/// ```
pub fn double(x: u32) -> u32 {
    x * 2
}

/// ```
/// assert_eq!(counted::double(0), 0);
/// ```
pub fn zero() {}

#[cfg(test)]
mod tests {
    #[test]
    fn doubles() {
        assert_eq!(super::double(3), 6);
    }

    #[test]
    fn doubles_zero() {
        assert_eq!(super::double(0), 0);
    }

    #[test]
    #[ignore]
    fn slow() {}
}
//- /tests/outside.rs
#[test]
fn from_outside() {
    assert_eq!(counted::double(5), 10);
}
"""


def check_test_run(write_crate, cargo_target, fixture: str) -> TestRun:
    directory = write_crate("crate", fixture)
    return run_tests(directory, env={"CARGO_TARGET_DIR": str(cargo_target)}, timeout=600)


def test_unit_integration_and_doc_tests_are_all_counted(write_crate, cargo_target):
    run = check_test_run(write_crate, cargo_target, CRATE)
    assert run.ok, run.output
    # Two unit tests, one integration test and two doc tests pass; one unit test is ignored.
    assert (run.passed, run.failed, run.ignored) == (5, 0, 1)


def test_a_failing_test_is_counted_and_the_run_is_not_ok(write_crate, cargo_target):
    failing = CRATE.replace("assert_eq!(super::double(0), 0);", "assert_eq!(super::double(0), 1);")
    run = check_test_run(write_crate, cargo_target, failing)
    assert not run.ok
    assert (run.passed, run.failed, run.ignored) == (4, 1, 1)
    assert "doubles_zero" in run.output


def test_summary_lines_are_summed_and_other_lines_ignored():
    output = (
        "running 2 tests\n"
        "test result: ok. 2 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.00s\n"
        "not a test result: ok. 9 passed; 9 failed; 9 ignored;\n"
        "test result: FAILED. 3 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s\n"
    )
    assert parse_test_summary(output) == (5, 1, 1)
