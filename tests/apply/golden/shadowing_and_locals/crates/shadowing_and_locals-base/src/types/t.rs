use crate::traits::Named;

/// A struct called `T`; generic parameters named `T` elsewhere are not it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct T {
    pub id: u32,
}

impl T {
    pub fn next(&self) -> Self {
        Self { id: self.id + 1 }
    }
}

impl Named for T {
    fn name(&self) -> String {
        format!("T#{}", self.id)
    }
}
