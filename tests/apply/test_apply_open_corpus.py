"""The CI sample of the open corpus: real crates the tool was not written for.

Each crate marked `ci_sample = true` in `corpora/open/crates.toml` goes
through `tests/corpus_run.py::run_crate` exactly as `benchmarks/corpus.py`
runs the whole corpus: `crate-split apply --out --check` with the default
plan, then the crate's own check and test commands on the workspace. The
verdict must be "verified" (see `corpus_run`), and `apply` must never exit 0
when the crate's own commands then fail on the workspace. The packages are
installed by `scripts/bootstrap.sh` (`scripts/open_corpus.py install --ci-sample`).
"""

from __future__ import annotations

import pytest

import corpus_run
import real_crates

pytestmark = [pytest.mark.cargo, pytest.mark.real_crate]


@pytest.fixture(scope="session")
def corpus_target(tmp_path_factory):
    """One cargo target directory for every sample crate, so shared dependencies build once."""
    return tmp_path_factory.mktemp("open-corpus-target")


@pytest.mark.parametrize("crate", real_crates.ci_sample(), ids=lambda c: c.dir_name)
def test_open_corpus_crate_splits_and_verifies(tmp_path, corpus_target, crate):
    row = corpus_run.run_crate(crate, tmp_path / "work", corpus_target)
    assert row["input_unchanged"] is True
    if row.get("apply_exit") == 0:
        # apply said verified: the crate's own commands must agree.
        assert row["own_check"] is True, row["stopped_by"]
        assert row["own_tests"]["passed"] >= crate.baseline_passed, row["stopped_by"]
    assert row["verified"] is True, row["stopped_by"]
