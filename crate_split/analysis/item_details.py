"""Facts of one item node: its fields, associated items, variants, visibility.

Kept apart from the module walk of :mod:`collect`; every function takes a
node and, where a span is recorded, a function giving a node's span.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crate_split.analysis import syntax
from crate_split.analysis.paths import token_tree_paths
from crate_split.analysis.syntax import Node
from crate_split.model import Span
from crate_split.model.items import Field, ImplHeader, Member

#: The span of a node of the file being read.
SpanOf = Callable[[Node], Span]
_WHITESPACE = re.compile(r"\s+")


def normalise(source: str) -> str:
    """``source`` on one line, single-spaced, without spaces inside parentheses."""
    return _WHITESPACE.sub(" ", source).strip().replace("( ", "(").replace(" )", ")")


def fields(node: Node, span: SpanOf) -> tuple[Field, ...]:
    if node.type not in ("struct_item", "union_item"):
        return ()
    body = node.child_by_field_name("body")
    if body is None:
        return ()
    found = []
    if body.type == "field_declaration_list":
        for declaration in body.named_children:
            if declaration.type != "field_declaration":
                continue
            visibility = visibility_node(declaration)
            found.append(
                Field(
                    syntax.identifier(declaration.child_by_field_name("name")),
                    normalise(syntax.text(visibility)),
                    declaration.start_byte,
                    span(visibility) if visibility is not None else None,
                )
            )
    elif body.type == "ordered_field_declaration_list":
        position = 0
        pending: Node | None = None
        for child in body.named_children:
            if child.type == "visibility_modifier":
                pending = child
            elif child.type not in ("attribute_item", "line_comment", "block_comment"):
                start = pending.start_byte if pending is not None else child.start_byte
                found.append(
                    Field(
                        str(position),
                        normalise(syntax.text(pending)),
                        start,
                        span(pending) if pending is not None else None,
                    )
                )
                position += 1
                pending = None
    return tuple(found)


def member_details(node: Node, span: SpanOf) -> tuple[Member, ...]:
    body = node.child_by_field_name("body")
    if body is None:
        return ()
    kinds = {
        "function_item": "fn",
        "function_signature_item": "fn",
        "const_item": "const",
        "static_item": "static",
        "type_item": "type",
        "associated_type": "type",
        "macro_invocation": "macro",
    }
    return tuple(
        member(child, kinds[child.type], span)
        for child in body.named_children
        if child.type in kinds and child.child_by_field_name("name") is not None
    )


def member(node: Node, kind: str, span: SpanOf) -> Member:
    visibility = visibility_node(node)
    return Member(
        syntax.text(node.child_by_field_name("name")),
        kind,
        normalise(syntax.text(visibility)),
        node.start_byte,
        span(visibility) if visibility is not None else None,
    )


def visibility_node(node: Node) -> Node | None:
    return next((c for c in node.named_children if c.type == "visibility_modifier"), None)


def variants(node: Node) -> tuple[str, ...]:
    body = node.child_by_field_name("body")
    if body is None:
        return ()
    return tuple(
        syntax.identifier(v.child_by_field_name("name")) for v in body.named_children if v.type == "enum_variant"
    )


def impl_name(node: Node) -> str:
    trait = node.child_by_field_name("trait")
    self_type = normalise(syntax.text(node.child_by_field_name("type")))
    negative = any(c.type == "!" for c in node.children)
    if trait is None:
        return f"impl {self_type}"
    return f"impl {'!' if negative else ''}{normalise(syntax.text(trait))} for {self_type}"


def impl_header(node: Node) -> ImplHeader:
    trait = node.child_by_field_name("trait")
    parameters = node.child_by_field_name("type_parameters")
    generics: list[str] = []
    if parameters is not None:
        for parameter in parameters.named_children:
            name = parameter.child_by_field_name("name")
            if parameter.type in ("type_parameter", "constrained_type_parameter", "optional_type_parameter"):
                name = name or parameter.child_by_field_name("left") or parameter.named_children[0]
                generics.append(syntax.identifier(name))
            elif parameter.type == "type_identifier":
                generics.append(syntax.identifier(parameter))
    return ImplHeader(
        self_type=normalise(syntax.text(node.child_by_field_name("type"))),
        trait=normalise(syntax.text(trait)) if trait is not None else None,
        generics=tuple(generics),
        is_negative=any(c.type == "!" for c in node.children),
    )


def forwards_tokens(node: Node) -> bool:
    """A ``macro_rules!`` whose every rule matches one repetition of ``tt``
    or ``item`` fragments (``($($item:tt)*) => (#[inline] $($item)*)``)."""

    def forwards(rule: Node) -> bool:
        matcher = rule.child_by_field_name("left")
        parts = matcher.named_children if matcher is not None else []
        if len(parts) != 1 or parts[0].type != "token_repetition_pattern":
            return False
        bindings = parts[0].named_children
        fragment = (
            bindings[0].child_by_field_name("type")
            if len(bindings) == 1 and bindings[0].type == "token_binding_pattern"
            else None
        )
        return syntax.text(fragment) in ("tt", "item")

    rules = [rule for rule in node.named_children if rule.type == "macro_rule"]
    return bool(rules) and all(forwards(rule) for rule in rules)


def expansion_names(node: Node) -> tuple[str, ...]:
    """The names a ``macro_rules!`` body uses: each path's first segment
    (its second after ``$crate``), metavariables left out."""
    names: set[str] = set()
    for rule in node.named_children:
        right = rule.child_by_field_name("right") if rule.type == "macro_rule" else None
        if right is None:
            continue
        for segments, _token in token_tree_paths(right):
            name = segments[1] if segments[0] == "$crate" and len(segments) > 1 else segments[0]
            if name and not name.startswith("$"):
                names.add(name)
    return tuple(sorted(names))


def members(node: Node) -> tuple[str, ...]:
    body = node.child_by_field_name("body")
    if body is None:
        return ()
    names = []
    for child in body.named_children:
        name = child.child_by_field_name("name")
        if name is not None:
            names.append(syntax.identifier(name))
    return tuple(names)
