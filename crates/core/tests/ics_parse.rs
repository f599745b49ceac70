//! The calendar files parse with an independent iCalendar parser and say what was put in.

use migrationto_core::calendar::BakuDate;
use migrationto_core::ics::{AllDayEvent, calendar};

#[test]
fn an_independent_parser_reads_back_dates_and_texts() {
    let d = |s| BakuDate::parse_iso(s).unwrap();
    let events = [
        AllDayEvent {
            date: d("2026-11-25"),
            summary: "Qeydiyyat üçün son gün, yeni ünvan; Azərbaycan",
            description: "Göstərici xarakter daşıyır. https://migrationto.az/az/calculators/registration-deadline?c=KZ&arrival=2026-11-10",
        },
        AllDayEvent {
            date: d("2026-12-31"),
            summary: "Последний день пребывания, включительно; «Азербайджан»",
            description: "Line one\nline two, with \\ backslash",
        },
    ];
    let ics = calendar(&events, 1_795_336_205_000);
    let mut reader = ical::IcalParser::new(ics.as_bytes());
    let parsed = reader.next().expect("one calendar").expect("a valid calendar");
    assert!(reader.next().is_none());
    let prop = |p: &[ical::property::Property], name: &str| {
        p.iter().find(|x| x.name == name).and_then(|x| x.value.clone()).unwrap_or_default()
    };
    assert_eq!(prop(&parsed.properties, "VERSION"), "2.0");
    assert_eq!(parsed.events.len(), 2);
    for (event, input) in parsed.events.iter().zip(&events) {
        let p = &event.properties;
        let ymd = format!("{:04}{:02}{:02}", input.date.year(), input.date.month(), input.date.day());
        assert_eq!(prop(p, "DTSTART"), ymd);
        let next = input.date.next_day();
        assert_eq!(prop(p, "DTEND"), format!("{:04}{:02}{:02}", next.year(), next.month(), next.day()));
        assert_eq!(unescape(&prop(p, "SUMMARY")), input.summary);
        assert_eq!(unescape(&prop(p, "DESCRIPTION")), input.description);
        assert_eq!(prop(p, "DTSTAMP"), "20261122T083005Z");
        let start = p.iter().find(|x| x.name == "DTSTART").unwrap();
        assert_eq!(start.params.as_ref().unwrap()[0], ("VALUE".to_owned(), vec!["DATE".to_owned()]));
    }
}

/// The parser leaves TEXT escapes in place (RFC 5545 3.3.11); undo them to compare.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}
