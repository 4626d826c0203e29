"""Module scopes: what each name means in each module, imports resolved to a
fixpoint the way rustc does it.

Each module has three namespaces (types, values, macros), each with an
explicit layer (definitions and named imports) that shadows a glob layer.
``use`` declarations, ``pub use`` chains and globs are resolved repeatedly
until nothing changes. Lexical scopes inside function bodies are not here:
they belong to the reference walker.

Invariant: a ``Resolution`` names either a local item or an external crate,
never both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from crate_split.analysis import prelude
from crate_split.analysis.collect import Collected, RawItem
from crate_split.analysis.paths import ImportSpec, import_specs
from crate_split.analysis.syntax import Node
from crate_split.model import ItemId, ItemKind, ModulePath

TYPE, VALUE, MACRO = "type", "value", "macro"
NAMESPACES = (TYPE, VALUE, MACRO)

_TYPE_KINDS = {ItemKind.MODULE, ItemKind.STRUCT, ItemKind.ENUM, ItemKind.UNION, ItemKind.TRAIT, ItemKind.TYPE_ALIAS}
_VALUE_KINDS = {ItemKind.FUNCTION, ItemKind.CONST, ItemKind.STATIC, ItemKind.STRUCT}
_CONTAINER_KINDS = {ItemKind.MODULE}


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


@dataclass(slots=True)
class ModuleScope:
    explicit: dict[str, dict[str, Binding]] = field(default_factory=lambda: {ns: {} for ns in NAMESPACES})
    globbed: dict[str, dict[str, Binding]] = field(default_factory=lambda: {ns: {} for ns in NAMESPACES})
    #: Names that item-level macro calls in this module probably define.
    generated: dict[str, ItemId] = field(default_factory=dict)
    #: External crates glob-imported here (``use rayon::prelude::*``).
    external_globs: set[str] = field(default_factory=set)

    def get(self, namespace: str, name: str) -> Binding | None:
        return self.explicit[namespace].get(name) or self.globbed[namespace].get(name)


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
        elif namespace == MACRO:
            if name in prelude.BUILTIN_MACROS or name in prelude.BUILTIN_DERIVES:
                return Resolution(external="std")
        scope = self.modules.get(module)
        if scope is not None and name in scope.generated and namespace != MACRO:
            return Resolution(target=scope.generated[name])
        if scope is not None and scope.external_globs:
            # Names we cannot see may come from a glob of another crate.
            return Resolution(external=min(scope.external_globs))
        return None

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
                if found is None:
                    generated = self.modules.get(module_path)
                    if generated is not None and segment in generated.generated:
                        found = Resolution(target=generated.generated[segment])
                current = found
                continue
            if target.kind is ItemKind.ENUM and segment in self.variants.get(target, ()):
                return Resolution(target=target, variant=segment)
            # An associated item of a type or trait: the path depends on the item.
            return current
        return current

    def _macro_by_name(self, name: str) -> Resolution | None:
        """Find a ``macro_rules!`` by name anywhere (``pub(crate) use m;`` style)."""
        found = self.macros_by_name.get(name)
        return Resolution(target=found[0]) if found else None

    def bindings_of(self, module: ModulePath) -> Iterable[tuple[str, str, Binding]]:
        scope = self.modules.get(module)
        if scope is None:
            return ()
        found = []
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
    _bind_names_from_local_macros(scopes, collected)
    _resolve_imports(scopes)
    return scopes


def _bind_names_from_local_macros(scopes: Scopes, collected: Collected) -> None:
    """Names a local ``macro_rules!`` body defines belong to each item-level call of it."""
    bodies: dict[str, list[str]] = {}
    for name, definitions in scopes.macros_by_name.items():
        found: list[str] = []
        for definition in definitions:
            for rule in scopes.items[definition].node.named_children:
                right = rule.child_by_field_name("right") if rule.type == "macro_rule" else None
                if right is not None:
                    found.extend(_defined_names(right, certain_only=True))
        bodies[name] = found
    for raw in collected.items:
        if raw.item.id.kind is ItemKind.MACRO_CALL and raw.item.macro in bodies:
            scope = scopes.modules[raw.item.id.module]
            for generated in bodies[raw.item.macro]:
                scope.generated.setdefault(generated, raw.item.id)


def _bind_definition(scopes: Scopes, raw: RawItem) -> None:
    item = raw.item
    module = item.id.module
    scope = scopes.modules[module]
    name = item.id.name.split("#")[0]
    visible = visibility_scope(item.visibility, module)
    kind = item.id.kind

    def bind(namespace: str, bound_name: str, resolution: Resolution, visible_in: ModulePath | None) -> None:
        scope.explicit[namespace].setdefault(bound_name, Binding(resolution, visible_in))

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
        crate = crate_node.text.decode() if crate_node is not None and crate_node.text else name
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
        for generated in generated_names(raw):
            scope.generated.setdefault(generated, item.id)


_DEFINING_KEYWORDS = frozenset({"struct", "enum", "fn", "trait", "type", "const", "static", "mod", "union", "macro_rules"})


def generated_names(raw: RawItem, *, certain_only: bool = False) -> list[str]:
    """Identifiers in an item-level macro call that may name generated items.

    Names after ``struct``/``enum``/``fn``/... keywords are certain; other
    capitalised identifiers are likely (``newtype!(Meters)``). Both are used
    only when nothing else resolves a name.
    """
    return _defined_names(raw.node, certain_only=certain_only)


def _defined_names(root: Node, *, certain_only: bool) -> list[str]:
    names: list[str] = []
    stack = [root]
    previous = ""
    while stack:
        node = stack.pop()
        if node.child_count == 0:
            token = node.text.decode("utf-8", "replace") if node.text else ""
            if node.type in ("identifier", "type_identifier") and (
                previous in _DEFINING_KEYWORDS or (not certain_only and token[:1].isupper())
            ):
                names.append(token)
            previous = token
        else:
            stack.extend(reversed(node.children))
    return names


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
            if existing is None:
                scope.explicit[namespace][name] = Binding(resolution, pending.visible_in)
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
            if name not in scope.generated:
                scope.generated[name] = item_id
                changed = True
    return changed
