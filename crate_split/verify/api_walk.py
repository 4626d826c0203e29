"""Walking rustdoc JSON from a crate root to every public path, member and impl.

This is the engine behind :func:`crate_split.verify.public_api.public_api`,
whose docstring defines the entries produced. It follows ``use`` items
(single and glob) across the JSON of several workspace crates by resolving
ids through each JSON's ``paths`` and ``external_crates``, tracks which
modules are being walked so that re-export loops end, and names items in
impl headers by their canonical public path.

Invariant: only items of crates whose JSON was loaded are walked; an item of
any other crate is a leaf known by its kind and definition path.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from crate_split.verify.api_render import Unnameable, render_path, render_type
from crate_split.verify.rustdoc_json import RustdocCrate

_HIDDEN = re.compile(r"#\[doc\s*\((?:[^)]*[\s,(])?hidden\b")
_KIND_NAMES = {
    "module": "mod", "function": "fn", "constant": "const", "type_alias": "type", "assoc_const": "const",
    "assoc_type": "type", "struct_field": "field", "proc_attribute": "attr", "proc_derive": "derive",
    "extern_crate": "mod",
}  # fmt: skip
_VALUE_KINDS = frozenset({"fn", "const", "static"})
_MACRO_KINDS = frozenset({"macro", "attr", "derive"})
_AUTO_TRAITS = frozenset({"Send", "Sync", "Unpin", "UnwindSafe", "RefUnwindSafe"})
#: A public API larger than this many paths is taken as a re-export loop.
_MAX_PATHS = 500_000


@dataclass(frozen=True, slots=True)
class _Local:
    """An item of a workspace crate whose JSON was generated."""

    crate: str
    id: str


@dataclass(frozen=True, slots=True)
class _Foreign:
    """An item of a crate outside the workspace, known by its definition path."""

    kind: str
    path: tuple[str, ...]


def _is_hidden(item: dict) -> bool:
    for attribute in item.get("attrs") or ():
        text = attribute.get("other", "") if isinstance(attribute, dict) else str(attribute)
        if _HIDDEN.search(text):
            return True
    return False


def _kind_of_inner(item: dict) -> str:
    kind: str
    (kind,) = item["inner"].keys() if isinstance(item["inner"], dict) else (item["inner"],)
    if kind == "proc_macro":
        return {"attr": "attr", "derive": "derive"}.get(item["inner"]["proc_macro"].get("kind"), "macro")
    return _KIND_NAMES.get(kind, kind)


class ApiWalker:
    """Walks the public paths of one crate root through the JSON of its workspace crates."""

    def __init__(self, crates: dict[str, RustdocCrate]) -> None:
        self.crates = crates
        self.reach: dict[object, set[tuple[str, ...]]] = defaultdict(set)
        self.entries: set[str] = set()
        self.canonical: dict[_Local, str] = {}
        self.children_cache: dict[_Local, dict] = {}
        self.n_paths = 0

    def item(self, ref: _Local) -> dict:
        return self.crates[ref.crate].index[ref.id]

    def kind(self, target: object) -> str:
        if isinstance(target, _Local):
            return _kind_of_inner(self.item(target))
        return _KIND_NAMES.get(target.kind, target.kind) if isinstance(target, _Foreign) else "use"

    def resolve(self, crate: RustdocCrate, item_id: object) -> object | None:
        """Find what an id of one crate's JSON refers to, following it into other workspace crates."""
        if item_id is None:
            return None
        key = str(item_id)
        entry = crate.index.get(key)
        if entry is not None and entry.get("crate_id") == 0:
            return _Local(crate.key, key)
        summary = crate.paths.get(key)
        if summary is None:
            return None
        path, kind = tuple(summary["path"]), summary["kind"]
        other = self.crates.get(crate.crate_key_of(summary["crate_id"]))
        if other is not None:
            local_id = other.find_local(path, kind)
            if local_id is not None and local_id in other.index:
                return _Local(other.key, local_id)
        return _Foreign(kind, path)

    def children(self, ref: _Local, active: frozenset) -> dict[tuple[str, str], object]:
        """Return the public names a module (or an enum, for globs) offers, keyed by (name, namespace)."""
        if ref in self.children_cache:
            return self.children_cache[ref]
        crate, inner = self.crates[ref.crate], self.item(ref)["inner"]
        if "enum" in inner:
            variants = (_Local(ref.crate, str(v)) for v in inner["enum"]["variants"])
            return {(self.item(v)["name"], "type"): v for v in variants if not _is_hidden(self.item(v))}
        if "module" not in inner:
            return {}
        explicit: dict[tuple[str, str], object] = {}
        globbed: dict[tuple[str, str], object] = {}
        for child_id in inner["module"]["items"]:
            child = crate.index.get(str(child_id))
            if child is None or _is_hidden(child) or child.get("visibility") != "public":
                continue
            if "use" not in child["inner"]:
                own = _Local(ref.crate, str(child_id))
                explicit[(child["name"], self.namespace(own))] = own
                continue
            use = child["inner"]["use"]
            target = self.resolve(crate, use["id"])
            if use["is_glob"] and isinstance(target, _Local):
                if target not in active:
                    for key, value in self.children(target, active | {target}).items():
                        globbed.setdefault(key, value)
            elif use["is_glob"]:
                explicit[("*", use["source"])] = target or _Foreign("module", tuple(use["source"].split("::")))
            elif not (isinstance(target, _Local) and _is_hidden(self.item(target))):
                explicit[(use["name"], self.namespace(target))] = target
        result = {**globbed, **explicit}
        self.children_cache[ref] = result
        return result

    def namespace(self, target: object) -> str:
        kind = self.kind(target)
        return "value" if kind in _VALUE_KINDS else "macro" if kind in _MACRO_KINDS else "type"

    def visit(self, module: _Local, prefix: tuple[str, ...], active: frozenset) -> None:
        for (name, _namespace), target in sorted(self.children(module, active).items(), key=lambda kv: kv[0]):
            if name == "*":
                assert isinstance(target, _Foreign), "globs of local modules are expanded"
                self.entries.add(f"use {'::'.join(prefix)}::* from {'::'.join(target.path)}")
                continue
            path = prefix + (name,)
            if target is None:
                self.entries.add(f"use {'::'.join(path)}")
                continue
            self.reach[target].add(path)
            self.n_paths += 1
            if self.n_paths > _MAX_PATHS:
                raise RecursionError("public API walk does not terminate")
            if isinstance(target, _Local) and self.kind(target) == "mod" and target not in active:
                self.visit(target, path, active | {target})

    def collect(self, root_crate: str) -> frozenset[str]:
        """Return every API entry of one of the loaded crates (by its key)."""
        root = _Local(root_crate, self.crates[root_crate].root)
        self.visit(root, (self.item(root)["name"],), frozenset({root}))
        for target, paths in self.reach.items():
            kind = self.kind(target)
            self.entries.update(f"{kind} {'::'.join(path)}" for path in paths)
            if isinstance(target, _Local):
                self.canonical[target] = "::".join(min((len(p), p) for p in paths)[1])
        for target, path in sorted(self.canonical.items(), key=lambda kv: kv[1]):
            self.add_members(target, path)
        for crate in self.crates.values():
            for item in crate.index.values():
                if item.get("crate_id") == 0 and isinstance(item["inner"], dict) and "impl" in item["inner"]:
                    self.add_impl(crate, item)
        return frozenset(self.entries)

    def add_members(self, ref: _Local, path: str) -> None:
        inner = self.item(ref)["inner"]
        if "struct" in inner:
            kind = inner["struct"]["kind"]
            if isinstance(kind, dict):  # Not a unit struct.
                fields = kind.get("tuple") or kind.get("plain", {}).get("fields", ())
                self.add_fields(ref.crate, fields, path, public_only=True)
        elif "union" in inner:
            self.add_fields(ref.crate, inner["union"]["fields"], path, public_only=True)
        elif "enum" in inner:
            for variant_id in inner["enum"]["variants"]:
                variant = self.item(_Local(ref.crate, str(variant_id)))
                if _is_hidden(variant):
                    continue
                self.entries.add(f"variant {path}::{variant['name']}")
                kind = variant["inner"]["variant"]["kind"]
                if isinstance(kind, dict):
                    fields = kind.get("tuple") or kind.get("struct", {}).get("fields", ())
                    self.add_fields(ref.crate, fields, f"{path}::{variant['name']}", public_only=False)
        elif "trait" in inner:
            self.add_associated(ref.crate, inner["trait"]["items"], path, public_only=False)

    def add_fields(self, crate: str, field_ids: Sequence, path: str, *, public_only: bool) -> None:
        for field_id in field_ids:
            if field_id is None:
                continue
            field = self.item(_Local(crate, str(field_id)))
            if not _is_hidden(field) and (field.get("visibility") == "public" or not public_only):
                self.entries.add(f"field {path}::{field['name']}")

    def add_associated(self, crate: str, item_ids: Sequence, path: str, *, public_only: bool) -> None:
        for item_id in item_ids:
            member = self.item(_Local(crate, str(item_id)))
            if not _is_hidden(member) and (member.get("visibility") == "public" or not public_only):
                self.entries.add(f"{_kind_of_inner(member)} {path}::{member['name']}")

    def add_impl(self, crate: RustdocCrate, item: dict) -> None:
        impl = item["inner"]["impl"]
        if impl.get("blanket_impl") is not None or _is_hidden(item):
            return
        trait = impl.get("trait")
        if trait is None:
            self_type = impl["for"]
            owner = self.resolve(crate, self_type["resolved_path"].get("id")) if "resolved_path" in self_type else None
            if owner in self.canonical:
                self.add_associated(crate.key, impl["items"], self.canonical[owner], public_only=True)
            return
        if impl.get("is_synthetic") and trait.get("path", "").rsplit("::", 1)[-1] not in _AUTO_TRAITS:
            return

        def name_of(item_id: object, written: str) -> str:
            target = self.resolve(crate, item_id)
            if isinstance(target, _Local):
                if target not in self.canonical:
                    raise Unnameable(written)
                return self.canonical[target]
            return "::".join(target.path) if isinstance(target, _Foreign) else written

        try:
            trait_text = render_path(trait, name_of)
            type_text = render_type(impl["for"], name_of)
        except Unnameable:
            return
        unsafe = "unsafe " if impl.get("is_unsafe") else ""
        negative = "!" if impl.get("is_negative") else ""
        self.entries.add(f"{unsafe}impl {negative}{trait_text} for {type_text}")
