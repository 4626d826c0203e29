"""Whether a member crate needs the original's build script, and what the
script reads and sets.

The member's code is judged by the facts the analysis recorded
(:mod:`crate_split.analysis.source_facts`), never by its bytes. The build
script itself is no crate code the analysis parses: the file names in its
string literals and its ``cargo:rustc-env=`` lines are read from its text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from itertools import chain

from crate_split.analysis.source_facts import source_facts_in_text
from crate_split.model.items import FactKind, SourceFact
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
    for path in member.files:
        edit = edits[path]
        written = (fact for change in edit.edits for fact in source_facts_in_text(change.new_text))
        for fact in chain(kept_facts(facts_by_file.get(path, ()), edit), written):
            if fact.kind is FactKind.ENV_READ and (fact.name == "OUT_DIR" or fact.name in variables):
                return True
            # `#[cfg(has_std)] extern crate std;` is copied from the root into
            # every member: it follows the script's cfg but does not need it.
            if fact.kind is FactKind.CUSTOM_CFG and not fact.on_extern_crate:
                return True
    return False


def kept_facts(facts: Sequence[SourceFact], edit: FileEdit) -> Iterator[SourceFact]:
    """The facts (sorted by offset) whose token the edit leaves in place:
    those ``FileEdit.generated_offset`` maps, in one sweep."""
    changes = iter(edit.edits)
    change = next(changes, None)
    for fact in facts:
        start = fact.span.start
        # Edits are sorted and disjoint, so their ends never decrease.
        while change is not None and change.end <= start:
            change = next(changes, None)
        if change is None or start < change.start:
            yield fact
