"""Modules, items and references of a crate, as frozen values.

These are produced by the analysis and read by every later stage. They hold
spans and text, never syntax nodes.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass

from crate_split.model.cfg_test import any_requires_test
from crate_split.model.ids import ItemId, ItemKind, ModulePath
from crate_split.model.spans import Span


@dataclass(frozen=True, slots=True)
class ModuleFile:
    """Another file of a module: the one a ``cfg`` picks on other platforms
    (``#[cfg(windows)] #[path = "sys/windows.rs"] mod sys;`` beside the unix
    one, or ``#[cfg_attr(windows, path = "..")]``)."""

    path: str
    #: Byte offset in ``path`` where the module's items begin (see ``Module.insert_at``).
    insert_at: int | None
    inner_docs: tuple[tuple[int, int], ...] = ()


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
    #: The module file's own ``#![cfg(..)]`` predicates (also in ``cfg``).
    inner_cfg: tuple[str, ...] = ()
    #: Files pulled in with ``include!`` at item level in this module.
    included_files: tuple[str, ...] = ()
    #: Byte offset in ``file`` where the module's items begin: after the
    #: inner attributes of a file, after the ``{`` of an inline module.
    insert_at: int | None = None
    #: Byte ranges in ``file`` of the module's inner docs (``//!``,
    #: ``/*! */``, ``#![doc = ...]``), in source order.
    inner_docs: tuple[tuple[int, int], ...] = ()
    #: The module's other files, chosen by ``cfg``: each holds items of
    #: the module too, and is copied wherever ``file`` is.
    alternatives: tuple[ModuleFile, ...] = ()
    #: The item-level macro call whose tokens declare the module
    #: (``cfg_if! { .. mod unix; .. }``), when a call does.
    macro_call: ItemId | None = None

    @property
    def source_files(self) -> tuple[str, ...]:
        """Every file holding the module's items: its file, the ``cfg``
        alternatives and the files it ``include!``s."""
        return (self.file, *(a.path for a in self.alternatives), *self.included_files)

    def insert_point(self, path: str) -> int | None:
        """Where the module's items begin in ``path``, one of its files."""
        if path == self.file:
            return self.insert_at
        return next((a.insert_at for a in self.alternatives if a.path == path), None)

    @property
    def parent(self) -> ModulePath | None:
        return self.path[:-1] if self.path else None

    @property
    def is_test_only(self) -> bool:
        """The module exists only in test builds (``#[cfg(test)]``, ``#[cfg(all(test, ..))]``)."""
        return any_requires_test(self.cfg)

    @property
    def item_id(self) -> ItemId:
        if not self.path:
            return ItemId((), ItemKind.MODULE, "")
        return ItemId(self.path[:-1], ItemKind.MODULE, self.path[-1])


def test_only_modules(modules: Mapping[ModulePath, Module]) -> frozenset[ModulePath]:
    """The modules that exist only in test builds by their own ``cfg``
    (the modules inside them not listed)."""
    return frozenset(path for path, module in modules.items() if module.is_test_only)


def within_test_module(modules: Mapping[ModulePath, Module], module: ModulePath) -> bool:
    """True for a test-only module (:attr:`Module.is_test_only`) and the modules inside it.

    Invariant: every stage asks "is this code only compiled for tests?"
    through ``Module.is_test_only``, ``Item.is_test_only`` and these two
    functions, which all judge ``cfg`` predicates by :mod:`.cfg_test`.
    """
    return any(modules[module[:depth]].is_test_only for depth in range(1, len(module) + 1) if module[:depth] in modules)


@dataclass(frozen=True, slots=True)
class Include:
    """A call of ``include!``, ``include_str!`` or ``include_bytes!``.

    Found in the syntax tree (item, expression and attribute positions, and
    the tokens of other macro calls), never in comments or string contents.
    """

    #: ``include``, ``include_str`` or ``include_bytes``.
    macro: str
    #: The call, in the file that holds it.
    span: Span
    #: Package-relative POSIX path of the file read, normalised (it may
    #: start with ``..`` when it leaves the package); ``None`` when the path
    #: is computed, e.g. ``concat!(env!("OUT_DIR"), "/x.rs")``.
    target: str | None
    #: True when the path is built from ``env!("OUT_DIR")``: the file is a
    #: build script's output.
    reads_out_dir: bool = False


class FactKind(enum.Enum):
    """What a ``SourceFact`` says about the code at its span."""

    #: A cfg predicate (``#[cfg]``, ``#[cfg_attr]``, ``cfg!``) tests a name
    #: that is neither built in nor a feature (``has_std``): a build script
    #: may set it.
    CUSTOM_CFG = "custom cfg"
    #: A cfg predicate tests such a name for a value (``tarpaulin = ".."``).
    CUSTOM_CFG_KEY = "custom cfg key"
    #: A cfg predicate tests a feature: the name is the value of
    #: ``feature = ".."``, the span its string literal.
    FEATURE_CFG = "feature cfg"
    #: ``env!``/``option_env!`` reads a variable named by a string literal.
    ENV_READ = "env read"
    #: A ``macro_rules!`` body calls a macro by this name (``name!(..)``).
    MACRO_CALL = "macro call"

    @property
    def is_custom_cfg(self) -> bool:
        """Whether the fact is a name a build script may set."""
        return self is FactKind.CUSTOM_CFG or self is FactKind.CUSTOM_CFG_KEY


@dataclass(frozen=True, slots=True)
class SourceFact:
    """One thing the code of a file asks of its build, found in the syntax
    tree (tokens of macro calls and bodies included), never in comments or
    string contents."""

    kind: FactKind
    #: The cfg name, the feature, the variable, or the called macro's name.
    name: str
    #: The token spelling ``name`` (for a feature or an env read, its string literal).
    span: Span
    #: True for a cfg fact in the attributes of an ``extern crate`` item.
    on_extern_crate: bool = False


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
    """An associated item of an impl or trait block, or an item written in
    the tokens of an item-level macro call."""

    name: str
    #: ``fn``, ``const``, ``static``, ``type`` or ``macro``; in a macro
    #: call also ``struct``, ``enum``, ``union`` or ``trait``.
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
class WrapperCall:
    """An item-level call of a macro that writes each item it is given
    after fixed attributes (``cfg_std! { pub mod io; }``), read as its items."""

    #: Bytes of the call before its items (its attributes, ``name! {``),
    #: 0-based, end-exclusive; whole lines when nothing else is on them.
    header: tuple[int, int]
    #: Bytes after its items (``}`` and a ``;``), as ``header``.
    closer: tuple[int, int]
    #: The attributes each item gets: the call's own, then the macro's,
    #: as written inside ``#[..]``.
    attributes: tuple[str, ...]


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
    #: Of ``tokens``, those in arrays of literal data (tables), which rustc
    #: checks far faster than code.
    data_tokens: int = 0
    #: Number of source lines the item spans.
    lines: int = 0
    #: Byte offset of the item itself, after its attributes and doc comments.
    node_start: int = 0
    #: The item's visibility modifier, when it has one.
    visibility_span: Span | None = None
    #: Associated items with their visibility (impls and traits), the
    #: functions and statics of an ``extern`` block, and the items an
    #: item-level macro call spells whole in its tokens (which the macro
    #: probably passes through: ``wrap! { pub(crate) fn f() {..} }``).
    member_details: tuple[Member, ...] = ()
    #: For ``extern crate x as y;``: the crate named (``x``).
    extern_crate: str | None = None
    #: For ``macro_rules!``: the names its bodies use (first segments of
    #: the paths in them, after ``$crate::``), sorted. An expansion
    #: resolves them where the macro is called.
    expansion_names: tuple[str, ...] = ()
    #: For ``macro_rules!``: every rule takes one repetition of ``tt`` or
    #: ``item`` fragments, so a call's tokens reach the expansion as they
    #: are written (a wrapper adding attributes): items written in a call
    #: of it can be edited like items.
    forwards_tokens: bool = False
    #: The wrapper calls the item is written in, outermost first (see
    #: :mod:`crate_split.analysis.wrappers`); their attributes lead
    #: ``attributes``.
    wrapped_by: tuple[WrapperCall, ...] = ()

    @property
    def added_attributes(self) -> tuple[str, ...]:
        """The attributes the wrapper calls holding the item give it."""
        return tuple(a for call in self.wrapped_by for a in call.attributes)

    @property
    def is_macro_export(self) -> bool:
        return "macro_export" in self.attributes or any(a.startswith("macro_export(") for a in self.attributes)

    @property
    def is_test_only(self) -> bool:
        return any_requires_test(self.cfg) or "test" in self.attributes


class RefKind(enum.Enum):
    """How an item refers to another."""

    # Members are singletons: identity hashing is correct and much faster
    # than Enum's name-based hash (references are counted and keyed by kind).
    __hash__ = object.__hash__

    USE = "use"
    PATH = "path"
    TYPE = "type"
    MACRO = "macro"
    IMPL = "impl"
    METHOD = "method"
    FIELD = "field"
    TOKEN = "token"
    DERIVE = "derive"
    #: A path a local ``macro_rules!`` body uses, resolved where the macro
    #: is called (its expansion names the item there).
    EXPANSION = "expansion"
    #: Where an impl that an item-level call of a local macro writes must
    #: live (orphan rule): the local trait of ``impl Trait for $t``, else the
    #: local self type (``impl Shl<$t> for Big``, or one the call's
    #: arguments name when a metavariable gives the self type).
    GENERATED_IMPL = "generated-impl"

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
    #: (when local) and each local type of ``Self, T1..Tn`` that no
    #: uncovered type parameter comes before. Inherent impls: the type.
    homes: tuple[ItemId, ...]
    #: One-line explanation, e.g. ``foreign trait std::fmt::Display: stays with Point``.
    explanation: str


class ObservationKind(enum.Enum):
    """What code learns about the crate it is compiled in."""

    #: ``module_path!()``: the module's path, starting with the crate name.
    MODULE_PATH = "module-path"
    #: ``file!()``: the source file's path as rustc was given it.
    FILE = "file"
    #: ``env!``/``option_env!`` of a cargo variable that names the package
    #: or its directory (``CARGO_PKG_NAME``, ``CARGO_MANIFEST_DIR``, ...).
    PACKAGE_VARIABLE = "package-variable"
    #: ``std::any::type_name``/``type_name_of_val``: a type's path, which
    #: starts with the name of the crate that defines the type.
    TYPE_NAME = "type-name"


@dataclass(frozen=True, slots=True)
class Observation:
    """One place where an item's code observes where it is compiled.

    The value differs when the code (or, for ``type_name``, the type) moves
    to another crate: another crate name, manifest directory, file path.
    """

    item: ItemId
    kind: ObservationKind
    #: What was written, e.g. ``module_path!``, ``env!("CARGO_PKG_NAME")``,
    #: ``type_name::<Circle>``.
    text: str
    span: Span
    #: ``type_name`` only: local types whose paths the call observes.
    types: tuple[ItemId, ...] = ()
    #: ``type_name`` only: True when the observed type is chosen elsewhere
    #: (a generic parameter, a trait's ``Self``, ``type_name_of_val``, a
    #: type argument not understood), so the callers decide it.
    open_types: bool = False


@dataclass(frozen=True, slots=True)
class DocTest:
    """A doc test that names items of its crate by the crate's name.

    In a split it runs in the crate holding the item it documents (a
    module's inner doc: in every crate holding items of the module or of a
    module inside it). There it passes when that crate is named like the
    original and holds what the test names, or, for a test that is not
    ``pinned``, when the crate has a name of its own and reaches the facade
    (see :mod:`crate_split.analysis.doc_tests`).
    """

    #: The item whose doc (or whose member's doc) holds the test; ``None``
    #: for a module's inner doc.
    item: ItemId | None
    #: The module documented, or the item's module.
    module: ModulePath
    #: The crate's items the test names.
    names: tuple[ItemId, ...]
    #: The first path the test writes that reaches the crate through
    #: rustdoc's injected ``extern crate`` (``crate::<name>::..``, an
    #: edition-2015 path), as written; ``""`` when it needs none.
    pinned: str
    #: Where the doc holding the test starts.
    span: Span
