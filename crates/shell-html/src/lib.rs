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

/// Makes the page load the app whose files are `/{app}.js` and `/{app}_bg.wasm` in place of the
/// one Trunk built (`/{whole}.js`, `/{whole}_bg.wasm`, named in its start-up script). The
/// `integrity` of a link to them goes (it was the other app's hash). `None` when the page does
/// not load `whole`.
pub fn load_app(html: &str, whole: &str, app: &str) -> Option<String> {
    let (js, wasm) = (format!("/{whole}.js"), format!("/{whole}_bg.wasm"));
    if !html.contains(&js) || !html.contains(&wasm) {
        return None;
    }
    let html = html.replace(&js, &format!("/{app}.js")).replace(&wasm, &format!("/{app}_bg.wasm"));
    let mut out = String::with_capacity(html.len());
    let mut rest = html.as_str();
    while let Some(start) = rest.find("<link") {
        let Some(len) = rest[start..].find('>') else { break };
        let tag = &rest[start..start + len + 1];
        out.push_str(&rest[..start]);
        match tag.find(" integrity=").filter(|_| tag.contains(&format!("/{app}"))) {
            Some(at) => {
                let value = &tag[at + " integrity=".len()..];
                let end = if let Some(quoted) = value.strip_prefix('"') {
                    quoted.find('"').map_or(value.len(), |e| e + 2)
                } else {
                    value.find([' ', '>']).unwrap_or(value.len())
                };
                out.push_str(&tag[..at]);
                out.push_str(&value[end..]);
            }
            None => out.push_str(tag),
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    Some(out)
}

/// The name of the app a page as Trunk built it loads: `migrationto-0123456789abcdef` for
/// `import init, * as bindings from '/migrationto-0123456789abcdef.js'`.
pub fn loaded_app(html: &str) -> Option<&str> {
    let from = html.find("from '/")? + "from '/".len();
    let name = &html[from..from + html[from..].find(".js'")?];
    (!name.contains(['/', ' ', '\''])).then_some(name)
}

/// Makes the page run the plain script `/{script}` in place of the app `whole`: Trunk's start-up
/// script (the one that imports `/{whole}.js`) becomes `<script type=module src=/{script}>`,
/// and the links that preload the app's files go. `None` when the page does not load `whole`.
pub fn load_script(html: &str, whole: &str, script: &str) -> Option<String> {
    let at = html.find(&format!("from '/{whole}.js'"))?;
    let start = html[..at].rfind("<script")?;
    let end = at + html[at..].find("</script>")? + "</script>".len();
    let html = format!("{}<script type=module src=\"/{script}\"></script>{}", &html[..start], &html[end..]);
    Some(remove_links(&html, &["preload", "modulepreload"]))
}

/// Waits, in a module script, until the browser has reported the page's largest contentful
/// paint (at most 1.5 s), or in a browser that does not report it until the next frame has been
/// painted. The app takes the page over as soon as it runs (src/takeover.rs), so this is the
/// one wait between the page's paint and the app.
const AFTER_PAINT: &str = "await new Promise((go) => { \
if (!window.PerformanceObserver?.supportedEntryTypes?.includes('largest-contentful-paint')) \
return requestAnimationFrame(() => setTimeout(go)); \
new PerformanceObserver((_, o) => { o.disconnect(); go(); }).observe({ type: 'largest-contentful-paint', buffered: true }); \
setTimeout(go, 1500); });";

/// Replaces Trunk's start-up script (which imports the app's glue as the page is read) with one
/// that fetches the app's glue and wasm, side by side, only once the page it came with has been
/// painted: nothing of the app is in what the page waits for to show. When the app cannot be
/// fetched or started (offline, with no copy of it on this device) the page is marked
/// `data-app="unavailable"`, and the connection script says so. The page is unchanged when it
/// loads no app.
pub fn start_after_paint(html: &str) -> String {
    let Some(app) = loaded_app(html) else { return html.to_owned() };
    let Some(at) = html.find(&format!("from '/{app}.js'")) else { return html.to_owned() };
    let (Some(open), Some(close)) = (html[..at].rfind("<script"), html[at..].find("</script>").map(|e| at + e)) else {
        return html.to_owned();
    };
    let Some(body) = html[open..at].find('>').map(|e| open + e + 1) else { return html.to_owned() };
    let script = format!(
        "{AFTER_PAINT}\n\
         try {{\n\
         const wasmFile = fetch('/{app}_bg.wasm');\n\
         wasmFile.catch(() => {{}});\n\
         const bindings = await import('/{app}.js');\n\
         const wasm = await bindings.default({{ module_or_path: wasmFile }});\n\
         window.wasmBindings = bindings;\n\
         dispatchEvent(new CustomEvent('TrunkApplicationStarted', {{ detail: {{ wasm }} }}));\n\
         }} catch (e) {{\n\
         document.documentElement.dataset.app = 'unavailable';\n\
         throw e;\n\
         }}\n"
    );
    format!("{}{script}{}", &html[..body], &html[close..])
}

pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_app_starts_after_the_page_has_painted() {
        let shell = "<head><script nonce=\"n\" type=module>import init, * as bindings from '/app-1.js';\nconst wasm = await init({ module_or_path: '/app-1_bg.wasm' });\n</script></head>";
        let page = start_after_paint(shell);
        assert!(page.starts_with("<head><script nonce=\"n\" type=module>await new Promise"), "{page}");
        assert!(page.ends_with("}\n</script></head>"), "{page}");
        let order = ["largest-contentful-paint", "fetch('/app-1_bg.wasm')", "import('/app-1.js')", "bindings.default("];
        let at: Vec<usize> = order.iter().map(|s| page.find(s).unwrap_or_else(|| panic!("{s}: {page}"))).collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{page}");
        assert!(!page.contains("import init"), "no import before the paint: {page}");
        assert!(page.contains("catch (e) {\ndocument.documentElement.dataset.app = 'unavailable';"), "{page}");
        assert_eq!(loaded_app(&page), None, "Trunk's script is gone");
        let plain = "<script type=module src=/page-1.js></script>";
        assert_eq!(start_after_paint(plain), plain);
    }

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

    #[test]
    fn a_page_is_made_to_load_another_app() {
        let shell = "<head><link href=/a.css integrity=sha384-css rel=stylesheet>\
            <script nonce=\"n\" type=module>import init, * as bindings from '/migrationto-0123.js';\
            const wasm = await init({ module_or_path: '/migrationto-0123_bg.wasm' });</script>\
            <link crossorigin href=/migrationto-0123.js integrity=sha384-js rel=modulepreload>\
            <link as=fetch crossorigin href=/migrationto-0123_bg.wasm integrity=\"sha384-wasm\" rel=preload type=application/wasm></head>";
        assert_eq!(loaded_app(shell), Some("migrationto-0123"));
        let page = load_app(shell, "migrationto-0123", "migrationto-content-abcd").expect("loads it");
        assert_eq!(loaded_app(&page), Some("migrationto-content-abcd"));
        assert!(page.contains("module_or_path: '/migrationto-content-abcd_bg.wasm'"));
        assert!(page.contains("<link crossorigin href=/migrationto-content-abcd.js rel=modulepreload>"));
        assert!(page.contains(
            "<link as=fetch crossorigin href=/migrationto-content-abcd_bg.wasm rel=preload type=application/wasm>"
        ));
        // Other links keep their integrity; nothing names the other app.
        assert!(page.contains("integrity=sha384-css") && !page.contains("sha384-js") && !page.contains("sha384-wasm"));
        assert!(!page.contains("migrationto-0123"));
        assert_eq!(load_app(shell, "migrationto-9999", "x"), None);
    }

    #[test]
    fn a_page_is_made_to_run_a_plain_script_instead_of_its_app() {
        let shell = "<head><link href=/a.css rel=stylesheet>\
            <script nonce=\"n\" type=module>import init, * as bindings from '/migrationto-0123.js';\
            const wasm = await init({ module_or_path: '/migrationto-0123_bg.wasm' });</script>\
            <link crossorigin href=/migrationto-0123.js rel=modulepreload>\
            <link as=fetch href=/migrationto-0123_bg.wasm rel=preload type=application/wasm></head><body></body>";
        let page = load_script(shell, "migrationto-0123", "page-abcd.js").expect("loads it");
        assert_eq!(
            page,
            "<head><link href=/a.css rel=stylesheet><script type=module src=\"/page-abcd.js\"></script></head><body></body>"
        );
        assert_eq!(loaded_app(&page), None);
        assert_eq!(load_script(shell, "migrationto-9999", "page-abcd.js"), None);
    }
}
