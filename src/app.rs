//! The root component: i18n context, page metadata and the route table.

use crate::components::shell::Shell;
use crate::i18n::I18nContextProvider;
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
    components::{ParentRoute, Route, Router, Routes},
    path,
};

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
                        <Route path=path!("useful-information/accessibility") view=Accessibility />
                        <Route path=path!("useful-information/privacy") view=Privacy />
                        <Route path=path!("useful-information/partners") view=Partners />
                        <Route path=path!("calculators/registration-deadline") view=RegistrationDeadline />
                        <Route path=path!("calculators/days-of-stay") view=DaysOfStay />
                        <Route path=path!("calculators/state-fees") view=StateFees />
                        <Route path=path!("e-services/appointments") view=Appointments />
                        <Route path=path!("e-services/track-applications") view=TrackApplications />
                        <Route path=path!("e-services/registration-status") view=RegistrationStatus />
                        <Route path=path!("e-services/travel-ban") view=TravelBan />
                        <Route path=path!("e-services/:service/:step") view=EServiceWizard />
                        <Route path=path!("search") view=SearchPage />
                        <Route path=path!(":section") view=SectionPage />
                        <Route path=path!(":section/:slug") view=ArticlePage />
                        <Route path=path!("*any") view=NotFound />
                    </ParentRoute>
                </Routes>
            </Router>
        </I18nContextProvider>
    }
}
