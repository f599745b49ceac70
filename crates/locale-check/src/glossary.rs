//! One term per concept: `content/glossary.toml` names each concept's term in az, en and ru and
//! the variants not to use in that language. The locale check (for `locales/*.json`) and the
//! content build (for the guides) fail on a text that uses one of those variants.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    #[serde(rename = "term")]
    pub terms: Vec<Term>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// What the term means, in English, for the people who write.
    pub concept: String,
    pub az: String,
    pub en: String,
    pub ru: String,
    /// Per language, words that must not be used for the concept (matched without regard to
    /// case, from the start of a word: a stem catches every ending).
    #[serde(default)]
    pub avoid: Avoid,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Avoid {
    #[serde(default)]
    pub az: Vec<String>,
    #[serde(default)]
    pub en: Vec<String>,
    #[serde(default)]
    pub ru: Vec<String>,
}

impl Term {
    fn preferred(&self, lang: &str) -> Option<&str> {
        match lang {
            "az" => Some(&self.az),
            "en" => Some(&self.en),
            "ru" => Some(&self.ru),
            _ => None,
        }
    }

    fn avoided(&self, lang: &str) -> &[String] {
        match lang {
            "az" => &self.avoid.az,
            "en" => &self.avoid.en,
            "ru" => &self.avoid.ru,
            _ => &[],
        }
    }
}

impl Glossary {
    /// Reads the glossary, refusing an empty term or a term that contains a variant it rules out.
    pub fn parse(toml: &str) -> Result<Glossary, String> {
        let glossary: Glossary = toml::from_str(toml).map_err(|e| format!("glossary: {e}"))?;
        let mut problems = Vec::new();
        for term in &glossary.terms {
            for lang in ["az", "en", "ru"] {
                let preferred = term.preferred(lang).unwrap_or_default();
                if preferred.trim().is_empty() {
                    problems.push(format!("glossary: \"{}\" has no term in {lang}", term.concept));
                }
                for variant in term.avoided(lang) {
                    if variant.trim().is_empty() || preferred.to_lowercase().contains(&variant.to_lowercase()) {
                        problems.push(format!(
                            "glossary: \"{}\" rules out \"{variant}\" in {lang}, which its own term contains",
                            term.concept
                        ));
                    }
                }
            }
        }
        if problems.is_empty() { Ok(glossary) } else { Err(problems.join("\n")) }
    }

    /// Each variant `text` in `lang` uses that the glossary rules out, with the term to write.
    pub fn misuses(&self, lang: &str, text: &str) -> Vec<String> {
        let text = text.to_lowercase();
        self.terms
            .iter()
            .flat_map(|term| {
                term.avoided(lang).iter().filter(|v| starts_a_word(&text, &v.to_lowercase())).map(move |variant| {
                    format!("\"{variant}\": write \"{}\" ({})", term.preferred(lang).unwrap_or_default(), term.concept)
                })
            })
            .collect()
    }
}

/// Whether `word` occurs in `text` where a word starts (not inside another word).
fn starts_a_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| !text[..at].chars().next_back().is_some_and(char::is_alphanumeric))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"
        [[term]]
        concept = "temporary residence permit"
        az = "müvəqqəti yaşamaq icazəsi"
        en = "temporary residence permit"
        ru = "разрешение на временное проживание"
        avoid.az = ["yaşama icazə"]
        avoid.ru = ["вид на жительство"]
    "#;

    #[test]
    fn a_ruled_out_variant_is_found_with_any_ending_and_case() {
        let glossary = Glossary::parse(SAMPLE).unwrap();
        let found = glossary.misuses("az", "Müvəqqəti Yaşama icazəsinin müddəti");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("müvəqqəti yaşamaq icazəsi"), "{found:?}");
        assert_eq!(glossary.misuses("az", "müvəqqəti yaşamaq icazəsinin müddəti"), Vec::<String>::new());
        assert_eq!(glossary.misuses("ru", "Вид на жительство").len(), 1);
        // A variant is ruled out in its own language only, and as a word, not inside another.
        assert!(glossary.misuses("en", "yaşama icazə").is_empty());
        assert!(glossary.misuses("az", "yaşamayaşama icazə").is_empty());
        assert_eq!(glossary.misuses("az", "(yaşama icazə)").len(), 1);
    }

    #[test]
    fn a_glossary_that_contradicts_itself_or_lacks_a_term_is_refused() {
        let own = SAMPLE.replace(r#"avoid.ru = ["вид на жительство"]"#, r#"avoid.ru = ["временное"]"#);
        assert!(Glossary::parse(&own).unwrap_err().contains("which its own term contains"));
        let missing = SAMPLE.replace(r#"en = "temporary residence permit""#, r#"en = " ""#);
        assert!(Glossary::parse(&missing).unwrap_err().contains("no term in en"));
        assert!(Glossary::parse("[[term]]\nconcept = \"x\"").is_err());
    }
}
