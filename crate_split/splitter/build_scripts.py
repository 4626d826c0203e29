"""Which items need the crate's build script, and its cost in a simulated build.

A member crate gets a copy of the original's ``build.rs`` when its code
relies on it (:mod:`crate_split.rewrite.build_script` decides from the
files written): a ``cfg`` the script emits, or a file it writes to
``OUT_DIR``. Each copy is compiled and run before its member starts, so
a plan pays the script once per member that gets one. The planner judges
this from the analysis: items whose ``cfg`` (or a module's around them)
names something only a build script sets, and items holding an
``include!`` of a file under ``OUT_DIR``.
"""

from __future__ import annotations

from collections.abc import Iterable

from crate_split.analysis import CrateModel
from crate_split.analysis.cfg import custom_cfg_names
from crate_split.model import ItemId
from crate_split.splitter.model_memo import per_model
from crate_split.splitter.schedule import BuildUnit


@per_model
def script_items(model: CrateModel) -> frozenset[ItemId]:
    """Items whose crate needs the build script (none without one;
    computed once per model)."""
    if not model.manifest.has_build_script:
        return frozenset()
    custom_modules = {path for path, module in model.modules.items() if any(custom_cfg_names(c) for c in module.cfg)}
    out_dir_reads = [include.span for include in model.includes if include.reads_out_dir]
    found = set()
    for item_id, item in model.items.items():
        in_custom_module = any(item_id.module[:length] in custom_modules for length in range(len(item_id.module) + 1))
        if in_custom_module or any(custom_cfg_names(c) for c in item.cfg):
            found.add(item_id)
        elif any(
            span.file == item.span.file and item.span.start <= span.start < item.span.end for span in out_dir_reads
        ):
            found.add(item_id)
    return frozenset(found)


def script_unit_name(crate: str) -> str:
    return f"{crate} (build script)"


def with_build_scripts(units: Iterable[BuildUnit], needing: Iterable[str], seconds: float) -> tuple[BuildUnit, ...]:
    """``units`` where each crate of ``needing`` first waits for its build
    script: a unit of ``seconds`` (compiling and running it) that depends
    on nothing, since external dependencies are taken as prebuilt."""
    wanted = set(needing)
    result = []
    for unit in units:
        if unit.name in wanted and seconds > 0:
            script = script_unit_name(unit.name)
            result.append(BuildUnit(script, seconds, 0.0, ()))
            unit = BuildUnit(unit.name, unit.frontend, unit.codegen, (*unit.depends_on, script))
        result.append(unit)
    return tuple(result)
