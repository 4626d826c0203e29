"""``public_api`` reads rustdoc JSON: a crate and a hand-split
workspace whose facade re-exports the same items have the same API, and
removing one re-export from the facade shows up as missing entries.

The split mimics what crate-split writes: items that were crate-private and
are now used across crates become ``#[doc(hidden)] pub``, a private module
becomes a hidden public one, and the facade re-exports modules, a glob, an
item of the hidden module and a ``#[macro_export]`` macro.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crate_split.verify.public_api import compare_public_api, public_api

pytestmark = pytest.mark.cargo

ITEMS_MODULE = """
    pub struct Item {
        pub name: String,
        price: u32,
    }

    impl Item {
        pub fn new(name: &str) -> Self {
            Item { name: name.into(), price: 0 }
        }

        pub fn price(&self) -> u32 {
            self.price
        }

        {VIS} fn set_price(&mut self, price: u32) {
            self.price = price;
        }

        #[allow(dead_code)]
        fn secret(&self) {}
    }

    pub trait Priced {
        const CURRENCY: &'static str;
        type Amount;
        fn amount(&self) -> Self::Amount;
    }

    impl Priced for Item {
        const CURRENCY: &'static str = "EUR";
        type Amount = u32;
        fn amount(&self) -> u32 {
            self.price
        }
    }

    {VIS} fn helper() -> u32 {
        7
    }
"""

ORDERS_MODULE = """
    use {CRATE}::items::Item;

    pub enum Order {
        Empty,
        One(Item),
        Many { items: Vec<Item> },
    }

    impl From<Item> for Order {
        fn from(item: Item) -> Self {
            Order::One(item)
        }
    }

    pub fn total(_order: &Order) -> u32 {
        {CRATE}::items::helper() + internal()
    }

    {VIS} fn internal() -> u32 {
        0
    }

    pub type Orders = Vec<Order>;
    pub const MAX: usize = 10;
    pub static NAME: &str = "orders";
"""

UTIL_MODULE = """
    pub struct Counter(pub u32);

    #[allow(dead_code)]
    pub fn count() -> Counter {
        Counter(0)
    }
"""

MACRO = """
#[macro_export]
macro_rules! item {
    ($name:expr) => {
        $crate::items::Item::new($name)
    };
}
"""

# Crate-private items of the original become hidden public ones in the split.
PRIVATE = {"{VIS}": "pub(crate)"}
WIDENED = {"{VIS}": "#[doc(hidden)] pub"}


def fill(template: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        template = template.replace(key, value)
    return template


def manifest(name: str, *dependencies: str, lib_name: str | None = None) -> str:
    lines = ["[package]", f'name = "{name}"', 'version = "0.1.0"', 'edition = "2021"']
    lines += ["[lib]", f'name = "{lib_name}"'] if lib_name else []
    lines += ["[dependencies]"]
    # Written as renames: the key, not the library's name, is the name code uses.
    lines += [f'{dependency} = {{ package = "{dependency}", path = "../{dependency}" }}' for dependency in dependencies]
    return "\n".join(lines) + "\n"


ORIGINAL = {
    "Cargo.toml": manifest("shop"),
    "src/lib.rs": (
        "pub mod items {"
        + fill(ITEMS_MODULE, PRIVATE)
        + "}\npub mod orders {"
        + fill(ORDERS_MODULE, {"{CRATE}": "crate"} | PRIVATE)
        + "}\nmod util {"
        + UTIL_MODULE
        + "}\npub use util::Counter;\npub use orders::*;\n"
        + MACRO
        + "pub fn checkout(order: &orders::Order) -> u32 {\n    orders::total(order)\n}\n"
    ),
}

FACADE = """\
pub use shop_items::items;
pub use shop_orders::orders;
pub use shop_orders::util::Counter;
pub use shop_orders::orders::*;
pub use shop_items::item;

pub fn checkout(order: &orders::Order) -> u32 {
    orders::total(order)
}
"""

SPLIT = {
    "Cargo.toml": '[workspace]\nmembers = ["shop", "shop_items", "shop_orders"]\nresolver = "2"\n',
    "shop/Cargo.toml": manifest("shop", "shop_items", "shop_orders"),
    "shop/src/lib.rs": FACADE,
    "shop_items/Cargo.toml": manifest("shop_items"),
    "shop_items/src/lib.rs": "pub mod items {" + fill(ITEMS_MODULE, WIDENED) + "}\n" + MACRO,
    "shop_orders/Cargo.toml": manifest("shop_orders", "shop_items"),
    "shop_orders/src/lib.rs": (
        "pub mod orders {"
        + fill(ORDERS_MODULE, {"{CRATE}": "shop_items"} | WIDENED)
        + "}\n#[doc(hidden)]\npub mod util {"
        + UTIL_MODULE
        + "}\n"
    ),
}


def check_public_api(root: Path, files: dict[str, str], target: Path) -> frozenset[str]:
    for relative, text in files.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(text, encoding="utf-8")
    package_dir = root / "shop" if (root / "shop" / "Cargo.toml").is_file() else root
    return public_api(package_dir, "shop", target_dir=target)


def test_the_original_crate_lists_its_public_paths_members_and_impls(tmp_path, cargo_target):
    api = check_public_api(tmp_path / "original", ORIGINAL, cargo_target)
    expected = {
        "mod shop::items", "struct shop::items::Item", "field shop::items::Item::name",
        "fn shop::items::Item::new", "fn shop::items::Item::price", "trait shop::items::Priced",
        "const shop::items::Priced::CURRENCY", "type shop::items::Priced::Amount", "fn shop::items::Priced::amount",
        "impl shop::items::Priced for shop::items::Item", "enum shop::orders::Order", "enum shop::Order",
        "variant shop::Order::Many", "field shop::Order::Many::items", "field shop::Order::One::0",
        "impl core::convert::From<shop::items::Item> for shop::Order", "fn shop::total", "type shop::Orders",
        "const shop::MAX", "static shop::NAME", "struct shop::Counter", "field shop::Counter::0",
        "macro shop::item", "fn shop::checkout", "impl core::marker::Send for shop::Counter",
    }  # fmt: skip
    assert expected <= api
    private_names = ("set_price", "secret", "helper", "internal", "util", "::count")
    assert [entry for entry in api if any(name in entry for name in private_names)] == []


def test_a_split_workspace_whose_facade_reexports_the_same_items_has_the_same_api(tmp_path, cargo_target):
    original = check_public_api(tmp_path / "original", ORIGINAL, cargo_target)
    split = check_public_api(tmp_path / "split", SPLIT, cargo_target)
    diff = compare_public_api(original, split)
    assert diff.equal, diff
    assert len(split) > 40
    # The widened items are hidden, also where the facade's glob reaches them.
    assert [entry for entry in split if "internal" in entry or "helper" in entry or "set_price" in entry] == []


def test_a_split_whose_members_keep_the_crate_name_of_the_facade_has_the_same_api(tmp_path, cargo_target):
    # As crate-split writes them: every member's library is named `shop`,
    # so the three JSON files are written in three rustdoc runs and told
    # apart by package.
    original = check_public_api(tmp_path / "original", ORIGINAL, cargo_target)
    one_name = SPLIT | {
        "shop_items/Cargo.toml": manifest("shop_items", lib_name="shop"),
        "shop_orders/Cargo.toml": manifest("shop_orders", "shop_items", lib_name="shop"),
    }
    split = check_public_api(tmp_path / "split", one_name, cargo_target)
    diff = compare_public_api(original, split)
    assert diff.equal, diff
    assert len(split) > 40


def test_a_facade_missing_one_glob_reexport_loses_exactly_the_items_it_brought(tmp_path, cargo_target):
    original = check_public_api(tmp_path / "original", ORIGINAL, cargo_target)
    without_glob = SPLIT | {"shop/src/lib.rs": FACADE.replace("pub use shop_orders::orders::*;\n", "")}
    split = check_public_api(tmp_path / "split", without_glob, cargo_target)
    diff = compare_public_api(original, split)
    moved = tuple(entry for entry in diff.missing if "shop::Order::" in entry or "for shop::Order" in entry)
    assert tuple(entry for entry in diff.missing if entry not in moved) == (
        "const shop::MAX", "enum shop::Order", "fn shop::total", "static shop::NAME", "type shop::Orders",
    )  # fmt: skip
    # The enum's members and impls are listed under its canonical (shortest)
    # path, which moved from shop::Order to shop::orders::Order.
    assert "variant shop::orders::Order::Many" in diff.added
    assert sorted(entry.replace("shop::orders::Order", "shop::Order") for entry in diff.added) == sorted(moved)
