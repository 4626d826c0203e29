"""``apply --out`` against hostile output paths and packages split before:
refused in one line, with a documented exit code, before anything is
written, and the package (with its ``.git``) byte-identical.

The package is ``corpora/module_cycle`` copied to ``tmp_path``. No cargo
runs.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path

from apply_cases import CORPORA, hash_tree

from crate_split.cli import main
from crate_split.rewrite import workspace_writer
from crate_split.verify.package_copy import copy_package as copy_package_for_checking

CASE = "module_cycle"


def copy_package(destination: Path) -> Path:
    shutil.copytree(CORPORA / CASE, destination, ignore=shutil.ignore_patterns("target", "Cargo.lock"))
    return destination


def everything(root: Path) -> dict[str, str]:
    """Every file under ``root`` (hidden ones and ``.git`` included)."""
    return hash_tree(root)


def check_refused(arguments: list[str | Path], capsys, *, exit_code: int, stderr: list[str], root: Path) -> None:
    """``apply ARGUMENTS`` exits with ``exit_code``, prints exactly ``stderr``,
    nothing on stdout, and changes nothing under ``root``."""
    before = everything(root)
    listing = sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))
    actual_exit = main(["apply", *map(str, arguments)])
    captured = capsys.readouterr()
    assert (actual_exit, captured.err.splitlines()) == (exit_code, stderr)
    assert captured.out == ""
    assert everything(root) == before
    assert sorted(p.relative_to(root).as_posix() for p in root.rglob("*")) == listing


HINT = "(hint: choose a directory outside the package)"


def test_out_inside_the_package_but_outside_src_is_refused(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    check_refused(
        [package, "--out", package / "split"],
        capsys,
        exit_code=2,
        stderr=[
            f"error: invalid input: output directory {package / 'split'} is inside the input package {package} {HINT}"
        ],
        root=tmp_path,
    )


def test_out_onto_the_packages_git_directory_with_force_is_refused(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    subprocess.run(["git", "init", "-q"], cwd=package, check=True)
    check_refused(
        [package, "--out", package / ".git", "--force"],
        capsys,
        exit_code=2,
        stderr=[
            f"error: invalid input: output directory {package / '.git'} is inside the input package {package} {HINT}"
        ],
        root=tmp_path,
    )


def test_out_inside_another_repositorys_git_directory_is_refused(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    other = tmp_path / "other"
    subprocess.run(["git", "init", "-q", str(other)], check=True)
    out = other / ".git" / "split"
    check_refused(
        [package, "--out", out],
        capsys,
        exit_code=2,
        stderr=[f"error: invalid input: output directory {out} is inside a .git directory {HINT}"],
        root=tmp_path,
    )


def test_force_does_not_replace_a_directory_that_holds_a_git_repository(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    out = tmp_path / "project"
    subprocess.run(["git", "init", "-q", str(out)], check=True)
    (out / "notes.txt").write_text("mine\n")
    check_refused(
        [package, "--out", out, "--force"],
        capsys,
        exit_code=2,
        stderr=[
            f"error: invalid input: {out} holds a git repository; --force will not replace it "
            "(hint: remove it yourself or choose another directory)"
        ],
        root=tmp_path,
    )


def test_out_naming_a_file_is_refused(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    out = tmp_path / "a-file"
    out.write_text("mine\n")
    check_refused(
        [package, "--out", out],
        capsys,
        exit_code=2,
        stderr=[f"error: invalid input: {out} is not a directory (hint: --out names a directory to create or to fill)"],
        root=tmp_path,
    )


def test_out_below_a_file_is_refused(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    blocker = tmp_path / "a-file"
    blocker.write_text("mine\n")
    check_refused(
        [package, "--out", blocker / "split"],
        capsys,
        exit_code=2,
        stderr=[
            f"error: invalid input: {blocker} is not a directory (hint: --out names a directory to create or to fill)"
        ],
        root=tmp_path,
    )


def test_out_equal_to_the_package_says_why_and_does_not_suggest_force(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    expected = [f"error: invalid input: output directory {package} would replace the input package {package} {HINT}"]
    check_refused([package, "--out", package], capsys, exit_code=2, stderr=expected, root=tmp_path)
    check_refused([package, "--out", package, "--force"], capsys, exit_code=2, stderr=expected, root=tmp_path)


# -- a package split before --------------------------------------------------------------------

TAKEN_HINT = "(hint: is it split already? move it away, or name the crates differently in a plan file (crate-split plan -o FILE))"


def test_a_package_that_already_has_split_md_is_refused(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    (package / "SPLIT.md").write_text("# notes\n")
    check_refused(
        [package, "--out", tmp_path / "out"],
        capsys,
        exit_code=2,
        stderr=[
            f"error: the package already has the split's files: SPLIT.md is in the way of the page the split writes there {TAKEN_HINT}"
        ],
        root=tmp_path,
    )


def test_a_package_that_already_has_a_member_directory_is_refused(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    member = package / "crates" / "module_cycle-shapes"
    member.mkdir(parents=True)
    (member / "Cargo.toml").write_text('[package]\nname = "module_cycle-shapes"\nversion = "0.1.0"\n')
    check_refused(
        [package, "--out", tmp_path / "out"],
        capsys,
        exit_code=2,
        stderr=[
            "error: the package already has the split's files: crates/module_cycle-shapes/Cargo.toml is in the way of "
            f"the member crate module_cycle-shapes, which goes to crates/module_cycle-shapes/ {TAKEN_HINT}"
        ],
        root=tmp_path,
    )


def test_a_package_with_a_file_where_the_members_directory_goes_is_refused(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    (package / "crates").write_text("not a directory\n")
    check_refused(
        [package, "--out", tmp_path / "out"],
        capsys,
        exit_code=2,
        stderr=[
            "error: the package already has the split's files: crates is in the way of the member crate "
            f"module_cycle-shapes, which goes to crates/module_cycle-shapes/ {TAKEN_HINT}"
        ],
        root=tmp_path,
    )


def test_a_plan_crate_name_that_is_not_a_crate_name_is_refused_before_writing(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    plan_file = tmp_path / "plan.toml"
    plan_file.write_text('[[crates]]\nname = "bad name!"\nmodules = ["crate::stats", "crate::util"]\n')
    check_refused(
        [package, "--out", tmp_path / "out", "--plan", plan_file],
        capsys,
        exit_code=2,
        stderr=[
            "error: invalid plan file: crates[0]: 'bad name!' holds ' '; a package name has letters, digits, `-` and `_` only"
        ],
        root=tmp_path,
    )


# -- broken module trees ----------------------------------------------------------------------


def test_a_crate_with_a_missing_module_file_is_refused_by_apply(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    with (package / "src" / "lib.rs").open("a") as lib:
        lib.write("pub mod ghost;\n")
    line = (package / "src" / "lib.rs").read_text().count("\n")
    check_refused(
        [package, "--out", tmp_path / "out"],
        capsys,
        exit_code=3,
        stderr=[
            f"error: broken module tree: src/lib.rs:{line}: file for module ghost not found (looked for src/ghost.rs, "
            "src/ghost/mod.rs) (hint: rustc refuses this crate too (E0583); apply splits a crate that compiles)"
        ],
        root=tmp_path,
    )


def test_a_crate_with_a_module_file_beside_its_mod_rs_is_refused_by_apply(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    (package / "src" / "stats").mkdir()
    shutil.copy(package / "src" / "stats.rs", package / "src" / "stats" / "mod.rs")
    line = next(
        n for n, text in enumerate((package / "src" / "lib.rs").read_text().splitlines(), 1) if text == "pub mod stats;"
    )
    check_refused(
        [package, "--out", tmp_path / "out"],
        capsys,
        exit_code=3,
        stderr=[
            f"error: broken module tree: src/lib.rs:{line}: file for module stats found at both src/stats.rs and "
            "src/stats/mod.rs (rustc: E0761) (hint: rustc refuses this crate too (E0761); remove one of the two files)"
        ],
        root=tmp_path,
    )


# -- special files and interrupts --------------------------------------------------------------


def test_the_package_copy_for_checking_leaves_out_fifos(tmp_path):
    package = copy_package(tmp_path / CASE)
    os.mkfifo(package / "events.fifo")
    os.symlink("events.fifo", package / "events-link")
    copy = copy_package_for_checking(package, tmp_path / "copy")
    assert not (copy / "events.fifo").exists() and not (copy / "events-link").exists()
    assert (copy / "src" / "lib.rs").read_bytes() == (package / "src" / "lib.rs").read_bytes()


def test_an_interrupt_while_force_removes_the_old_output_keeps_the_new_one_and_says_so(tmp_path, capsys, monkeypatch):
    package = copy_package(tmp_path / CASE)
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.txt").write_text("the previous output\n")
    real_rmtree = shutil.rmtree

    def interrupted_rmtree(path, *args, **kwargs):
        if ".crate-split-old-" in str(path):
            os.kill(os.getpid(), signal.SIGINT)
        return real_rmtree(path, *args, **kwargs)

    monkeypatch.setattr(workspace_writer.shutil, "rmtree", interrupted_rmtree)
    exit_code = main(["apply", str(package), "--out", str(out), "--force"])
    captured = capsys.readouterr()
    assert (exit_code, captured.err.splitlines()) == (
        130,
        [f"error: interrupted: {out} was written completely before stopping"],
    )
    assert (out / "SPLIT.md").is_file() and not (out / "old.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [CASE, "out"], "a hidden directory was left behind"


def test_a_package_file_with_a_backslash_in_its_name_is_copied_to_the_output(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    (package / "notes\\draft.txt").write_text("a backslash is a file name character on POSIX\n")
    out = tmp_path / "out"
    exit_code = main(["apply", str(package), "--out", str(out)])
    captured = capsys.readouterr()
    assert exit_code == 0, captured.err
    assert (out / "notes\\draft.txt").read_text() == "a backslash is a file name character on POSIX\n"


def test_a_path_dependency_without_a_manifest_is_an_invalid_manifest_not_a_crate_split_bug(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    with (package / "Cargo.toml").open("a") as manifest:
        manifest.write('helper = { path = "../helper" }\n')
    check_refused(
        [package, "--out", tmp_path / "out"],
        capsys,
        exit_code=2,
        stderr=[
            "error: invalid Cargo.toml: dependency helper: no Cargo.toml at its path '../helper' (hint: cargo refuses this package too)"
        ],
        root=tmp_path,
    )


def test_a_broken_manifest_of_a_nested_package_is_copied_not_reported_as_a_crate_split_bug(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    (package / "fixtures" / "broken").mkdir(parents=True)
    (package / "fixtures" / "broken" / "Cargo.toml").write_text("this is not TOML\n")
    out = tmp_path / "out"
    exit_code = main(["apply", str(package), "--out", str(out)])
    captured = capsys.readouterr()
    assert exit_code == 0, captured.err
    assert (out / "fixtures" / "broken" / "Cargo.toml").read_text() == "this is not TOML\n"


def manifest(name: str) -> str:
    return f'[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2021"\n'


def apply_with_plan(capsys, tmp_path: Path, files: dict[str, str], plan: str) -> None:
    """Write the package ``files`` to ``tmp_path/demo`` and ``apply --out tmp_path/out --plan`` it; it exits 0."""
    package = tmp_path / "demo"
    for relative, text in files.items():
        (package / relative).parent.mkdir(parents=True, exist_ok=True)
        (package / relative).write_text(text)
    plan_file = tmp_path / "plan.toml"
    plan_file.write_text(plan)
    assert main(["apply", str(package), "--out", str(tmp_path / "out"), "--plan", str(plan_file)]) == 0, (
        capsys.readouterr().err
    )


def test_a_member_whose_code_reads_a_variable_the_build_script_sets_gets_the_build_script(tmp_path, capsys):
    files = {
        "Cargo.toml": manifest("demo"),
        "build.rs": 'fn main() {\n    println!("cargo:rustc-env=BUILD_STAMP=1");\n}\n',
        "src/lib.rs": "pub mod stamp;\npub mod plain;\n",
        "src/stamp.rs": 'pub fn stamp() -> &\'static str {\n    env!("BUILD_STAMP")\n}\n',
        "src/plain.rs": "pub fn plain() -> u32 {\n    1\n}\n",
    }
    plan = '[[crates]]\nname = "demo-stamp"\nmodules = ["crate::stamp"]\n\n[[crates]]\nname = "demo-plain"\nmodules = ["crate::plain"]\n'
    apply_with_plan(capsys, tmp_path, files, plan)
    stamp = tmp_path / "out" / "crates" / "demo-stamp"
    assert 'build = "build.rs"' in (stamp / "Cargo.toml").read_text()
    assert (stamp / "build.rs").read_text() == files["build.rs"]
    # A member that reads nothing the script emits does not run it.
    assert "build" not in (tmp_path / "out" / "crates" / "demo-plain" / "Cargo.toml").read_text().split("[lib]")[0]


def test_a_raw_module_name_stays_raw_in_the_facade_and_the_member(tmp_path, capsys):
    files = {
        "Cargo.toml": manifest("demo"),
        "src/lib.rs": "pub mod r#type;\npub mod plain;\n",
        "src/type.rs": "pub fn r#match() -> u32 {\n    1\n}\n",
        "src/plain.rs": "pub fn plain() -> u32 {\n    crate::r#type::r#match()\n}\n",
    }
    apply_with_plan(capsys, tmp_path, files, '[[crates]]\nname = "demo-type"\nmodules = ["crate::r#type"]\n')
    facade = (tmp_path / "out" / "src" / "lib.rs").read_text()
    assert "pub mod r#type" in facade and "mod type" not in facade.replace("mod r#type", "")
    assert "pub use demo_type::r#type::*;" in facade
    member = (tmp_path / "out" / "crates" / "demo-type" / "src" / "lib.rs").read_text()
    assert "pub mod r#type;" in member and "mod type" not in member.replace("mod r#type", "")


def test_a_package_named_like_a_keyword_splits_with_members_keeping_its_library_name(tmp_path, capsys):
    # cargo accepts a package (and library) named `fn`; the members keep that
    # library name, which is the user's, not one the split made (found by the fuzzer).
    files = {
        "Cargo.toml": manifest("fn"),
        "src/lib.rs": "pub mod a;\npub mod b;\n",
        "src/a.rs": "pub fn a() -> u32 { 1 }\n",
        "src/b.rs": "pub fn b() -> u32 { crate::a::a() }\n",
    }
    apply_with_plan(capsys, tmp_path, files, '[[crates]]\nname = "fn-a"\nmodules = ["crate::a"]\n')
    assert 'name = "fn"' in (tmp_path / "out" / "crates" / "fn-a" / "Cargo.toml").read_text().split("[lib]")[1]
