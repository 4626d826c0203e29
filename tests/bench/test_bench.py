"""``crate-split bench``: the timings-to-prediction path on handwritten
cargo reports (no cargo), and one real bench of a tiny split crate
(cargo, stable, and the parallel front-end through RUSTC_BOOTSTRAP). Nothing here asserts on how fast anything is:
only that every phase was measured and that the JSON keeps its keys.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import crate_split.bench.run as bench_run
from crate_split.bench.run import BenchConfig
from crate_split.bench.timings import (
    TokenSample,
    critical_chain,
    fit_cost_model,
    model_units,
    predict,
    tree_units,
)
from crate_split.bench.tree import TreeInfo, compiled_files, leaf_touch_target
from crate_split.cli import main
from crate_split.errors import BenchFailed
from crate_split.splitter.cost import CostModel, parse_timings_html

# A split `demo`: demo-core <- demo-algo, both <- demo (the facade). The
# build script of demo-core runs before its library. serde is a prebuilt
# dependency (no time), demo-algo's test target is not a library unit.
BUILD_HTML = """<html><script>
DURATION = 4;
const UNIT_DATA = [
  {"i": 0, "name": "serde", "version": "1.0.0", "mode": "todo", "target": "", "start": 0.0, "duration": 0.0, "sections": null},
  {"i": 1, "name": "demo-core", "version": "0.1.0", "mode": "todo", "target": " build-script", "start": 0.0, "duration": 0.3,
   "sections": [["frontend", {"start": 0.0, "end": 0.1}], ["codegen", {"start": 0.1, "end": 0.3}]]},
  {"i": 2, "name": "demo-core", "version": "0.1.0", "mode": "run-custom-build", "target": " build-script (run)", "start": 0.3, "duration": 0.1, "sections": null},
  {"i": 3, "name": "demo-core", "version": "0.1.0", "mode": "todo", "target": "", "start": 0.4, "duration": 2.0,
   "sections": [["frontend", {"start": 0.0, "end": 1.0}], ["codegen", {"start": 1.0, "end": 2.0}]]},
  {"i": 4, "name": "demo-algo", "version": "0.1.0", "mode": "todo", "target": "", "start": 1.4, "duration": 1.5,
   "sections": [["frontend", {"start": 0.0, "end": 0.5}], ["codegen", {"start": 0.5, "end": 1.5}]]},
  {"i": 5, "name": "demo-algo", "version": "0.1.0", "mode": "todo", "target": " lib (test)", "start": 1.4, "duration": 9.0, "sections": null},
  {"i": 6, "name": "demo", "version": "0.1.0", "mode": "todo", "target": "", "start": 2.4, "duration": 0.2,
   "sections": [["frontend", {"start": 0.0, "end": 0.1}], ["codegen", {"start": 0.1, "end": 0.2}]]}
];
</script></html>"""

# The same crate before the split, from an older cargo that wrote rmeta_time.
ORIGINAL_HTML = """<script>
const UNIT_DATA = [
  {"i": 0, "name": "demo", "version": "0.1.0", "mode": "build", "target": "", "start": 0.0, "duration": 4.0, "rmeta_time": 2.0}
];
</script>"""

SPLIT = TreeInfo(
    root=Path("/split"),
    package="demo",
    packages=("demo", "demo-algo", "demo-core"),
    depends_on={"demo": ("demo-algo", "demo-core"), "demo-algo": ("demo-core",), "demo-core": ()},
    package_dirs={},
    lib_roots={},
)
ORIGINAL = TreeInfo(Path("/original"), "demo", ("demo",), {"demo": ()}, {}, {})


def test_the_planners_units_of_a_tree_pay_for_each_package_they_reach():
    cost = CostModel(crate_overhead=0.0, frontend_per_token=0.0, dependency_overhead=1.0)
    units = {u.name: u.frontend for u in model_units({"demo": 1, "demo-algo": 1, "demo-core": 1}, SPLIT, cost)}
    assert units == {"demo": 2.0, "demo-algo": 1.0, "demo-core": 0.0}


def test_the_split_units_chain_build_script_library_and_dependents():
    units = {u.name: u for u in tree_units([parse_timings_html(BUILD_HTML)], SPLIT, "build")}
    assert sorted(units) == ["demo", "demo-algo", "demo-core", "demo-core (build-script)", "demo-core (run)"]
    assert (units["demo-core"].frontend, units["demo-core"].codegen) == (1.0, 1.0)
    assert units["demo-core"].depends_on == ("demo-core (run)",)
    assert units["demo-core (run)"].depends_on == ("demo-core (build-script)",)
    assert units["demo-core (build-script)"].frontend == pytest.approx(0.3)  # a whole binary: no pipelining
    assert units["demo"].depends_on == ("demo-algo", "demo-core")
    assert critical_chain(tuple(units.values()), "build") == (
        "demo-core (build-script)",
        "demo-core (run)",
        "demo-core",
        "demo-algo",
    )
    check = {u.name: u for u in tree_units([parse_timings_html(BUILD_HTML)], SPLIT, "check")}
    assert (check["demo-core"].frontend, check["demo-core"].codegen) == (2.0, 0.0)


def test_units_are_the_median_over_runs():
    slow = BUILD_HTML.replace('"duration": 0.2,', '"duration": 0.8,')
    faster = BUILD_HTML.replace('"duration": 0.2,', '"duration": 0.4,')
    units = {u.name: u for u in tree_units([parse_timings_html(h) for h in (BUILD_HTML, slow, faster)], SPLIT, "build")}
    assert units["demo"].frontend + units["demo"].codegen == pytest.approx(0.4)


def test_prediction_at_the_measured_jobs_compares_with_the_measurement():
    split = tree_units([parse_timings_html(BUILD_HTML)], SPLIT, "build")
    original = tree_units([parse_timings_html(ORIGINAL_HTML)], ORIGINAL, "build")
    prediction = predict("build", 2, original, split, "demo", measured=(4.5, 3.5), overheads=(0.5, 0.5))
    # Two jobs: script 0.3, run 0.1, core rmeta at 1.4 and done at 2.4; algo
    # starts at 1.4 (rmeta 1.9, done 2.9); the facade waits for a free slot
    # at 2.4 and is done at 2.6; the split's makespan is 2.9.
    assert prediction.split[2] == pytest.approx(2.9)
    assert prediction.original[2] == pytest.approx(4.0)
    assert prediction.predicted_speedup(2) == pytest.approx(4.5 / 3.4)
    assert prediction.measured_speedup == pytest.approx(4.5 / 3.5)
    assert prediction.error == pytest.approx((4.5 / 3.4) / (4.5 / 3.5) - 1)
    assert set(prediction.split) == {1, 2, 4, 8, 16, 64}
    assert prediction.split[1] == pytest.approx(0.3 + 0.1 + 2.0 + 1.5 + 0.2)
    assert prediction.split_work == pytest.approx(4.1)
    assert prediction.facade_seconds == pytest.approx(0.2)


def test_the_fitted_cost_model_recovers_overhead_and_rates():
    samples = [TokenSample(f"c{n}", n, 0.1 + n * 2e-5, n * 1e-5) for n in (1000, 5000, 20000)]
    fitted = fit_cost_model(samples, CostModel())
    assert fitted.crate_overhead == pytest.approx(0.1)
    assert fitted.frontend_per_token == pytest.approx(2e-5)
    assert fitted.codegen_per_token == pytest.approx(1e-5)
    single = fit_cost_model([TokenSample("c", 10000, 0.32, 0.1)], CostModel(crate_overhead=0.12))
    assert (single.crate_overhead, single.frontend_per_token) == (0.12, pytest.approx(2e-5))


def test_the_leaf_file_is_one_both_trees_compiled(tmp_path):
    files = {
        "split/src/lib.rs": "", "split/crates/demo-algo/src/lib.rs": "", "split/crates/demo-algo/src/algo.rs": "x" * 50,
        "split/crates/demo-algo/src/serde_impls.rs": "x" * 500, "split/crates/demo-core/src/lib.rs": "",
        "split/crates/demo-core/src/core.rs": "x" * 900, "original/src/lib.rs": "", "original/src/algo.rs": "x" * 50,
        "original/src/serde_impls.rs": "x" * 500, "original/src/core.rs": "x" * 900,
    }  # fmt: skip
    for relative, text in files.items():
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text(text)
    root = tmp_path / "split"
    split = TreeInfo(
        root, "demo", SPLIT.packages, SPLIT.depends_on,
        {"demo": root, "demo-algo": root / "crates/demo-algo", "demo-core": root / "crates/demo-core"},
        {"demo": root / "src/lib.rs", "demo-algo": root / "crates/demo-algo/src/lib.rs", "demo-core": root / "crates/demo-core/src/lib.rs"},
        {"demo": "demo", "demo-algo": "demo", "demo-core": "demo"},
    )  # fmt: skip
    original = TreeInfo(
        tmp_path / "original",
        "demo",
        ("demo",),
        {"demo": ()},
        {"demo": tmp_path / "original"},
        {"demo": tmp_path / "original/src/lib.rs"},
        {"demo": "demo"},
    )
    target = tmp_path / "target"
    deps = target / "debug/deps"
    deps.mkdir(parents=True)
    # Every member keeps the crate name `demo`; rustc's dep-info names
    # files relative to the workspace root. demo-algo's also lists
    # demo-core's files (a path dependency); serde_impls.rs is behind a
    # feature that is off, in both trees.
    (deps / "demo-aaaa.d").write_text(
        f"{deps}/demo-aaaa.d: crates/demo-algo/src/lib.rs crates/demo-algo/src/algo.rs crates/demo-core/src/core.rs\n\n"
        f"{deps}/libdemo-aaaa.rlib: crates/demo-algo/src/lib.rs crates/demo-algo/src/algo.rs crates/demo-core/src/core.rs\n\n"
        "crates/demo-algo/src/lib.rs:\n"
    )
    (deps / "demo-cccc.d").write_text(
        f"{deps}/libdemo-cccc.rlib: crates/demo-core/src/lib.rs crates/demo-core/src/core.rs\n"
    )
    (deps / "demo-0000.d").write_text(f"{deps}/libdemo-0000.rlib: src/lib.rs src/algo.rs src/core.rs\n")
    algo = root / "crates/demo-algo"
    compiled = compiled_files(split, target, "demo-algo")
    assert compiled == {(algo / "src/lib.rs").resolve(), (algo / "src/algo.rs").resolve()}
    touch = leaf_touch_target(split, original, {"demo-algo": compiled}, compiled_files(original, target, "demo"))
    assert touch is not None and touch.package == "demo-algo"
    assert (touch.split_file, touch.original_file) == (
        (algo / "src/algo.rs").resolve(),
        (tmp_path / "original/src/algo.rs").resolve(),
    )
    assert leaf_touch_target(split, original, {"demo-algo": frozenset()}, frozenset()) is None


TINY = {
    "Cargo.toml": '[package]\nname = "tiny"\nversion = "0.1.0"\nedition = "2021"\n',
    "src/lib.rs": "//! Two modules.\npub mod shapes;\npub mod report;\n\npub use shapes::Circle;\n",
    "src/shapes.rs": (
        "/// A circle.\npub struct Circle {\n    pub radius: f64,\n}\n\n"
        "impl Circle {\n    pub fn area(&self) -> f64 {\n        3.14159 * self.radius * self.radius\n    }\n}\n"
    ),
    "src/report.rs": (
        "use crate::shapes::Circle;\n\n/// Describes a circle.\n"
        'pub fn describe(circle: &Circle) -> String {\n    format!("circle of area {:.1}", circle.area())\n}\n'
    ),
}

PHASES = {
    "check", "build", "noop-check", "noop-build",
    "incremental-leaf-check", "incremental-leaf-build", "incremental-facade-check", "incremental-facade-build",
}  # fmt: skip


@pytest.mark.cargo
def test_bench_of_a_tiny_split_measures_every_phase(tmp_path, capsys):
    original = tmp_path / "tiny"
    for relative, text in TINY.items():
        (original / relative).parent.mkdir(parents=True, exist_ok=True)
        (original / relative).write_text(text, encoding="utf-8")
    split = tmp_path / "split"
    assert main(["apply", str(original), "--out", str(split), "--min-lines", "0"]) == 0
    capsys.readouterr()
    code = main(
        ["bench", str(original), str(split), "--runs", "1", "--format", "json", "--target-dir", str(tmp_path / "bench")]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "runs cargo" in captured.err
    data = json.loads(captured.out)
    assert set(data) == {
        "package",
        "original",
        "split",
        "machine",
        "toolchains",
        "runs",
        "members",
        "leaf",
        "phases",
        "threads",
        "threads_skipped",
        "prediction",
        "model",
    }
    assert data["package"] == "tiny" and data["runs"] == 1
    assert data["members"] == ["tiny-report", "tiny-shapes"] and data["leaf"] == "tiny-report"
    assert set(data["phases"]) == PHASES
    for name, phase in data["phases"].items():
        assert phase["original"]["median"] > 0 and phase["split"]["median"] > 0, name
        assert phase["speedup"] > 0
    assert data["phases"]["incremental-leaf-check"]["note"] == "tiny-report: crates/tiny-report/src/report.rs"
    assert data["threads_skipped"] is None and data["toolchains"]["cargo"].startswith("cargo ")
    assert set(data["threads"]) == {"1", "2"} and all(t["median"] > 0 for t in data["threads"].values())
    for mode in ("check", "build"):
        prediction = data["prediction"][mode]
        assert {
            "jobs",
            "measured_speedup",
            "predicted_speedup",
            "error",
            "simulated",
            "simulated_speedup",
            "overhead",
            "work",
            "critical_path",
            "facade_seconds",
        } <= set(prediction)
        assert set(prediction["simulated_speedup"]) >= {"4", "8", "16", "64", str(prediction["jobs"])}
        assert prediction["simulated"]["split"]["64"] > 0
        assert prediction["critical_path"][:2] == ["tiny-shapes", "tiny-report"]
    assert data["prediction"]["check"]["critical_path"] == ["tiny-shapes", "tiny-report", "tiny"]
    assert data["model"]["tokens"]["tiny-shapes"] > 0
    assert data["model"]["fitted"]["frontend_per_token"] > 0
    # The user's trees were only read: cargo wrote no lock file and no target/ there.
    assert not (original / "Cargo.lock").exists() and not (split / "target").exists()


def test_a_compiler_without_the_parallel_front_end_skips_the_threads_runs(tmp_path, monkeypatch):
    seen = []

    def refuse(tree, mode, jobs, **_):
        seen.append(tree.env())
        raise BenchFailed("error: unknown unstable option: `threads`")

    monkeypatch.setattr(bench_run, "cargo_step", refuse)
    info = TreeInfo(tmp_path, "tiny", ("tiny",), {"tiny": ()}, {"tiny": tmp_path}, {})
    timings, skipped = bench_run._threads(info, tmp_path, BenchConfig(runs=1), lambda message: None)
    assert timings == {}
    assert skipped == "-Zthreads=1 does not build: error: unknown unstable option: `threads`"
    assert seen[0]["RUSTC_BOOTSTRAP"] == "1" and seen[0]["RUSTFLAGS"].endswith("-Zthreads=1")
