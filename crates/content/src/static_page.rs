//! The app's page (`index.html` as Trunk built it) with an article inside, so the article
//! reads without JavaScript and search engines see it. The app replaces `#app`'s content
//! when it starts, as it does on every page.

use crate::site::Site;
use migrationto_core::Lang;
use migrationto_core::calendar::BakuDate;
use migrationto_core::content::Article;
use migrationto_core::path::localized;

pub fn page(shell: &str, lang: Lang, article: &Article, site: &Site, site_url: &str) -> String {
    let title = format!("{} · {}", article.title, site.text(lang, "brand.name"));
    let mut head = format!(
        "<meta name=\"description\" content=\"{summary}\"><link rel=\"canonical\" href=\"{site_url}{url}\">\
         <meta property=\"og:type\" content=\"article\"><meta property=\"og:title\" content=\"{og_title}\">\
         <meta property=\"og:description\" content=\"{summary}\"><meta property=\"og:url\" content=\"{site_url}{url}\">\
         <meta property=\"og:locale\" content=\"{locale}\"><meta property=\"og:site_name\" content=\"{site_name}\">",
        summary = escape(&article.summary),
        url = localized(lang, &article.path),
        og_title = escape(&article.title),
        locale = match lang {
            Lang::Az => "az_AZ",
            Lang::En => "en_GB",
            Lang::Ru => "ru_RU",
        },
        site_name = escape(site.text(lang, "brand.name")),
    );
    for alt in Lang::ALL {
        head.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{site_url}{}\">",
            alt.code(),
            localized(alt, &article.path)
        ));
    }
    let html = replace_tag(shell, "<html", &format!("<html lang=\"{}\">", lang.code()));
    let html = replace_element(&html, "<title", "</title>", &format!("<title>{}</title>", escape(&title)));
    let html = remove_tag(&html, "description");
    let html = html.replacen("</head>", &format!("{head}</head>"), 1);
    replace_element(
        &html,
        "<main",
        "</main>",
        &format!(
            "<main id=\"main\" class=\"main\"><div class=\"width-container\">{}</div></main>",
            body(lang, article, site)
        ),
    )
}

fn body(lang: Lang, a: &Article, site: &Site) -> String {
    let updated = BakuDate::parse_iso(&a.updated).map(|d| migrationto_cldr::long_date(lang, d)).unwrap_or_default();
    let mut out = format!(
        "<article class=\"article\"><h1>{}</h1><p class=\"lead\">{}</p><p class=\"article-updated\">{} {}</p>",
        escape(&a.title),
        escape(&a.summary),
        escape(site.text(lang, "article.updated")),
        escape(&updated),
    );
    out.push_str(&a.html);
    if !a.journey.is_empty() {
        out.push_str(&format!("<h2>{}</h2><ol class=\"journey\">", escape(site.text(lang, "article.journey_heading"))));
        for step in &a.journey {
            out.push_str(&format!(
                "<li><h3><a href=\"{}\">{}</a></h3><p>{}</p></li>",
                escape(&step.link.url),
                escape(&step.title),
                escape(&step.text)
            ));
        }
        out.push_str("</ol>");
    }
    out.push_str(&format!("<h2>{}</h2><ul>", escape(site.text(lang, "article.sources_heading"))));
    for s in &a.sources {
        out.push_str(&format!("<li><a href=\"{}\">{}</a></li>", escape(&s.url), escape(&s.title)));
    }
    out.push_str("</ul>");
    if !a.related.is_empty() {
        out.push_str(&format!("<h2>{}</h2><ul>", escape(site.text(lang, "article.related_heading"))));
        for r in &a.related {
            out.push_str(&format!("<li><a href=\"{}\">{}</a></li>", escape(&r.url), escape(&r.title)));
        }
        out.push_str("</ul>");
    }
    out.push_str(&format!("<p class=\"indicative\">{}</p></article>", escape(site.text(lang, "article.indicative"))));
    out
}

/// Replaces the opening tag that starts with `open` (`<html ...>`) with `with`.
fn replace_tag(html: &str, open: &str, with: &str) -> String {
    match html.find(open).and_then(|s| html[s..].find('>').map(|e| (s, s + e + 1))) {
        Some((s, e)) => format!("{}{with}{}", &html[..s], &html[e..]),
        None => html.to_owned(),
    }
}

/// Replaces the element from `open` to `close` (inclusive) with `with`.
fn replace_element(html: &str, open: &str, close: &str, with: &str) -> String {
    match html.find(open).and_then(|s| html[s..].find(close).map(|e| (s, s + e + close.len()))) {
        Some((s, e)) => format!("{}{with}{}", &html[..s], &html[e..]),
        None => html.to_owned(),
    }
}

/// Removes the `<meta name=NAME ...>` tag, quoted or not (Trunk minifies the page).
fn remove_tag(html: &str, name: &str) -> String {
    let mut out = html.to_owned();
    for pattern in [format!("name=\"{name}\""), format!("name={name}")] {
        if let Some(at) = out.find(&pattern)
            && let Some(start) = out[..at].rfind('<')
            && let Some(end) = out[at..].find('>')
        {
            out.replace_range(start..at + end + 1, "");
        }
    }
    out
}

pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_found_quoted_or_minified() {
        let shell = "<!doctype html><html lang=az><head><title>x</title><meta name=description content=y></head><body><main id=main class=main><p>Loading</main></body>";
        assert_eq!(replace_tag(shell, "<html", "<html lang=\"en\">").matches("lang=\"en\"").count(), 1);
        assert!(!remove_tag(shell, "description").contains("content=y"));
        let replaced = replace_element(shell, "<main", "</main>", "<main>article</main>");
        assert!(replaced.contains("<main>article</main></body>") && !replaced.contains("Loading"));
    }
}
