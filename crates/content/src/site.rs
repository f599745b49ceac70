//! Every address an article may link to, with its title in each language.

use crate::source::Page;
use migrationto_core::page::Page as AppPage;
use migrationto_core::path::localized;
use migrationto_core::{Lang, Section};
use migrationto_locale_check::table::read_locales;
use std::collections::HashMap;
use std::path::Path;

pub struct Site {
    /// `(lang, "/living/registration")` to its title; `""` is the home page.
    titles: HashMap<(Lang, String), String>,
}

impl Site {
    /// The app's pages and sections (titles from `locales/*.json`) and the articles.
    pub fn new(locales: &Path, pages: &[Page]) -> Result<Site, String> {
        let mut titles = HashMap::new();
        // The same reader as the app's and the widgets' builds, in the order of `Lang::ALL`.
        for (lang, file) in Lang::ALL.into_iter().zip(read_locales(locales)?) {
            let mut add = |path: &str, key: &str| -> Result<(), String> {
                let title = file.strings.get(key).ok_or_else(|| format!("locales/{}.json: no {key}", file.lang))?;
                titles.insert((lang, path.to_owned()), title.to_owned());
                Ok(())
            };
            for section in Section::ALL {
                add(&format!("/{}", section.slug()), &format!("sections.{}.title", section.slug().replace('-', "_")))?;
            }
            for page in AppPage::ALL {
                add(&page.path(), &page.title_key())?;
            }
        }
        for page in pages {
            titles.insert((page.lang, page.path.clone()), page.meta.title.clone());
        }
        Ok(Site { titles })
    }

    /// The address of an internal link (`/living/registration#fees`) in `lang`, if it exists.
    pub fn resolve(&self, lang: Lang, link: &str) -> Option<String> {
        let (path, fragment) = link.split_once('#').map(|(p, f)| (p, Some(f))).unwrap_or((link, None));
        let path = path.trim_end_matches('/');
        self.titles.contains_key(&(lang, path.to_owned())).then(|| {
            let url = localized(lang, path);
            match fragment {
                Some(f) => format!("{url}#{f}"),
                None => url,
            }
        })
    }

    pub fn title(&self, lang: Lang, path: &str) -> Option<&str> {
        self.titles.get(&(lang, path.trim_end_matches('/').to_owned())).map(String::as_str)
    }
}
