"""Every reference an item makes: from its signature and from its body.

Walks each item's syntax with the lexical scopes of :mod:`lexical`, so that
locals and generic parameters shadow crate items as they do in rustc, and
records each path with what :mod:`scope` resolves it to. A path that reaches
an item or import with ``#[cfg]`` alternatives is recorded once for each
alternative. Method calls and field accesses cannot be resolved without
types, so they are recorded by name and linked later to every candidate;
the orphan-rule facts of impl headers come from :mod:`coherence`.

The walk is iterative (see :mod:`lexical`): ``_Walker.run`` keeps the
pending work on an explicit stack, so the deepest nesting tree-sitter
parses (a sum of thousands of terms, thousands of nested parentheses) is
walked without recursion.

Invariant: each reference is attributed to the module-level item whose
syntax contains it (an impl, not its methods).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from crate_split.analysis import syntax
from crate_split.analysis.coherence import classify_type, orphan_facts
from crate_split.analysis.collect import Collected, RawItem
from crate_split.analysis.lexical import LexicalWalker, Task, Tasks, is_in_body
from crate_split.analysis.macro_expansions import Expansions, WrittenImpl, is_macro_call
from crate_split.analysis.macros import TextualMacros
from crate_split.analysis.paths import members_in_tokens, path_segments, paths_in_tokens, token_leaves, token_tree_paths
from crate_split.analysis.resolved_paths import ResolvedPaths
from crate_split.analysis.scope import MACRO, TYPE, VALUE, Resolution, Scopes
from crate_split.analysis.syntax import Node
from crate_split.model import ItemId, ItemKind, Span
from crate_split.model.items import ImplFacts, Reference, RefKind

#: ``TextualMacros`` lives in :mod:`macros`; it is re-exported for the pipeline.
__all__ = ["MemberAccess", "TextualMacros", "collect_references"]

_SKIP = frozenset(
    {
        "line_comment",
        "block_comment",
        "string_literal",
        "raw_string_literal",
        "char_literal",
        "integer_literal",
        "float_literal",
        "boolean_literal",
        "lifetime",
        "label",
        "visibility_modifier",
        "self",
        "crate",
        "super",
        "primitive_type",
        "field_identifier",
        "shorthand_field_identifier",
        "inner_attribute_item",
        "escape_sequence",
        "mutable_specifier",
        "fragment_specifier",
        # Derives are read by ``visit_attributes``; closure parameters by ``visit_closure``.
        "attribute_item",
        "closure_parameters",
    }
)


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
    textual_macro: TextualMacros,
) -> tuple[list[Reference], list[MemberAccess], dict[ItemId, ImplFacts]]:
    """Walk every item; return path references, member accesses and impl facts."""
    references: list[Reference] = []
    accesses: list[MemberAccess] = []
    impls: dict[ItemId, ImplFacts] = {}
    expansions = Expansions(scopes, textual_macro)
    resolved = ResolvedPaths(scopes)
    for raw in collected.items:
        walker = _Walker(raw, scopes, textual_macro, references, accesses, expansions, resolved)
        walker.run(walker.walk_item())
        if walker.impl_facts is not None:
            impls[raw.item.id] = walker.impl_facts
    return references, accesses, impls


#: No further tasks (shared: never changed).
_NOTHING: list[Node] = []

#: Local items an impl's self type may be.
_SELF_TYPE_KINDS = frozenset({ItemKind.STRUCT, ItemKind.ENUM, ItemKind.UNION})


class _Walker(LexicalWalker):
    def __init__(
        self,
        raw: RawItem,
        scopes: Scopes,
        macros: TextualMacros,
        references: list[Reference],
        accesses: list[MemberAccess],
        expansions: Expansions,
        resolved: ResolvedPaths,
    ) -> None:
        self.raw = raw
        self.path = raw.file.path
        self.line_of = raw.file.lines.line_of
        self.resolved = resolved
        self.expansions = expansions
        self.item = raw.item.id
        self.module = raw.item.id.module
        self.scopes = scopes
        self.macros = macros
        self.references = references
        self.accesses = accesses
        super().__init__()
        self.self_resolution: Resolution | None = None
        self.impl_facts: ImplFacts | None = None

    # -- recording -----------------------------------------------------------------

    def span(self, node: Node) -> Span:
        start = node.start_byte
        return Span(self.path, start, node.end_byte, self.line_of(start))

    def record(self, node: Node, kind: RefKind, text: str, resolution: Resolution | None) -> None:
        target = resolution.target if resolution else None
        external = resolution.external if resolution else None
        start = node.start_byte
        span = Span(self.path, start, node.end_byte, self.line_of(start))
        self.references.append(Reference(self.item, kind, text, span, target, external))

    def record_path(
        self,
        node: Node,
        kind: RefKind,
        text: str,
        segments: tuple[str, ...],
        namespace: str,
        resolution: Resolution | None,
    ) -> None:
        """Record a resolved path, plus what it means under other ``#[cfg]``s."""
        self.record(node, kind, text, resolution)
        if resolution is None or segments[0] == "Self":
            return
        if self.alias(namespace if len(segments) == 1 else TYPE, segments[0]) is not None:
            return
        for alternative in self.resolved.alternatives(self.module, segments, namespace, resolution):
            self.record(node, kind, text, alternative)

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
        return self.resolve_outside(segments, namespace)

    def resolve_outside(self, segments: tuple[str, ...], namespace: str) -> Resolution | None:
        """``resolve`` for a path whose first segment is neither ``Self``
        nor bound in the item's frames."""
        if len(segments) == 1 and namespace == MACRO:
            textual = self.macros.lookup(segments[0], self.raw.order)
            if textual is not None:
                return Resolution(target=textual)
        found = self.resolved.resolve(self.module, segments, namespace)
        if found is None:
            # Names we cannot see may come from a block's glob of another crate.
            crate = next((c for frame in reversed(self.frames) for c in frame.external_globs), None)
            found = Resolution(external=crate) if crate is not None else None
        return found

    def reference_path(self, node: Node, namespace: str, kind: RefKind) -> list[Node]:
        segments = path_segments(node)
        if segments is None:
            # A qualified path <T as Trait>::Name: the name is an associated
            # item chosen by the type; only the bracketed part refers to items.
            prefix = node.child_by_field_name("path") or node.child_by_field_name("type")
            return [
                child
                for child in node.named_children
                if child == prefix or child.type in ("type_arguments", "bracketed_type")
            ]
        first = segments[0]
        if first == "_":
            return []
        if len(segments) == 1:
            if namespace == VALUE and self.is_local_value(first):
                return []
            if namespace == TYPE and self.is_generic(first):
                return []
        elif namespace != MACRO and self.is_generic(first):
            return []
        if first in ("self", "super", "crate") and len(segments) == 1:
            return []
        if first == "Self" and self.self_resolution is None:
            return []
        self.record_path(node, kind, "::".join(segments), segments, namespace, self.resolve(segments, namespace))
        return self.type_arguments(node) if node.named_child_count else []

    def reference_name(self, node: Node, namespace: str, kind: RefKind) -> list[Node]:
        """``reference_path`` for a bare identifier, the commonest path: one
        segment, nothing inside it to visit."""
        name = syntax.identifier(node)
        if name == "_" or name in ("self", "super", "crate"):
            return _NOTHING
        if namespace == VALUE:
            if self.is_local_value(name):
                return _NOTHING
        elif namespace == TYPE and self.is_generic(name):
            return _NOTHING
        if name == "Self":
            if self.self_resolution is not None:
                self.record(node, kind, name, self.self_resolution)
            return _NOTHING
        # ``record_path`` and ``resolve`` in one, with one look at the frames.
        local = self.alias(namespace, name)
        if local is not None:
            self.record(node, kind, name, local)
            return _NOTHING
        segments = (name,)
        resolution = self.resolve_outside(segments, namespace)
        self.record(node, kind, name, resolution)
        if resolution is not None:
            for alternative in self.resolved.alternatives(self.module, segments, namespace, resolution):
                self.record(node, kind, name, alternative)
        return _NOTHING

    def type_arguments(self, node: Node) -> list[Node]:
        """The type arguments (and bracketed types) anywhere along a path, to visit."""
        found = []
        stack = [node]
        while stack:
            current = stack.pop()
            for child in current.named_children:
                if child.type == "type_arguments":
                    found.append(child)
                elif child.type == "bracketed_type":
                    found.append(child)
                elif child.type in (
                    "scoped_identifier",
                    "scoped_type_identifier",
                    "generic_type",
                    "generic_type_with_turbofish",
                ):
                    stack.append(child)
        return found

    # -- items ---------------------------------------------------------------------

    def run(self, tasks: Tasks) -> None:
        """Run ``tasks`` and everything they yield, depth first, with no recursion.

        A ``Node`` task is visited: skipped, handed to its handler (whose
        returned tasks run next) or, with no handler, replaced by its named
        children. Any other task is an iterator of tasks and runs in place.
        """
        if not tasks:
            return
        stack: list[Iterator[Task]] = [iter(tasks)]
        dispatch = _DISPATCH
        descend = _descend
        while stack:
            task = next(stack[-1], None)
            if task is None:
                stack.pop()
            elif task.__class__ is not Node:
                stack.append(task)
            else:
                handler = dispatch.get(task.type, descend)
                if handler is descend:
                    if task.named_child_count:
                        stack.append(iter(task.named_children))
                    continue
                if handler is None:
                    continue  # One of ``_SKIP``.
                more = handler(self, task)
                if more:
                    stack.append(iter(more))

    def walk_item(self) -> Tasks:
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
            return self.walk_impl(node)
        elif kind is ItemKind.TRAIT:
            self.self_resolution = Resolution(target=self.item)
            return self.walk_definition(node)
        elif kind in (ItemKind.STRUCT, ItemKind.ENUM, ItemKind.UNION):
            self.self_resolution = Resolution(target=self.item)
            return self.walk_definition(node)
        elif kind is ItemKind.FUNCTION:
            return self.visit_function(node)
        else:
            return self.walk_definition(node)
        return None

    def visit_attributes(self, raw: RawItem) -> None:
        for attribute in syntax.attributes_before(
            raw.node.parent
            if raw.node.type == "macro_invocation"
            and raw.node.parent is not None
            and raw.node.parent.type == "expression_statement"
            else raw.node
        ):
            name = syntax.attribute_name(attribute)
            if name != "derive":
                continue
            inner = next((c for c in attribute.named_children if c.type == "attribute"), None)
            arguments = inner.child_by_field_name("arguments") if inner is not None else None
            if arguments is None:
                continue
            for segments, token in token_tree_paths(arguments):
                self.record(
                    token,
                    RefKind.DERIVE,
                    "::".join(segments),
                    self.resolve(segments, MACRO) or self.resolve(segments, TYPE),
                )

    def walk_definition(self, node: Node) -> Iterator[Task]:
        yield from self.bind_generics(node.child_by_field_name("type_parameters"))
        for child in node.named_children:
            if child.type == "type_parameters" or child == node.child_by_field_name("name"):
                continue
            yield child

    def walk_impl(self, node: Node) -> Iterator[Task]:
        yield from self.bind_generics(node.child_by_field_name("type_parameters"))
        trait = node.child_by_field_name("trait")
        self_type = node.child_by_field_name("type")
        if trait is not None:
            yield from self.visit_header_type(trait)
        if self_type is not None:
            yield from self.visit_header_type(self_type)
            local_self = classify_type(self, self_type)
            if isinstance(local_self, ItemId):
                self.self_resolution = Resolution(target=local_self)
            else:
                segments = path_segments(self_type)
                if segments is not None and not self.is_generic(segments[0]):
                    self.self_resolution = self.resolve(segments, TYPE)
            if node == self.raw.node:
                self.impl_facts = orphan_facts(self, trait, self_type)
        for child in node.named_children:
            if child in (trait, self_type) or child.type == "type_parameters":
                continue
            yield child

    def visit_header_type(self, node: Node) -> list[Node]:
        if node.type in ("type_identifier", "scoped_type_identifier", "generic_type"):
            return self.reference_path(node, TYPE, RefKind.IMPL)
        return [node]

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
            if not module_level and spec.is_glob and resolution is not None:
                if resolution.target is not None:
                    self.bind_glob(resolution.target)
                elif resolution.external is not None:
                    self.frames[-1].external_globs.append(resolution.external)

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
                self.scan_tokens(token_leaves(right), crate_paths_only=True)

    # -- handlers of the generic visit (see ``run``) ------------------------------------

    def visit_identifier(self, node: Node) -> Tasks:
        return self.reference_name(node, VALUE, RefKind.PATH)

    def visit_type_identifier(self, node: Node) -> Tasks:
        return self.reference_name(node, TYPE, RefKind.TYPE)

    def visit_scoped_identifier(self, node: Node) -> Tasks:
        return self.reference_path(node, VALUE, RefKind.PATH)

    def visit_type_path(self, node: Node) -> Tasks:
        return self.reference_path(node, TYPE, RefKind.TYPE)

    def visit_field_expression(self, node: Node) -> Iterator[Task]:
        yield from self.visit_fields(node, "value")
        name = node.child_by_field_name("field")
        if name is not None and name.type == "field_identifier":
            self.access(RefKind.FIELD, name)

    def access(self, kind: RefKind, name: Node) -> None:
        self.accesses.append(MemberAccess(self.item, kind, syntax.identifier(name), self.span(name)))

    def visit_call(self, node: Node) -> Tasks:
        function = node.child_by_field_name("function")
        if function is None or function.type not in ("field_expression", "generic_function"):
            # A plain call: nothing to record between the two visits.
            return ([function] if function is not None else []) + self.visit_fields(node, "arguments")
        return self.visit_method_call(node, function)

    def visit_method_call(self, node: Node, function: Node) -> Iterator[Task]:
        """A call of a method (``a.f(..)``, ``a.f::<T>(..)``): the receiver,
        then the method by name, then the arguments."""
        method: Node | None = function
        if method is not None and method.type == "generic_function":
            inner = method.child_by_field_name("function")
            if inner is not None and inner.type == "field_expression":
                yield from self.type_arguments(method)
                method = inner
        if method is not None and method.type == "field_expression":
            yield from self.visit_fields(method, "value")
            name = method.child_by_field_name("field")
            if name is not None:
                self.access(RefKind.METHOD, name)
        elif function is not None:
            yield function
        yield from self.visit_fields(node, "arguments")

    def visit_struct_expression(self, node: Node) -> Tasks:
        name = node.child_by_field_name("name")
        inside: list[Task] = [*self.reference_path(name, TYPE, RefKind.TYPE)] if name is not None else []
        return inside + self.visit_fields(node, "body")

    def visit_field_initializer(self, node: Node) -> Tasks:
        return self.visit_fields(node, "value")

    def visit_macro_invocation(self, node: Node) -> None:
        macro = node.child_by_field_name("macro")
        if macro is not None:
            segments = path_segments(macro)
            if segments is not None:
                text = "::".join(segments) + "!"
                resolution = self.resolve(segments, MACRO)
                self.record_path(macro, RefKind.MACRO, text, segments, MACRO, resolution)
                if (
                    resolution is not None
                    and resolution.target is not None
                    and resolution.target.kind is ItemKind.MACRO
                ):
                    arguments = next((c for c in node.named_children if c.type == "token_tree"), None)
                    self.record_expansion(macro, resolution.target, arguments)
        for child in node.named_children:
            if child.type == "token_tree":
                leaves = token_leaves(child)
                self.scan_tokens(leaves, crate_paths_only=False)
                for is_method, name in members_in_tokens(leaves):
                    self.access(RefKind.METHOD if is_method else RefKind.FIELD, name)
                if node.parent is not None and node.parent.type in ("expression_statement", "block"):
                    self.bind_macro_lets(child)

    def record_expansion(self, node: Node, macro: ItemId, arguments: Node | None) -> None:
        """The paths and members a local macro's body uses (and the bodies of
        the local macros it calls), resolved here: its expansion names them here."""
        expansion = self.expansions.of(macro)
        if self.item.kind is ItemKind.MACRO_CALL:
            # The impls it writes are items here: the orphan rule holds them.
            for written in expansion.implemented:
                self.record_written_impl(node, written, arguments)
        for is_method, name, where in expansion.members:
            self.accesses.append(MemberAccess(self.item, RefKind.METHOD if is_method else RefKind.FIELD, name, where))
        # Without local bindings in the frames, they depend on the module alone.
        cacheable = not any(frame.aliases or frame.external_globs for frame in self.frames)
        for segments, text, namespace, resolution in self.expansions.targets(
            self.module, macro, self.resolve, cacheable=cacheable
        ):
            if resolution.target != self.item:
                self.record_path(node, RefKind.EXPANSION, text, segments, namespace, resolution)

    def record_written_impl(self, node: Node, written: WrittenImpl, arguments: Node | None) -> None:
        """What an impl a macro writes here lives with: a local trait, else
        a local self type, else (a self type the call's arguments give) the
        local types the arguments name."""
        trait = self.resolve(written.trait, TYPE) if written.trait is not None else None
        if (
            written.trait is not None
            and trait is not None
            and trait.target is not None
            and trait.target.kind is ItemKind.TRAIT
        ):
            self.record(node, RefKind.GENERATED_IMPL, "::".join(written.trait), trait)
            return
        if written.self_type is not None:
            homes = [(written.self_type, self.resolve(written.self_type, TYPE))]
        else:
            homes = (
                [(segments, self.resolve(segments, TYPE)) for segments, _token in token_tree_paths(arguments)]
                if arguments is not None
                else []
            )
        for segments, home in homes:
            if (
                home is not None
                and home.target is not None
                and home.target.kind in _SELF_TYPE_KINDS
                and home.target != self.item
            ):
                self.record(node, RefKind.GENERATED_IMPL, "::".join(segments), home)

    def scan_tokens(self, leaves: list[Node], *, crate_paths_only: bool) -> None:
        """Record paths found in a token tree's leaves (:func:`token_leaves`)
        when they resolve (speculative).

        In a ``macro_rules!`` body (``crate_paths_only``) only ``$crate``
        paths and calls of other macros are meaningful at the definition;
        a called macro is looked up from the definition's place, and only
        local macros are recorded.
        """
        for segments, token in paths_in_tokens(leaves):
            first = segments[0]
            is_call = is_macro_call(token, segments)
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
            for namespace in (MACRO,) if is_call else (VALUE, TYPE):
                resolution = self.resolve(segments, namespace)
                if resolution is not None:
                    break
            if resolution is None and not is_call and len(segments) == 1:
                # A macro's name passed for the called macro to call
                # (`delegate! { [G], access0 }` whose body has `$m!(..)`).
                named = self.resolve(segments, MACRO)
                if named is not None and named.target is not None and named.target.kind is ItemKind.MACRO:
                    self.record(token, RefKind.TOKEN, first, named)
                    continue
            if resolution is not None and resolution.target == self.item:
                continue  # A call's own generated names, or recursion.
            if resolution is not None and not self.scopes.is_likely_generated(resolution, segments[-1]):
                continue  # A lowercase argument of some macro call: too weak a guess here.
            if (resolution is not None and resolution.target is not None) or first == "$crate":
                self.record_path(token, RefKind.TOKEN, "::".join(segments), segments, namespace, resolution)
            if (
                is_call
                and resolution is not None
                and resolution.target is not None
                and resolution.target.kind is ItemKind.MACRO
            ):
                # A call among another call's tokens (`cfg_if! { .. m!(..); }`) expands here too.
                bang = token.next_sibling
                arguments = bang.next_sibling if bang is not None else None
                self.record_expansion(
                    token,
                    resolution.target,
                    arguments if arguments is not None and arguments.type == "token_tree" else None,
                )

    def visit_nested_item(self, node: Node) -> Iterator[Task]:
        if node.type == "use_declaration":
            return
        self.push(is_item=is_in_body(node))
        saved = self.self_resolution
        if node.type == "impl_item":
            yield from self.walk_impl(node)
        elif node.type == "macro_definition":
            self.walk_macro_definition(node)
        else:
            if node.type in ("struct_item", "enum_item", "union_item", "trait_item"):
                self.self_resolution = Resolution(target=self.item)
            yield from self.walk_definition(node)
        self.self_resolution = saved
        self.pop()

    def visit_higher_ranked(self, node: Node) -> Tasks:
        return [child for child in node.named_children if child.type != "type_parameters"]

    def visit_all_but_name(self, node: Node) -> Tasks:
        """Visit a declaration's children except the name it declares."""
        name = node.child_by_field_name("name")
        return [child for child in node.named_children if child != name]

    def visit_type_field(self, node: Node) -> Tasks:
        """Visit only the type of a field, or of a parameter of a `fn(..)` type."""
        return self.visit_fields(node, "type")

    def visit_shorthand_initializer(self, node: Node) -> Tasks:
        inside: list[Task] = []
        for child in node.named_children:
            if child.type == "identifier":
                inside.extend(self.reference_path(child, VALUE, RefKind.PATH))
        return inside


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
    "type_binding": _Walker.visit_all_but_name,
    "higher_ranked_trait_bound": _Walker.visit_higher_ranked,
    "enum_variant": _Walker.visit_all_but_name,
    "field_declaration": _Walker.visit_type_field,
    "parameter": _Walker.visit_type_field,
    "associated_type": _Walker.visit_all_but_name,
    **dict.fromkeys(
        (
            "struct_item",
            "enum_item",
            "union_item",
            "trait_item",
            "type_item",
            "const_item",
            "static_item",
            "impl_item",
            "mod_item",
            "macro_definition",
            "use_declaration",
            "foreign_mod_item",
            "extern_crate_declaration",
        ),
        _Walker.visit_nested_item,
    ),
}


def _descend(walker: _Walker, node: Node) -> Tasks:
    """What ``run`` does with a node of no other kind: visit its named children.

    ``run`` does it inline and uses this function only as the marker of
    such kinds in its one dispatch lookup."""
    return node.named_children


#: Each node kind's handler, ``None`` for the kinds to skip (they win).
_DISPATCH: dict[str, Callable[[_Walker, Node], Tasks] | None] = {**_HANDLERS, **dict.fromkeys(_SKIP)}
