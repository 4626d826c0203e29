"""Hostile packages for the fuzzing test and ``benchmarks/fuzz.py``.

hypothesis draws a ``FuzzCase``: a package written to disk (a random module
tree with inline modules, ``x.rs`` and ``x/mod.rs`` files, both at once,
missing files, ``#[path]`` attributes, some leading out of the package,
``#[cfg]`` and ``cfg_attr`` modules; items that call across modules,
impls in other modules, traits, ``macro_rules!`` that define items,
globs and re-exports, deep-ish expressions, odd names: raw keywords,
non-ASCII, underscores), a manifest that is usually valid and sometimes
mutated (wrong types, missing tables, odd names, dependencies that do not
exist), byte-level damage to some files (random bytes, truncation, invalid
UTF-8, a BOM, CRLF), sometimes a FIFO or a symlink, sometimes a plan file
(odd crate names, unknown and real modules, wrong types), and the commands
to run on it: ``analyze``, ``plan``, ``why`` and ``apply --out``.

:func:`run_case` runs the commands in-process and returns what happened;
:func:`problems` says what broke the rules: a traceback, an undocumented
exit code, a refusal that is not one ``error:`` line, a hang past the time
bound, a write outside ``--out`` or a changed input.

Nesting depth stays moderate (at most 40 parentheses, 150 terms): deeper
nesting has its own tests (``tests/cli/test_deep_nesting.py``).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import signal
import stat
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import strategies as st

from crate_split.cli import main

#: Module names: plain, raw keywords, non-ASCII, underscores, a test-ish one.
MODULE_NAMES = (
    "a",
    "b",
    "util",
    "inner",
    "r#type",
    "r#match",
    "r#async",
    "café",
    "größe",
    "_private",
    "tests",
    "m1",
    "mod_rs",
)
#: Crate names for plan files: valid ones, and every kind cargo or the split refuses.
PLAN_CRATE_NAMES = ("fuzz-a", "fuzz-b", "fuzz_c", "x", "é-crate")
BAD_PLAN_CRATE_NAMES = ("bad name!", "1x", "", "fn", "std", "fuzz", "fuzz_a", "-x")
PACKAGE_NAMES = ("fuzz", "fuzz-crate", "é_crate", "fn", "std", "1x", "", "a b")
#: Exit codes the CLI documents for analyze, plan, why and apply without --check.
DOCUMENTED_EXIT_CODES = frozenset({0, 2, 3, 4, 5, 7})


class Hang(BaseException):
    """Raised by the alarm when a command runs past the time bound."""


@dataclass(frozen=True, slots=True)
class Module:
    #: As declared (``r#type``); the file name drops the ``r#``.
    name: str
    #: ``inline``, ``file``, ``mod_rs``, ``both``, ``missing``, ``path``, ``path_out``.
    layout: str
    #: ``""`` or an attribute such as ``#[cfg(test)]``.
    attribute: str
    children: tuple[Module, ...]
    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FuzzCase:
    """A package on disk (paths relative to the package root) and commands."""

    #: Package files by relative path; ``../helper/...`` is a sibling path dependency.
    files: tuple[tuple[str, bytes], ...]
    #: Relative paths that become FIFOs, and ``(path, target)`` symlinks.
    fifos: tuple[str, ...] = ()
    symlinks: tuple[tuple[str, str], ...] = ()
    #: The plan file's text, when a command uses ``--plan``.
    plan_text: str | None = None
    #: Each command's arguments after the package path; ``{out}``,
    #: ``{plan}`` and ``{plan_out}`` are filled in by :func:`run_case`.
    commands: tuple[tuple[str, ...], ...] = ()
    #: Files already in ``--out`` before the run.
    out_files: tuple[str, ...] = ()
    #: Name the package as ``ROOT -p fuzz`` (``../Cargo.toml`` is then a workspace).
    via_workspace: bool = False


# -- generation ---------------------------------------------------------------------------------


def _plain(name: str) -> str:
    return name[2:] if name.startswith("r#") else name


@st.composite
def _expression(draw: st.DrawFn, callees: list[str]) -> str:
    kind = draw(st.sampled_from(["literal", "call", "sum", "parens", "string", "macro"]))
    if kind == "call" and callees:
        return draw(st.sampled_from(callees)) + "()"
    if kind == "sum":
        return " + ".join(str(n) for n in range(draw(st.integers(2, 150))))
    if kind == "parens":
        depth = draw(st.integers(1, 40))
        return "(" * depth + "1" + ")" * depth
    if kind == "string":
        return '{ let _s = "ünïcödé \\" // /* */"; 1 }'
    if kind == "macro":
        return draw(
            st.sampled_from(
                ["{ let _ = module_path!(); 1 }", '{ let _ = env!("CARGO_PKG_NAME"); 1 }', "{ let _ = line!(); 1 }"]
            )
        )
    return str(draw(st.integers(0, 9)))


@st.composite
def _items(draw: st.DrawFn, path: tuple[str, ...], every_path: list[tuple[str, ...]]) -> tuple[str, ...]:
    """Items of the module at ``path``, referring to modules of ``every_path``."""

    def spelled(target: tuple[str, ...]) -> str:
        return "::".join(("crate", *target))

    callees = [f"{spelled(p)}::f0" for p in every_path] + [
        "super::f0",
        "self::f0",
        "f1",
        "r#match",
        f"{spelled(every_path[0])}::r#match" if every_path else "f0",
    ]
    items = []
    for index in range(draw(st.integers(1, 3))):
        visibility = draw(st.sampled_from(["pub ", "", "pub(crate) ", "pub(super) "]))
        padding = "".join(f"let _v{line} = {line}; " for line in range(draw(st.sampled_from([0, 0, 5, 30]))))
        items.append(f"{visibility}fn f{index}() -> u32 {{ {padding}{draw(_expression(callees))} }}")
    items.append("pub fn r#match() -> u32 { 0 }")
    extras = draw(st.lists(st.sampled_from(range(16)), max_size=5))
    target = spelled(draw(st.sampled_from(every_path))) if every_path else "crate"
    number = len(path)
    for extra in extras:
        items.append(
            [
                f"pub struct S{number} {{ pub x: u32 }}\nimpl S{number} {{ pub fn get(&self) -> u32 {{ self.x }} }}",
                f"impl {target}::S0 {{ pub fn other(&self) -> u32 {{ 0 }} }}",
                f"pub trait T{number} {{ fn t(&self) -> u32; }}",
                f"impl {target}::T0 for {target}::S0 {{ fn t(&self) -> u32 {{ 1 }} }}",
                f"use {target}::*;",
                f"pub use {target}::f0 as reexported_{number};",
                "use super::*;",
                f"macro_rules! make{number} {{ ($n:ident) => {{ pub fn $n() -> u32 {{ 0 }} }}; }}\nmake{number}!(made{number});",
                f"#[macro_export]\nmacro_rules! exported{number} {{ () => {{ $crate::f0() }}; }}",
                "#[cfg(test)]\nmod tests {\n    use super::*;\n    #[test]\n    fn t() { let _ = f0(); }\n}",
                f'pub const C{number}: &str = "größe";\npub static S_{number}: u32 = 1;',
                '#[cfg(feature = "extra")]\npub fn gated() {}',
                'pub const MANIFEST: &str = include_str!("../Cargo.toml");' if number == 0 else "pub type Alias = u32;",
                "fn broken( { let = ; }",
                f"pub(in crate) fn restricted{number}() {{}}\nextern crate std as my_std{number};",
                'include!("included.rs");',
            ][extra]
        )
    return tuple(items)


#: Module layouts of a well-formed crate, and those rustc or crate-split refuse.
_LAYOUTS = ("inline", "file", "file", "mod_rs", "path")
_HOSTILE_LAYOUTS = ("both", "missing", "path_out")


@st.composite
def _module_tree(draw: st.DrawFn, depth: int, hostile: bool) -> tuple[Module, ...]:
    count = draw(st.integers(0 if depth else 1, 3 if depth < 2 else 1))
    names = draw(st.lists(st.sampled_from(MODULE_NAMES), min_size=count, max_size=count, unique_by=_plain))
    modules = []
    for name in names:
        layouts = _LAYOUTS + (_HOSTILE_LAYOUTS if hostile and draw(st.integers(0, 3)) == 0 else ())
        layout = draw(st.sampled_from(layouts))
        attribute = draw(
            st.sampled_from(
                ["", "", "", "#[cfg(test)]", '#[cfg(feature = "extra")]', "#[cfg(unix)]", "#[allow(dead_code)]"]
            )
        )
        children = draw(_module_tree(depth + 1, hostile)) if depth < 2 else ()
        modules.append(Module(name, layout, attribute, children, ()))
    return tuple(modules)


def _paths(modules: tuple[Module, ...], prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for module in modules:
        found.append((*prefix, module.name))
        found.extend(_paths(module.children, (*prefix, module.name)))
    return found


@st.composite
def _with_items(
    draw: st.DrawFn, modules: tuple[Module, ...], every_path: list, prefix: tuple[str, ...] = ()
) -> tuple[Module, ...]:
    filled = []
    for module in modules:
        path = (*prefix, module.name)
        children = draw(_with_items(module.children, every_path, path))
        filled.append(Module(module.name, module.layout, module.attribute, children, draw(_items(path, every_path))))
    return tuple(filled)


def _write_modules(files: dict[str, str], modules: tuple[Module, ...], directory: str, path_base: str) -> list[str]:
    """Declarations of ``modules`` for their parent; their files go to ``files``.

    ``directory`` is where ``mod x;`` looks for ``x.rs``; ``path_base`` is
    what ``#[path]`` is relative to (the declaring file's directory, or the
    inline module's directory).
    """
    declarations = []
    for module in modules:
        plain = _plain(module.name)
        attribute = f"{module.attribute}\n" if module.attribute else ""
        child_dir = f"{directory}/{plain}"
        if module.layout == "inline":
            inner = _write_modules(files, module.children, child_dir, child_dir)
            body = "\n".join((*module.items, *inner)).replace("\n", "\n    ")
            declarations.append(f"{attribute}pub mod {module.name} {{\n    {body}\n}}")
            continue
        if module.layout in ("path", "path_out"):
            target = f"elsewhere_{plain}.rs" if module.layout == "path" else f"../../outside_{plain}.rs"
            declarations.append(f'{attribute}#[path = "{target}"]\npub mod {module.name};')
            if module.layout == "path":
                # A file loaded by #[path] owns its directory, like mod.rs.
                inner = _write_modules(files, module.children, path_base, path_base)
                files[f"{path_base}/{target}"] = "\n".join((*module.items, *inner)) + "\n"
            continue
        declarations.append(f"{attribute}pub mod {module.name};")
        if module.layout == "missing":
            continue
        file_base = directory if module.layout in ("file", "both") else child_dir
        inner = _write_modules(files, module.children, child_dir, file_base)
        text = "\n".join((*module.items, *inner)) + "\n"
        if module.layout in ("file", "both"):
            files[f"{directory}/{plain}.rs"] = text
        if module.layout in ("mod_rs", "both"):
            files[f"{child_dir}/mod.rs"] = text
    return declarations


@st.composite
def _manifest(draw: st.DrawFn, hostile: bool) -> str:
    name = draw(st.sampled_from(PACKAGE_NAMES)) if hostile and draw(st.integers(0, 3)) == 0 else "fuzz"
    edition = draw(st.sampled_from(['"2015"', '"2018"', '"2021"', '"2021"', '"2024"']))
    lines = ["[package]", f'name = "{name}"', 'version = "0.1.0"', f"edition = {edition}", ""]
    tables = draw(st.lists(st.sampled_from(range(8)), max_size=3, unique=True))
    for table in tables:
        lines.extend(
            [
                "[features]\ndefault = []\nextra = []\n",
                '[dependencies]\nhelper = { path = "../helper" }\n',
                '[build-dependencies]\nserde = "1"\n',
                '[lib]\npath = "src/lib.rs"\n' + ("proc-macro = true\n" if hostile and draw(st.booleans()) else ""),
                "[badges]\n",
                '[dev-dependencies]\nfuzz = { path = "." }\n',
                "[target.'cfg(unix)'.dependencies]\nlibc = \"0.2\"\n",
                '[lints.rust]\nunsafe_code = "forbid"\n',
            ][table].splitlines()
        )
    text = "\n".join(lines) + "\n"
    mutation = draw(st.integers(0, 11)) if hostile else None
    mutations = {
        0: lambda t: t.replace(f'name = "{name}"', "name = 5"),
        1: lambda t: 'package = "x"\n' + t.replace("[package]\n", "[other]\n"),
        2: lambda t: t.replace("[package]", "[lib]"),
        3: lambda t: t + "[workspace]\nmembers = [1]\n",
        4: lambda t: t + '[features]\ndefault = "a"\n' if "[features]" not in t else t,
        5: lambda t: t[: len(t) // 2],
        6: lambda t: t.replace('edition = "', "edition = 20").replace('"\n\n', "\n\n", 1),
    }
    return mutations.get(mutation, lambda t: t)(text)


def _damage(draw: st.DrawFn, content: bytes) -> bytes:
    kind = draw(st.integers(0, 14))
    if kind == 0 and content:
        position = draw(st.integers(0, len(content)))
        return content[:position] + draw(st.binary(min_size=1, max_size=8)) + content[position:]
    if kind == 1 and content:
        return content[: draw(st.integers(0, len(content)))]
    if kind == 2:
        return content + b"\xff\xfe"
    if kind == 3:
        return b"\xef\xbb\xbf" + content
    if kind == 4:
        return content.replace(b"\n", b"\r\n")
    return content


@st.composite
def _plan_text(draw: st.DrawFn, every_path: list[tuple[str, ...]]) -> str:
    crates = []
    spellings = ["::".join(("crate", *p)) for p in every_path] + [
        "::".join(("crate", *map(_plain, p))) for p in every_path
    ]
    for _ in range(draw(st.integers(0, 3))):
        name = draw(st.sampled_from(BAD_PLAN_CRATE_NAMES if draw(st.integers(0, 5)) == 0 else PLAN_CRATE_NAMES))
        odd = draw(st.integers(0, 5)) == 0
        modules = draw(
            st.lists(
                st.sampled_from(spellings + (["crate::nope", "crate", ""] if odd else [])), max_size=3, unique=True
            )
        )
        items = draw(st.lists(st.sampled_from(["f0", "a::f0", "nope::x", "crate::a"]), max_size=2)) if odd else []
        crates.append(f"[[crates]]\nname = {name!r}\nmodules = {modules!r}\nitems = {items!r}\n".replace("'", '"'))
    text = '[plan]\npackage = "fuzz"\nformat = 1\n\n' + "\n".join(crates)
    mutation = draw(st.integers(0, 19))
    if mutation == 0:
        text = text.replace("modules = [", "modules = 3\nignored = [")
    elif mutation == 1:
        text = "crates = 3\n"
    elif mutation == 2:
        text += '[facade]\nitems = ["f0", 3]\n'
    return text


@st.composite
def fuzz_cases(draw: st.DrawFn) -> FuzzCase:
    """Draw a package and the commands to run on it: a well-formed one (but
    for odd names, cfgs and the odd syntax error) seven times in ten, one
    with hostile files, manifest or layout otherwise."""
    hostile = draw(st.integers(0, 9)) >= 7
    modules = draw(_module_tree(0, hostile))
    every_path = _paths(modules)
    modules = draw(_with_items(modules, every_path))
    files: dict[str, str] = {}
    root_items = list(draw(_items((), every_path)))
    declarations = _write_modules(files, modules, "src", "src")
    files["src/lib.rs"] = "\n".join((*declarations, *root_items)) + "\n"
    files["src/included.rs"] = "pub fn included() -> u32 { 7 }\n"
    if draw(st.integers(0, 4)) == 0:
        files["tests/it.rs"] = "#[test]\nfn it() { let _ = fuzz::f0(); }\n"
    if draw(st.integers(0, 5)) == 0:
        files["build.rs"] = 'fn main() { println!("cargo:rustc-env=FUZZ=1"); }\n'
    encoded = {path: text.encode() for path, text in files.items()}
    encoded["Cargo.toml"] = draw(_manifest(hostile)).encode()
    fifos: tuple[str, ...] = ()
    symlinks: tuple[tuple[str, str], ...] = ()
    if hostile:
        for path in draw(st.lists(st.sampled_from(sorted(encoded)), max_size=2, unique=True)):
            encoded[path] = _damage(draw, encoded[path])
        fifos = tuple(draw(st.lists(st.sampled_from(["src/pipe.rs", "notes.fifo", "src/lib.rs"]), max_size=1)))
        for fifo in fifos:
            encoded.pop(fifo, None)
        links = [
            ("src/linked.rs", "../../outside.rs"),
            ("src/loop.rs", "loop.rs"),
            ("src/same.rs", "included.rs"),
            ("src2", "../elsewhere"),
        ]
        symlinks = tuple(draw(st.lists(st.sampled_from(links), max_size=1)))
        # Odd file names, and what a split leaves behind.
        odd_files = [
            "notes\\draft.txt",
            os.fsdecode(b"\xff\xfe.txt"),
            "SPLIT.md",
            "crates/fuzz-a/Cargo.toml",
            " spaced .rs",
        ]
        for name in draw(st.lists(st.sampled_from(odd_files), max_size=2, unique=True)):
            encoded[name] = b"odd\n"
    uses_plan = draw(st.booleans())
    plan_text = draw(_plan_text(every_path)) if uses_plan else None
    plan_arguments = ("--plan", "{plan}") if uses_plan else ()
    min_lines = draw(st.sampled_from(["0", "0", "5", "50"]))
    names = (
        ["::".join(p) for p in every_path]
        + ["::".join(("crate", *p)) for p in every_path]
        + ["f0", "a::f0", "", "crate", "nope"]
    )
    commands = draw(
        st.lists(
            st.sampled_from(
                [
                    ("analyze", "--format", "json"),
                    ("analyze", "-v"),
                    ("analyze", "--format", "mermaid", "--granularity", "module"),
                    ("plan", *plan_arguments),
                    ("plan", "-o", "{plan_out}", "--force"),
                    ("why", draw(st.sampled_from(names)), draw(st.sampled_from(names))),
                    ("apply", "--out", "{out}", "--min-lines", min_lines, *plan_arguments),
                    ("apply", "--out", "{out}", "--force", "--min-lines", min_lines, *plan_arguments),
                    ("apply", "--out", "{out}", "--force", "--granularity", "module", "--min-lines", min_lines),
                    ("apply", "--out", "{out}", "--dry-run", "--min-lines", min_lines),
                    ("apply", "--out", "{out}", "--force", "--plan", "{plan_out}"),
                ]
            ),
            min_size=1,
            max_size=3,
        )
    )
    for index, command in enumerate(list(commands)):
        if (
            command[0] == "apply"
            and "{plan_out}" in command
            and ("plan", "-o", "{plan_out}", "--force") not in commands[:index]
        ):
            # Round trip: the plan file the tool wrote, applied.
            commands.insert(index, ("plan", "-o", "{plan_out}", "--force"))
            break
    out_files = ("keep.txt",) if draw(st.integers(0, 3)) == 0 else ()
    via_workspace = hostile and draw(st.integers(0, 2)) == 0
    if via_workspace:
        encoded["../Cargo.toml"] = draw(
            st.sampled_from(
                [
                    '[workspace]\nmembers = ["fuzz"]\n\n[workspace.package]\nversion = "1.0.0"\n',
                    '[workspace]\nmembers = ["*"]\nexclude = ["out", "helper"]\n',
                    "[workspace]\nmembers = [1]\n",
                    '[workspace]\nmembers = ["fuzz"]\n\n[workspace.dependencies]\nserde = 3\n',
                    '[workspace]\nmembers = ["fuzz"]\npackage = "x"\n',
                    '[workspace\nmembers = ["fuzz"]\n',
                    '[workspace]\nmembers = ["", "/abs", "../.."]\n',
                ]
            )
        ).encode()
        encoded["Cargo.toml"] = encoded["Cargo.toml"].replace(b'version = "0.1.0"', b"version.workspace = true")
    if draw(st.booleans()):
        encoded["../helper/Cargo.toml"] = b'[package]\nname = "helper"\nversion = "0.1.0"\n'
        encoded["../helper/src/lib.rs"] = b"pub fn help() {}\n"
    return FuzzCase(
        tuple(sorted(encoded.items())), fifos, symlinks, plan_text, tuple(commands), out_files, via_workspace
    )


# -- running ----------------------------------------------------------------------------------


@dataclass(slots=True)
class CommandOutcome:
    arguments: tuple[str, ...]
    exit_code: int | None
    stderr: str
    seconds: float
    #: ``Type: message`` of an exception that escaped ``main``; "hang" for the alarm.
    escaped: str | None = None
    traceback: str = ""


@dataclass(slots=True)
class CaseOutcome:
    commands: list[CommandOutcome] = field(default_factory=list)
    #: Paths created, changed or removed outside ``--out`` (the input included).
    stray_changes: list[str] = field(default_factory=list)


def write_case(case: FuzzCase, root: Path) -> Path:
    """Write the package to ``root/fuzz`` (files named ``../x`` beside it, a
    plan file, a file ``--out`` already holds); return the package."""
    package = root / "fuzz"
    for relative, content in case.files:
        path = (root / relative[3:]) if relative.startswith("../") else package / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    (package / "src").mkdir(parents=True, exist_ok=True)
    for relative in case.fifos:
        (package / relative).parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(package / relative)
    for relative, target in case.symlinks:
        if not (package / relative).exists():
            os.symlink(target, package / relative)
    (root / "outside.rs").write_text("pub fn outside() {}\n")
    if case.plan_text is not None:
        (root / "plan.toml").write_text(case.plan_text)
    if case.out_files:
        (root / "out").mkdir()
        for name in case.out_files:
            (root / "out" / name).write_text("the user's file\n")
    return package


def snapshot(root: Path, *, skip: Path | None = None) -> dict[str, str]:
    """Every entry under ``root`` with its kind and content hash; FIFOs are
    never opened, symlinks never followed, ``skip`` is left out."""
    found = {}
    for directory, subdirs, names in os.walk(root, followlinks=False):
        for name in subdirs + names:
            path = Path(directory) / name
            if skip is not None and (path == skip or skip in path.parents):
                continue
            mode = os.lstat(path).st_mode
            relative = path.relative_to(root).as_posix()
            if stat.S_ISLNK(mode):
                found[relative] = "link:" + os.readlink(path)
            elif stat.S_ISREG(mode):
                found[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
            else:
                found[relative] = "dir" if stat.S_ISDIR(mode) else "special"
    return found


def run_case(case: FuzzCase, root: Path, *, seconds: float) -> CaseOutcome:
    """Write ``case`` under ``root`` and run its commands in-process, each
    within ``seconds`` (then :class:`Hang` stops it)."""
    package = write_case(case, root)
    out = root / "out"
    outcome = CaseOutcome()
    for command in case.commands:
        arguments = tuple(
            argument.replace("{out}", str(out))
            .replace("{plan}", str(root / "plan.toml"))
            .replace("{plan_out}", str(root / "written-plan.toml"))
            for argument in command
        )
        target = [str(root), "-p", "fuzz"] if case.via_workspace else [str(package)]
        argv = [arguments[0], *target, *arguments[1:]]
        before = snapshot(root)
        result = _run_main(argv, seconds)
        writes_out = arguments[0] == "apply" and "--dry-run" not in arguments and result.exit_code == 0
        writes_plan = arguments[0] == "plan" and "-o" in arguments and result.exit_code == 0
        after = snapshot(root, skip=out if writes_out else None)
        expected = {k: v for k, v in before.items() if not (writes_out and (k == "out" or k.startswith("out/")))}
        if writes_plan:
            after.pop("written-plan.toml", None)
            expected.pop("written-plan.toml", None)
        changed = sorted(set(expected.items()) ^ set(after.items()))
        outcome.stray_changes.extend(f"{' '.join(arguments)}: {path}" for path, _ in changed)
        outcome.commands.append(result)
    return outcome


def _run_main(argv: list[str], seconds: float) -> CommandOutcome:
    stdout, stderr = io.StringIO(), io.StringIO()

    def alarm(_signum, _frame):
        raise Hang()

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.perf_counter()
    outcome = CommandOutcome(tuple(argv), None, "", 0.0)
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            outcome.exit_code = main(argv)
    except Hang:
        outcome.escaped = "hang"
    except SystemExit as usage_error:
        # argparse's own refusal of a command line: its usage and one error line.
        outcome.exit_code = usage_error.code if isinstance(usage_error.code, int) else 2
    except BaseException as error:  # noqa: BLE001 - every escape is a finding
        outcome.escaped = f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"
        outcome.traceback = traceback.format_exc()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    outcome.seconds = time.perf_counter() - started
    outcome.stderr = stderr.getvalue()
    return outcome


#: ``error: ...``, or argparse's ``crate-split why: error: ...`` after its usage.
_ERROR_LINE = re.compile(r"^(crate-split( \w+)?: )?error: ")


def problems(outcome: CaseOutcome) -> list[str]:
    """What broke the rules, one line each; empty when nothing did."""
    found = list(f"write outside --out: {change}" for change in outcome.stray_changes)
    for command in outcome.commands:
        name = " ".join(command.arguments[:1] + command.arguments[2:])
        if command.escaped == "hang":
            found.append(f"hang: {name}")
        elif command.escaped is not None:
            found.append(f"traceback: {name}: {command.escaped}")
        elif command.exit_code not in DOCUMENTED_EXIT_CODES:
            found.append(f"exit code {command.exit_code}: {name}: {command.stderr.strip().splitlines()[-1:]}")
        elif command.exit_code != 0:
            errors = [line for line in command.stderr.splitlines() if _ERROR_LINE.match(line)]
            if len(errors) != 1 or command.stderr.splitlines()[-1] != errors[0]:
                found.append(f"refusal is not one error line: {name}: {command.stderr.strip()[-300:]!r}")
    return found
