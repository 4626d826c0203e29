"""From measured ``cargo --timings`` unit data to the planner's simulator,
and from measured unit times back to the cost model.

The bench collects the ``UNIT_DATA`` of every clean build of both trees.
Here the tree's own units become :class:`BuildUnit` values (front-end =
time to ``.rmeta``, codegen = the rest; in check mode all of it is
front-end), with the dependencies between the tree's packages from
``cargo metadata`` and each build script compiled, then run, before its
library. Simulating them at the measured job count and comparing with the
measured wall time tells how far the simulator is off; simulating at 4 to
64 jobs predicts a bigger machine. :func:`fit_cost_model` fits the
planner's per-crate overhead and per-token rates to the measured units.

Invariant: a unit's figures are the medians over the runs given.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from crate_split.bench.tree import TreeInfo
from crate_split.splitter.cost import CostModel, UnitTiming
from crate_split.splitter.dag import reach_counts
from crate_split.splitter.schedule import BuildUnit, simulate

#: Job counts the prediction covers besides the one measured.
PREDICTED_JOBS = (1, 4, 8, 16, 64)

_KINDS = {"": "lib", "(check)": "lib", "build-script": "build-script", "build-script (run)": "run"}


def unit_name(package: str, kind: str) -> str:
    """The simulator's name of a unit: the package for a library, else ``package (kind)``."""
    return package if kind == "lib" else f"{package} ({kind})"


def tree_units(reports: Sequence[tuple[UnitTiming, ...]], tree: TreeInfo, mode: str) -> tuple[BuildUnit, ...]:
    """The tree's own units of one or more ``--timings`` reports, median per unit.

    Units of other packages (prebuilt dependencies, shown with no time)
    and targets other than libraries and build scripts are left out.
    """
    samples: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for report in reports:
        for timing in report:
            kind = _KINDS.get(timing.target.strip())
            if timing.name not in tree.packages or kind is None:
                continue
            samples.setdefault((timing.name, kind), []).append(_frontend_codegen(timing, kind, mode))
    present = {unit_name(package, kind) for package, kind in samples}
    units = []
    for (package, kind), values in sorted(samples.items()):
        frontend = statistics.median(v[0] for v in values)
        codegen = statistics.median(v[1] for v in values)
        if kind == "lib":
            wanted = [unit_name(dep, "lib") for dep in tree.depends_on.get(package, ())] + [unit_name(package, "run")]
        elif kind == "run":
            wanted = [unit_name(package, "build-script")]
        else:
            wanted = []
        depends = tuple(sorted(name for name in wanted if name in present))
        units.append(BuildUnit(unit_name(package, kind), frontend, codegen, depends))
    return tuple(units)


def _frontend_codegen(timing: UnitTiming, kind: str, mode: str) -> tuple[float, float]:
    if kind != "lib" or mode == "check" or timing.rmeta_time is None:
        return timing.duration, 0.0
    frontend = min(timing.rmeta_time, timing.duration)
    return frontend, timing.duration - frontend


def makespans(units: tuple[BuildUnit, ...], jobs: Sequence[int], mode: str) -> dict[int, float]:
    """The simulated makespan at each job count."""
    return {count: simulate(units, jobs=count, mode=mode).makespan for count in sorted(set(jobs))}


def critical_chain(units: tuple[BuildUnit, ...], mode: str) -> tuple[str, ...]:
    """The chain of units that decides the makespan with unlimited jobs, first unit first."""
    by_name = {unit.name: unit for unit in units}
    rmeta: dict[str, float] = {}

    def ready(name: str) -> float:
        if name not in rmeta:
            unit = by_name[name]
            start = max((ready(dep) for dep in unit.depends_on), default=0.0)
            rmeta[name] = start + unit.frontend
        return rmeta[name]

    def end(name: str) -> float:
        return ready(name) + (by_name[name].codegen if mode == "build" else 0.0)

    if not units:
        return ()
    chain = [max(by_name, key=lambda name: (end(name), name))]
    while by_name[chain[-1]].depends_on:
        chain.append(max(by_name[chain[-1]].depends_on, key=lambda name: (ready(name), name)))
    return tuple(reversed(chain))


def total_work(units: tuple[BuildUnit, ...], mode: str) -> float:
    """Seconds of rustc work summed over the units (the makespan on one job)."""
    return sum(unit.frontend + (unit.codegen if mode == "build" else 0.0) for unit in units)


@dataclass(frozen=True, slots=True)
class TokenSample:
    """One library unit: its tokens and measured seconds."""

    package: str
    tokens: int
    frontend: float
    codegen: float


def token_samples(
    tokens: Mapping[str, int], check_units: tuple[BuildUnit, ...], build_units: tuple[BuildUnit, ...]
) -> tuple[TokenSample, ...]:
    """Pair each package's tokens with its check time and its build's codegen time."""
    check = {unit.name: unit for unit in check_units}
    build = {unit.name: unit for unit in build_units}
    return tuple(
        TokenSample(package, count, check[package].frontend, build[package].codegen if package in build else 0.0)
        for package, count in sorted(tokens.items())
        if package in check
    )


def fit_cost_model(samples: Sequence[TokenSample], base: CostModel = CostModel()) -> CostModel:
    """Fit ``overhead + tokens x rate`` to the check times, and a codegen rate.

    Least squares over the samples; with fewer than two distinct token
    counts (or a fit that makes the overhead negative) the overhead is
    kept from ``base`` and only the rate is fitted.
    """
    usable = [s for s in samples if s.tokens > 0]
    if not usable:
        return base
    xs = [float(s.tokens) for s in usable]
    ys = [s.frontend for s in usable]
    overhead, rate = base.crate_overhead, None
    if len(set(xs)) >= 2:
        mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
        slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sum(
            (x - mean_x) ** 2 for x in xs
        )
        intercept = mean_y - slope * mean_x
        if slope > 0 and intercept >= 0:
            overhead, rate = intercept, slope
    if rate is None:
        rate = max(sum(y - overhead for y in ys) / sum(xs), 1e-9)
    codegen = sum(s.codegen * s.tokens for s in usable) / sum(float(s.tokens) ** 2 for s in usable)
    return replace(
        base,
        frontend_per_token=rate,
        codegen_per_token=max(codegen, 0.0),
        crate_overhead=overhead,
        source=f"fitted to {len(usable)} measured crate(s) by crate-split bench",
    )


def model_units(tokens: Mapping[str, int], tree: TreeInfo, cost: CostModel) -> tuple[BuildUnit, ...]:
    """What the planner's cost model says the tree's library units cost
    (each charged for the packages of the tree it reaches, as the planner does)."""
    names = [name for name in tree.packages if name in tokens]
    depends_on = {name: tuple(d for d in tree.depends_on[name] if d in tokens) for name in names}
    loaded = reach_counts(names, depends_on.__getitem__)
    return tuple(
        BuildUnit(name, cost.frontend(tokens[name], loaded[name]), cost.codegen(tokens[name]), depends_on[name])
        for name in names
    )


def model_speedup(
    cost: CostModel, original_tokens: Mapping[str, int], split_tokens: Mapping[str, int],
    original: TreeInfo, split: TreeInfo, jobs: int, mode: str,
) -> float:  # fmt: skip
    """The planner's predicted speedup (makespan ratio) of the split at ``jobs``."""
    before = simulate(model_units(original_tokens, original, cost), jobs=jobs, mode=mode).makespan
    after = simulate(model_units(split_tokens, split, cost), jobs=jobs, mode=mode).makespan
    return before / after if after > 0 else 0.0


@dataclass(frozen=True, slots=True)
class ModePrediction:
    """Simulated versus measured builds of both trees in one mode.

    Each predicted wall time is the simulated makespan of the tree's own
    units plus the measured no-op time of cargo in that tree (starting,
    reading the lock file, fingerprinting the prebuilt dependencies).
    """

    mode: str
    #: The job count the builds were measured with.
    jobs: int
    #: Simulated makespan of the original's own units, per job count.
    original: Mapping[int, float]
    #: Simulated makespan of the split's own units, per job count.
    split: Mapping[int, float]
    original_overhead: float
    split_overhead: float
    #: Median measured wall times at ``jobs``.
    measured_original: float
    measured_split: float
    #: The split's chain of units that decides its makespan.
    critical_path: tuple[str, ...]
    #: Seconds of rustc work summed over each tree's units.
    original_work: float
    split_work: float
    #: Median seconds of the facade's own unit.
    facade_seconds: float
    #: The measured units simulated (medians over the runs).
    original_units: tuple[BuildUnit, ...] = ()
    split_units: tuple[BuildUnit, ...] = ()

    def predicted_speedup(self, jobs: int) -> float:
        before = self.original[jobs] + self.original_overhead
        after = self.split[jobs] + self.split_overhead
        return before / after if after > 0 else 0.0

    @property
    def measured_speedup(self) -> float:
        return self.measured_original / self.measured_split if self.measured_split > 0 else 0.0

    @property
    def error(self) -> float:
        """Predicted over measured speedup at the measured job count, minus one."""
        measured = self.measured_speedup
        return self.predicted_speedup(self.jobs) / measured - 1.0 if measured > 0 else 0.0


def predict(
    mode: str, jobs: int, original: tuple[BuildUnit, ...], split: tuple[BuildUnit, ...], facade: str,
    measured: tuple[float, float], overheads: tuple[float, float],
) -> ModePrediction:  # fmt: skip
    """Simulate both trees' measured units at ``jobs`` and at :data:`PREDICTED_JOBS`."""
    counts = (jobs, *PREDICTED_JOBS)
    facade_unit = next((unit for unit in split if unit.name == facade), None)
    return ModePrediction(
        mode=mode,
        jobs=jobs,
        original=makespans(original, counts, mode),
        split=makespans(split, counts, mode),
        original_overhead=overheads[0],
        split_overhead=overheads[1],
        measured_original=measured[0],
        measured_split=measured[1],
        critical_path=critical_chain(split, mode),
        original_work=total_work(original, mode),
        split_work=total_work(split, mode),
        facade_seconds=total_work((facade_unit,), mode) if facade_unit else 0.0,
        original_units=original,
        split_units=split,
    )
