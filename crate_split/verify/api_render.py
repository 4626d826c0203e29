"""Rendering rustdoc JSON types and trait paths as short Rust-like text.

A trait implementation enters the public API as one line such as
``impl core::convert::From<&'a [u8]> for toml::value::Value``. Before and
after a split, the same type must print the same text even though its
defining crate changed, so every path is printed through a callback that
names the item by where the API exposes it, not by where it is defined.
This module only prints; it knows nothing about crates or visibility.

Invariant: rendering is a pure function of the JSON and the callback;
shapes it does not know are printed as sorted JSON rather than dropped.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

#: Names an item: ``(id, path as written) -> "crate::path::Item"``; may raise Unnameable.
NameOf = Callable[[object, str], str]


class Unnameable(Exception):
    """A type or trait has no public path, so an impl naming it is not public API."""


def render_type(ty: object, name_of: NameOf) -> str:
    """Render one rustdoc ``Type`` value.

    Args:
        ty: The JSON value of the type (a one-key dict, or ``"infer"``).
        name_of: Names resolved paths.

    Returns:
        Rust-like text, e.g. ``&'a mut [alloc::string::String; 4]``.

    Raises:
        Unnameable: a path inside has no public name.
    """
    if not isinstance(ty, dict) or len(ty) != 1:
        return "_" if ty in ("infer", None) else _fallback(ty)
    ((kind, value),) = ty.items()
    if kind == "resolved_path":
        return render_path(value, name_of)
    if kind in ("generic", "primitive"):
        return str(value)
    if kind == "tuple":
        parts = [render_type(element, name_of) for element in value]
        return "(" + ", ".join(parts) + ("," if len(parts) == 1 else "") + ")"
    if kind == "slice":
        return f"[{render_type(value, name_of)}]"
    if kind == "array":
        return f"[{render_type(value['type'], name_of)}; {value['len']}]"
    if kind == "borrowed_ref":
        lifetime = f"{value['lifetime']} " if value.get("lifetime") else ""
        mutable = "mut " if value.get("is_mutable") else ""
        return f"&{lifetime}{mutable}{render_type(value['type'], name_of)}"
    if kind == "raw_pointer":
        pointer = "*mut " if value.get("is_mutable") else "*const "
        return pointer + render_type(value["type"], name_of)
    if kind == "dyn_trait":
        bounds = [_render_poly_trait(poly, name_of) for poly in value.get("traits", ())]
        if value.get("lifetime"):
            bounds.append(value["lifetime"])
        return "dyn " + " + ".join(bounds)
    if kind == "impl_trait":
        return "impl " + render_bounds(value, name_of)
    if kind == "function_pointer":
        return _render_function_pointer(value, name_of)
    if kind == "qualified_path":
        self_type = render_type(value["self_type"], name_of)
        args = render_generic_args(value.get("args"), name_of)
        if value.get("trait"):
            return f"<{self_type} as {render_path(value['trait'], name_of)}>::{value['name']}{args}"
        return f"<{self_type}>::{value['name']}{args}"
    if kind == "pat":
        return render_type(value["type"], name_of)
    return _fallback(ty)


def render_path(path: dict, name_of: NameOf) -> str:
    """Render a rustdoc ``Path`` (a named type or trait with its generic arguments)."""
    return name_of(path.get("id"), path.get("path", "")) + render_generic_args(path.get("args"), name_of)


def render_generic_args(args: object, name_of: NameOf) -> str:
    """Render ``<A, 'b, N = C>`` or ``(A, B) -> C``; empty when there are none."""
    if not args:
        return ""
    if not isinstance(args, dict) or len(args) != 1:
        return _fallback(args)
    ((kind, value),) = args.items()
    if kind == "angle_bracketed":
        parts = [_render_generic_arg(arg, name_of) for arg in value.get("args", ())]
        parts += [_render_constraint(constraint, name_of) for constraint in value.get("constraints", ())]
        return f"<{', '.join(parts)}>" if parts else ""
    if kind == "parenthesized":
        inputs = ", ".join(render_type(ty, name_of) for ty in value.get("inputs", ()))
        output = value.get("output")
        return f"({inputs})" + (f" -> {render_type(output, name_of)}" if output else "")
    return _fallback(args)


def render_bounds(bounds: list, name_of: NameOf) -> str:
    """Render a list of ``GenericBound``s joined by ``+``."""
    rendered = []
    for bound in bounds:
        if isinstance(bound, dict) and "trait_bound" in bound:
            trait_bound = bound["trait_bound"]
            modifier = {"maybe": "?", "maybe_const": "~const "}.get(trait_bound.get("modifier"), "")
            binder = _render_binder(trait_bound.get("generic_params", ()))
            rendered.append(binder + modifier + render_path(trait_bound["trait"], name_of))
        elif isinstance(bound, dict) and "outlives" in bound:
            rendered.append(bound["outlives"])
        else:
            rendered.append(_fallback(bound))
    return " + ".join(rendered)


def _render_poly_trait(poly: dict, name_of: NameOf) -> str:
    return _render_binder(poly.get("generic_params", ())) + render_path(poly["trait"], name_of)


def _render_binder(generic_params: Iterable[dict] | None) -> str:
    names = [param["name"] for param in generic_params or ()]
    return f"for<{', '.join(names)}> " if names else ""


def _render_generic_arg(arg: object, name_of: NameOf) -> str:
    if arg == "infer":
        return "_"
    if isinstance(arg, dict) and len(arg) == 1:
        ((kind, value),) = arg.items()
        if kind == "lifetime":
            return str(value)
        if kind == "type":
            return render_type(value, name_of)
        if kind == "const":
            return str(value.get("expr") or value.get("value"))
    return _fallback(arg)


def _render_constraint(constraint: dict, name_of: NameOf) -> str:
    head = constraint["name"] + render_generic_args(constraint.get("args"), name_of)
    binding = constraint.get("binding", {})
    if "equality" in binding:
        term = binding["equality"]
        if isinstance(term, dict) and "type" in term:
            return f"{head} = {render_type(term['type'], name_of)}"
        if isinstance(term, dict) and "constant" in term:
            return f"{head} = {term['constant'].get('expr')}"
    if "constraint" in binding:
        return f"{head}: {render_bounds(binding['constraint'], name_of)}"
    return head + _fallback(binding)


def _render_function_pointer(value: dict, name_of: NameOf) -> str:
    header = value.get("header", {})
    prefix = _render_binder(value.get("generic_params", ()))
    if header.get("is_unsafe"):
        prefix += "unsafe "
    abi = header.get("abi", "Rust")
    if abi != "Rust":
        prefix += f"extern {json.dumps(abi, sort_keys=True)} "
    signature = value.get("sig", {})
    inputs = [render_type(ty, name_of) for _name, ty in signature.get("inputs", ())]
    if signature.get("is_c_variadic"):
        inputs.append("...")
    output = signature.get("output")
    return f"{prefix}fn({', '.join(inputs)})" + (f" -> {render_type(output, name_of)}" if output else "")


def _fallback(value: object) -> str:
    return json.dumps(value, sort_keys=True)
