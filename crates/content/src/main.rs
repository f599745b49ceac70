//! `migrationto-content [--check]`: builds the articles into Trunk's staging folder
//! (`TRUNK_STAGING_DIR`, set when Trunk runs it as a hook) or into `--out DIR`; `--check`
//! only reads and checks them. `MIGRATIONTO_SITE_URL` sets the address used in the sitemap.

use migrationto_content::{Job, build};
use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut job = Job::project(std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from));
    if let Ok(site_url) = std::env::var("MIGRATIONTO_SITE_URL") {
        job.site_url = site_url;
    }
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => job.out = None,
            "--out" => job.out = args.next().map(PathBuf::from),
            other => {
                eprintln!(
                    "migrationto-content: unknown argument {other}\nusage: migrationto-content [--check] [--out DIR]"
                );
                std::process::exit(2);
            }
        }
    }
    match build(&job) {
        Ok(report) => eprintln!("migrationto-content: {} articles in az, en and ru", report.articles),
        Err(errors) => {
            for e in &errors {
                eprintln!("migrationto-content: {e}");
            }
            eprintln!("migrationto-content: {} problem(s): the build stops", errors.len());
            std::process::exit(1);
        }
    }
}
