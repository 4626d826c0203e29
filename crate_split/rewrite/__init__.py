"""Rewrite stage: a split plan turned into a ``SourceChange`` (edited
copies of the original files, generated manifests) by
:func:`crate_split.rewrite.workspace.rewrite_workspace`, and its only
writer, :mod:`crate_split.rewrite.workspace_writer`.
"""
