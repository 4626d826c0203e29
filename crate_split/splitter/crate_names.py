"""Crate names of a plan: one per member, from the package name and the
module it is built around, within the length cargo and people handle.
"""

from __future__ import annotations

from crate_split.analysis import CrateModel
from crate_split.model import ModulePath
from crate_split.splitter.units import UnitSplit, is_base_block


def crate_names(
    model: CrateModel, split: UnitSplit, members: list[frozenset[int]], package: str
) -> dict[frozenset[int], str]:
    names: dict[frozenset[int], str] = {}
    used = {package}
    for group in sorted(members, key=lambda g: min(g)):
        blocks = sorted(
            (m for u in group for m in split.units[u].modules),
            key=lambda block: (
                -sum(model.items[i].lines for u in group for i in split.units[u].items if split.block_of[i] == block),
                block,
            ),
        )
        main = blocks[0]
        if is_base_block(main):
            base = f"{package}-base"
        else:
            base = fit_crate_name(package, main) if main else f"{package}-root"
        base = base.replace("_", "-") if "-" in package else base
        name = base
        counter = 2
        while name in used:
            suffix = f"-{counter}"
            name = (
                base + suffix
                if len(base + suffix) <= _MAX_CRATE_NAME
                else base[: _MAX_CRATE_NAME - len(suffix)].rstrip("-_") + suffix
            )
            counter += 1
        used.add(name)
        names[group] = name
    return names


#: Longest package name cargo and crates.io accept.
_MAX_CRATE_NAME = 64


def fit_crate_name(package: str, module: ModulePath) -> str:
    """``package-a-b-c`` for module ``a::b::c``; a module too deep for the
    length limit keeps its first segment and as many of its innermost ones
    as fit (``package-a-y-z``), and a name still too long is cut."""
    segments = list(module)
    while len(segments) > 2 and len(package) + sum(len(s) + 1 for s in segments) > _MAX_CRATE_NAME:
        del segments[1]
    name = f"{package}-{'-'.join(segments)}"
    return name if len(name) <= _MAX_CRATE_NAME else name[:_MAX_CRATE_NAME].rstrip("-_")
