"""The console entry points, light enough to catch Ctrl-C while the rest loads.

Importing :mod:`crate_split.cli` loads rich, networkx and tree-sitter, which
takes a noticeable moment; an interrupt then used to print a traceback.
Until the CLI is loaded, SIGINT ends the process at once with the CLI's
one line and exit code 130: nothing has been read or written yet. From then
on the CLI's own handling applies (a ``KeyboardInterrupt``, rolled back
writes, one line); an interrupt that slips past it (while arguments are
parsed) gets the same line here.

It imports nothing heavy; that is its reason to exist.
"""

from __future__ import annotations

import os
import signal
import sys

#: Exit code of a process ended by SIGINT, as shells report it.
INTERRUPTED = 130


def _exit_interrupted(_signum: int, _frame: object) -> None:
    os.write(2, b"error: interrupted\n")
    os._exit(INTERRUPTED)


def _run(entry: str) -> int:
    signal.signal(signal.SIGINT, _exit_interrupted)
    from crate_split import cli

    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        return getattr(cli, entry)()
    except KeyboardInterrupt:
        sys.stderr.write("error: interrupted\n")
        return INTERRUPTED


def main() -> int:
    """Entry point of ``crate-split``."""
    return _run("main")


def cargo_main() -> int:
    """Entry point of ``cargo crate-split``."""
    return _run("cargo_main")
