"""Critical paths after merging two groups, from the chains of one round.

The merge search needs the critical path of every candidate merge of a
round (:meth:`Scorer.critical_path_of` of the merged grouping). A merge of
two member groups changes only the ``.rmeta`` of the merged group and of
the groups that reach either part: every other group keeps its
dependencies and what it loads. :class:`MergePaths` computes each group's
``.rmeta`` once per round and, per candidate, only those the merge
changes, in time proportional to the groups above the pair.

Invariant: :meth:`MergePaths.of_merge` is the float
:meth:`Scorer.critical_path_of` gives for the merged grouping: the same
maxima of the same sums (a maximum does not depend on the order of its
terms, nor on dependencies that a longer path implies, whose ``.rmeta``
comes no later than the longer path's).
"""

from __future__ import annotations

from crate_split.splitter.group_index import GroupIndex, bit_positions, dependents_first, reach_bits
from crate_split.splitter.grouping import Scorer, root_unit


class MergePaths:
    """The ``.rmeta`` of each member of one grouping, to get the critical
    path of each merge of two of its members."""

    def __init__(self, scorer: Scorer, index: GroupIndex) -> None:
        self.index = index
        self.frontend = scorer.cost.frontend
        self.script = scorer.cost.build_script
        self.member, count = scorer.member_flags(index)
        root = root_unit(scorer.split)
        #: Groups whose merge changes the members: not one, or the crate root's.
        self.special = {
            group
            for group, units in enumerate(index.groups)
            if not self.member[group] or (root is not None and root in units)
        }
        self.scripted = [scorer.scripted(index, group) for group in range(len(index.groups))]
        #: The facade's front end after a merge of two members.
        self.facade = self.frontend(scorer.facade_tokens_of(index, self.member), count - 1)
        self.reach = reach_bits(index.successors)
        #: Groups in an order with dependencies first, and each group's place in it.
        self.order = list(reversed(dependents_first(index.successors)))
        self.position = [0] * len(index.groups)
        for position, group in enumerate(self.order):
            self.position[group] = position
        #: The members reaching each group, as bit sets of their places in
        #: ``order``: read lowest first, dependencies come first.
        self.reached_by = [0] * len(index.groups)
        for group, bits in enumerate(self.reach):
            if self.member[group]:
                for dependency in bit_positions(bits):
                    self.reached_by[dependency] |= 1 << self.position[group]
        #: Each member's member dependencies.
        self.dependencies = [
            tuple(d for d in index.successors[group] if self.member[d]) for group in range(len(index.groups))
        ]
        self.rmeta = [0.0] * len(index.groups)
        for group in self.order:
            if self.member[group]:
                self.rmeta[group] = self._rmeta(group, self.rmeta, 0, 0.0, self.reach[group].bit_count())
        #: Members, the latest ``.rmeta`` first.
        self.latest = sorted((group for group in range(len(index.groups)) if self.member[group]), key=self._later)

    def _later(self, group: int) -> float:
        return -self.rmeta[group]

    def _rmeta(self, group: int, rmeta: list[float], pair: int, merged: float, loaded: int) -> float:
        """When ``group``'s ``.rmeta`` is written, its dependencies' taken
        from ``rmeta``, those in the bit set ``pair`` (the merged group) at
        ``merged``."""
        starts = [merged if pair >> d & 1 else rmeta[d] for d in self.dependencies[group]]
        if self.scripted[group]:
            starts.append(self.script)
        return max(starts, default=0.0) + self.frontend(self.index.tokens[group], loaded)

    def of_merge(self, first: int, second: int) -> float | None:
        """The critical path after merging ``first`` and ``second`` (no path
        of two or more hops between them); ``None`` when either is special."""
        if first in self.special or second in self.special:
            return None
        reach, dependencies, position = self.reach, self.dependencies, self.position
        pair = 1 << first | 1 << second
        starts = [self.rmeta[d] for part in (first, second) for d in dependencies[part] if not pair >> d & 1]
        if self.scripted[first] or self.scripted[second]:
            starts.append(self.script)
        tokens = self.index.tokens[first] + self.index.tokens[second]
        merged = max(starts, default=0.0) + self.frontend(tokens, ((reach[first] | reach[second]) & ~pair).bit_count())
        latest = merged
        # The members above the pair, dependencies first: each now reaches
        # the merged group and all it reaches, the pair counted once.
        above = (self.reached_by[first] | self.reached_by[second]) & ~(1 << position[first] | 1 << position[second])
        both = reach[first] | reach[second] | pair
        rmeta = list(self.rmeta)
        compute, order = self._rmeta, self.order
        for place in bit_positions(above):
            group = order[place]
            rmeta[group] = compute(group, rmeta, pair, merged, (reach[group] | both).bit_count() - 1)
            if rmeta[group] > latest:
                latest = rmeta[group]
        for group in self.latest:
            if not (pair >> group & 1 or above >> position[group] & 1):
                latest = max(latest, self.rmeta[group])
                break
        # The facade starts at the last member's ``.rmeta``.
        return latest + self.facade
