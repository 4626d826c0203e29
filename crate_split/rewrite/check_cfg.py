"""The ``cfg`` conditions a member's code tests that its manifest does not
declare, so that its manifest can expect them (``check-cfg``).

rustc warns (``unexpected_cfgs``) at every ``cfg`` testing a feature the
package does not define or a name cargo does not know, such as one a build
script sets (``cargo:rustc-cfg=has_std``). The original warns once per
place; a split copies some places into several members (a root's ``use``
items, macros every member needs), and each copy would warn again. A
member therefore expects what its code tests and its manifest does not
declare: its features are the original's, and what the original never
defines stays off in the member as well, since only the facade's features
reach it. The facade keeps the original's manifest and its warnings.

Judged from the source facts of the member's copies (:mod:`copied_facts`):
the analysis found the tested names and feature values in the syntax tree,
so a ``cfg`` in a comment or a string is none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from crate_split.model.items import FactKind, SourceFact


@dataclass(frozen=True, slots=True)
class CfgTests:
    """What some code tests in its ``cfg`` predicates."""

    #: Condition names given no value (``has_std``), sorted.
    names: tuple[str, ...] = ()
    #: Names tested with a value, other than ``feature``, sorted.
    keyed: tuple[str, ...] = ()
    #: Values tested as ``feature = ".."``, sorted.
    features: tuple[str, ...] = ()

    def unexpected(self, declared_features: Iterable[str]) -> tuple[str, ...]:
        """``check-cfg`` entries for what a manifest declaring
        ``declared_features`` (and cargo itself) does not expect."""
        entries = [f"cfg({name})" for name in self.names]
        entries += [f"cfg({name}, values(any()))" for name in self.keyed]
        extra = sorted(set(self.features) - set(declared_features))
        if extra:
            entries.append("cfg(feature, values({}))".format(", ".join(f'"{value}"' for value in extra)))
        return tuple(entries)


def cfgs_tested_in(facts: Iterable[SourceFact]) -> CfgTests:
    """The custom names and feature values some code's ``cfg`` predicates
    test (``#[cfg(..)]``, ``#[cfg_attr(.., ..)]``, ``cfg!(..)``), from its
    source ``facts``; names rustc or cargo know are none of them."""
    tested: dict[FactKind, set[str]] = {
        FactKind.CUSTOM_CFG: set(),
        FactKind.CUSTOM_CFG_KEY: set(),
        FactKind.FEATURE_CFG: set(),
    }
    for fact in facts:
        if fact.kind in tested:
            tested[fact.kind].add(fact.name)
    return CfgTests(
        tuple(sorted(tested[FactKind.CUSTOM_CFG])),
        tuple(sorted(tested[FactKind.CUSTOM_CFG_KEY])),
        tuple(sorted(tested[FactKind.FEATURE_CFG])),
    )
