//! The country lists the citizenship picker loads: `public/cldr/countries-<lang>.json`.

use serde_json::Value;
use std::path::Path;

fn countries(lang: &str) -> Vec<(String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../public/cldr/countries-{lang}.json"));
    let json: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    json["countries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["code"].as_str().unwrap().to_owned(), c["name"].as_str().unwrap().to_owned()))
        .collect()
}

fn name(list: &[(String, String)], code: &str) -> Option<String> {
    list.iter().find(|(c, _)| c == code).map(|(_, n)| n.clone())
}

#[test]
fn every_language_names_the_same_countries_in_its_own_words() {
    let (az, en, ru) = (countries("az"), countries("en"), countries("ru"));
    assert!(az.len() > 240, "{}", az.len());
    let codes = |l: &[(String, String)]| {
        let mut c: Vec<_> = l.iter().map(|(c, _)| c.clone()).collect();
        c.sort();
        c
    };
    assert_eq!(codes(&az), codes(&en));
    assert_eq!(codes(&az), codes(&ru));
    assert_eq!(name(&az, "KZ").as_deref(), Some("Qazaxıstan"));
    assert_eq!(name(&en, "KZ").as_deref(), Some("Kazakhstan"));
    assert_eq!(name(&ru, "KZ").as_deref(), Some("Казахстан"));
    assert_eq!(name(&az, "AZ").as_deref(), Some("Azərbaycan"));
}

#[test]
fn only_iso_3166_countries_with_people() {
    let en = countries("en");
    for code in ["AZ", "RU", "KZ", "UZ", "TR", "GE", "IR", "DE", "US", "IN", "CN"] {
        assert!(name(&en, code).is_some(), "{code} missing");
    }
    // Not ISO 3166-1 countries: CLDR sub-territories, user-assigned codes, uninhabited.
    for code in ["AC", "DG", "EA", "IC", "TA", "CP", "XK", "ZZ", "EU", "UN"] {
        assert!(name(&en, code).is_none(), "{code} should not be offered");
    }
    for (code, _) in &en {
        assert!(code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()), "{code}");
    }
}

#[test]
fn lists_follow_each_alphabet() {
    let az = countries("az");
    let pos = |code: &str| az.iter().position(|(c, _)| c == code).unwrap();
    // Azerbaijani order: C < Ç, E < Ə < F, O < Ö < P, S < Ş < T (not code-point order).
    assert!(pos("ZA") < pos("CN"), "Cənub Afrika before Çin");
    assert!(pos("EC") < pos("AF") && pos("AF") < pos("FI"), "Ekvador < Əfqanıstan < Finlandiya");
    assert!(pos("OM") < pos("UZ") && pos("UZ") < pos("PK"), "Oman < Özbəkistan < Pakistan");
    assert!(pos("SY") < pos("LK"), "Suriya before Şri-Lanka");
    let ru = countries("ru");
    let first: Vec<&str> = ru.iter().take(3).map(|(_, n)| n.as_str()).collect();
    assert!(first.iter().all(|n| n.starts_with('А')), "{first:?}");
}
