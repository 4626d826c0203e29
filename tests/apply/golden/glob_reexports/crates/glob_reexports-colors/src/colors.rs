//! Enum variants imported by glob. Without the imports, `Red` etc. in the
//! match arms below would be catch-all bindings, not variant patterns.

use Color::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Color {
    Red,
    Green,
    Blue,
    Custom(u8, u8, u8),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shade {
    Light,
    Dark,
}

impl Color {
    pub fn hex(self) -> String {
        let (r, g, b) = match self {
            Red => (255, 0, 0),
            Green => (0, 255, 0),
            Blue => (0, 0, 255),
            Custom(r, g, b) => (r, g, b),
        };
        format!("#{:02x}{:02x}{:02x}", r, g, b)
    }
}

pub fn primaries() -> [Color; 3] {
    [Red, Green, Blue]
}

pub fn shade_of(c: Color) -> Shade {
    use self::Shade::*;
    match c {
        Custom(r, g, b) if u32::from(r) + u32::from(g) + u32::from(b) < 300 => Dark,
        Blue => Dark,
        _ => Light,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variant_imports() {
        assert_eq!(primaries().map(Color::hex), ["#ff0000", "#00ff00", "#0000ff"]);
        assert_eq!(shade_of(Custom(1, 2, 3)), Shade::Dark);
        assert_eq!(shade_of(Red), Shade::Light);
    }
}
