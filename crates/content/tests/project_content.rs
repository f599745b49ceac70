//! The project's own articles build: every page in every language, every link resolves.

use migrationto_content::{Job, build, project_root};

#[test]
fn the_articles_build() {
    let root = project_root();
    let out = tempfile::tempdir().unwrap();
    let job = Job {
        content: root.join("content"),
        locales: root.join("locales"),
        out: Some(out.path().to_owned()),
        site_url: "https://migrationto.az".into(),
    };
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
