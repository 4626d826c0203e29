"""Allows ``python -m crate_split``; everything lives in :mod:`crate_split.cli`."""

from crate_split.cli import main

raise SystemExit(main())
