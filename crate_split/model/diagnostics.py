"""Diagnostics: broken or unknown Rust reported as data, never as exceptions.

Analysis returns its model together with a tuple of these; the pipeline and
the CLI decide from the severity whether to go on.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from crate_split.model.spans import Span


class Severity(enum.Enum):
    """How much a diagnostic matters to the result."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, slots=True, order=True)
class Diagnostic:
    """One finding about the input, with the place it was found."""

    #: Short stable identifier, e.g. ``syntax``, ``unresolved``, ``module-missing``.
    code: str
    severity: Severity
    message: str
    span: Span | None = None

    def render(self) -> str:
        """Return a one-line human form: ``warning[syntax] src/a.rs:3: message``."""
        where = f" {self.span.location()}:" if self.span else ""
        return f"{self.severity.value}[{self.code}]{where} {self.message}"
