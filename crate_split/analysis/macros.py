"""What ``macro_rules!`` macros and item-level macro calls mean to names.

Macros are not expanded. Instead, a ``macro_rules!`` definition has a
textual scope (from the definition to the end of its module, further through
``#[macro_use]`` modules), which :class:`TextualMacros` answers for, and an
item-level macro call probably defines the names spelt after ``struct``,
``fn`` and other defining keywords in its tokens or its macro's body, and
perhaps the capitalised names it is given. These are guesses: the scopes
use them only when nothing else resolves a name.
"""

from __future__ import annotations

from crate_split.analysis import syntax
from crate_split.analysis.collect import Collected, RawItem
from crate_split.analysis.syntax import Node
from crate_split.model import ItemId, ItemKind

#: Keywords after which a macro body or call spells the name of an item.
_DEFINING_KEYWORDS = frozenset(
    {"struct", "enum", "fn", "trait", "type", "const", "static", "mod", "union", "macro_rules"}
)


def generated_names(raw: RawItem, *, certain_only: bool = False) -> list[str]:
    """Identifiers in an item-level macro call that may name generated items.

    Names after ``struct``/``enum``/``fn``/... keywords are certain; other
    capitalised identifiers are likely (``newtype!(Meters)``). Both are used
    only when nothing else resolves a name.
    """
    return defined_names(raw.node, certain_only=certain_only)


def defined_names(root: Node, *, certain_only: bool) -> list[str]:
    """Identifiers below ``root`` after a defining keyword (and, unless
    ``certain_only``, every capitalised identifier)."""
    return [name for name, certain in named_candidates(root) if certain or not certain_only]


def named_candidates(root: Node) -> list[tuple[str, bool]]:
    """Every identifier below ``root`` that :func:`defined_names` would
    return, in order, each with whether a defining keyword precedes it
    (shared while a ``syntax.token_memo`` is open: do not change it)."""
    return syntax.memoized(root, _named_candidates)


def _named_candidates(root: Node) -> list[tuple[str, bool]]:
    # Only names are decoded: a keyword or punctuation token's type is its
    # text, and no other leaf (a literal, a metavariable) spells a keyword.
    names: list[tuple[str, bool]] = []
    previous = ""
    for node in syntax.leaves(root):
        kind = node.type
        if kind == "identifier" or kind == "type_identifier":
            token = syntax.identifier(node)
            certain = previous in _DEFINING_KEYWORDS
            if certain or token[:1].isupper():
                names.append((token, certain))
            previous = token
        else:
            previous = kind
    return names


def defines_by_metavariable(root: Node) -> bool:
    """True when a macro body defines an item named by an argument (``fn $name``)."""
    previous = ""
    for node in syntax.leaves(root):
        kind = node.type
        if kind == "metavariable" and previous in _DEFINING_KEYWORDS:
            return True
        # As in ``_named_candidates``: only names need their text.
        previous = syntax.text(node) if kind == "identifier" or kind == "type_identifier" else kind
    return False


def defined_macro_names(root: Node) -> list[str]:
    """Names of the ``macro_rules! name`` definitions among a token tree's tokens."""
    leaves = syntax.leaves(root)
    return [
        syntax.identifier(leaves[i + 2])
        for i in range(len(leaves) - 2)
        if leaves[i + 1].type == "!" and syntax.identifier(leaves[i]) == "macro_rules"
    ]


class TextualMacros:
    """Answers which ``macro_rules!`` a name means at a point in textual order."""

    def __init__(self, collected: Collected) -> None:
        self._definitions: dict[str, list[tuple[int, int, ItemId]]] = {}
        parents_macro_use: dict[tuple[str, ...], bool] = {}
        for raw in collected.items:
            if raw.item.id.kind is ItemKind.MODULE:
                path = (*raw.item.id.module, raw.item.id.base_name)
                parents_macro_use[path] = raw.macro_use
        self._generated: dict[str, list[tuple[int, int, ItemId]]] = {}
        for raw in collected.items:
            if raw.item.id.kind is not ItemKind.MACRO:
                continue
            name = raw.item.id.base_name
            self._definitions.setdefault(name, []).append(
                (raw.order, self._scope_end(collected, raw, parents_macro_use), raw.item.id)
            )
        for raw in collected.items:
            if raw.item.id.kind is ItemKind.MACRO_CALL:
                for name in generated_names(raw):
                    self._generated.setdefault(name, []).append(
                        (raw.order, self._scope_end(collected, raw, parents_macro_use), raw.item.id)
                    )

    @staticmethod
    def _scope_end(collected: Collected, raw: RawItem, parents_macro_use: dict[tuple[str, ...], bool]) -> int:
        module = raw.item.id.module
        while module and parents_macro_use.get(module, False):
            module = module[:-1]
        return collected.ranges[module].end

    def lookup(self, name: str, order: int) -> ItemId | None:
        """Return the macro ``name`` means at ``order``, or a macro call that
        probably generated it when no ``macro_rules!`` is in scope."""
        for table in (self._definitions, self._generated):
            best: tuple[int, ItemId] | None = None
            for start, end, item_id in table.get(name, ()):
                if start < order < end and (best is None or start > best[0]):
                    best = (start, item_id)
            if best is not None:
                return best[1]
        return None
