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
from enum import Enum
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

#: What a syntax node that rustc parses but a ``#[cfg]`` that is off leaves
#: out costs, relative to a node of code: fitted with ``DATA_TOKEN_WEIGHT``
#: to the same measured units (``docs/planning.md``, "Parsed, not
#: compiled").
PARSED_TOKEN_WEIGHT = 0.06

#: Seconds a crate costs apart from its code, at the planner's front-end
#: rate: rustc's start and std's metadata, and cargo's work per unit.
#: Measured by ``benchmarks/crate_overhead.py`` (``docs/planning.md``,
#: "Fixed costs"): 0.017 to 0.020 s of CPU for an empty library and for the
#: smallest members of real splits, on a machine where the planner's
#: prediction of a whole crate's check is 1.4 (rkyv), 2.5 (regex-syntax) and
#: 3.9 (encoding_rs) times its measured CPU seconds; at the median 2.5,
#: 0.045 s.
CRATE_OVERHEAD = 0.045

#: Seconds each member crate a crate reaches through its dependencies adds
#: to its front end (rustc loads the metadata of every crate in the
#: dependency graph), at the planner's rate: 0.24 ms of CPU per dependency
#: of 200 items measured by ``benchmarks/crate_overhead.py``, times 2.5.
DEPENDENCY_OVERHEAD = 0.0006


@dataclass(frozen=True, slots=True)
class CostModel:
    """Seconds a rustc invocation takes, as a function of tokens."""

    #: Seconds of front-end work per token.
    frontend_per_token: float = 1.35e-5
    #: Seconds of code generation per token (debug build).
    codegen_per_token: float = 1.0e-5
    #: Fixed seconds per crate (process start, std metadata, cargo's unit).
    crate_overhead: float = CRATE_OVERHEAD
    #: Seconds per member crate a crate depends on, directly or not (loading its metadata).
    dependency_overhead: float = DEPENDENCY_OVERHEAD
    #: Seconds to compile and run the build script, paid by each crate that
    #: gets a copy (an ``autocfg`` probe measured 0.20 to 0.25 s).
    build_script: float = 0.2
    #: Where the figures came from, for the report.
    source: str = "default"

    def frontend(self, tokens: int, dependencies: int = 0) -> float:
        """Seconds until the ``.rmeta`` of a crate of ``tokens`` that
        depends on ``dependencies`` member crates, directly or not."""
        return self.crate_overhead + dependencies * self.dependency_overhead + tokens * self.frontend_per_token

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


class Presence(Enum):
    """What rustc does with an item in a default build."""

    #: Compiled: no ``#[cfg]`` that is off applies.
    COMPILED = "compiled"
    #: Parsed only: a ``#[cfg]`` that is off leaves it out, but its file is
    #: read (it is in an inline module, or the ``#[cfg]`` is on the item or
    #: inside its module's file).
    PARSED = "parsed"
    #: Never read: a ``#[cfg]`` that is off is on the ``mod x;`` that would load its file.
    UNREAD = "unread"


@per_model
def item_presence(model: CrateModel) -> Mapping[ItemId, Presence]:
    """What a default ``cargo build`` does with each item (``#[cfg(test)]``
    code is left out like any other ``#[cfg]`` that is off)."""
    features = enabled_features(model.manifest.features)
    compiled: dict[ModulePath, bool] = {}
    read: dict[ModulePath, bool] = {}
    for path in sorted(model.modules, key=len):
        module = model.modules[path]
        parent = path[:-1]
        compiled[path] = (compiled.get(parent, True) if path else True) and all(
            evaluate_cfg(c, features) for c in module.cfg
        )
        outer_cfg = [c for c in module.cfg if c not in module.inner_cfg]
        read[path] = (read.get(parent, True) if path else True) and (
            module.is_inline or all(evaluate_cfg(c, features) for c in outer_cfg)
        )
    result = {}
    for item_id, item in model.items.items():
        if compiled.get(item_id.module, True) and all(evaluate_cfg(c, features) for c in item.cfg):
            result[item_id] = Presence.COMPILED
        elif read.get(item_id.module, True):
            result[item_id] = Presence.PARSED
        else:
            result[item_id] = Presence.UNREAD
    return MappingProxyType(result)


@per_model
def effective_tokens(model: CrateModel) -> Mapping[ItemId, int]:
    """Tokens of each item that a default ``cargo build`` costs, weighted
    (read-only, computed once per model).

    Tokens of literal data count ``DATA_TOKEN_WEIGHT`` each, tokens that
    rustc parses but a ``#[cfg]`` leaves out ``PARSED_TOKEN_WEIGHT`` (so
    ``#[cfg(test)]`` code in a file counts a little), tokens it never reads
    zero; rounded per item. Whether an item holds code a build compiles is
    :func:`code_tokens`, not a weight above zero.
    """
    return _tokens(model, parsed_weight=PARSED_TOKEN_WEIGHT)


@per_model
def code_tokens(model: CrateModel) -> Mapping[ItemId, int]:
    """Tokens of each item that a default ``cargo build`` compiles, literal
    data weighted: :func:`effective_tokens` with parsed-only items at zero.
    What the planner asks when it needs to know whether a part holds code."""
    return _tokens(model, parsed_weight=0.0)


def _tokens(model: CrateModel, *, parsed_weight: float) -> Mapping[ItemId, int]:
    result = {}
    for item_id, presence in item_presence(model).items():
        item = model.items[item_id]
        # A `mod` item's size is its items' sizes, which count on their own.
        if item_id.kind is ItemKind.MODULE or presence is Presence.UNREAD:
            result[item_id] = 0
        elif presence is Presence.PARSED:
            result[item_id] = round(item.tokens * parsed_weight)
        else:
            result[item_id] = weighted_tokens(item.tokens, item.data_tokens)
    return MappingProxyType(result)


def weighted_tokens(tokens: int, data_tokens: int) -> int:
    """``tokens`` of which ``data_tokens`` are literal data, in code tokens."""
    return tokens - data_tokens + round(data_tokens * DATA_TOKEN_WEIGHT)
