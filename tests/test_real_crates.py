"""The real crates from Debian's packages analyse without error and resolve
at least 97 % of their path references; the report lists the rest.

The crates are installed by ``scripts/install_debian_crates.sh`` (run by
``scripts/test``); a missing crate fails the test instead of skipping it.
"""

from __future__ import annotations

import json

import pytest

import real_crates
from crate_split.analysis import analyze_crate, load_source_tree
from crate_split.cli import main
from crate_split.model import Severity
from crate_split.report import build_analysis_report

pytestmark = pytest.mark.real_crate

MINIMUM_RESOLVED = 0.97


def check_real_crate(crate: real_crates.RealCrate):
    model = analyze_crate(load_source_tree(real_crates.source_dir(crate)))
    report = build_analysis_report(model)
    return model, report


@pytest.mark.parametrize("crate", real_crates.REAL_CRATES, ids=lambda c: c.dir_name)
def test_real_crate_analyses_without_errors_and_resolves_97_percent(crate):
    model, report = check_real_crate(crate)
    errors = [d.render() for d in model.diagnostics if d.severity is Severity.ERROR]
    assert errors == []
    assert model.syntax_errors == 0
    assert model.stats.resolved_ratio >= MINIMUM_RESOLVED, model.stats
    assert len(report.unresolved) == model.stats.unresolved
    assert len(model.modules) > 5 and len(model.items) > 300


@pytest.mark.parametrize("crate", real_crates.REAL_CRATES, ids=lambda c: c.dir_name)
def test_real_crate_json_report_lists_its_unresolved_references(capsys, crate):
    code = main(["analyze", str(real_crates.source_dir(crate)), "--format", "json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    resolution = data["resolution"]
    assert resolution["resolved_ratio"] >= MINIMUM_RESOLVED
    assert len(resolution["unresolved_references"]) == resolution["unresolved"]
    assert len(data["units"]) >= 2
