"""Module scopes: what each name means in each module, imports resolved to a
fixpoint the way rustc does it.

Each module has three namespaces (types, values, macros), each with an
explicit layer (definitions and named imports) that shadows a glob layer.
``use`` declarations, ``pub use`` chains and globs are resolved repeatedly
until nothing changes. A name bound twice under exclusive ``#[cfg]``s (two
``fn f``, or ``use unix as imp`` and ``use fallback as imp``) keeps its
first meaning and remembers the others as alternatives. Names that macro
calls probably define (:mod:`macros`) are a last resort, as are globs of
other crates. Lexical scopes inside function bodies are not here: they
belong to :mod:`lexical`.

Invariant: a ``Resolution`` names either a local item or an external crate,
never both.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from crate_split.analysis import prelude, syntax
from crate_split.analysis.collect import Collected, RawItem
from crate_split.analysis.macros import defined_macro_names, defined_names, defines_by_metavariable, named_candidates
from crate_split.analysis.paths import ImportSpec, import_specs
from crate_split.analysis.syntax import Node
from crate_split.model import ItemId, ItemKind, ModulePath

TYPE, VALUE, MACRO = "type", "value", "macro"
NAMESPACES = (TYPE, VALUE, MACRO)

_TYPE_KINDS = {ItemKind.MODULE, ItemKind.STRUCT, ItemKind.ENUM, ItemKind.UNION, ItemKind.TRAIT, ItemKind.TYPE_ALIAS}
_VALUE_KINDS = {ItemKind.FUNCTION, ItemKind.CONST, ItemKind.STATIC, ItemKind.STRUCT}
_CONTAINER_KINDS = {ItemKind.MODULE}
#: Namespaces of the items a macro call spells whole, by their keyword.
_MEMBER_NAMESPACES = {
    "fn": (VALUE,),
    "const": (VALUE,),
    "static": (VALUE,),
    "struct": (TYPE, VALUE),
    "enum": (TYPE,),
    "union": (TYPE,),
    "trait": (TYPE,),
    "type": (TYPE,),
}
#: Kinds whose same-named cfg alternatives are one item to references
#: (only the first ``mod`` of a name is read, so modules are not among them).
_ALTERNATIVE_KINDS = (_TYPE_KINDS | _VALUE_KINDS) - {ItemKind.MODULE}


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a name or path refers to."""

    target: ItemId | None = None
    external: str | None = None
    #: For paths into an enum: the variant named (the target is the enum).
    variant: str | None = None


@dataclass(slots=True)
class Binding:
    resolution: Resolution
    #: Module subtree the binding is visible in; ``None`` means everywhere.
    visible_in: ModulePath | None
    #: True when the item or import that made the binding has a ``#[cfg]``.
    conditional: bool = False


@dataclass(slots=True)
class ModuleScope:
    explicit: dict[str, dict[str, Binding]] = field(default_factory=lambda: {ns: {} for ns in NAMESPACES})
    globbed: dict[str, dict[str, Binding]] = field(default_factory=lambda: {ns: {} for ns in NAMESPACES})
    #: Names that item-level macro calls in this module probably define.
    generated: dict[str, ItemId] = field(default_factory=dict)
    #: Of ``generated``, the names a macro certainly defines (``struct Name``).
    certain: set[str] = field(default_factory=set)
    #: External crates glob-imported here (``use rayon::prelude::*``).
    external_globs: set[str] = field(default_factory=set)
    #: Other meanings of an explicitly bound name under other ``#[cfg]``s,
    #: by namespace and name (the binding holds the first meaning).
    alternatives: dict[tuple[str, str], list[Resolution]] = field(default_factory=dict)

    def get(self, namespace: str, name: str) -> Binding | None:
        return self.explicit[namespace].get(name) or self.globbed[namespace].get(name)

    def guess(self, namespace: str, name: str) -> Resolution | None:
        """A last-resort meaning of an unbound name: a generated item or a glob
        of another crate. A guess never hides what the module binds the name
        to in another namespace, unless a macro certainly defines the name."""
        generated = self.generated.get(name) if namespace != MACRO else None
        if generated is None and not self.external_globs:
            return None
        bound_elsewhere = any(self.get(other, name) is not None for other in NAMESPACES)
        if generated is not None and (name in self.certain or not bound_elsewhere):
            return Resolution(target=generated)
        if self.external_globs and not bound_elsewhere:
            return Resolution(external=min(self.external_globs))
        return None

    def add_generated(self, name: str, item: ItemId, *, certain: bool) -> bool:
        """Record that ``item`` (a macro call) defines ``name``; True if new."""
        if name in self.generated:
            if certain and self.generated[name] == item:
                self.certain.add(name)
            return False
        self.generated[name] = item
        if certain:
            self.certain.add(name)
        return True


@dataclass(slots=True)
class PendingImport:
    module: ModulePath
    use_item: ItemId
    spec: ImportSpec
    visible_in: ModulePath | None
    resolved: bool = False


@dataclass(slots=True)
class Scopes:
    """Scopes of every module plus the crate-wide facts lookups need."""

    modules: dict[ModulePath, ModuleScope]
    items: dict[ItemId, RawItem]
    edition: str
    extern_crates: dict[str, str]
    imports: list[PendingImport]
    #: Variant names of each enum.
    variants: dict[ItemId, frozenset[str]]
    #: Every ``macro_rules!`` of the crate by name, in textual order.
    macros_by_name: dict[str, list[ItemId]]
    #: Crates loaded with ``#[macro_use] extern crate``, in textual order:
    #: their macros are usable by bare name everywhere in the crate.
    macro_use_crates: list[str] = field(default_factory=list)
    #: Macros that item-level calls of local macros define, by name, to
    #: the first such call (``define_token_macro!`` defining ``Token!``).
    generated_macros: dict[str, ItemId] = field(default_factory=dict)
    #: Items sharing module, kind and name with an earlier one under another
    #: ``#[cfg]`` (``f#2`` for ``f``), keyed by the first, which names bind to.
    item_alternatives: dict[ItemId, tuple[ItemId, ...]] = field(default_factory=dict)

    def is_2015(self) -> bool:
        return self.edition == "2015"

    # -- lookups -----------------------------------------------------------------

    def lookup_in_module(self, module: ModulePath, namespace: str, name: str) -> Resolution | None:
        """Look ``name`` up among the bindings of ``module`` (no preludes)."""
        scope = self.modules.get(module)
        if scope is None:
            return None
        binding = scope.get(namespace, name)
        if binding is not None:
            return binding.resolution
        return None

    def lookup_lexical(self, module: ModulePath, namespace: str, name: str) -> Resolution | None:
        """Look up a single name written in ``module``: bindings, then preludes."""
        found = self.lookup_in_module(module, namespace, name)
        if found is not None:
            return found
        if namespace == TYPE:
            if name in self.extern_crates:
                return Resolution(external=self.extern_crates[name])
            if name in prelude.PRIMITIVE_TYPES or name in prelude.PRELUDE_TYPES:
                return Resolution(external="std")
        elif namespace == VALUE:
            if name in prelude.PRELUDE_VALUES:
                return Resolution(external="std")
        elif namespace == MACRO:  # noqa: SIM102 (parallel to the arms above)
            if name in prelude.BUILTIN_MACROS or name in prelude.BUILTIN_DERIVES:
                return Resolution(external="std")
        scope = self.modules.get(module)
        if name in prelude.PRELUDE_TYPES or name in prelude.PRIMITIVE_TYPES:
            # A std type name in the value namespace (a token `String` in a
            # macro call) is not a guess at a generated item.
            return None
        return scope.guess(namespace, name) if scope is not None else None

    def resolve_path(
        self,
        module: ModulePath,
        segments: tuple[str, ...],
        namespace: str,
        *,
        in_use: bool = False,
    ) -> Resolution | None:
        """Resolve a multi- or single-segment path written in ``module``.

        Args:
            module: the module the path is written in.
            segments: the path's segments; ``""`` first for a leading ``::``.
            namespace: namespace of the last segment.
            in_use: the path is in a ``use`` declaration (2015: crate-relative).

        Returns:
            The resolution, or ``None`` when the path cannot be resolved.
        """
        if not segments:
            return None
        first, rest = segments[0], segments[1:]
        current: Resolution | None
        if first in ("crate", "$crate"):
            current = _module_resolution(())
        elif first == "self":
            current = _module_resolution(module)
        elif first == "super":
            position = module
            index = 0
            while index < len(segments) and segments[index] == "super":
                if not position:
                    return None
                position = position[:-1]
                index += 1
            current, rest = _module_resolution(position), segments[index:]
        elif first == "":
            if not rest:
                return None
            if self.is_2015():
                return self.resolve_path((), rest, namespace, in_use=True)
            crate = rest[0]
            if crate in self.extern_crates:
                return Resolution(external=self.extern_crates[crate])
            return None
        else:
            base = () if (in_use and self.is_2015()) else module
            last = not rest
            if last:
                return self._lookup_first(base, namespace, first, in_use)
            current = self._lookup_first(base, TYPE, first, in_use)
            if current is None and base != module:
                current = self._lookup_first(module, TYPE, first, in_use)
        return self._walk(current, rest, namespace)

    def cfg_alternatives(
        self, module: ModulePath, segments: tuple[str, ...], namespace: str, primary: Resolution
    ) -> list[Resolution]:
        """Return what a path written in ``module`` means under other ``#[cfg]``s.

        Items that share a name under different cfgs (``#[cfg(unix)] fn f``
        and ``#[cfg(not(unix))] fn f``) and names imported under different
        cfgs (``use self::unix as imp`` and ``use self::fallback as imp``)
        are bound to the first; a path that reaches one of them depends on
        all of them, whichever a build selects.

        Args:
            module: the module the path is written in.
            segments: the path, not shadowed by a local name.
            namespace: namespace of the last segment.
            primary: what the path resolved to.

        Returns:
            The other meanings, without ``primary`` and without repeats.
        """
        meanings = [primary]
        scope = self.modules.get(module)
        first = segments[0]
        if scope is not None and scope.alternatives and first not in ("crate", "$crate", "self", "super", ""):
            wanted = namespace if len(segments) == 1 else TYPE
            for alternative in scope.alternatives.get((wanted, first), ()):
                walked = alternative if len(segments) == 1 else self._walk(alternative, segments[1:], namespace)
                if walked is not None:
                    meanings.append(walked)
        for meaning in list(meanings):
            if meaning.target is not None and meaning.variant is None:
                meanings.extend(Resolution(target=other) for other in self.item_alternatives.get(meaning.target, ()))
        return [meaning for meaning in dict.fromkeys(meanings) if meaning != primary]

    def is_likely_generated(self, resolution: Resolution, name: str) -> bool:
        """False when ``resolution`` is only the weakest guess for ``name``: a
        lowercase identifier among the arguments of a macro call."""
        target = resolution.target
        if target is None or target.kind is not ItemKind.MACRO_CALL or name[:1].isupper():
            return True
        scope = self.modules.get(target.module)
        return scope is not None and name in scope.certain

    def _lookup_first(self, module: ModulePath, namespace: str, name: str, in_use: bool) -> Resolution | None:
        found = self.lookup_lexical(module, namespace, name)
        if found is None and namespace == MACRO:
            found = self._macro_by_name(name)
            if found is None and self.macro_use_crates:
                # The macro_use prelude: which of the crates defines the
                # name is unknown without their sources; take the first.
                found = Resolution(external=self.macro_use_crates[0])
        return found

    def _walk(self, current: Resolution | None, rest: tuple[str, ...], namespace: str) -> Resolution | None:
        for index, segment in enumerate(rest):
            if current is None:
                return None
            if current.external is not None:
                return current
            target = current.target
            assert target is not None
            is_last = index == len(rest) - 1
            if target.kind is ItemKind.MODULE:
                module_path = (*target.module, target.name) if target.name else ()
                wanted = namespace if is_last else TYPE
                found = self.lookup_in_module(module_path, wanted, segment)
                if found is None and wanted == MACRO:
                    found = self._macro_by_name(segment)
                if found is None and not is_last:
                    found = self.lookup_in_module(module_path, VALUE, segment)
                source = self.modules.get(module_path)
                if found is None and source is not None:
                    # ``mod lib { pub use core::*; }``: ``lib::fmt`` is core's.
                    found = source.guess(wanted, segment)
                current = found
                continue
            if target.kind is ItemKind.ENUM and segment in self.variants.get(target, ()):
                return Resolution(target=target, variant=segment)
            # An associated item of a type or trait: the path depends on the item.
            return current
        return current

    def _macro_by_name(self, name: str) -> Resolution | None:
        """Find a ``macro_rules!`` by name anywhere (``pub(crate) use m;`` style),
        or else the macro call whose expansion defines it."""
        found = self.macros_by_name.get(name)
        if found:
            return Resolution(target=found[0])
        generator = self.generated_macros.get(name)
        return Resolution(target=generator) if generator is not None else None

    def bindings_of(self, module: ModulePath) -> Iterable[tuple[str, str, Binding]]:
        scope = self.modules.get(module)
        if scope is None:
            return ()
        found: list[tuple[str, str, Binding]] = []
        for namespace in NAMESPACES:
            names = {**scope.globbed[namespace], **scope.explicit[namespace]}
            found.extend((namespace, name, binding) for name, binding in names.items())
        return found


def _module_resolution(path: ModulePath) -> Resolution:
    if not path:
        return Resolution(target=ItemId((), ItemKind.MODULE, ""))
    return Resolution(target=ItemId(path[:-1], ItemKind.MODULE, path[-1]))


def visibility_scope(visibility: str, module: ModulePath) -> ModulePath | None:
    """Return the module subtree an item with ``visibility`` is visible in."""
    if visibility == "pub":
        return None
    if visibility in ("pub(crate)", "crate"):
        return ()
    if visibility == "pub(super)":
        return module[:-1]
    if visibility.startswith("pub(in "):
        target = visibility[len("pub(in ") : -1].strip().split("::")
        if target and target[0] == "crate":
            return tuple(target[1:])
        if target and target[0] == "super":
            return module[:-1]
        if target and target[0] == "self":
            return module
        return tuple(target)
    return module


def build_scopes(collected: Collected, edition: str, extern_crates: dict[str, str]) -> Scopes:
    """Bind every module's definitions and resolve its imports to a fixpoint.

    Args:
        collected: modules and items of the crate.
        edition: the crate's edition (``2015`` changes ``use`` path rules).
        extern_crates: names usable as external crates mapped to the crate
            they denote (dependencies, renamed ones, std/core/alloc, and
            ``extern crate ... as ...`` aliases).

    Returns:
        The scopes, with unresolvable imports left marked unresolved.
    """
    modules = {path: ModuleScope() for path in collected.modules}
    items = {raw.item.id: raw for raw in collected.items}
    extern = dict(extern_crates)
    scopes = Scopes(
        modules=modules,
        items=items,
        edition=edition,
        extern_crates=extern,
        imports=[],
        variants={raw.item.id: frozenset(raw.item.variants) for raw in collected.items if raw.item.variants},
        macros_by_name={},
    )
    for raw in collected.items:
        _bind_definition(scopes, raw)
    scopes.item_alternatives = _item_alternatives(collected)
    _bind_names_from_local_macros(scopes, collected)
    _resolve_imports(scopes)
    return scopes


def _item_alternatives(collected: Collected) -> dict[ItemId, tuple[ItemId, ...]]:
    """Group items that differ only in their ``#N`` suffix, when one has a cfg."""
    groups: dict[tuple[ModulePath, ItemKind, str], list[RawItem]] = {}
    for raw in collected.items:
        item_id = raw.item.id
        if item_id.kind in _ALTERNATIVE_KINDS:
            groups.setdefault((item_id.module, item_id.kind, item_id.base_name), []).append(raw)
    alternatives = {}
    for members in groups.values():
        if len(members) > 1 and any(raw.item.cfg for raw in members):
            alternatives[members[0].item.id] = tuple(raw.item.id for raw in members[1:])
    return alternatives


def _bind_names_from_local_macros(scopes: Scopes, collected: Collected) -> None:
    """Names a local ``macro_rules!`` body defines belong to each item-level call of it.

    When the body names items after its arguments (``fn $name``), every
    identifier of a call may be such a name, lowercase ones too.
    """
    bodies: dict[str, list[str]] = {}
    macro_bodies: dict[str, list[str]] = {}
    named_by_arguments: set[str] = set()
    for name, definitions in scopes.macros_by_name.items():
        found: list[str] = []
        found_macros: list[str] = []
        for definition in definitions:
            for rule in scopes.items[definition].node.named_children:
                right = rule.child_by_field_name("right") if rule.type == "macro_rule" else None
                if right is not None:
                    found.extend(defined_names(right, certain_only=True))
                    found_macros.extend(defined_macro_names(right))
                    if defines_by_metavariable(right):
                        named_by_arguments.add(name)
        bodies[name] = found
        macro_bodies[name] = found_macros
    for raw in collected.items:
        if raw.item.id.kind is ItemKind.MACRO_CALL:
            # Calls nested in another call's tokens (`cfg_if! { .. kernel!(f, 2); }`)
            # generate items too, named by their arguments.
            for nested in _nested_calls(raw.node, named_by_arguments):
                for leaf in syntax.leaves(nested):
                    if leaf.type in ("identifier", "type_identifier"):
                        scopes.modules[raw.item.id.module].add_generated(
                            syntax.identifier(leaf), raw.item.id, certain=False
                        )
        if raw.item.id.kind is ItemKind.MACRO_CALL and raw.item.macro in bodies:
            scope = scopes.modules[raw.item.id.module]
            for generated in bodies[raw.item.macro]:
                scope.add_generated(generated, raw.item.id, certain=True)
            for generated in macro_bodies[raw.item.macro]:
                scopes.generated_macros.setdefault(generated, raw.item.id)
            if raw.item.macro in named_by_arguments:
                for leaf in syntax.leaves(raw.node):
                    if leaf.type in ("identifier", "type_identifier") and leaf.parent is not raw.node:
                        scope.add_generated(syntax.identifier(leaf), raw.item.id, certain=False)


def _nested_calls(call: Node, macros: set[str]) -> list[Node]:
    """Token trees of ``name!(..)`` calls among ``call``'s tokens whose macro is in ``macros``."""
    found: list[Node] = []
    stack = [c for c in call.children if c.type == "token_tree"]
    while stack:
        tree = stack.pop()
        children = tree.children
        for index, child in enumerate(children):
            if child.type != "token_tree":
                continue
            stack.append(child)
            if index >= 2 and children[index - 1].type == "!" and syntax.identifier(children[index - 2]) in macros:
                found.append(child)
    return found


def _bind_definition(scopes: Scopes, raw: RawItem) -> None:
    item = raw.item
    module = item.id.module
    scope = scopes.modules[module]
    name = item.id.base_name
    visible = visibility_scope(item.visibility, module)
    kind = item.id.kind

    def bind(namespace: str, bound_name: str, resolution: Resolution, visible_in: ModulePath | None) -> None:
        scope.explicit[namespace].setdefault(bound_name, Binding(resolution, visible_in, bool(item.cfg)))

    if kind in _TYPE_KINDS:
        bind(TYPE, name, Resolution(target=item.id), visible)
    if kind in _VALUE_KINDS:
        bind(VALUE, name, Resolution(target=item.id), visible)
    if kind is ItemKind.MACRO:
        scopes.macros_by_name.setdefault(name, []).append(item.id)
        if item.is_macro_export:
            root = scopes.modules[()]
            root.explicit[MACRO].setdefault(name, Binding(Resolution(target=item.id), None))
    elif kind is ItemKind.EXTERN_CRATE:
        crate_node = raw.node.child_by_field_name("name")
        crate = syntax.identifier(crate_node) if crate_node is not None else name
        real = scopes.extern_crates.get(crate, crate)
        if crate == "self":
            bind(TYPE, name, _module_resolution(()), visible)
        else:
            bind(TYPE, name, Resolution(external=real), visible)
            if not module:
                scopes.extern_crates.setdefault(name, real)
            if raw.macro_use and real not in scopes.macro_use_crates:
                scopes.macro_use_crates.append(real)
    elif kind is ItemKind.EXTERN_BLOCK:
        for member in item.members:
            bind(VALUE, member, Resolution(target=item.id), visible)
    elif kind is ItemKind.USE:
        for spec in import_specs(raw.node):
            scopes.imports.append(PendingImport(module, item.id, spec, visible))
    elif kind is ItemKind.MACRO_CALL:
        candidates = named_candidates(raw.node)
        certain = {name for name, is_certain in candidates if is_certain}
        for generated, _is_certain in candidates:
            scope.add_generated(generated, item.id, certain=generated in certain)
        for detail in item.member_details:
            # Written whole in the call's tokens: bound like an item, with its visibility.
            for namespace in _MEMBER_NAMESPACES[detail.kind]:
                scope.explicit[namespace].setdefault(
                    detail.name,
                    Binding(Resolution(target=item.id), visibility_scope(detail.visibility, module), bool(item.cfg)),
                )
        for declaration, visibility in raw.uses:
            # `cfg_if! { .. pub use self::imp::*; .. }` imports like a `use` item.
            for spec in import_specs(declaration):
                scopes.imports.append(PendingImport(module, item.id, spec, visibility_scope(visibility, module)))


def _resolve_imports(scopes: Scopes) -> None:
    for _round in range(64):
        changed = False
        for pending in scopes.imports:
            if pending.spec.is_glob:
                changed |= _apply_glob(scopes, pending)
            elif not pending.resolved:
                changed |= _apply_import(scopes, pending)
        if not changed:
            return


def _apply_import(scopes: Scopes, pending: PendingImport) -> bool:
    spec = pending.spec
    scope = scopes.modules[pending.module]
    segments = spec.segments
    bound_any = False
    for namespace in NAMESPACES:
        resolution = scopes.resolve_path(pending.module, segments, namespace, in_use=True)
        if resolution is None:
            continue
        if resolution.external is not None and namespace != TYPE and len(segments) == 1:
            # ``use serde;`` binds the crate in the type namespace only.
            continue
        if not _namespace_fits(resolution, namespace):
            continue
        bound_any = True
        name = spec.alias
        if name and name != "_":
            existing = scope.explicit[namespace].get(name)
            conditional = bool(scopes.items[pending.use_item].item.cfg)
            if existing is None:
                scope.explicit[namespace][name] = Binding(resolution, pending.visible_in, conditional)
            elif (conditional or existing.conditional) and existing.resolution != resolution:
                # Valid Rust binds a name twice only under exclusive cfgs.
                others = scope.alternatives.setdefault((namespace, name), [])
                if resolution not in others:
                    others.append(resolution)
    if bound_any:
        pending.resolved = True
    return bound_any


def _namespace_fits(resolution: Resolution, namespace: str) -> bool:
    """True when the resolved item lives in ``namespace``."""
    target = resolution.target
    if target is None or resolution.variant is not None:
        return True
    kind = target.kind
    if namespace == TYPE:
        return kind in _TYPE_KINDS or kind is ItemKind.MACRO_CALL
    if namespace == VALUE:
        return kind in _VALUE_KINDS or kind in (ItemKind.EXTERN_BLOCK, ItemKind.MACRO_CALL)
    return kind is ItemKind.MACRO


def _apply_glob(scopes: Scopes, pending: PendingImport) -> bool:
    container = scopes.resolve_path(pending.module, pending.spec.segments, TYPE, in_use=True)
    if container is None:
        return False
    pending.resolved = True
    target = container.target
    scope = scopes.modules[pending.module]
    if target is None:
        if container.external is not None and container.external not in scope.external_globs:
            scope.external_globs.add(container.external)
            return True
        return False
    changed = False
    if target.kind is ItemKind.ENUM:
        for variant in sorted(scopes.variants.get(target, ())):
            for namespace in (TYPE, VALUE):
                if variant not in scope.globbed[namespace]:
                    scope.globbed[namespace][variant] = Binding(
                        Resolution(target=target, variant=variant), pending.visible_in
                    )
                    changed = True
        return changed
    if target.kind not in _CONTAINER_KINDS:
        return False
    source_path = (*target.module, target.name) if target.name else ()
    for namespace, name, binding in list(scopes.bindings_of(source_path)):
        if binding.visible_in is not None and pending.module[: len(binding.visible_in)] != binding.visible_in:
            continue
        if name in scope.explicit[namespace] or name in scope.globbed[namespace]:
            continue
        scope.globbed[namespace][name] = Binding(binding.resolution, pending.visible_in)
        changed = True
    source_scope = scopes.modules.get(source_path)
    if source_scope is not None:
        if not source_scope.external_globs <= scope.external_globs:
            scope.external_globs |= source_scope.external_globs
            changed = True
        for name, item_id in source_scope.generated.items():
            changed |= scope.add_generated(name, item_id, certain=name in source_scope.certain)
    return changed
