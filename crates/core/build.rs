//! Lists the year files in `data/holidays/` for `calendar::year_data::FILES`, so adding a year
//! is adding its file.

use std::fmt::Write;
use std::path::PathBuf;

fn main() {
    let dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap()).join("data/holidays");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .expect("data/holidays")
        .map(|e| e.expect("a readable folder").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    files.sort();
    let mut out = String::from("&[\n");
    for (year, path) in files {
        let year: i32 = year.parse().unwrap_or_else(|_| panic!("{}: name a year file YYYY.txt", path.display()));
        println!("cargo::rerun-if-changed={}", path.display());
        writeln!(out, "    ({year}, include_str!({:?})),", path.display().to_string()).unwrap();
    }
    out.push(']');
    std::fs::write(PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("holiday_files.rs"), out).unwrap();
}
