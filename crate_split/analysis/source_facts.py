"""What a file's code asks of its build: the custom cfg names and the
feature values it tests, the variables it reads with
``env!``/``option_env!``, and the macros its ``macro_rules!`` bodies call.

The rewrite asks these questions of each member's copy of a file (does it
need the build script? which cfgs must its manifest expect? which helper
macros must an exported macro take along?). Answering them from the
syntax tree, once, keeps them away from raw bytes: a ``cfg(`` in a comment
or a string, ``$x != y`` in a macro body or an attribute on one line with
its item are no answers. Candidates are
located by their spelling and kept only when the tree has a token there
(comments and string contents are not tokens), in a place where rustc reads
it: an attribute, a macro call, or the tokens of a macro call or body.

This module does not evaluate cfg predicates (see :mod:`cfg`) and does not
resolve the called macros: a name is all the rewrite compares.
"""

from __future__ import annotations

from crate_split.analysis import syntax
from crate_split.analysis.cfg import is_custom_cfg_name
from crate_split.analysis.syntax import Node
from crate_split.model import Span
from crate_split.model.items import FactKind, SourceFact

#: Spellings worth a look in the tree (each word's start, searched with
#: ``bytes.find``: a regex over the whole file costs more than the rest).
_SEARCHED = (b"cfg", b"env", b"macro_rules")
_WORDS = frozenset({"cfg", "cfg_attr", "env", "option_env"})
_OPENING = frozenset({"(", "[", "{"})
_CLOSING = frozenset({")", "]", "}"})
_ENV_MACROS = frozenset({"env", "option_env"})


def find_source_facts(path: str, source: bytes, root: Node, lines: syntax.LineIndex) -> list[SourceFact]:
    """Every fact of one parsed file (``path``, package-relative; its
    ``source`` bytes, tree ``root`` and line index), sorted by offset.
    Arguments as for :func:`includes.find_includes`, which runs beside it."""
    facts: list[SourceFact] = []
    for node in _candidates(source, root):
        if node.type == "macro_rules!":
            if node.parent is not None and node.parent.type == "macro_definition":
                facts.extend(_macro_calls(path, node.parent, lines))
            continue
        word = syntax.text(node)
        called, arguments = _arguments(node)
        if arguments is None:
            continue
        if word in _ENV_MACROS and called:
            facts.extend(_env_read(path, arguments, lines))
        elif word == "cfg" or word == "cfg_attr" and not called:
            tested = _predicate_tests(arguments, first_only=word == "cfg_attr")
            on_extern_crate = bool(tested) and _on_extern_crate(node)
            facts.extend(
                SourceFact(kind, name, _span(path, token, lines), on_extern_crate) for kind, name, token in tested
            )
    return sorted(facts, key=lambda fact: (fact.span.start, fact.kind.value))


def source_facts_in_text(source: bytes) -> list[SourceFact]:
    """The facts of a piece of Rust that is no file of the crate (text the
    rewrite writes), with spans in ``source`` and an empty file name."""
    if not any(word in source for word in _SEARCHED):
        return []
    tree = syntax.parse_rust(source)
    return find_source_facts("", source, tree.root_node, syntax.LineIndex(source))


def _candidates(source: bytes, root: Node) -> list[Node]:
    """The tokens that spell one of the words, each once, in source order:
    identifiers (``cfg``, ``cfg_attr``, ``env``, ``option_env``) and the
    ``macro_rules!`` of definitions. Text in comments and strings has no
    such token."""
    found: dict[int, Node] = {}
    for word in _SEARCHED:
        position = source.find(word)
        while position != -1:
            node = root.descendant_for_byte_range(position, position + len(word))
            if node is not None and node.start_byte not in found and _is_candidate(node):
                found[node.start_byte] = node
            position = source.find(word, position + len(word))
    return [found[start] for start in sorted(found)]


def _is_candidate(node: Node) -> bool:
    return node.type == "macro_rules!" or node.type == "identifier" and syntax.text(node) in _WORDS


def _arguments(name: Node) -> tuple[bool, Node | None]:
    """``(called with !, argument token tree)`` for ``name`` standing as an
    attribute's path (``#[cfg(..)]``), a macro's name (``env!(..)``,
    ``core::cfg!(..)``) or a token followed by a group in a token tree
    (``cfg(..)``, ``env!(..)``); ``(False, None)`` anywhere else."""
    parent = name.parent
    if parent is not None and parent.type == "scoped_identifier" and parent.child_by_field_name("name") == name:
        name, parent = parent, parent.parent
    if parent is None:
        return False, None
    if parent.type == "attribute":
        following = name.next_sibling
        first = name.prev_sibling is None
        return False, following if first and following is not None and following.type == "token_tree" else None
    if parent.type == "macro_invocation":
        return True, next((c for c in parent.named_children if c.type == "token_tree"), None)
    if parent.type == "token_tree":
        following = name.next_sibling
        called = following is not None and following.type == "!"
        if called:
            following = following.next_sibling if following is not None else None
        return called, following if following is not None and following.type == "token_tree" else None
    return False, None


def _predicate_tests(arguments: Node, *, first_only: bool) -> list[tuple[FactKind, str, Node]]:
    """What a predicate's token tree tests, as ``(kind, name, token)``: its
    custom names, alone or with a value, and its ``feature = ".."`` values;
    neither the operators (``all``/``any``/``not`` before a group) nor
    other built-in names. ``first_only`` stops at the first top-level comma
    (``cfg_attr(predicate, attributes..)``)."""
    if arguments.child_count == 3 and _is_name(arguments.children[1]):
        # One name, the common case (`#[cfg(test)]`), without a token walk.
        tokens = [arguments.children[1]]
    else:
        tokens = syntax.tokens(arguments)[1:-1]
    found: list[tuple[FactKind, str, Node]] = []
    depth = 0
    for index, token in enumerate(tokens):
        if token.type in _OPENING:
            depth += 1
        elif token.type in _CLOSING:
            depth -= 1
        elif token.type == "," and depth == 0 and first_only:
            break
        elif _is_name(token):
            following = tokens[index + 1].type if index + 1 < len(tokens) else ""
            name = syntax.identifier(token)
            if following in _OPENING:
                continue
            if following != "=":
                if is_custom_cfg_name(name):
                    found.append((FactKind.CUSTOM_CFG, name, token))
            elif name == "feature":
                value = tokens[index + 2] if index + 2 < len(tokens) else None
                feature = syntax.string_literal_value(value) if value is not None else None
                if value is not None and feature is not None:
                    found.append((FactKind.FEATURE_CFG, feature, value))
            elif is_custom_cfg_name(name):
                found.append((FactKind.CUSTOM_CFG_KEY, name, token))
    return found


def _is_name(token: Node) -> bool:
    """Whether a token of a predicate is a name: an identifier, or a word
    tree-sitter makes a token of its own in token trees (``default``,
    ``union``; ``true`` and ``false`` are built in)."""
    return token.type == "identifier" or not token.is_named and token.type.isidentifier()


def _env_read(path: str, arguments: Node, lines: syntax.LineIndex) -> list[SourceFact]:
    """The variable an ``env!``/``option_env!`` call reads, when its first
    argument is a string literal."""
    named = arguments.named_children
    if not named or named[0].type not in ("string_literal", "raw_string_literal"):
        return []
    variable = syntax.string_literal_value(named[0])
    if not variable:
        return []
    return [SourceFact(FactKind.ENV_READ, variable, _span(path, named[0], lines))]


def _macro_calls(path: str, definition: Node, lines: syntax.LineIndex) -> list[SourceFact]:
    """The ``name!(..)`` calls among a ``macro_rules!`` definition's tokens
    (``$crate::name!`` included; ``$m!(..)`` names no macro)."""
    tokens = syntax.tokens(definition)
    return [
        SourceFact(FactKind.MACRO_CALL, syntax.identifier(token), _span(path, token, lines))
        for index, token in enumerate(tokens[:-2])
        if token.type == "identifier" and tokens[index + 1].type == "!" and tokens[index + 2].type in _OPENING
    ]


def _on_extern_crate(name: Node) -> bool:
    """Whether ``name`` is in an attribute of an ``extern crate`` item."""
    node: Node | None = name
    while node is not None and node.type != "attribute_item":
        if node.type not in ("attribute", "token_tree", "identifier", "scoped_identifier"):
            return False
        node = node.parent
    sibling = node.next_named_sibling if node is not None else None
    while sibling is not None and sibling.type in ("attribute_item", "line_comment", "block_comment"):
        sibling = sibling.next_named_sibling
    return sibling is not None and sibling.type == "extern_crate_declaration"


def _span(path: str, node: Node, lines: syntax.LineIndex) -> Span:
    return Span(path, node.start_byte, node.end_byte, lines.line_of(node.start_byte))
