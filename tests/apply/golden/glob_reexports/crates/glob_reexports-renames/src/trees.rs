//! A nested use tree.

use crate::{
    a::{b, c::D},
    e,
};

pub fn tree_demo() -> (u32, &'static str, &'static str) {
    let d = D(b::B_LIMIT);
    (d.0, b::helper(), e::helper())
}

#[cfg(test)]
mod tests {
    #[test]
    fn nested_tree_paths() {
        assert_eq!(super::tree_demo(), (8, "a::b::helper", "e::helper"));
    }
}
