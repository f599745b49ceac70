//! Command-line configuration.

use migrationto_core::calendar::BakuDate;
use std::net::SocketAddr;
use std::path::PathBuf;

/// How the server runs.
#[derive(Clone, Debug)]
pub struct Config {
    /// The folder Trunk built (`dist`).
    pub dist: PathBuf,
    /// Where to listen; loopback by default.
    pub addr: SocketAddr,
    /// The folder of the SQLite database.
    pub data: PathBuf,
    /// Partner origins allowed to call the API and to frame the embed pages.
    pub partners: Vec<String>,
    /// Where the app should call the API, if not `/api/v1` on the same origin.
    pub api_base: Option<String>,
    /// Lookups allowed a minute from one client.
    pub lookups_per_minute: u32,
    /// Appointment bookings allowed an hour from one client.
    pub bookings_per_hour: u32,
    /// Uploads allowed an hour from one client, by count and by megabytes (MiB).
    pub uploads_per_hour: u32,
    pub upload_megabytes_per_hour: u32,
    /// Drafts saved an hour from one client.
    pub drafts_per_hour: u32,
    /// Behind a reverse proxy on loopback: take the client's address from `X-Real-IP`.
    pub behind_proxy: bool,
    /// For trying the portal on another day (tests, demos), never in production: the server's
    /// clock starts at noon in Baku on this day and runs on from there.
    pub today: Option<BakuDate>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            dist: PathBuf::from("dist"),
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data: PathBuf::from("data"),
            partners: Vec::new(),
            api_base: None,
            lookups_per_minute: 10,
            bookings_per_hour: 10,
            uploads_per_hour: 40,
            upload_megabytes_per_hour: 100,
            drafts_per_hour: 30,
            behind_proxy: false,
            today: None,
        }
    }
}

/// What the command line asks for.
#[derive(Debug)]
pub enum Command {
    /// Serve the app and the API.
    Serve(Config),
    /// Load the demo registrations and travel bans into the database, dated from today (or
    /// from `--today`).
    DemoData { data: PathBuf, today: Option<BakuDate> },
    /// Move an application to another status, as a caseworker would.
    SetStatus { data: PathBuf, reference: String, status: String },
    /// Record that an application's state fee was received, as a caseworker would.
    MarkPaid { data: PathBuf, reference: String },
    /// Write a consistent copy of the database to a new file, while the server runs.
    Backup { data: PathBuf, to: PathBuf },
}

pub const USAGE: &str = "usage:
  migrationto-backend [serve] [--dist DIR] [--addr HOST:PORT] [--data DIR] [--partner ORIGIN]...
                      [--api-base URL] [--lookups-per-minute N] [--bookings-per-hour N]
                      [--uploads-per-hour N] [--upload-megabytes-per-hour N] [--drafts-per-hour N]
                      [--behind-proxy] [--today YYYY-MM-DD]
  migrationto-backend demo-data [--data DIR] [--today YYYY-MM-DD]
      --today: act as if it were that day in Baku (for tests and demos only)
  migrationto-backend set-status [--data DIR] REFERENCE STATUS
      STATUS: received, under_review, documents_requested, approved, refused, ready_for_collection
  migrationto-backend mark-paid [--data DIR] REFERENCE
      REFERENCE: the payment reference (P...) or the application's (A...)
  migrationto-backend backup [--data DIR] FILE
      a consistent copy of the database in FILE (new), while the server runs; to restore, stop
      the server and put FILE in place of DIR/migrationto.sqlite3";

impl Command {
    /// Reads the arguments after the program name; anything unexpected is an error message.
    pub fn from_args(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
        let mut args: Vec<String> = args.into_iter().collect();
        let verb = match args.first().map(String::as_str) {
            Some("serve" | "demo-data" | "set-status" | "mark-paid" | "backup") => args.remove(0),
            _ => "serve".to_owned(),
        };
        let mut config = Config::default();
        let mut positional = Vec::new();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            if !arg.starts_with("--") {
                positional.push(arg);
                continue;
            }
            if arg == "--behind-proxy" {
                config.behind_proxy = true;
                continue;
            }
            let value = args.next().ok_or_else(|| format!("{arg} needs a value"))?;
            match arg.as_str() {
                "--dist" => config.dist = PathBuf::from(value),
                "--data" => config.data = PathBuf::from(value),
                "--addr" => config.addr = value.parse().map_err(|_| format!("--addr: not an address: {value}"))?,
                "--partner" => {
                    if !(value.starts_with("http://") || value.starts_with("https://")) || value.ends_with('/') {
                        return Err(format!("--partner: not an origin such as https://hotel.example: {value}"));
                    }
                    config.partners.push(value)
                }
                "--api-base" => config.api_base = Some(value),
                "--today" => {
                    config.today = Some(
                        BakuDate::parse_iso(&value)
                            .map_err(|_| format!("--today: not a date such as 2027-11-24: {value}"))?,
                    )
                }
                "--lookups-per-minute" => config.lookups_per_minute = count(&arg, &value)?,
                "--bookings-per-hour" => config.bookings_per_hour = count(&arg, &value)?,
                "--uploads-per-hour" => config.uploads_per_hour = count(&arg, &value)?,
                "--upload-megabytes-per-hour" => config.upload_megabytes_per_hour = count(&arg, &value)?,
                "--drafts-per-hour" => config.drafts_per_hour = count(&arg, &value)?,
                _ => return Err(format!("unknown option {arg}")),
            }
        }
        match (verb.as_str(), positional.as_slice()) {
            ("serve", []) => Ok(Command::Serve(config)),
            ("demo-data", []) => Ok(Command::DemoData { data: config.data, today: config.today }),
            ("backup", [to]) => Ok(Command::Backup { data: config.data, to: PathBuf::from(to) }),
            ("set-status", [reference, status]) => {
                Ok(Command::SetStatus { data: config.data, reference: reference.clone(), status: status.clone() })
            }
            ("mark-paid", [reference]) => Ok(Command::MarkPaid { data: config.data, reference: reference.clone() }),
            _ => Err(format!("unexpected arguments for {verb}: {}", positional.join(" "))),
        }
    }
}

/// A limit's value: a whole number above 0.
fn count(flag: &str, value: &str) -> Result<u32, String> {
    value.parse().ok().filter(|n| *n > 0).ok_or_else(|| format!("{flag}: not a whole number above 0: {value}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn serve(list: &[&str]) -> Config {
        match Command::from_args(args(list)).unwrap() {
            Command::Serve(c) => c,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn defaults_to_serving_on_loopback_8080() {
        let c = serve(&[]);
        assert_eq!(c.addr.to_string(), "127.0.0.1:8080");
        assert_eq!(c.dist, PathBuf::from("dist"));
        assert_eq!(c.data, PathBuf::from("data"));
        assert!(c.partners.is_empty() && !c.behind_proxy);
    }

    #[test]
    fn reads_flags() {
        let c = serve(&[
            "serve",
            "--addr",
            "127.0.0.1:9000",
            "--dist",
            "/tmp/x",
            "--partner",
            "http://127.0.0.1:8282",
            "--partner",
            "https://hotel.example",
            "--behind-proxy",
            "--lookups-per-minute",
            "3",
        ]);
        assert_eq!(c.addr.port(), 9000);
        assert_eq!(c.dist, PathBuf::from("/tmp/x"));
        assert_eq!(c.partners, ["http://127.0.0.1:8282", "https://hotel.example"]);
        assert!(c.behind_proxy);
        assert_eq!(c.lookups_per_minute, 3);
    }

    #[test]
    fn reads_commands() {
        assert!(matches!(
            Command::from_args(args(&["demo-data", "--data", "d"])),
            Ok(Command::DemoData { today: None, .. })
        ));
        match Command::from_args(args(&["demo-data", "--today", "2027-11-24"])).unwrap() {
            Command::DemoData { today, .. } => assert_eq!(today.map(|d| d.to_string()).as_deref(), Some("2027-11-24")),
            other => panic!("{other:?}"),
        }
        assert_eq!(serve(&["--today", "2027-01-04"]).today, BakuDate::parse_iso("2027-01-04").ok());
        match Command::from_args(args(&["set-status", "A123", "approved"])).unwrap() {
            Command::SetStatus { reference, status, .. } => {
                assert_eq!((reference.as_str(), status.as_str()), ("A123", "approved"))
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn rejects_bad_input() {
        for bad in [
            &["--addr", "nowhere"][..],
            &["--addr"],
            &["--port", "1"],
            &["--partner", "hotel.example"],
            &["--partner", "https://hotel.example/"],
            &["--lookups-per-minute", "0"],
            &["set-status", "A123"],
            &["serve", "extra"],
            &["--today", "2027-02-30"],
            &["--today", "tomorrow"],
        ] {
            assert!(Command::from_args(args(bad)).is_err(), "{bad:?}");
        }
    }
}
