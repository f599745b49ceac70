//! Reading `content/{lang}/{section}/{slug}.md`: TOML front matter and a Markdown body.

use migrationto_core::calendar::BakuDate;
use migrationto_core::{Lang, Section};
use serde::Deserialize;
use std::path::Path;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    pub summary: String,
    pub updated: toml::value::Datetime,
    #[serde(default)]
    pub related: Vec<String>,
    pub sources: Vec<Source>,
    #[serde(default)]
    pub journey: Vec<Step>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub url: String,
    /// Why the address is a site's home page rather than the page that says it (a source must
    /// link to the most specific official page that exists).
    #[serde(default)]
    pub home_page: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub title: String,
    pub text: String,
    pub link: String,
}

/// One article in one language.
#[derive(Debug)]
pub struct Page {
    pub lang: Lang,
    pub section: Section,
    /// `/living/registration`.
    pub path: String,
    pub meta: FrontMatter,
    pub updated: BakuDate,
    pub body: String,
    /// Where it was read from, for messages.
    pub file: String,
}

/// Every article under `dir`, or every problem found (all of them, not just the first).
pub fn load(dir: &Path) -> Result<Vec<Page>, Vec<String>> {
    let mut pages = Vec::new();
    let mut errors = Vec::new();
    for lang in Lang::ALL {
        let lang_dir = dir.join(lang.code());
        let Ok(sections) = std::fs::read_dir(&lang_dir) else {
            errors.push(format!("{}: missing", lang_dir.display()));
            continue;
        };
        for section_dir in sections.flatten().map(|e| e.path()).filter(|p| p.is_dir()) {
            let name = section_dir.file_name().unwrap_or_default().to_string_lossy().into_owned();
            let Some(section) = Section::from_slug(&name) else {
                errors.push(format!("{}: not a section of the portal", section_dir.display()));
                continue;
            };
            let Ok(files) = std::fs::read_dir(&section_dir) else { continue };
            for file in files.flatten().map(|e| e.path()) {
                if file.extension().is_none_or(|e| e != "md") {
                    continue;
                }
                match read(&file, lang, section) {
                    Ok(page) => pages.push(page),
                    Err(e) => errors.push(e),
                }
            }
        }
    }
    pages.sort_by(|a, b| (a.section.slug(), &a.path, a.lang.code()).cmp(&(b.section.slug(), &b.path, b.lang.code())));
    if errors.is_empty() { Ok(pages) } else { Err(errors) }
}

fn read(file: &Path, lang: Lang, section: Section) -> Result<Page, String> {
    let name = file.display().to_string();
    let slug = file.file_stem().unwrap_or_default().to_string_lossy().into_owned();
    if slug.is_empty() || !slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
        return Err(format!("{name}: the file name must be lowercase ASCII letters, digits and hyphens"));
    }
    let text = std::fs::read_to_string(file).map_err(|e| format!("{name}: {e}"))?;
    let text = text.replace("\r\n", "\n");
    let rest =
        text.strip_prefix("+++\n").ok_or_else(|| format!("{name}: no front matter (the file must start with +++)"))?;
    let (front, body) =
        rest.split_once("\n+++\n").ok_or_else(|| format!("{name}: the front matter is not closed with +++"))?;
    let meta: FrontMatter = toml::from_str(front).map_err(|e| format!("{name}: front matter: {e}"))?;
    let updated = match (meta.updated.date, meta.updated.time) {
        (Some(d), None) => BakuDate::from_ymd(i32::from(d.year), d.month, d.day)
            .map_err(|_| format!("{name}: updated is not a real date"))?,
        _ => return Err(format!("{name}: updated must be a date such as 2026-11-23")),
    };
    let mut problems = Vec::new();
    if meta.title.trim().is_empty() {
        problems.push("title is empty");
    }
    if meta.summary.trim().is_empty() {
        problems.push("summary is empty");
    }
    if meta.summary.chars().count() > 200 {
        problems.push("summary is longer than 200 characters");
    }
    if meta.sources.is_empty() {
        problems.push("at least one [[sources]] is needed");
    }
    if meta.sources.iter().any(|s| !s.url.starts_with("https://") || s.title.trim().is_empty()) {
        problems.push("every source needs a title and an https:// address");
    }
    if body.trim().is_empty() {
        problems.push("the body is empty");
    }
    let mut problems: Vec<String> = problems.into_iter().map(str::to_owned).collect();
    problems.extend(meta.sources.iter().filter_map(unexplained_home_page));
    if !problems.is_empty() {
        return Err(format!("{name}: {}", problems.join("; ")));
    }
    Ok(Page {
        lang,
        section,
        path: format!("/{}/{slug}", section.slug()),
        meta,
        updated,
        body: body.to_owned(),
        file: name,
    })
}

/// A source must link to the most specific official page that says what it is cited for: a
/// site's home page (`https://e-qanun.az`, `https://migration.gov.az/en/`) only with a reason,
/// `home_page = "..."`, such as a site that gives no lasting address to one article of a code.
fn unexplained_home_page(source: &Source) -> Option<String> {
    let reason = source.home_page.as_deref().map(str::trim).unwrap_or_default();
    (is_home_page(&source.url) && reason.is_empty()).then(|| {
        format!(
            "the source \"{}\" links to a home page ({}): link the page that says it, or give home_page = \"why\"",
            source.title, source.url
        )
    })
}

/// Whether an address is a site's home page, or its home page in one language.
fn is_home_page(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = rest.split_once('/').map_or("", |(_, path)| path);
    let path = path.split(['?', '#']).next().unwrap_or_default().trim_end_matches('/');
    path.is_empty() || matches!(path, "az" | "en" | "ru" | "index.php")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(url: &str, home_page: Option<&str>) -> Source {
        Source { title: "Migration Code, Article 21".into(), url: url.into(), home_page: home_page.map(Into::into) }
    }

    #[test]
    fn home_pages_are_told_from_pages() {
        for url in
            ["https://e-qanun.az", "https://e-qanun.az/", "https://migration.gov.az/en/", "https://www.e-gov.az/?x=1"]
        {
            assert!(is_home_page(url), "{url}");
        }
        for url in
            ["https://e-qanun.az/framework/46959", "https://migration.gov.az/en/oyq", "https://evisa.gov.az/en/faq"]
        {
            assert!(!is_home_page(url), "{url}");
        }
    }

    #[test]
    fn a_home_page_needs_a_reason() {
        let problem = unexplained_home_page(&source("https://e-qanun.az", None)).unwrap();
        assert!(problem.contains("Migration Code, Article 21") && problem.contains("home_page"), "{problem}");
        assert!(unexplained_home_page(&source("https://e-qanun.az", Some("  "))).is_some());
        assert_eq!(
            unexplained_home_page(&source("https://e-qanun.az", Some("no lasting address for one article"))),
            None
        );
        assert_eq!(unexplained_home_page(&source("https://migration.gov.az/en/oyq", None)), None);
    }
}
