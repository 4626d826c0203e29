"""Whether a member crate needs the original's build script, and what the
script reads and sets.

The member's code is judged by the facts of its copies
(:mod:`copied_facts`), never by its bytes. The build script itself is no
crate code the analysis parses: the file names in its string literals and
its ``cargo:rustc-env=`` lines are read from its text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from crate_split.model.items import FactKind, SourceFact
from crate_split.rewrite.copied_facts import copied_facts
from crate_split.rewrite.layout import CrateLayout
from crate_split.rewrite.text_edit import FileEdit

_STRING_LITERAL = re.compile(rb'"([^"\\\n]+)"')


def build_script_inputs(read: Callable[[str], bytes], package_files: tuple[str, ...]) -> list[str]:
    """Package files the build script names in string literals (it runs in
    the member's directory: `fs::read_to_string("README.md")`). The
    manifest is the member's own and is never replaced."""
    if "build.rs" not in package_files:
        return []
    present = set(package_files)
    named = {
        m.group(1).decode("utf-8", "replace").removeprefix("./") for m in _STRING_LITERAL.finditer(read("build.rs"))
    }
    return sorted(path for path in named if path in present and path not in ("Cargo.toml", "build.rs"))


_RUSTC_ENV = re.compile(rb"cargo::?rustc-env=([A-Za-z_][A-Za-z0-9_]*)")


def build_script_variables(script: bytes) -> frozenset[str]:
    """The variables a build script gives the crate's code
    (``cargo:rustc-env=NAME=...`` or ``cargo::rustc-env=``)."""
    return frozenset(match.group(1).decode("utf-8", "replace") for match in _RUSTC_ENV.finditer(script))


def needs_build_script(
    member: CrateLayout,
    facts_by_file: Mapping[str, Sequence[SourceFact]],
    edits: Mapping[str, FileEdit],
    variables: frozenset[str] = frozenset(),
) -> bool:
    """Whether a member's code may rely on the original's build script.

    It does when its copies read ``OUT_DIR`` or a variable the script sets
    (``variables``) with ``env!``/``option_env!``, or test a ``cfg`` that is
    neither built in nor a feature (``#[cfg(has_std)]``, emitted by the
    script). Running the script in members that need none of this would
    only slow the build. The copies are judged by the analysis's facts of
    the original bytes they keep and by the facts of the text their edits
    write (an overlay's ``#[cfg]``).

    Args:
        member: the member, with its files.
        facts_by_file: the model's source facts, by file, sorted by offset.
        edits: the edit that makes each of the member's files its copy.
        variables: the variables the build script sets.
    """
    for fact in copied_facts(member.files, facts_by_file, edits):
        if fact.kind is FactKind.ENV_READ and (fact.name == "OUT_DIR" or fact.name in variables):
            return True
        # `#[cfg(has_std)] extern crate std;` is copied from the root into
        # every member: it follows the script's cfg but does not need it.
        if fact.kind.is_custom_cfg and not fact.on_extern_crate:
            return True
    return False
