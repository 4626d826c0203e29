"""What each command does, between parsing its arguments and rendering its
result: the use cases of ``crate-split``.

``cli.py`` parses arguments into the request values defined here, calls one
function per command and renders what it returns. The use cases wire the
stages (analysis, planning, rewrite, verification), check the input and
turn the findings that make a command impossible into ``CrateSplitError``s.

Invariant: nothing here prints or builds a console; messages a command
gives while it works go through the ``say`` callback the caller passes, and
progress bars through ``run_step``.
"""
