//! The e-service wizard. It renders any definition in `migrationto_core::eservice`: one
//! step per page at `/{lang}/e-services/{service}/{step}`, so the browser's Back and Forward
//! buttons move between steps; then "Check your answers", the submission and a confirmation.
//! The answers live in [`Wizard`], mirrored into `sessionStorage` on every change. The
//! e-services' app ([`at_address`]) has no router: the wizard makes its own moves between the
//! pages of an application (`moves`).

mod check_answers;
mod confirmation;
pub mod draft;
mod field;
mod moves;
mod not_needed;
mod notices;
mod resume;
mod save;
mod start;
mod step;
pub mod text;
mod upload;

use crate::browser::today_in_baku;
use crate::components::page::DocumentTitle;
use crate::lang::use_page_lang;
use crate::routes::not_found::NotFound;
use draft::{Draft, FileNote};
use leptos::prelude::*;
use migrationto_core::Lang;
use migrationto_core::api::FieldError;
use migrationto_core::eservice::{self, Answers, Service, wizard_page};
use migrationto_core::page::wizard_page_at;
use migrationto_core::path::{localized, split_lang};
use moves::Here;
use std::collections::BTreeMap;

/// The application in progress, shared by the wizard's pages.
#[derive(Clone, Copy)]
pub struct Wizard {
    pub service: Service,
    /// What was typed, by field path; dates as `<path>#day`, `#month` and `#year`.
    pub typed: RwSignal<Answers>,
    pub files: RwSignal<BTreeMap<String, FileNote>>,
    pub key: RwSignal<Option<String>>,
    /// Field errors the e-service found in a submission, shown at their fields until changed.
    pub server_errors: RwSignal<Vec<FieldError>>,
    /// The answers read from `typed`, and the dates that could not be read: derived once per
    /// change, not by every question and notice that needs them.
    answers: Memo<(Answers, Vec<FieldError>)>,
    lang: Memo<Lang>,
    /// The page on show, and the moves between pages.
    here: Here,
}

impl Wizard {
    fn new(service: Service, here: Here) -> Wizard {
        let saved = draft::load(service);
        let typed = RwSignal::new(saved.typed);
        let w = Wizard {
            service,
            typed,
            files: RwSignal::new(saved.files),
            key: RwSignal::new(saved.key),
            server_errors: RwSignal::new(Vec::new()),
            answers: Memo::new(move |_| typed.with(|t| eservice::read_typed(service, t))),
            lang: use_page_lang(),
            here,
        };
        Effect::watch(
            move || (w.typed.get(), w.files.get(), w.key.get()),
            move |(typed, files, key), _, _| {
                draft::store(service, &Draft { typed: typed.clone(), files: files.clone(), key: key.clone() });
            },
            false,
        );
        w
    }

    /// The answers read from what was typed, and the dates that could not be read.
    pub fn read(&self) -> (Answers, Vec<FieldError>) {
        self.answers.get()
    }

    /// One typed value.
    pub fn value(&self, key: &str) -> String {
        self.typed.with(|t| t.get(key).cloned().unwrap_or_default())
    }

    /// Sets one typed value; a change clears what the e-service said about that field.
    pub fn set(&self, key: &str, value: String) {
        let path = key.split('#').next().unwrap_or(key).to_owned();
        self.typed.update(|t| {
            if value.is_empty() {
                t.remove(key);
            } else {
                t.insert(key.to_owned(), value);
            }
        });
        if self.server_errors.with_untracked(|e| e.iter().any(|e| e.path == path)) {
            self.server_errors.update(|e| e.retain(|e| e.path != path));
        }
    }

    /// Starts again with nothing: after a submission, or to replace the answers with a
    /// reopened draft.
    pub fn reset(&self, typed: Answers) {
        self.typed.set(typed);
        self.files.set(BTreeMap::new());
        self.key.set(None);
        self.server_errors.set(Vec::new());
    }

    /// The address of a page of this service.
    pub fn href(&self, page: &str) -> String {
        localized(self.lang.get_untracked(), &format!("e-services/{}/{page}", self.service.id()))
    }

    /// Goes to another page of the wizard (`applicant`, `applicant?from=check`), adding a
    /// history entry (or replacing this one).
    pub fn go(&self, page: &str, replace: bool) {
        self.here.go(page, replace);
    }

    /// Whether the visitor came to this page from "Check your answers" to change an answer.
    pub fn from_check(&self) -> bool {
        self.here.query.with(|q| q.split('&').any(|pair| pair == "from=check"))
    }

    /// The first step with something missing or wrong, or "check-answers".
    pub fn resume_page(&self) -> &'static str {
        let (answers, typed_errors) = self.read();
        let first_typed = typed_errors.first().and_then(|e| self.service.step_of(&e.path));
        let steps = eservice::visible_steps(self.service, &answers);
        let first_rule = eservice::first_unfinished(self.service, &answers, today_in_baku());
        let index = |s: Option<&'static eservice::Step>| s.and_then(|s| steps.iter().position(|x| x.id == s.id));
        match (index(first_typed), index(first_rule)) {
            (Some(a), Some(b)) => steps[a.min(b)].id,
            (Some(a), None) => steps[a].id,
            (None, Some(b)) => steps[b].id,
            (None, None) => "check-answers",
        }
    }
}

pub fn use_wizard() -> Wizard {
    expect_context::<Wizard>()
}

/// The page at the browser's address, for the e-services' app (`src/bin/area/e_services.rs`,
/// through `crate::mount_content`, which calls it only at an address of a wizard's page). The
/// document's title follows each page's heading.
pub fn at_address() -> AnyView {
    let location = window().location();
    let pathname = location.pathname().unwrap_or_default();
    let Some((service, page)) = split_lang(&pathname).and_then(|(_, rest)| wizard_page_at(rest)) else {
        return ().into_any();
    };
    provide_context(DocumentTitle(|title| {
        Effect::new(move |_| document().set_title(&title.get()));
        ().into_any()
    }));
    let base = pathname.strip_suffix(page).unwrap_or_default().to_owned();
    let here = Here::new(service, base, page, &location.search().unwrap_or_default());
    view! { <ServiceWizard service here /> }.into_any()
}

/// Whether [`at_address`] has a page for an address after the language.
pub fn shows(path: &str) -> bool {
    wizard_page_at(path).is_some()
}

/// `/{lang}/e-services/{service}/{step}`, in the whole app's router (`crate::app::App`): the
/// router makes the moves between the application's pages, and the wizard shows the page at
/// its address. Another service or language is a new wizard.
#[component]
pub fn EServiceWizard() -> impl IntoView {
    use leptos_router::NavigateOptions;
    use leptos_router::hooks::{use_location, use_navigate};
    let location = use_location();
    let at = Memo::new(move |_| {
        location.pathname.with(|path| split_lang(path).map(|(lang, rest)| (lang, wizard_page_at(rest).map(|(s, _)| s))))
    });
    move || {
        let Some((_, Some(service))) = at.get() else {
            return view! { <NotFound /> }.into_any();
        };
        let pathname = location.pathname.get_untracked();
        let Some((_, page)) = split_lang(&pathname).and_then(|(_, rest)| wizard_page_at(rest)) else {
            return view! { <NotFound /> }.into_any();
        };
        let base = pathname.strip_suffix(page).unwrap_or_default().to_owned();
        let navigate = use_navigate();
        let router: moves::RouterMove =
            Box::new(move |to, replace| navigate(to, NavigateOptions { replace, ..Default::default() }));
        let here = Here::following(service, base, page, &location.search.get_untracked(), router);
        Effect::new(move |_| here.follow(&location.pathname.get(), &location.search.get()));
        view! { <ServiceWizard service here /> }.into_any()
    }
}

#[component]
fn ServiceWizard(service: Service, here: Here) -> impl IntoView {
    let wizard = Wizard::new(service, here);
    provide_context(wizard);
    // The pages the build writes for the servers are these (`Service::pages`).
    move || match here.page.get().as_str() {
        wizard_page::START => view! { <start::Start /> }.into_any(),
        wizard_page::CHECK_ANSWERS => view! { <check_answers::CheckAnswers /> }.into_any(),
        wizard_page::CONFIRMATION => view! { <confirmation::Confirmation /> }.into_any(),
        wizard_page::SAVE => view! { <save::SaveForLater /> }.into_any(),
        wizard_page::RESUME => view! { <resume::Resume /> }.into_any(),
        wizard_page::NOT_NEEDED => view! { <not_needed::NotNeeded /> }.into_any(),
        // Only a page of the service is ever on show (`Here`).
        id => service.step(id).map(|step| view! { <step::StepPage step /> }).into_any(),
    }
}
