//! The content build: reads `content/{az,en,ru}/**/*.md` and writes what the app and search
//! engines read. Run by Trunk's post-build hook (`Trunk.toml`), so every build has it, and
//! fails the build when an article is missing in a language, lacks a front-matter field, or
//! links nowhere.
//!
//! Output, under the build folder:
//! - `content/{lang}/{section}/{slug}.json`: one article (`migrationto_core::content::Article`),
//!   fetched by the app when the page is visited;
//! - `content/{lang}/index.json`: the language's articles, for section pages;
//! - `content/{lang}/search.json`: the search index, loaded when search is first used;
//! - `sitemap.xml` with every page in every language and its `hreflang` alternates.

mod lists;
mod render;
mod site;
mod sitemap;
mod source;

use migrationto_core::Lang;
use migrationto_core::content::{ArticleSummary, SearchEntry};
use migrationto_core::path::localized;
use migrationto_locale_check::glossary::Glossary;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The glossary's file in the content folder: one term per concept.
const GLOSSARY: &str = "glossary.toml";

/// Where to read and what to write.
pub struct Job {
    pub content: PathBuf,
    pub locales: PathBuf,
    /// The country names (`countries-{lang}.json`, public/cldr/), for tables by citizenship.
    pub cldr: PathBuf,
    /// The build folder; `None` only checks.
    pub out: Option<PathBuf>,
    /// The site's address for the sitemap and canonical links, without a trailing slash.
    pub site_url: String,
}

/// What was built.
#[derive(Debug, PartialEq, Eq)]
pub struct Report {
    pub articles: usize,
}

pub fn build(job: &Job) -> Result<Report, Vec<String>> {
    let mut pages = source::load(&job.content)?;
    let data = lists::Data::read(&job.locales, &job.cldr).map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    for page in &mut pages {
        match lists::expand(&page.body, page.lang, &data) {
            Ok(body) => page.body = body,
            Err(e) => errors.push(format!("{}: {e}", page.file)),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    check_languages(&pages)?;
    check_terms(&job.content, &pages)?;
    let site = site::Site::new(&job.locales, &pages).map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    let mut rendered = Vec::new();
    for page in &pages {
        match render::render(page, &site) {
            Ok(r) => rendered.push((page, r)),
            Err(e) => errors.extend(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let articles = pages.len() / Lang::ALL.len();
    let Some(out) = &job.out else { return Ok(Report { articles }) };
    let write = |path: PathBuf, text: &str| -> Result<(), Vec<String>> {
        std::fs::create_dir_all(path.parent().expect("has a parent"))
            .map_err(|e| vec![format!("{}: {e}", path.display())])?;
        std::fs::write(&path, text).map_err(|e| vec![format!("{}: {e}", path.display())])
    };
    for lang in Lang::ALL {
        let mine: Vec<_> = rendered.iter().filter(|(p, _)| p.lang == lang).collect();
        let index: Vec<ArticleSummary> = mine
            .iter()
            .map(|(_, r)| ArticleSummary {
                path: r.article.path.clone(),
                section: r.article.section.clone(),
                title: r.article.title.clone(),
                summary: r.article.summary.clone(),
            })
            .collect();
        let search: Vec<SearchEntry> = mine
            .iter()
            .map(|(_, r)| SearchEntry {
                url: localized(lang, &r.article.path),
                title: r.article.title.clone(),
                summary: r.article.summary.clone(),
                text: r.text.clone(),
            })
            .collect();
        let dir = out.join("content").join(lang.code());
        write(dir.join("index.json"), &to_json(&index))?;
        write(dir.join("search.json"), &to_json(&search))?;
        for (_, r) in &mine {
            write(dir.join(format!("{}.json", r.article.path.trim_start_matches('/'))), &to_json(&r.article))?;
        }
    }
    let paths: Vec<&str> = rendered.iter().filter(|(p, _)| p.lang == Lang::Az).map(|(p, _)| p.path.as_str()).collect();
    write(out.join("sitemap.xml"), &sitemap::sitemap(&job.site_url, &paths))?;
    Ok(Report { articles })
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("serialises")
}

/// No article uses a variant the glossary (`content/glossary.toml`) rules out in its language.
fn check_terms(content: &Path, pages: &[source::Page]) -> Result<(), Vec<String>> {
    let file = content.join(GLOSSARY);
    let text = std::fs::read_to_string(&file).map_err(|e| vec![format!("{}: {e}", file.display())])?;
    let glossary = Glossary::parse(&text).map_err(|e| vec![e])?;
    let errors: Vec<String> = pages
        .iter()
        .flat_map(|page| {
            let meta = &page.meta;
            let texts = [&meta.title, &meta.summary, &page.body]
                .into_iter()
                .chain(meta.sources.iter().map(|s| &s.title))
                .chain(meta.journey.iter().flat_map(|s| [&s.title, &s.text]));
            let found: Vec<String> = texts.flat_map(|t| glossary.misuses(page.lang.code(), t)).collect();
            found.into_iter().map(move |m| format!("{}: {m}", page.file))
        })
        .collect();
    if errors.is_empty() { Ok(()) } else { Err(errors) }
}

/// Every article exists in every language, with the same links, sources and steps.
fn check_languages(pages: &[source::Page]) -> Result<(), Vec<String>> {
    let mut by_path: BTreeMap<&str, Vec<&source::Page>> = BTreeMap::new();
    for p in pages {
        by_path.entry(&p.path).or_default().push(p);
    }
    let mut errors = Vec::new();
    for (path, versions) in by_path {
        for lang in Lang::ALL {
            if !versions.iter().any(|p| p.lang == lang) {
                errors.push(format!("{path}: missing in {}", lang.code()));
            }
        }
        let shape = |p: &source::Page| {
            let mut related = p.meta.related.clone();
            related.sort();
            (related, p.meta.sources.len(), p.meta.journey.iter().map(|s| s.link.clone()).collect::<Vec<_>>())
        };
        if versions.windows(2).any(|w| shape(w[0]) != shape(w[1])) {
            errors.push(format!("{path}: the languages differ in related pages, number of sources or journey links"));
        }
    }
    if errors.is_empty() { Ok(()) } else { Err(errors) }
}

/// The project's folders, from this crate's place in the workspace.
pub fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

impl Job {
    /// The project's own content, locales and country names, built into `out` (`None` only
    /// checks), for the portal's address.
    pub fn project(out: Option<PathBuf>) -> Job {
        let root = project_root();
        Job {
            content: root.join("content"),
            locales: root.join("locales"),
            cldr: root.join("public/cldr"),
            out,
            site_url: migrationto_core::page::SITE_URL.into(),
        }
    }
}
