/// `e::Widget`, a different type with the same name as `a::b::Widget`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Widget {
    pub name: &'static str,
}

pub fn helper() -> &'static str {
    "e::helper"
}

pub fn e_only() -> u32 {
    42
}
