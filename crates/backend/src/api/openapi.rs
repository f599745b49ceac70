//! The OpenAPI document (`openapi.json` beside this crate), served with its example dates set
//! from the server's today: a date fixed when the document was written would soon be in the
//! past, and an example request would then be refused.

use migrationto_core::calendar::{BakuDate, WorkingCalendar};
use migrationto_core::centres;
use serde_json::Value;

const DOCUMENT: &str = include_str!("../../openapi.json");

/// Where the document holds a date example, and which day it should show.
const DATED_EXAMPLES: [(&str, Day); 4] = [
    ("/paths/~1service-centres~1{id}~1slots/get/parameters/1/example", Day::FirstBookable),
    ("/components/schemas/BookAppointment/properties/date/examples/0", Day::FirstBookable),
    ("/components/schemas/Date/examples/0", Day::Today),
    ("/components/schemas/Answers/examples/0/stay.arrival", Day::DaysAgo(3)),
];

#[derive(Clone, Copy)]
enum Day {
    Today,
    DaysAgo(i64),
    /// The first day a centre takes appointments: a slots query for it lists times, and a
    /// booking for it is accepted.
    FirstBookable,
}

/// The document as served on `today`.
pub fn document(today: BakuDate) -> Value {
    let mut doc: Value = serde_json::from_str(DOCUMENT).expect("openapi.json is JSON (a test reads it)");
    for (pointer, day) in DATED_EXAMPLES {
        let date = match day {
            Day::Today => today,
            Day::DaysAgo(n) => today.add_days(-n),
            Day::FirstBookable => centres::next_bookable_days(WorkingCalendar::published(), today, 1)
                .first()
                .copied()
                .unwrap_or(today.add_days(1)),
        };
        let example = doc.pointer_mut(pointer).unwrap_or_else(|| panic!("openapi.json has no {pointer}"));
        *example = Value::String(date.to_string());
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> BakuDate {
        migrationto_core::validate::date(s).unwrap()
    }

    #[test]
    fn every_dated_example_is_set_from_today() {
        // A Friday: the first bookable day is the Monday after (5 October is a working day).
        let doc = document(day("2026-10-02"));
        let at = |p: &str| doc.pointer(p).and_then(Value::as_str).unwrap().to_owned();
        assert_eq!(at(DATED_EXAMPLES[0].0), "2026-10-05");
        assert_eq!(at(DATED_EXAMPLES[1].0), "2026-10-05");
        assert_eq!(at(DATED_EXAMPLES[2].0), "2026-10-02");
        assert_eq!(at(DATED_EXAMPLES[3].0), "2026-09-29");
    }
}
