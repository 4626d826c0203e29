/// Target of `$crate::units::length::Meters` in the exported `meters!` macro.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Meters(f64);

impl Meters {
    pub fn new(value: f64) -> Self {
        Meters(value)
    }

    pub fn value(&self) -> f64 {
        self.0
    }
}
