"""Repeated wall times of the bench, summarised as a median and a spread.

One :class:`Timing` holds the runs of one tree in one phase; a
:class:`Phase` pairs the original's with the split's, and its ratio is the
speedup of the split (above one: the split is faster).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Timing:
    """Wall seconds of the runs of one command, in the order they ran."""

    runs: tuple[float, ...]
    #: CPU seconds of each run (cargo, rustc and build scripts), when measured.
    cpu: tuple[float, ...] = ()

    @classmethod
    def of(cls, measured) -> Timing:
        """From :class:`~.cargo_runs.Measured` values."""
        measured = tuple(measured)
        return cls(tuple(m.wall for m in measured), tuple(m.cpu for m in measured))

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu) if self.cpu else 0.0

    @property
    def median(self) -> float:
        return statistics.median(self.runs) if self.runs else 0.0

    @property
    def low(self) -> float:
        return min(self.runs, default=0.0)

    @property
    def high(self) -> float:
        return max(self.runs, default=0.0)


@dataclass(frozen=True, slots=True)
class Phase:
    """The same step timed on the original and on the split."""

    #: ``check``, ``build``, ``noop-check``, ``incremental-leaf-build``, ...
    name: str
    original: Timing
    split: Timing
    #: What was touched, for the incremental phases.
    note: str = ""

    @property
    def ratio(self) -> float:
        """Original median over split median: the split's speedup."""
        return self.original.median / self.split.median if self.split.median > 0 else 0.0

    @property
    def cpu_ratio(self) -> float:
        """Split CPU median over original CPU median: how much more work the split does."""
        return self.split.cpu_median / self.original.cpu_median if self.original.cpu_median > 0 else 0.0
