//! A locale file with only some of its texts, for an app built with one language's texts
//! (the app's build script): the others keep only what a page shows in another language.

use serde_json::{Map, Value};

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
