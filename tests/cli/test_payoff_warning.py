"""A split not predicted to make a clean check faster says so.

``corpora/module_cycle`` is small: any split of it costs more in per-crate
overhead than it gains, so each command must say, in one line and with
the predicted figure, that the split is not predicted to pay. No cargo runs.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from crate_split.cli import main

CORPORA = Path(__file__).resolve().parents[2] / "corpora"
WARNING = re.compile(
    r"the split is not predicted to pay: a clean check at 2 job\(s\) is predicted at (\d\.\d\d)x the original's speed"
)


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _package(tmp_path: Path) -> Path:
    return Path(shutil.copytree(CORPORA / "module_cycle", tmp_path / "module_cycle"))


def _one_figure(text: str) -> float:
    found = WARNING.findall(" ".join(text.split()))
    assert len(found) == 1, text
    assert float(found[0]) < 1.0
    return float(found[0])


def test_analyze_and_plan_print_one_line_with_the_predicted_speedup(capsys, tmp_path) -> None:
    package = _package(tmp_path)
    code, out, err = _run(capsys, "analyze", str(package), "--jobs", "2")
    assert code == 0, err
    analyzed = _one_figure(out)
    code, out, err = _run(capsys, "plan", str(package), "--jobs", "2", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert _one_figure(data["payoff_warning"]) == analyzed
    speedup = next(p["check_speedup"] for p in data["predictions"] if p["jobs"] == 2)
    assert abs(speedup - analyzed) < 0.006
    code, out, err = _run(capsys, "plan", str(package), "--jobs", "2", "--format", "dot")
    assert code == 0, err
    assert _one_figure(err) == analyzed
    code, out, err = _run(capsys, "plan", str(package), "--jobs", "2")
    assert _one_figure(out) == analyzed


def test_apply_prints_it_in_its_summary_and_in_split_md(capsys, tmp_path) -> None:
    package = _package(tmp_path)
    out_dir = tmp_path / "out"
    code, out, err = _run(capsys, "apply", str(package), "--out", str(out_dir), "--jobs", "2")
    assert code == 0, err
    figure = _one_figure(out)
    assert _one_figure((out_dir / "SPLIT.md").read_text(encoding="utf-8")) == figure
    code, out, err = _run(
        capsys, "apply", str(package), "--out", str(tmp_path / "json"), "--jobs", "2", "--format", "json"
    )
    assert code == 0, err
    assert _one_figure(json.loads(out)["payoff_warning"]) == figure
