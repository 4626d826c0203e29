"""Does a ``#[cfg(...)]`` predicate hold only in test builds?

``#[cfg(test)]`` is the common spelling, but real crates also write
``#[cfg(all(test, feature = "std"))]`` or ``#[cfg(all(unix, test))]``: code
that exists only when its own crate is compiled as a test. Such code stays
with its parent module and is never re-exported, whatever the spelling.

The answer uses three-valued logic: with ``test`` false and every other
name unknown, the predicate requires a test build when it is certainly
false (``any`` is false only when all its parts are; ``not`` of an unknown
stays unknown).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")

_TOKEN = re.compile(r'\s*(?:([A-Za-z_][A-Za-z0-9_]*)|("(?:[^"\\]|\\.)*")|([(),=]))')


def fold_predicate(
    tokens: Sequence[str], leaf: Callable[[str, str | None], T], combine: Callable[[str, list[T]], T]
) -> T:
    """Evaluate the tokens of a ``cfg`` predicate bottom-up, with no recursion.

    Args:
        tokens: the predicate's tokens (names, quoted strings, ``( ) , =``).
        leaf: the value of ``name`` or ``name = "value"`` (the value's
            token as written, or ``None``).
        combine: the value of ``all``, ``any`` or ``not`` of its parts.

    Returns:
        The value of the first expression; what follows it is ignored, and
        lists left open at the end are closed.
    """
    position = 0

    def peek() -> str:
        return tokens[position] if position < len(tokens) else ""

    #: The ``all``/``any``/``not`` lists open around the current token.
    open_lists: list[tuple[str, list[T]]] = []
    while True:
        name = peek()
        position += 1
        if peek() == "(" and name in ("all", "any", "not"):
            position += 1
            open_lists.append((name, []))
            if peek() and peek() != ")":
                continue
            # An empty list: close it below with no value to add first.
            has_value = False
        elif peek() == "=":
            value = leaf(name, tokens[position + 1] if position + 1 < len(tokens) else "")
            position += 2
            has_value = True
        else:
            value = leaf(name, None)
            has_value = True
        # Hand the value to the open list, closing each list that ends here.
        while True:
            if not open_lists:
                return value
            if has_value:
                open_lists[-1][1].append(value)
            has_value = True
            if peek() == ",":
                position += 1
            if peek() and peek() != ")":
                break
            position += 1
            operator, parts = open_lists.pop()
            value = combine(operator, parts)


def requires_test(predicate: str) -> bool:
    """True when ``predicate`` (the text inside ``cfg(...)``) can hold only with ``test`` on."""
    tokens = [m.group(0).strip() for m in _TOKEN.finditer(predicate) if m.group(0).strip()]
    return fold_predicate(tokens, _test_leaf, _test_combine) is False


def _test_leaf(name: str, value: str | None) -> bool | None:
    return False if name == "test" and value is None else None


def _test_combine(operator: str, parts: list[bool | None]) -> bool | None:
    if operator == "all":
        return False if False in parts else (True if all(p is True for p in parts) else None)
    if operator == "any":
        return True if True in parts else (False if parts and all(p is False for p in parts) else None)
    return None if not parts or parts[0] is None else not parts[0]


def without_test(predicate: str) -> str:
    """``predicate`` with its ``test`` atom made false (``any()``).

    An overlay re-exports a module of another crate, and that crate is never
    compiled as a test when this one is: `#[cfg(any(test, feature = "x"))]`
    on the overlay must only follow the feature.
    """
    matches = list(_TOKEN.finditer(predicate))
    out: list[str] = []
    for index, match in enumerate(matches):
        token = match.group(0)
        before = matches[index - 1].group(0).strip() if index else ""
        after = matches[index + 1].group(0).strip() if index + 1 < len(matches) else ""
        if token.strip() == "test" and before != "=" and after != "=" and after != "(":
            token = token.replace("test", "any()")
        out.append(token)
    return "".join(out) if "".join(m.group(0) for m in matches) == predicate else predicate


def any_requires_test(predicates: tuple[str, ...]) -> bool:
    """True when one of the ``cfg`` predicates on an item requires a test build."""
    return any(requires_test(p) for p in predicates)


_CFG_ATTRIBUTE = re.compile(r"#\s*\[\s*cfg\s*\((.*)\)\s*\]", re.S)


def attribute_requires_test(attribute: str) -> bool:
    """True for an outer attribute ``#[cfg(P)]`` (its whole text) whose ``P``
    requires a test build, as the analysis judges ``Item.cfg``."""
    match = _CFG_ATTRIBUTE.fullmatch(attribute.strip())
    return match is not None and requires_test(match[1])
