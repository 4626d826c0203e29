"""The plan as an editable TOML file, written and read back.

Format (version 1)::

    [plan]
    package = "toml"
    format = 1

    [[crates]]
    name = "toml-de"
    modules = ["crate::de"]        # module subtrees (the deepest listed wins)
    items = []                     # single items moved here, e.g. "a::b::Name"

    [facade]
    items = ["de::origin"]         # items kept in the facade although a
                                   # crate lists their module ("crate::a"
                                   # names a `mod` item)

A listed module takes its whole subtree except submodules listed in another
crate; ``crate`` takes the crate root's own items only. Everything not
listed stays in the facade crate (the package name). ``#[cfg(test)]``
modules follow their parent. ``[facade]`` is written when the planner
keeps items in the facade by the observes-place rules. Reading checks
names only; whether the plan is valid is :mod:`validate`'s question.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass

import tomlkit

from crate_split.analysis import CrateModel
from crate_split.analysis.manifest_shape import ArrayOf, Table, shape_problem
from crate_split.errors import InvalidPlanFile
from crate_split.model import ItemId, ItemKind, ModulePath, format_module_path
from crate_split.model.names import canonical_path_text, member_name_problem, plain_name
from crate_split.splitter.plan import SplitPlan
from crate_split.splitter.units import facade_only, home_module

FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class PlanSpec:
    """A plan as a person wrote it: crate names, module roots, items."""

    package: str
    crates: tuple[tuple[str, tuple[ModulePath, ...], tuple[ItemId, ...]], ...]
    #: Items kept in the facade although a crate lists their module.
    facade_items: tuple[ItemId, ...] = ()


def render_plan_file(plan: SplitPlan) -> str:
    """Return the plan as TOML with comments a person can follow."""
    document = tomlkit.document()
    document.add(tomlkit.comment(f"crate-split plan for {plan.package}"))
    document.add(tomlkit.comment("Edit it, then check it with: crate-split plan PATH --plan THIS_FILE"))
    document.add(tomlkit.comment("modules: module subtrees (deepest listed wins); items: single items moved in."))
    document.add(tomlkit.comment(f"Whatever no crate lists stays in the facade crate {plan.package!r}."))
    document.add(tomlkit.nl())
    header = tomlkit.table()
    header.add("package", plan.package)
    header.add("format", FORMAT_VERSION)
    document.add("plan", header)
    crates = tomlkit.aot()
    moved = {item: move for move in plan.moves for item in move.items}
    for crate in plan.members:
        table = tomlkit.table()
        table.add("name", crate.name)
        table.add("modules", _string_array(format_module_path(m) for m in crate.modules))
        items = [i for i in crate.items if i in moved]
        table.add("items", _string_array(i.qualified() for i in items))
        table.add("lines", crate.lines)
        reasons = [m.reason for m in plan.merges if m.crate == crate.name]
        reasons += [m.reason for m in plan.moves if m.to_crate == crate.name]
        if reasons:
            table.add("reasons", _string_array(reasons))
        crates.append(table)
    owner = {module: crate.name for crate in plan.members for module in crate.modules}
    kept = sorted(
        (
            item
            for item, crate in plan.assignment.items()
            if crate == plan.package and not _root_import(item) and _owner_by_modules(owner, _home(item))
        ),
        key=ItemId.sort_key,
    )
    if kept:
        facade = tomlkit.table()
        facade.add(tomlkit.comment("Kept in the facade although a crate lists their module: they observe where they"))
        facade.add(tomlkit.comment("are compiled (module_path!, file!, env!, type_name) or must stay with what does."))
        facade.add("items", _string_array(_item_name(i) for i in kept))
        document.add("facade", facade)
    if crates:
        document.add("crates", crates)
    else:
        # An empty array of tables would be written as ``crates = []`` above
        # the header comments; leaving the key out reads back the same.
        document.add(tomlkit.nl())
        document.add(tomlkit.comment("No member crates: everything stays in the facade."))
    return tomlkit.dumps(document)


def _root_import(item: ItemId) -> bool:
    """The root's ``use``/``extern crate`` items stay in the facade whatever the plan says."""
    return item.module == () and item.kind in (ItemKind.USE, ItemKind.EXTERN_CRATE)


def _home(item: ItemId) -> ModulePath:
    """The module an item belongs to for the plan file (a ``mod`` item: its module)."""
    return (*item.module, item.base_name) if item.kind is ItemKind.MODULE else item.module


def _item_name(item: ItemId) -> str:
    """How the plan file names an item; a ``mod`` item as its module (``crate::a``)."""
    return format_module_path(_home(item)) if item.kind is ItemKind.MODULE else item.qualified()


def _owner_by_modules(owner: dict[ModulePath, str], module: ModulePath) -> str | None:
    """The crate whose listed module is the deepest one holding ``module``."""
    probe = module
    while True:
        if probe in owner and (probe or module == ()):
            return owner[probe]
        if not probe:
            return None
        probe = probe[:-1]


def _string_array(values) -> tomlkit.items.Array:
    array = tomlkit.array()
    for value in values:
        array.append(value)
    if len(array) > 2:
        array.multiline(True)
    return array


_PLAN_FILE = Table(
    {
        "plan": Table({"package": str, "format": int}),
        "crates": ArrayOf(Table({"name": str, "modules": ArrayOf(str), "items": ArrayOf(str), "lines": int})),
        "facade": Table({"items": ArrayOf(str)}),
    }
)


def read_plan_file(text: str, model: CrateModel) -> PlanSpec:
    """Parse a plan file and check that every name in it exists.

    Raises:
        InvalidPlanFile: bad TOML, a value of the wrong type, a missing key,
            a crate name cargo or the split cannot use, an unknown module or
            item, or a module or item listed twice; all problems in one
            message (a type problem alone).
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InvalidPlanFile(f"not TOML: {error}") from error
    shape = shape_problem(data, _PLAN_FILE)
    if shape is not None:
        raise InvalidPlanFile(shape)
    problems: list[str] = []
    package = data.get("plan", {}).get("package", model.manifest.package)
    if package != model.manifest.package:
        problems.append(f"plan is for package {package!r}, not {model.manifest.package!r}")
    by_name = {item.qualified(): item for item in model.items if item.kind is not ItemKind.MODULE}
    crates = []
    seen_modules: dict[ModulePath, str] = {}
    seen_items: dict[ItemId, str] = {}
    # Names code gives crates (`-` reads as `_`): the facade's and the dependencies' are
    # reserved; each crate of the plan takes its own.
    reserved = {name: f"is the dependency {name}" for name in model.manifest.extern_names(include_dev=True)}
    reserved[model.manifest.crate_name] = "is the facade's name"
    owners: dict[str, str] = {}
    for index, entry in enumerate(data.get("crates", [])):
        name = entry.get("name")
        if name is None:
            problems.append(f"crates[{index}] has no name")
            continue
        problem = member_name_problem(name)
        lib_name = name.replace("-", "_")
        if problem is not None:
            problems.append(f"crates[{index}]: {problem}")
        elif lib_name in reserved:
            problems.append(f"crate name {name!r} {reserved[lib_name]}")
        elif lib_name in owners:
            other = owners[lib_name]
            same = other == name
            problems.append(
                f"crate name {name!r} is used twice"
                if same
                else f"crate names {other!r} and {name!r} are one name in code (`-` reads as `_`)"
            )
        owners.setdefault(lib_name, name)
        modules = []
        for text_path in entry.get("modules", []):
            path = _module_path(text_path)
            if path is None or path not in model.modules:
                problems.append(f"crate {name!r}: unknown module {text_path!r}")
            elif path in seen_modules:
                problems.append(f"module {text_path!r} is listed in {seen_modules[path]!r} and {name!r}")
            else:
                seen_modules[path] = name
                modules.append(path)
        items = []
        for text_item in entry.get("items", []):
            item = _item_by_name(by_name, text_item)
            if item is None:
                problems.append(f"crate {name!r}: unknown item {text_item!r}")
            elif item in seen_items:
                problems.append(f"item {text_item!r} is listed in {seen_items[item]!r} and {name!r}")
            else:
                seen_items[item] = name
                items.append(item)
        crates.append((name, tuple(modules), tuple(items)))
    facade_items = []
    for text_item in data.get("facade", {}).get("items", []):
        item = _named_item(model, by_name, text_item)
        if item is None:
            problems.append(f"facade: unknown item {text_item!r}")
        elif item in seen_items:
            problems.append(f"item {text_item!r} is listed in {seen_items[item]!r} and the facade")
        else:
            seen_items[item] = "the facade"
            facade_items.append(item)
    if problems:
        raise InvalidPlanFile("; ".join(problems))
    return PlanSpec(package, tuple(crates), tuple(facade_items))


def _module_path(text: str) -> ModulePath | None:
    """``crate::a::r#type`` (or ``a::type``) as a module path (``a``,
    ``type``); ``crate`` is the root; None when a segment is empty."""
    segments = [plain_name(segment.strip()) for segment in text.split("::")]
    if not all(segments):
        return None
    return tuple(segments[1:] if segments[0] == "crate" else segments)


def _item_by_name(by_name: dict[str, ItemId], text: str) -> ItemId | None:
    """An item by the name the plan file gives it: its qualified name as
    written (``map: use ::core::fmt`` for a `use` item), else the path in
    the spelling :func:`canonical_path_text` gives (``a::r#type::B``)."""
    return by_name.get(text) or by_name.get(canonical_path_text(text))


def _named_item(model: CrateModel, by_name: dict[str, ItemId], text: str) -> ItemId | None:
    """An item by its plan file name: ``a::b::Name``, or ``crate::a`` for a ``mod`` item."""
    item = _item_by_name(by_name, text)
    if item is not None:
        return item
    path = _module_path(text)
    if path and path in model.modules:
        module_item = model.modules[path].item_id
        return module_item if module_item in model.items else None
    return None


def assign_items(model: CrateModel, spec: PlanSpec) -> dict[ItemId, str]:
    """The crate of every item under ``spec``'s rules (deepest module wins)."""
    package = model.manifest.package
    owner: dict[ModulePath, str] = {}
    for name, modules, _items in spec.crates:
        for module in modules:
            owner[module] = name
    explicit = {item: name for name, _modules, items in spec.crates for item in items}
    explicit.update((item, package) for item in spec.facade_items)
    assignment: dict[ItemId, str] = {}
    for item in model.items:
        if item in explicit:
            assignment[item] = explicit[item]
            continue
        if facade_only(model, item):
            assignment[item] = package
            continue
        module = home_module(model, item)
        while module and model.in_test_module(module):
            module = module[:-1]
        assignment[item] = _owner_by_modules(owner, module) or package
    return assignment
