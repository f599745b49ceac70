//! The root component: i18n context, page metadata and the route table.

use crate::i18n::I18nContextProvider;
use crate::routes::shell::Shell;
use crate::routes::{
    accessibility::Accessibility,
    appointments::Appointments,
    article::ArticlePage,
    days_of_stay::DaysOfStay,
    home::Home,
    locale_root::LocaleRoot,
    not_found::NotFound,
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
use leptos_meta::provide_meta_context;
use leptos_router::{
    StaticSegment,
    components::{ParentRoute, Route, Router, Routes},
    path,
};
use migrationto_core::page::Page;

/// A page's route below `/:lang`, from its address in the registry (`/calculators/days-of-stay`
/// is the segments `calculators` and `days-of-stay`).
fn at(page: Page) -> (StaticSegment<&'static str>, StaticSegment<&'static str>) {
    let path = page.fixed_path().unwrap_or_default().trim_start_matches('/');
    let (first, second) = path.split_once('/').unwrap_or((path, ""));
    (StaticSegment(first), StaticSegment(second))
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <I18nContextProvider>
            <Router>
                <Routes fallback=LocaleRoot>
                    <Route path=path!("/") view=LocaleRoot />
                    <ParentRoute path=path!("/:lang") view=Shell>
                        <Route path=path!("") view=Home />
                        <Route path=at(Page::Accessibility) view=Accessibility />
                        <Route path=at(Page::Privacy) view=Privacy />
                        <Route path=at(Page::Partners) view=Partners />
                        <Route path=at(Page::RegistrationDeadline) view=RegistrationDeadline />
                        <Route path=at(Page::DaysOfStay) view=DaysOfStay />
                        <Route path=at(Page::StateFees) view=StateFees />
                        <Route path=at(Page::Appointments) view=Appointments />
                        <Route path=at(Page::TrackApplications) view=TrackApplications />
                        <Route path=at(Page::RegistrationStatus) view=RegistrationStatus />
                        <Route path=at(Page::TravelBan) view=TravelBan />
                        <Route path=path!("e-services/:service/:step") view=EServiceWizard />
                        <Route path=StaticSegment(Page::Search.fixed_path().unwrap_or_default().trim_start_matches('/')) view=SearchPage />
                        <Route path=path!(":section") view=SectionPage />
                        <Route path=path!(":section/:slug") view=ArticlePage />
                        <Route path=path!("*any") view=NotFound />
                    </ParentRoute>
                </Routes>
            </Router>
        </I18nContextProvider>
    }
}
