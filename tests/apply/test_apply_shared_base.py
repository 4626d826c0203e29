"""A cycle cut at its shared base verifies: ``apply --check`` on ``corpora/shared_base``.

The fixture is small, so the default cost model (0.04 s per crate) says no
cut pays; a calibration from a slow build (``--timings``: 10 s of
front-end) makes the front-end work count and the shared base pay. The
split must then check, pass the same tests and keep the public API.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crate_split.cli import main

pytestmark = pytest.mark.cargo

#: A ``cargo build --timings`` report of a slow build of the fixture.
SLOW_BUILD = """<html><script>
const UNIT_DATA = [{"name": "shared_base", "target": "", "duration": 20.0, "rmeta_time": 10.0}];
</script></html>
"""


def test_the_shared_base_cut_checks_passes_the_tests_and_keeps_the_api(corpora_copy, tmp_path: Path, capsys) -> None:
    timings = tmp_path / "cargo-timing.html"
    timings.write_text(SLOW_BUILD, encoding="utf-8")
    arguments = [
        "apply", str(corpora_copy / "shared_base"), "--out", str(tmp_path / "out"), "--check",
        "--target-dir", str(tmp_path / "target"), "--format", "json",
        "--timings", str(timings), "--min-lines", "5", "--jobs", "4",
    ]  # fmt: skip
    code = main(arguments)
    captured = capsys.readouterr()
    result = json.loads(captured.out)
    assert code == 0, (result.get("problem"), captured.err[-2000:])
    assert sorted(result["members"]) == [
        "shared_base-base",
        "shared_base-geometry",
        "shared_base-io",
        "shared_base-render",
        "shared_base-stats",
    ]
    assert result["repairs"] == []
    assert result["check_ok"] is True
    assert result["tests_before"]["passed"] == result["tests_after"]["passed"] == 5
    assert result["tests_after"]["failed"] == 0
    assert result["api"]["equal"] is True
    assert result["payoff_warning"] is None
