//! The portal's three languages.

/// A language the portal is written in. Azerbaijani is the default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Az,
    En,
    Ru,
}

impl Lang {
    /// Every language, in the order the language switcher lists them.
    pub const ALL: [Lang; 3] = [Lang::Az, Lang::En, Lang::Ru];

    /// The BCP 47 code, also the first segment of every URL (`/az/...`).
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Az => "az",
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// The language for an exact code as it appears in a URL (lower case only).
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Its place in [`Lang::ALL`]: the column of its texts in a table of all three.
    pub fn column(self) -> usize {
        Lang::ALL.iter().position(|l| *l == self).unwrap_or(0)
    }

    /// The language of a BCP 47 tag such as `ru-RU` or `az-Latn-AZ`, ignoring case and region.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Lang::from_code(&primary)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
    }

    #[test]
    fn each_language_has_its_own_column() {
        let columns: Vec<usize> = Lang::ALL.iter().map(|l| l.column()).collect();
        assert_eq!(columns, [0, 1, 2]);
    }

    #[test]
    fn url_codes_are_exact() {
        assert_eq!(Lang::from_code("AZ"), None);
        assert_eq!(Lang::from_code("en-GB"), None);
        assert_eq!(Lang::from_code(""), None);
        assert_eq!(Lang::from_code("de"), None);
    }

    #[test]
    fn tags_match_on_primary_subtag() {
        assert_eq!(Lang::from_tag("ru-RU"), Some(Lang::Ru));
        assert_eq!(Lang::from_tag("az-Latn-AZ"), Some(Lang::Az));
        assert_eq!(Lang::from_tag("EN_us"), Some(Lang::En));
        assert_eq!(Lang::from_tag("tr-TR"), None);
        assert_eq!(Lang::from_tag(""), None);
    }
}
