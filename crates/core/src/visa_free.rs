//! Entry without a visa by citizenship, as far as the portal has checked: the table in
//! `data/visa-free.tsv`. The registration deadline calculator takes its threshold from it and
//! the visa-free entry guide shows it (the content build), so the two never disagree.

use crate::basis::Basis;
use crate::citizenship::Citizenship;

/// How long a citizen may stay without a visa.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StayLimit {
    /// At most 90 days in a calendar year in total.
    CalendarYear90,
    /// The general rule (at most 90 days), unless the country's agreement says otherwise.
    General,
}

/// One citizenship's row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// ISO 3166 code.
    pub citizenship: &'static str,
    pub stay: StayLimit,
    /// Registration is needed after this many days of stay, and by the last of them.
    pub register_after: i64,
    /// The texts of the rules the row rests on (`basis.kazakhstan_protocol`).
    pub basis: Vec<&'static str>,
}

/// Registration after 15 days (Migration Code Art. 21) for every citizenship not in the table.
pub const GENERAL_REGISTER_AFTER: i64 = 15;

const TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/data/visa-free.tsv"));

/// Every row, in the file's order (parsed once).
pub fn rows() -> &'static [Row] {
    static ROWS: std::sync::OnceLock<Vec<Row>> = std::sync::OnceLock::new();
    ROWS.get_or_init(|| {
        crate::tsv::rows(TSV)
            .map(|cols| {
                let col = |i: usize| cols.get(i).copied().unwrap_or_default();
                Row {
                    citizenship: col(0),
                    stay: match col(1) {
                        "calendar-year-90" => StayLimit::CalendarYear90,
                        "general" => StayLimit::General,
                        other => panic!("data/visa-free.tsv: unknown stay '{other}'"),
                    },
                    register_after: col(2).parse().unwrap_or_else(|_| panic!("data/visa-free.tsv: '{}'", col(2))),
                    basis: col(3).split_whitespace().collect(),
                }
            })
            .collect()
    })
}

/// The row of a citizenship, if the table has one.
pub fn row(citizenship: &Citizenship) -> Option<&'static Row> {
    rows().iter().find(|r| citizenship.is(r.citizenship))
}

/// After how many days of stay a citizen must be registered, and the rule that says so.
pub fn registration_threshold(citizenship: &Citizenship) -> (i64, Basis) {
    let basis_of = |r: &Row| {
        [Basis::KazakhstanProtocol30Days, Basis::RegistrationWithin15Days]
            .into_iter()
            .find(|b| r.basis.contains(&format!("basis.{}", b.key()).as_str()))
    };
    match row(citizenship) {
        Some(r) => (r.register_after, basis_of(r).unwrap_or(Basis::RegistrationWithin15Days)),
        None => (GENERAL_REGISTER_AFTER, Basis::RegistrationWithin15Days),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(code: &str) -> Citizenship {
        Citizenship::parse(code).unwrap()
    }

    #[test]
    fn the_table_has_what_facts_says() {
        assert_eq!(registration_threshold(&of("KZ")), (30, Basis::KazakhstanProtocol30Days));
        assert_eq!(registration_threshold(&of("uz")), (15, Basis::RegistrationWithin15Days));
        assert_eq!(registration_threshold(&of("RU")), (15, Basis::RegistrationWithin15Days));
        assert_eq!(registration_threshold(&of("FR")), (15, Basis::RegistrationWithin15Days));
        assert_eq!(row(&of("RU")).unwrap().stay, StayLimit::CalendarYear90);
        assert_eq!(row(&of("KZ")).unwrap().stay, StayLimit::General);
        assert!(row(&of("FR")).is_none());
    }

    #[test]
    fn every_row_is_well_formed_and_once() {
        let codes: std::collections::BTreeSet<&str> = rows().iter().map(|r| r.citizenship).collect();
        assert_eq!(codes.len(), rows().len());
        for r in rows() {
            assert!(Citizenship::parse(r.citizenship).is_some(), "{r:?}");
            assert!(r.register_after >= GENERAL_REGISTER_AFTER, "{r:?}");
            assert!(!r.basis.is_empty(), "{r:?}");
            assert!(r.basis.iter().all(|k| k.starts_with("basis.") || k.starts_with("visa_free_table.")), "{r:?}");
        }
    }
}
