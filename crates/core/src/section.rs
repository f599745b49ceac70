//! The portal's sections, as they appear in the main navigation and in URLs.

/// A top-level section of the portal. The slug is the URL segment after the language
/// (`/en/living`) and is the same in every language, so a shared link works for everyone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Legislation,
    Living,
    Working,
    Business,
    Tourism,
    EServices,
    Calculators,
    UsefulInformation,
    Faq,
}

impl Section {
    /// Every section, in navigation order.
    pub const ALL: [Section; 9] = [
        Section::Legislation,
        Section::Living,
        Section::Working,
        Section::Business,
        Section::Tourism,
        Section::EServices,
        Section::Calculators,
        Section::UsefulInformation,
        Section::Faq,
    ];

    /// The URL segment of the section.
    pub const fn slug(self) -> &'static str {
        match self {
            Section::Legislation => "legislation",
            Section::Living => "living",
            Section::Working => "working",
            Section::Business => "business",
            Section::Tourism => "tourism",
            Section::EServices => "e-services",
            Section::Calculators => "calculators",
            Section::UsefulInformation => "useful-information",
            Section::Faq => "faq",
        }
    }

    /// The section at a URL segment, if any.
    pub fn from_slug(slug: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn slugs_round_trip_and_are_unique() {
        let mut seen = HashSet::new();
        for s in Section::ALL {
            assert_eq!(Section::from_slug(s.slug()), Some(s));
            assert!(seen.insert(s.slug()), "duplicate slug {}", s.slug());
        }
    }

    #[test]
    fn slugs_are_url_safe() {
        for s in Section::ALL {
            assert!(s.slug().bytes().all(|b| b.is_ascii_lowercase() || b == b'-'), "{}", s.slug());
        }
    }

    #[test]
    fn unknown_slugs_are_rejected() {
        assert_eq!(Section::from_slug("Living"), None);
        assert_eq!(Section::from_slug("housing"), None);
        assert_eq!(Section::from_slug(""), None);
    }
}
