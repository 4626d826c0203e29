//! Mixes every 2015 path form.

// An `extern crate` item inside a non-root module is local to this module,
// so it is imported with `self::`.
extern crate edition2015_helper as hlp;

use self::hlp::Counter;
// `helper` is the `extern crate .. as helper` item at the crate root.
use helper::greet;
// Crate-relative `use` paths (2015): `crate::shapes::Square`, `crate::util`.
use shapes::Square;
use util;

pub fn summary(sq: &Square) -> String {
    let mut counter = Counter::new();
    format!(
        "{}: side {}, area {}, doubled {}, tick {}",
        greet("report"),
        sq.side,
        sq.area(),
        util::double(sq.side),
        counter.tick()
    )
}

/// Absolute `::` paths: crate root items, and the root's extern crate.
pub fn absolute_forms() -> (u32, String, u32) {
    let sq = ::shapes::Square::new(2);
    let mut c = ::helper::Counter::new();
    c.tick();
    (::shapes::perimeter(&sq), ::banner(), c.tick())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_paths_resolve_from_crate_root() {
        assert_eq!(absolute_forms(), (8, "hello, banner".to_string(), 2));
    }

    #[test]
    fn summary_text() {
        assert_eq!(summary(&Square::new(1)), "hello, report: side 1, area 1, doubled 2, tick 1");
    }
}
