//! Kinds of things, in a module whose name is a keyword.
#![allow(dead_code)]

/// A kind of thing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Round things.
    Round,
    /// Square things.
    Square,
    /// Everything else.
    Other,
}

impl Kind {
    /// The kind's name.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Round => "round",
            Kind::Square => "square",
            Kind::Other => "other",
        }
    }

    /// Every kind, in order.
    pub fn all() -> [Kind; 3] {
        [Kind::Round, Kind::Square, Kind::Other]
    }

    /// The kind after this one, wrapping around.
    pub fn next(self) -> Kind {
        match self {
            Kind::Round => Kind::Square,
            Kind::Square => Kind::Other,
            Kind::Other => Kind::Round,
        }
    }
}

#[allow(dead_code)]
// A helper no other module uses: its attribute sits apart from it.
fn unused_helper() -> Kind {
    Kind::Other
}

#[cfg(test)]
mod tests {
    use super::Kind;

    #[test]
    fn next_wraps_around() {
        assert_eq!(Kind::Other.next(), Kind::Round);
        assert_eq!(Kind::all().len(), 3);
    }
}
