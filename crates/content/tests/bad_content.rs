//! The content build refuses a guide without a checked date, a source without a title, a source
//! that links a home page without saying why, and a word the glossary rules out.

use migrationto_content::{Job, build, project_root};
use std::path::Path;

const GOOD_FRONT: &str = r#"title = "Registration"
summary = "Who registers a foreigner."
updated = 2026-12-06

[[sources]]
title = "Migration Code of the Republic of Azerbaijan, Article 21"
url = "https://e-qanun.az"
home_page = "e-qanun.az gives no lasting address for one article of a code"
"#;

/// The problems the build finds in a content folder holding one guide, the same in az, en and
/// ru but for `az_body` in Azerbaijani, with `front` as its front matter.
fn problems(front: &str, az_body: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(project_root().join("content/glossary.toml"), dir.path().join("glossary.toml")).unwrap();
    for lang in ["az", "en", "ru"] {
        let body = if lang == "az" { az_body } else { "Register within 15 days." };
        write(&dir.path().join(lang).join("living/registration.md"), &format!("+++\n{front}+++\n{body}\n"));
    }
    let job = Job { content: dir.path().to_owned(), ..Job::project(None) };
    match build(&job) {
        Ok(_) => Vec::new(),
        Err(errors) => errors,
    }
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn one_problem_saying(found: Vec<String>, what: &str) {
    assert!(!found.is_empty() && found.iter().all(|p| p.contains(what)), "expected \"{what}\" in: {found:?}");
}

#[test]
fn a_good_guide_builds() {
    assert_eq!(problems(GOOD_FRONT, "15 gün ərzində qeydiyyatdan keçin."), Vec::<String>::new());
}

#[test]
fn a_guide_without_the_date_its_facts_were_checked_is_refused() {
    one_problem_saying(problems(&GOOD_FRONT.replace("updated = 2026-12-06\n", ""), "x"), "updated");
}

#[test]
fn a_source_without_a_title_is_refused() {
    let front =
        GOOD_FRONT.replace("title = \"Migration Code of the Republic of Azerbaijan, Article 21\"", "title = \" \"");
    one_problem_saying(problems(&front, "x"), "every source needs a title");
}

#[test]
fn a_home_page_without_a_reason_is_refused() {
    let front =
        GOOD_FRONT.replace("home_page = \"e-qanun.az gives no lasting address for one article of a code\"\n", "");
    one_problem_saying(problems(&front, "x"), "links to a home page");
}

#[test]
fn a_word_the_glossary_rules_out_is_refused() {
    let found = problems(GOOD_FRONT, "Müvəqqəti yaşama icazəsi verilir.");
    assert!(found.iter().any(|p| p.contains("write \"müvəqqəti yaşamaq icazəsi\"")), "{found:?}");
    assert!(found.iter().all(|p| p.contains("az/living/registration.md")), "{found:?}");
}
