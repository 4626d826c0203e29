"""The types of the TOML values crate-split reads, checked once.

TOML gives any key any type: ``package = "x"``, ``name = 5`` or
``members = [1]`` parse, and cargo rejects them ("invalid type: integer,
expected a string"). Every reader of a manifest goes through
:func:`read_manifest_data`, so the rest of the code may take the shapes
below for granted instead of meeting an integer where it wanted a table.

It checks only the keys crate-split reads, and only their types; what cargo
checks besides (version syntax, known editions, unknown keys) is cargo's.
Plan files are checked with the same :func:`shape_problem` against their
own shape.
"""

from __future__ import annotations

import datetime
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from crate_split.analysis.dependency_tables import ALL_TABLE_NAMES
from crate_split.errors import ManifestInvalid


@dataclass(frozen=True, slots=True)
class Table:
    """A table whose listed keys, when present, have the given shapes."""

    fields: Mapping[str, Shape]


@dataclass(frozen=True, slots=True)
class MapOf:
    """A table with any keys whose values all have one shape."""

    values: Shape


@dataclass(frozen=True, slots=True)
class ArrayOf:
    element: Shape


@dataclass(frozen=True, slots=True)
class OneOf:
    options: tuple[Shape, ...]


#: ``str``, ``int`` and ``bool`` stand for themselves.
Shape = type | Table | MapOf | ArrayOf | OneOf

_ANY_TABLE = Table({})
_STRINGS = ArrayOf(str)
_INHERITABLE = OneOf((str, Table({"workspace": bool})))
_DEPENDENCY = OneOf(
    (
        str,
        Table(
            {
                key: bool if key in ("optional", "workspace", "default-features", "default_features") else str
                for key in ("version", "path", "package", "git", "branch", "tag", "rev", "registry",
                            "optional", "workspace", "default-features", "default_features")
            }
            | {"features": _STRINGS}
        ),
    )
)  # fmt: skip
_DEPENDENCIES = {name: MapOf(_DEPENDENCY) for name in ALL_TABLE_NAMES}
_TARGET = Table({"name": str, "path": str, "proc-macro": bool, "proc_macro": bool})
_PACKAGE: dict[str, Shape] = {
    "name": str, "version": _INHERITABLE, "edition": _INHERITABLE, "build": OneOf((bool, str, _STRINGS)), "links": str,
    **{auto: bool for auto in ("autobins", "autoexamples", "autotests", "autobenches", "autolib")},
}  # fmt: skip
_MANIFEST = Table(
    {
        "package": Table(_PACKAGE),
        "lib": _TARGET,
        **{section: ArrayOf(_TARGET) for section in ("bin", "example", "test", "bench")},
        **_DEPENDENCIES,
        "target": MapOf(Table(_DEPENDENCIES)),
        "features": MapOf(_STRINGS),
        "lints": _ANY_TABLE,
        "workspace": Table(
            {
                "members": _STRINGS,
                "exclude": _STRINGS,
                "package": _ANY_TABLE,
                "dependencies": MapOf(_DEPENDENCY),
                "lints": _ANY_TABLE,
            }
        ),
    }
)


def read_manifest_data(text: str, where: str) -> dict[str, Any]:
    """Parse a manifest and check the types of the values crate-split reads.

    Args:
        text: the manifest's text.
        where: how messages name it (its path).

    Returns:
        The parsed TOML.

    Raises:
        ManifestInvalid: not TOML, or a value of the wrong type (the first
            one, by its dotted key).
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ManifestInvalid(f"{where}: {error}") from None
    problem = shape_problem(data, _MANIFEST)
    if problem is not None:
        raise ManifestInvalid(f"{where}: {problem}")
    return data


def shape_problem(value: Any, shape: Shape, key: tuple[str | int, ...] = ()) -> str | None:
    """The first value that does not have its shape, as a sentence naming
    its dotted key (``workspace.members[0]``); None when all do."""
    if isinstance(shape, OneOf):
        fitting = [option for option in shape.options if _has_type(value, option)]
        if len(fitting) == 1:
            # The value is the table (or array) it may be: say what is wrong inside.
            return shape_problem(value, fitting[0], key)
        if any(shape_problem(value, option, key) is None for option in fitting):
            return None
        return f"`{_dotted(key)}` must be {_describe(shape)}, not {_describe_value(value)}"
    if not _has_type(value, shape):
        return f"`{_dotted(key)}` must be {_describe(shape)}, not {_describe_value(value)}"
    children: Iterable[tuple[str | int, Any, Shape]]
    if isinstance(shape, Table):
        children = ((name, value[name], child) for name, child in shape.fields.items() if name in value)
    elif isinstance(shape, MapOf):
        children = ((name, child, shape.values) for name, child in value.items())
    elif isinstance(shape, ArrayOf):
        children = ((index, child, shape.element) for index, child in enumerate(value))
    else:
        return None
    for name, child, child_shape in children:
        problem = shape_problem(child, child_shape, (*key, name))
        if problem is not None:
            return problem
    return None


def _has_type(value: Any, shape: Shape) -> bool:
    if isinstance(shape, (Table, MapOf)):
        return isinstance(value, dict)
    if isinstance(shape, ArrayOf):
        return isinstance(value, list)
    if shape is bool:
        return isinstance(value, bool)
    return isinstance(value, shape) and not isinstance(value, bool)  # type: ignore[arg-type]


def _describe(shape: Shape) -> str:
    if isinstance(shape, (Table, MapOf)):
        return "a table"
    if isinstance(shape, ArrayOf):
        return f"an array of {_plural(shape.element)}"
    if isinstance(shape, OneOf):
        described = [_describe(option) for option in shape.options]
        return ", ".join(described[:-1]) + " or " + described[-1]
    return {str: "a string", bool: "a boolean", int: "an integer"}[shape]


def _plural(shape: Shape) -> str:
    return (
        {str: "strings", bool: "booleans", int: "integers"}.get(shape, "tables")
        if isinstance(shape, type)
        else "tables"
    )


def _describe_value(value: Any) -> str:
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the string {value!r}"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, (datetime.date, datetime.time)):
        return f"the date {value.isoformat()}"
    return type(value).__name__


def _dotted(key: tuple[str | int, ...]) -> str:
    """``workspace.members[0]``, ``dependencies."my dep"``, as cargo names keys."""
    text = ""
    for part in key:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            bare = part.replace("-", "").replace("_", "").isalnum() and part.isascii()
            text += ("." if text else "") + (part if bare else f'"{part}"')
    return text
