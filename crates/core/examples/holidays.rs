//! Prints a year's non-working days as the portal counts them, to compare with the Cabinet
//! of Ministers' decision when it is published (docs/calendar.md):
//! `cargo run -p migrationto-core --example holidays -- 2027`

use migrationto_core::calendar::{BakuDate, DayStatus, WorkingCalendar, YearStatus};

fn main() {
    let Some(year) = std::env::args().nth(1).and_then(|y| y.parse::<i32>().ok()) else {
        eprintln!("usage: cargo run -p migrationto-core --example holidays -- YEAR");
        std::process::exit(2);
    };
    let cal = WorkingCalendar::published();
    match cal.status(year) {
        YearStatus::Published { decision, source } => {
            println!("{year}: published\ndecision: {decision}\nsource: {source}")
        }
        YearStatus::Provisional { estimates: true } => {
            println!("{year}: PROVISIONAL (lunar holidays estimated, swaps unknown)")
        }
        YearStatus::Provisional { estimates: false } => {
            println!("{year}: PROVISIONAL (no data file: fixed holidays and transfers only)")
        }
    }
    println!();
    for day in cal.listing(year) {
        let status = match day.status {
            DayStatus::Off => "off",
            DayStatus::Working => "WORKING",
            DayStatus::Uncertain => "off?",
        };
        println!("{}  {:<9}  {:<7}  {}", day.date, weekday(day.date), status, day.what);
    }
    let working = (0..366)
        .map(|n| BakuDate::from_ymd(year, 1, 1).expect("a year in range").add_days(n))
        .filter(|d| d.year() == year && cal.is_working_day(*d))
        .count();
    println!("\nworking days in a five-day week: {working} (uncertain days counted as working)");
}

fn weekday(date: BakuDate) -> String {
    format!("{:?}", date.weekday())
}
