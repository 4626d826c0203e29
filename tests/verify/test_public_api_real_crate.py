"""``public_api`` on a real crate from Debian's packages: toml 0.5.11,
copied out of the registry and documented offline with rustdoc JSON.

The crate is installed by ``scripts/install_debian_crates.sh``; a missing
crate fails the test instead of skipping it. About 10 s on a cold target
directory (builds serde first), 3 s warm.
"""

from __future__ import annotations

import pytest

import real_crates
from crate_split.verify.public_api import public_api

pytestmark = [pytest.mark.cargo, pytest.mark.real_crate]

TOML = next(crate for crate in real_crates.REAL_CRATES if crate.name == "toml")


def check_real_public_api(tmp_path, crate: real_crates.RealCrate) -> frozenset[str]:
    package_dir = real_crates.materialize(crate, tmp_path / "crates")
    return public_api(package_dir, crate.name, target_dir=tmp_path / "target")


def test_toml_lists_its_functions_types_reexports_members_and_impls(tmp_path):
    api = check_real_public_api(tmp_path, TOML)
    expected = {
        "fn toml::de::from_str", "fn toml::from_str", "fn toml::ser::to_string", "enum toml::Value",
        "enum toml::value::Value", "mod toml::value", "struct toml::de::Deserializer", "struct toml::Deserializer",
        "struct toml::value::Datetime", "type toml::value::Table", "macro toml::toml", "variant toml::Value::Table",
        "field toml::Value::Integer::0", "fn toml::Value::as_str", "fn toml::map::Map::insert",
        "impl serde::ser::Serialize for toml::Value", "impl core::convert::From<bool> for toml::Value",
        "impl core::marker::Send for toml::Value",
    }  # fmt: skip
    assert expected <= api
    assert 300 < len(api) < 500
    # Private modules and their items never show, nor do any hidden ones.
    assert not any("toml::tokens" in entry or "toml::datetime" in entry for entry in api)
