"""The four real crates crate-split is tested on, and how to build them offline.

Small fixtures show that each rewrite is right; only real crates show that the
whole pipeline survives the Rust people actually write. This module names the
four crates from Debian 12's packages that the issues refer to (indexmap,
petgraph, quick-xml and toml), records the commands that check and test each
one together with its baseline test count, and copies a crate out of Debian's
registry into a scratch directory where cargo builds it with no network.

It deliberately does not install anything: scripts/install_debian_crates.sh
does that, and the functions here only say so when a crate is missing. It also
runs no cargo itself, so that tests decide how to run, time and report it.

Invariant: a materialized crate and every workspace given
`write_offline_cargo_config` resolve all crates from the Debian registry and
never touch the network.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import tomllib
from dataclasses import dataclass
from pathlib import Path

#: The registry that Debian's librust-*-dev packages install into.
DEFAULT_REGISTRY_DIR = Path("/usr/share/cargo/registry")

#: Set this to use another directory of vendored crates instead.
REGISTRY_ENV_VAR = "CRATE_SPLIT_DEBIAN_REGISTRY"

# Debian writes a `.cargo-checksum.json` into every crate of its registry,
# because a cargo directory source needs one per crate. Cargo ignores it in a
# path package, so a copy builds with or without it; it is dropped because the
# copy is no longer a registry crate once crate-split edits its files.
_DEBIAN_CHECKSUM_FILE = ".cargo-checksum.json"

_TEST_RESULT_LINE = re.compile(
    r"^test result: (?:ok|FAILED)\. (?P<passed>\d+) passed; (?P<failed>\d+) failed;",
    re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class RealCrate:
    """One real crate from Debian's registry, with its checks and baseline."""

    #: Package name as in its Cargo.toml, e.g. "quick-xml".
    name: str
    #: Exact version Debian 12 ships, e.g. "0.26.0".
    version: str
    #: Arguments to `cargo` that type-check every target that stable can build.
    check_args: tuple[str, ...]
    #: Arguments to `cargo` that run all unit, integration and doc tests.
    test_args: tuple[str, ...]
    #: Number of tests that pass on the unsplit crate.
    baseline_passed: int
    #: Tests that fail on the unsplit crate too (part of its baseline).
    baseline_failed: int = 0
    #: Arguments after `cargo test ... --`, e.g. tests to skip.
    test_harness_args: tuple[str, ...] = ()
    #: What kind of Rust it is (macro-heavy, no_std, ...), for choosing samples.
    kinds: tuple[str, ...] = ()
    #: Cargo's feature flags for the check, the tests and `apply`, e.g. `("--all-features",)`.
    feature_flags: tuple[str, ...] = ()

    @property
    def dir_name(self) -> str:
        """The crate's directory name in the registry, `<name>-<version>`."""
        return f"{self.name}-{self.version}"


# indexmap's and petgraph's benches need nightly, so their check names the
# other targets one by one instead of using `--all-targets`.
_CHECK_WITHOUT_BENCHES = ("check", "--lib", "--bins", "--tests", "--examples")
_CHECK_ALL_TARGETS = ("check", "--all-targets")
_TEST_ALL = ("test", "--no-fail-fast")

REAL_CRATES: tuple[RealCrate, ...] = (
    RealCrate("indexmap", "1.9.2", _CHECK_WITHOUT_BENCHES, _TEST_ALL, 92),
    RealCrate("petgraph", "0.6.2", _CHECK_WITHOUT_BENCHES, _TEST_ALL, 229),
    RealCrate("quick-xml", "0.26.0", _CHECK_ALL_TARGETS, _TEST_ALL, 221),
    RealCrate("toml", "0.5.11", _CHECK_ALL_TARGETS, _TEST_ALL, 29),
)

#: The open corpus: more crates from Debian's packages (see docs/corpus.md).
OPEN_CORPUS_FILE = Path(__file__).resolve().parents[1] / "corpora" / "open" / "crates.toml"


def open_corpus() -> tuple[RealCrate, ...]:
    """The crates of `corpora/open/crates.toml`, in file order."""
    data = tomllib.loads(OPEN_CORPUS_FILE.read_text(encoding="utf-8"))
    return tuple(
        RealCrate(
            entry["name"],
            entry["version"],
            tuple(entry["check"]),
            tuple(entry["test"]),
            entry["baseline_passed"],
            entry.get("baseline_failed", 0),
            tuple(entry.get("test_harness_args", ())),
            tuple(entry.get("kinds", ())),
            tuple(entry.get("feature_flags", ())),
        )
        for entry in data["crate"]
    )


def ci_sample() -> tuple[RealCrate, ...]:
    """The crates of the open corpus that CI runs (`ci_sample = true`)."""
    data = tomllib.loads(OPEN_CORPUS_FILE.read_text(encoding="utf-8"))
    sample = {entry["name"] for entry in data["crate"] if entry.get("ci_sample")}
    return tuple(crate for crate in open_corpus() if crate.name in sample)


def open_crate(name: str) -> RealCrate:
    """One crate of the open corpus, by package name."""
    for crate in open_corpus():
        if crate.name == name:
            return crate
    raise KeyError(f"{name} is not in {OPEN_CORPUS_FILE}")


def registry_dir() -> Path:
    """Return the directory that holds Debian's vendored crates.

    Returns:
        The path in `CRATE_SPLIT_DEBIAN_REGISTRY` when that is set and not
        empty, else `/usr/share/cargo/registry`.
    """
    override = os.environ.get(REGISTRY_ENV_VAR)
    return Path(override) if override else DEFAULT_REGISTRY_DIR


def source_dir(crate: RealCrate) -> Path:
    """Return the registry directory of one real crate.

    Args:
        crate: The crate to look up.

    Returns:
        The existing directory `<registry>/<name>-<version>`.

    Raises:
        FileNotFoundError: The crate is not installed; the message says to run
            scripts/install_debian_crates.sh.
    """
    crate_dir = registry_dir() / crate.dir_name
    if not (crate_dir / "Cargo.toml").is_file():
        raise FileNotFoundError(
            f"real crate {crate.dir_name} is not installed: {crate_dir / 'Cargo.toml'} "
            "does not exist. Run scripts/install_debian_crates.sh (as root) to "
            f"install it and the crates it depends on, or point {REGISTRY_ENV_VAR} "
            "at another registry."
        )
    return crate_dir


def write_offline_cargo_config(directory: Path) -> Path:
    """Make cargo build everything under a directory from the Debian registry.

    Writes `<directory>/.cargo/config.toml` that replaces crates.io with the
    registry directory and turns on offline mode, replacing any such file.

    Args:
        directory: A package or workspace root.

    Returns:
        The path of the written config file.
    """
    # A JSON string with no control characters is a valid TOML basic string.
    registry = json.dumps(str(registry_dir()))
    config_text = (
        f'[source.crates-io]\nreplace-with = "debian"\n[source.debian]\ndirectory = {registry}\n[net]\noffline = true\n'
    )
    config_path = directory / ".cargo" / "config.toml"
    config_path.parent.mkdir(parents=True, exist_ok=True)
    config_path.write_text(config_text, encoding="utf-8")
    return config_path


def materialize(crate: RealCrate, dest: Path) -> Path:
    """Copy a real crate out of the registry so that cargo can build and edit it.

    Symlinks are followed, Debian's `.cargo-checksum.json` is dropped, every
    file and directory is made writable by its owner, and the copy gets the
    offline cargo config of `write_offline_cargo_config`.

    Args:
        crate: The crate to copy.
        dest: The directory to copy into; created if missing.

    Returns:
        The new package root, `dest/<name>-<version>`.

    Raises:
        FileNotFoundError: The crate is not installed.
        FileExistsError: `dest/<name>-<version>` already exists.
    """
    crate_source = source_dir(crate)
    crate_copy = dest / crate.dir_name
    if crate_copy.exists():
        raise FileExistsError(f"{crate_copy} already exists; materialize into a fresh directory")
    dest.mkdir(parents=True, exist_ok=True)
    return copy_out(crate_source, crate_copy)


def copy_out(crate_source: Path, crate_copy: Path) -> Path:
    """Copy one registry directory to `crate_copy`, writable, with the offline config.

    Symlinks are followed; dangling ones (Debian drops the license files
    that sub-crates link to) are left out.
    """
    shutil.copytree(crate_source, crate_copy, symlinks=False, ignore_dangling_symlinks=True)
    (crate_copy / _DEBIAN_CHECKSUM_FILE).unlink(missing_ok=True)
    _make_writable(crate_copy)
    write_offline_cargo_config(crate_copy)
    return crate_copy


def parse_test_counts(cargo_test_output: str) -> tuple[int, int]:
    """Add up the passed and failed tests that `cargo test` reports.

    Each test binary and the doc tests end with a line such as
    `test result: ok. 12 passed; 0 failed; 0 ignored; ...`, or `FAILED.`
    instead of `ok.`; all such lines are summed.

    Args:
        cargo_test_output: The standard output of `cargo test` (stderr may be
            included; its lines do not match).

    Returns:
        `(passed, failed)` summed over all test binaries and doc tests.
    """
    n_passed = 0
    n_failed = 0
    for match in _TEST_RESULT_LINE.finditer(cargo_test_output):
        n_passed += int(match["passed"])
        n_failed += int(match["failed"])
    return n_passed, n_failed


def _make_writable(root: Path) -> None:
    """Give the owner write permission on `root` and everything below it."""
    for path in (root, *root.rglob("*")):
        mode = path.stat().st_mode
        path.chmod(mode | stat.S_IWUSR)
