//! The project's own articles build: every page in every language, every link resolves.

use migrationto_content::{Job, build};

#[test]
fn the_articles_build() {
    let out = tempfile::tempdir().unwrap();
    let job = Job::project(Some(out.path().to_owned()));
    let report = build(&job).unwrap_or_else(|errors| panic!("{}", errors.join("\n")));
    assert!(report.articles >= 40, "{report:?}");

    for lang in ["az", "en", "ru"] {
        let index: Vec<serde_json::Value> = serde_json::from_str(
            &std::fs::read_to_string(out.path().join(format!("content/{lang}/index.json"))).unwrap(),
        )
        .unwrap();
        assert_eq!(index.len(), report.articles);
        for article in index {
            let path = article["path"].as_str().unwrap();
            let file: serde_json::Value = serde_json::from_str(
                &std::fs::read_to_string(out.path().join(format!("content/{lang}{path}.json"))).unwrap(),
            )
            .unwrap();
            assert_eq!(file["title"], article["title"], "{lang}{path}");
            assert!(!file["html"].as_str().unwrap().is_empty(), "{lang}{path}");
        }
    }
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.path().join("content/en/living/registration.json")).unwrap())
            .unwrap();
    assert!(
        json["html"].as_str().unwrap().contains("href=\"/en/calculators/registration-deadline\""),
        "links get the language"
    );
    let sitemap = std::fs::read_to_string(out.path().join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("<loc>https://migrationto.az/ru/tourism/sheki</loc>"));
    assert!(sitemap.contains("hreflang=\"x-default\" href=\"https://migrationto.az/az/tourism/sheki\""));
}

/// Each guide added for the questions foreigners ask every week is found by its main term, typed
/// as on a keyboard without Azerbaijani letters or ё, among the first three results.
#[test]
fn search_finds_each_new_guide_by_its_main_term_without_diacritics() {
    use migrationto_core::content::SearchEntry;
    use migrationto_core::search::Index;
    #[rustfmt::skip]
    const TERMS: [(&str, [&str; 3]); 19] = [
        // (guide, [az, en, ru])
        ("/living/driving", ["suruculuk vesiqesi", "driving licence", "водительское удостоверение"]),
        ("/living/expulsion-and-entry-bans", ["gelis qadagasi", "entry ban", "запрет на въезд"]),
        ("/living/health-care", ["tibbi sigorta", "health insurance", "медицинское страхование"]),
        ("/living/refusals-and-appeals", ["imtina sikayet", "refused appeal", "отказ обжалование"]),
        ("/living/returning-migrants", ["qayidis", "returning", "возвращение"]),
        ("/living/schools-and-diplomas", ["diplomlarin taninmasi", "diploma recognition", "признание дипломов"]),
        ("/living/stateless-persons", ["vetendasligi olmayan sexsler", "stateless", "лица без гражданства"]),
        ("/living/stay-on-a-visa", ["viza ile olma", "stay on a visa", "пребывание по визе"]),
        ("/living/studying", ["tehsil", "studying", "учеба"]),
        ("/tourism/airport-and-transit-visas", ["tranzit", "transit", "транзит"]),
        ("/tourism/asan-visa-and-embassy-visas", ["sefirlikden viza", "embassy visa", "виза в посольстве"]),
        ("/tourism/visa-free-entry", ["vizasiz gelis", "visa-free entry", "въезд без визы"]),
        ("/useful-information/bank-accounts", ["bank hesabi", "bank account", "банковский счет"]),
        ("/useful-information/currency-and-customs", ["gomruk", "customs", "таможня"]),
        ("/useful-information/documents-from-abroad", ["apostil", "apostille", "апостиль"]),
        ("/useful-information/nakhchivan", ["naxcivan", "nakhchivan", "нахчыван"]),
        ("/useful-information/service-channels", ["xidmet kanallari", "channels", "каналы связи"]),
        ("/working/income-tax", ["gelir vergisi", "income tax", "подоходный налог"]),
        ("/working/labour-migration-quotas", ["kvota", "quota", "квота"]),
    ];
    let out = tempfile::tempdir().unwrap();
    let job = Job::project(Some(out.path().to_owned()));
    build(&job).unwrap_or_else(|errors| panic!("{}", errors.join("\n")));
    let mut missed = Vec::new();
    for (i, lang) in ["az", "en", "ru"].into_iter().enumerate() {
        let json = std::fs::read_to_string(out.path().join(format!("content/{lang}/search.json"))).unwrap();
        let index = Index::new(serde_json::from_str::<Vec<SearchEntry>>(&json).unwrap());
        for (guide, terms) in TERMS {
            let url = format!("/{lang}{guide}");
            let top: Vec<&str> =
                index.search(terms[i]).iter().take(3).map(|hit| index.entries()[hit.entry].url.as_str()).collect();
            if !top.contains(&url.as_str()) {
                missed.push(format!("{lang} \"{}\" -> {top:?}, not {url}", terms[i]));
            }
        }
    }
    assert!(missed.is_empty(), "not among the first three results:\n{}", missed.join("\n"));
}
