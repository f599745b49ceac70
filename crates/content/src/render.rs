//! Markdown to sanitised HTML, with heading ids for "On this page", internal links placed
//! under the reader's language (and checked), and the plain text for search.

use crate::site::Site;
use crate::source::Page;
use migrationto_core::content::{Article, Heading, JourneyStep, Link};
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// An article ready to write, and its body as plain text.
pub struct Rendered {
    pub article: Article,
    pub text: String,
}

pub fn render(page: &Page, site: &Site) -> Result<Rendered, Vec<String>> {
    let mut errors = Vec::new();
    let lang = page.lang;
    let link = |target: &str, errors: &mut Vec<String>| -> String {
        if target.starts_with("https://") || target.starts_with("mailto:") || target.starts_with("tel:") {
            return target.to_owned();
        }
        if target.starts_with('/') {
            if let Some(url) = site.resolve(lang, target) {
                return url;
            }
            errors.push(format!("{}: the link {target} points nowhere", page.file));
        } else {
            errors.push(format!("{}: the link {target} must start with / (inside the portal) or https://", page.file));
        }
        target.to_owned()
    };

    let mut events: Vec<Event> = Parser::new_ext(&page.body, Options::ENABLE_TABLES).collect();
    let mut toc = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    let mut text = String::new();
    let mut i = 0;
    while i < events.len() {
        let replacement = match &events[i] {
            Event::Start(Tag::Heading { level, .. }) => {
                let level = *level;
                if level == HeadingLevel::H1 {
                    errors.push(format!("{}: use ## and below; the page's title is its only # heading", page.file));
                }
                let heading: String = events[i + 1..]
                    .iter()
                    .take_while(|e| !matches!(e, Event::End(TagEnd::Heading(_))))
                    .filter_map(|e| match e {
                        Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                        _ => None,
                    })
                    .collect();
                let id = unique_id(&heading, &mut ids);
                if level == HeadingLevel::H2 {
                    toc.push(Heading { id: id.clone(), text: heading.clone() });
                }
                Some(Event::Start(Tag::Heading { level, id: Some(CowStr::from(id)), classes: vec![], attrs: vec![] }))
            }
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                let dest = link(dest_url, &mut errors);
                Some(Event::Start(Tag::Link {
                    link_type: *link_type,
                    dest_url: CowStr::from(dest),
                    title: title.clone(),
                    id: id.clone(),
                }))
            }
            Event::Html(_) | Event::InlineHtml(_) => {
                errors.push(format!("{}: raw HTML is not allowed in articles", page.file));
                None
            }
            Event::Start(Tag::Image { .. }) => {
                errors.push(format!("{}: images are not allowed in articles", page.file));
                None
            }
            Event::Text(t) | Event::Code(t) => {
                text.push_str(t);
                None
            }
            // Words run on across inline ends (bold, links); blocks are separated.
            Event::SoftBreak
            | Event::HardBreak
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock,
            ) => {
                if !text.ends_with(' ') {
                    text.push(' ');
                }
                None
            }
            _ => None,
        };
        if let Some(event) = replacement {
            events[i] = event;
        }
        i += 1;
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    let html = ammonia::Builder::default()
        .add_tag_attributes("h2", &["id"])
        .add_tag_attributes("h3", &["id"])
        .clean(&html)
        .to_string()
        // Wide tables scroll sideways on phones; a keyboard user must be able to scroll them.
        .replace("<table>", "<table tabindex=\"0\">");

    let related = page
        .meta
        .related
        .iter()
        .map(|path| Link { url: link(path, &mut errors), title: site.title(lang, path).unwrap_or(path).to_owned() })
        .collect();
    let journey = page
        .meta
        .journey
        .iter()
        .map(|step| JourneyStep {
            title: step.title.clone(),
            text: step.text.clone(),
            link: Link {
                url: link(&step.link, &mut errors),
                title: site.title(lang, &step.link).unwrap_or(&step.link).to_owned(),
            },
        })
        .collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    let article = Article {
        path: page.path.clone(),
        section: page.section.slug().to_owned(),
        title: page.meta.title.trim().to_owned(),
        summary: page.meta.summary.trim().to_owned(),
        updated: page.updated.to_string(),
        html,
        toc,
        sources: page.meta.sources.iter().map(|s| Link { title: s.title.clone(), url: s.url.clone() }).collect(),
        related,
        journey,
    };
    Ok(Rendered { article, text: text.split_whitespace().collect::<Vec<_>>().join(" ") })
}

/// An id from a heading's words ("Who files" -> "who-files"), made unique on the page.
fn unique_id(heading: &str, taken: &mut Vec<String>) -> String {
    let mut id = String::new();
    for c in heading.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            id.push(c);
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-').to_owned();
    let base = if id.is_empty() { "section".to_owned() } else { id };
    let mut candidate = base.clone();
    let mut n = 2;
    while taken.contains(&candidate) {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    taken.push(candidate.clone());
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_text_keeps_punctuation_after_bold_and_links() {
        let dir = tempfile::tempdir().unwrap();
        let page = Page {
            lang: migrationto_core::Lang::En,
            section: migrationto_core::Section::Living,
            path: "/living/x".into(),
            meta: toml::from_str("title = \"T\"\nsummary = \"S\"\nupdated = 2026-11-23\n[[sources]]\ntitle = \"Code\"\nurl = \"https://e-qanun.az\"").unwrap(),
            updated: migrationto_core::calendar::BakuDate::from_ymd(2026, 11, 23).unwrap(),
            body: "## Fees\n\nIt is **free**. See [the calculator](/calculators/state-fees).\n\n<script>x</script>\n".into(),
            file: "x.md".into(),
        };
        for lang in ["az", "en", "ru"] {
            std::fs::copy(
                crate::project_root().join(format!("locales/{lang}.json")),
                dir.path().join(format!("{lang}.json")),
            )
            .unwrap();
        }
        let site = Site::new(dir.path(), &[]).unwrap();
        let errors = render(&page, &site).err().unwrap();
        assert_eq!(errors, ["x.md: raw HTML is not allowed in articles"]);
        let page = Page { body: page.body.replace("<script>x</script>", ""), ..page };
        let rendered = render(&page, &site).unwrap();
        assert_eq!(rendered.text, "Fees It is free. See the calculator.");
        assert!(rendered.article.html.contains(r#"<h2 id="fees">Fees</h2>"#), "{}", rendered.article.html);
        assert!(rendered.article.html.contains(r#"href="/en/calculators/state-fees""#));
        assert_eq!(rendered.article.toc[0].id, "fees");
        let table = Page { body: "| a | b |\n|---|---|\n| 1 | 2 |\n".into(), ..page };
        assert!(render(&table, &site).unwrap().article.html.contains("<table tabindex=\"0\">"));
    }

    #[test]
    fn ids_are_readable_and_unique() {
        let mut taken = Vec::new();
        assert_eq!(unique_id("Who files the registration?", &mut taken), "who-files-the-registration");
        assert_eq!(unique_id("Kim müraciət edir", &mut taken), "kim-müraciət-edir");
        assert_eq!(unique_id("Who files the registration", &mut taken), "who-files-the-registration-2");
        assert_eq!(unique_id("???", &mut taken), "section");
    }
}
