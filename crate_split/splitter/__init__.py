"""Splitter stage: the rules that tie items together, the atoms they form,
and (later) the plans built from atoms.

Entry points: :func:`derive_constraints`, :func:`find_atoms` and
:func:`build_module_graph`. Everything here is pure: values in, values out.
"""

from crate_split.splitter.atoms import Atom, AtomGraph, find_atoms
from crate_split.splitter.constraints import Constraint, ConstraintKind, derive_constraints
from crate_split.splitter.module_graph import ModuleCycle, ModuleGraph, build_module_graph
from crate_split.splitter.units import Unit, UnitSplit, find_units

__all__ = [
    "Atom",
    "AtomGraph",
    "Constraint",
    "ConstraintKind",
    "ModuleCycle",
    "ModuleGraph",
    "Unit",
    "UnitSplit",
    "find_units",
    "build_module_graph",
    "derive_constraints",
    "find_atoms",
]
