"""Calls of attribute-adding wrapper macros (``cfg_std! { pub mod io; }``)
read as the items they hold, each with the wrapper's attributes."""

from __future__ import annotations

import textwrap

from crate_split.analysis import analyze_crate, syntax
from crate_split.analysis.wrappers import wrapper_attributes
from crate_split.model import ItemId, ItemKind
from fixture import source_tree


def _attributes_of(definition: str) -> tuple[str, ...] | None:
    root = syntax.parse_rust(textwrap.dedent(definition).encode()).root_node
    return wrapper_attributes(root.named_children[0])


def test_a_macro_writing_each_item_after_fixed_attributes_is_a_wrapper() -> None:
    assert _attributes_of(
        """
        macro_rules! cfg_unstable {
            ($($item:item)*) => {
                $(
                    #[cfg(feature = "unstable")]
                    #[cfg_attr(docsrs, doc(cfg(unstable)))]
                    $item
                )*
            }
        }
        """
    ) == ('cfg(feature = "unstable")', "cfg_attr(docsrs, doc(cfg(unstable)))")
    assert _attributes_of("macro_rules! items { ($($i:item)*) => { $($i)* }; }") == ()


def test_macros_that_do_more_than_add_attributes_to_each_item_are_not_wrappers() -> None:
    # Attributes on the first item only, token trees, two rules, attributes
    # built from metavariables, more than the items.
    assert _attributes_of("macro_rules! m { ($($i:tt)*) => { #[inline] $($i)* }; }") is None
    assert _attributes_of("macro_rules! m { ($($i:item)*) => { #[inline] $($i)* }; }") is None
    assert _attributes_of("macro_rules! m { ($($i:item)*) => { $($i)* }; (x) => {}; }") is None
    assert _attributes_of("macro_rules! m { ($f:meta; $($i:item)*) => { $(#[cfg($f)] $i)* }; }") is None
    assert _attributes_of("macro_rules! m { ($($i:item)*) => { $(#[cfg(x)] $i)* fn extra() {} }; }") is None


def test_the_items_of_a_wrapper_call_are_items_of_the_module_with_its_attributes() -> None:
    tree = source_tree(
        """
        //- /src/lib.rs
        macro_rules! cfg_std {
            ($($item:item)*) => { $( #[cfg(feature = "std")] $item )* }
        }
        cfg_std! {
            /// Io.
            pub mod io;
            pub(crate) fn helper() -> u8 { 1 }
            pub use io::Reader;
        }
        pub fn user() -> u8 { helper() + io::Reader::SIZE }
        //- /src/io.rs
        pub struct Reader;
        impl Reader { pub const SIZE: u8 = 1; }
        """
    )
    model = analyze_crate(tree)
    assert model.syntax_errors == 0
    assert not any(i.kind is ItemKind.MACRO_CALL for i in model.items)
    helper = model.items[ItemId((), ItemKind.FUNCTION, "helper")]
    assert (helper.visibility, helper.cfg) == ("pub(crate)", ('feature = "std"',))
    assert helper.attributes == ('cfg(feature = "std")',)
    io = model.modules[("io",)]
    assert (io.file, io.cfg, io.macro_call) == ("src/io.rs", ('feature = "std"',), None)
    targets = {r.target for r in model.references if r.source == ItemId((), ItemKind.FUNCTION, "user")}
    assert {helper.id, ItemId(("io",), ItemKind.STRUCT, "Reader")} <= targets
    reexport = next(i for i in model.items.values() if i.id.kind is ItemKind.USE)
    assert reexport.added_attributes == ('cfg(feature = "std")',)


def test_a_call_of_a_macro_defined_after_it_or_twice_differently_stays_a_call() -> None:
    tree = source_tree(
        """
        //- /src/lib.rs
        macro_rules! twice { ($($item:item)*) => { $( #[cfg(unix)] $item )* } }
        mod inner {
            macro_rules! twice { ($($item:item)*) => { $( #[cfg(windows)] $item )* } }
        }
        twice! { pub fn a() {} }
        """
    )
    model = analyze_crate(tree)
    assert ItemId((), ItemKind.MACRO_CALL, "twice!") in model.items
