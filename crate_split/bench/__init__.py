"""Measuring builds: the original crate against its split workspace.

``crate-split bench`` (and ``apply --bench``) time clean and incremental
builds of both trees on copies (:mod:`.run`), with cargo's ``--timings``
(:mod:`.cargo_runs`), on a tree read once (:mod:`.tree`); the cost model's
predictions are checked against the measurements (:mod:`.timings`,
:mod:`.model_check`), and runs are summarised by their median
(:mod:`.stats`). ``--measure`` calibrates the planner's cost model from one
build of the crate (:mod:`.measure`).

It is apart from :mod:`crate_split.verify`, which proves a split correct:
this package only measures what a split buys, and nothing here decides
whether a split is accepted.
"""
