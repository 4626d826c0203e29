"""``check_workspace`` runs real ``cargo check`` and reads rustc's JSON
diagnostics back: codes, levels, packages and primary spans relative to
the workspace root.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crate_split.verify.cargo import CheckResult, check_workspace, run_cargo

pytestmark = pytest.mark.cargo

WORKSPACE = """
//- /Cargo.toml
[workspace]
members = ["core_part", "facade"]
resolver = "2"
//- /core_part/Cargo.toml
[package]
name = "core_part"
version = "0.1.0"
edition = "2021"
//- /core_part/src/lib.rs
pub mod shapes;
//- /core_part/src/shapes.rs
pub struct Circle;

pub fn area() -> f64 {
    radius * 2.0
}
//- /facade/Cargo.toml
[package]
name = "facade"
version = "0.1.0"
edition = "2021"
[dependencies]
core_part = { path = "../core_part" }
//- /facade/src/lib.rs
pub use core_part::shapes;
"""


def check_workspace_at(write_crate, cargo_target, fixture: str, *extra: str) -> tuple[Path, CheckResult]:
    directory = write_crate("ws", fixture)
    return directory, check_workspace(directory, extra, env={"CARGO_TARGET_DIR": str(cargo_target)})


def test_an_unresolved_name_gives_an_e0425_error_at_its_line_in_the_member(write_crate, cargo_target):
    directory, result = check_workspace_at(write_crate, cargo_target, WORKSPACE)
    assert not result.ok
    (error,) = result.errors
    assert error.code == "E0425"
    assert error.level == "error"
    assert error.package == "core_part"
    assert "radius" in error.message
    assert error.primary_span is not None
    assert (error.primary_span.file, error.primary_span.line_start) == ("core_part/src/shapes.rs", 4)
    span = error.primary_span
    assert (directory / span.file).read_bytes()[span.byte_start : span.byte_end] == b"radius"
    assert "error[E0425]" in error.rendered


def test_the_same_error_seen_by_the_library_and_its_test_build_is_kept_once(write_crate, cargo_target):
    _, result = check_workspace_at(write_crate, cargo_target, WORKSPACE, "--all-targets")
    assert [error.code for error in result.errors] == ["E0425"]


def test_a_crate_with_only_a_warning_checks_ok_and_reports_the_lint(write_crate, cargo_target):
    _, result = check_workspace_at(
        write_crate,
        cargo_target,
        """
        //- /Cargo.toml
        [package]
        name = "warns"
        version = "0.1.0"
        edition = "2021"
        //- /src/lib.rs
        fn unused_helper() {}
        """,
        "--all-targets",
    )
    assert result.ok
    assert result.errors == ()
    (warning,) = result.warnings
    assert (warning.code, warning.package) == ("dead_code", "warns")
    assert warning.primary_span.file == "src/lib.rs"


def test_a_broken_manifest_fails_with_cargos_message_and_no_diagnostics(write_crate, cargo_target):
    _, result = check_workspace_at(write_crate, cargo_target, "//- /Cargo.toml\n[package]\nname = 3\n")
    assert not result.ok
    assert result.diagnostics == ()
    assert "Cargo.toml" in result.stderr


def test_run_cargo_uses_the_requested_toolchain_and_never_colours(tmp_path):
    run = run_cargo(["--version"], tmp_path, toolchain="nightly")
    assert run.returncode == 0
    assert "nightly" in run.stdout
    assert "\x1b[" not in run.stdout + run.stderr
