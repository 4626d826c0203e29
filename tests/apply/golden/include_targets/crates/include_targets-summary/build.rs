//! Writes `$OUT_DIR/generated.rs`, which `src/generated.rs` includes.

use std::env;
use std::fs;
use std::path::Path;

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    // The script runs in the package directory and reads a file of it.
    let answer = fs::read_to_string("data/answer.txt").expect("data/answer.txt is in the package");
    let code = format!("/// Written by build.rs.\npub const BUILD_ANSWER: u32 = {};\n", answer.trim());
    fs::write(Path::new(&out_dir).join("generated.rs"), code).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=data/answer.txt");
}
