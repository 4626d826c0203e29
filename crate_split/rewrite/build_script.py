"""Whether a member crate needs the original's build script, and what the
script reads and sets, judged from the text of the files involved.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crate_split.rewrite.layout import CrateLayout

_CUSTOM_CFG = re.compile(rb"\bcfg(_attr)?\s*\(")

_CFG_NAME = re.compile(rb"[A-Za-z_][A-Za-z0-9_]*")

_CFG_EXTERN_CRATE = re.compile(rb"#\[cfg\([^\]]*\)\]\s*(?:#\[[^\]]*\]\s*)*extern\s+crate\b")

BUILTIN_CFGS = frozenset(
    b"all any not feature test unix windows debug_assertions doc doctest docsrs miri panic proc_macro "
    b"target_os target_family target_arch target_pointer_width target_endian target_env target_vendor "
    b"target_has_atomic target_feature overflow_checks relocation_model sanitize fmt_debug ub_checks "
    b"contract_checks unsafe_code deprecated doc_cfg allow warn deny forbid cfg cfg_attr".split()
)

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

_ENV_READ = re.compile(rb'\b(?:option_)?env!\s*[(\[{]\s*"([^"\\]+)"')


def build_script_variables(script: bytes) -> frozenset[bytes]:
    """The variables a build script gives the crate's code
    (``cargo:rustc-env=NAME=...`` or ``cargo::rustc-env=``)."""
    return frozenset(match.group(1) for match in _RUSTC_ENV.finditer(script))


def needs_build_script(
    member: CrateLayout, read: Callable[[str], bytes], variables: frozenset[bytes] = frozenset()
) -> bool:
    """Whether a member's code may rely on the original's build script.

    It does when its files read ``OUT_DIR`` (``env!``/``include!``) or a
    variable the script sets (``variables``, read with ``env!`` or
    ``option_env!``), or test a ``cfg`` that is neither built in nor a
    feature (``#[cfg(has_std)]``, emitted by the script). Running the
    script in members that need none of this would only slow the build.
    """
    for path in member.files:
        # `#[cfg(has_std)] extern crate std;` is copied from the root into
        # every member: it follows the script's cfg but does not need it.
        source = _CFG_EXTERN_CRATE.sub(b"", read(path))
        if b"OUT_DIR" in source:
            return True
        if variables and any(match.group(1) in variables for match in _ENV_READ.finditer(source)):
            return True
        for match in _CUSTOM_CFG.finditer(source):
            predicate = _predicate(source, match.end(), is_cfg_attr=match.group(1) is not None)
            for name in _CFG_NAME.findall(predicate):
                if name not in BUILTIN_CFGS and not name.startswith(b"target_") and _is_cfg_name(predicate, name):
                    return True
    return False


def _predicate(source: bytes, start: int, *, is_cfg_attr: bool) -> bytes:
    """The predicate of a ``cfg(`` or ``cfg_attr(`` opened just before
    ``start``: up to its closing parenthesis, and for ``cfg_attr`` up to
    the comma before the attributes it applies (never the attributes:
    ``allow(never_loop)`` names a lint, not a cfg)."""
    depth = 0
    inside = False
    for index in range(start, len(source)):
        char = source[index]
        if char == ord('"'):
            inside = not inside
        elif inside:
            continue
        elif char == ord("("):
            depth += 1
        elif char == ord(")"):
            if depth == 0:
                return source[start:index]
            depth -= 1
        elif char == ord(",") and depth == 0 and is_cfg_attr:
            return source[start:index]
    return source[start:]


def _is_cfg_name(predicate: bytes, name: bytes) -> bool:
    """``name`` stands as a cfg name in ``predicate``, not inside a string value."""
    inside = False
    for index, char in enumerate(predicate):
        if char == ord('"'):
            inside = not inside
        elif not inside and predicate.startswith(name, index):
            before = predicate[index - 1 : index]
            after = predicate[index + len(name) : index + len(name) + 1]
            if not (before.isalnum() or before == b"_") and not (after.isalnum() or after == b"_"):
                return True
    return False
