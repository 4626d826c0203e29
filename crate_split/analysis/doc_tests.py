"""Doc tests that name items of their crate, and those that need its name.

rustdoc compiles each doc test as a crate of its own, with the crate under
test as a dependency; when the test names that crate and writes no
``extern crate`` for it, rustdoc adds ``extern crate <name>;`` at the
test's root. Two spellings reach the crate only through that line
(*pinned* tests): ``crate::<name>::..`` (any edition) and, in an
edition-2015 test, every path that starts with the name (2015 knows no
extern prelude). In a split a test runs in the member holding the item it
documents (a module's inner doc: in each member with a copy of the
module's file). A member named like the original passes the test when it
holds every item the test names; a member with a name of its own (the
repair loop's ``own-name``) reaches the facade, which holds everything,
as a dev-dependency: every test passes there except pinned ones. So a
pinned test needs a member named like the original whose tests name only
its own items: the splitter ties the test's item to what it names
(``splitter/constraints.py``) and the planner closes its crate over the
names of the crate's other tests (``splitter/doc_test_rule.py``). This
module only finds the tests and what they name.

Read from the doc comments (``///``, ``/** */``, ``//!``, ``/*! */``) and
``doc`` attributes of every item, trait and impl members included (they
document the item that holds them), and from the inner docs of modules; a
fenced block is a test unless its info string names another language or
says ``ignore`` or ``compile_fail``. Paths are resolved from the crate
root, as the test sees them: ``use <name>::stream; stream::empty()`` names
``crate::stream::empty``, a glob every item of its module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from tree_sitter import Node

from crate_split.analysis import syntax
from crate_split.analysis.collect import ParsedFile, RawItem
from crate_split.analysis.paths import import_specs, path_segments, token_tree_paths
from crate_split.analysis.scope import NAMESPACES, TYPE, Scopes
from crate_split.model import ItemId, ItemKind, ModulePath, Span
from crate_split.model.items import DocTest, Module

#: Info-string words that keep a fenced block a Rust test (rustdoc's).
_TEST_WORDS = frozenset({"", "rust", "should_panic", "no_run", "test_harness", "standalone_crate", "allow_fail"})
#: Info-string words of Rust blocks that are not compiled, or whose failure is the test.
_NOT_RUN_WORDS = frozenset({"ignore", "compile_fail"})
_PATH_NODES = frozenset({"scoped_identifier", "scoped_type_identifier"})
#: A string literal's escapes (enough for the lines of a doc: newlines and tabs, quotes, backslashes).
_ESCAPE = re.compile(r"\\(.)")
_ESCAPED = {"n": "\n", "t": "\t"}
#: Nodes whose children may be documented items or members.
_HOLDING_ITEMS = frozenset(
    {
        "declaration_list",
        "mod_item",
        "trait_item",
        "impl_item",
        "foreign_mod_item",
        "enum_item",
        "enum_variant_list",
        "struct_item",
        "union_item",
        "field_declaration_list",
        "macro_invocation",
        "token_tree",
    }
)
_ATTRIBUTES_AND_COMMENTS = frozenset({"attribute_item", "inner_attribute_item", "line_comment", "block_comment"})


@dataclass(frozen=True, slots=True)
class _DocBlock:
    """One fenced code block of a doc, with where its doc starts."""

    code: str
    edition: str
    offset: int


def find_doc_tests(
    raw_items: Iterable[RawItem],
    modules: Mapping[ModulePath, Module],
    scopes: Scopes,
    crate_name: str,
    edition: str,
) -> list[DocTest]:
    """Every doc test that names items of the crate by its name, with those items.

    Args:
        raw_items: the collected items with their syntax.
        modules: the crate's modules (where their inner docs are).
        scopes: the crate's final scopes (paths resolve from the root).
        crate_name: the library's crate name, as doc tests spell it.
        edition: the crate's edition (a block's ``editionYYYY`` wins).

    Returns:
        Tests in source order; a test that names no item of the crate gives none.
    """
    items_by_file: dict[str, list[RawItem]] = {}
    module_items: dict[ModulePath, list[ItemId]] = {}
    for raw in raw_items:
        items_by_file.setdefault(raw.file.path, []).append(raw)
        module_items.setdefault(raw.item.id.module, []).append(raw.item.id)
    inner_docs: dict[str, list[tuple[int, int, ModulePath]]] = {}
    for module_path, module in modules.items():
        for start, end in module.inner_docs:
            inner_docs.setdefault(module.file, []).append((start, end, module_path))
    resolver = _Resolver(scopes, module_items)
    needle = crate_name.encode()
    found: list[DocTest] = []
    for file, raws in sorted(items_by_file.items()):
        parsed = raws[0].file
        if needle not in parsed.source:
            continue
        for owner, offset, doc in _docs_by_owner(parsed, raws, inner_docs.get(file, [])):
            for block in _code_blocks(doc, edition, offset):
                pinned, segments = _crate_paths(block, crate_name)
                names = resolver.names(segments) - {owner}
                if names:
                    span = Span(file, block.offset, block.offset, parsed.lines.line_of(block.offset))
                    item, documented = (None, owner) if isinstance(owner, tuple) else (owner, owner.module)
                    found.append(DocTest(item, documented, tuple(sorted(names, key=ItemId.sort_key)), pinned, span))
    return found


def _docs_by_owner(
    parsed: ParsedFile, raws: list[RawItem], inner_docs: list[tuple[int, int, ModulePath]]
) -> Iterator[tuple[ItemId | ModulePath, int, str]]:
    """Each run of doc fragments of the file with what it documents.

    Outer docs document the innermost item whose span holds them; inner
    docs, the module whose inner docs they are.
    """
    spans = sorted(((r.item.span.start, -r.item.span.end, r.item.id) for r in raws), key=lambda t: t[:2])
    for start, inner, run in _doc_runs(parsed.root):
        owner: ItemId | ModulePath | None = None
        if inner:
            owner = next((module for first, end, module in inner_docs if first <= start < end), None)
        else:
            for item_start, negative_end, item_id in spans:
                if item_start > start:
                    break
                if start < -negative_end:
                    owner = item_id
        if owner is not None:
            yield owner, start, "\n".join(run)


def _doc_runs(root: Node) -> Iterator[tuple[int, bool, list[str]]]:
    """Runs of consecutive doc fragments (comments and ``doc`` attributes), inner or outer, by start offset.

    Only nodes that hold items or members are entered (item lists, bodies
    of modules, traits, impls, enums and structs, macro calls' tokens):
    function bodies hold no documented item that a plan places.
    """
    pending = [root]
    while pending:
        node = pending.pop()
        run: list[str] = []
        start, inner = 0, False
        for child in node.children:
            kind = child.type
            fragment = _doc_fragment(child) if kind in _ATTRIBUTES_AND_COMMENTS else None
            if fragment is not None and run and fragment[0] != inner:
                yield start, inner, run
                run = []
            if fragment is not None:
                if not run:
                    start, inner = child.start_byte, fragment[0]
                run.append(fragment[1])
            elif kind not in _ATTRIBUTES_AND_COMMENTS:
                if run:
                    yield start, inner, run
                    run = []
                if kind in _HOLDING_ITEMS:
                    pending.append(child)
        if run:
            yield start, inner, run


def _doc_fragment(node: Node) -> tuple[bool, str] | None:
    """``(inner, text)`` of a doc comment or ``doc`` attribute; ``None`` for other nodes."""
    if node.type in ("line_comment", "block_comment"):
        marker = next((c.type for c in node.children if c.type.endswith("doc_comment_marker")), None)
        if marker is None:
            return None
        content = next((c for c in node.children if c.type == "doc_comment"), None)
        return marker.startswith("inner"), syntax.text(content).removesuffix("\n")
    if node.type in ("attribute_item", "inner_attribute_item") and syntax.attribute_name(node) == "doc":
        attribute = next((c for c in node.named_children if c.type == "attribute"), None)
        value = attribute.child_by_field_name("value") if attribute is not None else None
        if value is not None and value.type == "string_literal":
            escaped = syntax.text(value)[1:-1]
            return node.type == "inner_attribute_item", _ESCAPE.sub(lambda m: _ESCAPED.get(m[1], m[1]), escaped)
        text = syntax.string_literal_value(value) if value is not None else None
        if text is not None:
            return node.type == "inner_attribute_item", text
    return None


def _code_blocks(doc: str, edition: str, offset: int) -> Iterator[_DocBlock]:
    """The fenced blocks of ``doc`` that rustdoc compiles and runs as tests, hidden lines shown."""
    fence: str | None = None
    words: set[str] = set()
    lines: list[str] = []
    for line in doc.splitlines():
        stripped = line.strip()
        if fence is None:
            if stripped.startswith(("```", "~~~")):
                fence = stripped[:3]
                info = stripped.lstrip(fence[0])
                words = {w.strip() for w in info.replace(",", " ").split()} or {""}
                lines = []
            continue
        if stripped.startswith(fence):
            block_edition = next((w[len("edition") :] for w in words if w.startswith("edition")), edition)
            plain = {w for w in words if not w.startswith(("edition", "ignore-"))} or {""}
            if plain <= _TEST_WORDS | _NOT_RUN_WORDS and not plain & _NOT_RUN_WORDS:
                yield _DocBlock("\n".join(lines), block_edition, offset)
            fence = None
            continue
        if stripped == "#" or stripped.startswith("# "):
            stripped = stripped[2:]
        elif stripped.startswith("##"):
            stripped = stripped[1:]
        lines.append(stripped)


def _crate_paths(block: _DocBlock, crate_name: str) -> tuple[str, list[tuple[str, ...]]]:
    """The crate-relative paths a test names by the crate's name.

    Returns:
        The first path written that needs rustdoc's ``extern crate`` (as
        written, ``""`` when none does), and the crate-relative paths.
    """
    if crate_name not in block.code:
        return "", []
    tree = syntax.parse_rust(block.code.encode())
    written: list[tuple[str, ...]] = []
    own_extern_crate = False
    aliases: dict[str, tuple[str, ...]] = {}
    pending = [tree.root_node]
    while pending:
        node = pending.pop()
        if (
            node.type == "extern_crate_declaration"
            and syntax.identifier(node.child_by_field_name("name")) == crate_name
        ):
            own_extern_crate = True
        if node.type == "use_declaration":
            for spec in import_specs(node):
                written.append((*spec.segments, "*") if spec.is_glob else spec.segments)
                if spec.alias and not spec.is_glob:
                    aliases[spec.alias] = spec.segments
            continue
        if node.type in _PATH_NODES:
            segments = path_segments(node)
            if segments:
                written.append(segments)
            continue
        if node.type == "token_tree":
            # Macro arguments (`assert_eq!(..)`) are tokens: paths are read from their runs.
            written.extend(segments for segments, _ in token_tree_paths(node) if len(segments) > 1)
            continue
        pending.extend(reversed(node.children))
    pinned = ""
    crate_paths = []
    for segments in written:
        if segments[0] in aliases and len(segments) > 1:
            segments = aliases[segments[0]] + segments[1:]
        relative = _relative(segments, crate_name)
        if relative is None:
            continue
        crate_paths.append(relative)
        if not pinned and not own_extern_crate and (segments[:2] == ("crate", crate_name) or block.edition == "2015"):
            pinned = "::".join(segments)
    return pinned, crate_paths


def _relative(segments: tuple[str, ...], crate_name: str) -> tuple[str, ...] | None:
    """``segments`` from the crate root when they start at the crate under test."""
    for prefix in (("crate", crate_name), ("", crate_name), (crate_name,)):
        if segments[: len(prefix)] == prefix and len(segments) > len(prefix):
            return ("crate", *segments[len(prefix) :])
    return None


class _Resolver:
    """Items that crate paths name, with the ``use`` items that make them reachable at those paths."""

    def __init__(self, scopes: Scopes, module_items: dict[ModulePath, list[ItemId]]) -> None:
        self.scopes = scopes
        self.module_items = module_items
        self.reexports: dict[tuple[ModulePath, str], list[ItemId]] = {}
        self._names: dict[tuple[str, ...], frozenset[ItemId]] = {}
        self.globs: dict[ModulePath, list[ItemId]] = {}
        for pending in scopes.imports:
            if pending.spec.is_glob:
                self.globs.setdefault(pending.module, []).append(pending.use_item)
            elif pending.spec.alias:
                self.reexports.setdefault((pending.module, pending.spec.alias), []).append(pending.use_item)

    def names(self, paths: list[tuple[str, ...]]) -> set[ItemId]:
        """The items the paths name (a glob: every item of its module), and the
        re-exports they pass through; modules themselves are left out."""
        names: set[ItemId] = set()
        for segments in paths:
            known = self._names.get(segments)
            if known is None:
                known = self._names[segments] = frozenset(self._named_by(segments))
            names |= known
        return names

    def _named_by(self, segments: tuple[str, ...]) -> set[ItemId]:
        names: set[ItemId] = set()
        glob = segments[-1] == "*"
        target_path = segments[:-1] if glob else segments
        names.update(self._reexports_on(target_path))
        for namespace in NAMESPACES:
            resolution = self.scopes.resolve_path((), target_path, namespace)
            target = resolution.target if resolution is not None else None
            if target is None:
                continue
            if target.kind is ItemKind.MODULE:
                if glob:
                    names.update(self.module_items.get((*target.module, target.name), ()))
            else:
                names.add(target)
        return names

    def _reexports_on(self, segments: tuple[str, ...]) -> list[ItemId]:
        """The ``use`` items binding each segment of ``crate::a::b::..`` in the module before it.

        A member holding an item but not the ``pub use`` that re-exports it
        at the path a test writes lacks that path; a name a glob may bind
        counts every glob of its module.
        """
        found: list[ItemId] = []
        module: ModulePath = ()
        for index, name in enumerate(segments[1:], start=1):
            explicit = self.reexports.get((module, name))
            if explicit:
                found.extend(explicit)
            elif not any(i.name == name for i in self.module_items.get(module, ())):
                found.extend(self.globs.get(module, ()))
            resolution = self.scopes.resolve_path((), segments[: index + 1], TYPE)
            target = resolution.target if resolution is not None else None
            if target is None or target.kind is not ItemKind.MODULE:
                break
            module = (*target.module, target.name)
        return found
