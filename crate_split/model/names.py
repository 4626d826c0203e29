"""Rust names as written, and crate names as cargo and rustc accept them.

The analysis keeps names as rustc compares them (``mod r#type;`` declares
module ``type``); everything crate-split writes for a person or a compiler
spells a keyword with ``r#`` again (:func:`rust_name`), and everything it
reads back accepts either spelling (:func:`plain_name`). Crate names come
from plan files and generated plans; :func:`member_name_problem` says why a
name cannot be a member crate's, with cargo's rules and the few more that
a crate re-exported by ``pub use name::...`` needs.
"""

from __future__ import annotations

#: Words that need ``r#`` to stand as a name, in some edition.
RAW_KEYWORDS = frozenset(
    "as break const continue else enum extern false fn for if impl in let loop match mod move mut pub ref "
    "return static struct trait true type unsafe use where while abstract become box do final macro override "
    "priv typeof unsized virtual yield async await dyn try gen".split()
)
#: Keywords that cannot be raw identifiers at all.
PATH_KEYWORDS = frozenset({"crate", "self", "Self", "super"})
#: Crates every crate sees by these names: a member named so would be shadowed or shadow them.
_BUILTIN_CRATES = frozenset({"std", "core", "alloc", "proc_macro", "test"})


def rust_name(name: str) -> str:
    """``name`` as Rust source must spell it: ``r#type`` for ``type``.

    A ``#2`` suffix (same-named alternatives) is kept after the name.
    """
    base, hash_sign, suffix = name.partition("#")
    return f"r#{base}{hash_sign}{suffix}" if base in RAW_KEYWORDS else name


def plain_name(text: str) -> str:
    """The name a spelling stands for: ``type`` for ``r#type``."""
    return text[2:] if text.startswith("r#") else text


def path_text(segments: tuple[str, ...] | list[str]) -> str:
    """``a::r#type::b``: segments joined, each spelled as Rust source must."""
    return "::".join(rust_name(segment) for segment in segments)


def canonical_path_text(text: str) -> str:
    """A path a person typed (``a::type::B`` or ``a::r#type::B``) in the
    spelling :func:`path_text` gives, so the two compare equal."""
    return path_text([plain_name(segment.strip()) for segment in text.split("::")])


def package_name_problem(name: str) -> str | None:
    """Why cargo refuses ``name`` as a package name; None when it accepts it.

    Cargo: not empty, no digit first, the first character a Unicode
    XID_Start character or ``_``, the others XID_Continue or ``-``.
    """
    if not name:
        return "a package name cannot be empty"
    if name[0].isdigit():
        return f"{name!r} starts with a digit"
    if not (name[0] == "_" or name[0].isidentifier()):
        return f"{name!r} starts with {name[0]!r}, not a letter or `_`"
    bad = next((c for c in name[1:] if c != "-" and not f"a{c}".isidentifier()), None)
    if bad is not None:
        return f"{name!r} holds {bad!r}; a package name has letters, digits, `-` and `_` only"
    return None


def member_name_problem(name: str) -> str | None:
    """Why ``name`` cannot name a member crate; None when it can.

    Cargo's rules, and: its library name (``-`` read as ``_``) must be a
    name ``pub use name::...`` can write, so not a keyword, not ``_`` and
    not a crate every crate already sees (``std``, ``core``, ...).
    """
    problem = package_name_problem(name)
    if problem is not None:
        return problem
    lib_name = name.replace("-", "_")
    if lib_name in RAW_KEYWORDS or lib_name in PATH_KEYWORDS:
        return f"{name!r} is a Rust keyword, which cannot name a crate in `use` paths"
    if lib_name.strip("_") == "":
        return f"{name!r} is not a name code can refer to"
    if lib_name in _BUILTIN_CRATES:
        return f"{name!r} is the name of a crate every crate already sees"
    return None
