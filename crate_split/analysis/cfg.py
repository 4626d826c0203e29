"""Evaluating ``#[cfg(...)]`` predicates for a given feature set.

Used to tell which items a default build compiles (the cost model should
not count code behind a feature that is off, or ``#[cfg(test)]`` code).
Platform predicates are answered for a Linux host; anything unknown is
taken as true, so the estimate errs towards counting code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from crate_split.model.cfg_test import fold_predicate

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

#: Names a cfg predicate may test that no build script sets: the predicate
#: operators, the literals ``true`` and ``false``, cargo's ``feature`` and
#: ``docsrs``, rustdoc's ``doc_cfg`` and rustc's own names (``unix``,
#: ``clippy``, ...; every ``target_*`` name is rustc's too, see
#: :func:`is_custom_cfg_name`).
_BUILTIN_NAMES = frozenset(
    {
        *_TRUE_FLAGS,
        *_FALSE_FLAGS,
        *_KEY_VALUES,
        *"all any not true false feature doc_cfg proc_macro overflow_checks relocation_model sanitize "
        "fmt_debug ub_checks contract_checks".split(),
    }
)


def is_custom_cfg_name(name: str) -> bool:
    """Whether a cfg name is neither built in nor a feature: only a build
    script (``cargo:rustc-cfg=``) or the user's flags set it."""
    return name not in _BUILTIN_NAMES and not name.startswith("target_")


def enabled_features(
    features: Mapping[str, tuple[str, ...]], requested: Iterable[str] = ("default",)
) -> frozenset[str]:
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


def custom_cfg_names(predicate: str) -> frozenset[str]:
    """Names in ``predicate`` that neither cargo nor rustc sets: a build
    script's ``cargo:rustc-cfg`` (``has_std`` in ``all(has_std, unix)``)."""
    names = (match.group("name") for match in _TOKEN.finditer(predicate))
    return frozenset(name for name in names if name is not None and is_custom_cfg_name(name))


def evaluate_cfg(predicate: str, features: frozenset[str], *, test: bool = False) -> bool:
    """Return whether ``predicate`` (the text inside ``cfg(...)``) holds."""
    tokens = [m.group(0).strip() for m in _TOKEN.finditer(predicate) if m.group(0).strip()]

    def leaf(name: str, value: str | None) -> bool:
        if value is not None:
            value = value.strip('"')
            if name == "feature":
                return value in features
            known = _KEY_VALUES.get(name)
            return value in known if known is not None else True
        if name == "test":
            return test
        return name not in _FALSE_FLAGS

    return fold_predicate(tokens, leaf, _combine)


def _combine(operator: str, values: list[bool]) -> bool:
    if operator == "all":
        return all(values)
    if operator == "any":
        return any(values)
    return not values[0] if values else True
