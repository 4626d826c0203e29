"""Walks the crate from its root file: the module tree and every item in it.

Files are found the way rustc finds them (``x.rs`` or ``x/mod.rs``, the
directory rules of inline modules and ``#[path]``, item-level ``include!``).
Items are recorded with spans, visibility, attributes and kind-specific
facts. Name resolution is not done here; it needs the whole tree first.

The walk over nested modules is iterative: each step is a generator that
yields the next step (a module to enter, a file to walk) instead of calling
it, and ``_run`` runs each yielded step to its end before resuming the one
that yielded it, so modules nest as deep as the parser allows.

Invariant: items are visited in textual order, the order in which rustc
sees ``macro_rules!`` definitions; ``order`` numbers reflect it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import posixpath
import re
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field

from crate_split.analysis import syntax
from crate_split.analysis.includes import find_includes, literal_target
from crate_split.analysis.item_details import (
    expansion_names,
    fields,
    forwards_tokens,
    impl_header,
    impl_name,
    member,
    members,
    normalise,
    variants,
    visibility_node,
)
from crate_split.analysis.item_details import member_details as member_details_of
from crate_split.analysis.literal_data import count_literal_data
from crate_split.analysis.macro_items import DEFINITION_NODES, declared_items, declared_modules
from crate_split.analysis.source_facts import find_source_facts
from crate_split.analysis.syntax import Node
from crate_split.analysis.wrappers import unwrap_call, wrapper_attributes
from crate_split.model import Diagnostic, ItemId, ItemKind, ModulePath, Severity, Span
from crate_split.model.items import Include, Item, Module, ModuleFile, SourceFact, WrapperCall

_ITEM_KINDS = {
    "function_item": ItemKind.FUNCTION,
    "struct_item": ItemKind.STRUCT,
    "enum_item": ItemKind.ENUM,
    "union_item": ItemKind.UNION,
    "trait_item": ItemKind.TRAIT,
    "type_item": ItemKind.TYPE_ALIAS,
    "const_item": ItemKind.CONST,
    "static_item": ItemKind.STATIC,
    "impl_item": ItemKind.IMPL,
    "mod_item": ItemKind.MODULE,
    "macro_definition": ItemKind.MACRO,
    "macro_invocation": ItemKind.MACRO_CALL,
    "foreign_mod_item": ItemKind.EXTERN_BLOCK,
    "extern_crate_declaration": ItemKind.EXTERN_CRATE,
    "use_declaration": ItemKind.USE,
}
_WHITESPACE = re.compile(r"\s+")


@dataclass(slots=True)
class ParsedFile:
    path: str
    source: bytes
    root: Node
    lines: syntax.LineIndex


@dataclass(slots=True)
class RawItem:
    """An item together with its syntax node; private to the analysis."""

    item: Item
    node: Node
    file: ParsedFile
    #: Position in the crate's textual order.
    order: int
    #: For ``mod`` items, whether ``#[macro_use]`` lets macros escape it; for
    #: ``extern crate`` items, whether the crate's macros join the macro_use prelude.
    macro_use: bool = False
    #: For item-level macro calls, the ``use`` declarations written whole
    #: among their tokens (see :mod:`.macro_items`), with their visibility.
    uses: tuple[tuple[Node, str], ...] = ()


@dataclass(slots=True)
class ModuleRange:
    """The textual order interval a module's items occupy."""

    start: int
    end: int = -1


@dataclass(slots=True)
class Collected:
    modules: dict[ModulePath, Module] = field(default_factory=dict)
    items: list[RawItem] = field(default_factory=list)
    files: dict[str, ParsedFile] = field(default_factory=dict)
    ranges: dict[ModulePath, ModuleRange] = field(default_factory=dict)
    #: Inner attributes of the crate root, e.g. ``no_std``.
    crate_attributes: tuple[str, ...] = ()
    diagnostics: list[Diagnostic] = field(default_factory=list)
    syntax_errors: int = 0
    #: Include-family calls of every file read, in reading order.
    includes: list[Include] = field(default_factory=list)
    #: What the code of every file read asks of its build, in reading order.
    facts: list[SourceFact] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Dir:
    """Where ``mod x;`` looks for files from the current position."""

    #: Directory for child module files.
    directory: str
    #: Directory ``#[path]`` is relative to at this position.
    path_base: str


def collect_crate(files: dict[str, bytes], root_file: str) -> Collected:
    """Discover modules and items starting at ``root_file``.

    Args:
        files: package-relative path to source bytes.
        root_file: the crate root (``src/lib.rs`` or ``src/main.rs``).

    Returns:
        Modules, raw items and diagnostics; never raises on bad Rust.
    """
    ctx = _Ctx(files)
    root = ctx.parse(root_file, None)
    if root is None:
        if root_file.startswith(("../", "/")):
            ctx.out.diagnostics.append(
                Diagnostic("path-escapes", Severity.ERROR, f"crate root {root_file} is outside the package")
            )
        elif root_file not in files:
            # A root that is there but not UTF-8 has its own error already.
            ctx.out.diagnostics.append(
                Diagnostic("module-missing", Severity.ERROR, f"crate root {root_file} not found")
            )
        return ctx.out
    ctx.out.crate_attributes = tuple(
        syntax.text(c)[3:-1].strip() for c in root.root.children if c.type == "inner_attribute_item"
    )
    directory = posixpath.dirname(root_file)
    insert_at, docs = _insert_point(root.root)
    ctx.out.modules[()] = Module((), root_file, None, False, "pub", (), insert_at=insert_at, inner_docs=docs)
    with ctx.reading(root_file):
        _run(ctx.walk_module((), root, root.root, _Dir(directory, directory)))
    return ctx.out


#: A step of the module walk: a generator yielding the steps it needs done first.
_Step = Iterator["_Step"]


def _run(step: _Step) -> None:
    """Run ``step`` and every step it yields, depth first, without recursion."""
    stack = [step]
    while stack:
        following = next(stack[-1], None)
        if following is None:
            stack.pop()
        else:
            stack.append(following)


class _Ctx:
    def __init__(self, files: dict[str, bytes]) -> None:
        self.files = files
        self.out = Collected()
        self.order = 0
        self.name_counts: dict[tuple[ModulePath, ItemKind, str], int] = {}
        #: Files being read, outermost first: a module or include! of one of
        #: them would never end.
        self.walking: list[str] = []
        #: Attributes each ``macro_rules!`` seen so far adds to the items it
        #: wraps, by name; None when it is no wrapper (or two of the name differ).
        self.wrappers: dict[str, tuple[str, ...] | None] = {}

    @contextlib.contextmanager
    def reading(self, path: str) -> Iterator[None]:
        self.walking.append(path)
        try:
            yield
        finally:
            self.walking.pop()

    def parse(self, path: str, at: Span | None) -> ParsedFile | None:
        if path in self.out.files:
            return self.out.files[path]
        source = self.files.get(path)
        if source is None:
            return None
        try:
            source.decode("utf-8")
        except UnicodeDecodeError as error:
            self.out.diagnostics.append(
                Diagnostic("not-utf8", Severity.ERROR, f"{path} is not valid UTF-8 (byte {error.start})", at)
            )
            return None
        tree = syntax.parse_rust(source)
        parsed = ParsedFile(path, source, tree.root_node, syntax.LineIndex(source))
        self.out.files[path] = parsed
        self.out.includes.extend(find_includes(path, source, tree.root_node, parsed.lines))
        self.out.facts.extend(find_source_facts(path, source, tree.root_node, parsed.lines))
        for error_node in syntax.iter_errors(tree.root_node):
            self.out.syntax_errors += 1
            if error_node.is_missing:
                # A missing node has no text; say what the parser expected.
                message = f"syntax the parser expected but did not find: {error_node.type}"
            else:
                message = "syntax the parser did not understand: " + _preview(syntax.text(error_node))
            self.out.diagnostics.append(Diagnostic("syntax", Severity.WARNING, message, self.span(parsed, error_node)))
        return parsed

    def span(self, file: ParsedFile, node: Node, start: int | None = None) -> Span:
        begin = node.start_byte if start is None else start
        return Span(file.path, begin, node.end_byte, file.lines.line_of(begin))

    def next_order(self) -> int:
        self.order += 1
        return self.order

    def walk_module(self, module: ModulePath, file: ParsedFile, container: Node, where: _Dir) -> _Step:
        self.out.ranges[module] = ModuleRange(self.next_order())
        yield self.walk_items(module, file, container, where)
        self.out.ranges[module].end = self.next_order()

    def walk_items(
        self, module: ModulePath, file: ParsedFile, container: Node, where: _Dir, wrapped: tuple[WrapperCall, ...] = ()
    ) -> _Step:
        for child in container.named_children:
            node = child
            if (
                child.type == "expression_statement"
                and child.named_children
                and child.named_children[0].type == "macro_invocation"
            ):
                node = child.named_children[0]
            kind = _ITEM_KINDS.get(node.type)
            if kind is None:
                continue
            if kind is ItemKind.MACRO_CALL and (yield from self.try_include(module, file, node, child, where)):
                continue
            unwrapped = self.unwrapped(file, node, child) if kind is ItemKind.MACRO_CALL else None
            if unwrapped is not None:
                call, items = unwrapped
                yield self.walk_items(module, file, items, where, (*wrapped, call))
                continue
            raw = self.record_item(module, file, node, child, kind, wrapped)
            if kind is ItemKind.MODULE:
                yield self.enter_module(raw, where)
            elif kind is ItemKind.MACRO_CALL:
                for declaration in declared_modules(file.source, node):
                    declared = self.record_item(module, file, declaration, declaration, ItemKind.MODULE, wrapped)
                    yield self.enter_module(declared, where, macro_call=raw.item.id)

    def try_include(
        self, module: ModulePath, file: ParsedFile, node: Node, outer: Node, where: _Dir
    ) -> Generator[_Step, None, bool]:
        """Walk the items of an ``include!``d file; return whether ``node`` was one."""
        macro = node.child_by_field_name("macro")
        if syntax.text(macro) != "include":
            return False
        arguments = next((c for c in node.named_children if c.type == "token_tree"), None)
        target = literal_target(file.path, arguments) if arguments is not None else None
        if target is None:
            self.out.diagnostics.append(
                Diagnostic(
                    "include-unknown",
                    Severity.INFO,
                    "include! of a computed path; its items are not analysed",
                    self.span(file, outer),
                )
            )
            return False
        if target in self.walking:
            self.out.diagnostics.append(
                Diagnostic(
                    "include-circular",
                    Severity.WARNING,
                    f"include! of {target}, which is being read: not followed",
                    self.span(file, outer),
                )
            )
            return False
        included = self.parse(target, self.span(file, outer))
        if included is None:
            self.out.diagnostics.append(
                Diagnostic(
                    "include-missing", Severity.WARNING, f"include!d file {target} not found", self.span(file, outer)
                )
            )
            return False
        module_value = self.out.modules[module]
        self.out.modules[module] = dataclasses.replace(
            module_value, included_files=(*module_value.included_files, target)
        )
        with self.reading(target):
            yield self.walk_items(module, included, included.root, where)
        return True

    def unwrapped(self, file: ParsedFile, call: Node, outer: Node) -> tuple[WrapperCall, Node] | None:
        """A call of a wrapper macro seen so far, and the items it holds."""
        macro = call.child_by_field_name("macro")
        added = (
            self.wrappers.get(syntax.identifier(macro)) if macro is not None and macro.type == "identifier" else None
        )
        if added is None:
            return None
        own = tuple(syntax.attribute_body(a) for a in syntax.attributes_before(outer))
        return unwrap_call(file.source, call, outer, _leading_start(outer), (*own, *added))

    def record_item(
        self,
        module: ModulePath,
        file: ParsedFile,
        node: Node,
        outer: Node,
        kind: ItemKind,
        wrapped: tuple[WrapperCall, ...] = (),
    ) -> RawItem:
        attribute_nodes = syntax.attributes_before(outer)
        attributes = (
            *(a for call in wrapped for a in call.attributes),
            *(syntax.attribute_body(a) for a in attribute_nodes),
        )
        start = _leading_start(outer)
        name, name_node = _item_name(node, kind, file.source)
        key = (module, kind, name)
        count = self.name_counts.get(key, 0) + 1
        self.name_counts[key] = count
        unique_name = name if count == 1 else f"{name}#{count}"
        visibility_at = visibility_node(node)
        span = self.span(file, outer, start)
        span_of = functools.partial(self.span, file)
        written = declared_items(file.source, node) if kind is ItemKind.MACRO_CALL else []
        if kind in (ItemKind.TRAIT, ItemKind.IMPL, ItemKind.EXTERN_BLOCK):
            member_details = member_details_of(node, span_of)
        else:
            member_details = tuple(
                member(d, DEFINITION_NODES[d.type], span_of) for d in written if d.type in DEFINITION_NODES
            )
        item = Item(
            id=ItemId(module, kind, unique_name),
            span=span,
            name_span=self.span(file, name_node) if name_node is not None else span,
            visibility=normalise(syntax.text(visibility_at)),
            attributes=attributes,
            cfg=tuple(_cfg_predicate(a) for a in attributes if a.startswith("cfg(")),
            impl=impl_header(node) if kind is ItemKind.IMPL else None,
            members=members(node) if kind in (ItemKind.TRAIT, ItemKind.IMPL, ItemKind.EXTERN_BLOCK) else (),
            fields=fields(node, span_of),
            variants=variants(node) if kind is ItemKind.ENUM else (),
            macro=syntax.identifier(node.child_by_field_name("macro")) if kind is ItemKind.MACRO_CALL else None,
            tokens=_count_tokens(node),
            data_tokens=count_literal_data(node) if kind is not ItemKind.MODULE else 0,
            lines=file.lines.line_of(outer.end_byte) - file.lines.line_of(start) + 1,
            node_start=outer.start_byte,
            visibility_span=self.span(file, visibility_at) if visibility_at is not None else None,
            member_details=member_details,
            extern_crate=syntax.identifier(node.child_by_field_name("name")) if kind is ItemKind.EXTERN_CRATE else None,
            expansion_names=expansion_names(node) if kind is ItemKind.MACRO else (),
            forwards_tokens=kind is ItemKind.MACRO and forwards_tokens(node),
            wrapped_by=wrapped,
        )
        if kind is ItemKind.MACRO:
            self.note_wrapper(name, node)
        uses = tuple((d, normalise(syntax.text(visibility_node(d)))) for d in written if d.type == "use_declaration")
        raw = RawItem(item, node, file, self.next_order(), macro_use="macro_use" in attributes, uses=uses)
        self.out.items.append(raw)
        return raw

    def note_wrapper(self, name: str, definition: Node) -> None:
        added = wrapper_attributes(definition)
        if name in self.wrappers and self.wrappers[name] != added:
            added = None
        self.wrappers[name] = added

    def enter_module(self, raw: RawItem, where: _Dir, macro_call: ItemId | None = None) -> _Step:
        item = raw.item
        name = item.id.base_name
        path = (*item.id.module, name)
        known = self.out.modules.get(path)
        body = raw.node.child_by_field_name("body")
        if body is not None:
            if known is not None:
                # An inline cfg alternative of a module already seen: rustc keeps one, so do we.
                return
            path_attribute = _path_attribute(item.attributes)
            insert_at, docs = _insert_point(body)
            self.out.modules[path] = Module(
                path,
                raw.file.path,
                item.span,
                True,
                item.visibility,
                (*item.cfg, *_inner_cfgs(body)),
                inner_cfg=_inner_cfgs(body),
                insert_at=insert_at,
                inner_docs=docs,
            )
            child_dir = posixpath.join(where.directory, path_attribute or name)
            yield self.walk_module(path, raw.file, body, _Dir(child_dir, child_dir))
            return
        for candidate, explicit in self.module_files(name, item, where, guessed=macro_call is not None):
            if candidate in self.walking:
                # `#[path]` back to a file being read: rustc reports circular modules.
                chain = " -> ".join((*self.walking[self.walking.index(candidate) :], candidate))
                self.out.diagnostics.append(
                    Diagnostic("module-circular", Severity.ERROR, f"circular modules: {chain}", item.span)
                )
                continue
            parsed = self.parse(candidate, item.span)
            assert parsed is not None, "module_files returns files that parse"
            insert_at, docs = _insert_point(parsed.root)
            # Files named mod.rs and files loaded through #[path] own their
            # directory; any other module file x.rs owns the directory x/.
            file_dir = posixpath.dirname(candidate)
            if explicit or posixpath.basename(candidate) == "mod.rs":
                child_dir = file_dir
            else:
                child_dir = posixpath.join(file_dir, name)
            if known is None:
                known = Module(
                    path,
                    candidate,
                    item.span,
                    False,
                    item.visibility,
                    (*item.cfg, *_inner_cfgs(parsed.root)),
                    inner_cfg=_inner_cfgs(parsed.root),
                    insert_at=insert_at,
                    inner_docs=docs,
                    macro_call=macro_call,
                )
                self.out.modules[path] = known
                with self.reading(candidate):
                    yield self.walk_module(path, parsed, parsed.root, _Dir(child_dir, file_dir))
            elif candidate not in known.source_files and not known.is_inline:
                # Another platform's file of the module: its items belong
                # to the module too, and the cfg left is what all agree on.
                known = dataclasses.replace(
                    known,
                    cfg=tuple(p for p in known.cfg if p in (*item.cfg, *_inner_cfgs(parsed.root))),
                    alternatives=(*known.alternatives, ModuleFile(candidate, insert_at, docs)),
                )
                self.out.modules[path] = known
                with self.reading(candidate):
                    yield self.walk_items(path, parsed, parsed.root, _Dir(child_dir, file_dir))
                self.out.ranges[path].end = self.next_order()

    def module_files(self, name: str, item: Item, where: _Dir, *, guessed: bool) -> list[tuple[str, bool]]:
        """The files a ``mod name;`` item may load, each with whether a
        ``#[path]`` chose it: one per ``cfg_attr(.., path = ..)`` and the
        one ``#[path]`` or the default names give. Reports a missing file
        (only as information for a ``guessed`` item, read from a macro
        call's tokens) or a path that leaves the crate, and returns only
        files that exist."""
        lookups = [[posixpath.normpath(posixpath.join(where.path_base, p))] for p in _cfg_attr_paths(item.attributes)]
        explicit = _path_attribute(item.attributes)
        if explicit:
            lookups.append([posixpath.normpath(posixpath.join(where.path_base, explicit))])
        else:
            lookups.append(
                [posixpath.join(where.directory, f"{name}.rs"), posixpath.join(where.directory, name, "mod.rs")]
            )
        chosen_by_path = len(lookups) - (0 if explicit else 1)
        found: list[tuple[str, bool]] = []
        for index, candidates in enumerate(lookups):
            for candidate in candidates:
                if candidate.startswith("../") or candidate.startswith("/"):
                    self.out.diagnostics.append(
                        Diagnostic(
                            "path-escapes",
                            Severity.ERROR,
                            f"module {name} points outside the crate: {candidate}",
                            item.span,
                        )
                    )
                    return []
                if self.parse(candidate, item.span) is not None:
                    found.append((candidate, index < chosen_by_path))
                    break
        severity = Severity.INFO if guessed else Severity.WARNING if item.cfg else Severity.ERROR
        if not found:
            looked_for = ", ".join(c for candidates in lookups for c in candidates)
            self.out.diagnostics.append(
                Diagnostic(
                    "module-missing", severity, f"file for module {name} not found (looked for {looked_for})", item.span
                )
            )
        both = [candidate for candidate in lookups[-1] if candidate in self.files] if not explicit else []
        if len(both) == 2:
            # rustc refuses to choose (E0761); the analysis reads the first, as before.
            self.out.diagnostics.append(
                Diagnostic(
                    "module-ambiguous",
                    severity,
                    f"file for module {name} found at both {both[0]} and {both[1]} (rustc: E0761)",
                    item.span,
                )
            )
        return found


def _insert_point(container: Node) -> tuple[int, tuple[tuple[int, int], ...]]:
    """Where new items may go in a module, and the module's own docs.

    Returns:
        The offset after its inner attributes and inner doc comments (and
        after the ``{`` of an inline module), past the line break ending
        them; and the byte ranges of its inner docs (``//!``, ``/*! */``,
        ``#![doc = ...]``).
    """
    position = container.start_byte
    if container.type == "declaration_list":
        position += 1
    docs: list[tuple[int, int]] = []
    for child in container.children:
        if child.type == "{":
            position = child.end_byte
            continue
        is_inner_doc = child.type in ("line_comment", "block_comment") and any(
            c.type == "inner_doc_comment_marker" for c in child.children
        )
        if child.type == "inner_attribute_item" or is_inner_doc:
            position = child.end_byte
            if is_inner_doc or syntax.attribute_name(child) == "doc":
                docs.append((child.start_byte, child.end_byte))
            continue
        if child.type in ("line_comment", "block_comment"):
            continue
        break
    source = container.text or b""
    relative = position - container.start_byte
    if source[relative : relative + 2] == b"\r\n":
        position += 2
    elif source[relative : relative + 1] == b"\n":
        position += 1
    return position, tuple(docs)


def _preview(source: str) -> str:
    flat = _WHITESPACE.sub(" ", source).strip()
    return flat if len(flat) <= 60 else flat[:57] + "..."


def _leading_start(node: Node) -> int:
    """Start of the item including its outer attributes and doc comments.

    Plain comments between them belong to the item too (rustc attaches
    ``#[cfg(x)] // why\nmod a;`` to ``mod a``; deleting only the item
    would leave the attribute on whatever follows); plain comments before
    the first attribute do not.
    """
    start = node.start_byte
    sibling = node.prev_sibling
    while sibling is not None and sibling.type in ("attribute_item", "line_comment", "block_comment"):
        if sibling.type == "attribute_item" or _is_doc_comment(sibling):
            start = sibling.start_byte
        elif _is_inner_doc_comment(sibling):
            break
        sibling = sibling.prev_sibling
    return start


def _is_doc_comment(node: Node) -> bool:
    return any(c.type in ("outer_doc_comment_marker",) for c in node.children)


def _is_inner_doc_comment(node: Node) -> bool:
    return any(c.type == "inner_doc_comment_marker" for c in node.children)


def _path_attribute(attributes: tuple[str, ...]) -> str | None:
    for attribute in attributes:
        match = re.fullmatch(r'path\s*=\s*"(.*)"', attribute, re.S)
        if match:
            return match.group(1)
    return None


def _cfg_attr_paths(attributes: tuple[str, ...]) -> list[str]:
    """Paths of ``#[cfg_attr(predicate, path = "..")]`` attributes."""
    found = []
    for attribute in attributes:
        match = re.fullmatch(r'cfg_attr\s*\((.*),\s*path\s*=\s*"(.*)"\s*\)', attribute, re.S)
        if match:
            found.append(match.group(2))
    return found


def _cfg_predicate(attribute: str) -> str:
    return normalise(attribute[len("cfg(") : -1])


def _inner_cfgs(container: Node) -> tuple[str, ...]:
    """Predicates of a module's own ``#![cfg(..)]`` attributes: the module
    exists only when they hold, exactly as with ``#[cfg]`` on its ``mod``."""
    found = []
    for child in container.children:
        if child.type == "inner_attribute_item":
            attribute = syntax.text(child)[3:-1].strip()
            if attribute.startswith("cfg("):
                found.append(_cfg_predicate(attribute))
        elif child.type not in ("{", "line_comment", "block_comment"):
            break
    return tuple(found)


def _item_name(node: Node, kind: ItemKind, source: bytes) -> tuple[str, Node | None]:
    if kind is ItemKind.IMPL:
        return impl_name(node), node.child_by_field_name("type")
    if kind is ItemKind.USE:
        return normalise(syntax.text(node)).removesuffix(";"), node.child_by_field_name("argument")
    if kind is ItemKind.MACRO_CALL:
        macro = node.child_by_field_name("macro")
        return syntax.identifier(macro) + "!", macro
    if kind is ItemKind.EXTERN_BLOCK:
        return "extern", None
    if kind is ItemKind.EXTERN_CRATE:
        alias = node.child_by_field_name("alias")
        name = node.child_by_field_name("name")
        return syntax.identifier(alias or name), alias or name
    name_node = node.child_by_field_name("name")
    return syntax.identifier(name_node), name_node


def _count_tokens(node: Node) -> int:
    """Size of an item: its syntax nodes (tree-sitter keeps the count)."""
    return node.descendant_count
