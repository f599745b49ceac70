//! Small edits to the app's page as Trunk built it (minified: attributes may be unquoted), for
//! the prerender (`src/bin/prerender/`).

/// Replaces the opening tag that starts with `open` (`<html ...>`) with `with`.
pub fn replace_tag(html: &str, open: &str, with: &str) -> String {
    match html.find(open).and_then(|s| html[s..].find('>').map(|e| (s, s + e + 1))) {
        Some((s, e)) => format!("{}{with}{}", &html[..s], &html[e..]),
        None => html.to_owned(),
    }
}

/// Replaces the element from `open` to `close` (inclusive) with `with`.
pub fn replace_element(html: &str, open: &str, close: &str, with: &str) -> String {
    match html.find(open).and_then(|s| html[s..].find(close).map(|e| (s, s + e + close.len()))) {
        Some((s, e)) => format!("{}{with}{}", &html[..s], &html[e..]),
        None => html.to_owned(),
    }
}

/// Removes the `<meta name=NAME ...>` tag, quoted or not (Trunk minifies the page).
pub fn remove_tag(html: &str, name: &str) -> String {
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

/// Removes every `<link>` whose `rel` is one of `rels` (quoted or not).
pub fn remove_links(html: &str, rels: &[&str]) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<link") {
        let Some(len) = rest[start..].find('>') else { break };
        let tag = &rest[start..start + len + 1];
        out.push_str(&rest[..start]);
        let dropped = rels.iter().any(|rel| {
            [format!(" rel={rel} "), format!(" rel={rel}>"), format!(" rel=\"{rel}\"")]
                .iter()
                .any(|p| tag.contains(p.as_str()))
        });
        if !dropped {
            out.push_str(tag);
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
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
        let head = "<link href=/a.css rel=stylesheet><link href=/a.js rel=modulepreload><link as=fetch href=/a.wasm rel=preload type=application/wasm><link rel=\"preload\" href=/b><title>x</title>";
        assert_eq!(
            remove_links(head, &["preload", "modulepreload"]),
            "<link href=/a.css rel=stylesheet><title>x</title>"
        );
    }
}
