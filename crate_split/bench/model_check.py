"""The planner's prediction against the bench, and a cost model fitted to it.

The planner predicts a split's speedup from token counts and its cost
model (:mod:`crate_split.splitter.cost`). Here both trees are analysed
(read only, no code run) to count each package's effective tokens; the
planner's default model then predicts the speedup at the measured job
count, and :func:`~.timings.fit_cost_model` fits the per-crate
overhead and per-token rates to the measured units of both trees, which
is what ``plan --timings`` would need to be right on this machine.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from crate_split.analysis import analyze_crate, load_source_tree
from crate_split.bench.timings import TokenSample, fit_cost_model, model_speedup
from crate_split.bench.tree import TreeInfo
from crate_split.errors import CrateSplitError
from crate_split.splitter.cost import CostModel, effective_tokens
from crate_split.splitter.schedule import BuildUnit


@dataclass(frozen=True, slots=True)
class ModelComparison:
    """Token-based predictions versus the measured speedup, per mode."""

    #: Effective tokens of each package of the split (facade included).
    tokens: Mapping[str, int]
    original_tokens: int
    default: CostModel
    fitted: CostModel
    #: Predicted speedup at the measured job count, per mode.
    default_speedup: Mapping[str, float]
    fitted_speedup: Mapping[str, float]
    measured_speedup: Mapping[str, float]

    def error(self, mode: str, fitted: bool = False) -> float:
        """Predicted over measured speedup, minus one."""
        predicted = (self.fitted_speedup if fitted else self.default_speedup)[mode]
        measured = self.measured_speedup[mode]
        return predicted / measured - 1.0 if measured > 0 else 0.0


def package_tokens(tree: TreeInfo) -> dict[str, int]:
    """Effective tokens of each package of the tree (packages the analysis cannot read are left out)."""
    tokens = {}
    for name in tree.packages:
        try:
            model = analyze_crate(load_source_tree(tree.package_dirs[name]))
        except CrateSplitError:
            continue
        tokens[name] = sum(effective_tokens(model).values())
    return tokens


def compare_model(
    original: TreeInfo, split: TreeInfo, units: Mapping[tuple[str, str], tuple[BuildUnit, ...]],
    measured: Mapping[str, float], jobs: int, base: CostModel = CostModel(),
) -> ModelComparison | None:  # fmt: skip
    """Analyse both trees, predict with ``base`` and with a model fitted to ``units``.

    Args:
        units: the measured units per (``original``|``split``, mode).
        measured: the measured speedup per mode.

    Returns:
        ``None`` when the original cannot be analysed.
    """
    before, after = package_tokens(original), package_tokens(split)
    if original.package not in before or not after:
        return None
    samples = []
    for tree_name, tokens in (("original", before), ("split", after)):
        check = {u.name: u for u in units[(tree_name, "check")]}
        build = {u.name: u for u in units[(tree_name, "build")]}
        for name, count in tokens.items():
            if name in check:
                samples.append(
                    TokenSample(name, count, check[name].frontend, build[name].codegen if name in build else 0.0)
                )
    fitted = fit_cost_model(samples, base)
    modes = sorted(measured)

    def speedups(cost: CostModel) -> dict[str, float]:
        return {mode: model_speedup(cost, before, after, original, split, jobs, mode) for mode in modes}

    return ModelComparison(
        after, before[original.package], base, fitted, speedups(base), speedups(fitted), dict(measured)
    )
