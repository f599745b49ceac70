//! `sitemap.xml`: every page in every language, each with its alternates.

use migrationto_core::page::Page;
use migrationto_core::path::localized;
use migrationto_core::{Lang, Section};

pub fn sitemap(site_url: &str, articles: &[&str]) -> String {
    let pages: Vec<String> = Page::ALL.into_iter().filter(|p| p.indexed()).map(Page::path).collect();
    let sections: Vec<String> = Section::ALL.iter().map(|s| format!("/{}", s.slug())).collect();
    let mut paths: Vec<&str> = vec![pages[0].as_str()];
    paths.extend(sections.iter().map(String::as_str));
    paths.extend(pages[1..].iter().map(String::as_str));
    paths.extend(articles);
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for path in paths {
        for lang in Lang::ALL {
            xml.push_str(&format!("  <url>\n    <loc>{site_url}{}</loc>\n", localized(lang, path)));
            for alt in Lang::ALL {
                xml.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{site_url}{}\"/>\n",
                    alt.code(),
                    localized(alt, path)
                ));
            }
            xml.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{site_url}{}\"/>\n  </url>\n",
                localized(Lang::Az, path)
            ));
        }
    }
    xml.push_str("</urlset>\n");
    xml
}
