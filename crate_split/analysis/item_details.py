"""Facts of one item node: its fields, associated items, variants, visibility.

Kept apart from the module walk of :mod:`collect`; every function takes a
node and, where a span is recorded, a function giving a node's span.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crate_split.analysis import syntax
from crate_split.analysis.syntax import Node
from crate_split.model import Span
from crate_split.model.items import Field, Member

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
