"""The split plan as a value: which crate every item goes to, and why.

Produced by the planner or read from a plan file a person edited; consumed
by the report, the plan file writer and (later) the rewrite stage.

Invariant: every item of the crate is in exactly one crate; the facade
(the original crate name) depends on every member and no member depends on
the facade.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from crate_split.analysis.item_graph import EdgeKind
from crate_split.model import ItemId, ModulePath, Span


@dataclass(frozen=True, slots=True)
class PlannedCrate:
    name: str
    #: Module subtree roots (``own`` roots hold only that module) it holds.
    modules: tuple[ModulePath, ...]
    items: tuple[ItemId, ...]
    lines: int
    tokens: int
    #: Names of member crates it depends on, sorted.
    depends_on: tuple[str, ...]
    is_facade: bool = False


@dataclass(frozen=True, slots=True)
class Hop:
    """One edge of an explanation chain."""

    dependent: ItemId
    dependency: ItemId
    kind: EdgeKind
    span: Span | None
    detail: str = ""

    def render(self) -> str:
        where = self.span.location() if self.span else "rule"
        return f"{self.dependent.qualified()} -> {self.dependency.qualified()} ({where}, {self.kind})"


@dataclass(frozen=True, slots=True)
class ItemMove:
    """Items taken out of their module's crate to break a cycle."""

    items: tuple[ItemId, ...]
    from_module: ModulePath
    to_crate: str
    reason: str
    #: The references that made the move necessary (first few).
    chain: tuple[Hop, ...]


@dataclass(frozen=True, slots=True)
class ForcedMerge:
    """Modules that must share a crate because they form a cycle or a rule ties them."""

    modules: tuple[ModulePath, ...]
    crate: str
    reason: str
    chain: tuple[Hop, ...]


@dataclass(frozen=True, slots=True)
class VisibilityBump:
    """An item used from another crate that is not ``pub`` today."""

    item: ItemId
    visibility: str
    used_from: str
    span: Span


@dataclass(frozen=True, slots=True)
class Prediction:
    jobs: int
    original_check: float
    planned_check: float
    original_build: float
    planned_build: float

    @property
    def check_speedup(self) -> float:
        return self.original_check / self.planned_check if self.planned_check else 1.0

    @property
    def build_speedup(self) -> float:
        return self.original_build / self.planned_build if self.planned_build else 1.0


@dataclass(frozen=True, slots=True)
class SplitPlan:
    crate_name: str
    package: str
    crates: tuple[PlannedCrate, ...]
    assignment: Mapping[ItemId, str]
    moves: tuple[ItemMove, ...]
    merges: tuple[ForcedMerge, ...]
    bumps: tuple[VisibilityBump, ...]
    predictions: tuple[Prediction, ...]
    #: Crates on the longest chain of the planned build, and its seconds.
    critical_path: tuple[str, ...]
    critical_seconds: float
    cost_source: str
    #: Why the plan has fewer crates than it could, when it does.
    notes: tuple[str, ...] = ()
    #: The prediction at the job count the plan was made for.
    target: Prediction | None = None

    @property
    def facade(self) -> PlannedCrate:
        return next(c for c in self.crates if c.is_facade)

    @property
    def members(self) -> tuple[PlannedCrate, ...]:
        return tuple(c for c in self.crates if not c.is_facade)

    def crate_of(self, item: ItemId) -> str:
        return self.assignment[item]

    def payoff_warning(self) -> str | None:
        """One line when the split is not predicted to make a clean check
        faster at the job count it was made for, else ``None``."""
        target = self.target
        if target is None or target.check_speedup >= 1.0:
            return None
        return (
            f"the split is not predicted to pay: a clean check at {target.jobs} job(s) is predicted at "
            f"{target.check_speedup:.2f}x the original's speed ({target.planned_check:.2f}s against "
            f"{target.original_check:.2f}s)"
        )
