"""Targets from ``cargo metadata`` against the manifest reader's own discovery.

``load_source_tree(ask_cargo=True)`` takes a package's targets from cargo,
which knows its rules best; the reader's discovery is the fallback where
cargo is absent. The two must agree on every fixture crate and on a
package that leans on cargo's discovery (auto-discovered binaries,
examples, tests and benches; ``./`` paths), so a machine without cargo
splits a crate the same way.
"""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from crate_split.analysis import analyze_crate, load_source_tree
from crate_split.analysis.cargo_metadata import targets_from_metadata
from crate_split.analysis.manifest import Target, TargetKind, parse_manifest

CORPORA = Path(__file__).resolve().parents[2] / "corpora"
PACKAGES = sorted(
    path.parent
    for path in [*CORPORA.glob("*/Cargo.toml"), *CORPORA.glob("*/*/Cargo.toml")]
    if "open" not in path.relative_to(CORPORA).parts and "package" in tomllib.loads(path.read_text(encoding="utf-8"))
)

#: A package whose targets cargo discovers itself, with paths it normalises.
DISCOVERED = {
    "Cargo.toml": (
        '[package]\nname = "found-it"\nversion = "0.1.0"\nedition = "2021"\n\n'
        '[lib]\npath = "./src/lib.rs"\n\n[[bin]]\nname = "extra"\npath = "./tools/../tools/extra.rs"\n'
    ),
    "src/lib.rs": "pub fn f() {}\n",
    "src/main.rs": "fn main() {}\n",
    "src/bin/tool.rs": "fn main() {}\n",
    "src/bin/multi/main.rs": "fn main() {}\n",
    "tools/extra.rs": "fn main() {}\n",
    "examples/demo.rs": "fn main() {}\n",
    "tests/it.rs": "#[test]\nfn t() {}\n",
    "benches/b.rs": "fn main() {}\n",
    "build.rs": "fn main() {}\n",
}


def check_targets_agree(package_dir: Path) -> tuple[Target, ...]:
    """The targets cargo reports for the package, after checking that the
    reader discovers the same ones, in the same order."""
    with_cargo = load_source_tree(package_dir, ask_cargo=True)
    assert with_cargo.cargo_targets is not None, "cargo gave no answer"
    without = load_source_tree(package_dir)
    read = analyze_crate(without).manifest.targets
    assert analyze_crate(with_cargo).manifest.targets == read
    assert set(with_cargo.cargo_targets) == set(read)
    return with_cargo.cargo_targets


@pytest.mark.cargo
@pytest.mark.parametrize("package_dir", PACKAGES, ids=lambda p: p.relative_to(CORPORA).as_posix())
def test_cargo_and_the_manifest_reader_find_the_same_targets_in_every_fixture(package_dir: Path) -> None:
    if shutil.which("cargo") is None:
        pytest.skip("cargo is not installed")
    check_targets_agree(package_dir)


@pytest.mark.cargo
def test_cargo_and_the_reader_agree_on_discovered_targets_and_dot_paths(tmp_path: Path) -> None:
    if shutil.which("cargo") is None:
        pytest.skip("cargo is not installed")
    for relative, text in DISCOVERED.items():
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text(text, encoding="utf-8")
    assert set(check_targets_agree(tmp_path)) == {
        Target(TargetKind.LIB, "found_it", "src/lib.rs"),
        Target(TargetKind.BIN, "found-it", "src/main.rs"),
        Target(TargetKind.BIN, "tool", "src/bin/tool.rs"),
        Target(TargetKind.BIN, "multi", "src/bin/multi/main.rs"),
        Target(TargetKind.BIN, "extra", "tools/extra.rs"),
        Target(TargetKind.EXAMPLE, "demo", "examples/demo.rs"),
        Target(TargetKind.TEST, "it", "tests/it.rs"),
        Target(TargetKind.BENCH, "b", "benches/b.rs"),
    }


def test_a_package_cargo_refuses_falls_back_to_the_reader(tmp_path: Path) -> None:
    # An edition cargo does not know: cargo metadata fails.
    manifest = '[package]\nname = "lonely"\nversion = "0.1.0"\nedition = "2099"\n'
    (tmp_path / "src").mkdir()
    (tmp_path / "src/lib.rs").write_text("pub fn f() {}\n", encoding="utf-8")
    (tmp_path / "Cargo.toml").write_text(manifest, encoding="utf-8")
    tree = load_source_tree(tmp_path, ask_cargo=True)
    assert tree.cargo_targets is None
    assert analyze_crate(tree).manifest.targets == (Target(TargetKind.LIB, "lonely", "src/lib.rs"),)


def test_cargo_metadata_json_becomes_targets_without_the_build_script() -> None:
    data = {
        "packages": [
            {
                "manifest_path": "/p/Cargo.toml",
                "targets": [
                    {"kind": ["cdylib", "rlib"], "name": "my-lib", "src_path": "/p/./src/lib.rs"},
                    {"kind": ["bin"], "name": "my-bin", "src_path": "/p/src/main.rs"},
                    {"kind": ["custom-build"], "name": "build-script-build", "src_path": "/p/build.rs"},
                ],
            }
        ]
    }
    assert targets_from_metadata(data, "/p/Cargo.toml") == (
        Target(TargetKind.LIB, "my_lib", "src/lib.rs"),
        Target(TargetKind.BIN, "my-bin", "src/main.rs"),
    )
    assert targets_from_metadata(data, "/q/Cargo.toml") is None


def test_targets_cargo_adds_come_after_those_the_reader_found() -> None:
    text = '[package]\nname = "p"\nversion = "0.1.0"\n'
    extra = Target(TargetKind.EXAMPLE, "late", "examples/late.rs")
    lib = Target(TargetKind.LIB, "p", "src/lib.rs")
    manifest = parse_manifest(text, ["src/lib.rs", "examples/late.rs"], cargo_targets=(extra, lib))
    assert manifest.targets == (lib, extra)


def test_a_target_cargo_names_whose_file_the_package_cannot_read_is_left_out() -> None:
    # cargo sees `src/lib.rs` by its name; the tree holds no readable file there (a FIFO).
    text = '[package]\nname = "p"\nversion = "0.1.0"\n'
    cargo = (Target(TargetKind.LIB, "p", "src/lib.rs"),)
    assert parse_manifest(text, [], cargo_targets=cargo).targets == ()
