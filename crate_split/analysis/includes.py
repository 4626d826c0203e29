"""Calls of ``include!``, ``include_str!`` and ``include_bytes!`` in a file.

The rewrite copies the files a crate's code reads next to the code that
reads them; it asks the model which they are instead of scanning bytes,
because a scan of raw source also finds ``include_str!("../Cargo.toml")``
written in a doc comment or a string. Here calls are found in the syntax
tree: as macro invocations (items, expressions, attribute values) and as
tokens of other macro calls (``items! { const A: &str = include_str!("a"); }``).
This module does not parse the included files: item-level ``include!`` of
Rust items is walked by :mod:`collect`.

Invariant: a target is resolved against the directory of the file holding
the call, as rustc does, and normalised; it is ``None`` when the path is
computed.
"""

from __future__ import annotations

import posixpath
import re

from crate_split.analysis import syntax
from crate_split.analysis.syntax import Node
from crate_split.model import Span
from crate_split.model.items import Include

INCLUDE_MACROS = frozenset({"include", "include_str", "include_bytes"})
#: Files without this text hold no call; it only spares walking their tree.
_MAYBE_INCLUDE = re.compile(rb"\binclude(?:_str|_bytes)?\s*!")


def find_includes(path: str, source: bytes, root: Node, lines: syntax.LineIndex) -> list[Include]:
    """Every include-family call in one parsed file, in source order.

    Args:
        path: the file's package-relative path.
        source: its bytes.
        root: the root node of its syntax tree.
        lines: its line index, for spans.

    Returns:
        The calls with their resolved targets.
    """
    if not _MAYBE_INCLUDE.search(source):
        return []
    found: list[Include] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "macro_invocation":
            name = _macro_name(node.child_by_field_name("macro"))
            arguments = next((c for c in node.named_children if c.type == "token_tree"), None)
            if name in INCLUDE_MACROS and arguments is not None:
                found.append(_include(path, name, node, node, arguments, lines))
                continue
        elif node.type == "token_tree":
            children = node.children
            for index in range(len(children) - 2):
                name_token, bang, arguments = children[index : index + 3]
                if (
                    name_token.type == "identifier"
                    and bang.type == "!"
                    and arguments.type == "token_tree"
                    and syntax.text(name_token) in INCLUDE_MACROS
                ):
                    found.append(_include(path, syntax.text(name_token), name_token, arguments, arguments, lines))
        stack.extend(reversed(node.children))
    return found


def _macro_name(macro: Node | None) -> str:
    """``include_str`` for ``include_str``, ``std::include_str`` and ``core::include_str``."""
    if macro is not None and macro.type == "scoped_identifier":
        macro = macro.child_by_field_name("name")
    return syntax.identifier(macro)


def _include(path: str, macro: str, first: Node, last: Node, arguments: Node, lines: syntax.LineIndex) -> Include:
    span = Span(path, first.start_byte, last.end_byte, lines.line_of(first.start_byte))
    target = literal_target(path, arguments)
    if target is None:
        return Include(macro, span, None, reads_out_dir=_reads_out_dir(arguments))
    return Include(macro, span, target)


def literal_target(path: str, arguments: Node) -> str | None:
    """The file an include call in ``path`` reads when its argument tokens
    are one string literal: package-relative and normalised."""
    named = arguments.named_children
    if len(named) != 1 or named[0].type not in ("string_literal", "raw_string_literal"):
        return None
    literal = syntax.string_literal_value(named[0])
    if literal is None:
        return None
    return posixpath.normpath(posixpath.join(posixpath.dirname(path), literal))


def _reads_out_dir(arguments: Node) -> bool:
    """Whether the argument tokens hold ``env!("OUT_DIR")``."""
    stack = [arguments]
    while stack:
        node = stack.pop()
        children = node.children
        for index in range(len(children) - 2):
            name_token, bang, inner = children[index : index + 3]
            if (
                syntax.text(name_token) == "env"
                and bang.type == "!"
                and inner.type == "token_tree"
                and any(syntax.string_literal_value(c) == "OUT_DIR" for c in inner.named_children)
            ):
                return True
        stack.extend(c for c in children if c.type in ("token_tree", "macro_invocation"))
    return False


def files_read_by(path: str, source: bytes) -> list[str]:
    """Package files another target (an integration test, a bench) reads
    from ``path``: ``#[path = ".."]`` modules and literal include targets,
    resolved against ``path``'s directory. Such a target is not analysed,
    but the files it reads must stay where it finds them."""
    tree = syntax.parse_rust(source)
    found = [
        include.target
        for include in find_includes(path, source, tree.root_node, syntax.LineIndex(source))
        if include.target
    ]
    directory = posixpath.dirname(path)
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        stack.extend(node.named_children)
        if node.type != "attribute_item":
            continue
        match = _PATH_ATTRIBUTE.fullmatch(syntax.text(node))
        if match:
            found.append(posixpath.normpath(posixpath.join(directory, match.group(1))))
    return sorted(set(found))


_PATH_ATTRIBUTE = re.compile(r'#\[\s*path\s*=\s*"([^"]+)"\s*\]')
