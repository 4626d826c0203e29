//! Observers of the crate's place: `module_path!`, `file!`, `env!` and
//! `option_env!` of cargo's package variables, and a local macro whose
//! expansion calls `module_path!` where it is used.
pub use location_observers_naming::report::*;

/// The module this function is defined in.
pub fn origin() -> &'static str {
    module_path!()
}

/// The source file this function is defined in, as rustc names it.
pub fn source_file() -> &'static str {
    file!()
}

/// The package name cargo compiles this code for.
pub fn package() -> &'static str {
    env!("CARGO_PKG_NAME")
}

/// The crate name cargo compiles this code for.
pub fn crate_name() -> &'static str {
    env!("CARGO_CRATE_NAME")
}

/// The package directory cargo compiles this code for, if cargo set it.
pub fn manifest_dir() -> Option<&'static str> {
    option_env!("CARGO_MANIFEST_DIR")
}

/// A message located by the `located!` macro (expanded here).
pub fn warning(message: &str) -> String {
    located!(message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_original_module_file_and_package() {
        assert_eq!(origin(), "location_observers::report");
        assert_eq!(source_file(), "src/report.rs");
        assert_eq!(package(), "location_observers");
        assert_eq!(crate_name(), "location_observers");
        assert_eq!(warning("low"), "[location_observers::report] low");
    }

    #[test]
    fn finds_the_package_manifest_in_the_manifest_dir() {
        let manifest = std::path::Path::new(manifest_dir().unwrap()).join("Cargo.toml");
        let text = std::fs::read_to_string(manifest).unwrap();
        assert!(text.contains("name = \"location_observers\""));
    }
}
