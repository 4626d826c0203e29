pub trait Named {
    fn name(&self) -> String;
}

pub trait Scale {
    fn scale(&self, factor: u32) -> u32;
}

/// A free function with the same name as the `Scale::scale` method.
pub fn scale(x: u32) -> u32 {
    x * 10
}
