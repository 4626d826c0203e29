"""Values the planner derives from the crate model many times per plan.

One plan asks for the same per-model values (the items' weighted tokens,
the facade's tokens, the rules) from every unit trial and every scorer; a
function decorated with :func:`per_model` computes its value once and
keeps it for the last model it was given, recognised by identity (models
are frozen; a changed model is a new object).

Invariant: a kept value is immutable (a tuple, a number, a read-only
mapping), so no caller can change what the next one gets.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from crate_split.analysis import CrateModel

_Value = TypeVar("_Value")


def per_model(compute: Callable[[CrateModel], _Value]) -> Callable[[CrateModel], _Value]:
    """``compute`` answering again from memory for the model it last saw."""
    last: list[tuple[CrateModel, _Value]] = []

    @functools.wraps(compute)
    def remembered(model: CrateModel) -> _Value:
        if last and last[0][0] is model:
            return last[0][1]
        value = compute(model)
        last[:] = [(model, value)]
        return value

    return remembered
