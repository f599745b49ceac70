//! The calculators' answers as they travel in an address (`?c=RUS&arrival=2026-12-01`): the
//! portal's pages keep their answers there so a result can be bookmarked or shared, and a
//! widget's "open the full calculator" link lands on the same page with the same answers.
//! Both write their addresses here, so the two cannot disagree on a parameter.

/// A date as typed, `year-month-day`; empty when nothing was typed.
pub fn date_to_query(year: &str, month: &str, day: &str) -> String {
    let parts = [year.trim(), month.trim(), day.trim()];
    if parts.iter().all(|p| p.is_empty()) { String::new() } else { parts.join("-") }
}

/// The parts `(year, month, day)` of a date written by [`date_to_query`]; missing ones are empty.
pub fn date_from_query(value: &str) -> (String, String, String) {
    let mut parts = value.splitn(3, '-').map(str::to_owned);
    (parts.next().unwrap_or_default(), parts.next().unwrap_or_default(), parts.next().unwrap_or_default())
}

/// A trip of the days-of-stay calculator, `entry~exit`, each date as typed; empty when both are.
pub fn trip_to_query(entry: &str, exit: &str) -> String {
    if entry.is_empty() && exit.is_empty() { String::new() } else { format!("{entry}~{exit}") }
}

/// The entry and exit of a trip written by [`trip_to_query`].
pub fn trip_from_query(value: &str) -> (&str, &str) {
    value.split_once('~').unwrap_or((value, ""))
}

/// The registration-deadline calculator's answers, each as its query parameter holds it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeadlineQuery {
    pub citizenship: String,
    pub arrival: String,
    pub departure: String,
    pub accommodation: String,
    pub entry: String,
    pub visa_days: String,
    pub moved: String,
    pub moved_on: String,
    pub owner: String,
}

impl DeadlineQuery {
    /// The answers from an address's parameters (`get` gives a parameter's value, or "").
    pub fn read(get: impl Fn(&str) -> String) -> DeadlineQuery {
        DeadlineQuery {
            citizenship: get("c"),
            arrival: get("arrival"),
            departure: get("departure"),
            accommodation: get("stay"),
            entry: get("entry"),
            visa_days: get("days"),
            moved: get("moved"),
            moved_on: get("moved_on"),
            owner: get("owner"),
        }
    }

    /// The parameters, leaving out answers to questions that were not asked (the visa's days
    /// for a visa-free entry, the move's details when there was no move).
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let moved = self.moved == "yes";
        let asked = |asked: bool, value: &String| if asked { value.clone() } else { String::new() };
        vec![
            ("c", self.citizenship.clone()),
            ("arrival", self.arrival.clone()),
            ("departure", self.departure.clone()),
            ("stay", self.accommodation.clone()),
            ("entry", self.entry.clone()),
            ("days", asked(self.entry != "visa-free", &self.visa_days)),
            ("moved", self.moved.clone()),
            ("moved_on", asked(moved, &self.moved_on)),
            ("owner", asked(moved, &self.owner)),
        ]
    }
}

/// The days-of-stay calculator's parameters: the rule, each trip, the planned entry.
pub fn stay_pairs(rule: &str, trips: &[String], planned: &str) -> Vec<(&'static str, String)> {
    let mut pairs = vec![("rule", rule.to_owned())];
    pairs.extend(trips.iter().map(|t| ("trip", t.clone())));
    pairs.push(("enter", planned.to_owned()));
    pairs
}

/// `key=value&…` with each value percent-encoded as `encodeURIComponent` does; empty values
/// are left out.
pub fn query_string(pairs: &[(&str, String)]) -> String {
    pairs.iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| format!("{k}={}", encode(v))).collect::<Vec<_>>().join("&")
}

/// `path?query`, or just `path` when there is nothing to add.
pub fn with_query(path: &str, pairs: &[(&str, String)]) -> String {
    match query_string(pairs) {
        query if query.is_empty() => path.to_owned(),
        query => format!("{path}?{query}"),
    }
}

/// The parameters of a query string (`a=1&trip=x~y&trip=z`, with or without its `?`), in order,
/// each key and value percent-decoded as `decodeURIComponent` does and `+` read as a space (as
/// a form's `GET` writes it). A malformed escape is kept as it was written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query(Vec<(String, String)>);

impl Query {
    pub fn parse(search: &str) -> Query {
        let pairs = search.strip_prefix('?').unwrap_or(search).split('&').filter(|p| !p.is_empty());
        Query(
            pairs
                .map(|pair| {
                    let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
                    (decode(key), decode(value))
                })
                .collect(),
        )
    }

    /// The first value of `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    /// Every value of `key`, in order.
    pub fn get_all(&self, key: &str) -> Vec<String> {
        self.0.iter().filter(|(k, _)| k == key).map(|(_, v)| v.clone()).collect()
    }
}

fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|b| (*b as char).to_digit(16));
        match bytes[i] {
            b'%' => match (hex(i + 1), hex(i + 2)) {
                (Some(high), Some(low)) => {
                    out.push((high * 16 + low) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

fn encode(value: &str) -> String {
    let mut out = String::new();
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'!' | b'~' | b'*' | b'\'' | b'(' | b')' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_reads_back_what_query_string_wrote() {
        let pairs =
            [("c", "KZ".to_owned()), ("trip", "2026-1-2~2026-1-9".to_owned()), ("trip", "a b&c=d/é".to_owned())];
        let query = Query::parse(&format!("?{}", query_string(&pairs)));
        assert_eq!(query.get("c"), Some("KZ"));
        assert_eq!(query.get_all("trip"), ["2026-1-2~2026-1-9", "a b&c=d/é"]);
        assert_eq!(query.get("enter"), None);
        assert!(query.get_all("enter").is_empty());
    }

    #[test]
    fn a_query_reads_a_form_s_spaces_and_keeps_what_does_not_decode() {
        let query = Query::parse("q=temporary+residence&bad=100%&odd=%zz&bytes=%FF&flag&=x");
        assert_eq!(query.get("q"), Some("temporary residence"));
        assert_eq!(query.get("bad"), Some("100%"));
        assert_eq!(query.get("odd"), Some("%zz"));
        assert_eq!(query.get("bytes"), Some("%FF"));
        assert_eq!(query.get("flag"), Some(""));
        assert_eq!(query.get(""), Some("x"));
        assert_eq!(Query::parse(""), Query::default());
    }

    #[test]
    fn a_date_round_trips_as_typed_and_nothing_typed_is_left_out() {
        assert_eq!(date_to_query(" 2026", "12", "1 "), "2026-12-1");
        assert_eq!(date_from_query("2026-12-1"), ("2026".into(), "12".into(), "1".into()));
        assert_eq!(date_to_query("", " ", ""), "");
        assert_eq!(date_from_query("2026"), ("2026".into(), String::new(), String::new()));
    }

    #[test]
    fn a_trip_keeps_a_missing_exit() {
        assert_eq!(trip_to_query("2026-01-02", ""), "2026-01-02~");
        assert_eq!(trip_from_query("2026-01-02~"), ("2026-01-02", ""));
        assert_eq!(trip_to_query("", ""), "");
    }

    #[test]
    fn answers_to_questions_not_asked_stay_out_of_the_address() {
        let q = DeadlineQuery {
            citizenship: "RUS".into(),
            arrival: "2026-12-01".into(),
            entry: "visa-free".into(),
            visa_days: "30".into(),
            moved: "no".into(),
            moved_on: "2026-12-03".into(),
            ..DeadlineQuery::default()
        };
        assert_eq!(
            with_query("/en/calculators/registration-deadline", &q.pairs()),
            "/en/calculators/registration-deadline?c=RUS&arrival=2026-12-01&entry=visa-free&moved=no"
        );
        let visa = DeadlineQuery { entry: "visa".into(), moved: "yes".into(), ..q.clone() };
        assert_eq!(
            query_string(&visa.pairs()),
            "c=RUS&arrival=2026-12-01&entry=visa&days=30&moved=yes&moved_on=2026-12-03"
        );
    }

    #[test]
    fn an_address_read_back_gives_the_same_answers() {
        let q =
            DeadlineQuery { citizenship: "KAZ".into(), owner: "me".into(), moved: "yes".into(), ..Default::default() };
        let pairs = q.pairs();
        let read =
            DeadlineQuery::read(|k| pairs.iter().find(|(p, _)| *p == k).map(|(_, v)| v.clone()).unwrap_or_default());
        assert_eq!(read, q);
    }

    #[test]
    fn values_are_encoded_as_encode_uri_component_does() {
        assert_eq!(
            query_string(&[("trip", "2026-1-2~2026-1-5".into()), ("x", "a b&ç".into())]),
            "trip=2026-1-2~2026-1-5&x=a%20b%26%C3%A7"
        );
    }
}
