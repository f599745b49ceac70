//! The e-service wizard. It renders any definition in `migrationto_core::eservice`: one
//! step per page at `/{lang}/e-services/{service}/{step}`, so the browser's Back and Forward
//! buttons move between steps; then "Check your answers", the submission and a confirmation.
//! The answers live in [`Wizard`], mirrored into `sessionStorage` on every change. Two apps
//! without a router show an application's pages (core's `Area::showing_wizard_page`): the
//! e-services' the questions ([`questions_at_address`]: the steps, "not needed"), the sending's
//! the rest ([`sending_at_address`]: "Check your answers", the confirmation, save and resume).
//! Each makes its own moves between its pages (`moves`); a move to the other's is a page load,
//! and the answers (and what the e-service said about them) come along in `sessionStorage`. The
//! start page is written whole by the build and loads no app.

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
use eservice::wizard_page::{CHECK_ANSWERS, CONFIRMATION, NOT_NEEDED, RESUME, SAVE, START};
use leptos::prelude::*;
use migrationto_core::Lang;
use migrationto_core::api::FieldError;
use migrationto_core::eservice::{self, Answers, Service};
use migrationto_core::page::{Area, wizard_page_at};
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
            server_errors: RwSignal::new(saved.server_errors),
            answers: Memo::new(move |_| typed.with(|t| eservice::read_typed(service, t))),
            lang: use_page_lang(),
            here,
        };
        Effect::new(move |_| {
            w.typed.track();
            w.files.track();
            w.key.track();
            w.server_errors.track();
            w.keep();
        });
        w
    }

    /// Keeps the application in this tab (`draft`), as it is now.
    fn keep(&self) {
        let draft = Draft {
            typed: self.typed.get_untracked(),
            files: self.files.get_untracked(),
            key: self.key.get_untracked(),
            server_errors: self.server_errors.get_untracked(),
        };
        draft::store(self.service, &draft);
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
    /// history entry (or replacing this one). The application is kept first: the page may be
    /// the other app's, a page load.
    pub fn go(&self, page: &str, replace: bool) {
        self.keep();
        self.here.go(page, replace);
    }

    /// Whether the visitor came to this page from "Check your answers" to change an answer.
    pub fn from_check(&self) -> bool {
        self.came_from("check")
    }

    /// Whether the address's query says where the visitor came from: `?from=check` ("Check your
    /// answers"), `?from=start` (the start page's "Start now").
    pub fn came_from(&self, from: &str) -> bool {
        self.here.query.with(|q| q.split('&').any(|pair| pair.strip_prefix("from=") == Some(from)))
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
/// through `crate::mount_content`, which calls it only where [`shows`] says so): the questions.
pub fn questions_at_address() -> AnyView {
    at_address(Area::EServices, questions)
}

/// The same for the sending's app (`src/bin/area/sending.rs`): the rest of an application.
pub fn sending_at_address() -> AnyView {
    at_address(Area::Sending, sending)
}

/// The page of the address, shown by `pages`, the pages of `app`. The document's title follows
/// each page's heading.
fn at_address(app: Area, pages: Pages) -> AnyView {
    let location = window().location();
    let pathname = location.pathname().unwrap_or_default();
    let Some((service, page, base)) = application_at(&pathname) else {
        return ().into_any();
    };
    provide_context(DocumentTitle(|title| {
        Effect::new(move |_| document().set_title(&title.get()));
        ().into_any()
    }));
    let here = Here::new(service, base, page, &location.search().unwrap_or_default(), app);
    view! { <ServiceWizard service here pages /> }.into_any()
}

/// The service and page of a wizard's whole address (`/en/e-services/registration/person`), and
/// the address of the application's pages up to the page's name (`/en/e-services/registration/`).
fn application_at(pathname: &str) -> Option<(Service, &'static str, String)> {
    let (service, page) = split_lang(pathname).and_then(|(_, rest)| wizard_page_at(rest))?;
    let base = pathname.strip_suffix(page)?.to_owned();
    Some((service, page, base))
}

/// Whether `app`'s [`questions_at_address`] or [`sending_at_address`] has a page for an address
/// after the language.
pub fn shows(app: Area, path: &str) -> bool {
    wizard_page_at(path).is_some_and(|(_, page)| Area::showing_wizard_page(page) == Some(app))
}

/// `/{lang}/e-services/{service}/{step}`, in the whole app's router (`crate::app::App`): the
/// router makes the moves between the application's pages, and the wizard shows the page at
/// its address. Another service or language is a new wizard.
#[component]
pub fn EServiceWizard() -> impl IntoView {
    use leptos_router::NavigateOptions;
    use leptos_router::hooks::{use_location, use_navigate};
    let location = use_location();
    // A new wizard for each application (each service in each language): its base address.
    let at = Memo::new(move |_| {
        location.pathname.with(|path| application_at(path).map(|(service, _, base)| (service, base)))
    });
    move || {
        let Some((service, base)) = at.get() else {
            return view! { <NotFound /> }.into_any();
        };
        let page = location.pathname.with_untracked(|path| application_at(path).map_or(START, |(_, page, _)| page));
        let navigate = use_navigate();
        let router: moves::RouterMove =
            Box::new(move |to, replace| navigate(to, NavigateOptions { replace, ..Default::default() }));
        let here = Here::following(service, base, page, &location.search.get_untracked(), router);
        Effect::new(move |_| here.follow(&location.pathname.get(), &location.search.get()));
        view! { <ServiceWizard service here pages=every_page /> }.into_any()
    }
}

/// The view of one page of an application.
type Pages = fn(Service, &str) -> AnyView;

#[component]
fn ServiceWizard(service: Service, here: Here, pages: Pages) -> impl IntoView {
    let wizard = Wizard::new(service, here);
    provide_context(wizard);
    // Only a page of this app is ever on show (`Here`).
    move || pages(service, &here.page.get())
}

/// The questions: the e-services' app. The pages the build writes for the servers are these,
/// the sending's and the start page, which loads no app (`Service::pages`).
fn questions(service: Service, page: &str) -> AnyView {
    match page {
        NOT_NEEDED => view! { <not_needed::NotNeeded /> }.into_any(),
        id => service.step(id).map(|step| view! { <step::StepPage step /> }).into_any(),
    }
}

/// The rest of an application: the sending's app.
fn sending(_: Service, page: &str) -> AnyView {
    match page {
        CHECK_ANSWERS => view! { <check_answers::CheckAnswers /> }.into_any(),
        CONFIRMATION => view! { <confirmation::Confirmation /> }.into_any(),
        SAVE => view! { <save::SaveForLater /> }.into_any(),
        RESUME => view! { <resume::Resume /> }.into_any(),
        _ => ().into_any(),
    }
}

/// Every page of an application, in the whole app (and the build: the start page).
fn every_page(service: Service, page: &str) -> AnyView {
    match Area::showing_wizard_page(page) {
        None => view! { <start::Start /> }.into_any(),
        Some(Area::Sending) => sending(service, page),
        Some(_) => questions(service, page),
    }
}
