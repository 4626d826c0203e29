"""Rustc's diagnostics as cargo's ``--message-format=json`` reports them.

The repair loop of the verify stage needs each error's code, level,
package and spans to map it back to the items of the original crate. This
module turns cargo's ``compiler-message`` records into frozen values and
does nothing else: it neither runs cargo nor interprets the messages.

Invariant: span files are relative to the workspace root (forward slashes)
whenever the file lies inside it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class DiagnosticSpan:
    """One source range that rustc points at."""

    #: File relative to the workspace root (forward slashes) when inside it, else as rustc gave it.
    file: str
    #: Byte offset into the file, 0-based, inclusive.
    byte_start: int
    #: Byte offset into the file, 0-based, end-exclusive.
    byte_end: int
    #: Line of ``byte_start``, 1-based.
    line_start: int
    #: Column of ``byte_start`` in characters, 1-based.
    column_start: int
    is_primary: bool
    label: str | None
    #: The text rustc suggests in place of the span (a child's fix), if any.
    suggested_replacement: str | None = None


@dataclass(frozen=True, slots=True)
class RustcDiagnostic:
    """One message of rustc, as cargo's ``compiler-message`` reports it."""

    #: ``error``, ``warning``, ``note``, ``help`` or ``error: internal compiler error``.
    level: str
    #: Error code such as ``E0425`` or a lint name such as ``dead_code``; None when rustc gives none.
    code: str | None
    message: str
    #: Name of the package whose target was being compiled.
    package: str
    spans: tuple[DiagnosticSpan, ...]
    #: The message as rustc would print it (no colours).
    rendered: str
    #: Notes and help attached to the message (``consider importing ...``), in rustc's order.
    children: tuple[RustcDiagnostic, ...] = ()

    @property
    def is_error(self) -> bool:
        return self.level.startswith("error")

    @property
    def primary_span(self) -> DiagnosticSpan | None:
        """Return the first primary span, or None for a message with no place."""
        return next((span for span in self.spans if span.is_primary), None)


# Summary messages rustc adds after the real ones; they name no item.
_SUMMARY_MESSAGE = re.compile(r"^(aborting due to|\d+ warnings? emitted|For more information about)")


def parse_compiler_messages(json_lines: str, workspace_dir: Path) -> tuple[RustcDiagnostic, ...]:
    """Turn cargo's ``--message-format=json`` output into diagnostics.

    Args:
        json_lines: Cargo's standard output, one JSON object a line; other lines are ignored.
        workspace_dir: Root that span files are made relative to.

    Returns:
        The distinct ``compiler-message`` diagnostics in order, without
        rustc's closing summaries (``aborting due to ...``).
    """
    return tuple(dict.fromkeys(diagnostic for _, diagnostic in _messages(json_lines, workspace_dir)))


def one_build_only(json_lines: str, workspace_dir: Path) -> frozenset[RustcDiagnostic]:
    """The diagnostics of a library that one of its builds reported and
    another did not (``--all-targets`` builds it plainly and as tests):
    an import only ``#[cfg(test)]`` code uses is unused in the plain build
    alone. Only builds that finished count."""
    builds: dict[str, int] = {}
    for record in _records(json_lines):
        if record.get("reason") == "compiler-artifact" and _is_library(record):
            builds[record.get("package_id", "")] = builds.get(record.get("package_id", ""), 0) + 1
    # Notes differ between builds (the first warning of a lint says it is
    # on by default): a message is its package, code, text and spans.
    reported: dict[tuple, int] = {}
    variants: dict[tuple, set[RustcDiagnostic]] = {}
    for record, diagnostic in _messages(json_lines, workspace_dir):
        if _is_library(record):
            key = (record.get("package_id", ""), diagnostic.code, diagnostic.message, diagnostic.spans)
            reported[key] = reported.get(key, 0) + 1
            variants.setdefault(key, set()).add(diagnostic)
    return frozenset(d for key, count in reported.items() if count < builds.get(key[0], 0) for d in variants[key])


_LIBRARY_KINDS = frozenset({"lib", "rlib", "dylib", "cdylib", "staticlib", "proc-macro"})


def _is_library(record: dict) -> bool:
    return bool(_LIBRARY_KINDS.intersection(record.get("target", {}).get("kind", ())))


def _records(json_lines: str) -> Iterator[dict]:
    for line in json_lines.splitlines():
        if not line.startswith("{"):
            continue
        try:
            yield json.loads(line)
        except json.JSONDecodeError:
            continue


def _messages(json_lines: str, workspace_dir: Path) -> Iterator[tuple[dict, RustcDiagnostic]]:
    """Every ``compiler-message`` record with its diagnostic, repeats included."""
    root = workspace_dir.resolve()
    for record in _records(json_lines):
        if record.get("reason") != "compiler-message":
            continue
        message = record["message"]
        if not message.get("spans") and _SUMMARY_MESSAGE.match(message.get("message", "")):
            continue
        if message.get("level") == "failure-note":
            continue
        yield record, _diagnostic_from_json(message, _package_name(record.get("package_id", "")), root)


def _diagnostic_from_json(message: dict, package: str, root: Path) -> RustcDiagnostic:
    code = message.get("code")
    return RustcDiagnostic(
        level=message.get("level", ""),
        code=code.get("code") if code else None,
        message=message.get("message", ""),
        package=package,
        spans=tuple(_span_from_json(span, root) for span in message.get("spans", ())),
        rendered=message.get("rendered") or "",
        children=tuple(_diagnostic_from_json(child, package, root) for child in message.get("children", ())),
    )


def _span_from_json(span: dict, root: Path) -> DiagnosticSpan:
    return DiagnosticSpan(
        file=_relative_file(span["file_name"], root),
        byte_start=span["byte_start"],
        byte_end=span["byte_end"],
        line_start=span["line_start"],
        column_start=span["column_start"],
        is_primary=span["is_primary"],
        label=span.get("label"),
        suggested_replacement=span.get("suggested_replacement"),
    )


def _relative_file(file_name: str, root: Path) -> str:
    """Express a span's file relative to the workspace root when it lies inside it."""
    path = Path(file_name)
    # Rustc names files relative to the directory cargo ran it in, which for
    # workspace members is the workspace root.
    absolute = path if path.is_absolute() else root / path
    try:
        return absolute.resolve().relative_to(root).as_posix()
    except ValueError:
        return file_name


def _package_name(package_id: str) -> str:
    """Read the package name out of a cargo package id, old or new style.

    New style is a package id spec such as ``path+file:///w/m#0.1.0`` or
    ``path+file:///w/dir#name@0.1.0``; old style is ``name 0.1.0 (source)``.
    """
    if " " in package_id:
        return package_id.split(" ", 1)[0]
    location, _, fragment = package_id.partition("#")
    if "@" in fragment:
        return fragment.split("@", 1)[0]
    return location.rstrip("/").rsplit("/", 1)[-1]
