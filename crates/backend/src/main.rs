//! `migrationto-backend`: serves the portal and its API, or runs a maintenance command
//! (`--help` lists them).

use migrationto_backend::{Command, USAGE, commands, db::Db, serve};
use migrationto_core::calendar::BakuDate;

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{USAGE}");
        return;
    }
    let command = Command::from_args(args).unwrap_or_else(|message| fail(2, &format!("{message}\n{USAGE}")));
    match command {
        Command::Serve(config) => {
            if let Err(err) = serve(config).await {
                fail(1, &err.to_string());
            }
        }
        Command::DemoData { data, today } => {
            let db = Db::open(&data).unwrap_or_else(|e| fail(1, &e.to_string()));
            let today = BakuDate::today_at(migrationto_backend::clock(today)());
            commands::load_demo_data(&db, today).unwrap_or_else(|e| fail(1, &e.to_string()));
            println!("demo registrations and travel bans loaded into {}", data.display());
        }
        Command::Backup { data, to } => {
            let db = Db::open(&data).unwrap_or_else(|e| fail(1, &e.to_string()));
            commands::backup(&db, &to).unwrap_or_else(|e| fail(1, &e));
            println!("{} copied to {}", data.display(), to.display());
        }
        Command::SetStatus { data, reference, status } => {
            let db = Db::open(&data).unwrap_or_else(|e| fail(1, &e.to_string()));
            commands::set_status(&db, &reference, &status, &now()).unwrap_or_else(|e| fail(1, &e));
            println!("{reference}: {status}");
        }
        Command::MarkPaid { data, reference } => {
            let db = Db::open(&data).unwrap_or_else(|e| fail(1, &e.to_string()));
            let payment = commands::mark_paid(&db, &reference, &now()).unwrap_or_else(|e| fail(1, &e));
            println!("{payment}: paid");
        }
    }
}

/// Now, RFC 3339 in UTC to the second: when a caseworker's change happened.
fn now() -> String {
    time::OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .expect("0 is valid")
        .format(&time::format_description::well_known::Rfc3339)
        .expect("formats")
}

fn fail(code: i32, message: &str) -> ! {
    eprintln!("migrationto-backend: {message}");
    std::process::exit(code)
}
