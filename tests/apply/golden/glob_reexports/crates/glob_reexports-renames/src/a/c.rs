/// Start of the re-export chain: reachable as `a::c::Deep`, `a::Deep`,
/// `mid::Deep` and `crate::Deep`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deep {
    pub depth: u8,
}

impl Deep {
    pub fn new(depth: u8) -> Self {
        Deep { depth }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct D(pub u32);
