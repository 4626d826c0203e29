"""Turning path syntax into segment tuples, and use trees into import specs.

A path such as ``Vec::<u8>::new`` becomes ``("Vec", "new")``; a leading
``::`` becomes an empty first segment; qualified paths (``<T as Tr>::x``)
yield ``None`` because their meaning depends on a type, not a name. Paths
inside macro token trees are guessed from runs of identifiers and ``::``.
"""

from __future__ import annotations

from dataclasses import dataclass

from crate_split.analysis import syntax
from crate_split.analysis.syntax import Node

_LEAVES = {
    "identifier",
    "type_identifier",
    "crate",
    "self",
    "super",
    "metavariable",
    "primitive_type",
    "field_identifier",
}


def path_segments(node: Node) -> tuple[str, ...] | None:
    """Return the segments of a path node, or ``None`` for qualified paths."""
    # Walk from the last segment to the first along the ``path`` fields, so
    # that a path of any length needs no recursion.
    reversed_segments: list[str] = []
    current = node
    while True:
        kind = current.type
        if kind in _LEAVES:
            reversed_segments.append(syntax.identifier(current))
            break
        if kind in ("scoped_identifier", "scoped_type_identifier"):
            name = current.child_by_field_name("name")
            if name is None:
                return None
            reversed_segments.append(syntax.identifier(name))
            prefix_node = current.child_by_field_name("path")
            if prefix_node is None:
                if _has_leading_colons(current):
                    reversed_segments.append("")
                break
            current = prefix_node
        elif kind in ("generic_type", "generic_type_with_turbofish") or kind == "generic_function":
            inner = current.child_by_field_name("function" if kind == "generic_function" else "type")
            if inner is None:
                return None
            current = inner
        else:
            return None
    reversed_segments.reverse()
    return tuple(reversed_segments)


def _has_leading_colons(node: Node) -> bool:
    first = node.children[0] if node.children else None
    return first is not None and first.type == "::"


@dataclass(frozen=True, slots=True)
class ImportSpec:
    """One name (or glob) brought into scope by a ``use`` declaration."""

    segments: tuple[str, ...]
    #: The name bound in the module; ``None`` for globs, ``"_"`` for ``as _``.
    alias: str | None
    is_glob: bool
    node: Node


def import_specs(use_declaration: Node) -> list[ImportSpec]:
    """Flatten a ``use`` declaration's tree into one spec per bound name."""
    argument = use_declaration.child_by_field_name("argument")
    specs: list[ImportSpec] = []
    # Pending ``(node, prefix, is the self of a list)``, the next one last:
    # use trees of any depth are flattened without recursion, in source order.
    pending: list[tuple[Node, tuple[str, ...], bool]] = [(argument, (), False)] if argument is not None else []
    while pending:
        node, prefix, is_list_self = pending.pop()
        kind = node.type
        if is_list_self:
            specs.append(ImportSpec(prefix, prefix[-1], False, node))
        elif kind == "use_as_clause":
            path = node.child_by_field_name("path")
            alias = node.child_by_field_name("alias")
            segments = path_segments(path) if path is not None else None
            if segments is not None:
                full = _strip_self(_join(prefix, segments))
                specs.append(ImportSpec(full, syntax.identifier(alias) or "_", False, node))
        elif kind == "use_wildcard":
            inner = node.named_children[0] if node.named_children else None
            segments = path_segments(inner) if inner is not None else ()
            if segments is not None:
                specs.append(ImportSpec(_join(prefix, segments), None, True, node))
        elif kind == "use_list":
            children = [
                (child, prefix, child.type == "self") for child in node.named_children if child.type != "self" or prefix
            ]
            pending.extend(reversed(children))
        elif kind == "scoped_use_list":
            path = node.child_by_field_name("path")
            listing = node.child_by_field_name("list")
            if path is None:
                segments = ("",) if _has_leading_colons(node) else ()
            else:
                segments = path_segments(path)
            if segments is not None and listing is not None:
                pending.append((listing, _join(prefix, segments), False))
        else:
            segments = path_segments(node)
            if segments:
                full = _strip_self(_join(prefix, segments))
                specs.append(ImportSpec(full, full[-1], False, node))
    return specs


def _strip_self(segments: tuple[str, ...]) -> tuple[str, ...]:
    """Turn ``a::b::self`` (``use a::b::{self}``, ``{self as x}``) into ``a::b``."""
    if len(segments) > 1 and segments[-1] == "self":
        return segments[:-1]
    return segments


def _join(prefix: tuple[str, ...], segments: tuple[str, ...]) -> tuple[str, ...]:
    if prefix and segments and segments[0] == "":
        return prefix + segments[1:]
    return prefix + segments


def token_tree_paths(tree: Node) -> list[tuple[tuple[str, ...], Node]]:
    """Find ``a::b::c`` sequences of identifiers among a token tree's leaves.

    Macro arguments and ``macro_rules!`` bodies are unparsed tokens; paths
    in them are guessed from identifier and ``::`` runs. Names after
    ``.``, a lifetime quote or a defining keyword are skipped. Each path
    comes with the node of its first token.
    """
    return paths_in_tokens(token_leaves(tree))


#: Tokens a path among a token tree's tokens may begin with (besides ``::``).
_PATH_STARTS = frozenset({"identifier", "type_identifier", "metavariable", "crate", "self", "super"})
#: Tokens after which a name is declared, not a path.
_KEYWORDS_BEFORE_NAMES = frozenset(
    {"fn", "struct", "enum", "let", "mut", "trait", "type", "mod", "const", "static", "as", "macro_rules"}
)


def paths_in_tokens(leaves: list[Node]) -> list[tuple[tuple[str, ...], Node]]:
    """:func:`token_tree_paths` over a token tree's :func:`token_leaves`."""
    found: list[tuple[tuple[str, ...], Node]] = []
    kinds = [leaf.type for leaf in leaves]  # each node's type once: a new string per lookup
    count = len(leaves)
    index = 0
    while index < count:
        kind = kinds[index]
        if kind in _PATH_STARTS or (kind == "::" and index + 1 < count and kinds[index + 1] == "identifier"):
            previous = kinds[index - 1] if index > 0 else ""
            if previous in (".", "'") or (previous == "::" and kind != "::"):
                index += 1
                continue
            segments: list[str] = []
            start = leaves[index]
            if kind == "::":
                segments.append("")
                index += 1
            segments.append(syntax.identifier(leaves[index]))
            while (
                index + 2 < count and kinds[index + 1] == "::" and kinds[index + 2] in ("identifier", "type_identifier")
            ):
                segments.append(syntax.identifier(leaves[index + 2]))
                index += 2
            keyword_before = previous in _KEYWORDS_BEFORE_NAMES
            if not keyword_before and segments[0] not in ("self", "super", "crate") or len(segments) > 1:
                found.append((tuple(segments), start))
        index += 1
    return found


def token_tree_members(tree: Node) -> list[tuple[bool, Node]]:
    """Find ``.name`` field accesses and ``.name(..)`` method calls among a
    token tree's leaves (``assert_eq!(record.id, 7)``, ``format!("{}",
    x.len())``).

    Returns:
        ``(is_method, name node)`` pairs in source order: a method when the
        name is followed by ``(`` or a turbofish ``::``.
    """
    return members_in_tokens(token_leaves(tree))


def members_in_tokens(leaves: list[Node]) -> list[tuple[bool, Node]]:
    """:func:`token_tree_members` over a token tree's :func:`token_leaves`."""
    found: list[tuple[bool, Node]] = []
    kinds = [leaf.type for leaf in leaves]
    for index in range(1, len(leaves)):
        if kinds[index] != "identifier" or kinds[index - 1] != ".":
            continue
        following = kinds[index + 1] if index + 1 < len(leaves) else ""
        found.append((following in ("(", "::"), leaves[index]))
    return found


def token_leaves(tree: Node) -> list[Node]:
    """The tokens of a token tree in source order, string and character
    literals left out (their text is no code)."""
    return [
        token
        for token in syntax.tokens(tree)
        if token.type not in ("string_literal", "raw_string_literal", "char_literal")
    ]
