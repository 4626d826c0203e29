"""Modules, items and references of a crate, as frozen values.

These are produced by the analysis and read by every later stage. They hold
spans and text, never syntax nodes.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from crate_split.model.ids import ItemId, ItemKind, ModulePath
from crate_split.model.spans import Span


@dataclass(frozen=True, slots=True)
class Module:
    """One module of the crate's module tree."""

    path: ModulePath
    #: File holding the module's items (for inline modules, the enclosing file).
    file: str
    #: Span of the ``mod`` item in its parent (``None`` for the crate root).
    declaration: Span | None
    is_inline: bool
    visibility: str
    #: ``cfg`` predicates on the ``mod`` item, e.g. ``("test",)``.
    cfg: tuple[str, ...]
    #: Files pulled in with ``include!`` at item level in this module.
    included_files: tuple[str, ...] = ()
    #: Byte offset in ``file`` where the module's items begin: after the
    #: inner attributes of a file, after the ``{`` of an inline module.
    insert_at: int | None = None
    #: Byte ranges in ``file`` of the module's inner docs (``//!``,
    #: ``/*! */``, ``#![doc = ...]``), in source order.
    inner_docs: tuple[tuple[int, int], ...] = ()

    @property
    def parent(self) -> ModulePath | None:
        return self.path[:-1] if self.path else None

    @property
    def item_id(self) -> ItemId:
        if not self.path:
            return ItemId((), ItemKind.MODULE, "")
        return ItemId(self.path[:-1], ItemKind.MODULE, self.path[-1])


@dataclass(frozen=True, slots=True)
class Field:
    """A named or positional field of a struct, union or enum variant."""

    name: str
    visibility: str
    #: Byte offset where the field begins after its attributes (where ``pub`` goes).
    start: int | None = None
    #: The field's visibility modifier, when it has one.
    visibility_span: Span | None = None


@dataclass(frozen=True, slots=True)
class Member:
    """An associated item of an impl or trait block."""

    name: str
    #: ``fn``, ``const``, ``static``, ``type`` or ``macro``.
    kind: str
    visibility: str
    #: Byte offset where the member begins after its attributes.
    start: int | None = None
    visibility_span: Span | None = None


@dataclass(frozen=True, slots=True)
class ImplHeader:
    """The header of an ``impl`` block."""

    #: Text of the self type, e.g. ``Vec<T>`` or ``&'a Point``.
    self_type: str
    #: Text of the trait path, or ``None`` for an inherent impl.
    trait: str | None
    #: Names of the impl's own type parameters.
    generics: tuple[str, ...]
    is_negative: bool = False


@dataclass(frozen=True, slots=True)
class Item:
    """One module-level item with what later stages need to know about it."""

    id: ItemId
    #: The whole item including its outer attributes and doc comments.
    span: Span
    #: The item's name token (or the item start when nameless).
    name_span: Span
    #: Visibility text as written: ``""``, ``pub``, ``pub(crate)``, ...
    visibility: str
    #: Outer attributes as written inside ``#[...]``, in source order.
    attributes: tuple[str, ...]
    #: ``cfg`` predicates from the attributes.
    cfg: tuple[str, ...]
    impl: ImplHeader | None = None
    #: Names of associated items (trait members, impl members).
    members: tuple[str, ...] = ()
    fields: tuple[Field, ...] = ()
    #: Enum variant names.
    variants: tuple[str, ...] = ()
    #: Name of the invoked macro, for item-level macro calls.
    macro: str | None = None
    #: Number of tokens (leaf nodes), a size measure for the cost model.
    tokens: int = 0
    #: Number of source lines the item spans.
    lines: int = 0
    #: Byte offset of the item itself, after its attributes and doc comments.
    node_start: int = 0
    #: The item's visibility modifier, when it has one.
    visibility_span: Span | None = None
    #: Associated items with their visibility (impls and traits), and the
    #: functions and statics of an ``extern`` block.
    member_details: tuple[Member, ...] = ()
    #: For ``extern crate x as y;``: the crate named (``x``).
    extern_crate: str | None = None

    @property
    def is_macro_export(self) -> bool:
        return "macro_export" in self.attributes or any(
            a.startswith("macro_export(") for a in self.attributes
        )

    @property
    def is_test_only(self) -> bool:
        # `#[test]` (attribute text `test`) or `#[cfg(test)]`.
        return "test" in self.cfg or "test" in self.attributes


class RefKind(enum.Enum):
    """How an item refers to another."""

    USE = "use"
    PATH = "path"
    TYPE = "type"
    MACRO = "macro"
    IMPL = "impl"
    METHOD = "method"
    FIELD = "field"
    TOKEN = "token"
    DERIVE = "derive"

    @property
    def is_path(self) -> bool:
        """True for references written as a path (counted in resolution statistics)."""
        return self in _PATH_KINDS


_PATH_KINDS = frozenset({RefKind.USE, RefKind.PATH, RefKind.TYPE, RefKind.MACRO, RefKind.IMPL, RefKind.DERIVE})


@dataclass(frozen=True, slots=True)
class Reference:
    """One reference from an item to another item or to another crate.

    Exactly one of ``target`` and ``external`` is set when resolved; both are
    ``None`` for an unresolved path.
    """

    source: ItemId
    kind: RefKind
    #: The path as written, e.g. ``render::svg::draw``.
    text: str
    span: Span
    target: ItemId | None = None
    #: Name of the external crate (``std`` for the prelude and primitives).
    external: str | None = None

    @property
    def is_resolved(self) -> bool:
        return self.target is not None or self.external is not None


@dataclass(frozen=True, slots=True)
class ImplFacts:
    """What the coherence (orphan) rules say about where an impl may live."""

    #: The local trait implemented, if the trait is local.
    trait: ItemId | None
    #: True when the impl implements a trait of another crate.
    trait_is_foreign: bool
    #: The local self type (behind ``&``/``Box``/``Pin``), if local.
    self_type: ItemId | None
    #: Items the impl may share a crate with, by the orphan rule: the trait
    #: (when local) and the first local type of ``Self, T1..Tn`` when no
    #: uncovered type parameter comes before it. Inherent impls: the type.
    homes: tuple[ItemId, ...]
    #: One-line explanation, e.g. ``foreign trait std::fmt::Display: stays with Point``.
    explanation: str
