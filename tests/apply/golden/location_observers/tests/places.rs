//! Integration tests see the facade: the paths it reports must be the
//! original crate's.

#[test]
fn report_names_the_original_places() {
    assert_eq!(location_observers::report::origin(), "location_observers::report");
    assert_eq!(location_observers::report::source_file(), "src/report.rs");
    assert_eq!(location_observers::root_path(), "location_observers");
}

#[test]
fn type_paths_are_the_original_ones() {
    use location_observers::naming::{name_of, Labelled};
    use location_observers::shapes::{Circle, Square};
    assert_eq!(name_of::<Circle>(), "location_observers::shapes::Circle");
    assert_eq!(Square::new(1).label(), "location_observers::shapes::Square");
}

#[test]
fn the_test_data_lies_in_the_manifest_dir() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/expected.txt");
    assert_eq!(std::fs::read_to_string(path).unwrap().trim(), "location_observers");
}
