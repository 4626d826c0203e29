"""Evaluating ``#[cfg(...)]`` predicates for a given feature set.

Used to tell which items a default build compiles (the cost model should
not count code behind a feature that is off, or ``#[cfg(test)]`` code).
Platform predicates are answered for a Linux host; anything unknown is
taken as true, so the estimate errs towards counting code.
"""

from __future__ import annotations

import re
from typing import Iterable, Mapping

_TOKEN = re.compile(r'\s*(?:(?P<name>[A-Za-z_][A-Za-z0-9_]*)|(?P<string>"[^"]*")|(?P<punct>[(),=]))')

_TRUE_FLAGS = frozenset({"unix", "debug_assertions", "target_has_atomic", "panic"})
_FALSE_FLAGS = frozenset({"windows", "test", "doc", "doctest", "docsrs", "miri", "rustfmt", "clippy"})
_KEY_VALUES = {
    "target_os": {"linux"},
    "target_family": {"unix"},
    "target_arch": {"x86_64"},
    "target_pointer_width": {"64"},
    "target_endian": {"little"},
    "target_env": {"gnu"},
    "target_vendor": {"unknown"},
    "panic": {"unwind"},
}


def enabled_features(features: Mapping[str, tuple[str, ...]], requested: Iterable[str] = ("default",)) -> frozenset[str]:
    """Close ``requested`` over the manifest's ``[features]`` table."""
    enabled: set[str] = set()
    stack = list(requested)
    while stack:
        feature = stack.pop()
        if feature in enabled:
            continue
        if feature not in features and feature == "default":
            continue
        enabled.add(feature)
        for implied in features.get(feature, ()):
            if implied.startswith("dep:"):
                enabled.add(implied[4:])
            elif "/" in implied:
                continue
            else:
                stack.append(implied.rstrip("?"))
    return frozenset(enabled)


def evaluate_cfg(predicate: str, features: frozenset[str], *, test: bool = False) -> bool:
    """Return whether ``predicate`` (the text inside ``cfg(...)``) holds."""
    tokens = [m for m in _TOKEN.finditer(predicate) if m.group(0).strip()]
    position = 0

    def peek() -> str:
        return tokens[position].group(0).strip() if position < len(tokens) else ""

    def take() -> str:
        nonlocal position
        value = peek()
        position += 1
        return value

    def expression() -> bool:
        name = take()
        if peek() == "(" and name in ("all", "any", "not"):
            take()
            values = []
            while peek() and peek() != ")":
                values.append(expression())
                if peek() == ",":
                    take()
            take()
            if name == "all":
                return all(values)
            if name == "any":
                return any(values)
            return not values[0] if values else True
        if peek() == "=":
            take()
            value = take().strip('"')
            if name == "feature":
                return value in features
            known = _KEY_VALUES.get(name)
            return value in known if known is not None else True
        if name == "test":
            return test
        if name in _FALSE_FLAGS:
            return False
        return True

    try:
        return expression()
    except (IndexError, AttributeError):
        return True
