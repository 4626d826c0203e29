"""How much of an item is literal data: arrays of literals, such as tables.

rustc checks a table of ten thousand literals far faster than ten thousand
syntax nodes of code (a measured factor is in ``docs/planning.md``), so the
cost model weighs the two apart. Literal data is an array expression whose
elements are, all the way down, literals (numbers, characters, strings,
booleans, negated numbers), paths naming constants, and tuples and arrays
of these. Only the outermost such array counts, with all its syntax nodes.
A reference inside it (``('k', &['k', 'K'])``) ends the data: each one is a
constant of its own for rustc to promote, and measured as costly as code;
the referenced arrays count as data on their own.

This module counts; it does not decide what a node costs.

Invariant: the count of a node is at most its ``descendant_count``.
"""

from __future__ import annotations

import functools

import tree_sitter

from crate_split.analysis import syntax
from crate_split.analysis.syntax import Node

#: Leaves a data array may hold: literals, and paths naming constants.
_DATA_LEAVES = frozenset(
    {
        "integer_literal",
        "float_literal",
        "char_literal",
        "string_literal",
        "raw_string_literal",
        "boolean_literal",
        "negative_literal",
        "identifier",
        "scoped_identifier",
        "line_comment",
        "block_comment",
    }
)
#: Expressions that hold data when all their operands do.
_DATA_CONTAINERS = frozenset({"array_expression", "tuple_expression", "parenthesized_expression"})


@functools.cache
def _array_query() -> tree_sitter.Query:
    return tree_sitter.Query(syntax.language(), "(array_expression) @array")


def count_literal_data(node: Node) -> int:
    """Syntax nodes of ``node`` that lie in arrays of literal data.

    Args:
        node: an item's syntax node.

    Returns:
        The summed ``descendant_count`` of the outermost literal-data arrays
        inside ``node`` (0 when it has none).
    """
    value = node.child_by_field_name("value") if node.type in ("const_item", "static_item") else None
    while value is not None and value.type in ("reference_expression", "parenthesized_expression"):
        value = value.named_children[-1] if value.named_children else None
    if value is not None and value.type == "array_expression" and _is_literal_data(value):
        # A table's value: the common case, found without searching.
        return value.descendant_count
    captures = tree_sitter.QueryCursor(_array_query()).captures(node).get("array", [])
    total = 0
    covered_until = -1
    for array in sorted(captures, key=lambda n: (n.start_byte, -n.end_byte)):
        if array.start_byte < covered_until:
            continue
        if _is_literal_data(array):
            total += array.descendant_count
            covered_until = array.end_byte
    return total


def _is_literal_data(root: Node) -> bool:
    # Punctuation is unnamed, so named children are the operands (and
    # comments); most nodes of a table are leaves, checked without a push.
    pending = [root]
    while pending:
        for child in pending.pop().named_children:
            kind = child.type
            if kind in _DATA_LEAVES:
                continue
            if kind in _DATA_CONTAINERS or (kind == "unary_expression" and child.children[0].type == "-"):
                pending.append(child)
            else:
                return False
    return True
