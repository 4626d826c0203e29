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
from dataclasses import dataclass

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


def critical_path(units: tuple[BuildUnit, ...], *, mode: str = "check") -> float:
    """The makespan with unlimited jobs: the longest chain of work."""
    return simulate(units, jobs=len(units) or 1, mode=mode).makespan


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
    dependents: dict[str, list[str]] = {name: [] for name in by_name}
    for unit in units:
        for dependency in sorted(set(unit.depends_on)):
            if dependency not in by_name:
                raise ValueError(f"{unit.name} depends on unknown unit {dependency}")
            dependents[dependency].append(unit.name)

    def duration(unit: BuildUnit) -> float:
        return unit.frontend + (unit.codegen if mode == "build" else 0.0)

    # The longest chain of work from each unit's start to the end of the
    # build, computed from the last units back (no recursion: a cycle is
    # found here, and long chains do not exhaust the stack).
    tail: dict[str, float] = {}
    for name in reversed(_topological_order(units, dependents)):
        unit = by_name[name]
        tail[name] = unit.frontend + max((tail[d] for d in dependents[name]), default=duration(unit) - unit.frontend)

    waiting = {unit.name: len(set(unit.depends_on)) for unit in units}
    ready: list[tuple[float, str]] = [(-tail[name], name) for name, count in waiting.items() if count == 0]
    heapq.heapify(ready)
    running: list[tuple[float, int, str, str]] = []  # (time, order, event, name)
    spans: dict[str, tuple[float, float]] = {}
    now = 0.0
    busy = 0
    order = 0
    finished = 0
    while ready or running:
        while ready and busy < jobs:
            _, name = heapq.heappop(ready)
            unit = by_name[name]
            busy += 1
            heapq.heappush(running, (now + unit.frontend, order, "rmeta", name))
            heapq.heappush(running, (now + duration(unit), order + 1, "done", name))
            order += 2
            spans[name] = (now, now + duration(unit))
        if not running:
            break
        now, _, event, name = heapq.heappop(running)
        if event == "rmeta":
            for dependent in sorted(dependents[name]):
                waiting[dependent] -= 1
                if waiting[dependent] == 0:
                    heapq.heappush(ready, (-tail[dependent], dependent))
        else:
            busy -= 1
            finished += 1
    if finished != len(units):
        raise ValueError("the units' dependencies form a cycle")
    makespan = max((end for _, end in spans.values()), default=0.0)
    return Schedule(jobs, makespan, spans)


def _topological_order(units: tuple[BuildUnit, ...], dependents: Mapping[str, list[str]]) -> list[str]:
    """Units with every dependency before its dependents (Kahn's algorithm).

    Raises:
        ValueError: the dependencies form a cycle.
    """
    waiting = {unit.name: len(set(unit.depends_on)) for unit in units}
    order = sorted(name for name, count in waiting.items() if count == 0)
    for name in order:
        for dependent in dependents[name]:
            waiting[dependent] -= 1
            if waiting[dependent] == 0:
                order.append(dependent)
    if len(order) != len(waiting):
        raise ValueError("the units' dependencies form a cycle")
    return order
