//! Renamed imports and `self` in a use list.

use std::collections::BTreeMap as Map;

use crate::a::b::{self, Widget as Gadget};
use crate::a::c::{self as cee, D as Dee};
use crate::e::Widget as NamedWidget;
use crate::mid as middle;

pub fn gadget(id: u32) -> Gadget {
    b::make_widget(id)
}

pub fn named(name: &'static str) -> NamedWidget {
    NamedWidget { name }
}

pub fn index() -> Map<&'static str, u32> {
    let mut m = Map::new();
    m.insert("dee", Dee(5).0);
    m.insert("deep", u32::from(middle::deepen(cee::Deep::new(1)).depth));
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renamed_items_resolve_to_originals() {
        let g: crate::a::b::Widget = gadget(3);
        assert_eq!(g.id, 3);
        let n: crate::e::Widget = named("n");
        assert_eq!(n.name, "n");
        assert_eq!(index().get("deep"), Some(&2));
    }
}
