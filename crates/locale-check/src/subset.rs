//! A locale file with only some of its texts, for an app built with one language's texts
//! (the app's build script): the others keep only what a page shows in another language.

use serde_json::{Map, Value};

/// The keys a page shows in a language other than its own (`td_string!` with another locale in
/// `src/`, outside the prerender, which has every language): each language's own name in the
/// language switcher and the partners page's widget names. A test below reads `src/` for them.
pub const IN_EVERY_LANGUAGE: [&str; 6] = [
    "self_name",
    "partners.frame_title",
    "partners.deadline_name",
    "partners.stay_name",
    "partners.status_name",
    "partners.launcher_name",
];

/// `json` (a locale file) with only `keys` (dotted paths to texts) kept, each where it was.
/// A key the file lacks, or that names a group rather than a text, is an error naming it.
pub fn keep_only(json: &str, keys: &[&str]) -> Result<String, String> {
    let all: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let mut kept = Map::new();
    for key in keys {
        let text = all
            .pointer(&format!("/{}", key.replace('.', "/")))
            .filter(|v| v.is_string())
            .ok_or_else(|| format!("no text for `{key}`"))?;
        let mut at = &mut kept;
        let mut parts = key.split('.').peekable();
        while let Some(part) = parts.next() {
            if parts.peek().is_none() {
                at.insert(part.to_owned(), text.clone());
                break;
            }
            let group = at.entry(part).or_insert_with(|| Value::Object(Map::new()));
            at = group.as_object_mut().ok_or_else(|| format!("`{key}` is under a text"))?;
        }
    }
    serde_json::to_string(&kept).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// The key of each `td_string!(locale, key, ...)` or `td!(...)` in the Rust files under
    /// `dir`, but the prerender's (built with every language).
    fn keys_in_other_languages(dir: &Path, found: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            // The prerender has every language; `locale.rs` defines `t!` and `t_string!`, whose
            // `td!` and `td_string!` are given the page's own language.
            if path.ends_with("bin/prerender") || path.ends_with("src/locale.rs") {
                continue;
            } else if path.is_dir() {
                keys_in_other_languages(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = std::fs::read_to_string(&path).unwrap();
                for call in source.split("td_string!(").skip(1).chain(source.split("td!(").skip(1)) {
                    // The second argument, at the call's own level of parentheses.
                    let (mut depth, mut args) = (0, vec![String::new()]);
                    for c in call.chars() {
                        match c {
                            '(' => depth += 1,
                            ')' if depth == 0 => break,
                            ')' => depth -= 1,
                            ',' if depth == 0 => {
                                args.push(String::new());
                                continue;
                            }
                            _ => {}
                        }
                        args.last_mut().expect("one at least").push(c);
                    }
                    found.push(args.get(1).map(|a| a.trim().to_owned()).unwrap_or_default());
                }
            }
        }
    }

    #[test]
    fn every_key_the_app_shows_in_another_language_is_kept_for_it() {
        let mut found = Vec::new();
        keys_in_other_languages(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src"), &mut found);
        assert!(found.contains(&"self_name".to_owned()), "the language switcher is found: {found:?}");
        let missing: Vec<&String> = found.iter().filter(|k| !IN_EVERY_LANGUAGE.contains(&k.as_str())).collect();
        assert!(missing.is_empty(), "shown in another language but not kept (IN_EVERY_LANGUAGE): {missing:?}");
    }

    const FILE: &str = r#"{"self_name": "English", "partners": {"title": "Partners", "stay_name": "Days", "deadline_name": "Deadline"}, "home": {"title": "Home"}}"#;

    #[test]
    fn keeps_the_named_texts_where_they_were_and_nothing_else() {
        let kept = keep_only(FILE, &["self_name", "partners.stay_name", "partners.deadline_name"]).unwrap();
        let kept: Value = serde_json::from_str(&kept).unwrap();
        assert_eq!(
            kept,
            serde_json::json!({"self_name": "English", "partners": {"stay_name": "Days", "deadline_name": "Deadline"}})
        );
    }

    #[test]
    fn a_missing_key_or_a_group_is_named() {
        assert_eq!(keep_only(FILE, &["partners.no_such"]), Err("no text for `partners.no_such`".into()));
        assert_eq!(keep_only(FILE, &["home"]), Err("no text for `home`".into()));
        assert!(keep_only("{", &["home"]).is_err());
    }
}
