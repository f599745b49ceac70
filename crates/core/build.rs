//! Embeds the data files (`data/*.tsv`, `data/holidays/*.txt`) without their comment lines,
//! which are for the people who keep the files (sources, decisions taken, how to check): a
//! browser gets only what is parsed (about 2 KB gzip less in every app that embeds the files).
//! A year file's `# status:`, `# decision:` and `# source:` lines are data and stay
//! (`calendar::year_data`). Also lists the year files for `calendar::year_data::FILES`, so
//! adding a year is adding its file.

use std::fmt::Write;
use std::path::{Path, PathBuf};

/// The comment lines that are data: `# <key>: <value>` (as `calendar::year_data::parse` reads them).
const KEPT: [&str; 3] = ["status", "decision", "source"];

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap()).join("data");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("data");
    std::fs::create_dir_all(out.join("holidays")).expect("OUT_DIR");
    for name in ["centres.tsv", "districts.tsv", "visa-free.tsv"] {
        embed(&root.join(name), &out.join(name));
    }
    let dir = root.join("holidays");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .expect("data/holidays")
        .map(|e| e.expect("a readable folder").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    files.sort();
    let mut list = String::from("&[\n");
    for (year, path) in files {
        let year: i32 = year.parse().unwrap_or_else(|_| panic!("{}: name a year file YYYY.txt", path.display()));
        let embedded = out.join("holidays").join(path.file_name().unwrap());
        embed(&path, &embedded);
        writeln!(list, "    ({year}, include_str!({:?})),", embedded.display().to_string()).unwrap();
    }
    list.push(']');
    std::fs::write(out.parent().unwrap().join("holiday_files.rs"), list).unwrap();
}

/// Writes `from` to `to` with the comment lines that are not data left empty (so a parser's
/// "line 12" is still the file's line 12).
fn embed(from: &Path, to: &Path) {
    println!("cargo::rerun-if-changed={}", from.display());
    let text = std::fs::read_to_string(from).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
    let data = |comment: &str| comment.trim().split_once(':').is_some_and(|(key, _)| KEPT.contains(&key));
    let kept: String = text
        .split_inclusive('\n')
        .map(|line| match line.trim().strip_prefix('#') {
            Some(comment) if !data(comment) => {
                if line.ends_with('\n') {
                    "\n"
                } else {
                    ""
                }
            }
            _ => line,
        })
        .collect();
    std::fs::write(to, kept).unwrap_or_else(|e| panic!("{}: {e}", to.display()));
}
