"""The Rust rules that decide which items must share a crate.

Each rule becomes a ``Constraint`` naming the items it ties and why:
an inherent impl and its type; a trait impl and the crate(s) the orphan rule
allows; a ``macro_rules!`` with textual scope and the items that use it;
a ``#[cfg(test)]`` module and its parent; a sealed trait's private module
and the traits sealed by it; a module declared among a macro call's tokens
and that call; code that observes where it is compiled
(``module_path!``, ``file!``, cargo's package variables, ``type_name``)
and the types whose paths it observes, which the facade must keep
(:mod:`facade_rule` works out what stays with them); a doc test that
reaches the crate through rustdoc's ``extern crate`` (``crate::<name>::``)
and the item it documents with the items it names. Whether a constraint
merges items into one atom (``hard``) or only costs something when broken
is part of the value.

This module decides nothing about a plan; it only states the rules.
"""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass

from crate_split.analysis import CrateModel
from crate_split.model import ItemId, ItemKind, Span
from crate_split.model.items import Observation, ObservationKind, RefKind
from crate_split.splitter.doc_test_rule import default_doc_tests
from crate_split.splitter.model_memo import per_model


class ConstraintKind(enum.Enum):
    INHERENT_IMPL = "inherent-impl"
    ORPHAN_RULE = "orphan-rule"
    MACRO_SCOPE = "macro-scope"
    CFG_TEST = "cfg-test-module"
    SEALED_TRAIT = "sealed-trait"
    MACRO_DECLARED_MODULE = "macro-declared-module"
    #: The items observe the crate they are compiled in (or name a type
    #: whose path is observed): they stay in the facade.
    OBSERVES_PLACE = "observes-place"
    #: The item observes the path of a type its callers choose: reported,
    #: not enforced (the path follows the type's own crate).
    OBSERVES_CALLER_TYPES = "observes-caller-types"
    #: A doc test that passes only in a crate of the original's name holding
    #: what it names (``crate::<name>::..``, 2015 paths): one crate for all.
    DOC_TEST_CRATE_NAME = "doc-test-crate-name"

    @property
    def keeps_in_facade(self) -> bool:
        return self is ConstraintKind.OBSERVES_PLACE


@dataclass(frozen=True, slots=True)
class Constraint:
    """Items a Rust rule ties together."""

    kind: ConstraintKind
    #: The items that must share a crate (``hard``), or the impl and the
    #: items it may live with (orphan rule with two homes).
    items: tuple[ItemId, ...]
    #: True when the items must be in one atom; False when the rule only
    #: restricts or costs (e.g. an impl that may go with trait or type).
    hard: bool
    reason: str
    span: Span | None = None
    #: True when a rewrite can lift the rule at a cost (a ``macro_rules!``
    #: can be ``#[macro_export]``ed and its paths made ``$crate`` paths).
    liftable: bool = False


@per_model
def derive_constraints(model: CrateModel) -> tuple[Constraint, ...]:
    """State every rule that ties items of ``model`` together (computed
    once per model: the report and the planner both ask).

    Args:
        model: the analysed crate.

    Returns:
        Constraints sorted by kind and first item.
    """
    found: list[Constraint] = []
    found.extend(_impl_constraints(model))
    found.extend(_macro_constraints(model))
    found.extend(_cfg_test_constraints(model))
    found.extend(_test_only_item_constraints(model))
    found.extend(_sealed_constraints(model))
    found.extend(_macro_declared_module_constraints(model))
    found.extend(observation_constraints(model))
    found.extend(_doc_test_constraints(model))
    return tuple(sorted(found, key=lambda c: (c.kind.value, tuple(i.sort_key() for i in c.items))))


def _impl_constraints(model: CrateModel) -> list[Constraint]:
    found = []
    for reference in model.references:
        # `impl_trait!(u8)` writes `impl Trait for u8`: with a foreign (or
        # unknown) type the impl lives with its local trait; `impl_shl!(u8)`
        # writes `impl Shl<u8> for Big`: a foreign trait's impl lives with
        # the local type.
        if (
            reference.kind is RefKind.GENERATED_IMPL
            and reference.target is not None
            and reference.target != reference.source
        ):
            relation = "of" if reference.target.kind is ItemKind.TRAIT else "for"
            found.append(
                Constraint(
                    ConstraintKind.ORPHAN_RULE,
                    (reference.source, reference.target),
                    True,
                    f"{reference.source.qualified()} writes an impl {relation} {reference.target.qualified()} "
                    "(by its macro): it stays with it",
                    reference.span,
                )
            )
    for impl_id, facts in model.impls.items():
        span = model.items[impl_id].span
        if facts.trait is None and not facts.trait_is_foreign and facts.self_type is not None:
            found.append(
                Constraint(ConstraintKind.INHERENT_IMPL, (impl_id, facts.self_type), True, facts.explanation, span)
            )
        elif len(facts.homes) == 1:
            found.append(
                Constraint(ConstraintKind.ORPHAN_RULE, (impl_id, facts.homes[0]), True, facts.explanation, span)
            )
        elif len(facts.homes) > 1:
            found.append(
                Constraint(ConstraintKind.ORPHAN_RULE, (impl_id, *facts.homes), False, facts.explanation, span)
            )
    return found


def _doc_test_constraints(model: CrateModel) -> list[Constraint]:
    return [
        Constraint(
            ConstraintKind.DOC_TEST_CRATE_NAME,
            (test.item, *test.names),
            True,
            f"a doc test of {test.item.qualified()} writes `{test.pinned}`, which reaches the crate through "
            "rustdoc's `extern crate`: it passes only in a crate of the original's name that holds what it names",
            test.span,
        )
        for test in default_doc_tests(model)
        if test.pinned and test.item is not None and not model.items[test.item].is_test_only
    ]


def _macro_constraints(model: CrateModel) -> list[Constraint]:
    users: dict[ItemId, set[ItemId]] = {}
    # Calls of a `macro_rules!` another call writes: its body is unknown, so
    # is whether it is exported; what it writes (`impl Trait for &G` beside
    # the trait the same call writes) stays with the call.
    written: dict[ItemId, set[ItemId]] = {}
    first_use: dict[ItemId, Span] = {}
    for reference in model.references:
        target = reference.target
        if target is not None and target.kind is ItemKind.MACRO_CALL and reference.kind is RefKind.MACRO:
            written.setdefault(target, set()).add(reference.source)
            first_use.setdefault(target, reference.span)
            continue
        if target is None or target.kind is not ItemKind.MACRO:
            continue
        # A call among another call's tokens (`wrap! { fn f() { m!() } }`)
        # is a use too; a macro body's call expands where that macro is called.
        if reference.kind is not RefKind.MACRO and (
            reference.kind is not RefKind.TOKEN or reference.source.kind is ItemKind.MACRO
        ):
            continue
        if model.items[target].is_macro_export:
            continue
        users.setdefault(target, set()).add(reference.source)
        first_use.setdefault(target, reference.span)
    # `#[macro_export]` puts a macro at the crate root: two of one name
    # cannot both be exported (E0428), so neither leaves its users; `cfg`
    # alternatives of one macro are one (a build compiles one of them), and
    # stay together.
    names = Counter(item.base_name for item in model.items if item.kind is ItemKind.MACRO)
    alternatives = model.macro_alternatives()
    found = []
    for macro, sources in users.items():
        members = tuple(sorted({*alternatives[macro], *sources}, key=ItemId.sort_key))
        if len(members) < 2:
            continue
        unique = names[macro.base_name] == len(alternatives[macro])
        found.append(
            Constraint(
                ConstraintKind.MACRO_SCOPE,
                members,
                True,
                f"macro_rules! {macro.name} is not #[macro_export]ed: textual scope "
                f"keeps it with its {len(sources)} user(s) unless it is exported"
                + ("" if unique else f" (it cannot be: another macro_rules! is named {macro.base_name})"),
                model.items[macro].span,
                liftable=unique,
            )
        )
    for call, sources in written.items():
        found.append(
            Constraint(
                ConstraintKind.MACRO_SCOPE,
                tuple(sorted({call, *sources}, key=ItemId.sort_key)),
                True,
                f"{call.qualified()} writes a macro_rules! that {len(sources)} item(s) call: "
                "they stay with the call (what the macro writes is not known)",
                first_use[call],
            )
        )
    return found


def _cfg_test_constraints(model: CrateModel) -> list[Constraint]:
    found = []
    by_module: dict[tuple[str, ...], list[ItemId]] = {}
    for item_id in model.items:
        by_module.setdefault(item_id.module, []).append(item_id)
    for path, module in model.modules.items():
        if not path or not module.is_test_only:
            continue
        members = sorted(
            (item_id for inner, items in by_module.items() if inner[: len(path)] == path for item_id in items),
            key=ItemId.sort_key,
        )
        # The parent module's own ``mod`` item stands for the parent (the
        # crate root has none: its test modules stay in the root's crate).
        parent = model.modules.get(path[:-1])
        if parent is not None and parent.path and parent.item_id in model.items:
            members.insert(0, parent.item_id)
        found.append(
            Constraint(
                ConstraintKind.CFG_TEST,
                (module.item_id, *members),
                True,
                f"#[cfg(test)] module {'::'.join(path)} stays with its parent module {'::'.join(path[:-1]) or 'crate'}",
                module.declaration,
            )
        )
    return found


def _test_only_item_constraints(model: CrateModel) -> list[Constraint]:
    """A ``#[cfg(test)]`` item exists only when its own crate is tested, never
    when a crate depending on it is: the items naming it stay with it."""
    users: dict[ItemId, set[ItemId]] = {}
    test_only = {item_id for item_id, item in model.items.items() if item.is_test_only}
    for reference in model.references:
        target = reference.target
        if target in test_only and target != reference.source:
            users.setdefault(target, set()).add(reference.source)
    return [
        Constraint(
            ConstraintKind.CFG_TEST,
            (item, *sorted(sources, key=ItemId.sort_key)),
            True,
            f"#[cfg(test)] item {item.qualified()} exists only when its own "
            f"crate is tested: the {len(sources)} item(s) naming it stay with it",
            model.items[item].span,
        )
        for item, sources in sorted(users.items(), key=lambda pair: pair[0].sort_key())
    ]


def _macro_declared_module_constraints(model: CrateModel) -> list[Constraint]:
    """``cfg_if! { .. mod unix; .. }``: the ``mod`` item is part of the call,
    so a crate without the call has no such module."""
    found = []
    for path, module in model.modules.items():
        if module.macro_call is None or module.item_id not in model.items:
            continue
        found.append(
            Constraint(
                ConstraintKind.MACRO_DECLARED_MODULE,
                (module.macro_call, module.item_id),
                True,
                f"module {'::'.join(path)} is declared inside {module.macro_call.base_name} and stays with that call",
                module.declaration,
            )
        )
    return found


def _sealed_constraints(model: CrateModel) -> list[Constraint]:
    """A trait whose supertrait is a public trait in a private module is sealed."""
    found = []
    for reference in model.references:
        source = reference.source
        target = reference.target
        if source.kind is not ItemKind.TRAIT or target is None or target.kind is not ItemKind.TRAIT:
            continue
        if reference.kind is not RefKind.TYPE or not target.module:
            continue
        holder = model.modules.get(target.module)
        if holder is None or holder.visibility == "pub":
            continue
        if model.items[target].visibility != "pub":
            continue
        found.append(
            Constraint(
                ConstraintKind.SEALED_TRAIT,
                (source, target),
                False,
                f"trait {source.qualified()} is sealed by {target.qualified()} (public trait in private module)",
                reference.span,
            )
        )
    return list(dict.fromkeys(found))


_OBSERVED = {
    ObservationKind.MODULE_PATH: "the module path (it starts with the crate name)",
    ObservationKind.FILE: "its file's path (crates/<member>/... in a member)",
    ObservationKind.PACKAGE_VARIABLE: "the package's name or directory",
    ObservationKind.TYPE_NAME: "a type's path (it starts with the defining crate's name)",
}


def observation_constraints(model: CrateModel) -> list[Constraint]:
    """Items whose code observes the crate it is compiled in, each kept in
    the facade (the original name, directory and file paths).

    A ``macro_rules!`` observes where it is expanded: its users observe,
    the macro itself does not. A ``type_name::<Circle>`` observes
    ``Circle`` too; a ``type_name::<T>`` observes types its callers choose.
    """
    by_macro: dict[ItemId, list[Observation]] = {}
    found: list[Constraint] = []
    for observation in model.observations:
        if observation.item.kind is ItemKind.MACRO:
            by_macro.setdefault(observation.item, []).append(observation)
        else:
            found.append(_observation_constraint(observation, observation.item, ""))
    if by_macro:
        users: dict[tuple[ItemId, ItemId], Span] = {}
        for reference in model.references:
            if (
                reference.target in by_macro
                and reference.kind in (RefKind.MACRO, RefKind.TOKEN)
                and reference.source not in by_macro
            ):
                users.setdefault((reference.source, reference.target), reference.span)
        for (user, macro), span in sorted(
            users.items(), key=lambda pair: (pair[0][0].sort_key(), pair[0][1].sort_key())
        ):
            for observation in by_macro[macro]:
                found.append(_observation_constraint(observation, user, f" through {macro.name}!", span))
    return found


def _observation_constraint(
    observation: Observation, observer: ItemId, through: str, span: Span | None = None
) -> Constraint:
    where = f"`{observation.text}` in {observer.qualified()}{through}"
    if observation.open_types:
        return Constraint(
            ConstraintKind.OBSERVES_CALLER_TYPES,
            (observer,),
            False,
            f"{where} observes the path of a type its callers choose; not enforced: that path follows "
            "the type's own crate, and std documents type_name as diagnostic output",
            span or observation.span,
        )
    kept = " and ".join(["it", *(t.qualified() for t in observation.types)]) + (
        " stay" if observation.types else " stays"
    )
    return Constraint(
        ConstraintKind.OBSERVES_PLACE,
        (observer, *observation.types),
        False,
        f"{where} observes {_OBSERVED[observation.kind]}: {kept} in the facade, "
        "which keeps the original name and paths",
        span or observation.span,
    )
