"""The catalogue of errors users can meet, each with a fixed exit code.

Invalid input (a path that is not a package, a file that cannot be read)
is kept apart from findings about the crate, which are diagnostics. Only
``cli.py`` catches these and renders them; everything else raises them.
"""

from __future__ import annotations


class CrateSplitError(Exception):
    """Base of every error shown to a user: one line, an exit code, a hint."""

    title = "crate-split failed"
    exit_code = 1

    def __init__(self, detail: str, hint: str | None = None, *, details: tuple[str, ...] = ()) -> None:
        super().__init__(detail)
        self.detail = detail
        self.hint = hint
        #: Lines shown before the one line (a rejected plan's violations).
        self.details = details

    def one_line(self) -> str:
        """Return the single stderr line: ``error: title: detail (hint)``."""
        line = f"error: {self.title}: {self.detail}"
        if self.hint:
            line += f" (hint: {self.hint})"
        return line


class InvalidInput(CrateSplitError):
    """The input is not something crate-split can work on."""

    title = "invalid input"
    exit_code = 2


class ManifestNotFound(InvalidInput):
    title = "not a Cargo package"


class ManifestInvalid(InvalidInput):
    title = "invalid Cargo.toml"


class WorkspaceNeedsPackage(InvalidInput):
    title = "workspace root"


class PackageNotFound(InvalidInput):
    title = "no such package"


class SourceUnreadable(InvalidInput):
    title = "unreadable source"
    exit_code = 3


class BrokenModuleTree(SourceUnreadable):
    """A ``mod x;`` whose file is missing or found twice: rustc refuses the
    crate too (E0583, E0761), so ``apply`` does not split it."""

    title = "broken module tree"
    exit_code = 3


class PathEscapesCrate(InvalidInput):
    title = "path leaves the crate"
    exit_code = 3


class ParseFailed(CrateSplitError):
    """The crate's source could not be parsed well enough to analyse it."""

    title = "cannot parse"
    exit_code = 4


class ItemNotFound(InvalidInput):
    title = "unknown item or module"


class OutputExists(InvalidInput):
    """The output directory already holds files and ``--force`` was not given."""

    title = "output directory exists"
    exit_code = 2

    def __init__(self, detail: str, hint: str | None = "pass --force to replace it") -> None:
        super().__init__(detail, hint)


class GeneratedPathTaken(InvalidInput):
    """The package already has a file where the split generates one (a
    package split before: ``SPLIT.md``, ``crates/<member>/``)."""

    title = "the package already has the split's files"
    exit_code = 2

    def __init__(
        self,
        detail: str,
        hint: str | None = (
            "is it split already? move it away, "
            "or name the crates differently in a plan file (crate-split plan -o FILE)"
        ),
    ) -> None:
        super().__init__(detail, hint)


class DirtyWorkTree(InvalidInput):
    """In-place mode needs a clean git work tree, so the change is one reviewable commit."""

    title = "uncommitted changes"
    exit_code = 2

    def __init__(self, detail: str, hint: str | None = "commit or stash your changes first") -> None:
        super().__init__(detail, hint)


class WriteFailed(CrateSplitError):
    """Writing the result failed; everything already written was rolled back."""

    title = "cannot write the result"
    exit_code = 7


class VerificationFailed(CrateSplitError):
    """The split workspace does not check, or its tests or API differ."""

    title = "split not verified"
    exit_code = 8


class CrateSplitBug(CrateSplitError):
    """crate-split generated something broken (caught before cargo runs): a bug to report."""

    title = "crate-split bug"
    exit_code = 9

    def __init__(self, detail: str, hint: str | None = "please report it with the crate that shows it") -> None:
        super().__init__(detail, hint)


class PlanRejected(CrateSplitError):
    """A plan file breaks rules of the crate: a finding, not bad input."""

    title = "plan rejected"
    exit_code = 5


class IncludeOfGeneratedFile(PlanRejected):
    """Code the plan puts in a member reads a file the split generates there
    (``include_str!("../Cargo.toml")``): it would read the member's file."""

    title = "plan rejected"


class InvalidPlanFile(InvalidInput):
    title = "invalid plan file"


class CargoFailed(CrateSplitError):
    """Cargo could not be run at all, or did not finish in time."""

    title = "running cargo failed"
    exit_code = 6


class MeasureFailed(CrateSplitError):
    title = "measuring the build failed"
    exit_code = 6


class PublicApiFailed(CrateSplitError):
    """The public API of a library could not be read."""

    title = "reading the public API failed"
    exit_code = 6


class BenchFailed(CrateSplitError):
    """A build the bench needs failed, so nothing can be compared."""

    title = "bench failed"
    exit_code = 6
