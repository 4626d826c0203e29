"""The garbage collector while a report is derived from an analysed crate.

The analysis leaves millions of objects (syntax facts, items, the item
graph) that live as long as the model. Planning allocates many more (graph
copies, unit trials), and each time the new objects reach a quarter of
the old ones Python's collector walks the whole heap, the model included,
looking for reference cycles: on a 5 MB crate that was half of the
planning's CPU time, and freezing the model (:func:`gc.freeze`) saved only
a third of it, the planning's own objects being walked instead.

Planning's garbage is freed by reference counting (values, lists and dicts
that refer to nothing that refers back), so :func:`cycles_left_for_later`
turns the cycle collector off while the report is derived and back on
after; a cycle made meanwhile is collected then, as it would have been at
some later collection anyway.

Invariant: the collector is on after the block exactly when it was on
before it.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def cycles_left_for_later() -> Iterator[None]:
    """No cycle collection inside the block (reference counting still frees)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
