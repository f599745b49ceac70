//! Who the rules apply to: a citizen of a country (ISO 3166-1 alpha-2) or a stateless person.

use std::fmt;

/// A person's citizenship. Country names are never kept here: the app shows them from CLDR
/// data in the user's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Citizenship {
    Country(CountryCode),
    Stateless,
}

/// An ISO 3166-1 alpha-2 code such as `AZ`, `KZ` or `RU`, upper case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// Reads a two-letter code in either case; anything else is `None`.
    pub fn parse(text: &str) -> Option<CountryCode> {
        let b = text.trim().as_bytes();
        (b.len() == 2 && b.iter().all(u8::is_ascii_alphabetic))
            .then(|| CountryCode([b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase()]))
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).expect("ASCII letters")
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Citizenship {
    /// Reads `KZ`, `ru` or `stateless` (the form used in URLs).
    pub fn parse(text: &str) -> Option<Citizenship> {
        if text.trim().eq_ignore_ascii_case("stateless") {
            Some(Citizenship::Stateless)
        } else {
            CountryCode::parse(text).map(Citizenship::Country)
        }
    }

    /// Whether this is a citizen of the country with that code.
    pub fn is(&self, code: &str) -> bool {
        matches!(self, Citizenship::Country(c) if c.as_str() == code)
    }
}

impl fmt::Display for Citizenship {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Citizenship::Country(c) => c.fmt(f),
            Citizenship::Stateless => f.write_str("stateless"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_in_any_case() {
        assert_eq!(Citizenship::parse("kz"), Citizenship::parse("KZ"));
        assert!(Citizenship::parse(" ru ").unwrap().is("RU"));
        assert_eq!(Citizenship::parse("Stateless"), Some(Citizenship::Stateless));
        assert_eq!(Citizenship::parse("KZ").unwrap().to_string(), "KZ");
    }

    #[test]
    fn rejects_anything_else() {
        for bad in ["", "K", "KAZ", "K1", "кз", "12"] {
            assert_eq!(Citizenship::parse(bad), None, "{bad}");
        }
    }
}
