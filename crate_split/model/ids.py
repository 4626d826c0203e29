"""Deterministic identifiers of modules and items.

Ids are derived from paths and source order, never from object identity or
counters shared between files, so the same crate always yields the same ids
whatever order its files are read in.
"""

from __future__ import annotations

import enum
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field

from crate_split.model.names import path_text

#: Module path below the crate root; the root itself is ``()``.
ModulePath = tuple[str, ...]


def format_module_path(path: ModulePath) -> str:
    """Return ``crate::a::b`` for ``("a", "b")`` and ``crate`` for the root;
    keywords are spelled raw (``crate::r#type``)."""
    return "::".join(("crate", path_text(path))) if path else "crate"


def format_module_list(paths: Sequence[ModulePath], limit: int, *, code: bool = False) -> str:
    """Return the first ``limit`` of ``paths``, comma-separated, and `` ...``
    when there are more; each in backticks with ``code`` (Markdown)."""
    quote = "`" if code else ""
    shown = ", ".join(f"{quote}{format_module_path(path)}{quote}" for path in paths[:limit])
    return shown + (" ..." if len(paths) > limit else "")


class ItemKind(enum.Enum):
    """The kinds of module-level items crate-split tracks."""

    # Members are singletons: identity hashing is correct and much faster
    # than Enum's name-based hash, and ids are hashed millions of times.
    __hash__ = object.__hash__

    MODULE = "mod"
    FUNCTION = "fn"
    STRUCT = "struct"
    ENUM = "enum"
    UNION = "union"
    TRAIT = "trait"
    TYPE_ALIAS = "type"
    CONST = "const"
    STATIC = "static"
    IMPL = "impl"
    MACRO = "macro"
    MACRO_CALL = "macro_call"
    EXTERN_BLOCK = "extern_block"
    EXTERN_CRATE = "extern_crate"
    USE = "use"
    TRAIT_ALIAS = "trait_alias"


#: Every live ``ItemId``, by its fields: ids are interned (see ``ItemId``).
_INTERNED: weakref.WeakValueDictionary[tuple[ModulePath, ItemKind, str], ItemId] = weakref.WeakValueDictionary()


@dataclass(frozen=True, slots=True, eq=False, weakref_slot=True)
class ItemId:
    """Identity of one module-level item.

    Invariant: unique within a crate. Items that share module, kind and name
    (``#[cfg]`` alternatives, impls of the same header) get a ``#2``, ``#3``
    suffix in source order.

    Ids are interned: constructing an id equal to a live one returns that
    very object, so equality and hashing are by identity and run in C (ids
    are hashed and compared millions of times by the analysis and the
    planner). Copies and pickles go through the constructor too.
    """

    module: ModulePath
    kind: ItemKind
    #: The item's name; impls use their header, e.g. ``impl Display for Point``.
    name: str
    #: ``sort_key()``, built once: ids are sorted millions of times.
    _key: tuple[ModulePath, str, str] = field(init=False, repr=False, compare=False)

    def __new__(cls, module: ModulePath, kind: ItemKind, name: str) -> ItemId:
        fields = (module, kind, name)
        found = _INTERNED.get(fields)
        if found is None:
            found = object.__new__(cls)
            _INTERNED[fields] = found
        return found

    def __post_init__(self) -> None:
        object.__setattr__(self, "_key", (self.module, self.name, self.kind.value))

    def __reduce__(self) -> tuple[type[ItemId], tuple[ModulePath, ItemKind, str]]:
        return (ItemId, (self.module, self.kind, self.name))

    def __lt__(self, other: object) -> bool:  # kinds are enums: order by value
        if not isinstance(other, ItemId):
            return NotImplemented
        return self._key < other._key

    @property
    def base_name(self) -> str:
        """The name without the ``#2`` suffix that tells same-named alternatives apart."""
        return self.name.split("#", 1)[0]

    def sort_key(self) -> tuple[ModulePath, str, str]:
        return self._key

    def qualified(self) -> str:
        """Return ``a::b::Name`` (without ``crate::``), the form used in reports
        and plan files; keywords are spelled raw (``r#type::r#match``).

        ``use`` items have no name of their own: they read ``a::b: use x::y``.
        """
        if self.kind is ItemKind.MODULE and self.name == "":
            return "crate"
        if self.kind is ItemKind.USE:
            return f"{path_text(self.module) or 'crate'}: {self.name}"
        return path_text((*self.module, self.name))
