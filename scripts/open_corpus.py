#!/usr/bin/env python3
"""Prepare crates of the open corpus (Debian's librust-*-dev packages) offline.

The corpus is listed in `corpora/open/crates.toml`: for each crate its
version, the Debian packages its `Cargo.lock` needs (exactly those), its own
check and test commands and its baseline passed-test count.

    scripts/open_corpus.py install [NAME ...]     install the recorded packages (all crates by default)
    scripts/open_corpus.py prepare NAME DEST      copy the crate out of the registry into DEST/<name>-<version>, offline
    scripts/open_corpus.py discover NAME [...]    find the packages of a new crate and print its entry

`discover` follows `../shared/OPEN-CRATES.md`: install `librust-<name>-dev`,
copy the crate out, run `cargo generate-lockfile --offline` and install the
package of every crate it says is missing, until the lock file resolves;
then it maps every crate of the lock file to the Debian package that holds
it, and times the crate's check and test commands for the baseline.

Runs as root or with sudo for apt; uses only the standard library (Python
>= 3.11), so it works before the project's virtual environment exists.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

import real_crates  # noqa: E402  (lives in tests/)

_MISSING = re.compile(r"no matching package named `([^`]+)` found|searched package name: `([^`]+)`")
_VERSION = re.compile(r"failed to select a version for the requirement `([^`\s]+) = \"([^\"]+)\"`")
_ROUNDS = 40


def _sudo() -> list[str]:
    return [] if os.geteuid() == 0 else ["sudo"]


def _installed(package: str) -> bool:
    probe = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True)
    return "install ok installed" in probe.stdout


def apt_install(packages: list[str]) -> bool:
    """Install the packages not installed yet; False when apt refuses."""
    missing = [p for p in packages if not _installed(p)]
    if not missing:
        return True
    print(f"installing {len(missing)} Debian crate package(s)", file=sys.stderr)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    command = [*_sudo(), "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing]
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL)
    if done.returncode != 0:
        subprocess.run([*_sudo(), "apt-get", "update", "-qq"], env=env, stdout=subprocess.DEVNULL)
        done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL)
    return done.returncode == 0


def _debian_name(crate: str) -> str:
    return "librust-" + crate.replace("_", "-").lower() + "-dev"


def _versioned_candidates(crate: str, requirement: str) -> list[str]:
    """Debian keeps older majors as `librust-<name>-<major>[.<minor>]-dev`."""
    numbers = re.findall(r"\d+", requirement)
    names = []
    if numbers:
        if numbers[0] == "0" and len(numbers) > 1:
            names.append(f"librust-{crate.replace('_', '-').lower()}-0.{numbers[1]}-dev")
        names.append(f"librust-{crate.replace('_', '-').lower()}-{numbers[0]}-dev")
    return names


def _package_of(registry_path: Path) -> str | None:
    found = subprocess.run(["dpkg", "-S", str(registry_path)], capture_output=True, text=True)
    if found.returncode != 0:
        return None
    return found.stdout.split(":", 1)[0].strip()


def _crate_dir(name: str) -> Path:
    """The registry directory the crate's own package installed."""
    package = _debian_name(name)
    listing = subprocess.run(["dpkg", "-L", package], capture_output=True, text=True, check=True).stdout
    registry = real_crates.registry_dir()
    dirs = {Path(line) for line in listing.splitlines() if Path(line).parent == registry}
    if len(dirs) != 1:
        raise SystemExit(f"{package}: expected one crate directory in {registry}, found {sorted(dirs)}")
    return dirs.pop()


def discover(name: str, work: Path) -> dict:
    """Resolve a crate's lock file offline, installing what it needs."""
    if not apt_install([_debian_name(name)]):
        raise SystemExit(f"{name}: apt cannot install {_debian_name(name)}")
    source = _crate_dir(name)
    copy = work / source.name
    shutil.rmtree(copy, ignore_errors=True)
    real_crates.copy_out(source, copy)
    tried: set[str] = set()
    for _ in range(_ROUNDS):
        done = subprocess.run(["cargo", "generate-lockfile", "--offline"], cwd=copy, capture_output=True, text=True)
        if done.returncode == 0:
            break
        wanted: list[str] = []
        if (missing := _MISSING.search(done.stderr)) is not None:
            wanted = [_debian_name(missing[1] or missing[2])]
        elif (version := _VERSION.search(done.stderr)) is not None:
            wanted = _versioned_candidates(version[1], version[2]) + [_debian_name(version[1])]
        wanted = [w for w in wanted if w not in tried]
        if not wanted:
            raise SystemExit(f"{name}: lock file does not resolve: {done.stderr.strip().splitlines()[0:3]}")
        for package in wanted:
            tried.add(package)
            if apt_install([package]):
                break
    else:
        raise SystemExit(f"{name}: lock file did not resolve in {_ROUNDS} rounds")
    lock = tomllib.loads((copy / "Cargo.lock").read_text(encoding="utf-8"))
    packages = set()
    for entry in lock.get("package", []):
        if "source" not in entry:
            continue
        path = real_crates.registry_dir() / f"{entry['name']}-{entry['version']}"
        package = _package_of(path)
        if package is None:
            raise SystemExit(f"{name}: no Debian package holds {path}")
        packages.add(package)
    packages.add(_debian_name(name))
    return {
        "name": name,
        "version": source.name.removeprefix(f"{name}-"),
        "dir": str(copy),
        "packages": sorted(packages),
    }


_CHECKS = (
    ("check", "--all-targets"),
    ("check", "--lib", "--bins", "--tests", "--examples"),
    ("check", "--lib", "--tests"),
)


def baseline(crate_dir: Path, target: Path) -> dict:
    """The first check command that passes on stable, and the test counts."""
    env = {**os.environ, "CARGO_TARGET_DIR": str(target)}
    check = None
    for args in _CHECKS:
        if subprocess.run(["cargo", *args], cwd=crate_dir, env=env, capture_output=True).returncode == 0:
            check = list(args)
            break
    if check is None:
        return {"check": None}
    test = ["test", "--no-fail-fast"]
    done = subprocess.run(["cargo", *test], cwd=crate_dir, env=env, capture_output=True, text=True)
    passed, failed = real_crates.parse_test_counts(done.stdout)
    return {
        "check": check,
        "test": test,
        "baseline_passed": passed,
        "baseline_failed": failed,
        "test_exit": done.returncode,
    }


def load_entries() -> dict[str, dict]:
    data = tomllib.loads(real_crates.OPEN_CORPUS_FILE.read_text(encoding="utf-8"))
    return {entry["name"]: entry for entry in data["crate"]}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    install = sub.add_parser("install", help="install the recorded packages of these crates (default: all)")
    install.add_argument("names", nargs="*")
    install.add_argument("--ci-sample", action="store_true", help="only the crates CI runs")
    prepare = sub.add_parser("prepare", help="copy a crate out of the registry, with the offline cargo config")
    prepare.add_argument("name")
    prepare.add_argument("dest", type=Path)
    disc = sub.add_parser("discover", help="find the packages a new crate needs; prints JSON")
    disc.add_argument("names", nargs="+")
    disc.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "crate-split-discover")
    base = sub.add_parser(
        "baseline", help="find the check command and baseline test counts of a prepared crate; prints JSON"
    )
    base.add_argument("dirs", nargs="+", type=Path)
    base.add_argument("--target-dir", type=Path, default=Path(tempfile.gettempdir()) / "crate-split-corpus" / "target")
    arguments = parser.parse_args(argv)
    if arguments.command == "baseline":
        for crate_dir in arguments.dirs:
            print(json.dumps({"dir": str(crate_dir), **baseline(crate_dir, arguments.target_dir)}), flush=True)
        return 0
    if arguments.command == "install":
        entries = load_entries()
        unknown = [n for n in arguments.names if n not in entries]
        if unknown:
            print(f"error: not in the open corpus: {', '.join(unknown)}", file=sys.stderr)
            return 2
        chosen = arguments.names or sorted(
            n for n, e in entries.items() if e.get("ci_sample") or not arguments.ci_sample
        )
        packages = sorted({p for n in chosen for p in entries[n]["packages"]})
        return 0 if apt_install(packages) else 1
    if arguments.command == "prepare":
        crate = real_crates.open_crate(arguments.name)
        print(real_crates.materialize(crate, arguments.dest))
        return 0
    arguments.work.mkdir(parents=True, exist_ok=True)
    for name in arguments.names:
        print(json.dumps(discover(name, arguments.work)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
