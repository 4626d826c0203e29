//! Compiles the library's `text` module into this test, by path.

#[path = "../src/text/mod.rs"]
#[allow(dead_code)]
mod text;

#[test]
fn the_module_works_on_its_own() {
    assert_eq!(text::count(), 3);
    assert!(text::stats::longest() > 0);
}
