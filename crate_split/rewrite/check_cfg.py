"""The ``cfg`` conditions a member's code tests that its manifest does not
declare, so that its manifest can expect them (``check-cfg``).

rustc warns (``unexpected_cfgs``) at every ``cfg`` testing a feature the
package does not define or a name cargo does not know, such as one a build
script sets (``cargo:rustc-cfg=has_std``). The original warns once per
place; a split copies some places into several members (a root's ``use``
items, macros every member needs), and each copy would warn again. A
member therefore expects what its code tests and its manifest does not
declare: its features are the original's, and what the original never
defines stays off in the member as well, since only the facade's features
reach it. The facade keeps the original's manifest and its warnings.

Judged from the text of the member's files: a ``cfg`` in a comment or a
string counts too, and expecting one more condition changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from crate_split.analysis.cfg import is_custom_cfg_name

#: ``#[cfg(``, ``#![cfg_attr(`` or ``cfg!(``: a predicate opens after it.
_CFG_START = re.compile(rb"(?:#!?\[\s*cfg(?P<attr>_attr)?|(?<![\w$])cfg\s*!)\s*\(")
_TOKEN = re.compile(
    rb"\s*(?:(?P<comment>//[^\n]*|/\*.*?\*/)|(?P<name>\$?[A-Za-z_][A-Za-z0-9_]*)"
    rb'|(?P<string>"[^"\\]*")|(?P<punct>.))',
    re.DOTALL,
)

_LONGEST_PREDICATE = 4096


@dataclass(frozen=True, slots=True)
class CfgTests:
    """What some code tests in its ``cfg`` predicates."""

    #: Condition names given no value (``has_std``) or a value (``foo = ".."``), sorted.
    names: tuple[str, ...] = ()
    #: Names tested with a value, other than ``feature``, sorted.
    keyed: tuple[str, ...] = ()
    #: Values tested as ``feature = ".."``, sorted.
    features: tuple[str, ...] = ()

    def unexpected(self, declared_features: Iterable[str]) -> tuple[str, ...]:
        """``check-cfg`` entries for what a manifest declaring
        ``declared_features`` (and cargo itself) does not expect."""
        entries = [f"cfg({name})" for name in self.names]
        entries += [f"cfg({name}, values(any()))" for name in self.keyed]
        extra = sorted(set(self.features) - set(declared_features))
        if extra:
            entries.append("cfg(feature, values({}))".format(", ".join(f'"{value}"' for value in extra)))
        return tuple(entries)


def cfgs_tested_in(files: Iterable[str], read: Callable[[str], bytes]) -> CfgTests:
    """The custom names and feature values the ``cfg`` predicates of
    ``files`` test (``#[cfg(..)]``, ``#[cfg_attr(.., ..)]``, ``cfg!(..)``);
    names rustc or cargo know are left out."""
    names: set[str] = set()
    keyed: set[str] = set()
    features: set[str] = set()
    for path in files:
        source = read(path)
        for match in _CFG_START.finditer(source):
            tokens = _predicate_tokens(source, match.end(), first_argument=match.group("attr") is not None)
            for index, (kind, text) in enumerate(tokens):
                if kind != "name" or text.startswith("$") or (index and tokens[index - 1][1] == ":"):
                    continue  # a macro's metavariable, or its fragment kind (`$m:meta`)
                following = tokens[index + 1][1] if index + 1 < len(tokens) else ""
                if following == "(":
                    continue  # all, any, not
                if following == "=":
                    value = tokens[index + 2] if index + 2 < len(tokens) else ("", "")
                    if text == "feature" and value[0] == "string":
                        features.add(value[1][1:-1])
                    elif is_custom_cfg_name(text):
                        keyed.add(text)
                elif is_custom_cfg_name(text):
                    names.add(text)
    return CfgTests(tuple(sorted(names)), tuple(sorted(keyed)), tuple(sorted(features)))


def _predicate_tokens(source: bytes, start: int, *, first_argument: bool) -> list[tuple[str, str]]:
    """Tokens of the predicate opening at ``start`` (after ``cfg(``), up to
    its closing parenthesis, or its first top-level comma for ``cfg_attr``."""
    tokens: list[tuple[str, str]] = []
    depth = 0
    position = start
    # A predicate is short; an unbalanced one (in a comment) stops here.
    end = min(len(source), start + _LONGEST_PREDICATE)
    while position < end:
        match = _TOKEN.match(source, position)
        if match is None or match.end() == position:
            break
        position = match.end()
        kind = match.lastgroup or "punct"
        if kind == "comment":
            continue
        text = match.group(kind).decode("utf-8", "replace")
        if text == "(":
            depth += 1
        elif text == ")":
            if depth == 0:
                break
            depth -= 1
        elif text == "," and depth == 0 and first_argument:
            break
        tokens.append((kind, text))
    return tokens
