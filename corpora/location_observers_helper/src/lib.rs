//! Macros that observe the module they are called from, the way `log`
//! picks a record's target: `module_path!()` is expanded in the caller's
//! crate, so it names the caller's crate and module.
//!
//! ```
//! let line = location_observers_helper::record!("ready");
//! assert_eq!(line, format!("{}: ready", module_path!()));
//! assert_eq!(location_observers_helper::target!(), module_path!());
//! let snapshot = location_observers_helper::snapshot_file!("ready");
//! assert!(snapshot.to_str().unwrap().contains("snapshots"));
//! ```

/// The module path of the caller: a log target.
#[macro_export]
macro_rules! target {
    () => {
        module_path!()
    };
}

/// A message prefixed with the caller's module path, like a log line.
#[macro_export]
macro_rules! record {
    ($message:expr) => {
        format!("{}: {}", $crate::target!(), $message)
    };
}

/// The snapshot file `name` of the caller, found as `insta` finds it: in
/// `snapshots/` beside the caller's source file, named after the caller's
/// module path.
#[macro_export]
macro_rules! snapshot_file {
    ($name:expr) => {
        $crate::snapshot_path(file!(), env!("CARGO_MANIFEST_DIR"), module_path!(), $name)
    };
}

/// The snapshot file `name` of code in `file` (a path relative to the
/// workspace root, as `file!()` gives it: the root is the nearest ancestor
/// of `manifest_dir` that holds `file`) and in module `module_path`.
pub fn snapshot_path(file: &str, manifest_dir: &str, module_path: &str, name: &str) -> std::path::PathBuf {
    let mut root = std::path::Path::new(manifest_dir);
    while !root.join(file).is_file() {
        match root.parent() {
            Some(parent) => root = parent,
            None => break,
        }
    }
    let snapshot = format!("{}__{}.snap", module_path.replace("::", "__"), name);
    root.join(file).with_file_name("snapshots").join(snapshot)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_snapshot_lies_in_snapshots_beside_the_file_and_is_named_after_the_module() {
        // No ancestor of the directory holds the file: the path starts at the root.
        let path = super::snapshot_path("src/lib.rs", "/nowhere/at/all", "demo::shapes", "circle");
        assert_eq!(path, std::path::Path::new("/src/snapshots/demo__shapes__circle.snap"));
    }
}
