"""Replicated modules: modules that only re-export other crates, which every
crate of a split gets a copy of (``CrateModel.replicated_modules``).

Every test lists the replicated modules of a small fixture crate with
``check_replicated_modules``, one path a line (``-`` when there is none).
"""

from __future__ import annotations

from crate_split.analysis import analyze_crate
from fixture import normalise, source_tree


def check_replicated_modules(fixture: str, expected: str) -> None:
    """Analyse ``fixture`` and compare its replicated modules with ``expected``."""
    model = analyze_crate(source_tree(fixture))
    lines = ["::".join(path) for path in sorted(model.replicated_modules)] or ["-"]
    assert "\n".join(lines) + "\n" == normalise(expected)


def test_module_of_std_reexports_with_an_inner_glob_module_is_replicated_once() -> None:
    check_replicated_modules(
        """
        //- /src/lib.rs
        mod lib {
            mod core {
                pub use std::*;
            }
            pub use self::core::{fmt, mem};
            pub use std::vec::Vec;
        }
        pub fn f(v: crate::lib::Vec<u8>) -> usize { v.len() }
        """,
        """
        lib
        """,
    )


def test_module_reexporting_a_local_item_is_not_replicated() -> None:
    check_replicated_modules(
        """
        //- /src/lib.rs
        mod a { pub struct S; }
        mod lib {
            pub use std::fmt;
            pub use crate::a::S;
        }
        """,
        """
        -
        """,
    )


def test_module_with_an_item_of_its_own_is_not_replicated() -> None:
    check_replicated_modules(
        """
        //- /src/lib.rs
        mod lib {
            pub use std::fmt;
            pub fn helper() {}
        }
        """,
        """
        -
        """,
    )


def test_test_module_of_imports_only_is_not_replicated() -> None:
    check_replicated_modules(
        """
        //- /src/lib.rs
        #[cfg(test)]
        mod tests {
            use std::collections::HashMap;
        }
        """,
        """
        -
        """,
    )


def test_nested_module_of_std_reexports_in_a_file_module_is_replicated() -> None:
    check_replicated_modules(
        """
        //- /src/lib.rs
        mod a;
        //- /src/a.rs
        mod prelude {
            pub use core::cell::Cell;
        }
        pub fn f() -> prelude::Cell<u8> { prelude::Cell::new(1) }
        """,
        """
        a::prelude
        """,
    )
