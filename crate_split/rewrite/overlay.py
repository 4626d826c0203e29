"""Text of the overlay that keeps paths valid across crates.

A module present in several crates holds, in each crate, that crate's
items plus glob re-exports of the same module in the crates it depends on
(``pub use dep::a::b::*;``). A module a crate only mirrors is generated
inline as a module of globs with its children spelled out (two globs
bringing two different ``child`` modules would be ambiguous). It is never
``use dep::a::b;``: that would also import a function or macro named
``b`` and clash with the parent's own re-exports.

Only text is made here; where it goes is :mod:`crate_files`' business.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from crate_split.model import ModulePath
from crate_split.model.names import path_text as rust_name_path
from crate_split.model.names import rust_name

#: Given a module, the direct dependencies (lib names) that mirror it.
Providers = Callable[[ModulePath], Sequence[str]]


@dataclass(frozen=True, slots=True)
class ModuleStyle:
    """How a generated module is declared."""

    visibility: str
    #: Outer attributes without ``#[...]``, e.g. ``cfg(feature = "x")``.
    attributes: tuple[str, ...]
    #: Whether its globs carry ``#[doc(hidden)]`` (never, today; see glob_lines).
    hidden_globs: bool


def path_text(crate: str, module: ModulePath) -> str:
    return "::".join((crate, rust_name_path(module))) if module else crate


def glob_lines(module: ModulePath, providers: Sequence[str], indent: str, *, hidden: bool = True) -> str:
    """``pub use dep::module::*;`` for each provider.

    Globs are never ``#[doc(hidden)]``: a hidden re-export hides what it
    re-exports from every later re-export too, so the facade would lose it.
    """
    lines = []
    mark = f"{indent}#[doc(hidden)]\n" if hidden else ""
    for provider in providers:
        lines.append(f"{mark}{indent}pub use {path_text(provider, module)}::*;\n")
    return "".join(lines)


def overlay_module(
    module: ModulePath,
    *,
    style: Callable[[ModulePath], ModuleStyle],
    providers: Providers,
    children: Callable[[ModulePath], Sequence[ModulePath]],
    indent: str = "",
    extra: Callable[[ModulePath, str], str] = lambda module, indent: "",
) -> str:
    """Text standing in for module ``module`` that this crate only mirrors.

    Args:
        module: the module's path.
        style: visibility, attributes and glob hiding of a module.
        providers: which dependencies mirror a module.
        children: the mirrored child modules of a module.
        indent: indentation of the generated item.
        extra: more items for a module's body, given the module and the
            indentation of its body, e.g. copies of its re-exports.
    """
    parts: list[str] = []
    # ``(module, its indentation)`` to open, or ``(None, indentation)`` to
    # close the module opened at that indentation: nesting of any depth
    # needs no recursion.
    pending: list[tuple[ModulePath | None, str]] = [(module, indent)]
    while pending:
        current, at = pending.pop()
        if current is None:
            parts.append(f"{at}}}\n")
            continue
        declared = style(current)
        prefix = "".join(f"{at}#[{attribute}]\n" for attribute in declared.attributes)
        vis = f"{declared.visibility} " if declared.visibility else ""
        inner = at + "    "
        globs = glob_lines(current, providers(current), inner, hidden=declared.hidden_globs)
        repeated = extra(current, inner)
        # Two groups: rustfmt sorts the `use` items of one group by path.
        body = globs + ("\n" if globs and repeated else "") + repeated
        nested = children(current)
        if not body and not nested:
            parts.append(f"{prefix}{at}{vis}mod {rust_name(current[-1])} {{}}\n")
            continue
        parts.append(f"{prefix}{at}{vis}mod {rust_name(current[-1])} {{\n")
        parts.append(body)
        pending.append((None, at))
        pending.extend((child, inner) for child in reversed(nested))
    return "".join(parts)
