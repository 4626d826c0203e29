"""Random Rust crates for the planner's property tests, written as source.

The planner's invariants must hold for any crate, so the property tests
feed it crates that hypothesis invents: ``k`` modules ``m0 .. m{k-1}``,
each with a few functions ``f{module}_{index}`` whose bodies call functions
of other modules. Calls from a higher module to a lower one make a DAG;
a few injected calls the other way close cycles. Some structs have their
inherent impl in another module (a hard rule that ties two modules), some
local traits are implemented for those structs in a third module (the
orphan rule lets such an impl live with the trait or with the type), some
modules have a ``#[cfg(test)] mod tests`` that may call into other modules,
and the crate root may have its own items (a function calling modules, a
constant modules use). Functions are padded with ``let`` lines so module
sizes differ and the minimum crate size matters.

A crate is described by a frozen ``GeneratedCrate`` value and written as
an in-memory ``SourceTree`` by :func:`write_crate`, optionally in a
shuffled order (modules declared, items written and calls made in another
order), which must not change any plan: ids are derived from paths.

This module knows the analysis only through ``SourceTree``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from hypothesis import strategies as st

from crate_split.analysis import SourceTree

#: ``(caller module, caller function, callee module, callee function)``.
Call = tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class GeneratedCrate:
    """A crate to write: its modules, functions, calls, types and tests."""

    #: Number of functions of each module (at least one each).
    functions: tuple[int, ...]
    #: Functions written ``pub(crate)`` instead of ``pub``, as ``(module, index)``.
    crate_visible: frozenset[tuple[int, int]]
    calls: tuple[Call, ...]
    #: ``(type module, impl module)`` of each struct; the impl is inherent.
    structs: tuple[tuple[int, int], ...]
    #: ``(trait module, ((struct number, impl module), ...))`` of each local
    #: trait ``T{number}`` and its impls for structs.
    traits: tuple[tuple[int, tuple[tuple[int, int], ...]], ...]
    #: Modules with a ``#[cfg(test)] mod tests``; each test calls its own
    #: module's first function and the ``(module, function)`` listed here.
    tests: tuple[tuple[int, tuple[tuple[int, int], ...]], ...]
    #: ``let`` lines added to every function of each module.
    padding: tuple[int, ...]
    #: Functions the crate root's ``entry`` calls (no ``entry`` when empty).
    entry_calls: tuple[tuple[int, int], ...]
    #: Modules whose first function adds the root's constant ``BASE``.
    base_users: tuple[int, ...]

    @property
    def modules(self) -> int:
        return len(self.functions)


@st.composite
def generated_crates(draw: st.DrawFn, *, min_modules: int = 2, max_modules: int = 7) -> GeneratedCrate:
    """Draw a random crate: a DAG of calls between modules plus injected cycles."""
    count = draw(st.integers(min_modules, max_modules))
    functions = tuple(draw(st.lists(st.integers(1, 3), min_size=count, max_size=count)))
    every_function = [(module, index) for module in range(count) for index in range(functions[module])]

    def function_of(module: int) -> st.SearchStrategy[int]:
        return st.integers(0, functions[module] - 1)

    calls: set[Call] = set()
    for caller in range(1, count):
        for callee in range(caller):
            if draw(st.integers(0, 2)) == 0:
                calls.add((caller, draw(function_of(caller)), callee, draw(function_of(callee))))
    for _ in range(draw(st.integers(0, 2))):
        callee = draw(st.integers(1, count - 1))
        caller = draw(st.integers(0, callee - 1))
        calls.add((caller, draw(function_of(caller)), callee, draw(function_of(callee))))
    crate_visible = frozenset(draw(st.sets(st.sampled_from(every_function), max_size=3)))
    structs = []
    for _ in range(draw(st.integers(0, 2))):
        type_module = draw(st.integers(0, count - 1))
        impl_module = draw(st.integers(0, count - 1).filter(lambda m, t=type_module: m != t))
        structs.append((type_module, impl_module))
    traits = []
    for _ in range(draw(st.integers(0, 2)) if structs else 0):
        trait_module = draw(st.integers(0, count - 1))
        numbers = draw(st.lists(st.integers(0, len(structs) - 1), min_size=1, max_size=2, unique=True))
        traits.append((trait_module, tuple((number, draw(st.integers(0, count - 1))) for number in sorted(numbers))))
    tests = []
    for module in sorted(draw(st.sets(st.integers(0, count - 1), max_size=2))):
        others = draw(st.lists(st.sampled_from(every_function), max_size=2, unique=True))
        tests.append((module, tuple(sorted(others))))
    padding = tuple(draw(st.lists(st.sampled_from((0, 4, 12, 30)), min_size=count, max_size=count)))
    entry_calls = tuple(sorted(draw(st.sets(st.sampled_from(every_function), max_size=2))))
    base_users = tuple(sorted(draw(st.sets(st.integers(0, count - 1), max_size=1))))
    return GeneratedCrate(
        functions=functions,
        crate_visible=crate_visible,
        calls=tuple(sorted(calls)),
        structs=tuple(structs),
        traits=tuple(traits),
        tests=tuple(tests),
        padding=padding,
        entry_calls=entry_calls,
        base_users=base_users,
    )


MANIFEST = '[package]\nname = "generated"\nversion = "0.1.0"\nedition = "2021"\n'


def write_crate(crate: GeneratedCrate, *, shuffle_seed: int | None = None) -> SourceTree:
    """Write ``crate`` as Rust source in an in-memory tree.

    Args:
        crate: the crate to write.
        shuffle_seed: when given, declare modules, write items and make calls
            in an order shuffled with this seed instead of numeric order.

    Returns:
        The source tree with ``Cargo.toml``, ``src/lib.rs`` and one file per
        module.
    """
    rng = random.Random(shuffle_seed)

    def ordered(chunks: list) -> list:
        if shuffle_seed is not None:
            chunks = list(chunks)
            rng.shuffle(chunks)
        return chunks

    files: dict[str, str] = {"Cargo.toml": MANIFEST}
    root_items = [f"pub mod m{module};\n" for module in range(crate.modules)]
    if crate.base_users:
        root_items.append("pub const BASE: u32 = 1;\n")
    if crate.entry_calls:
        body = "".join(f"    total += crate::m{m}::f{m}_{f}();\n" for m, f in ordered(list(crate.entry_calls)))
        root_items.append(f"pub fn entry() -> u32 {{\n    let mut total: u32 = 0;\n{body}    total\n}}\n")
    files["src/lib.rs"] = "".join(ordered(root_items))
    for module in range(crate.modules):
        items = [_function(crate, module, index, ordered) for index in range(crate.functions[module])]
        for number, (type_module, impl_module) in enumerate(crate.structs):
            name = f"S{type_module}_{number}"
            if type_module == module:
                items.append(f"pub struct {name} {{\n    pub value: u32,\n}}\n")
            if impl_module == module:
                items.append(
                    f"impl crate::m{type_module}::{name} {{\n"
                    f"    pub fn value_{number}(&self) -> u32 {{\n        self.value\n    }}\n}}\n"
                )
        for number, (trait_module, impls) in enumerate(crate.traits):
            if trait_module == module:
                items.append(f"pub trait T{number} {{\n    fn id(&self) -> u32;\n}}\n")
            for struct_number, impl_module in impls:
                if impl_module == module:
                    type_module = crate.structs[struct_number][0]
                    items.append(
                        f"impl crate::m{trait_module}::T{number} for crate::m{type_module}::S{type_module}_{struct_number} {{\n"
                        f"    fn id(&self) -> u32 {{\n        {number}\n    }}\n}}\n"
                    )
        for test_module, others in crate.tests:
            if test_module == module:
                items.append(_test_module(module, others, ordered))
        files[f"src/m{module}.rs"] = "\n".join(ordered(items))
    return SourceTree.new(dict(ordered(list(files.items()))))


def _function(crate: GeneratedCrate, module: int, index: int, ordered) -> str:
    visibility = "pub(crate)" if (module, index) in crate.crate_visible else "pub"
    statements = [
        f"    total += crate::m{callee}::f{callee}_{callee_index}();\n"
        for caller, caller_index, callee, callee_index in crate.calls
        if (caller, caller_index) == (module, index)
    ]
    if index == 0 and module in crate.base_users:
        statements.append("    total += crate::BASE;\n")
    padding = "".join(f"    let _pad_{line}: u32 = {line};\n" for line in range(crate.padding[module]))
    return (
        f"{visibility} fn f{module}_{index}() -> u32 {{\n"
        f"    let mut total: u32 = {module * 10 + index};\n"
        f"{padding}{''.join(ordered(statements))}    total\n}}\n"
    )


def _test_module(module: int, others: tuple[tuple[int, int], ...], ordered) -> str:
    calls = [f"        let _ = f{module}_0();\n"]
    calls.extend(f"        let _ = crate::m{m}::f{m}_{f}();\n" for m, f in others)
    return (
        "#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn runs() {\n"
        f"{''.join(ordered(calls))}    }}\n}}\n"
    )
