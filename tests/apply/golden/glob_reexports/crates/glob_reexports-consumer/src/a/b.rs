/// `a::b::Widget`; `crate::e::Widget` has the same name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Widget {
    pub id: u32,
}

pub const B_LIMIT: u32 = 8;

pub fn make_widget(id: u32) -> Widget {
    Widget { id: id.min(B_LIMIT * 100) }
}

/// Same name as `crate::e::helper` and `crate::consumer::helper`.
pub fn helper() -> &'static str {
    "a::b::helper"
}
