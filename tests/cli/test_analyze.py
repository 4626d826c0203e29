"""End-to-end tests of ``crate-split analyze``: output formats, the cycle
report, JSON snapshots of every fixture crate, and refusals of bad input.

Every test goes through ``check_analyze``, which runs the CLI in-process and
returns its exit code, stdout and stderr.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from crate_split.cli import cargo_main, main
from snapshots import check_text_snapshot

REPO = Path(__file__).resolve().parents[2]
CORPORA = REPO / "corpora"
SNAPSHOTS = Path(__file__).parent / "snapshots"


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str


def check_analyze(capsys, *args: str | Path) -> Run:
    code = main(["analyze", *map(str, args)])
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def write_crate(root: Path, files: dict[str, bytes | str]) -> Path:
    files = {"Cargo.toml": '[package]\nname = "demo"\nversion = "0.1.0"\nedition = "2021"\n', **files}
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode() if isinstance(content, str) else content)
    return root


def corpus_cases() -> list[str]:
    return sorted(p.name for p in CORPORA.iterdir() if (p / "Cargo.toml").is_file() and (p / "src").is_dir())


# -- the cycle of the module_cycle fixture -------------------------------------------------


def test_human_report_names_the_module_cycle_and_the_references_that_close_it(capsys):
    run = check_analyze(capsys, CORPORA / "module_cycle")
    assert run.code == 0, run.stderr
    assert "cycle 1: crate::render::svg, crate::shapes" in run.stdout
    assert "shapes::impl Circle -> render::svg::draw (src/shapes.rs:23, path)" in run.stdout
    assert "shapes::impl Rect -> render::svg::draw_rect (src/shapes.rs:55, path)" in run.stdout
    assert "render::svg::draw -> shapes::Circle (src/render/svg.rs:5, type)" in run.stdout
    assert "render::svg::draw_rect -> shapes::Rect (src/render/svg.rs:9, type)" in run.stdout


def test_json_report_names_the_cycle_with_file_and_line_of_each_closing_reference(capsys):
    run = check_analyze(capsys, CORPORA / "module_cycle", "--format", "json")
    assert run.code == 0, run.stderr
    data = json.loads(run.stdout)
    assert [c["modules"] for c in data["cycles"]] == [["crate::render::svg", "crate::shapes"]]
    closing = {(r["from"], r["to"], r["location"]) for hop in data["cycles"][0]["hops"] for r in hop["references"]}
    assert ("shapes::impl Circle", "render::svg::draw", "src/shapes.rs:23") in closing
    assert ("render::svg::draw", "shapes::Circle", "src/render/svg.rs:5") in closing


def test_rs_files_no_module_reaches_are_named_in_both_reports(tmp_path, capsys):
    crate = write_crate(
        tmp_path / "demo",
        {
            "src/lib.rs": "macro_rules! hide { ($name:ident) => { mod $name; } }\nhide!(hidden);\npub mod shown;\n",
            "src/shown.rs": "pub fn f() {}\n",
            "src/hidden.rs": "pub fn g() {}\n",
            "src/main.rs": "mod cli;\nfn main() {}\n",
            "src/cli.rs": "pub fn run() {}\n",
            "src/bin/tool.rs": "fn main() {}\n",
        },
    )
    human = check_analyze(capsys, crate)
    assert human.code == 0, human.stderr
    assert "1 .rs files no module reaches (not analysed): src/hidden.rs" in human.stdout
    data = json.loads(check_analyze(capsys, crate, "--format", "json").stdout)
    assert data["crate"]["unreached_files"] == ["src/hidden.rs"]


def test_modules_without_a_cycle_are_separate_units(capsys):
    data = json.loads(check_analyze(capsys, CORPORA / "module_cycle", "--format", "json").stdout)
    names = {unit["name"]: unit for unit in data["units"]}
    assert {"util", "stats", "render", "render::svg + shapes"} <= set(names)
    util_id = names["util"]["id"]
    assert names["stats"]["depends_on"] == [util_id]
    assert names["util"]["depends_on"] == []


def test_verbose_report_lists_each_unresolved_reference_with_its_location(capsys, tmp_path):
    crate = write_crate(tmp_path, {"src/lib.rs": "pub fn f() -> u8 { missing::thing() }\n"})
    run = check_analyze(capsys, crate, "-v")
    assert run.code == 0
    assert "1 unresolved" in run.stdout
    assert "unresolved path missing::thing  (src/lib.rs:1, in f)" in run.stdout


def test_dot_output_is_a_digraph_with_cycle_edges_in_red(capsys):
    run = check_analyze(capsys, CORPORA / "module_cycle", "--format", "dot")
    assert run.stdout.startswith('digraph "module_cycle" {')
    assert '"crate::shapes" -> "crate::render::svg" [label="2", color=red];' in run.stdout
    assert '"crate::stats" -> "crate::util" [label=' in run.stdout
    assert run.stdout.rstrip().endswith("}")


def test_mermaid_output_is_a_flowchart_with_one_subgraph_per_unit(capsys):
    run = check_analyze(capsys, CORPORA / "module_cycle", "--format", "mermaid")
    assert run.stdout.startswith("flowchart LR\n")
    assert run.stdout.count("  subgraph u") == 4
    assert "linkStyle" in run.stdout


def test_cargo_subcommand_drops_the_name_cargo_passes_first(capsys, monkeypatch):
    monkeypatch.setattr(
        "sys.argv", ["cargo-crate-split", "crate-split", "analyze", str(CORPORA / "module_cycle"), "--format", "json"]
    )
    assert cargo_main() == 0
    assert json.loads(capsys.readouterr().out)["crate"]["name"] == "module_cycle"


def test_workspace_member_is_chosen_with_dash_p(capsys):
    run = check_analyze(capsys, CORPORA / "workspace_member", "-p", "core_lib", "--format", "json")
    assert run.code == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["crate"]["package"] == "core_lib"
    assert data["crate"]["edition"] == "2021"


# -- JSON snapshots of every fixture ----------------------------------------------------------


@pytest.mark.parametrize("case", corpus_cases())
def test_json_report_of_each_fixture_matches_its_snapshot(capsys, case):
    run = check_analyze(capsys, CORPORA / case, "--format", "json")
    assert run.code == 0, run.stderr
    check_text_snapshot(SNAPSHOTS / f"{case}.json", run.stdout, f"{case}: the JSON report")


def test_json_report_is_identical_whatever_order_files_are_listed_in(capsys, tmp_path, monkeypatch):
    first = check_analyze(capsys, CORPORA / "glob_reexports", "--format", "json").stdout
    import crate_split.analysis.source_tree as source_tree

    real_walk = os.walk

    def reversed_walk(*args, **kwargs):
        for directory, subdirs, names in real_walk(*args, **kwargs):
            names.reverse()
            yield directory, subdirs, names

    monkeypatch.setattr(source_tree.os, "walk", reversed_walk)
    second = check_analyze(capsys, CORPORA / "glob_reexports", "--format", "json").stdout
    assert first == second


# -- bad input ------------------------------------------------------------------------------------


def test_a_directory_without_a_manifest_is_refused_with_one_line(capsys, tmp_path):
    run = check_analyze(capsys, tmp_path)
    assert run.code == 2
    assert run.stderr.strip().count("\n") == 0
    assert run.stderr.startswith("error: not a Cargo package:")


def test_a_missing_directory_is_refused(capsys, tmp_path):
    run = check_analyze(capsys, tmp_path / "nope")
    assert run.code == 2
    assert "no such directory" in run.stderr


def test_a_workspace_root_without_dash_p_is_refused_and_members_are_named(capsys):
    run = check_analyze(capsys, CORPORA / "workspace_member")
    assert run.code == 2
    assert run.stderr.strip() == (
        f"error: workspace root: {CORPORA / 'workspace_member'} is a workspace root without a package "
        "(hint: choose a member with -p NAME: app, core_lib)"
    )


def test_an_unknown_member_is_refused(capsys):
    run = check_analyze(capsys, CORPORA / "workspace_member", "-p", "nope")
    assert run.code == 2
    assert "has no member named 'nope'" in run.stderr


def test_an_invalid_manifest_is_refused(capsys, tmp_path):
    (tmp_path / "Cargo.toml").write_text("[package\nname = ")
    run = check_analyze(capsys, tmp_path)
    assert run.code == 2
    assert run.stderr.startswith("error: not a Cargo package") or run.stderr.startswith("error: invalid Cargo.toml")


def test_a_non_utf8_module_file_is_refused_with_its_location(capsys, tmp_path):
    crate = write_crate(tmp_path, {"src/lib.rs": "mod bad;\n", "src/bad.rs": b"pub fn f() {} // \xff\xfe\n"})
    run = check_analyze(capsys, crate)
    assert run.code == 3
    assert "src/bad.rs is not valid UTF-8" in run.stderr
    assert run.stderr.strip().count("\n") == 0


def test_a_path_attribute_leading_outside_the_crate_is_refused(capsys, tmp_path):
    crate = write_crate(tmp_path / "crate", {"src/lib.rs": '#[path = "../../outside.rs"]\nmod outside;\n'})
    (tmp_path / "outside.rs").write_text("pub fn f() {}\n")
    run = check_analyze(capsys, crate)
    assert run.code == 3
    assert "points outside the crate" in run.stderr


def test_a_symlinked_module_leading_outside_the_crate_is_refused(capsys, tmp_path):
    crate = write_crate(tmp_path / "crate", {"src/lib.rs": "mod linked;\n"})
    (tmp_path / "elsewhere.rs").write_text("pub fn f() {}\n")
    (crate / "src" / "linked.rs").symlink_to(tmp_path / "elsewhere.rs")
    run = check_analyze(capsys, crate)
    assert run.code == 3
    assert "linked.rs" in run.stderr


def test_syntax_errors_give_warnings_and_a_complete_report(capsys, tmp_path):
    crate = write_crate(
        tmp_path, {"src/lib.rs": "pub struct Good;\nfn broken( { let = ; }\npub fn after() -> Good { Good }\n"}
    )
    run = check_analyze(capsys, crate, "--format", "json")
    assert run.code == 0
    data = json.loads(run.stdout)
    assert data["crate"]["syntax_errors"] >= 1
    assert "after" in {name.split("::")[-1] for name in _item_names(data)} or data["crate"]["items"] >= 2
    assert "warning[syntax] src/lib.rs:2:" in run.stderr


def test_a_file_that_is_not_rust_is_refused(capsys, tmp_path):
    crate = write_crate(tmp_path, {"src/lib.rs": "<<<<<<< HEAD\n%%% garbage @@@ \x01\n"})
    run = check_analyze(capsys, crate)
    assert run.code == 4
    assert run.stderr.startswith("error: cannot parse:")


def test_analysis_never_changes_the_crate(capsys, tmp_path):
    crate = tmp_path / "module_cycle"
    shutil.copytree(CORPORA / "module_cycle", crate, ignore=shutil.ignore_patterns("target", "Cargo.lock"))
    before = {p: p.read_bytes() for p in crate.rglob("*") if p.is_file()}
    check_analyze(capsys, crate, "--format", "json")
    after = {p: p.read_bytes() for p in crate.rglob("*") if p.is_file()}
    assert before == after


def _item_names(data: dict) -> list[str]:
    return [m["path"] for m in data["modules"]]


def test_check_args_may_start_with_dashes_without_an_equals_sign():
    from crate_split.cli import _join_option_values, build_parser

    arguments = build_parser().parse_args(
        _join_option_values(["apply", "x", "--out", "y", "--check-args", "--lib --tests"])
    )
    assert arguments.check_args == "--lib --tests"
