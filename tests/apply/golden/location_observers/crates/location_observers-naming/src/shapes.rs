//! Plain types whose paths other modules observe with `type_name`.

/// A square; its path is observed through generic `type_name` calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Square {
    pub side: u32,
}

impl Square {
    pub fn new(side: u32) -> Self {
        Square { side }
    }

    pub fn area(&self) -> u32 {
        self.side * self.side
    }
}

impl crate::naming::Labelled for Square {}
