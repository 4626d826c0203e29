//! Log lines about rectangles, written by a macro of the `#[macro_use]` crate.

use crate::shapes::Rect;

/// The message part of a log line about `rect`'s area.
pub fn area_line(rect: &Rect) -> String {
    let line = record!(rect.area());
    line.rsplit(": ").next().unwrap_or_default().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_holds_the_area() {
        assert_eq!(area_line(&Rect { width: 4, height: 3 }), "12");
    }
}
