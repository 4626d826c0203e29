"""Rewrite stage: turning a split plan into a ``SourceChange`` (file edits,
moved and created files, manifests). Nothing here is implemented yet: the
plan and apply steps come with the ``plan`` and ``apply`` commands.
"""
