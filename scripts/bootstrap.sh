#!/usr/bin/env bash
# Creates .venv with crate-split and its test tools installed (idempotent),
# and installs the Debian packages holding the real crates the tests use.
# Sourced by scripts/crate-split and scripts/test; safe to run by hand.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$repo/.venv"
stamp="$venv/.installed-$(sha1sum "$repo/pyproject.toml" | cut -c1-12)"
if [ ! -f "$stamp" ]; then
  # One line while setting up; pip's and setuptools' output (the editable
  # install's warning block, notices about local indexes this machine's pip
  # config names) only when the set-up fails.
  echo "crate-split: setting up $venv (first run only)" >&2
  log="$(mktemp)"
  if ! {
    python3 -m venv "$venv" &&
      { "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip || true; } &&
      "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e "$repo[test]"
  } >"$log" 2>&1; then
    grep -v "^WARNING: Location .* is ignored" "$log" >&2 || true
    rm -f "$log"
    echo "crate-split: setting up $venv failed (pip's output above)" >&2
    exit 1
  fi
  rm -f "$log"
  rm -f "$venv"/.installed-*
  touch "$stamp"
fi
if [ "${CRATE_SPLIT_SKIP_DEBIAN:-0}" != "1" ]; then
  bash "$repo/scripts/install_debian_crates.sh"
  python3 "$repo/scripts/open_corpus.py" install --ci-sample
fi
