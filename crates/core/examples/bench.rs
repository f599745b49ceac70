//! Times the core's calculations: `cargo run --release -p migrationto-core --example bench`.
//! A report for the README, never a test: machines differ.

use migrationto_core::calendar::{BakuDate, WorkingCalendar};
use migrationto_core::citizenship::Citizenship;
use migrationto_core::content::SearchEntry;
use migrationto_core::fees::{TrpApplicant, TrpProcessing, trp_fee};
use migrationto_core::ics::{AllDayEvent, calendar as ics_calendar};
use migrationto_core::registration::{
    Accommodation, AddressMove, EntryBasis, PlannedStay, RegistrationInput, registration,
};
use migrationto_core::search::Index;
use migrationto_core::stay::{StayRule, Trip, days_of_stay};
use std::hint::black_box;
use std::time::Instant;

fn time(name: &str, iterations: u32, mut f: impl FnMut()) {
    for _ in 0..iterations / 10 {
        f();
    }
    let start = Instant::now();
    for _ in 0..iterations {
        f();
    }
    let per_call = start.elapsed().as_secs_f64() * 1e6 / f64::from(iterations);
    println!("{name:<48} {per_call:>8.3} µs per call");
}

fn main() {
    let d = |s: &str| BakuDate::parse_iso(s).unwrap();
    let calendar = WorkingCalendar::published();
    let input = RegistrationInput {
        citizenship: Citizenship::parse("KZ").unwrap(),
        arrival: d("2026-03-05"),
        stay: PlannedStay::Until(d("2026-05-20")),
        accommodation: Accommodation::PrivateFlat,
        entry: EntryBasis::VisaFree,
        moved: Some(AddressMove { arrived: d("2026-03-19"), same_owner: false }),
    };
    time("registration deadline (with a move over Novruz)", 200_000, || {
        black_box(registration(black_box(&input), d("2026-03-10"), calendar).unwrap());
    });
    let trips: Vec<Trip> = (0..10)
        .map(|i| Trip { entry: d("2026-01-05").add_days(i * 30), exit: Some(d("2026-01-05").add_days(i * 30 + 5)) })
        .collect();
    time("days of stay, Russia rule, 10 trips", 200_000, || {
        black_box(
            days_of_stay(StayRule::PerCalendarYear, black_box(&trips), d("2026-11-22"), Some(d("2026-12-01"))).unwrap(),
        );
    });
    time("add 5 working days across Novruz", 1_000_000, || {
        black_box(calendar.add_working_days(black_box(d("2026-03-19")), 5));
    });
    time("TRP fee lookup", 5_000_000, || {
        black_box(trp_fee(TrpApplicant::Adult, TrpProcessing::FifteenWorkingDays, black_box(24)));
    });
    let events: Vec<AllDayEvent> = (0..5)
        .map(|i| AllDayEvent {
            date: d("2026-11-25").add_days(i * 20),
            summary: "Последний день для регистрации по месту пребывания в Азербайджане",
            description: "Носит справочный характер: решение принимает Государственная миграционная служба.",
        })
        .collect();
    time("calendar file (.ics), 5 events in Russian", 100_000, || {
        black_box(ics_calendar(black_box(&events), 1_795_336_205_000));
    });
    // The full search index of each language, as the last build wrote it (dist/).
    for (lang, query) in [("az", "yasamaq icazesi"), ("en", "work permit"), ("ru", "разрешение на работу")]
    {
        let file = format!("{}/../../dist/content/{lang}/search.json", env!("CARGO_MANIFEST_DIR"));
        let Ok(json) = std::fs::read_to_string(&file) else {
            println!("search ({lang}): no {file}; run scripts/serve.sh or trunk build first");
            continue;
        };
        let entries: Vec<SearchEntry> = serde_json::from_str(&json).unwrap();
        let kb = json.len() / 1024;
        let index = Index::new(entries);
        time(&format!("search \"{query}\" ({lang}, {kb} KB index)"), 200, || {
            black_box(index.search(black_box(query)));
        });
    }
}
