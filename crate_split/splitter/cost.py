"""The cost model: how long rustc takes on a crate of a given size.

A crate costs a fixed overhead plus a time per token, split into a
front-end share (until the ``.rmeta`` is written, all that ``cargo check``
does) and a code-generation share. The defaults come from timing the real
crates of ``docs/performance.md`` on this project's machines;
:func:`calibrate_from_timings` fits them to a ``cargo build --timings``
report of the user's own crate.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

from crate_split.analysis import CrateModel
from crate_split.analysis.cfg import enabled_features, evaluate_cfg
from crate_split.errors import InvalidInput
from crate_split.model import ItemId, ItemKind, ModulePath
from crate_split.splitter.model_memo import per_model

#: What a syntax node of literal data (an array of literals, counted by
#: ``analysis/literal_data.py``) costs rustc's front end, relative to a node
#: of code: fitted to the measured member units of three open-corpus splits
#: (``docs/planning.md``, "Literal data").
DATA_TOKEN_WEIGHT = 0.33


@dataclass(frozen=True, slots=True)
class CostModel:
    """Seconds a rustc invocation takes, as a function of tokens."""

    #: Seconds of front-end work per token.
    frontend_per_token: float = 1.35e-5
    #: Seconds of code generation per token (debug build).
    codegen_per_token: float = 1.0e-5
    #: Fixed seconds per crate (process start, std metadata, linking rmeta).
    crate_overhead: float = 0.04
    #: Seconds to compile and run the build script, paid by each crate that
    #: gets a copy (an ``autocfg`` probe measured 0.20 to 0.25 s).
    build_script: float = 0.2
    #: Where the figures came from, for the report.
    source: str = "default"

    def frontend(self, tokens: int) -> float:
        return self.crate_overhead + tokens * self.frontend_per_token

    def codegen(self, tokens: int) -> float:
        return tokens * self.codegen_per_token


@dataclass(frozen=True, slots=True)
class UnitTiming:
    """One unit of a ``cargo build --timings`` report."""

    name: str
    target: str
    #: Total seconds of the rustc invocation.
    duration: float
    #: Seconds until the ``.rmeta`` was ready (``None`` when not pipelined).
    rmeta_time: float | None


_UNIT_DATA = re.compile(r"const\s+UNIT_DATA\s*=\s*(\[.*?\]);", re.S)


def parse_timings_html(html: str) -> tuple[UnitTiming, ...]:
    """Read the ``UNIT_DATA`` array of a ``cargo-timing.html`` report.

    Raises:
        InvalidInput: the file holds no ``UNIT_DATA``, or one that is not a
            list of units with numbers of seconds.
    """
    match = _UNIT_DATA.search(html)
    if match is None:
        raise InvalidInput("the timings file has no UNIT_DATA (is it cargo's --timings HTML?)")
    try:
        data = json.loads(match.group(1))
    except json.JSONDecodeError as error:
        raise InvalidInput(f"the timings file's UNIT_DATA is not JSON: {error}") from error
    if not isinstance(data, list) or not all(isinstance(unit, dict) for unit in data):
        raise InvalidInput("the timings file's UNIT_DATA is not a list of units")
    units = []
    for index, unit in enumerate(data):
        units.append(
            UnitTiming(
                name=str(unit.get("name", "")),
                target=str(unit.get("target", "")).strip(),
                duration=_seconds(unit.get("duration", 0.0), f"UNIT_DATA[{index}].duration"),
                rmeta_time=_rmeta_time(unit, index),
            )
        )
    return tuple(units)


def _seconds(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidInput(f"the timings file's {where} is {value!r}, not a number of seconds")
    return float(value)


def _rmeta_time(unit: dict, index: int) -> float | None:
    """Seconds until the unit's ``.rmeta``: its ``rmeta_time`` (older cargo)
    or the end of its ``frontend`` section (cargo 1.9x writes ``sections``)."""
    if unit.get("rmeta_time") is not None:
        return _seconds(unit["rmeta_time"], f"UNIT_DATA[{index}].rmeta_time")
    sections = unit.get("sections") or ()
    for section in sections if isinstance(sections, list) else ():
        if (
            isinstance(section, list)
            and len(section) == 2
            and section[0] == "frontend"
            and isinstance(section[1], dict)
        ):
            return _seconds(section[1].get("end", 0.0), f"UNIT_DATA[{index}] frontend end")
    return None


def calibrate_from_timings(base: CostModel, timings: tuple[UnitTiming, ...], crate: str, tokens: int) -> CostModel:
    """Fit per-token costs to the measured library unit of ``crate``.

    The overhead is kept; the rest of the measured front-end and codegen
    time is divided by the crate's tokens.

    Raises:
        InvalidInput: the report has no library unit of ``crate``.
    """
    wanted = crate.replace("-", "_")
    unit = next(
        (u for u in timings if u.name.replace("-", "_") == wanted and u.target in ("", "lib")),
        None,
    ) or next((u for u in timings if u.name.replace("-", "_") == wanted), None)
    if unit is None:
        raise InvalidInput(f"the timings file has no unit for {crate}")
    if tokens <= 0:
        return base
    rmeta = unit.rmeta_time if unit.rmeta_time is not None else unit.duration * 0.5
    frontend = max(rmeta - base.crate_overhead, 0.01)
    codegen = max(unit.duration - rmeta, 0.0)
    return replace(
        base,
        frontend_per_token=frontend / tokens,
        codegen_per_token=codegen / tokens,
        source=f"calibrated from cargo --timings ({unit.name}: {unit.duration:.2f}s, rmeta at {rmeta:.2f}s)",
    )


@per_model
def effective_tokens(model: CrateModel) -> Mapping[ItemId, int]:
    """Tokens of each item that a default ``cargo build`` compiles, weighted
    (read-only, computed once per model).

    Items behind a ``#[cfg]`` that is off with the default features (or in
    such a module), and ``#[cfg(test)]`` code, count zero. Tokens of literal
    data count ``DATA_TOKEN_WEIGHT`` each, rounded per item.
    """
    features = enabled_features(model.manifest.features)
    active_modules: dict[ModulePath, bool] = {}
    for path in sorted(model.modules, key=len):
        module = model.modules[path]
        parent_active = active_modules.get(path[:-1], True) if path else True
        active_modules[path] = parent_active and all(evaluate_cfg(c, features) for c in module.cfg)
    result = {}
    for item_id, item in model.items.items():
        active = active_modules.get(item_id.module, True) and all(evaluate_cfg(c, features) for c in item.cfg)
        # A `mod` item's size is its items' sizes, which count on their own.
        result[item_id] = (
            weighted_tokens(item.tokens, item.data_tokens) if active and item_id.kind is not ItemKind.MODULE else 0
        )
    return MappingProxyType(result)


def weighted_tokens(tokens: int, data_tokens: int) -> int:
    """``tokens`` of which ``data_tokens`` are literal data, in code tokens."""
    return tokens - data_tokens + round(data_tokens * DATA_TOKEN_WEIGHT)
