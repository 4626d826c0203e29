"""What the local `macro_rules!` bodies name and write, wherever they are
called: paths, member accesses and the `impl Trait for Type` headers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeAlias

from crate_split.analysis import syntax
from crate_split.analysis.macros import TextualMacros
from crate_split.analysis.paths import members_in_tokens, paths_in_tokens, token_leaves
from crate_split.analysis.scope import TYPE, VALUE, Resolution, Scopes
from crate_split.analysis.syntax import Node
from crate_split.model import ItemId, ItemKind, ModulePath, Span


@dataclass(frozen=True, slots=True)
class Expansion:
    #: Paths the body uses outside ``$crate`` (``$crate::a::B`` as ``crate::a::B``).
    paths: tuple[tuple[str, ...], ...] = ()
    #: ``(is_method, name, where)`` of the ``.name`` accesses and ``.name(..)``
    #: calls in it; ``where`` is the name in the body.
    members: tuple[tuple[bool, str, Span], ...] = ()
    #: The ``impl Trait for Type`` blocks it writes.
    implemented: tuple[WrittenImpl, ...] = ()


#: A path of an expansion resolved at a call: ``(segments, text, namespace, resolution)``.
ExpansionTarget: TypeAlias = tuple[tuple[str, ...], str, str, Resolution]


class Expansions:
    """What each local ``macro_rules!`` body names, with what the bodies of
    the local macros it calls name (looked up from the definition),
    metavariables left out: an expansion names all of it where it is called."""

    def __init__(self, scopes: Scopes, macros: TextualMacros) -> None:
        self.scopes = scopes
        self.macros = macros
        self.found: dict[ItemId, Expansion] = {}
        self._targets: dict[tuple[ModulePath, ItemId], list[ExpansionTarget]] = {}

    def of(self, macro: ItemId) -> Expansion:
        if macro not in self.found:
            self.found[macro] = Expansion()  # A macro calling itself adds nothing more.
            self.found[macro] = self._collect(macro)
        return self.found[macro]

    def targets(
        self,
        module: ModulePath,
        macro: ItemId,
        resolve: Callable[[tuple[str, ...], str], Resolution | None],
        *,
        cacheable: bool,
    ) -> list[ExpansionTarget]:
        """The local items the paths of ``macro``'s expansion probably name at
        a call in ``module``, resolved by ``resolve`` (the walker's, which sees
        local bindings; the caller leaves out the item itself).

        ``cacheable``: no local binding hides anything at the call, so the
        answer depends on the module alone and is worked out once.
        """
        key = (module, macro)
        if cacheable and key in self._targets:
            return self._targets[key]
        found: list[ExpansionTarget] = []
        for segments in self.of(macro).paths:
            for namespace in (TYPE, VALUE):
                resolution = resolve(segments, namespace)
                if resolution is not None:
                    break
            target = resolution.target if resolution is not None else None
            if resolution is None or target is None or target.kind in (ItemKind.MODULE, ItemKind.MACRO):
                continue
            if self.scopes.is_likely_generated(resolution, segments[-1]):
                found.append((segments, "::".join(segments), namespace, resolution))
        if cacheable:
            self._targets[key] = found
        return found

    def _collect(self, macro: ItemId) -> Expansion:
        raw = self.scopes.items.get(macro)
        if raw is None:
            return Expansion()
        paths: list[tuple[str, ...]] = []
        members: list[tuple[bool, str, Span]] = []
        implemented: list[WrittenImpl] = []
        for rule in raw.node.named_children:
            right = rule.child_by_field_name("right") if rule.type == "macro_rule" else None
            if right is None:
                continue
            lines = raw.file.lines
            leaves = token_leaves(right)
            members.extend(
                (
                    is_method,
                    syntax.identifier(name),
                    Span(raw.file.path, name.start_byte, name.end_byte, lines.line_of(name.start_byte)),
                )
                for is_method, name in members_in_tokens(leaves)
            )
            implemented.extend(_written_impls(right))
            for segments, token in paths_in_tokens(leaves):
                first = segments[0]
                if is_macro_call(token, segments):
                    called = self.macros.lookup(first, raw.order) if len(segments) == 1 else None
                    if called is not None:
                        paths.extend(self.of(called).paths)
                        members.extend(self.of(called).members)
                        implemented.extend(self.of(called).implemented)
                elif first == "$crate" and len(segments) > 1:
                    paths.append(("crate", *segments[1:]))
                elif not first.startswith("$") and first not in ("self", "Self", "super", "crate", ""):
                    paths.append(segments)
        return Expansion(tuple(dict.fromkeys(paths)), tuple(dict.fromkeys(members)), tuple(dict.fromkeys(implemented)))


@dataclass(frozen=True, slots=True)
class WrittenImpl:
    """The header of an ``impl Trait for Type`` a macro body writes."""

    #: The trait's path (``$crate::`` as ``crate::``); ``None`` when a metavariable gives it.
    trait: tuple[str, ...] | None
    #: The self type's path behind ``&``/``&'a``/``mut``; ``None`` when a metavariable gives it.
    self_type: tuple[str, ...] | None


def _written_impls(body: Node) -> list[WrittenImpl]:
    """The ``impl<..> Trait<..> for Type`` headers among a macro body's tokens."""
    nodes = syntax.tokens(body)
    if not any(token.type == "impl" for token in nodes):
        return []  # A keyword token's type is its text: no text decoded.
    tokens = [syntax.text(token) for token in nodes]
    found = []
    for index, token in enumerate(tokens):
        if token != "impl":
            continue
        trait, position = _path_at(nodes, tokens, _skip_generics(tokens, index + 1))
        position = _skip_generics(tokens, position)
        if position >= len(tokens) or tokens[position] != "for":
            continue
        position += 1
        while position < len(tokens) and tokens[position] in ("&", "mut", "'"):
            position += 2 if tokens[position] == "'" else 1
        self_type, _ = _path_at(nodes, tokens, position)
        found.append(WrittenImpl(trait, self_type))
    return found


def _path_at(nodes: list[Node], tokens: list[str], position: int) -> tuple[tuple[str, ...] | None, int]:
    """The path starting at ``position`` (``None`` for a metavariable) and the position after it."""
    if position < len(tokens) and nodes[position].type == "metavariable" and tokens[position] != "$crate":
        return None, position + 1
    segments: list[str] = []
    while position < len(tokens) and (nodes[position].type in _PATH_TOKENS or tokens[position] == "$crate"):
        if tokens[position] != "::":
            segments.append("crate" if tokens[position] == "$crate" else syntax.identifier(nodes[position]))
        position += 1
    return (tuple(segments) or None), position


#: Token types a trait path is made of.
_PATH_TOKENS = frozenset({"identifier", "type_identifier", "::", "crate", "self", "super"})


def _skip_generics(tokens: list[str], position: int) -> int:
    """The position after a ``<..>`` group starting at ``position`` (or ``position``)."""
    if position >= len(tokens) or tokens[position] != "<":
        return position
    depth = 0
    while position < len(tokens):
        depth += {"<": 1, ">": -1, ">>": -2, "<<": 2}.get(tokens[position], 0)
        position += 1
        if depth <= 0:
            return position
    return position


def is_macro_call(start: Node, segments: tuple[str, ...]) -> bool:
    """True when the token path starting at ``start`` is followed by ``!``."""
    last: Node | None = start
    # Each further segment is a ``::`` and a name; a leading ``::`` is one token.
    for _ in range(2 * (len(segments) - 1) - (1 if segments[0] == "" else 0)):
        last = last.next_sibling if last is not None else None
    following = last.next_sibling if last is not None else None
    return following is not None and following.type == "!"
