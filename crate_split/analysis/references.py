"""Every reference an item makes: from its signature and from its body.

Walks each item's syntax with lexical scopes (parameters, ``let``, closures,
match arms, ``if let``/``while let``, ``for`` patterns, generic parameters
and items declared inside bodies) so that local names shadow crate items as
they do in rustc. Paths resolve through :mod:`scope`; method calls and field
accesses cannot be resolved without types, so they are recorded by name and
linked later to every candidate.

Invariant: each reference is attributed to the module-level item whose
syntax contains it (an impl, not its methods).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crate_split.analysis import syntax
from crate_split.analysis.collect import Collected, RawItem
from crate_split.analysis.paths import path_segments
from crate_split.analysis.scope import MACRO, TYPE, VALUE, Resolution, Scopes, generated_names
from crate_split.analysis.syntax import Node
from crate_split.model import ItemId, ItemKind, Span
from crate_split.model.items import ImplFacts, RefKind, Reference

_SKIP = frozenset(
    {
        "line_comment", "block_comment", "string_literal", "raw_string_literal", "char_literal",
        "integer_literal", "float_literal", "boolean_literal", "lifetime", "label", "visibility_modifier",
        "self", "crate", "super", "primitive_type", "field_identifier", "shorthand_field_identifier",
        "inner_attribute_item", "escape_sequence", "mutable_specifier", "fragment_specifier",
    }
)
_NESTED_ITEMS = frozenset(
    {
        "function_item", "struct_item", "enum_item", "union_item", "trait_item", "type_item",
        "const_item", "static_item", "impl_item", "mod_item", "macro_definition", "use_declaration",
        "foreign_mod_item", "extern_crate_declaration",
    }
)
_VALUE_PATTERN_KINDS = frozenset({ItemKind.CONST, ItemKind.STATIC, ItemKind.STRUCT})
#: Namespaces a name declared by an item inside a body is bound in.
_LOCAL_ITEM_NAMESPACES = {
    "function_item": (VALUE,),
    "const_item": (VALUE,),
    "static_item": (VALUE,),
    "struct_item": (TYPE, VALUE),
    "enum_item": (TYPE,),
    "union_item": (TYPE,),
    "trait_item": (TYPE,),
    "type_item": (TYPE,),
    "mod_item": (TYPE,),
    "macro_definition": (MACRO,),
    "extern_crate_declaration": (TYPE,),
}


@dataclass(slots=True)
class _Frame:
    """One lexical scope: local values, generic parameters, local items."""

    values: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    #: Names bound by block-level ``use`` or item declarations.
    aliases: dict[tuple[str, str], Resolution] = field(default_factory=dict)
    #: True for the frame of an item nested in a body: locals and generic
    #: parameters of enclosing frames are not visible through it (items
    #: declared in enclosing blocks are).
    is_item: bool = False


@dataclass(slots=True)
class MemberAccess:
    """A method call or field access, linked later by name."""

    source: ItemId
    kind: RefKind
    name: str
    span: Span


def collect_references(
    collected: Collected,
    scopes: Scopes,
    textual_macro: "TextualMacros",
) -> tuple[list[Reference], list[MemberAccess], dict[ItemId, ImplFacts]]:
    """Walk every item; return path references, member accesses and impl facts."""
    references: list[Reference] = []
    accesses: list[MemberAccess] = []
    impls: dict[ItemId, ImplFacts] = {}
    for raw in collected.items:
        walker = _Walker(raw, scopes, textual_macro, references, accesses)
        walker.walk_item()
        if walker.impl_facts is not None:
            impls[raw.item.id] = walker.impl_facts
    return references, accesses, impls


class TextualMacros:
    """Answers which ``macro_rules!`` a name means at a point in textual order."""

    def __init__(self, collected: Collected) -> None:
        self._definitions: dict[str, list[tuple[int, int, ItemId]]] = {}
        parents_macro_use: dict[tuple[str, ...], bool] = {}
        for raw in collected.items:
            if raw.item.id.kind is ItemKind.MODULE:
                path = (*raw.item.id.module, raw.item.id.name.split("#")[0])
                parents_macro_use[path] = raw.macro_use
        self._generated: dict[str, list[tuple[int, int, ItemId]]] = {}
        for raw in collected.items:
            if raw.item.id.kind is not ItemKind.MACRO:
                continue
            name = raw.item.id.name.split("#")[0]

            self._definitions.setdefault(name, []).append((raw.order, self._scope_end(collected, raw, parents_macro_use), raw.item.id))
        for raw in collected.items:
            if raw.item.id.kind is ItemKind.MACRO_CALL:
                for name in generated_names(raw):
                    self._generated.setdefault(name, []).append(
                        (raw.order, self._scope_end(collected, raw, parents_macro_use), raw.item.id)
                    )

    @staticmethod
    def _scope_end(collected: Collected, raw: RawItem, parents_macro_use: dict[tuple[str, ...], bool]) -> int:
        module = raw.item.id.module
        while module and parents_macro_use.get(module, False):
            module = module[:-1]
        return collected.ranges[module].end

    def lookup(self, name: str, order: int) -> ItemId | None:
        """Return the macro ``name`` means at ``order``, or a macro call that
        probably generated it when no ``macro_rules!`` is in scope."""
        for table in (self._definitions, self._generated):
            best: tuple[int, ItemId] | None = None
            for start, end, item_id in table.get(name, ()):
                if start < order < end and (best is None or start > best[0]):
                    best = (start, item_id)
            if best is not None:
                return best[1]
        return None


class _Walker:
    def __init__(
        self,
        raw: RawItem,
        scopes: Scopes,
        macros: TextualMacros,
        references: list[Reference],
        accesses: list[MemberAccess],
    ) -> None:
        self.raw = raw
        self.item = raw.item.id
        self.module = raw.item.id.module
        self.scopes = scopes
        self.macros = macros
        self.references = references
        self.accesses = accesses
        self.frames: list[_Frame] = [_Frame()]
        self.self_resolution: Resolution | None = None
        self.impl_facts: ImplFacts | None = None

    # -- recording -----------------------------------------------------------------

    def span(self, node: Node) -> Span:
        file = self.raw.file
        return Span(file.path, node.start_byte, node.end_byte, file.lines.line_of(node.start_byte))

    def record(self, node: Node, kind: RefKind, text: str, resolution: Resolution | None) -> None:
        target = resolution.target if resolution else None
        external = resolution.external if resolution else None
        self.references.append(Reference(self.item, kind, text, self.span(node), target, external))

    # -- scopes --------------------------------------------------------------------

    def push(self, *, is_item: bool = False) -> None:
        self.frames.append(_Frame(is_item=is_item))

    def pop(self) -> None:
        self.frames.pop()

    def visible_frames(self) -> list[_Frame]:
        """Frames whose locals and generics are in scope: up to the nearest item."""
        for index in range(len(self.frames) - 1, -1, -1):
            if self.frames[index].is_item:
                return self.frames[index:]
        return self.frames

    def is_local_value(self, name: str) -> bool:
        return any(name in frame.values for frame in self.visible_frames())

    def is_generic(self, name: str) -> bool:
        return any(name in frame.types for frame in self.visible_frames())

    def alias(self, namespace: str, name: str) -> Resolution | None:
        for frame in reversed(self.frames):
            found = frame.aliases.get((namespace, name))
            if found is not None:
                return found
        return None

    def bind_generics(self, parameters: Node | None) -> None:
        if parameters is None:
            return
        for parameter in parameters.named_children:
            if parameter.type in ("type_parameter", "constrained_type_parameter", "optional_type_parameter"):
                name = parameter.child_by_field_name("name") or parameter.child_by_field_name("left")
                if name is None and parameter.named_children:
                    name = parameter.named_children[0]
                if name is not None:
                    self.frames[-1].types.add(syntax.text(name))
            elif parameter.type == "type_identifier":
                self.frames[-1].types.add(syntax.text(parameter))
            elif parameter.type == "const_parameter":
                name = parameter.child_by_field_name("name")
                if name is not None:
                    self.frames[-1].values.add(syntax.text(name))
        for parameter in parameters.named_children:
            for child in parameter.named_children:
                if child.type not in ("type_identifier", "identifier", "lifetime"):
                    self.visit(child)
                elif parameter.child_by_field_name("default") == child or (
                    parameter.type == "const_parameter" and child == parameter.child_by_field_name("type")
                ):
                    self.visit(child)

    # -- resolution -----------------------------------------------------------------

    def resolve(self, segments: tuple[str, ...], namespace: str) -> Resolution | None:
        first = segments[0]
        if first == "Self":
            if len(segments) == 1 or self.self_resolution is None:
                return self.self_resolution
            return self.scopes._walk(self.self_resolution, segments[1:], namespace)
        local = self.alias(namespace if len(segments) == 1 else TYPE, first)
        if local is not None:
            return local if len(segments) == 1 else self.scopes._walk(local, segments[1:], namespace)
        if len(segments) == 1 and namespace == MACRO:
            textual = self.macros.lookup(first, self.raw.order)
            if textual is not None:
                return Resolution(target=textual)
        found = self.scopes.resolve_path(self.module, segments, namespace)
        if found is None and len(segments) == 1 and namespace == VALUE:
            found = self.scopes.lookup_lexical(self.module, TYPE, first)
        return found

    def reference_path(self, node: Node, namespace: str, kind: RefKind) -> None:
        segments = path_segments(node)
        if segments is None:
            # A qualified path <T as Trait>::Name: the name is an associated
            # item chosen by the type; only the bracketed part refers to items.
            prefix = node.child_by_field_name("path") or node.child_by_field_name("type")
            for child in node.named_children:
                if child == prefix or child.type in ("type_arguments", "bracketed_type"):
                    self.visit(child)
            return
        first = segments[0]
        if first == "_":
            return
        if len(segments) == 1:
            if namespace == VALUE and self.is_local_value(first):
                return
            if namespace == TYPE and self.is_generic(first):
                return
        elif namespace != MACRO and self.is_generic(first):
            return
        if first in ("self", "super", "crate") and len(segments) == 1:
            return
        if first == "Self" and self.self_resolution is None:
            return
        self.record(node, kind, "::".join(segments), self.resolve(segments, namespace))
        self.visit_type_arguments(node)

    def visit_type_arguments(self, node: Node) -> None:
        stack = [node]
        while stack:
            current = stack.pop()
            for child in current.named_children:
                if child.type == "type_arguments":
                    self.visit(child)
                elif child.type == "bracketed_type":
                    self.visit(child)
                elif child.type in ("scoped_identifier", "scoped_type_identifier", "generic_type", "generic_type_with_turbofish"):
                    stack.append(child)

    # -- items ---------------------------------------------------------------------

    def walk_item(self) -> None:
        node = self.raw.node
        kind = self.item.kind
        self.visit_attributes(self.raw)
        if kind is ItemKind.USE:
            self.walk_use(node, module_level=True)
        elif kind is ItemKind.MODULE or kind is ItemKind.EXTERN_CRATE or kind is ItemKind.MACRO:
            if kind is ItemKind.MACRO:
                self.walk_macro_definition(node)
        elif kind is ItemKind.MACRO_CALL:
            self.visit_macro_invocation(node)
        elif kind is ItemKind.IMPL:
            self.walk_impl(node)
        elif kind is ItemKind.TRAIT:
            self.self_resolution = Resolution(target=self.item)
            self.walk_definition(node)
        elif kind in (ItemKind.STRUCT, ItemKind.ENUM, ItemKind.UNION):
            self.self_resolution = Resolution(target=self.item)
            self.walk_definition(node)
        elif kind is ItemKind.FUNCTION:
            self.visit_function(node)
        else:
            self.walk_definition(node)

    def visit_attributes(self, raw: RawItem) -> None:
        for attribute in syntax.attributes_before(raw.node.parent if raw.node.type == "macro_invocation" and raw.node.parent is not None and raw.node.parent.type == "expression_statement" else raw.node):
            name = syntax.attribute_name(attribute)
            if name != "derive":
                continue
            inner = next((c for c in attribute.named_children if c.type == "attribute"), None)
            arguments = inner.child_by_field_name("arguments") if inner is not None else None
            if arguments is None:
                continue
            for segments, token in _token_paths(arguments):
                self.record(token, RefKind.DERIVE, "::".join(segments), self.resolve(segments, MACRO) or self.resolve(segments, TYPE))

    def walk_definition(self, node: Node) -> None:
        self.bind_generics(node.child_by_field_name("type_parameters"))
        for child in node.named_children:
            if child.type == "type_parameters" or child == node.child_by_field_name("name"):
                continue
            self.visit(child)

    def walk_impl(self, node: Node) -> None:
        self.bind_generics(node.child_by_field_name("type_parameters"))
        trait = node.child_by_field_name("trait")
        self_type = node.child_by_field_name("type")
        if trait is not None:
            self.visit_header_type(trait)
        if self_type is not None:
            self.visit_header_type(self_type)
            local_self = self.classify_type(self_type)
            if isinstance(local_self, ItemId):
                self.self_resolution = Resolution(target=local_self)
            else:
                segments = path_segments(self_type)
                if segments is not None and not self.is_generic(segments[0]):
                    self.self_resolution = self.resolve(segments, TYPE)
            if node == self.raw.node:
                self.impl_facts = self.orphan_facts(trait, self_type)
        for child in node.named_children:
            if child in (trait, self_type) or child.type == "type_parameters":
                continue
            self.visit(child)

    def visit_header_type(self, node: Node) -> None:
        if node.type in ("type_identifier", "scoped_type_identifier", "generic_type"):
            self.reference_path(node, TYPE, RefKind.IMPL)
        else:
            self.visit(node)

    def walk_use(self, node: Node, *, module_level: bool) -> None:
        from crate_split.analysis.paths import import_specs

        for spec in import_specs(node):
            segments = spec.segments
            resolution = None
            for namespace in (TYPE, VALUE, MACRO):
                resolution = self.scopes.resolve_path(self.module, segments, namespace, in_use=True)
                if resolution is not None:
                    break
            if not module_level and resolution is None and segments and self.alias(TYPE, segments[0]):
                resolution = self.scopes._walk(self.alias(TYPE, segments[0]), segments[1:], TYPE)
            self.record(spec.node, RefKind.USE, "::".join(segments) + ("::*" if spec.is_glob else ""), resolution)
            if not module_level and resolution is not None and spec.alias and spec.alias != "_":
                for namespace in (TYPE, VALUE, MACRO):
                    self.frames[-1].aliases[(namespace, spec.alias)] = resolution
            if not module_level and spec.is_glob and resolution is not None and resolution.target is not None:
                self.bind_glob(resolution.target)

    def bind_glob(self, container: ItemId) -> None:
        if container.kind is ItemKind.ENUM:
            for variant in self.scopes.variants.get(container, ()):
                self.frames[-1].aliases[(VALUE, variant)] = Resolution(target=container, variant=variant)
                self.frames[-1].aliases[(TYPE, variant)] = Resolution(target=container, variant=variant)
        elif container.kind is ItemKind.MODULE:
            path = (*container.module, container.name) if container.name else ()
            for namespace, name, binding in self.scopes.bindings_of(path):
                self.frames[-1].aliases.setdefault((namespace, name), binding.resolution)

    def walk_macro_definition(self, node: Node) -> None:
        for rule in node.named_children:
            if rule.type != "macro_rule":
                continue
            right = rule.child_by_field_name("right")
            if right is not None:
                self.scan_tokens(right, crate_paths_only=True)

    # -- coherence -------------------------------------------------------------------

    def classify_type(self, node: Node) -> ItemId | str:
        """Classify an impl header type: a local item, ``"param"`` or ``"foreign"``.

        ``&T``, ``&mut T``, ``Box<T>`` and ``Pin<T>`` are fundamental: they
        take the class of ``T``. ``dyn LocalTrait`` is local.
        """
        kind = node.type
        if kind == "reference_type":
            inner = node.child_by_field_name("type")
            return self.classify_type(inner) if inner is not None else "foreign"
        if kind in ("dynamic_type", "abstract_type"):
            inner = node.child_by_field_name("trait")
            return self.classify_type(inner) if inner is not None else "foreign"
        if kind == "generic_type":
            segments = path_segments(node)
            if segments and segments[-1] in ("Box", "Pin"):
                resolution = self.resolve(segments, TYPE)
                if resolution is not None and resolution.external is not None:
                    arguments = node.child_by_field_name("type_arguments")
                    first = arguments.named_children[0] if arguments is not None and arguments.named_children else None
                    return self.classify_type(first) if first is not None else "foreign"
        segments = path_segments(node)
        if segments is None:
            return "foreign"
        if len(segments) == 1 and self.is_generic(segments[0]):
            return "param"
        resolution = self.resolve(segments, TYPE)
        if resolution is not None and resolution.target is not None:
            return resolution.target
        return "foreign"

    def orphan_facts(self, trait: Node | None, self_type: Node) -> ImplFacts:
        self_class = self.classify_type(self_type)
        self_item = self_class if isinstance(self_class, ItemId) else None
        if trait is None:
            homes = (self_item,) if self_item is not None else ()
            name = self_item.qualified() if self_item else _flat(self_type)
            return ImplFacts(None, False, self_item, homes, f"inherent impl: stays with its type {name}")
        trait_class = self.classify_type(trait)
        trait_item = trait_class if isinstance(trait_class, ItemId) else None
        ordered = [self_type]
        arguments = trait.child_by_field_name("type_arguments") if trait.type == "generic_type" else None
        if arguments is not None:
            ordered.extend(a for a in arguments.named_children if a.type not in ("lifetime", "type_binding"))
        type_home: ItemId | None = None
        for candidate in ordered:
            klass = self.classify_type(candidate)
            if isinstance(klass, ItemId):
                type_home = klass
                break
            if klass == "param":
                break
        homes = tuple(dict.fromkeys(h for h in (trait_item, type_home) if h is not None))
        trait_name = trait_item.qualified() if trait_item else _flat(trait)
        if trait_item is None:
            where = f"stays with {type_home.qualified()}" if type_home else "has no local type (orphan)"
            explanation = f"foreign trait {trait_name}: {where}"
        elif type_home is None:
            explanation = f"local trait {trait_name} for a foreign or generic type: stays with the trait"
        else:
            explanation = f"local trait {trait_name} for local {type_home.qualified()}: with either"
        return ImplFacts(trait_item, trait_item is None, self_item, homes, explanation)

    # -- generic visit ---------------------------------------------------------------

    def visit(self, node: Node) -> None:
        kind = node.type
        if kind in _SKIP:
            return
        handler = _HANDLERS.get(kind)
        if handler is not None:
            handler(self, node)
            return
        for child in node.named_children:
            self.visit(child)

    def visit_identifier(self, node: Node) -> None:
        self.reference_path(node, VALUE, RefKind.PATH)

    def visit_type_identifier(self, node: Node) -> None:
        self.reference_path(node, TYPE, RefKind.TYPE)

    def visit_scoped_identifier(self, node: Node) -> None:
        self.reference_path(node, VALUE, RefKind.PATH)

    def visit_type_path(self, node: Node) -> None:
        self.reference_path(node, TYPE, RefKind.TYPE)

    def visit_field_expression(self, node: Node) -> None:
        value = node.child_by_field_name("value")
        if value is not None:
            self.visit(value)
        name = node.child_by_field_name("field")
        if name is not None and name.type == "field_identifier":
            self.access(RefKind.FIELD, name)

    def access(self, kind: RefKind, name: Node) -> None:
        self.accesses.append(MemberAccess(self.item, kind, syntax.text(name), self.span(name)))

    def visit_call(self, node: Node) -> None:
        function = node.child_by_field_name("function")
        method = function
        if method is not None and method.type == "generic_function":
            inner = method.child_by_field_name("function")
            if inner is not None and inner.type == "field_expression":
                self.visit_type_arguments(method)
                method = inner
        if method is not None and method.type == "field_expression":
            value = method.child_by_field_name("value")
            if value is not None:
                self.visit(value)
            name = method.child_by_field_name("field")
            if name is not None:
                self.access(RefKind.METHOD, name)
        elif function is not None:
            self.visit(function)
        arguments = node.child_by_field_name("arguments")
        if arguments is not None:
            self.visit(arguments)

    def visit_struct_expression(self, node: Node) -> None:
        name = node.child_by_field_name("name")
        if name is not None:
            self.reference_path(name, TYPE, RefKind.TYPE)
        body = node.child_by_field_name("body")
        if body is not None:
            self.visit(body)

    def visit_field_initializer(self, node: Node) -> None:
        value = node.child_by_field_name("value")
        if value is not None:
            self.visit(value)

    def visit_macro_invocation(self, node: Node) -> None:
        macro = node.child_by_field_name("macro")
        if macro is not None:
            segments = path_segments(macro)
            if segments is not None:
                self.record(macro, RefKind.MACRO, "::".join(segments) + "!", self.resolve(segments, MACRO))
        for child in node.named_children:
            if child.type == "token_tree":
                self.scan_tokens(child, crate_paths_only=False)

    def scan_tokens(self, tree: Node, *, crate_paths_only: bool) -> None:
        """Record paths found in a token tree when they resolve (speculative).

        In a ``macro_rules!`` body (``crate_paths_only``) only ``$crate``
        paths and calls of other macros are meaningful at the definition;
        a called macro is looked up from the definition's place, and only
        local macros are recorded.
        """
        for segments, token in _token_paths(tree):
            first = segments[0]
            is_call = token.next_sibling is not None and token.next_sibling.type == "!"
            if crate_paths_only and first != "$crate":
                if is_call and len(segments) == 1:
                    resolution = self.resolve(segments, MACRO)
                    if resolution is not None and resolution.target is not None:
                        self.record(token, RefKind.TOKEN, first, resolution)
                continue
            if first.startswith("$") and first != "$crate":
                continue
            if len(segments) == 1 and (self.is_local_value(first) or self.is_generic(first)):
                continue
            resolution = self.resolve(segments, VALUE) or self.resolve(segments, TYPE)
            if resolution is None and is_call:
                resolution = self.resolve(segments, MACRO)
            if resolution is not None and (resolution.target is not None):
                self.record(token, RefKind.TOKEN, "::".join(segments), resolution)
            elif first == "$crate":
                self.record(token, RefKind.TOKEN, "::".join(segments), resolution)

    # -- bodies and bindings ------------------------------------------------------------

    def visit_function(self, node: Node) -> None:
        self.push(is_item=_is_in_body(node))
        self.bind_generics(node.child_by_field_name("type_parameters"))
        parameters = node.child_by_field_name("parameters")
        if parameters is not None:
            for parameter in parameters.named_children:
                if parameter.type == "parameter":
                    type_node = parameter.child_by_field_name("type")
                    if type_node is not None:
                        self.visit(type_node)
                    pattern = parameter.child_by_field_name("pattern")
                    if pattern is not None:
                        self.bind_pattern(pattern)
                elif parameter.type not in ("self_parameter", "attribute_item"):
                    self.visit(parameter)
        for field_name in ("return_type",):
            child = node.child_by_field_name(field_name)
            if child is not None:
                self.visit(child)
        for child in node.named_children:
            if child.type == "where_clause":
                self.visit(child)
        body = node.child_by_field_name("body")
        if body is not None:
            self.visit(body)
        self.pop()

    def visit_closure(self, node: Node) -> None:
        self.push()
        parameters = node.child_by_field_name("parameters")
        if parameters is not None:
            for parameter in parameters.named_children:
                if parameter.type == "parameter":
                    type_node = parameter.child_by_field_name("type")
                    if type_node is not None:
                        self.visit(type_node)
                    pattern = parameter.child_by_field_name("pattern")
                    if pattern is not None:
                        self.bind_pattern(pattern)
                else:
                    self.bind_pattern(parameter)
        for field_name in ("return_type", "body"):
            child = node.child_by_field_name(field_name)
            if child is not None:
                self.visit(child)
        self.pop()

    def visit_block(self, node: Node) -> None:
        self.push()
        self.declare_local_items(node)
        for child in node.named_children:
            self.visit(child)
        self.pop()

    def declare_local_items(self, block: Node) -> None:
        frame = self.frames[-1]
        local = Resolution(target=self.item)
        for child in block.named_children:
            if child.type == "use_declaration":
                self.walk_use(child, module_level=False)
                continue
            name = child.child_by_field_name("name")
            if name is None:
                continue
            # An item in a body belongs to the enclosing module-level item;
            # it shadows crate items only in the namespaces it lives in.
            for namespace in _LOCAL_ITEM_NAMESPACES.get(child.type, ()):
                frame.aliases[(namespace, syntax.text(name))] = local

    def visit_nested_item(self, node: Node) -> None:
        if node.type == "use_declaration":
            return
        self.push(is_item=_is_in_body(node))
        saved = self.self_resolution
        if node.type == "impl_item":
            self.walk_impl(node)
        elif node.type == "macro_definition":
            self.walk_macro_definition(node)
        else:
            if node.type in ("struct_item", "enum_item", "union_item", "trait_item"):
                self.self_resolution = Resolution(target=self.item)
            self.walk_definition(node)
        self.self_resolution = saved
        self.pop()

    def visit_let(self, node: Node) -> None:
        for field_name in ("type", "value", "alternative"):
            child = node.child_by_field_name(field_name)
            if child is not None:
                self.visit(child)
        pattern = node.child_by_field_name("pattern")
        if pattern is not None:
            self.bind_pattern(pattern)

    def visit_let_condition(self, node: Node) -> None:
        value = node.child_by_field_name("value")
        if value is not None:
            self.visit(value)
        pattern = node.child_by_field_name("pattern")
        if pattern is not None:
            self.bind_pattern(pattern)

    def visit_if(self, node: Node) -> None:
        # Bindings of ``if let`` / ``while let`` conditions are in scope in
        # the body, not in the ``else`` branch.
        alternative = node.child_by_field_name("alternative")
        self.push()
        for child in node.named_children:
            if child != alternative:
                self.visit(child)
        self.pop()
        if alternative is not None:
            self.visit(alternative)

    def visit_for(self, node: Node) -> None:
        value = node.child_by_field_name("value")
        if value is not None:
            self.visit(value)
        self.push()
        pattern = node.child_by_field_name("pattern")
        if pattern is not None:
            self.bind_pattern(pattern)
        body = node.child_by_field_name("body")
        if body is not None:
            self.visit(body)
        self.pop()

    def visit_match_arm(self, node: Node) -> None:
        self.push()
        pattern = node.child_by_field_name("pattern")
        if pattern is not None:
            self.bind_pattern(pattern)
        value = node.child_by_field_name("value")
        if value is not None:
            self.visit(value)
        self.pop()

    def bind_pattern(self, node: Node) -> None:
        """Bind the names a pattern introduces; record the paths it names."""
        kind = node.type
        if kind == "identifier":
            name = syntax.text(node)
            resolution = None if self.is_local_value(name) else self.resolve((name,), VALUE)
            if resolution is not None and _is_pattern_constant(resolution):
                self.record(node, RefKind.PATH, name, resolution)
            else:
                self.frames[-1].values.add(name)
            return
        if kind == "shorthand_field_identifier":
            self.frames[-1].values.add(syntax.text(node))
            return
        if kind == "match_pattern":
            for child in node.named_children:
                if child == node.child_by_field_name("condition"):
                    self.visit(child)
                else:
                    self.bind_pattern(child)
            return
        if kind in ("tuple_struct_pattern", "struct_pattern"):
            type_node = node.child_by_field_name("type")
            if type_node is not None:
                self.reference_path(type_node, VALUE if kind == "tuple_struct_pattern" else TYPE, RefKind.PATH)
            for child in node.named_children:
                if child != type_node:
                    self.bind_pattern(child)
            return
        if kind == "field_pattern":
            pattern = node.child_by_field_name("pattern")
            if pattern is not None:
                self.bind_pattern(pattern)
            else:
                name = node.child_by_field_name("name")
                if name is not None:
                    self.frames[-1].values.add(syntax.text(name))
            return
        if kind in ("scoped_identifier", "scoped_type_identifier"):
            self.reference_path(node, VALUE, RefKind.PATH)
            return
        if kind in ("string_literal", "integer_literal", "char_literal", "boolean_literal", "float_literal",
                    "negative_literal", "raw_string_literal", "lifetime", "mutable_specifier", "remaining_field_pattern"):
            return
        if kind in ("range_pattern",):
            for child in node.named_children:
                if child.type in ("identifier", "scoped_identifier"):
                    self.reference_path(child, VALUE, RefKind.PATH)
            return
        for child in node.named_children:
            self.bind_pattern(child)

    def visit_type_binding(self, node: Node) -> None:
        for child in node.named_children:
            if child != node.child_by_field_name("name"):
                self.visit(child)

    def visit_where_predicate(self, node: Node) -> None:
        for child in node.named_children:
            self.visit(child)

    def visit_higher_ranked(self, node: Node) -> None:
        for child in node.named_children:
            if child.type != "type_parameters":
                self.visit(child)

    def visit_enum_variant(self, node: Node) -> None:
        for child in node.named_children:
            if child != node.child_by_field_name("name"):
                self.visit(child)

    def visit_field_declaration(self, node: Node) -> None:
        type_node = node.child_by_field_name("type")
        if type_node is not None:
            self.visit(type_node)

    def visit_associated_type(self, node: Node) -> None:
        for child in node.named_children:
            if child != node.child_by_field_name("name"):
                self.visit(child)

    def visit_attribute_item(self, node: Node) -> None:
        return

    def visit_closure_parameters(self, node: Node) -> None:
        return

    def visit_shorthand_initializer(self, node: Node) -> None:
        for child in node.named_children:
            if child.type == "identifier":
                self.reference_path(child, VALUE, RefKind.PATH)

    def visit_bracketed_type(self, node: Node) -> None:
        for child in node.named_children:
            self.visit(child)

    def visit_qualified_type(self, node: Node) -> None:
        for child in node.named_children:
            self.visit(child)


def _is_in_body(node: Node) -> bool:
    """True for an item declared inside a block (a function body)."""
    return node.parent is not None and node.parent.type == "block"


def _flat(node: Node) -> str:
    return " ".join(syntax.text(node).split())


def _is_pattern_constant(resolution: Resolution) -> bool:
    if resolution.variant is not None:
        return True
    if resolution.external is not None:
        return False
    target = resolution.target
    return target is not None and target.kind in _VALUE_PATTERN_KINDS


def _token_paths(tree: Node) -> list[tuple[tuple[str, ...], Node]]:
    """Find ``a::b::c`` sequences of identifiers among a token tree's leaves."""
    leaves: list[Node] = []
    stack = [tree]
    while stack:
        current = stack.pop()
        if current.type in ("string_literal", "raw_string_literal", "char_literal"):
            continue
        if current.child_count == 0 or current.type in ("metavariable",):
            leaves.append(current)
        else:
            stack.extend(reversed(current.children))
    found: list[tuple[tuple[str, ...], Node]] = []
    index = 0
    while index < len(leaves):
        leaf = leaves[index]
        if leaf.type in ("identifier", "type_identifier", "metavariable", "crate", "self", "super") or (
            leaf.type == "::" and index + 1 < len(leaves) and leaves[index + 1].type == "identifier"
        ):
            previous = leaves[index - 1].type if index > 0 else ""
            if previous in (".", "'") or (previous == "::" and leaf.type != "::"):
                index += 1
                continue
            segments: list[str] = []
            start = leaf
            if leaf.type == "::":
                segments.append("")
                index += 1
                leaf = leaves[index]
            segments.append(syntax.text(leaf))
            while index + 2 < len(leaves) and leaves[index + 1].type == "::" and leaves[index + 2].type in ("identifier", "type_identifier"):
                segments.append(syntax.text(leaves[index + 2]))
                index += 2
            keyword_before = previous in ("fn", "struct", "enum", "let", "mut", "trait", "type", "mod", "const", "static", "as", "macro_rules")
            if not keyword_before and segments[0] not in ("self", "super", "crate") or len(segments) > 1:
                found.append((tuple(segments), start))
        index += 1
    return found


_HANDLERS = {
    "identifier": _Walker.visit_identifier,
    "type_identifier": _Walker.visit_type_identifier,
    "scoped_identifier": _Walker.visit_scoped_identifier,
    "scoped_type_identifier": _Walker.visit_type_path,
    "generic_type": _Walker.visit_type_path,
    "generic_type_with_turbofish": _Walker.visit_scoped_identifier,
    "field_expression": _Walker.visit_field_expression,
    "call_expression": _Walker.visit_call,
    "struct_expression": _Walker.visit_struct_expression,
    "field_initializer": _Walker.visit_field_initializer,
    "shorthand_field_initializer": _Walker.visit_shorthand_initializer,
    "macro_invocation": _Walker.visit_macro_invocation,
    "function_item": _Walker.visit_function,
    "function_signature_item": _Walker.visit_function,
    "closure_expression": _Walker.visit_closure,
    "block": _Walker.visit_block,
    "let_declaration": _Walker.visit_let,
    "let_condition": _Walker.visit_let_condition,
    "if_expression": _Walker.visit_if,
    "while_expression": _Walker.visit_if,
    "for_expression": _Walker.visit_for,
    "match_arm": _Walker.visit_match_arm,
    "type_binding": _Walker.visit_type_binding,
    "where_predicate": _Walker.visit_where_predicate,
    "higher_ranked_trait_bound": _Walker.visit_higher_ranked,
    "enum_variant": _Walker.visit_enum_variant,
    "field_declaration": _Walker.visit_field_declaration,
    "associated_type": _Walker.visit_associated_type,
    "attribute_item": _Walker.visit_attribute_item,
    "bracketed_type": _Walker.visit_bracketed_type,
    "qualified_type": _Walker.visit_qualified_type,
    "struct_item": _Walker.visit_nested_item,
    "enum_item": _Walker.visit_nested_item,
    "union_item": _Walker.visit_nested_item,
    "trait_item": _Walker.visit_nested_item,
    "type_item": _Walker.visit_nested_item,
    "const_item": _Walker.visit_nested_item,
    "static_item": _Walker.visit_nested_item,
    "impl_item": _Walker.visit_nested_item,
    "mod_item": _Walker.visit_nested_item,
    "macro_definition": _Walker.visit_nested_item,
    "use_declaration": _Walker.visit_nested_item,
    "foreign_mod_item": _Walker.visit_nested_item,
    "extern_crate_declaration": _Walker.visit_nested_item,
}
