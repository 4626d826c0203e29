//! Two globs that both export `Widget` and `helper`. The explicit import of
//! `e::Widget` and the local `fn helper` shadow both globs, so no name here
//! is ambiguous.

use crate::a::b::*;
use crate::e::*;
use crate::e::Widget;

/// Shadows `a::b::helper` and `e::helper` brought in by the globs.
fn helper() -> &'static str {
    "consumer::helper"
}

/// Returns (id of an `a::b::Widget`, name of an `e::Widget`, local helper, `e_only()`).
pub fn run() -> (u32, &'static str, &'static str, u32) {
    let from_b = make_widget(B_LIMIT);
    let from_e = Widget { name: "explicit" };
    (from_b.id, from_e.name, helper(), e_only())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_and_local_items_win_over_globs() {
        assert_eq!(run(), (8, "explicit", "consumer::helper", 42));
    }
}
