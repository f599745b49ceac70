//! The cities and districts of Azerbaijan (ISO 3166-2:AZ), for the address fields of forms.
//!
//! The list lives in `data/districts.tsv` (one unit a line: code, then the az, en and ru
//! names; `#` lines are comments, the first other line is the header) and is embedded at
//! build time, so it is the same in the browser and on the server.

use std::sync::OnceLock;

use crate::Lang;

/// The embedded data file.
const TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/data/districts.tsv"));

/// One city or district of Azerbaijan (ISO 3166-2:AZ).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct District {
    /// The ISO 3166-2 code, e.g. `AZ-BA`.
    pub code: &'static str,
    pub az: &'static str,
    pub en: &'static str,
    pub ru: &'static str,
}

impl District {
    /// The name in the given language.
    pub fn name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Az => self.az,
            Lang::En => self.en,
            Lang::Ru => self.ru,
        }
    }
}

fn parse() -> Vec<District> {
    crate::tsv::rows(TSV)
        .map(|cols| {
            let col = |i: usize| cols.get(i).copied().unwrap_or_default();
            District { code: col(0), az: col(1), en: col(2), ru: col(3) }
        })
        .collect()
}

/// Every district, in the file's order (sorted by the Azerbaijani name).
pub fn all() -> &'static [District] {
    static ALL: OnceLock<Vec<District>> = OnceLock::new();
    ALL.get_or_init(parse)
}

/// The district with an exact ISO 3166-2 code such as `AZ-BA`.
pub fn find(code: &str) -> Option<&'static District> {
    all().iter().find(|d| d.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn header_comes_first() {
        let header = TSV.lines().find(|l| !l.trim().is_empty() && !l.starts_with('#')).expect("a header line");
        assert_eq!(header.trim_end_matches('\r'), "code\taz\ten\tru");
        let source = include_str!("../data/districts.tsv");
        assert!(source.starts_with('#'), "the file starts with a comment naming its source");
        assert!(!TSV.contains('#'), "embedded without its comments");
        assert_eq!(TSV.lines().count(), source.lines().count(), "each line where it was");
    }

    #[test]
    fn every_line_has_four_non_empty_columns() {
        for line in crate::tsv::lines(TSV) {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 4, "{line:?}");
            for col in cols {
                assert!(!col.trim().is_empty(), "empty column in {line:?}");
                assert_eq!(col, col.trim(), "stray white space in {line:?}");
            }
        }
        assert_eq!(all().len(), crate::tsv::lines(TSV).count());
    }

    #[test]
    fn codes_are_unique_and_well_formed() {
        let mut seen = HashSet::new();
        for d in all() {
            assert!(seen.insert(d.code), "duplicate code {}", d.code);
            let rest = d.code.strip_prefix("AZ-").unwrap_or_else(|| panic!("{}", d.code));
            assert!(
                (2..=3).contains(&rest.len()) && rest.bytes().all(|b| b.is_ascii_uppercase()),
                "bad code {}",
                d.code
            );
        }
    }

    #[test]
    fn baku_is_found_with_its_names() {
        let baku = find("AZ-BA").expect("Baku");
        assert_eq!(baku.az, "Bakı");
        assert_eq!(baku.en, "Baku");
        assert_eq!(baku.ru, "Баку");
        assert_eq!(baku.name(Lang::Az), "Bakı");
        assert_eq!(baku.name(Lang::En), "Baku");
        assert_eq!(baku.name(Lang::Ru), "Баку");
        assert_eq!(find("az-ba"), None);
        assert_eq!(find("AZ-XX"), None);
    }

    #[test]
    fn the_list_is_complete_enough() {
        assert!(all().len() >= 70, "only {} entries", all().len());
        for code in ["AZ-GA", "AZ-SM", "AZ-MI", "AZ-NA", "AZ-SR", "AZ-XA", "AZ-SUS", "AZ-ABS"] {
            assert!(find(code).is_some(), "{code} missing");
        }
    }

    #[test]
    fn nakhchivan_is_included() {
        // Nakhchivan city and the Autonomous Republic's rayons.
        for code in ["AZ-NV", "AZ-BAB", "AZ-CUL", "AZ-KAN", "AZ-ORD", "AZ-SAD", "AZ-SAH", "AZ-SAR"] {
            assert!(find(code).is_some(), "{code} missing");
        }
        assert_eq!(find("AZ-NV").map(|d| d.en), Some("Nakhchivan"));
        assert_eq!(find("AZ-ORD").map(|d| d.az), Some("Ordubad"));
    }

    #[test]
    fn namesakes_say_which_is_which() {
        assert_eq!(find("AZ-SA").map(|d| d.az), Some("Şəki (şəhər)"));
        assert_eq!(find("AZ-SAK").map(|d| d.en), Some("Shaki (district)"));
        for lang in Lang::ALL {
            let names: HashSet<&str> = all().iter().map(|d| d.name(lang)).collect();
            assert_eq!(names.len(), all().len(), "two entries share a {lang:?} name");
        }
    }

    /// The position of a letter in the Azerbaijani alphabet; anything else sorts first.
    fn az_key(s: &str) -> Vec<usize> {
        const LOWER: &str = "abcçdeəfgğhxıijkqlmnoöprsştuüvyz";
        const UPPER: &str = "ABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ";
        s.chars()
            .map(|c| {
                LOWER.chars().position(|l| l == c).or_else(|| UPPER.chars().position(|u| u == c)).map_or(0, |i| i + 1)
            })
            .collect()
    }

    #[test]
    fn sorted_by_the_azerbaijani_name() {
        for pair in all().windows(2) {
            assert!(az_key(pair[0].az) < az_key(pair[1].az), "{} should come after {}", pair[0].az, pair[1].az);
        }
    }
}
