"""The tree-sitter layer: one parser, node helpers and a line index.

Invariant: tree-sitter ``Node`` and ``Tree`` objects never leave the
``analysis`` package; everything returned from it is spans and text.
"""

from __future__ import annotations

import bisect
import contextlib
import itertools
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import TypeVar, cast

import tree_sitter
import tree_sitter_rust

Node = tree_sitter.Node
Tree = tree_sitter.Tree
T = TypeVar("T")


@lru_cache(maxsize=1)
def language() -> tree_sitter.Language:
    """The Rust grammar (loaded once)."""
    return tree_sitter.Language(tree_sitter_rust.language())


def parse_rust(source: bytes) -> Tree:
    """Parse Rust source bytes; never raises on malformed input."""
    return tree_sitter.Parser(language()).parse(source)


def parse_rust_range(source: bytes, start: int, end: int) -> Tree:
    """Parse only ``source[start:end]``, as if every byte outside it were
    blank: the nodes keep the offsets and lines of ``source``, and the
    parser reads nothing outside the range (a blanked copy of a large file
    costs a parse of the whole file)."""
    parser = tree_sitter.Parser(language())
    parser.included_ranges = [tree_sitter.Range(_point(source, start), _point(source, end), start, end)]
    return parser.parse(source)


def _point(source: bytes, offset: int) -> tuple[int, int]:
    """The 0-based row and byte column of ``offset``, as tree-sitter counts them."""
    return source.count(b"\n", 0, offset), offset - (source.rfind(b"\n", 0, offset) + 1)


class LineIndex:
    """Maps byte offsets of one file to 1-based lines."""

    __slots__ = ("_starts",)

    def __init__(self, source: bytes) -> None:
        # Each line starts one byte (its newline) after the previous one
        # ends; split, map and accumulate all run in C.
        lengths = map(len, source.split(b"\n")[:-1])
        self._starts = [0, *itertools.accumulate(map((1).__add__, lengths))]

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset)


def text(node: Node | None) -> str:
    """Return the node's source text decoded as UTF-8 (lossy only on bad input)."""
    if node is None:
        return ""
    raw = node.text
    return raw.decode("utf-8", "replace") if raw is not None else ""


def identifier(node: Node | None) -> str:
    """Return the name an identifier spells: ``r#match`` names ``match``.

    Raw identifiers and plain ones are the same name to rustc (``mod
    r#async;`` loads ``async.rs``), so every name the analysis compares goes
    through here.
    """
    raw = node.text if node is not None else None
    if raw is None:
        return ""
    value = raw.decode("utf-8", "replace")
    return value[2:] if value[:2] == "r#" else value


def leaves(root: Node) -> list[Node]:
    """Return the tokens (childless nodes) below ``root`` in source order.

    Inside :func:`token_memo` the list is shared: do not change it.
    """
    return memoized(root, _leaves)


#: Tokens that have children in the syntax tree but are one token in Rust.
_ATOMIC_TOKENS = frozenset({"string_literal", "raw_string_literal", "char_literal", "metavariable"})
_NO_ATOMIC_TOKENS: frozenset[str] = frozenset()


def tokens(root: Node) -> list[Node]:
    """Return the tokens below ``root`` in source order, as Rust sees them:
    like :func:`leaves`, but a string or character literal (which has
    children) and a ``$name`` metavariable are one token each.

    Inside :func:`token_memo` the list is shared: do not change it.
    """
    return memoized(root, _atomic_tokens)


def _atomic_tokens(root: Node) -> list[Node]:
    enclosing = _known_parent_tokens(root)
    if enclosing is not None:
        # A macro call's tokens were listed before its arguments' (the
        # names it may define, then its paths): the arguments are a slice.
        first = bisect.bisect_left(enclosing, root.start_byte, key=_start_of)
        end = bisect.bisect_left(enclosing, root.end_byte, lo=first, key=_start_of)
        return enclosing[first:end]
    return _tokens(root, _ATOMIC_TOKENS)


def _known_parent_tokens(root: Node) -> list[Node] | None:
    """The memoized tokens of ``root``'s parent, when there are any and
    the parent holds no syntax error (a missing token has no width, so
    offsets could not say which child it belongs to)."""
    memo = _memo
    if not memo or root.type in _ATOMIC_TOKENS:
        return None
    parent = root.parent
    if parent is None or parent.has_error:
        return None
    return cast(list[Node] | None, memo.get((parent, _atomic_tokens)))


def _start_of(node: Node) -> int:
    return node.start_byte


def _leaves(root: Node) -> list[Node]:
    # The leaves are the tokens with each atomic token split into its own
    # leaves: one walk serves both lists.
    found: list[Node] = []
    for token in tokens(root):
        if token.type in _ATOMIC_TOKENS and token.child_count:
            found.extend(_tokens(token, _NO_ATOMIC_TOKENS))
        else:
            found.append(token)
    return found


#: What :func:`memoized` computed so far, while a :func:`token_memo` is open.
_memo: dict[tuple[Node, Callable[[Node], object]], object] | None = None


@contextlib.contextmanager
def token_memo() -> Iterator[None]:
    """Tokenise each node once while this is open (one analysis): the
    analysis asks for the tokens of a macro call or a macro body several
    times (the names it defines, the paths and members it uses, the
    ``let``s it binds), and a token tree can hold most of a file."""
    global _memo
    saved = _memo
    if saved is None:
        _memo = {}
    try:
        yield
    finally:
        _memo = saved


def memoized(root: Node, compute: Callable[[Node], T]) -> T:
    """``compute(root)``, computed once per node while a :func:`token_memo`
    is open (``compute`` must depend on the node's syntax only)."""
    memo = _memo
    if memo is None:
        return compute(root)
    key = (root, compute)
    if key in memo:
        return cast(T, memo[key])
    found = compute(root)
    memo[key] = found
    return found


def _tokens(root: Node, atomic: frozenset[str]) -> list[Node]:
    # A cursor walk: only the nodes returned (and those whose type is looked
    # at) become Python objects, and no child list is built per node.
    found: list[Node] = []
    cursor = root.walk()
    depth = 0
    while True:
        node = cursor.node
        assert node is not None  # a cursor always stands on a node
        if atomic and node.type in atomic or not cursor.goto_first_child():
            found.append(node)
            while not cursor.goto_next_sibling():
                if depth == 0:
                    return found
                cursor.goto_parent()
                depth -= 1
        else:
            depth += 1


def iter_errors(node: Node) -> Iterator[Node]:
    """Yield the outermost ``ERROR`` and missing nodes below ``node``."""
    if not node.has_error:
        return
    stack = [node]
    while stack:
        current = stack.pop()
        if current.is_error or current.is_missing:
            yield current
            continue
        if current.has_error:
            stack.extend(reversed(current.children))


def syntax_problems(source: bytes) -> tuple[tuple[int, str], ...]:
    """Where ``source`` is not Rust that rustc parses, as far as we can tell.

    Besides tree-sitter's ``ERROR`` and missing nodes, this finds what
    tree-sitter accepts and rustc rejects: an inner attribute or inner doc
    comment after an item (or after an outer attribute), and an outer
    attribute or doc comment that no item follows. Only item lists (files
    and ``{ ... }`` bodies of modules, impls, traits and extern blocks) are
    looked at.

    Returns:
        ``(byte offset, message)`` pairs, sorted by offset.
    """
    root = parse_rust(source).root_node
    found = [
        (node.start_byte, "syntax error" if node.is_error else f"missing {node.type}") for node in iter_errors(root)
    ]
    stack = [root]
    while stack:
        container = stack.pop()
        if container.type in ("source_file", "declaration_list"):
            found.extend(_misplaced_attributes(container))
        stack.extend(c for c in container.named_children if c.has_error or c.child_count)
    return tuple(sorted(set(found)))


def _misplaced_attributes(container: Node) -> Iterator[tuple[int, str]]:
    after_item = False
    #: The first outer attribute or doc comment no item has followed yet.
    pending: Node | None = None
    for child in container.named_children:
        marker = _doc_comment_marker(child)
        if child.type == "inner_attribute_item" or marker == "inner_doc_comment_marker":
            if after_item or pending is not None:
                yield child.start_byte, "inner attribute or doc comment after an item"
        elif child.type == "attribute_item" or marker == "outer_doc_comment_marker":
            pending = pending or child
        elif child.type not in ("line_comment", "block_comment"):
            after_item, pending = True, None
    if pending is not None:
        yield pending.start_byte, "attribute or doc comment with no item after it"


def _doc_comment_marker(node: Node) -> str | None:
    if node.type not in ("line_comment", "block_comment"):
        return None
    return next((c.type for c in node.children if c.type.endswith("doc_comment_marker")), None)


def attributes_before(node: Node) -> list[Node]:
    """Return the outer ``#[...]`` attribute items directly preceding ``node``."""
    found: list[Node] = []
    sibling = node.prev_named_sibling
    while sibling is not None and sibling.type in ("attribute_item", "line_comment", "block_comment"):
        if sibling.type == "attribute_item":
            found.append(sibling)
        sibling = sibling.prev_named_sibling
    found.reverse()
    return found


def attribute_name(attribute_item: Node) -> str:
    """Return the path of an attribute, e.g. ``cfg`` or ``serde::skip``."""
    attribute = next((c for c in attribute_item.named_children if c.type == "attribute"), None)
    if attribute is None:
        return ""
    path = attribute.named_children[0] if attribute.named_children else None
    return text(path)


def attribute_body(attribute_item: Node) -> str:
    """Return the text inside ``#[...]``, e.g. ``cfg(test)``, without comments.

    Comments go (each becomes a space): the text is also written back on
    one line, where a ``// why`` would swallow the rest of the attribute.
    """
    attribute = next((c for c in attribute_item.named_children if c.type == "attribute"), None)
    if attribute is None or attribute.text is None:
        return ""
    raw = attribute.text
    comments = []
    stack = [attribute]
    while stack:
        node = stack.pop()
        if node.type in ("line_comment", "block_comment"):
            comments.append((node.start_byte - attribute.start_byte, node.end_byte - attribute.start_byte))
        else:
            stack.extend(node.children)
    for start, end in sorted(comments, reverse=True):
        raw = raw[:start] + b" " + raw[end:]
    return raw.decode("utf-8", "replace")


def string_literal_value(node: Node) -> str | None:
    """Return the content of a plain or raw string literal node, unescaped simply."""
    raw = text(node)
    if node.type == "raw_string_literal":
        start = raw.find('"')
        end = raw.rfind('"')
        return raw[start + 1 : end] if start != -1 and end > start else None
    if node.type == "string_literal":
        inner = raw[1:-1] if len(raw) >= 2 else ""
        return inner.replace("\\\\", "\\").replace('\\"', '"')
    return None
