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

from typing import Callable, Sequence

from crate_split.model import ModulePath

#: Given a module, the direct dependencies (lib names) that mirror it.
Providers = Callable[[ModulePath], Sequence[str]]


def path_text(crate: str, module: ModulePath) -> str:
    return "::".join((crate, *module))


def glob_lines(module: ModulePath, providers: Sequence[str], indent: str, *, hidden: bool = True) -> str:
    """``pub use dep::module::*;`` for each provider.

    Members hide their globs from the docs; the facade must not, or the
    items they re-export would drop out of its public API.
    """
    lines = []
    mark = f"{indent}#[doc(hidden)]\n" if hidden else ""
    for provider in providers:
        lines.append(f"{mark}{indent}#[allow(unused_imports)]\n{indent}pub use {path_text(provider, module)}::*;\n")
    return "".join(lines)


def overlay_module(
    module: ModulePath,
    *,
    visibility: str,
    attributes: Sequence[str],
    hidden: bool,
    providers: Providers,
    children: Callable[[ModulePath], Sequence[ModulePath]],
    indent: str = "",
    cfg_of: Callable[[ModulePath], Sequence[str]] = lambda module: (),
    hidden_globs: bool = True,
) -> str:
    """Text standing in for module ``module`` that this crate only mirrors.

    Args:
        module: the module's path.
        visibility: visibility to give it (``pub`` in members; the original
            visibility in the facade).
        attributes: outer attributes to keep (``cfg(...)`` ones).
        hidden: add ``#[doc(hidden)]``.
        providers: which dependencies mirror a module.
        children: the mirrored child modules of a module.
        indent: indentation of the generated item.
        cfg_of: ``cfg`` predicates of a module, repeated on generated children.
    """
    name = module[-1]
    prefix = "".join(f"{indent}#[{attribute}]\n" for attribute in attributes)
    if hidden:
        prefix += f"{indent}#[doc(hidden)]\n"
    vis = f"{visibility} " if visibility else ""
    sources = list(providers(module))
    inner = indent + "    "
    body = glob_lines(module, sources, inner, hidden=hidden_globs)
    for child in children(module):
        body += overlay_module(
            child,
            visibility="pub",
            attributes=tuple(f"cfg({predicate})" for predicate in cfg_of(child)),
            hidden=True,
            providers=providers,
            children=children,
            indent=inner,
            cfg_of=cfg_of,
            hidden_globs=hidden_globs,
        )
    return f"{prefix}{indent}{vis}mod {name} {{\n{body}{indent}}}\n"
