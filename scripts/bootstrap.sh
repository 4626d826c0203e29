#!/usr/bin/env bash
# Creates .venv with crate-split and its test tools installed (idempotent),
# and installs the Debian packages holding the real crates the tests use.
# Sourced by scripts/crate-split and scripts/test; safe to run by hand.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$repo/.venv"
stamp="$venv/.installed-$(sha1sum "$repo/pyproject.toml" | cut -c1-12)"
if [ ! -f "$stamp" ]; then
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >/dev/null 2>&1 || true
  # This machine's pip config names local indexes that may be absent; their
  # warnings are noise, real errors still show.
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e "$repo[test]" \
    2> >(grep -v "^WARNING: Location .* is ignored" >&2)
  rm -f "$venv"/.installed-*
  touch "$stamp"
fi
if [ "${CRATE_SPLIT_SKIP_DEBIAN:-0}" != "1" ]; then
  bash "$repo/scripts/install_debian_crates.sh"
  python3 "$repo/scripts/open_corpus.py" install --ci-sample
fi
