"""Verify stage: runs cargo on crates (opt-in, since it runs the crate's
build scripts and proc macros) to measure or check them.
"""
