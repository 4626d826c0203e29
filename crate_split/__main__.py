"""Allows ``python -m crate_split``; everything lives in :mod:`crate_split.cli`,
loaded through :mod:`crate_split.launch` so Ctrl-C at start-up is one line."""

from crate_split.launch import main

raise SystemExit(main())
