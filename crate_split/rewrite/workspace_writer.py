"""The only module of crate_split that writes files: it turns a ``SourceChange``
into a preview, a new workspace directory, or one git commit in place.

Every other module of the rewrite stage returns values. Here every entry point
first renders all output files into memory (reading the input, never
changing it), and only then touches the disk, so a missing input file fails
before anything is written. Writing is all or nothing: a new workspace is
built in a hidden staging directory next to the output and renamed into
place; in place, a failure resets the git branch and removes what was made.

Invariant: ``write_workspace`` never writes inside the input package, never
replaces a directory that holds it, and never writes inside a ``.git``.
Invariant: after any failure, the disk looks as it did before the call.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import posixpath
import secrets
import shutil
import signal
import stat
import subprocess
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from crate_split.errors import DirtyWorkTree, InvalidInput, OutputExists, SourceUnreadable, WriteFailed
from crate_split.rewrite.source_change import (
    CopiedFile,
    GeneratedFile,
    OutputFile,
    SourceChange,
    origin_of,
)

#: An output file ready to write: path relative to the output root, bytes, and
#: permission bits copied from its origin (None for generated files).
_Rendered = tuple[str, bytes, int | None]

_LOCK_FILE = "Cargo.lock"
_FALLBACK_IDENTITY = ("-c", "user.name=crate-split", "-c", "user.email=crate-split@localhost")


def _origin_reader(input_root: Path) -> Callable[[str], bytes]:
    cache: dict[str, bytes] = {}

    def read_origin(origin: str) -> bytes:
        if origin not in cache:
            try:
                cache[origin] = (input_root / origin).read_bytes()
            except OSError as error:
                raise SourceUnreadable(f"{origin}: {error.strerror or error}") from error
        return cache[origin]

    return read_origin


def _render_all(change: SourceChange, input_root: Path) -> list[_Rendered]:
    read_origin = _origin_reader(input_root)
    rendered = []
    for output in change.files:
        data = output.render(read_origin)
        origin = origin_of(output)
        mode = None if origin is None else stat.S_IMODE((input_root / origin).stat().st_mode)
        rendered.append((output.path, data, mode))
    return rendered


def _split_lines(text: str) -> list[str]:
    """Split on ``\\n`` only: ``str.splitlines`` would also split at form feeds and U+2028."""
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    return lines + [parts[-1]] if parts[-1] else lines


def _diff_file(output: OutputFile, old: bytes | None, new: bytes, origin_dir: str) -> str:
    origin = origin_of(output)
    origin = None if origin is None else posixpath.join(origin_dir, origin)
    old_name = "/dev/null" if origin is None else f"a/{origin}"
    new_name = f"b/{output.path}"
    if origin == output.path and old == new:
        return ""
    if b"\0" in (old or b"") or b"\0" in new:
        return f"Binary files {old_name} and {new_name} differ\n"
    old_lines = _split_lines((old or b"").decode("utf-8", errors="replace"))
    new_lines = _split_lines(new.decode("utf-8", errors="replace"))
    diff_lines = list(difflib.unified_diff(old_lines, new_lines, old_name, new_name))
    if not diff_lines:
        # A pure rename or an empty new file: show that the file is there.
        return f"--- {old_name}\n+++ {new_name}\n"
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in diff_lines)


def preview(change: SourceChange, input_root: Path, origin_dir: str = "") -> str:
    """Return unified diffs of every output file against its origin, by output path.

    New files are diffed against ``/dev/null``; unchanged copies at their
    own path produce nothing, so an empty string means no change.

    Args:
        change: the output files.
        input_root: the input package root that origins are relative to.
        origin_dir: the package's directory relative to the output root,
            when they differ (in place inside a workspace).

    Raises:
        SourceUnreadable: an origin file cannot be read.
    """
    read_origin = _origin_reader(input_root)
    diffs = []
    for output in change.files:
        origin = origin_of(output)
        old = None if origin is None else read_origin(origin)
        diffs.append(_diff_file(output, old, output.render(read_origin), origin_dir))
    return "".join(diffs)


def check_output_dir(input_root: Path, output_dir: Path, *, force: bool) -> None:
    """Refuse an output directory that writing could not use or must not touch.

    Args:
        input_root: the input package.
        output_dir: where the workspace would go.
        force: whether a non-empty ``output_dir`` may be replaced.

    Raises:
        InvalidInput: ``output_dir`` is the package, lies inside it, holds
            it, lies inside a ``.git`` directory, is not a directory (or an
            ancestor is not), or would be replaced (``force``) although it
            holds a git repository.
        OutputExists: ``output_dir`` is not empty and ``force`` is False.
    """
    package = input_root.resolve()
    output = output_dir.resolve()
    hint = "choose a directory outside the package"
    if output == package or package.is_relative_to(output):
        raise InvalidInput(f"output directory {output_dir} would replace the input package {input_root}", hint)
    if output.is_relative_to(package):
        raise InvalidInput(f"output directory {output_dir} is inside the input package {input_root}", hint)
    if ".git" in output.parts:
        raise InvalidInput(f"output directory {output_dir} is inside a .git directory", hint)
    existing = next((a for a in (output, *output.parents) if a.exists() or a.is_symlink()), None)
    if existing is not None and not existing.is_dir():
        raise InvalidInput(f"{existing} is not a directory", "--out names a directory to create or to fill")
    if existing != output or not any(output.iterdir()):
        return
    if not force:
        raise OutputExists(f"{output_dir} exists and is not empty")
    if (output / ".git").exists():
        raise InvalidInput(
            f"{output_dir} holds a git repository; --force will not replace it",
            "remove it yourself or choose another directory",
        )


def _make_hidden_dir(output: Path, kind: str) -> Path:
    while True:
        candidate = output.parent / f".{output.name}.crate-split-{kind}-{secrets.token_hex(4)}"
        try:
            candidate.mkdir()
            return candidate
        except FileExistsError:
            continue


def _first_missing_ancestor(directory: Path) -> Path | None:
    missing = None
    while not directory.exists():
        missing, directory = directory, directory.parent
    return missing


def _write_file(path: Path, data: bytes, mode: int | None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    if mode is not None:
        os.chmod(path, mode)


def _swap_into_place(staging: Path, output: Path) -> Path | None:
    """Rename ``staging`` to ``output``; return where a non-empty old output was moved."""
    if not output.exists() or not any(output.iterdir()):
        # rename(2) replaces an empty directory atomically.
        os.rename(staging, output)
        return None
    aside = _make_hidden_dir(output, "old")
    os.rename(output, aside)
    try:
        os.rename(staging, output)
    except BaseException:
        os.rename(aside, output)
        raise
    return aside


def write_workspace(change: SourceChange, input_root: Path, output_dir: Path, *, force: bool = False) -> None:
    """Write every output file into ``output_dir``, all at once or not at all.

    Files are written into a hidden staging directory next to ``output_dir``
    and renamed into place. With ``force`` an existing directory is moved
    aside first and removed only after the rename succeeded.

    Args:
        change: the output files; their paths are relative to ``output_dir``.
        input_root: the input package root that origins are relative to.
        output_dir: the new workspace's root directory.
        force: replace a non-empty ``output_dir``.

    Raises:
        InvalidInput, OutputExists: see :func:`check_output_dir`.
        SourceUnreadable: an input file cannot be read (nothing is written).
        WriteFailed: writing failed; the staging directory was removed and an
            old ``output_dir`` is untouched.
        KeyboardInterrupt: an interrupt came after the new workspace was
            complete (it waited until then); its message says so.
    """
    input_root = input_root.resolve()
    output = output_dir.resolve()
    check_output_dir(input_root, output_dir, force=force)
    rendered = _render_all(change, input_root)
    created_ancestor = _first_missing_ancestor(output.parent)
    staging = None
    aside = None
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        staging = _make_hidden_dir(output, "staging")
        for path, data, mode in rendered:
            _write_file(staging / path, data, mode)
        # From the swap on, an interrupt waits: the new workspace goes in
        # and the old one out, or neither.
        with _interrupts_deferred() as interrupted:
            aside = _swap_into_place(staging, output)
            removal_error = _remove_old_output(aside)
    except BaseException as error:
        with _interrupts_deferred():
            if staging is not None:
                shutil.rmtree(staging, ignore_errors=True)
            if created_ancestor is not None:
                shutil.rmtree(created_ancestor, ignore_errors=True)
        if isinstance(error, OSError):
            raise WriteFailed(f"{output_dir}: {error}") from error
        raise
    if removal_error is not None:
        raise WriteFailed(f"{output_dir} was written, but its old copy {aside} could not be removed: {removal_error}")
    if interrupted:
        raise KeyboardInterrupt(f"{output_dir} was written completely before stopping")


def _remove_old_output(aside: Path | None) -> OSError | None:
    if aside is None:
        return None
    try:
        shutil.rmtree(aside)
    except OSError as error:
        return error
    return None


@contextlib.contextmanager
def _interrupts_deferred() -> Iterator[list[int]]:
    """Hold SIGINT until the block ends; yield the signals that came.

    Only the main thread can set signal handlers; elsewhere it holds nothing.
    """
    received: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield received
        return
    previous = signal.signal(signal.SIGINT, lambda signum, _frame: received.append(signum))
    try:
        yield received
    finally:
        signal.signal(signal.SIGINT, previous)


def check_output_file(path: Path, *, force: bool, package_dir: Path) -> None:
    """Refuse a file path :func:`write_output_file` could not or must not write.

    Raises:
        InvalidInput: its directory does not exist (or is not a directory),
            it is a directory, it exists and ``force`` is False, or it is a
            manifest or Rust file of the input package (``--force`` or not).
    """
    is_source = path.name == "Cargo.toml" or path.suffix == ".rs"
    if is_source and path.exists() and path.resolve().is_relative_to(package_dir.resolve()):
        raise InvalidInput(
            f"{path} is a source file of the input package {package_dir}", "write the plan somewhere else"
        )
    if not path.parent.is_dir():
        raise InvalidInput(f"{path}: no directory {path.parent}", "create the directory first")
    if path.is_dir():
        raise InvalidInput(f"{path} is a directory", "name a file")
    if (path.exists() or path.is_symlink()) and not force:
        raise InvalidInput(f"{path} exists", "choose another file or pass --force")
    if path.exists() and not path.is_file():
        raise InvalidInput(f"{path} is not a regular file", "name a file")


def write_output_file(path: Path, data: bytes) -> None:
    """Write one file whole or not at all: into a hidden file beside it, then renamed.

    Raises:
        WriteFailed: writing failed; ``path`` is as it was.
    """
    temporary = path.parent / f".{path.name}.crate-split-{secrets.token_hex(4)}"
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise WriteFailed(f"{path}: {error.strerror or error}") from error
        raise


def write_over(change: SourceChange, input_root: Path, directory: Path, *, origin_dir: str) -> None:
    """Apply ``change`` to a copy of the directory it is relative to, as
    ``apply_in_place`` applies it to the repository: origins no output
    keeps at their own path are removed, every output is written (a
    symlink at its path replaced, never written through). Not atomic: for
    scratch builds of a package split inside its workspace.

    Args:
        change: the output files; their paths are relative to ``directory``.
        input_root: the input package root that origins are relative to.
        directory: the scratch copy.
        origin_dir: the package's directory relative to ``directory``.

    Raises:
        SourceUnreadable: an input file cannot be read (nothing is written).
    """
    rendered = _render_all(change, input_root)
    for path in sorted(_dropped_origins(change, origin_dir)):
        (directory / path).unlink(missing_ok=True)
    for path, data, mode in rendered:
        target = directory / path
        if target.is_symlink():
            target.unlink()
        _write_file(target, data, mode)


def rewrite_files(change: SourceChange, input_root: Path, directory: Path, paths: frozenset[str]) -> None:
    """Write the outputs of ``change`` at ``paths`` over a scratch copy of
    the workspace ``change`` was written to (a later pass edited them).
    Not atomic, like ``write_over``."""
    rendered = _render_all(SourceChange(tuple(output for output in change.files if output.path in paths)), input_root)
    for path, data, mode in rendered:
        _write_file(directory / path, data, mode)


def _dropped_origins(change: SourceChange, prefix: str) -> set[str]:
    """Origins (relative to the output root; ``prefix`` is the package's
    directory there) that no output keeps at their own path: the files a
    change moves or removes. Every other file stays as it is."""
    return {posixpath.join(prefix, origin) if prefix else origin for origin in change.origins()} - set(change.paths())


def _git(
    cwd: Path,
    *args: str,
    check: bool = True,
    config: tuple[str, ...] = (),
    stdin: str | None = None,
    literal: bool = True,
) -> subprocess.CompletedProcess[str]:
    # Paths are names, never patterns (check-ignore takes no pathspec magic).
    result = subprocess.run(
        ["git", *(["--literal-pathspecs"] if literal else []), *config, *args],
        cwd=cwd,
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        encoding="utf-8",
        errors="surrogateescape",
    )
    if check and result.returncode != 0:
        raise WriteFailed(f"git {args[0]} failed: {result.stderr.strip()}")
    return result


def _check_in_place_preconditions(package_root: Path, branch: str) -> tuple[str, str | None]:
    """Return the commit id of HEAD and the current branch (None when detached)."""
    if _git(package_root, "rev-parse", "--is-inside-work-tree", check=False).stdout.strip() != "true":
        raise InvalidInput(f"{package_root} is not inside a git work tree", "use --out DIR instead")
    status = _git(package_root, "status", "--porcelain", "--untracked-files=all").stdout.splitlines()
    if status:
        examples = ", ".join(line[3:] for line in status[:3])
        raise DirtyWorkTree(f"{len(status)} uncommitted or untracked files, e.g. {examples}")
    head = _git(package_root, "rev-parse", "--verify", "--quiet", "HEAD^{commit}", check=False)
    if head.returncode != 0:
        raise InvalidInput(f"the repository of {package_root} has no commit yet")
    # git expands some names (`@{-1}` is the branch checked out before): the
    # name must be a branch name as it is, or the commit lands elsewhere.
    formatted = _git(package_root, "check-ref-format", "--branch", branch, check=False)
    if formatted.returncode != 0 or formatted.stdout.strip() != branch:
        raise InvalidInput(
            f"{branch!r} is not a valid branch name", "git check-ref-format --branch must accept it unchanged"
        )
    if _git(package_root, "rev-parse", "--verify", "--quiet", f"refs/heads/{branch}", check=False).returncode == 0:
        raise InvalidInput(f"branch {branch} already exists", "choose another branch name or delete it")
    current = _git(package_root, "symbolic-ref", "--quiet", "--short", "HEAD", check=False)
    return head.stdout.strip(), current.stdout.strip() if current.returncode == 0 else None


def check_in_place(package_root: Path, branch: str) -> None:
    """Raise what ``apply_in_place`` would raise about the repository and the
    branch name, so that a caller can refuse before any long work.

    Raises:
        InvalidInput: not a git work tree, no commit yet, or a bad or
            existing branch name.
        DirtyWorkTree: ``git status --porcelain`` is not empty.
    """
    _check_in_place_preconditions(package_root.resolve(), branch)


@dataclass(frozen=True, slots=True)
class _InPlaceSteps:
    """What one in-place change does, in paths relative to the output root."""

    #: ``git mv`` of a tracked origin no output keeps, to its first output.
    moves: tuple[tuple[str, str], ...]
    #: Tracked origins no output keeps, and none moves: ``git rm``.
    removals: tuple[str, ...]
    #: Outputs to write: all but unchanged copies at their own path.
    writes: tuple[_Rendered, ...]


def _in_place_steps(change: SourceChange, rendered: list[_Rendered], prefix: str, tracked: set[str]) -> _InPlaceSteps:
    """Plan the moves, removals and writes; ``prefix`` is the package's
    directory relative to the output root (``""`` when they are one)."""

    def located(origin: str) -> str:
        return posixpath.join(prefix, origin) if prefix else origin

    # Only what the change reads and does not keep goes away: every other file
    # (symlinks, submodules, ignored or untracked files) stays as it is.
    dropped = _dropped_origins(change, prefix)
    moves: dict[str, str] = {}
    for output in change.files:
        if not isinstance(output, GeneratedFile) and located(output.origin) in dropped & tracked:
            moves.setdefault(located(output.origin), output.path)
    removals = sorted(dropped & tracked - set(moves))
    unchanged = {o.path for o in change.files if isinstance(o, CopiedFile) and located(o.origin) == o.path}
    writes = tuple(entry for entry in rendered if entry[0] not in unchanged)
    return _InPlaceSteps(tuple(sorted(moves.items())), tuple(removals), writes)


def _check_in_place_outputs(
    output_root: Path, prefix: str, steps: _InPlaceSteps, tracked: set[str], replaces: frozenset[str]
) -> None:
    """Refuse outputs that would overwrite a file outside the package (other
    than ``replaces``) or that git would not record (ignored paths)."""
    written = [path for path, _data, _mode in steps.writes]
    for path in written:
        inside = not prefix or path == prefix or path.startswith(prefix + "/")
        target = output_root / path
        if not inside and path not in replaces and (target.exists() or target.is_symlink()):
            raise InvalidInput(
                f"{path} exists outside the package and the split would overwrite it",
                "move it away, or choose other crate names with a plan file",
            )
    new = [path for path in written if path not in tracked]
    if not new:
        return
    ignored = _git(
        output_root, "check-ignore", "-z", "-v", "--stdin", check=False, stdin="\0".join(new) + "\0", literal=False
    )
    if ignored.returncode == 0:
        source, line, pattern, path = ignored.stdout.split("\0")[:4]
        raise InvalidInput(
            f"git ignores {path} ({source}:{line}: {pattern}), so the commit would leave it out",
            "let git track that path (edit the ignore file) or use --out DIR",
        )
    if ignored.returncode != 1:
        raise WriteFailed(f"git check-ignore failed: {ignored.stderr.strip()}")


def _make_dirs(directory: Path, created: list[Path]) -> None:
    missing = []
    while not directory.exists():
        missing.append(directory)
        directory = directory.parent
    for path in reversed(missing):
        path.mkdir()
        created.append(path)


def _change_files(output_root: Path, steps: _InPlaceSteps, created: list[Path]) -> None:
    """Move, write, remove and stage files on the new branch, recording what it creates."""
    pending = list(steps.moves)
    progress = True
    while pending and progress:
        # A move waits while its destination is taken; a cycle of renames stays pending.
        progress = False
        for origin, destination in list(pending):
            target = output_root / destination
            if target.exists() or target.is_symlink():
                continue
            _make_dirs(target.parent, created)
            created.append(target)
            _git(output_root, "mv", "--", origin, destination)
            pending.remove((origin, destination))
            progress = True
    for path, data, mode in steps.writes:
        target = output_root / path
        _make_dirs(target.parent, created)
        if target.is_symlink():
            # New bytes replace the link itself, never the file it points to.
            target.unlink()
        elif not target.exists():
            created.append(target)
        _write_file(target, data, mode)
    # Moved origins are no longer in the index, hence --ignore-unmatch. Paths go
    # in chunks: --pathspec-from-file refuses to run from a subdirectory.
    for chunk_start in range(0, len(steps.removals), 200):
        _git(output_root, "rm", "-q", "--ignore-unmatch", "--", *steps.removals[chunk_start : chunk_start + 200])
    written = [path for path, _data, _mode in steps.writes]
    for chunk_start in range(0, len(written), 200):
        _git(output_root, "add", "--", *written[chunk_start : chunk_start + 200])


def _check_on_branch(package_root: Path, branch: str, what: str) -> None:
    """Raise unless HEAD is ``branch`` (a hook may have switched branches)."""
    head = _git(package_root, "symbolic-ref", "--quiet", "HEAD", check=False).stdout.strip()
    if head != f"refs/heads/{branch}":
        raise WriteFailed(f"branch {branch}: {what} (HEAD is {head or 'detached'})")


def _restore(package_root: Path, head: str, original_branch: str | None, branch: str, created: list[Path]) -> None:
    _git(package_root, "reset", "-q", "--hard", head, check=False)
    # Created paths are in creation order: files go before the directories made for them.
    for path in reversed(created):
        try:
            if path.is_dir() and not path.is_symlink():
                path.rmdir()
            else:
                path.unlink(missing_ok=True)
        except OSError:
            pass
    checkout_target = (original_branch,) if original_branch else ("--detach", head)
    _git(package_root, "checkout", "-q", *checkout_target, check=False)
    _git(package_root, "branch", "-q", "-D", branch, check=False)


def apply_in_place(
    change: SourceChange,
    package_root: Path,
    *,
    branch: str,
    message: str,
    output_root: Path | None = None,
    replaces: frozenset[str] = frozenset(),
    refresh_lock: Callable[[Path], None] | None = None,
) -> str:
    """Apply ``change`` to the package as one commit on a new branch.

    Origins are relative to ``package_root``, output paths to
    ``output_root`` (the package, or the workspace it is a member of). The
    commit holds exactly the change: an origin that no output keeps at its
    own path is moved with ``git mv`` to its first output (so the commit
    shows renames) or removed; outputs are written and staged, except
    unchanged copies at their own path; every other file, tracked or not
    (symlinks, submodules, ignored files), stays as it is.

    Args:
        change: the output files, as for ``write_workspace``.
        package_root: the input package, inside a clean git work tree.
        branch: the name of the new branch; it must not exist.
        message: the commit message.
        output_root: the directory output paths are relative to; it holds
            ``package_root`` (default: ``package_root``).
        replaces: output paths outside the package that the change may
            overwrite (the workspace's manifest).
        refresh_lock: when git tracks ``Cargo.lock`` at the output root,
            called with the output root once the change is written, to
            bring the lock up to date (cargo adds the new members); the
            lock is then part of the commit.

    Returns:
        The id of the new commit.

    Raises:
        InvalidInput: not a git work tree, no commit yet, a bad or existing
            branch name, an output that git ignores, or one that would
            overwrite a file outside the package not in ``replaces``.
        DirtyWorkTree: ``git status --porcelain`` is not empty.
        SourceUnreadable: an input file cannot be read (nothing is changed).
        WriteFailed: a git command or a write failed; the repository was
            reset to its original branch and state.
    """
    package_root = package_root.resolve()
    output_root = package_root if output_root is None else output_root.resolve()
    head, original_branch = _check_in_place_preconditions(package_root, branch)
    relative = package_root.relative_to(output_root).as_posix()
    prefix = "" if relative == "." else relative
    rendered = _render_all(change, package_root)
    listing = _git(output_root, "ls-files", "-z").stdout
    tracked = {path for path in listing.split("\0") if path}
    steps = _in_place_steps(change, rendered, prefix, tracked)
    _check_in_place_outputs(output_root, prefix, steps, tracked, replaces)
    identity_known = all(
        _git(package_root, "config", "--get", key, check=False).returncode == 0 for key in ("user.name", "user.email")
    )
    created: list[Path] = []
    try:
        _git(package_root, "checkout", "-q", "-b", branch)
        _check_on_branch(package_root, branch, "the new branch was not checked out")
        _change_files(output_root, steps, created)
        if refresh_lock is not None and _LOCK_FILE in tracked:
            refresh_lock(output_root)
            _git(output_root, "add", "--", _LOCK_FILE)
        identity = () if identity_known else _FALLBACK_IDENTITY
        _git(package_root, "commit", "-q", "--allow-empty", "-m", message, config=identity)
        _check_on_branch(package_root, branch, "the commit did not land on it")
        return _git(package_root, "rev-parse", "HEAD").stdout.strip()
    except BaseException as error:
        _restore(package_root, head, original_branch, branch, created)
        if isinstance(error, OSError):
            raise WriteFailed(f"{package_root}: {error}; the repository was restored") from error
        raise
