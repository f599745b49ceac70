//! Lists and tables a guide shows that are kept as data elsewhere, written into it at build time,
//! so that the guide and the rest of the portal never disagree: a line that is only `{{name}}`
//! becomes the list or table in the guide's language.
//!
//! - `{{regional-migration-departments}}`: the regional migration departments, from the places
//!   that take appointments (`crates/core/data/centres.tsv`, ids `rmd-...`);
//! - `{{visa-free-by-citizenship}}`: entry without a visa by citizenship
//!   (`crates/core/data/visa-free.tsv`, which the registration deadline calculator reads too),
//!   with the country names from CLDR and the words from `locales/*.json`.

use migrationto_core::visa_free::{self, StayLimit};
use migrationto_core::{Lang, centres};
use migrationto_locale_check::table::read_locales;
use std::collections::BTreeMap;
use std::path::Path;

const REGIONAL_DEPARTMENTS: &str = "{{regional-migration-departments}}";
const VISA_FREE: &str = "{{visa-free-by-citizenship}}";

/// What the lists are made from, in each language.
pub struct Data {
    /// Per language (in the order of `Lang::ALL`), the locale texts by dotted key.
    texts: Vec<BTreeMap<String, String>>,
    /// Per language, country names by ISO code.
    countries: Vec<BTreeMap<String, String>>,
}

impl Data {
    pub fn read(locales: &Path, cldr: &Path) -> Result<Data, String> {
        let texts = read_locales(locales)?.into_iter().map(|file| file.strings).collect();
        let countries = Lang::ALL
            .iter()
            .map(|lang| {
                let file = cldr.join(format!("countries-{}.json", lang.code()));
                let json = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
                let value: serde_json::Value =
                    serde_json::from_str(&json).map_err(|e| format!("{}: {e}", file.display()))?;
                Ok(value["countries"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|c| Some((c["code"].as_str()?.to_owned(), c["name"].as_str()?.to_owned())))
                    .collect())
            })
            .collect::<Result<_, String>>()?;
        Ok(Data { texts, countries })
    }

    fn index(lang: Lang) -> usize {
        Lang::ALL.iter().position(|l| *l == lang).unwrap_or_default()
    }

    fn text(&self, lang: Lang, key: &str) -> Result<&str, String> {
        self.texts[Data::index(lang)]
            .get(key)
            .map(String::as_str)
            .ok_or_else(|| format!("locales/{}.json: no {key}", lang.code()))
    }

    fn country(&self, lang: Lang, code: &str) -> Result<&str, String> {
        self.countries[Data::index(lang)]
            .get(code)
            .map(String::as_str)
            .ok_or_else(|| format!("no country name for {code}"))
    }
}

/// The body with each list line replaced by its list; an unknown `{{...}}` line is an error.
pub fn expand(body: &str, lang: Lang, data: &Data) -> Result<String, String> {
    let mut out = String::with_capacity(body.len());
    for line in body.lines() {
        match line.trim() {
            REGIONAL_DEPARTMENTS => out.push_str(&regional_departments(lang)),
            VISA_FREE => out.push_str(&visa_free_table(lang, data)?),
            other if other.starts_with("{{") && other.ends_with("}}") => {
                return Err(format!("{other}: no such list (lists: {REGIONAL_DEPARTMENTS}, {VISA_FREE})"));
            }
            _ => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    Ok(out)
}

fn regional_departments(lang: Lang) -> String {
    centres::all()
        .iter()
        .filter(|c| c.id.starts_with("rmd-"))
        .map(|c| {
            let name = match lang {
                Lang::Az => c.az,
                Lang::En => c.en,
                Lang::Ru => c.ru,
            };
            format!("- {name}\n")
        })
        .collect()
}

/// A Markdown table: citizenship, the stay without a visa, registration, and the rules.
fn visa_free_table(lang: Lang, data: &Data) -> Result<String, String> {
    let t = |key: &str| data.text(lang, &format!("visa_free_table.{key}"));
    let cell = |text: &str| text.replace('|', "\\|");
    let mut table = format!(
        "| {} | {} | {} | {} |\n|---|---|---|---|\n",
        t("citizenship")?,
        t("stay")?,
        t("register_after")?,
        t("basis")?
    );
    for row in visa_free::rows() {
        let stay = match row.stay {
            StayLimit::CalendarYear90 => t("stay_calendar_year_90")?,
            StayLimit::General => t("stay_general")?,
        };
        let basis = row.basis.iter().map(|key| data.text(lang, key)).collect::<Result<Vec<_>, _>>()?.join(" ");
        table.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            cell(data.country(lang, row.citizenship)?),
            cell(stay),
            row.register_after,
            cell(&basis)
        ));
    }
    Ok(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> Data {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        Data::read(&root.join("locales"), &root.join("public/cldr")).unwrap()
    }

    #[test]
    fn the_departments_come_from_the_centres_list_in_the_guides_language() {
        let body =
            expand("Departments:\n\n{{regional-migration-departments}}\n\nCheck first.", Lang::Ru, &data()).unwrap();
        let departments: Vec<&str> = centres::all().iter().filter(|c| c.id.starts_with("rmd-")).map(|c| c.ru).collect();
        assert!(departments.len() >= 5);
        for name in &departments {
            assert!(body.contains(&format!("- {name}\n")), "{name}");
        }
        assert!(body.starts_with("Departments:\n\n- ") && body.ends_with("\nCheck first.\n"), "{body}");
        assert!(!body.contains("{{"));
    }

    #[test]
    fn the_visa_free_table_is_the_data_file_with_country_names_and_rules() {
        let data = data();
        let table = expand("{{visa-free-by-citizenship}}", Lang::En, &data).unwrap();
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines.len(), 2 + visa_free::rows().len(), "{table}");
        let kazakhstan = lines.iter().find(|l| l.starts_with("| Kazakhstan |")).expect("a row for Kazakhstan");
        assert!(kazakhstan.contains("| 30 |"), "{kazakhstan}");
        assert!(kazakhstan.contains(data.text(Lang::En, "basis.kazakhstan_protocol").unwrap()), "{kazakhstan}");
        let russia = lines.iter().find(|l| l.starts_with("| Russia |")).expect("a row for Russia");
        assert!(russia.contains(data.text(Lang::En, "visa_free_table.stay_calendar_year_90").unwrap()), "{russia}");
        let az = expand("{{visa-free-by-citizenship}}", Lang::Az, &data).unwrap();
        assert!(az.contains("| Qazaxıstan |"), "{az}");
    }

    #[test]
    fn an_unknown_list_is_an_error() {
        assert!(expand("{{centres}}", Lang::En, &data()).unwrap_err().contains("no such list"));
        assert_eq!(expand("a {{b}} c", Lang::En, &data()).unwrap(), "a {{b}} c\n");
    }
}
