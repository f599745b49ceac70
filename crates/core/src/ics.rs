//! iCalendar (RFC 5545) files of all-day events, so a calculator's deadlines can be added to
//! any calendar app. Text is escaped (3.3.11) and lines are folded at 75 octets without
//! splitting a UTF-8 character (3.1); lines end in CRLF.

use crate::calendar::BakuDate;

/// One all-day event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AllDayEvent<'a> {
    pub date: BakuDate,
    pub summary: &'a str,
    pub description: &'a str,
}

/// A calendar with `events`; `now_unix_millis` is when it is made (DTSTAMP, in UTC).
pub fn calendar(events: &[AllDayEvent], now_unix_millis: i64) -> String {
    let stamp = utc_stamp(now_unix_millis);
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//migrationto//calculators//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push_line(&mut out, line);
    }
    for (index, event) in events.iter().enumerate() {
        let start = ymd(event.date);
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(&mut out, &format!("UID:{start}-{index}-{:08x}@migrationto.az", fnv1a(event.summary)));
        push_line(&mut out, &format!("DTSTAMP:{stamp}"));
        push_line(&mut out, &format!("DTSTART;VALUE=DATE:{start}"));
        // All-day events end on the next day, exclusive.
        push_line(&mut out, &format!("DTEND;VALUE=DATE:{}", ymd(event.date.next_day())));
        push_line(&mut out, &format!("SUMMARY:{}", escape(event.summary)));
        push_line(&mut out, &format!("DESCRIPTION:{}", escape(event.description)));
        push_line(&mut out, "TRANSP:TRANSPARENT");
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

fn ymd(date: BakuDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// `YYYYMMDDTHHMMSSZ` for an instant.
fn utc_stamp(unix_millis: i64) -> String {
    let seconds = unix_millis.div_euclid(1000);
    // The UTC date is "today in Baku" four hours earlier.
    let date = BakuDate::today_at((seconds - 4 * 3600) * 1000);
    let time = seconds.rem_euclid(86_400);
    format!("{}T{:02}{:02}{:02}Z", ymd(date), time / 3600, time / 60 % 60, time % 60)
}

/// TEXT value escaping: backslash, semicolon, comma and line breaks.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// Appends a content line, folded so no physical line is longer than 75 octets.
fn push_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// A short stable hash, so an event's UID is the same each time the file is made.
fn fnv1a(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |hash, byte| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::calendar::fixture::d;

    fn unfold(ics: &str) -> String {
        ics.replace("\r\n ", "")
    }

    #[test]
    fn an_all_day_event_ends_the_next_day_across_the_year_end() {
        let ics = calendar(&[AllDayEvent { date: d("2026-12-31"), summary: "Last day", description: "x" }], 0);
        assert!(ics.contains("\r\nDTSTART;VALUE=DATE:20261231\r\n"));
        assert!(ics.contains("\r\nDTEND;VALUE=DATE:20270101\r\n"));
        assert!(ics.contains("\r\nDTSTAMP:19700101T000000Z\r\n"));
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        // Every line break is CRLF.
        assert_eq!(ics.matches('\n').count(), ics.matches("\r\n").count());
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let summary = "Последний день для регистрации по месту пребывания в Азербайджане, ";
        let description = "Qeydiyyat üçün son gün: 25 noyabr 2026; ".repeat(5);
        let ics =
            calendar(&[AllDayEvent { date: d("2026-11-25"), summary, description: &description }], 1_795_000_000_000);
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
        }
        // Unfolding gives the escaped text back whole (a split character would not be a str).
        let unfolded = unfold(&ics);
        assert!(unfolded.contains(&format!("SUMMARY:{}", escape(summary))));
        assert!(unfolded.contains(&format!("DESCRIPTION:{}", escape(&description))));
    }

    #[test]
    fn uids_are_unique_and_stable() {
        let events = [
            AllDayEvent { date: d("2026-11-25"), summary: "Register", description: "" },
            AllDayEvent { date: d("2026-11-25"), summary: "Register at the new address", description: "" },
            AllDayEvent { date: d("2026-11-25"), summary: "Register", description: "" },
        ];
        let uids = |ics: String| ics.lines().filter(|l| l.starts_with("UID:")).map(str::to_owned).collect::<Vec<_>>();
        let first = uids(calendar(&events, 0));
        let mut unique = first.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), 3);
        assert_eq!(first, uids(calendar(&events, 86_400_000)));
    }

    #[test]
    fn the_stamp_is_utc() {
        // 2026-11-22T08:30:05Z
        assert_eq!(utc_stamp(1_795_336_205_000), "20261122T083005Z");
        assert_eq!(utc_stamp(1_795_305_600_000 - 1000), "20261121T235959Z");
    }
}
