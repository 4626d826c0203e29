"""A simulation of cargo's schedule, to predict what a split buys.

Cargo runs at most N rustc processes at once; a crate may start once the
``.rmeta`` of each dependency is written (pipelining). In ``check`` mode a
crate is done at its ``.rmeta``; in ``build`` mode it then keeps its job
slot for code generation. Ready crates start in order of the longest chain
of work still behind them (ties by name), which is close to what cargo's
own priority achieves. Dependencies outside the crate are taken as prebuilt.

Invariant: the simulation is deterministic for the same input.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping
from dataclasses import dataclass, field

JOB_COUNTS = (1, 2, 4, 8, 16, 64)


@dataclass(frozen=True, slots=True)
class BuildUnit:
    name: str
    #: Seconds until the ``.rmeta`` is ready.
    frontend: float
    #: Seconds of code generation after that.
    codegen: float
    depends_on: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Schedule:
    jobs: int
    makespan: float
    #: Start and end second of each unit.
    spans: Mapping[str, tuple[float, float]]


#: Events of the simulation: a unit's ``.rmeta`` is written, it is done, or both at once.
_RMETA, _DONE, _BOTH = 0, 1, 2


def critical_path(units: tuple[BuildUnit, ...], *, mode: str = "check") -> float:
    """The makespan with unlimited jobs: the longest chain of work."""
    return simulate(units, jobs=len(units) or 1, mode=mode).makespan


@dataclass(frozen=True, slots=True)
class IndexedUnits:
    """Units numbered ``0..n-1`` in the order that breaks ties between
    ready units (the first wins), with their dependencies as numbers: what
    :func:`simulate` works on, built once when many schedules of related
    units are wanted (the planner's merge search)."""

    #: Seconds until each unit's ``.rmeta``.
    frontend: tuple[float, ...]
    #: Seconds of each unit's code generation after that.
    codegen: tuple[float, ...]
    #: Each unit's dependencies, by number, without repeats.
    dependencies: tuple[frozenset[int], ...]
    #: Each unit's dependents, ascending (derived).
    dependents: tuple[tuple[int, ...], ...] = field(init=False, compare=False)
    #: Every dependency before its dependents, or ``None`` on a cycle (derived).
    order: tuple[int, ...] | None = field(init=False, compare=False)

    def __post_init__(self) -> None:
        dependents: list[list[int]] = [[] for _ in self.frontend]
        for unit, dependencies in enumerate(self.dependencies):
            for dependency in dependencies:
                dependents[dependency].append(unit)
        object.__setattr__(self, "dependents", tuple(map(tuple, dependents)))
        object.__setattr__(self, "order", _topological_order(self.dependencies, self.dependents))


def simulate(units: tuple[BuildUnit, ...], *, jobs: int, mode: str = "check") -> Schedule:
    """Simulate building ``units`` with ``jobs`` parallel rustc processes.

    Args:
        units: the crates to build, with their dependencies (by name).
        jobs: the number of parallel jobs (cargo's ``-j``).
        mode: ``check`` (done at ``.rmeta``) or ``build`` (then codegen).

    Returns:
        The schedule: makespan and each unit's start and end.

    Raises:
        ValueError: the dependencies form a cycle or name unknown units, or
            ``jobs`` is below one.
    """
    if jobs < 1:
        raise ValueError(f"cannot build with {jobs} jobs")
    by_name = {unit.name: unit for unit in units}
    for unit in units:
        for dependency in unit.depends_on:
            if dependency not in by_name:
                raise ValueError(f"{unit.name} depends on unknown unit {dependency}")
    # Ready units start by name among equals: number them in name order.
    names = sorted(by_name)
    number = {name: index for index, name in enumerate(names)}
    indexed = IndexedUnits(
        frontend=tuple(by_name[name].frontend for name in names),
        codegen=tuple(by_name[name].codegen for name in names),
        dependencies=tuple(frozenset(number[d] for d in by_name[name].depends_on) for name in names),
    )
    starts = simulate_indexed(indexed, jobs=jobs, mode=mode)
    spans = {names[i]: (start, start + _duration(indexed, i, mode)) for i, start in starts}
    makespan = max((end for _, end in spans.values()), default=0.0)
    return Schedule(jobs, makespan, spans)


def makespan_indexed(units: IndexedUnits, *, jobs: int, mode: str = "check") -> float:
    """The makespan of :func:`simulate_indexed`'s schedule."""
    return _run(units, jobs, mode, None)


def critical_path_indexed(units: IndexedUnits, *, mode: str = "check") -> float:
    """The makespan of :func:`makespan_indexed` with a job for every unit,
    in one pass over the dependencies first order: with no unit ever
    waiting for a job, a unit starts when the last ``.rmeta`` it needs is
    written. The same sums as the simulation's, so the same float.

    Raises:
        ValueError: the dependencies form a cycle.
    """
    if units.order is None:
        raise ValueError("the units' dependencies form a cycle")
    frontend = units.frontend
    codegen = units.codegen
    dependencies = units.dependencies
    rmeta = [0.0] * len(frontend)
    makespan = 0.0
    for unit in units.order:
        start = max([rmeta[d] for d in dependencies[unit]], default=0.0)
        rmeta[unit] = start + frontend[unit]
        end = start + (frontend[unit] + codegen[unit] if mode == "build" else frontend[unit])
        if end > makespan:
            makespan = end
    return makespan


def _duration(units: IndexedUnits, index: int, mode: str) -> float:
    return units.frontend[index] + (units.codegen[index] if mode == "build" else 0.0)


def simulate_indexed(units: IndexedUnits, *, jobs: int, mode: str = "check") -> list[tuple[int, float]]:
    """The schedule of :func:`simulate` for numbered units: each unit's
    number and start second, in the order they start.

    Raises:
        ValueError: the dependencies form a cycle, or ``jobs`` is below one.
    """
    starts: list[tuple[int, float]] = []
    _run(units, jobs, mode, starts)
    return starts


def _run(units: IndexedUnits, jobs: int, mode: str, starts: list[tuple[int, float]] | None) -> float:
    """Simulate; return the makespan and add each start to ``starts``."""
    if jobs < 1:
        raise ValueError(f"cannot build with {jobs} jobs")
    if units.order is None:
        raise ValueError("the units' dependencies form a cycle")
    count = len(units.frontend)
    frontend = units.frontend
    codegen = units.codegen
    duration = [frontend[i] + codegen[i] for i in range(count)] if mode == "build" else list(frontend)
    dependents = units.dependents
    waiting = [len(dependencies) for dependencies in units.dependencies]

    # The longest chain of work from each unit's start to the end of the
    # build, computed from the last units back (no recursion, so long
    # chains do not exhaust the stack).
    tail = [0.0] * count
    for unit in reversed(units.order):
        following = dependents[unit]
        if following:
            tail[unit] = frontend[unit] + max([tail[d] for d in following])
        else:
            tail[unit] = frontend[unit] + (duration[unit] - frontend[unit])

    ready: list[tuple[float, int]] = [(-tail[unit], unit) for unit in range(count) if waiting[unit] == 0]
    heapq.heapify(ready)
    # (time, order, event, unit); the order keeps an rmeta before its done.
    # A unit done at its rmeta (a check) has one event for both: nothing
    # else can happen between the two, which are next to each other.
    running: list[tuple[float, int, int, int]] = []
    now = 0.0
    makespan = 0.0
    busy = 0
    order = 0
    push, pop = heapq.heappush, heapq.heappop
    while ready or running:
        while ready and busy < jobs:
            unit = pop(ready)[1]
            busy += 1
            rmeta, end = now + frontend[unit], now + duration[unit]
            if end == rmeta:
                push(running, (rmeta, order, _BOTH, unit))
            else:
                push(running, (rmeta, order, _RMETA, unit))
                push(running, (end, order + 1, _DONE, unit))
            order += 2
            if end > makespan:
                makespan = end
            if starts is not None:
                starts.append((unit, now))
        if not running:
            break
        now, _, event, unit = pop(running)
        if event != _DONE:
            for dependent in dependents[unit]:
                waiting[dependent] -= 1
                if waiting[dependent] == 0:
                    push(ready, (-tail[dependent], dependent))
        if event != _RMETA:
            busy -= 1
    return makespan


def _topological_order(
    dependencies: tuple[frozenset[int], ...], dependents: tuple[tuple[int, ...], ...]
) -> tuple[int, ...] | None:
    """Units with every dependency before its dependents (Kahn's
    algorithm); ``None`` when the dependencies form a cycle."""
    left = [len(d) for d in dependencies]
    order = [unit for unit, count in enumerate(left) if count == 0]
    for unit in order:
        for dependent in dependents[unit]:
            left[dependent] -= 1
            if left[dependent] == 0:
                order.append(dependent)
    return tuple(order) if len(order) == len(left) else None
