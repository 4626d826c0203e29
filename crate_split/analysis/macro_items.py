"""``mod name;`` items written among the tokens of a macro call.

Crates declare modules inside macro calls: ``cfg_if::cfg_if! { if
#[cfg(unix)] { mod unix; } else { mod other; } }`` or a feature helper
``cfg_feature! { pub mod x; pub use x::Y; }``. Tree-sitter leaves a call's
arguments as a flat token tree, so such modules would never be found and
their files never analysed nor copied. Each brace or bracket group that
holds a ``mod`` token is parsed again as items: the whole file is reparsed
with every byte outside the group blanked, so the new nodes carry the
original byte offsets and lines. Macros are not expanded; a ``mod`` spelt
by a macro from pieces (``mod $name;``) stays unknown.

Invariant: the nodes returned belong to private trees that live as long as
the nodes do; their offsets are offsets of the original file.
"""

from __future__ import annotations

from crate_split.analysis import syntax
from crate_split.analysis.syntax import Node

#: Maps every byte to a space but the line feed.
_BLANK = bytes(0x0A if byte == 0x0A else 0x20 for byte in range(256))


def declared_modules(source: bytes, call: Node) -> list[Node]:
    """The ``mod name;`` items among ``call``'s tokens, in source order.

    Args:
        source: bytes of the file holding the call.
        call: a ``macro_invocation`` node of that file.

    Returns:
        ``mod_item`` nodes without a body, from reparsed groups.
    """
    found: list[Node] = []
    for group in _groups_with_mod(call):
        padded = _blank_outside(source, group.start_byte + 1, group.end_byte - 1)
        tree = syntax.parse_rust(padded)
        stack = [tree.root_node]
        while stack:
            node = stack.pop()
            if node.type == "mod_item" and node.child_by_field_name("body") is None:
                found.append(node)
            elif node.type in ("source_file", "ERROR"):
                stack.extend(reversed(node.named_children))
    return sorted(found, key=lambda node: node.start_byte)


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


def _blank_outside(source: bytes, start: int, end: int) -> bytes:
    """``source`` with every byte outside ``[start, end)`` but line breaks
    turned into a space, so offsets and line numbers stay the same."""

    return source[:start].translate(_BLANK) + source[start:end] + source[end:].translate(_BLANK)
