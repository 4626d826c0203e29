"""Lexical scopes inside items: the body half of the reference walker.

Parameters, ``let``, closures, ``match`` arms, ``if let``/``while let``,
``for`` patterns, generic parameters and items declared in blocks bind
names that shadow crate items, each for its own stretch of code. The class
here keeps those bindings as a stack of frames and walks the constructs
that push, fill and pop them; :mod:`references` supplies everything else
(visiting other syntax, resolving and recording paths).

The walk is iterative, so that no nesting depth tree-sitter parses can
exhaust Python's stack: a method that would visit a child instead yields it
(a ``Node`` to visit, or an iterator of further tasks to run in its place),
and the subclass's driver runs each yielded task to the end before it
resumes the method. Code after a ``yield`` therefore sees the bindings the
visit made, exactly as after a recursive call.

Invariant: an item nested in a body opens a frame that hides the enclosing
locals and generic parameters (Rust items cannot capture them), while names
of items declared in enclosing blocks stay visible.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeAlias

from crate_split.analysis import syntax
from crate_split.analysis.scope import MACRO, TYPE, VALUE, Resolution
from crate_split.analysis.syntax import Node
from crate_split.model import ItemId, ItemKind
from crate_split.model.items import RefKind

#: What a walk method yields: a node to visit, or an iterator of further
#: tasks to run before the method resumes.
Task: TypeAlias = Node | Iterator["Task"]
#: What a walk method returns: the tasks to run, in order (``None``: none).
Tasks: TypeAlias = Iterable[Task] | None

#: Kinds a bare name in a pattern refers to instead of binding a new local.
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
class Frame:
    """One lexical scope: local values, generic parameters, local items."""

    values: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    #: Names bound by block-level ``use`` or item declarations.
    aliases: dict[tuple[str, str], Resolution] = field(default_factory=dict)
    #: Crates glob-imported by a block-level ``use krate::module::*``.
    external_globs: list[str] = field(default_factory=list)
    #: True for the frame of an item nested in a body: locals and generic
    #: parameters of enclosing frames are not visible through it (items
    #: declared in enclosing blocks are).
    is_item: bool = False


class LexicalWalker:
    """Frames of local bindings, and the syntax that opens and fills them.

    Subclasses provide the driver that runs the yielded tasks (visiting a
    ``Node`` task), ``resolve``, ``record``, ``reference_path`` and
    ``walk_use``; ``item`` is the module-level item being walked.
    """

    item: ItemId

    def __init__(self) -> None:
        self.frames: list[Frame] = [Frame()]

    def resolve(self, segments: tuple[str, ...], namespace: str) -> Resolution | None:
        raise NotImplementedError

    def record(self, node: Node, kind: RefKind, text: str, resolution: Resolution | None) -> None:
        raise NotImplementedError

    def reference_path(self, node: Node, namespace: str, kind: RefKind) -> list[Node]:
        """Record the path; return the nodes inside it still to visit."""
        raise NotImplementedError

    def walk_use(self, node: Node, *, module_level: bool) -> None:
        raise NotImplementedError

    # -- frames --------------------------------------------------------------------

    def push(self, *, is_item: bool = False) -> None:
        self.frames.append(Frame(is_item=is_item))

    def pop(self) -> None:
        self.frames.pop()

    def is_local_value(self, name: str) -> bool:
        for frame in reversed(self.frames):
            if name in frame.values:
                return True
            if frame.is_item:
                return False
        return False

    def is_generic(self, name: str) -> bool:
        for frame in reversed(self.frames):
            if name in frame.types:
                return True
            if frame.is_item:
                return False
        return False

    def alias(self, namespace: str, name: str) -> Resolution | None:
        for frame in reversed(self.frames):
            found = frame.aliases.get((namespace, name))
            if found is not None:
                return found
        return None

    def bind_generics(self, parameters: Node | None) -> Iterator[Task]:
        if parameters is None:
            return
        for parameter in parameters.named_children:
            if parameter.type in ("type_parameter", "constrained_type_parameter", "optional_type_parameter"):
                name = parameter.child_by_field_name("name") or parameter.child_by_field_name("left")
                if name is None and parameter.named_children:
                    name = parameter.named_children[0]
                if name is not None:
                    self.frames[-1].types.add(syntax.identifier(name))
            elif parameter.type == "type_identifier":
                self.frames[-1].types.add(syntax.identifier(parameter))
            elif parameter.type == "const_parameter":
                # A const parameter is a value, and a type argument in `S<N>`.
                name = parameter.child_by_field_name("name")
                if name is not None:
                    self.frames[-1].values.add(syntax.identifier(name))
                    self.frames[-1].types.add(syntax.identifier(name))
        for parameter in parameters.named_children:
            for child in parameter.named_children:
                if child.type not in ("type_identifier", "identifier", "lifetime"):
                    yield child
                elif child in _defaults(parameter) or (
                    parameter.type == "const_parameter" and child == parameter.child_by_field_name("type")
                ):
                    yield child

    # -- bodies and bindings ------------------------------------------------------------

    def visit_fields(self, node: Node, *names: str) -> list[Task]:
        """Visit the children in the named fields of ``node``, in that order.

        Tasks are lists where no binding happens between them (cheaper than
        generators); a ``bind_pattern`` task still binds only when it runs.
        """
        found: list[Task] = []
        for name in names:
            child = node.child_by_field_name(name)
            if child is not None:
                found.append(child)
        return found

    def bind_field(self, node: Node, name: str) -> list[Task]:
        """Bind the pattern in the named field of ``node``, if any."""
        pattern = node.child_by_field_name(name)
        return [self.bind_pattern(pattern)] if pattern is not None else []

    def bind_parameters(self, parameters: Node | None, *, of_closure: bool) -> Iterator[Task]:
        """Visit parameter types and bind parameter patterns."""
        for parameter in parameters.named_children if parameters is not None else ():
            if parameter.type == "parameter":
                yield from self.visit_fields(parameter, "type")
                yield from self.bind_field(parameter, "pattern")
            elif of_closure:
                yield self.bind_pattern(parameter)
            elif parameter.type not in ("self_parameter", "attribute_item"):
                yield parameter

    def visit_function(self, node: Node) -> Iterator[Task]:
        self.push(is_item=is_in_body(node))
        yield from self.bind_generics(node.child_by_field_name("type_parameters"))
        yield from self.bind_parameters(node.child_by_field_name("parameters"), of_closure=False)
        yield from self.visit_fields(node, "return_type")
        for child in node.named_children:
            if child.type == "where_clause":
                yield child
        yield from self.visit_fields(node, "body")
        self.pop()

    def visit_closure(self, node: Node) -> Iterator[Task]:
        self.push()
        yield from self.bind_parameters(node.child_by_field_name("parameters"), of_closure=True)
        yield from self.visit_fields(node, "return_type", "body")
        self.pop()

    def visit_block(self, node: Node) -> Iterator[Task]:
        self.push()
        children = node.named_children
        self.declare_local_items(children)
        yield from children
        self.pop()

    def declare_local_items(self, statements: list[Node]) -> None:
        """Bind the items and ``use``s among a block's statements."""
        frame = self.frames[-1]
        local = Resolution(target=self.item)
        for child in statements:
            kind = child.type
            if kind == "use_declaration":
                self.walk_use(child, module_level=False)
                continue
            namespaces = _LOCAL_ITEM_NAMESPACES.get(kind)
            name = child.child_by_field_name("name") if namespaces is not None else None
            if name is None:
                continue
            # An item in a body belongs to the enclosing module-level item;
            # it shadows crate items only in the namespaces it lives in.
            for namespace in namespaces or ():
                frame.aliases[(namespace, syntax.identifier(name))] = local

    def bind_macro_lets(self, tree: Node) -> None:
        """Bind ``let name`` / ``let mut name`` written in a statement macro's tokens.

        A macro called as a statement usually expands them into the
        enclosing block (``check!{ let ret = f(); } use(ret)``); without
        expanding it, the written names are the best guess.
        """
        tokens = syntax.leaves(tree)
        for index, token in enumerate(tokens[:-1]):
            if token.type != "let":  # a keyword token's type is its text
                continue
            name = tokens[index + 1]
            if syntax.text(name) == "mut" and index + 2 < len(tokens):
                name = tokens[index + 2]
            if name.type == "identifier":
                self.frames[-1].values.add(syntax.identifier(name))

    def visit_let(self, node: Node) -> Tasks:
        # The initializer and ``else`` block do not see the new bindings.
        return self.visit_fields(node, "type", "value", "alternative") + self.bind_field(node, "pattern")

    def visit_let_condition(self, node: Node) -> Tasks:
        return self.visit_fields(node, "value") + self.bind_field(node, "pattern")

    def visit_if(self, node: Node) -> Iterator[Task]:
        # Bindings of ``if let`` / ``while let`` conditions are in scope in
        # the body, not in the ``else`` branch.
        alternative = node.child_by_field_name("alternative")
        self.push()
        for child in node.named_children:
            if child != alternative:
                yield child
        self.pop()
        if alternative is not None:
            yield alternative

    def visit_for(self, node: Node) -> Iterator[Task]:
        yield from self.visit_fields(node, "value")
        self.push()
        yield from self.bind_field(node, "pattern")
        yield from self.visit_fields(node, "body")
        self.pop()

    def visit_match_arm(self, node: Node) -> Iterator[Task]:
        self.push()
        yield from self.bind_field(node, "pattern")
        yield from self.visit_fields(node, "value")
        self.pop()

    def bind_pattern(self, node: Node) -> Iterator[Task]:
        """Bind the names a pattern introduces; record the paths it names.

        A nested pattern is yielded as a task of its own (never bound by a
        recursive call), so that patterns of any depth can be bound.
        """
        kind = node.type
        if kind == "identifier":
            name = syntax.identifier(node)
            resolution = None if self.is_local_value(name) else self.resolve((name,), VALUE)
            if resolution is not None and _is_pattern_constant(resolution):
                self.record(node, RefKind.PATH, name, resolution)
            else:
                self.frames[-1].values.add(name)
            return
        if kind == "shorthand_field_identifier":
            self.frames[-1].values.add(syntax.identifier(node))
            return
        if kind == "match_pattern":
            for child in node.named_children:
                if child == node.child_by_field_name("condition"):
                    yield child
                else:
                    yield self.bind_pattern(child)
            return
        if kind in ("tuple_struct_pattern", "struct_pattern"):
            type_node = node.child_by_field_name("type")
            if type_node is not None:
                yield from self.reference_path(
                    type_node, VALUE if kind == "tuple_struct_pattern" else TYPE, RefKind.PATH
                )
            for child in node.named_children:
                if child != type_node:
                    yield self.bind_pattern(child)
            return
        if kind == "field_pattern":
            name_node = node.child_by_field_name("name")
            if node.child_by_field_name("pattern") is not None:
                yield from self.bind_field(node, "pattern")
            elif name_node is not None:
                self.frames[-1].values.add(syntax.identifier(name_node))
            return
        if kind in ("scoped_identifier", "scoped_type_identifier"):
            yield from self.reference_path(node, VALUE, RefKind.PATH)
            return
        if kind in (
            "string_literal",
            "integer_literal",
            "char_literal",
            "boolean_literal",
            "float_literal",
            "negative_literal",
            "raw_string_literal",
            "lifetime",
            "mutable_specifier",
            "remaining_field_pattern",
        ):
            return
        if kind in ("range_pattern",):
            for child in node.named_children:
                if child.type in ("identifier", "scoped_identifier"):
                    yield from self.reference_path(child, VALUE, RefKind.PATH)
            return
        for child in node.named_children:
            yield self.bind_pattern(child)


def is_in_body(node: Node) -> bool:
    """True for an item declared inside a block (a function body)."""
    return node.parent is not None and node.parent.type == "block"


def _is_pattern_constant(resolution: Resolution) -> bool:
    if resolution.variant is not None:
        return True
    if resolution.external is not None:
        return False
    target = resolution.target
    return target is not None and target.kind in _VALUE_PATTERN_KINDS


def _defaults(parameter: Node) -> list[Node]:
    """The default of a generic parameter (``D`` in ``<Ix = D>``, ``3`` in
    ``<const N: usize = 3>``): the grammar names the field ``default_type``
    for a type parameter and ``value`` for a const one."""
    return [d for d in (parameter.child_by_field_name(f) for f in ("default_type", "value")) if d is not None]
