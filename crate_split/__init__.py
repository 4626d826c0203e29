"""crate-split: split a monolithic Rust crate into a Cargo workspace.

The package is a pipeline of stages, each in its own subpackage:
``analysis`` (crate model and item graph), ``splitter`` (constraints, atoms,
plans), ``rewrite`` (source changes) and ``report`` (what users read). The
CLI in ``cli`` only wires the stages together and renders their results.
"""

__version__ = "0.1.0"
