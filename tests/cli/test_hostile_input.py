"""Hostile or unusual input to ``analyze``, ``plan`` and ``why``: one clear
line on stderr and a documented exit code, never a traceback, a hang or a
nonsense answer.

Every refusal goes through ``check_refused``: the exact exit code, the
exact stderr lines, nothing on stdout, and the package byte-identical.
Crates are small ones written to ``tmp_path`` by ``write_crate``; no cargo
runs.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from crate_split.cli import main

REPO = Path(__file__).resolve().parents[2]
MANIFEST = '[package]\nname = "demo"\nversion = "0.1.0"\nedition = "2021"\n'
#: Two modules that call each other one way: a split with one member.
TWO_MODULES = {
    "src/lib.rs": "pub mod a;\npub mod b;\n",
    "src/a.rs": "pub fn f() -> u32 { 1 }\n" + "".join(f"pub fn a{i}() -> u32 {{ {i} }}\n" for i in range(60)),
    "src/b.rs": "pub fn g() -> u32 { crate::a::f() }\n"
    + "".join(f"pub fn b{i}() -> u32 {{ {i} }}\n" for i in range(60)),
}


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str


def run_cli(capsys, *args: str | Path) -> Run:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def write_crate(root: Path, files: dict[str, str | bytes], manifest: str = MANIFEST) -> Path:
    for relative, content in {"Cargo.toml": manifest, **files}.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode() if isinstance(content, str) else content)
    return root


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def check_refused(capsys, args: list[str | Path], *, exit_code: int, stderr: list[str], unchanged: Path) -> None:
    """The command exits with ``exit_code``, prints exactly ``stderr`` and
    nothing on stdout, and leaves ``unchanged`` byte-identical."""
    before = tree_bytes(unchanged)
    run = run_cli(capsys, *args)
    assert (run.code, run.stderr.splitlines()) == (exit_code, stderr)
    assert run.stdout == ""
    assert tree_bytes(unchanged) == before


# -- manifests with values of the wrong type ------------------------------------------------------


@pytest.mark.parametrize(
    ("manifest", "problem"),
    [
        ('package = "x"\n', "`package` must be a table, not the string 'x'"),
        ("[package]\nname = 5\n", "`package.name` must be a string, not the number 5"),
        ("[workspace]\nmembers = [1]\n", "`workspace.members[0]` must be a string, not the number 1"),
        (
            '[package]\nname = "demo"\n[dependencies]\nhelper = { path = 3 }\n',
            "`dependencies.helper.path` must be a string, not the number 3",
        ),
        (
            '[package]\nname = "demo"\n[features]\ndefault = "std"\n',
            "`features.default` must be an array of strings, not the string 'std'",
        ),
        ('[package]\nname = "demo"\n[lib]\nname = 3\n', "`lib.name` must be a string, not the number 3"),
        ('[package]\nname = "demo"\n[target]\nunix = 3\n', "`target.unix` must be a table, not the number 3"),
    ],
    ids=[
        "package-string",
        "name-number",
        "members-number",
        "dependency-path-number",
        "feature-string",
        "lib-name-number",
        "target-number",
    ],
)
def test_a_manifest_value_of_the_wrong_type_is_refused_naming_its_key(capsys, tmp_path, manifest, problem):
    crate = write_crate(tmp_path / "demo", TWO_MODULES, manifest)
    check_refused(
        capsys,
        ["analyze", crate],
        exit_code=2,
        stderr=[f"error: invalid Cargo.toml: {crate / 'Cargo.toml'}: {problem}"],
        unchanged=crate,
    )


def test_a_manifest_without_package_or_workspace_is_an_invalid_manifest_not_a_workspace_root(capsys, tmp_path):
    crate = write_crate(tmp_path / "demo", TWO_MODULES, '[lib]\nname = "demo"\n')
    check_refused(
        capsys,
        ["analyze", crate],
        exit_code=2,
        stderr=[
            f"error: invalid Cargo.toml: {crate / 'Cargo.toml'} has neither a [package] nor a [workspace] table "
            "(hint: a package's manifest starts with [package] and its name)"
        ],
        unchanged=crate,
    )


# -- plan files with values of the wrong type, and crate names ----------------------------------------


@pytest.mark.parametrize(
    ("plan_text", "problem"),
    [
        ("plan = 3\n", "`plan` must be a table, not the number 3"),
        ("crates = 3\n", "`crates` must be an array of tables, not the number 3"),
        ("crates = [3]\n", "`crates[0]` must be a table, not the number 3"),
        ('[[crates]]\nname = "x"\nitems = 3\n', "`crates[0].items` must be an array of strings, not the number 3"),
        (
            '[[crates]]\nname = "x"\nmodules = "crate::a"\n',
            "`crates[0].modules` must be an array of strings, not the string 'crate::a'",
        ),
        ("facade = 3\n", "`facade` must be a table, not the number 3"),
        ("[facade]\nitems = 3\n", "`facade.items` must be an array of strings, not the number 3"),
    ],
    ids=[
        "plan-number",
        "crates-number",
        "crate-number",
        "items-number",
        "modules-string",
        "facade-number",
        "facade-items-number",
    ],
)
def test_a_plan_file_value_of_the_wrong_type_is_refused_naming_its_key(capsys, tmp_path, plan_text, problem):
    crate = write_crate(tmp_path / "demo", TWO_MODULES)
    plan_file = tmp_path / "plan.toml"
    plan_file.write_text(plan_text)
    check_refused(
        capsys,
        ["plan", crate, "--plan", plan_file],
        exit_code=2,
        stderr=[f"error: invalid plan file: {problem}"],
        unchanged=tmp_path,
    )


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("bad name!", "crates[0]: 'bad name!' holds ' '; a package name has letters, digits, `-` and `_` only"),
        ("1x", "crates[0]: '1x' starts with a digit"),
        ("", "crates[0]: a package name cannot be empty"),
        ("fn", "crates[0]: 'fn' is a Rust keyword, which cannot name a crate in `use` paths"),
        ("std", "crates[0]: 'std' is the name of a crate every crate already sees"),
        ("demo", "crate name 'demo' is the facade's name"),
    ],
    ids=["punctuation", "digit-first", "empty", "keyword", "std", "facade"],
)
def test_a_plan_crate_name_cargo_or_the_facade_cannot_use_is_refused(capsys, tmp_path, name, problem):
    crate = write_crate(tmp_path / "demo", TWO_MODULES)
    plan_file = tmp_path / "plan.toml"
    plan_file.write_text(f'[[crates]]\nname = "{name}"\nmodules = ["crate::a"]\n')
    check_refused(
        capsys,
        ["plan", crate, "--plan", plan_file],
        exit_code=2,
        stderr=[f"error: invalid plan file: {problem}"],
        unchanged=tmp_path,
    )


def test_two_plan_crate_names_that_differ_only_in_dash_and_underscore_are_refused(capsys, tmp_path):
    crate = write_crate(tmp_path / "demo", TWO_MODULES)
    plan_file = tmp_path / "plan.toml"
    plan_file.write_text(
        '[[crates]]\nname = "x-a"\nmodules = ["crate::a"]\n\n[[crates]]\nname = "x_a"\nmodules = ["crate::b"]\n'
    )
    check_refused(
        capsys,
        ["plan", crate, "--plan", plan_file],
        exit_code=2,
        stderr=["error: invalid plan file: crate names 'x-a' and 'x_a' are one name in code (`-` reads as `_`)"],
        unchanged=tmp_path,
    )


# -- plan -o --------------------------------------------------------------------------------------


def test_plan_output_into_a_missing_directory_is_refused_before_the_analysis(capsys, tmp_path):
    crate = write_crate(tmp_path / "demo", TWO_MODULES)
    target = tmp_path / "missing" / "plan.toml"
    check_refused(
        capsys,
        ["plan", crate, "-o", target],
        exit_code=2,
        stderr=[f"error: invalid input: {target}: no directory {target.parent} (hint: create the directory first)"],
        unchanged=tmp_path,
    )


def test_plan_output_onto_a_directory_is_refused_even_with_force(capsys, tmp_path):
    crate = write_crate(tmp_path / "demo", TWO_MODULES)
    target = tmp_path / "plans"
    target.mkdir()
    check_refused(
        capsys,
        ["plan", crate, "-o", target, "--force"],
        exit_code=2,
        stderr=[f"error: invalid input: {target} is a directory (hint: name a file)"],
        unchanged=tmp_path,
    )


# -- raw identifiers ----------------------------------------------------------------------------


RAW_MODULE = {
    "src/lib.rs": "pub mod r#type;\npub mod other;\n",
    "src/type.rs": "pub fn r#match() -> u32 { 1 }\n" + "".join(f"pub fn t{i}() -> u32 {{ {i} }}\n" for i in range(60)),
    "src/other.rs": "pub fn o() -> u32 { crate::r#type::r#match() }\n"
    + "".join(f"pub fn o{i}() -> u32 {{ {i} }}\n" for i in range(60)),
}


def test_plan_files_write_raw_module_names_raw_and_read_them_back(capsys, tmp_path):
    crate = write_crate(tmp_path / "demo", RAW_MODULE)
    plan_file = tmp_path / "plan.toml"
    assert run_cli(capsys, "plan", crate, "-o", plan_file).code == 0
    assert '"crate::r#type"' in plan_file.read_text()
    run = run_cli(capsys, "plan", crate, "--plan", plan_file, "--format", "json")
    assert run.code == 0, run.stderr
    assert '"crate::r#type"' in run.stdout


def test_why_names_raw_items_raw_and_accepts_either_spelling(capsys, tmp_path):
    crate = write_crate(tmp_path / "demo", RAW_MODULE)
    raw = run_cli(capsys, "why", crate, "other::o", "r#type::r#match")
    plain = run_cli(capsys, "why", crate, "other::o", "type::match")
    assert (raw.code, plain.code) == (0, 0)
    assert "  other::o -> r#type::r#match (src/other.rs:1, path)" in raw.stdout.splitlines()
    assert raw.stdout.splitlines()[1:] == plain.stdout.splitlines()[1:]


# -- why ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "target", "detail"),
    [
        ("a::f", "a::f", "a::f and a::f name the same thing"),
        ("a::f", "crate::a", "a::f and crate::a overlap: crate::a holds a::f"),
        ("crate", "crate::b", "crate and crate::b overlap: crate holds crate::b"),
    ],
    ids=["item-and-itself", "item-and-its-module", "crate-and-a-module"],
)
def test_why_refuses_two_names_that_overlap(capsys, tmp_path, source, target, detail):
    crate = write_crate(tmp_path / "demo", TWO_MODULES)
    check_refused(
        capsys,
        ["why", crate, source, target],
        exit_code=2,
        stderr=[
            f"error: invalid input: {detail} (hint: name two items, or two modules neither of which holds the other)"
        ],
        unchanged=crate,
    )


@pytest.mark.parametrize("empty", ["", "  "], ids=["empty", "blank"])
def test_why_refuses_an_empty_name(capsys, tmp_path, empty):
    crate = write_crate(tmp_path / "demo", TWO_MODULES)
    check_refused(
        capsys,
        ["why", crate, empty, "a::f"],
        exit_code=2,
        stderr=["error: invalid input: an empty name (hint: name an item (a::b::Name) or a module (crate::a::b))"],
        unchanged=crate,
    )


# -- special files, unread roots, broken module trees ---------------------------------------------


@contextlib.contextmanager
def watched_fifo(path: Path, content: bytes = b"pub fn injected() {}\n") -> Iterator[threading.Event]:
    """Make a FIFO at ``path``; the event is set if anyone opens it to read
    (who then reads ``content`` instead of waiting forever for a writer)."""
    os.mkfifo(path)
    opened = threading.Event()

    def writer() -> None:
        # Opening for writing waits until someone opens the FIFO to read it.
        with open(path, "wb") as pipe:
            opened.set()
            pipe.write(content)

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    try:
        yield opened
    finally:
        was_opened = opened.is_set()
        reader = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        thread.join()
        os.close(reader)
        if not was_opened:
            opened.clear()


def test_a_fifo_named_like_a_rust_file_is_never_opened_and_gets_a_warning(capsys, tmp_path):
    crate = write_crate(tmp_path / "demo", TWO_MODULES)
    with watched_fifo(crate / "src" / "pipe.rs") as opened:
        run = run_cli(capsys, "analyze", crate, "--format", "json")
    assert not opened.is_set(), "the FIFO was opened"
    assert run.code == 0
    assert (
        "warning[special-file] src/pipe.rs is not a regular file (a FIFO, socket or device): left out"
        in run.stderr.splitlines()
    )


def test_a_fifo_crate_root_is_never_opened_and_is_named_as_such(capsys, tmp_path):
    crate = write_crate(tmp_path / "demo", {})
    (crate / "src").mkdir()
    with watched_fifo(crate / "src" / "lib.rs") as opened:
        run = run_cli(capsys, "analyze", crate)
    assert not opened.is_set(), "the FIFO was opened"
    assert (run.code, run.stderr.splitlines()) == (
        3,
        ["error: unreadable source: src/lib.rs is not a regular file (a FIFO, socket or device)"],
    )


def test_a_crate_root_that_is_not_utf8_is_reported_as_not_utf8_rather_than_missing(capsys, tmp_path):
    crate = write_crate(tmp_path / "demo", {"src/lib.rs": b"pub fn f() {} // \xff\n"})
    check_refused(
        capsys,
        ["analyze", crate],
        exit_code=3,
        stderr=[
            "error: unreadable source: src/lib.rs is not valid UTF-8 (byte 17) (hint: Rust source files must be UTF-8)"
        ],
        unchanged=crate,
    )


def test_a_src_directory_symlinked_outside_the_package_is_named_as_such(capsys, tmp_path):
    crate = write_crate(tmp_path / "demo", {})
    write_crate(tmp_path / "elsewhere", TWO_MODULES)
    (crate / "src").symlink_to(tmp_path / "elsewhere" / "src")
    check_refused(
        capsys,
        ["analyze", crate],
        exit_code=3,
        stderr=[
            "error: path leaves the crate: src is a symlink leading outside the package (hint: crate-split reads only files inside the package)"
        ],
        unchanged=tmp_path,
    )


def test_a_module_file_beside_a_mod_rs_is_an_error_like_rustcs_e0761(capsys, tmp_path):
    crate = write_crate(tmp_path / "demo", {**TWO_MODULES, "src/a/mod.rs": "pub fn f() -> u32 { 2 }\n"})
    run = run_cli(capsys, "analyze", crate, "--format", "json")
    assert run.code == 0
    assert run.stderr.splitlines() == [
        "error[module-ambiguous] src/lib.rs:1: file for module a found at both src/a.rs and src/a/mod.rs (rustc: E0761)"
    ]


@pytest.mark.parametrize("command", [["plan"], ["why", "a::f", "b::g"]], ids=["plan", "why"])
def test_plan_and_why_report_a_missing_module_file_on_stderr(capsys, tmp_path, command):
    crate = write_crate(tmp_path / "demo", {**TWO_MODULES, "src/lib.rs": "pub mod a;\npub mod b;\npub mod ghost;\n"})
    run = run_cli(capsys, command[0], crate, *command[1:])
    assert run.code == 0
    assert run.stderr.splitlines() == [
        "error[module-missing] src/lib.rs:3: file for module ghost not found (looked for src/ghost.rs, src/ghost/mod.rs)"
    ]


# -- Ctrl-C at start-up ---------------------------------------------------------------------------

#: Runs the console entry point and sends SIGINT to itself while the CLI's
#: dependencies load (when rich is first looked for).
_INTERRUPT_WHILE_LOADING = """
import os, signal, sys

class InterruptOnRich:
    def find_spec(self, name, path=None, target=None):
        if name == "rich":
            os.kill(os.getpid(), signal.SIGINT)
        return None

sys.meta_path.insert(0, InterruptOnRich())
sys.argv = ["crate-split", "analyze", sys.argv[1]]
from crate_split.launch import main
raise SystemExit(main())
"""


def test_ctrl_c_while_the_cli_loads_prints_one_line_and_exits_130(tmp_path):
    crate = write_crate(tmp_path / "demo", TWO_MODULES)
    result = subprocess.run(
        [sys.executable, "-c", _INTERRUPT_WHILE_LOADING, str(crate)], capture_output=True, text=True, cwd=REPO
    )
    assert (result.returncode, result.stderr, result.stdout) == (130, "error: interrupted\n", "")


def test_a_module_that_loads_its_own_file_by_path_is_reported_as_circular(capsys, tmp_path):
    crate = write_crate(
        tmp_path / "demo",
        {
            "src/lib.rs": '#[path = "a.rs"]\npub mod a;\npub fn f() {}\n',
            "src/a.rs": '#[path = "a.rs"]\npub mod again;\npub fn g() {}\n',
        },
    )
    run = run_cli(capsys, "analyze", crate, "--format", "json")
    assert run.code == 0
    assert run.stderr.splitlines() == ["error[module-circular] src/a.rs:1: circular modules: src/a.rs -> src/a.rs"]


def test_a_file_that_includes_itself_is_read_once_with_a_warning(capsys, tmp_path):
    crate = write_crate(
        tmp_path / "demo",
        {"src/lib.rs": 'include!("inc.rs");\npub fn f() {}\n', "src/inc.rs": 'include!("inc.rs");\npub fn h() {}\n'},
    )
    run = run_cli(capsys, "analyze", crate, "--format", "json")
    assert run.code == 0
    assert run.stderr.splitlines() == [
        "warning[include-circular] src/inc.rs:1: include! of src/inc.rs, which is being read: not followed"
    ]


def test_a_library_path_outside_the_package_is_named_as_such_rather_than_missing(capsys, tmp_path):
    crate = write_crate(tmp_path / "demo", TWO_MODULES, MANIFEST + '\n[lib]\npath = "../outside.rs"\n')
    (tmp_path / "outside.rs").write_text("pub fn f() {}\n")
    check_refused(
        capsys,
        ["analyze", crate],
        exit_code=3,
        stderr=["error: path leaves the crate: crate root ../outside.rs is outside the package"],
        unchanged=tmp_path,
    )


def test_plan_output_onto_the_packages_own_manifest_is_refused_even_with_force(capsys, tmp_path):
    crate = write_crate(tmp_path / "demo", TWO_MODULES)
    target = crate / "Cargo.toml"
    check_refused(
        capsys,
        ["plan", crate, "-o", target, "--force"],
        exit_code=2,
        stderr=[
            f"error: invalid input: {target} is a source file of the input package {crate} (hint: write the plan somewhere else)"
        ],
        unchanged=tmp_path,
    )


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("1x", "'1x' starts with a digit"),
        ("a b", "'a b' holds ' '; a package name has letters, digits, `-` and `_` only"),
    ],
    ids=["digit-first", "space"],
)
def test_a_package_name_cargo_refuses_is_an_invalid_manifest_not_a_crate_split_bug(capsys, tmp_path, name, problem):
    crate = write_crate(tmp_path / "demo", TWO_MODULES, MANIFEST.replace('"demo"', f'"{name}"'))
    check_refused(
        capsys,
        ["apply", crate, "--out", tmp_path / "out"],
        exit_code=2,
        stderr=[
            f"error: invalid Cargo.toml: {crate / 'Cargo.toml'}: `package.name`: {problem} (hint: cargo refuses it too)"
        ],
        unchanged=tmp_path,
    )


@pytest.mark.parametrize(
    ("unit_data", "problem"),
    [
        ("[3]", "the timings file's UNIT_DATA is not a list of units"),
        (
            '[{"name": "demo", "duration": "x"}]',
            "the timings file's UNIT_DATA[0].duration is 'x', not a number of seconds",
        ),
        (
            '[{"name": "demo", "duration": 1, "rmeta_time": "y"}]',
            "the timings file's UNIT_DATA[0].rmeta_time is 'y', not a number of seconds",
        ),
        ('[{"name": "demo", "duration": 1, "sections": [["frontend", 3]]}]', None),
    ],
    ids=["unit-number", "duration-string", "rmeta-string", "section-number"],
)
def test_a_timings_file_with_values_of_the_wrong_type_is_refused_in_one_line(capsys, tmp_path, unit_data, problem):
    crate = write_crate(tmp_path / "demo", TWO_MODULES)
    timings = tmp_path / "cargo-timing.html"
    timings.write_text(f"<script>const UNIT_DATA = {unit_data};</script>")
    run = run_cli(capsys, "analyze", crate, "--timings", timings, "--format", "json")
    if problem is None:
        assert run.code == 0, run.stderr
    else:
        assert (run.code, run.stderr.splitlines()) == (2, [f"error: invalid input: {problem}"])


def test_why_accepts_options_between_the_path_and_the_two_names(capsys, tmp_path):
    crate = write_crate(tmp_path / "demo", TWO_MODULES)
    run = run_cli(capsys, "why", crate, "-p", "demo", "b::g", "--format", "json", "a::f")
    assert run.code == 0, run.stderr
    assert '"verdict": "b::g depends on a::f: its crate must depend on a::f\'s"' in run.stdout


def test_a_workspace_member_with_an_invalid_manifest_is_named_rather_than_reported_missing(capsys, tmp_path):
    (tmp_path / "Cargo.toml").write_text('[workspace]\nmembers = ["demo"]\n')
    crate = write_crate(tmp_path / "demo", TWO_MODULES, MANIFEST.replace('"demo"', "5"))
    check_refused(
        capsys,
        ["analyze", tmp_path, "-p", "demo"],
        exit_code=2,
        stderr=[
            f"error: invalid Cargo.toml: {crate / 'Cargo.toml'}: `package.name` must be a string, not the number 5 "
            "(hint: cargo refuses the workspace for it; no other member is named 'demo')"
        ],
        unchanged=tmp_path,
    )
