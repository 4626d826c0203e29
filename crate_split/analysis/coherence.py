"""The orphan rule: which crates an ``impl`` block may live in after a split.

Rust accepts ``impl Trait for Type`` only in the crate of the trait or of a
"local" type in the header, and an inherent impl only in the crate of its
type. These functions classify the types of one impl header and turn the
classes into ``ImplFacts``. They resolve names through the caller (the
reference walker, which knows the impl's generic parameters and imports)
and never look at the rest of the crate.

They deliberately stop at the header: where clauses, negative reasoning and
``#[fundamental]`` types other than ``&``, ``&mut``, ``Box`` and ``Pin`` are
not modelled.
"""

from __future__ import annotations

from typing import Protocol

from crate_split.analysis import syntax
from crate_split.analysis.paths import path_segments
from crate_split.analysis.scope import TYPE, Resolution
from crate_split.analysis.syntax import Node
from crate_split.model import ItemId, ItemKind
from crate_split.model.items import ImplFacts

#: Wrappers that are ``#[fundamental]``: ``Box<Local>`` counts as local.
_FUNDAMENTAL_WRAPPERS = frozenset({"Box", "Pin"})


class TypeContext(Protocol):
    """What classifying a header type needs from the walker at the impl."""

    def resolve(self, segments: tuple[str, ...], namespace: str) -> Resolution | None: ...

    def is_generic(self, name: str) -> bool: ...


def classify_type(ctx: TypeContext, node: Node) -> ItemId | str:
    """Classify an impl header type: a local item, ``"param"`` or ``"foreign"``.

    ``&T``, ``&mut T``, ``Box<T>`` and ``Pin<T>`` are fundamental: they
    take the class of ``T``. ``dyn LocalTrait`` is local.

    Args:
        ctx: resolves paths as written at the impl.
        node: the type's syntax node.

    Returns:
        The local item the type names, ``"param"`` for a bare type parameter
        of the impl, else ``"foreign"``.
    """
    while True:
        # Each wrapper steps into the type it wraps (a loop: wrappers nest
        # as deep as the parser allows).
        kind = node.type
        if kind == "reference_type" or kind in ("dynamic_type", "abstract_type"):
            inner = node.child_by_field_name("type" if kind == "reference_type" else "trait")
            if inner is None:
                return "foreign"
            node = inner
            continue
        segments = path_segments(node)
        if segments is None:
            return "foreign"
        if kind == "generic_type" and segments[-1] in _FUNDAMENTAL_WRAPPERS:
            resolution = ctx.resolve(segments, TYPE)
            if resolution is not None and resolution.external is not None:
                arguments = node.child_by_field_name("type_arguments")
                first = arguments.named_children[0] if arguments is not None and arguments.named_children else None
                if first is None:
                    return "foreign"
                node = first
                continue
        break
    if len(segments) == 1 and ctx.is_generic(segments[0]):
        return "param"
    resolution = ctx.resolve(segments, TYPE)
    if resolution is not None and resolution.target is not None:
        return resolution.target
    return "foreign"


def orphan_facts(ctx: TypeContext, trait: Node | None, self_type: Node) -> ImplFacts:
    """Apply the orphan rule to one impl header.

    Args:
        ctx: resolves paths as written at the impl.
        trait: the trait path node, ``None`` for an inherent impl.
        self_type: the self type node.

    Returns:
        The local trait and self type, the homes the impl may share a crate
        with (the local trait; each local type of ``Self, T1..Tn`` before
        the first uncovered type parameter), and a one-line explanation.
    """
    self_class = classify_type(ctx, self_type)
    self_item = self_class if isinstance(self_class, ItemId) else None
    if trait is None:
        homes: tuple[ItemId, ...] = (self_item,) if self_item is not None else ()
        name = self_item.qualified() if self_item else _flat(self_type)
        return ImplFacts(None, False, self_item, homes, f"inherent impl: stays with its type {name}")
    trait_class = classify_type(ctx, trait)
    trait_item = trait_class if isinstance(trait_class, ItemId) else None
    ordered = [self_type]
    arguments = trait.child_by_field_name("type_arguments") if trait.type == "generic_type" else None
    if arguments is not None:
        ordered.extend(a for a in arguments.named_children if a.type not in ("lifetime", "type_binding"))
    # Every local type before the first uncovered type parameter makes
    # the impl legal in its crate (`impl PartialEq<Local> for Other`).
    type_homes: list[ItemId] = []
    for candidate in ordered:
        klass = classify_type(ctx, candidate)
        if klass == "param":
            break
        if isinstance(klass, ItemId):
            type_homes.append(klass)
    solid = [h for h in type_homes if h.kind is not ItemKind.TYPE_ALIAS]
    # An alias may stand for anything (`type NodeIndex<Ix> = Ix;`): only the
    # local trait or a local type is a home the orphan rule surely allows,
    # and an alias only when the impl has no other home.
    type_homes = solid if trait_item is not None or solid else type_homes[:1]
    homes = tuple(dict.fromkeys(h for h in (trait_item, *type_homes) if h is not None))
    trait_name = trait_item.qualified() if trait_item else _flat(trait)
    types = " or ".join(h.qualified() for h in type_homes)
    if trait_item is None:
        where = f"stays with {types}" if type_homes else "has no local type (orphan)"
        explanation = f"foreign trait {trait_name}: {where}"
    elif not type_homes:
        explanation = f"local trait {trait_name} for a foreign or generic type: stays with the trait"
    else:
        explanation = f"local trait {trait_name} for local {types}: with either"
    return ImplFacts(trait_item, trait_item is None, self_item, homes, explanation)


def _flat(node: Node) -> str:
    return " ".join(syntax.text(node).split())
