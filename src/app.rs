//! The root component: the texts' language, page metadata and the route table.

use crate::area::ThisApp;
use crate::components::page::DocumentTitle;
use crate::locale::provide_i18n;
use crate::routes::shell::Shell;
use crate::routes::{
    accessibility::Accessibility,
    appointments::Appointments,
    article::ArticlePage,
    days_of_stay::DaysOfStay,
    home::Home,
    locale_root::LocaleRoot,
    not_found::NotFound,
    offline::Offline,
    partners::Partners,
    privacy::Privacy,
    registration_deadline::RegistrationDeadline,
    search::SearchPage,
    section::SectionPage,
    state_fees::StateFees,
    status_check::{RegistrationStatus, TrackApplications, TravelBan},
};
use crate::wizard::EServiceWizard;
use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::{
    NavigateOptions, StaticSegment,
    components::{ParentRoute, Route, Router, Routes},
    hooks::{use_location, use_navigate},
    path,
};
use migrationto_core::answers_query::with_query;
use migrationto_core::page::{Area, Page};

/// A page's route below `/:lang`, from its address in the registry (`/calculators/days-of-stay`
/// is the segments `calculators` and `days-of-stay`).
fn at(page: Page) -> (StaticSegment<&'static str>, StaticSegment<&'static str>) {
    let path = page.fixed_path().unwrap_or_default().trim_start_matches('/');
    let (first, second) = path.split_once('/').unwrap_or((path, ""));
    (StaticSegment(first), StaticSegment(second))
}

/// An app: the frame every app shares (i18n context, page metadata, the router, `/` and
/// addresses without a language) around the routes in a language of the areas named, in that
/// order (`content` last: its `:section/:slug` would take the others' addresses).
macro_rules! app {
    ($area:expr; $($areas:ident)+) => { app!(@routes $area; []; $($areas)+) };
    (@routes $area:expr; [$($routes:tt)*]; calculators $($rest:ident)*) => {
        app!(@routes $area; [$($routes)*
            <Route path=at(Page::RegistrationDeadline) view=RegistrationDeadline />
            <Route path=at(Page::DaysOfStay) view=DaysOfStay />
            <Route path=at(Page::StateFees) view=StateFees />
        ]; $($rest)*)
    };
    (@routes $area:expr; [$($routes:tt)*]; appointments $($rest:ident)*) => {
        app!(@routes $area; [$($routes)* <Route path=at(Page::Appointments) view=Appointments />]; $($rest)*)
    };
    (@routes $area:expr; [$($routes:tt)*]; status_checks $($rest:ident)*) => {
        app!(@routes $area; [$($routes)*
            <Route path=at(Page::TrackApplications) view=TrackApplications />
            <Route path=at(Page::RegistrationStatus) view=RegistrationStatus />
            <Route path=at(Page::TravelBan) view=TravelBan />
        ]; $($rest)*)
    };
    (@routes $area:expr; [$($routes:tt)*]; e_services $($rest:ident)*) => {
        app!(@routes $area; [$($routes)* <Route path=path!("e-services/:service/:step") view=EServiceWizard />]; $($rest)*)
    };
    (@routes $area:expr; [$($routes:tt)*]; content) => {
        app!(@frame $area; $($routes)*
            <Route path=path!("") view=Home />
            <Route path=at(Page::Accessibility) view=Accessibility />
            <Route path=at(Page::Privacy) view=Privacy />
            <Route path=at(Page::Offline) view=Offline />
            <Route path=at(Page::Partners) view=Partners />
            <Route path=StaticSegment(Page::Search.fixed_path().unwrap_or_default().trim_start_matches('/')) view=SearchPage />
            <Route path=path!(":section") view=SectionPage />
            <Route path=path!(":section/:slug") view=ArticlePage />
        )
    };
    (@routes $area:expr; [$($routes:tt)*];) => { app!(@frame $area; $($routes)*) };
    (@frame $area:expr; $($routes:tt)*) => {{
        provide_meta_context();
        provide_context(DocumentTitle(|text| view! { <Title text /> }.into_any()));
        provide_i18n();
        provide_context(ThisApp($area));
        provide_context(crate::browser::Address {
            search: || use_location().search.get_untracked(),
            replacer: || {
                let navigate = use_navigate();
                let location = use_location();
                Box::new(move |pairs| {
                    let url = with_query(&location.pathname.get_untracked(), pairs);
                    navigate(&url, NavigateOptions { replace: true, scroll: false, resolve: false, ..Default::default() });
                })
            },
        });
        view! {
            <Router>
                <Routes fallback=LocaleRoot>
                    <Route path=path!("/") view=LocaleRoot />
                    <ParentRoute path=path!("/:lang") view=Shell>
                        $($routes)*
                        <Route path=path!("*any") view=NotFound />
                    </ParentRoute>
                </Routes>
            </Router>
        }
    }};
}

/// Every page: the app of `index.html` (the loading shell) and of the component tests.
#[component]
pub fn App() -> impl IntoView {
    app!(None; calculators appointments status_checks e_services content)
}

/// The reading pages: home, sections, articles, search and the useful information pages. No
/// binary runs it (each area's app takes over its page's `<main>` alone, `mount_content`): the
/// prerender renders with it the frame of a page whose content is left to its app, which is
/// the reading pages' around an empty `<main>` (`area::shows`).
#[component]
pub fn ContentApp() -> impl IntoView {
    app!(Some(Area::Content); content)
}
