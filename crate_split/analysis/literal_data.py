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
    total = 0
    covered_until = -1
    for array in _arrays(node):
        if array.start_byte < covered_until:
            continue
        if _is_literal_data(array):
            total += array.descendant_count
            covered_until = array.end_byte
    return total


def _arrays(node: Node) -> list[Node]:
    """The array expressions inside ``node``, in source order.

    Each begins with a ``[`` token and is the smallest named node around
    it: a search of the text for ``[`` and one lookup by byte range per hit
    (brackets of indexing, slice types and attributes belong to other
    nodes) visits far fewer nodes than a query over the whole item.
    """
    text = node.text or b""
    start = node.start_byte
    found = []
    at = text.find(b"[")
    while at != -1:
        offset = start + at
        around = node.named_descendant_for_byte_range(offset, offset + 1)
        if around is not None and around.start_byte == offset and around.type == "array_expression":
            found.append(around)
        at = text.find(b"[", at + 1)
    return found


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
