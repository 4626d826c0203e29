"""Code that observes the crate it is compiled in.

``module_path!()``, ``file!()``, ``env!``/``option_env!`` of cargo's
package variables and ``std::any::type_name`` give values that name the
crate, its directory or its source files. The same code in a member crate
gives the member's values, so the splitter keeps such code in the facade
(``splitter/constraints.py``). This module only finds the places.

Found among an item's tokens, so ``std::module_path!()``, calls inside
macro arguments (``format!("{}", module_path!())``) and ``macro_rules!``
bodies all count; a ``macro_rules!`` observes where it is expanded, which
the splitter works out from the macro's users. A name that the analysis
resolved to a local item (a local ``macro_rules! file``, a local ``fn
type_name``) is not an observation. Outer attributes are not read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from crate_split.analysis import syntax
from crate_split.analysis.collect import RawItem
from crate_split.model import ItemId, ItemKind, Span
from crate_split.model.items import Observation, ObservationKind, Reference

#: Cargo's variables whose value differs between the original package and
#: a member crate. Version, authors, license and the like are copied to
#: every member's manifest, so they do not differ.
PACKAGE_VARIABLES = frozenset(
    {
        "CARGO_PKG_NAME",
        "CARGO_CRATE_NAME",
        "CARGO_MANIFEST_DIR",
        "CARGO_MANIFEST_PATH",
        "CARGO_PKG_README",
        "CARGO_PRIMARY_PACKAGE",
    }
)
_PLACE_MACROS = {"module_path": ObservationKind.MODULE_PATH, "file": ObservationKind.FILE}
_ENV_MACROS = frozenset({"env", "option_env"})
_TYPE_NAME_FUNCTIONS = frozenset({"type_name", "type_name_of_val"})
_TYPE_KINDS = frozenset({ItemKind.STRUCT, ItemKind.ENUM, ItemKind.UNION, ItemKind.TYPE_ALIAS, ItemKind.TRAIT})
_PATH_TOKENS = frozenset({"identifier", "crate", "self", "super"})


def find_observations(raw_items: Iterable[RawItem], references: Sequence[Reference]) -> list[Observation]:
    """Every observation of the crate's place in the items' code.

    Args:
        raw_items: the collected items with their syntax.
        references: the items' resolved references, to tell a local name
            from the standard library's and to find the types named in a
            ``type_name::<..>`` turbofish.

    Returns:
        Observations in source order.
    """
    starting_at: dict[tuple[ItemId, int], list[Reference]] = {}
    for reference in references:
        starting_at.setdefault((reference.source, reference.span.start), []).append(reference)
    found: list[Observation] = []
    for raw in raw_items:
        if _may_observe(raw):
            found.extend(_Scan(raw, starting_at).observations())
    return sorted(found, key=lambda o: (o.span.file, o.span.start, o.text))


#: Every name an observation starts with contains one of these
#: (``option_env`` contains ``env``, ``type_name_of_val`` ``type_name``).
_NAME_PARTS = (b"module_path", b"file", b"env", b"type_name")


def _may_observe(raw: RawItem) -> bool:
    """False when no observation can be in the item: none of the names is in its text.

    A byte search in C, so that the tokens of the many items that observe
    nothing are never made into Python objects.
    """
    source, start, end = raw.file.source, raw.node.start_byte, raw.node.end_byte
    return any(source.find(part, start, end) != -1 for part in _NAME_PARTS)


class _Scan:
    def __init__(self, raw: RawItem, starting_at: dict[tuple[ItemId, int], list[Reference]]) -> None:
        self.raw = raw
        self.item = raw.item.id
        self.tokens = syntax.tokens(raw.node)
        self.starting_at = starting_at

    def observations(self) -> list[Observation]:
        found = []
        for index, token in enumerate(self.tokens):
            if token.type != "identifier":
                continue
            name = syntax.identifier(token)
            following = self.token_type(index + 1)
            if following == "!" and self.token_type(index + 2) in ("(", "[", "{"):
                observation = self.macro_call(index, name)
            elif name in _TYPE_NAME_FUNCTIONS and following in ("(", "::"):
                observation = self.type_name_call(index, name)
            else:
                observation = None
            if observation is not None:
                found.append(observation)
        return found

    def token_type(self, index: int) -> str:
        return self.tokens[index].type if 0 <= index < len(self.tokens) else ""

    def path_start(self, index: int) -> int:
        """Index of the first token of the path ending at ``index``."""
        while self.token_type(index - 1) == "::" and self.token_type(index - 2) in _PATH_TOKENS:
            index -= 2
        return index

    def is_local(self, start: int) -> bool:
        """True when the path starting at token ``start`` resolved to a local item."""
        references = self.starting_at.get((self.item, self.tokens[start].start_byte), ())
        return any(r.target is not None for r in references)

    def span(self, start: int, end: int) -> Span:
        first, last = self.tokens[start], self.tokens[end]
        return Span(self.raw.file.path, first.start_byte, last.end_byte, self.raw.file.lines.line_of(first.start_byte))

    def macro_call(self, index: int, name: str) -> Observation | None:
        if name not in _PLACE_MACROS and name not in _ENV_MACROS:
            return None
        start = self.path_start(index)
        if self.is_local(start):
            return None
        if name in _PLACE_MACROS:
            return Observation(self.item, _PLACE_MACROS[name], f"{name}!", self.span(start, index + 1))
        argument = self.tokens[index + 3] if index + 3 < len(self.tokens) else None
        variable = syntax.string_literal_value(argument) if argument is not None else None
        if variable not in PACKAGE_VARIABLES:
            return None
        return Observation(
            self.item, ObservationKind.PACKAGE_VARIABLE, f'{name}!("{variable}")', self.span(start, index + 3)
        )

    def type_name_call(self, index: int, name: str) -> Observation | None:
        start = self.path_start(index)
        if self.is_local(start):
            return None
        end = index
        types: list[ItemId] = []
        open_types = name == "type_name_of_val"
        if self.token_type(index + 1) == "::" and self.token_type(index + 2) == "<":
            end = self.closing_bracket(index + 2)
            named, understood = self.named_types(index + 3, end)
            types.extend(named)
            open_types = open_types or not understood
        else:
            # No turbofish: the type is inferred from the call's context.
            open_types = True
        if not types and not open_types:
            return None  # Only other crates' types: their paths do not move.
        text = "".join(syntax.text(token) for token in self.tokens[start : end + 1])
        return Observation(
            self.item,
            ObservationKind.TYPE_NAME,
            text,
            self.span(start, end),
            tuple(sorted(set(types), key=ItemId.sort_key)),
            open_types,
        )

    def closing_bracket(self, opening: int) -> int:
        """Index of the ``>`` closing the ``<`` at ``opening`` (or the last token)."""
        depth = 0
        for index in range(opening, len(self.tokens)):
            kind = self.tokens[index].type
            if kind == "<":
                depth += 1
            elif kind in (">", ">>"):
                depth -= len(kind)
                if depth <= 0:
                    return index
        return len(self.tokens) - 1

    def named_types(self, start: int, end: int) -> tuple[list[ItemId], bool]:
        """Local types named between tokens ``start`` and ``end``, and
        whether every name there was understood (resolved to a type of
        this crate or of another one)."""
        named: list[ItemId] = []
        understood = True
        for index in range(start, end):
            token = self.tokens[index]
            if token.type not in ("identifier", "type_identifier", "self", "crate", "super", "metavariable"):
                continue
            if self.token_type(index - 1) in ("::", "'"):
                continue  # Inside a path already looked at, or a lifetime.
            references = self.starting_at.get((self.item, token.start_byte), ())
            if not references:
                understood = False
                continue
            for reference in references:
                target = reference.target
                if target is None:
                    continue
                if target.kind is ItemKind.TRAIT and reference.text.split("::")[0] == "Self":
                    understood = False  # A trait's `Self`: whichever type implements it.
                elif target.kind in _TYPE_KINDS:
                    named.append(target)
        return named, understood
