"""Per-test outcomes read from ``cargo test`` output, and the tests a split lost.

The outputs are written here as cargo prints them (standard error and
output interleaved); no cargo runs.
"""

from __future__ import annotations

from crate_split.verify.test_outcomes import TestCase, in_packages, lost_tests, parse_test_cases

ORIGINAL = """\
   Compiling demo v0.1.0 (/tmp/demo)
    Finished `test` profile [unoptimized + debuginfo] target(s) in 1.22s
     Running unittests src/lib.rs (/tmp/target/debug/deps/demo-caa043d136c32490)

running 3 tests
test shapes::tests::area ... ok
test tests::same_crate ... ok
test tests::slow ... ignored, takes a minute

test result: ok. 2 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.00s

     Running tests/outside.rs (/tmp/target/debug/deps/outside-0123456789abcdef)

running 1 test
test from_outside ... ok

test result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s

   Doc-tests demo

running 2 tests
test src/shapes.rs - shapes::Circle (line 5) ... ok
test src/shapes.rs - shapes::Circle (line 12) ... ok
"""

SPLIT = """\
     Running unittests src/lib.rs (/tmp/target/debug/deps/demo-1111111111111111)

running 1 test
test tests::same_crate ... FAILED

     Running unittests src/lib.rs (/tmp/target/debug/deps/demo_shapes-2222222222222222)

running 1 test
test shapes::tests::area ... ok

     Running tests/outside.rs (/tmp/target/debug/deps/outside-3333333333333333)

running 1 test
test from_outside ... ok

   Doc-tests demo_shapes

running 2 tests
test crates/demo-shapes/src/shapes.rs - shapes::Circle (line 3) ... ok
test crates/demo-shapes/src/shapes.rs - shapes::Circle (line 10) ... FAILED
"""


def check_cases(output: str, expected: list[tuple[str, str, str, str]]) -> tuple[TestCase, ...]:
    cases = parse_test_cases(output)
    assert [(c.binary, c.target, c.name, c.outcome) for c in cases] == expected
    return cases


def test_each_test_is_read_with_its_binary_target_and_outcome():
    check_cases(
        ORIGINAL,
        [
            ("demo", "src/lib.rs", "shapes::tests::area", "ok"),
            ("demo", "src/lib.rs", "tests::same_crate", "ok"),
            ("demo", "src/lib.rs", "tests::slow", "ignored"),
            ("outside", "tests/outside.rs", "from_outside", "ok"),
            ("demo", "doc", "src/shapes.rs - shapes::Circle (line 5)", "ok"),
            ("demo", "doc", "src/shapes.rs - shapes::Circle (line 12)", "ok"),
        ],
    )


def test_doc_tests_keep_their_key_when_they_move_into_a_member():
    cases = parse_test_cases(
        "   Doc-tests demo_shapes\ntest crates/demo-shapes/src/a.rs - a::B (line 3) - compile fail ... ok\n"
    )
    (case,) = in_packages(cases, ["crates/demo-shapes"])
    assert case.key == ("doc", "src/a.rs - a::B")


def test_doc_tests_of_a_workspace_member_are_keyed_relative_to_their_package():
    before = "   Doc-tests geometry\ntest crates/geometry/src/a.rs - a::B (line 3) ... ok\n"
    after = "   Doc-tests geometry_a\ntest crates/geometry-a/src/a.rs - a::B (line 3) ... ok\n"
    (moved,) = in_packages(parse_test_cases(after), ["crates/geometry-a", "crates/geometry"])
    (original,) = in_packages(parse_test_cases(before), ["crates/geometry"])
    assert moved.key == original.key == ("doc", "src/a.rs - a::B")


def test_the_tests_lost_are_those_passing_less_often_after_the_split():
    lost = lost_tests(parse_test_cases(ORIGINAL), in_packages(parse_test_cases(SPLIT), ["crates/demo-shapes"]))
    assert lost == (("doc", "src/shapes.rs - shapes::Circle"), ("src/lib.rs", "tests::same_crate"))


def test_a_test_missing_after_the_split_is_lost_and_one_failing_before_is_not():
    before = parse_test_cases(ORIGINAL.replace("test from_outside ... ok", "test from_outside ... FAILED"))
    after = parse_test_cases(ORIGINAL.replace("test shapes::tests::area ... ok\n", ""))
    assert lost_tests(before, after) == (("src/lib.rs", "shapes::tests::area"),)


def test_a_test_passing_in_one_member_and_failing_in_another_is_lost():
    # A module's doc test, copied with the module's file into two members.
    before = parse_test_cases("   Doc-tests demo\ntest src/a.rs - a (line 3) ... ok\n")
    after = in_packages(
        parse_test_cases(
            "   Doc-tests demo\ntest crates/demo-a/src/a.rs - a (line 3) ... ok\n"
            "   Doc-tests demo\ntest crates/demo-b/src/a.rs - a (line 3) ... FAILED\n"
        ),
        ["", "crates/demo-a", "crates/demo-b"],
    )
    assert lost_tests(before, after) == (("doc", "src/a.rs - a"),)
    assert [case.member_directory for case in after] == ["demo-a", "demo-b"]
