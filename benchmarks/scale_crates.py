"""Generated Rust crates of any size, for the scaling benchmark.

``benchmarks/scale.py`` needs crates of 10k, 100k and 500k lines that look
like real code to the analysis and the planner: many modules in a tree of
directories, items that reference each other across modules (types in
fields, signatures and ``use`` lines, calls in bodies), inherent and trait
impls (some in another module than their type, some of a trait of another
module), exported and textual ``macro_rules!`` used elsewhere,
``#[cfg(test)]`` modules, and cycles between modules. The shape scales with
the size: the number of modules grows with the lines, each module keeps
about the same size and the same number of references, so a tool that is
linear in items + edges takes the same time per line at every size.

Layout: the root declares ``areas``; area ``aK`` is a directory with a
``mod.rs`` and four submodule files ``s0..s3``. References point from a
module to modules before it (a DAG), except that each area's last
submodule calls into the area's first (a cycle inside the area) and one
area in ten calls back into the previous area (a cycle of two areas).
Every name is derived from the module's number, and a seeded random
generator picks the targets, so a size always gives the same crate.
Fields and methods have names of their own module (``id7``, ``total7``):
the analysis links a method call or field access by name to every type
that has such a member, so names shared by all types would add edges
quadratic in the crate's size, a property of that rule and not of the
tool's speed (docs/performance.md).

Two more shapes: ``small_modules`` writes N one-function modules at the
root (the planner's worst case per line), and ``single_file`` writes the
whole crate as inline modules of ``src/lib.rs``.

This module only writes source text; it knows nothing of crate-split.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

#: Submodules of each area (files ``aK/s0.rs`` ..).
SUBMODULES = 4
#: Lines a module of a generated crate has, roughly.
MODULE_LINES = 260
_MANIFEST = '[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2021"\n\n[lib]\npath = "src/lib.rs"\n'


@dataclass(frozen=True, slots=True)
class _Module:
    #: Position in the crate's module list; references go to lower numbers.
    number: int
    #: Path from the crate root, e.g. ``("a3", "s1")``.
    path: tuple[str, ...]
    area: int


def generate(root: Path, *, name: str, lines: int, seed: int = 1, single_file: bool = False) -> Path:
    """Write a crate of about ``lines`` lines under ``root``; return ``root``."""
    modules_wanted = max(SUBMODULES + 1, lines // MODULE_LINES)
    areas = max(1, modules_wanted // (SUBMODULES + 1))
    modules = []
    for area in range(areas):
        modules.append(_Module(len(modules), (f"a{area}",), area))
        for sub in range(SUBMODULES):
            modules.append(_Module(len(modules), (f"a{area}", f"s{sub}"), area))
    bodies = {
        module.path: _module_body(module, modules, random.Random(seed * 1_000_003 + module.number))
        for module in modules
    }
    root_items = _root_items(areas)
    if single_file:
        files = {"src/lib.rs": root_items + "".join(_inline_area(area, bodies) for area in range(areas))}
    else:
        files = {"src/lib.rs": "".join(f"pub mod a{area};\n" for area in range(areas)) + root_items}
        for area in range(areas):
            declarations = "".join(f"pub mod s{sub};\n" for sub in range(SUBMODULES))
            files[f"src/a{area}/mod.rs"] = declarations + bodies[(f"a{area}",)]
            for sub in range(SUBMODULES):
                files[f"src/a{area}/s{sub}.rs"] = bodies[(f"a{area}", f"s{sub}")]
    return _write(root, name, files)


def small_modules(root: Path, *, name: str, count: int, seed: int = 1) -> Path:
    """Write a crate of ``count`` root modules of one struct and one function each."""
    rng = random.Random(seed)
    files = {"src/lib.rs": "".join(f"pub mod m{index};\n" for index in range(count))}
    for index in range(count):
        calls = sorted({rng.randrange(index) for _ in range(2)}) if index else []
        body = " + ".join([f"crate::m{callee}::f(x)" for callee in calls] or ["x"])
        files[f"src/m{index}.rs"] = (
            f"pub struct S{index} {{\n    pub value{index}: u32,\n}}\n\n"
            f"pub fn f(x: u32) -> u32 {{\n    let s = S{index} {{ value{index}: x }};\n    s.value{index} + {body}\n}}\n"
        )
    return _write(root, name, files)


def _write(root: Path, name: str, files: dict[str, str]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "Cargo.toml").write_text(_MANIFEST.format(name=name))
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def _inline_area(area: int, bodies: dict[tuple[str, ...], str]) -> str:
    subs = "".join(f"pub mod s{sub} {{\n{bodies[(f'a{area}', f's{sub}')]}}}\n" for sub in range(SUBMODULES))
    return f"pub mod a{area} {{\n{subs}{bodies[(f'a{area}',)]}}}\n"


def _root_items(areas: int) -> str:
    last = areas - 1
    return (
        "\n/// The crate's entry point: calls into the first and the last area.\n"
        "pub fn entry(x: u32) -> u32 {\n"
        f"    crate::a0::f0_0(x) + crate::a{last}::s{SUBMODULES - 1}::f{last * (SUBMODULES + 1) + SUBMODULES}_0(x)\n"
        "}\n\n"
        "pub const BASE: u32 = 7;\n"
        "pub use crate::a0::T0;\n"
    )


def _rust_path(module: _Module) -> str:
    return "crate::" + "::".join(module.path)


def _module_body(module: _Module, modules: list[_Module], rng: random.Random) -> str:
    """Items of one module: a struct, an enum, a trait, impls, functions, a macro, tests."""
    n = module.number
    earlier = modules[:n]
    # Up to three modules this one refers to: mostly recent ones (code
    # depends on its neighbours), sometimes any earlier one.
    targets = (
        sorted({rng.choice(earlier[-12:] if rng.random() < 0.7 else earlier).number for _ in range(3)})
        if earlier
        else []
    )
    target_modules = [modules[t] for t in targets]
    # The cycles: the last submodule of an area calls its area's first
    # module, and one area in ten calls back into the area before it.
    backward = None
    if module.path[-1] == f"s{SUBMODULES - 1}":
        backward = modules[n - SUBMODULES]
    if module.area % 10 == 9 and len(module.path) == 1:
        backward = modules[n - SUBMODULES - 1]
    out = []
    for target in target_modules[:2]:
        out.append(f"use {_rust_path(target)}::T{target.number};\n")
    out.append("\n")
    field_types = [f"T{t.number}" for t in target_modules[:2]]
    fields = "".join(f"    pub link{n}_{index}: Option<Box<{ty}>>,\n" for index, ty in enumerate(field_types))
    out.append(
        f"/// A value of module {n}.\n#[derive(Debug, Clone, Default)]\npub struct T{n} {{\n    pub id{n}: u32,\n    pub name{n}: String,\n{fields}}}\n\n"
    )
    out.append(
        f"#[derive(Debug, Clone, Copy, PartialEq, Eq)]\npub enum E{n} {{\n    First,\n    Second(u32),\n    Third {{ x: u32, y: u32 }},\n}}\n\n"
    )
    out.append(
        f"pub trait Tr{n} {{\n    fn tr{n}(&self) -> u32;\n\n    fn tr{n}_twice(&self) -> u32 {{\n        self.tr{n}() * 2\n    }}\n}}\n\n"
    )
    out.append(f"pub const C{n}: u32 = {n % 97};\n\n")
    if n % 10 == 3:
        out.append(
            f"#[macro_export]\nmacro_rules! mac{n} {{\n    ($x:expr) => {{\n        $crate::{'::'.join(module.path)}::f{n}_0($x) + 1\n    }};\n}}\n\n"
        )
    if n % 7 == 2:
        out.append(
            f"macro_rules! local{n} {{\n    ($a:expr, $b:expr) => {{\n        if $a > $b {{ $a - $b }} else {{ $b - $a }}\n    }};\n}}\n\n"
        )
    functions = max(1, (MODULE_LINES - 60) // 24)
    for index in range(functions):
        out.append(_function(module, index, target_modules, backward if index == 0 else None, rng, n % 7 == 2))
    out.append(_inherent_impl(module, target_modules))
    out.append(f"impl Tr{n} for T{n} {{\n    fn tr{n}(&self) -> u32 {{\n        self.id{n} + C{n}\n    }}\n}}\n\n")
    if target_modules:
        # An impl of another module's trait for this module's type (the
        # orphan rule allows it with the trait or with the type).
        other = target_modules[0]
        out.append(
            f"impl {_rust_path(other)}::Tr{other.number} for T{n} {{\n"
            f"    fn tr{other.number}(&self) -> u32 {{\n        self.id{n}.wrapping_mul({other.number % 13 + 1})\n    }}\n}}\n\n"
        )
    if n % 4 == 1:
        out.append(
            "#[cfg(test)]\nmod tests {\n    use super::*;\n\n"
            f"    #[test]\n    fn f{n}_0_is_deterministic() {{\n        assert_eq!(f{n}_0(3), f{n}_0(3));\n    }}\n}}\n"
        )
    return "".join(out)


def _function(
    module: _Module,
    index: int,
    targets: list[_Module],
    backward: _Module | None,
    rng: random.Random,
    has_local_macro: bool,
) -> str:
    n = module.number
    calls = [f"{_rust_path(t)}::f{t.number}_{rng.randrange(2)}(v{k})" for k, t in enumerate(targets)]
    if backward is not None:
        calls.append(f"{_rust_path(backward)}::f{backward.number}_1(v0)")
    if index > 0:
        calls.append(f"f{n}_{index - 1}(x)")
    exported = [m for m in targets if m.number % 10 == 3]
    if exported:
        calls.append(f"crate::mac{exported[0].number}!(x)")
    if has_local_macro:
        calls.append(f"local{n}!(x, {index})")
    total = " + ".join(calls) if calls else "x"
    lines = [
        f"/// Function {index} of module {n}.",
        f"pub fn f{n}_{index}(x: u32) -> u32 {{",
        f"    let v0 = x.wrapping_add({index});",
        f"    let v1 = v0.wrapping_mul(3) ^ C{n};",
        f"    let v2 = v1.rotate_left({index % 31 + 1});",
        "    let mut acc = 0u32;",
        "    for step in 0..(v2 % 5) {",
        f"        acc = acc.wrapping_add(step * {index + 1});",
        "    }",
        f"    let kind = if acc % 2 == 0 {{ E{n}::First }} else {{ E{n}::Third {{ x: acc, y: v0 }} }};",
        "    let weight = match kind {",
        f"        E{n}::First => 1,",
        f"        E{n}::Second(value) => value,",
        f"        E{n}::Third {{ x, y }} => x.wrapping_sub(y),",
        "    };",
        f'    let item = T{n} {{ id{n}: weight, name{n}: String::from("f{n}_{index}"), ..Default::default() }};',
        f"    let scale = |value: u32| -> u32 {{ value.wrapping_mul(item.id{n} | 1) }};",
        f"    if x > {1000 + index} {{",
        "        return scale(acc);",
        "    }",
        f"    let v3 = v2 ^ item.tr{n}();",
        f"    scale(v3).wrapping_add({total})",
        "}",
        "",
    ]
    return "\n".join(lines) + "\n"


def _inherent_impl(module: _Module, targets: list[_Module]) -> str:
    n = module.number
    uses = "".join(
        f"        if let Some(inner) = &self.link{n}_{k} {{\n            total += inner.total{targets[k].number}();\n        }}\n"
        for k in range(min(2, len(targets)))
    )
    return (
        f"impl T{n} {{\n"
        f'    pub fn new(id: u32) -> Self {{\n        T{n} {{ id{n}: id, name{n}: format!("t{{}}", id), ..Default::default() }}\n    }}\n\n'
        f"    pub fn total{n}(&self) -> u32 {{\n        let mut total = self.id{n};\n{uses}        total\n    }}\n\n"
        f'    pub fn describe{n}(&self) -> String {{\n        format!("{{}}: {{}}", self.name{n}, self.total{n}())\n    }}\n'
        "}\n\n"
    )
