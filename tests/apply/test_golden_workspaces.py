"""Golden workspaces: ``apply --out`` on every fixture crate, compared with
``tests/apply/golden/<case>/`` file by file, byte for byte.

No ``--check``, so no cargo runs: these tests are fast and show every change
to the generated workspace as a diff of the golden files. Path dependencies
of the generated manifests point back at the input package absolutely;
``check_golden_workspace`` writes them as ``<INPUT>`` (the input package) and
``<INPUT>/..`` (its parent) so the goldens hold no machine-specific paths.

Set ``CRATE_SPLIT_UPDATE_SNAPSHOTS=1`` to rewrite the golden directories,
then review the change with ``git diff``.

Every generated Rust file of a golden workspace must also parse as well as
the original file it comes from (``syntax_problems``: tree-sitter errors,
and attributes or doc comments rustc would reject where they stand).
"""

from __future__ import annotations

import difflib
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
from apply_cases import CORPORA, ApplyCase

from crate_split.analysis.syntax import syntax_problems
from crate_split.cli import main
from snapshots import SWITCH, updating

GOLDEN = Path(__file__).resolve().parent / "golden"
INPUT_MARK = "<INPUT>"


def normalise_paths(text: bytes, input_root: Path) -> bytes:
    """Replace the input package's absolute path (and its parent's) by ``<INPUT>``."""
    root = input_root.resolve().as_posix().encode()
    parent = input_root.resolve().parent.as_posix().encode()
    text = re.sub(re.escape(root) + rb"(?=[/\"'])", INPUT_MARK.encode(), text)
    return re.sub(re.escape(parent) + rb"(?=/)", INPUT_MARK.encode() + b"/..", text)


def read_workspace(root: Path, input_root: Path) -> dict[str, bytes]:
    """Every file under ``root``, manifests with their input paths normalised."""
    files = {}
    for path in sorted(root.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            files[path.relative_to(root).as_posix()] = (
                normalise_paths(data, input_root) if path.name == "Cargo.toml" else data
            )
    return files


def describe_differences(expected: dict[str, bytes], actual: dict[str, bytes]) -> str:
    lines = [f"missing: {path}" for path in sorted(expected.keys() - actual.keys())]
    lines += [f"unexpected: {path}" for path in sorted(actual.keys() - expected.keys())]
    for path in sorted(expected.keys() & actual.keys()):
        if expected[path] != actual[path]:
            old = expected[path].decode("utf-8", "replace").splitlines(keepends=True)
            new = actual[path].decode("utf-8", "replace").splitlines(keepends=True)
            lines.append("".join(difflib.unified_diff(old, new, f"golden/{path}", f"generated/{path}")))
    return "\n".join(lines)


def check_golden_workspace(case: ApplyCase, corpora: Path, tmp_path: Path, capsys) -> None:
    """Apply ``case`` without checking and compare the workspace with its golden directory."""
    out = tmp_path / "out"
    exit_code = main(["apply", *case.arguments(corpora), "--out", str(out)])
    captured = capsys.readouterr()
    assert exit_code == 0, captured.err
    actual = read_workspace(out, case.package_dir(corpora))
    machine_specific = [path for path, data in actual.items() if str(corpora).encode() in data]
    assert not machine_specific, f"absolute paths left in {machine_specific}"
    golden = GOLDEN / case.name
    if updating():
        shutil.rmtree(golden, ignore_errors=True)
        for path, data in actual.items():
            (golden / path).parent.mkdir(parents=True, exist_ok=True)
            (golden / path).write_bytes(data)
    assert golden.is_dir(), f"no golden workspace for {case.name}; run with {SWITCH}=1"
    expected = {
        path.relative_to(golden).as_posix(): path.read_bytes() for path in sorted(golden.rglob("*")) if path.is_file()
    }
    assert expected == actual, describe_differences(expected, actual)


def test_apply_writes_the_golden_workspace(apply_case, corpora_copy, tmp_path, capsys):
    check_golden_workspace(apply_case, corpora_copy, tmp_path, capsys)


def check_generated_rust_parses(case: ApplyCase) -> None:
    """Each ``.rs`` file of ``case``'s golden workspace has no syntax problem
    its original (same path, in the facade or under ``crates/<member>/``) lacks."""
    golden = GOLDEN / case.name
    original_root = case.package_dir(CORPORA)
    new_problems = []
    for path in sorted(golden.rglob("*.rs")):
        relative = path.relative_to(golden).parts
        original = original_root.joinpath(*(relative[2:] if relative[0] == "crates" else relative))
        before = syntax_problems(original.read_bytes()) if original.is_file() else ()
        after = syntax_problems(path.read_bytes())
        if len(after) > len(before):
            new_problems.append(f"{'/'.join(relative)}: {after}")
    assert new_problems == []


def test_every_generated_rust_file_parses_as_well_as_its_original(apply_case):
    check_generated_rust_parses(apply_case)


def rustfmt_clean(path: Path, edition: str) -> bool:
    """``rustfmt --check`` finds nothing to change in ``path`` alone (given
    on stdin, its ``mod`` files are not followed, and a diff is printed
    with exit code 0)."""
    run = subprocess.run(["rustfmt", "--check", "--edition", edition], input=path.read_bytes(), capture_output=True)
    return run.returncode == 0 and not run.stdout


def check_rustfmt_clean(case: ApplyCase) -> None:
    """Each ``.rs`` file of ``case``'s golden workspace whose original
    (same path, in the facade or under ``crates/<member>/``) is
    rustfmt-clean is rustfmt-clean too (issue 13)."""
    golden = GOLDEN / case.name
    original_root = case.package_dir(CORPORA)
    edition = tomllib.loads((original_root / "Cargo.toml").read_text()).get("package", {}).get("edition", "2015")
    if not isinstance(edition, str):
        return  # inherited from a workspace
    unformatted = []
    for path in sorted(golden.rglob("*.rs")):
        relative = path.relative_to(golden).parts
        original = original_root.joinpath(*(relative[2:] if relative[0] == "crates" else relative))
        if original.is_file() and rustfmt_clean(original, edition) and not rustfmt_clean(path, edition):
            unformatted.append("/".join(relative))
    assert unformatted == []


@pytest.mark.skipif(shutil.which("rustfmt") is None, reason="rustfmt is not installed")
def test_generated_rust_files_stay_rustfmt_clean(apply_case):
    check_rustfmt_clean(apply_case)
