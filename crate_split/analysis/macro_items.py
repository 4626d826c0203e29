"""Items written among the tokens of a macro call: ``mod name;`` and definitions.

Crates declare modules inside macro calls: ``cfg_if::cfg_if! { if
#[cfg(unix)] { mod unix; } else { mod other; } }`` or a feature helper
``cfg_feature! { pub mod x; pub use x::Y; }``. Tree-sitter leaves a call's
arguments as a flat token tree, so such modules would never be found and
their files never analysed nor copied. Each brace or bracket group that
holds a ``mod`` token is parsed again as items: the file is reparsed
within the group alone (as if every byte outside were blank), so the new
nodes carry the original byte offsets and lines. Macros are not expanded; a ``mod`` spelt
by a macro from pieces (``mod $name;``) stays unknown.

Functions, constants and types written whole in a call's tokens
(``perftools_inline! { pub(crate) fn f() {..} }``, a wrapper that adds
attributes) and ``use`` declarations (``cfg_if! { if #[cfg(x)] { mod a;
pub use self::a::*; } .. }``) are found the same way: the macro probably
passes them through, so their names, visibility and imports are what the
split must respect. A group is reparsed when it holds ``use`` or a
defining keyword among its own tokens;
groups inside an item found that way (a function body, an impl block) are
not looked at again, groups outside any (a ``cfg_if!`` branch) are.

Invariant: the nodes returned belong to private trees that live as long as
the nodes do; their offsets are offsets of the original file.
"""

from __future__ import annotations

from crate_split.analysis import syntax
from crate_split.analysis.syntax import Node

#: Item nodes that define a name other modules may use, by their keyword.
DEFINITION_NODES = {
    "function_item": "fn",
    "const_item": "const",
    "static_item": "static",
    "type_item": "type",
    "struct_item": "struct",
    "enum_item": "enum",
    "union_item": "union",
    "trait_item": "trait",
}
#: The keywords of those items and of ``use``, as tokens of a token tree.
_ITEM_TOKENS = frozenset({*DEFINITION_NODES.values(), "use"})


def declared_modules(source: bytes, call: Node) -> list[Node]:
    """The ``mod name;`` items among ``call``'s tokens, in source order.

    Args:
        source: bytes of the file holding the call.
        call: a ``macro_invocation`` node of that file.

    Returns:
        ``mod_item`` nodes without a body, from reparsed groups.
    """
    found = [
        node
        for group in _groups_with_mod(call)
        for node in _reparsed_items(source, group)
        if node.type == "mod_item" and node.child_by_field_name("body") is None
    ]
    return sorted(found, key=lambda node: node.start_byte)


def declared_items(source: bytes, call: Node) -> list[Node]:
    """The named functions, constants, statics and types, and the ``use``
    declarations, among ``call``'s tokens.

    Args:
        source: bytes of the file holding the call.
        call: a ``macro_invocation`` node of that file.

    Returns:
        Item nodes (``function_item``, ``struct_item``, ``use_declaration``,
        ...) from reparsed groups, outside the bodies of other items, in
        source order.
    """
    found: list[Node] = []
    stack = [c for c in call.children if c.type == "token_tree"]
    while stack:
        group = stack.pop()
        items = _reparsed_items(source, group) if any(c.type in _ITEM_TOKENS for c in group.children) else []
        found.extend(
            node
            for node in items
            if node.type == "use_declaration"
            or (node.type in DEFINITION_NODES and node.child_by_field_name("name") is not None)
        )
        stack.extend(
            child
            for child in group.children
            if child.type == "token_tree"
            and not _is_inline_body(child)
            and not any(item.start_byte <= child.start_byte < item.end_byte for item in items)
        )
    return sorted(found, key=lambda node: node.start_byte)


def reparsed_group(source: bytes, group: Node) -> Node:
    """The root of a token group read as a file of items: the file parsed
    within the group's delimiters alone, so offsets hold."""
    return syntax.parse_rust_range(source, group.start_byte + 1, group.end_byte - 1).root_node


def _reparsed_items(source: bytes, group: Node) -> list[Node]:
    """The items a token group holds when read as items, at its top level
    (a parse error around them does not hide them)."""
    stack = [reparsed_group(source, group)]
    items = []
    while stack:
        node = stack.pop()
        if node.type in ("source_file", "ERROR"):
            stack.extend(reversed(node.named_children))
        elif node.type.endswith("_item") or node.type in (
            "macro_definition",
            "use_declaration",
            "extern_crate_declaration",
        ):
            items.append(node)
    return items


def _groups_with_mod(call: Node) -> list[Node]:
    """Token trees below ``call`` with a ``mod`` keyword among their own tokens."""
    groups = []
    stack = [c for c in call.children if c.type == "token_tree"]
    while stack:
        tree = stack.pop()
        if any(child.type == "mod" for child in tree.children):
            groups.append(tree)
        stack.extend(child for child in tree.children if child.type == "token_tree" and not _is_inline_body(child))
    return groups


def _is_inline_body(tree: Node) -> bool:
    """``mod name { .. }`` (its ``mod`` items belong to ``name``, which is
    not analysed) or ``macro_rules! name { .. }`` (a ``mod`` in a macro's
    body is declared where the macro is called)."""
    name = tree.prev_sibling
    before = name.prev_sibling if name is not None else None
    if name is None or name.type != "identifier" or before is None:
        return False
    if before.type == "mod":
        return True
    keyword = before.prev_sibling if before.type == "!" else None
    return keyword is not None and syntax.text(keyword) == "macro_rules"
