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

_TOKEN = re.compile(r'\s*(?:([A-Za-z_][A-Za-z0-9_]*)|("(?:[^"\\]|\\.)*")|([(),=]))')


def requires_test(predicate: str) -> bool:
    """True when ``predicate`` (the text inside ``cfg(...)``) can hold only with ``test`` on."""
    tokens = [m.group(0).strip() for m in _TOKEN.finditer(predicate) if m.group(0).strip()]
    position = 0

    def take() -> str:
        nonlocal position
        token = tokens[position] if position < len(tokens) else ""
        position += 1
        return token

    def peek() -> str:
        return tokens[position] if position < len(tokens) else ""

    def expression() -> bool | None:
        name = take()
        if peek() == "(" and name in ("all", "any", "not"):
            take()
            parts: list[bool | None] = []
            while peek() and peek() != ")":
                parts.append(expression())
                if peek() == ",":
                    take()
            take()
            if name == "all":
                return False if False in parts else (True if all(p is True for p in parts) else None)
            if name == "any":
                return True if True in parts else (False if parts and all(p is False for p in parts) else None)
            return None if not parts or parts[0] is None else not parts[0]
        if peek() == "=":
            take()
            take()
            return None
        return False if name == "test" else None

    try:
        return expression() is False
    except IndexError:
        return False


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
