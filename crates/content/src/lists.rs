//! Lists a guide shows that are kept as data elsewhere, written into it at build time, so that
//! the guide and the rest of the portal never disagree: a line that is only `{{name}}` becomes
//! the list in the guide's language.

use migrationto_core::{Lang, centres};

/// The regional migration departments, from the list of places that take appointments
/// (`crates/core/data/centres.tsv`, ids `rmd-...`).
const REGIONAL_DEPARTMENTS: &str = "{{regional-migration-departments}}";

/// The body with each list line replaced by its list; an unknown `{{...}}` line is an error.
pub fn expand(body: &str, lang: Lang) -> Result<String, String> {
    let mut out = String::with_capacity(body.len());
    for line in body.lines() {
        let trimmed = line.trim();
        if trimmed == REGIONAL_DEPARTMENTS {
            for centre in centres::all().iter().filter(|c| c.id.starts_with("rmd-")) {
                let name = match lang {
                    Lang::Az => centre.az,
                    Lang::En => centre.en,
                    Lang::Ru => centre.ru,
                };
                out.push_str(&format!("- {name}\n"));
            }
        } else if trimmed.starts_with("{{") && trimmed.ends_with("}}") {
            return Err(format!("{trimmed}: no such list (lists: {REGIONAL_DEPARTMENTS})"));
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_departments_come_from_the_centres_list_in_the_guides_language() {
        let body = expand("Departments:\n\n{{regional-migration-departments}}\n\nCheck first.", Lang::Ru).unwrap();
        let departments: Vec<&str> = centres::all().iter().filter(|c| c.id.starts_with("rmd-")).map(|c| c.ru).collect();
        assert!(departments.len() >= 5);
        for name in &departments {
            assert!(body.contains(&format!("- {name}\n")), "{name}");
        }
        assert!(body.starts_with("Departments:\n\n- ") && body.ends_with("\nCheck first.\n"), "{body}");
        assert!(!body.contains("{{"));
    }

    #[test]
    fn an_unknown_list_is_an_error() {
        assert!(expand("{{centres}}", Lang::En).unwrap_err().contains("no such list"));
        assert_eq!(expand("a {{b}} c", Lang::En).unwrap(), "a {{b}} c\n");
    }
}
