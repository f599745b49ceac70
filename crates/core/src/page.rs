//! Every page of the portal that is neither an article nor a section's landing, named once:
//! its address after the language, the locale key of its title, its section and its area.
//! The section lists, the status checks, the widgets' links into the portal, the content
//! build's link check and sitemap, and the end-to-end route list (`end2end/pages.json`) read
//! it, and so does the route table in `src/app.rs`.

use crate::Lang;
use crate::eservice::{Service, wizard_page};
use crate::path::split_lang;
use crate::section::Section;

/// The portal's public address, before the language: canonical links, `hreflang` alternates and
/// the sitemap name pages under it (the builds take `MIGRATIONTO_SITE_URL` instead when set).
pub const SITE_URL: &str = "https://migrationto.az";

/// Which app a page needs: the reading pages' (which load none but the search results, whose app
/// this is), the partners page's (its live widgets), the calculators', the e-services' wizard's
/// (the questions of an application: its start page, its steps, "You do not need to apply"), the
/// sending's (the rest of an application: "Check your answers" and "Send", the confirmation,
/// saving it to come back later and reopening it), the appointments' or the status checks'.
/// Each is a binary of its own, so a page loads only its own code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Area {
    Content,
    Partners,
    Calculators,
    EServices,
    Sending,
    Appointments,
    StatusChecks,
}

impl Area {
    pub const ALL: [Area; 7] = [
        Area::Content,
        Area::Partners,
        Area::Calculators,
        Area::EServices,
        Area::Sending,
        Area::Appointments,
        Area::StatusChecks,
    ];

    /// The area of an address after the language (`/calculators/days-of-stay`, `/living/visa`):
    /// its page's, a wizard page's (an e-service's address of three segments: the sending's for
    /// the pages of `wizard_page::SENDING`), or the reading pages' (sections, articles, and
    /// whatever matches nothing, the 404 page).
    pub fn of_path(path: &str) -> Area {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        if let Some(page) = Page::from_path(path) {
            return page.area();
        }
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [section, _, page] if *section == Section::EServices.slug() => {
                Area::showing_wizard_page(page).unwrap_or(Area::EServices)
            }
            _ => Area::Content,
        }
    }

    /// The app that shows an application's page (`person`, `check-answers`): the sending's for
    /// the pages of `wizard_page::SENDING`, the e-services' wizard's for the others, but none for
    /// the start page, which is whole as the build writes it (`Area::needs_app`).
    pub fn showing_wizard_page(page: &str) -> Option<Area> {
        match page {
            wizard_page::START => None,
            page if wizard_page::SENDING.contains(&page) => Some(Area::Sending),
            _ => Some(Area::EServices),
        }
    }

    /// Whether this area's app built with the texts of `lang` (`None`: all three) shows the
    /// page at a whole address (`/en/calculators/days-of-stay`): one of its area, in its
    /// language. Any other is left with a page load for the app that has it.
    pub fn has(self, lang: Option<Lang>, address: &str) -> bool {
        match split_lang(address) {
            Some((in_lang, rest)) => Area::of_path(rest) == self && lang.is_none_or(|l| l == in_lang),
            None => lang.is_none() && Area::of_path("") == self,
        }
    }

    /// Whether the page at an address after the language needs its area's app at all. A reading
    /// page (the home page, a section, an article, the accessibility statement, the privacy
    /// notice, the 404 page) is whole as the prerender wrote it: its links lead to pages, and the
    /// page script (`public/page.js`) opens its menu on a phone and keeps the language chosen.
    /// It loads no app, and neither does an e-service's start page, whose "Start now" leads to
    /// the first step (which goes on from where this tab's answers stop). The search results need
    /// the reading pages' app (the search), and the partners page, every calculator and every
    /// other e-service page their area's.
    pub fn needs_app(path: &str) -> bool {
        let bare = path.split(['?', '#']).next().unwrap_or_default();
        match Page::from_path(bare) {
            Some(Page::Search) => true,
            Some(Page::EServiceStart(_)) => false,
            _ => Area::of_path(path) != Area::Content,
        }
    }

    /// The name of the area's app (a binary of the `migrationto` package, and the start of its
    /// files' names in the build).
    pub fn app_name(self) -> &'static str {
        match self {
            Area::Content => "migrationto-search",
            Area::Partners => "migrationto-partners",
            Area::Calculators => "migrationto-calculators",
            Area::EServices => "migrationto-e-services",
            Area::Sending => "migrationto-sending",
            Area::Appointments => "migrationto-appointments",
            Area::StatusChecks => "migrationto-status-checks",
        }
    }
}

/// A page of the portal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    Home,
    Search,
    Accessibility,
    Privacy,
    Partners,
    RegistrationDeadline,
    DaysOfStay,
    StateFees,
    /// An e-service's start page (who applies, what to have ready, "Start now").
    EServiceStart(Service),
    Appointments,
    TrackApplications,
    RegistrationStatus,
    TravelBan,
    /// What the portal's service worker shows for a page this device has not kept, when there
    /// is no connection (docs/offline.md).
    Offline,
}

impl Page {
    /// Every page, in the order the sitemap lists them.
    pub const ALL: [Page; 25] = [
        Page::Home,
        Page::RegistrationDeadline,
        Page::DaysOfStay,
        Page::StateFees,
        Page::Accessibility,
        Page::Privacy,
        Page::Partners,
        Page::EServiceStart(Service::Registration),
        Page::EServiceStart(Service::Extension),
        Page::EServiceStart(Service::ResidencePermit),
        Page::EServiceStart(Service::PermanentResidence),
        Page::EServiceStart(Service::LostPermitReport),
        Page::EServiceStart(Service::WorkPermit),
        Page::EServiceStart(Service::WorkPermitExtension),
        Page::EServiceStart(Service::ContractEndNotice),
        Page::EServiceStart(Service::CitizenshipAcquisition),
        Page::EServiceStart(Service::CitizenshipRestoration),
        Page::EServiceStart(Service::CitizenshipRenunciation),
        Page::EServiceStart(Service::CitizenshipDetermination),
        Page::Appointments,
        Page::TrackApplications,
        Page::RegistrationStatus,
        Page::TravelBan,
        Page::Search,
        Page::Offline,
    ];

    /// What people come to the portal for most, first on the home page: register a guest,
    /// work out the registration deadline, extend a stay, apply for a residence permit, track
    /// an application, book an appointment.
    pub const POPULAR: [Page; 6] = [
        Page::EServiceStart(Service::Registration),
        Page::RegistrationDeadline,
        Page::EServiceStart(Service::Extension),
        Page::EServiceStart(Service::ResidencePermit),
        Page::TrackApplications,
        Page::Appointments,
    ];

    /// The calculators, in the order their section lists them.
    pub const CALCULATORS: [Page; 3] = [Page::RegistrationDeadline, Page::DaysOfStay, Page::StateFees];

    /// The address after the language (`/calculators/days-of-stay`; `""` for the home page),
    /// the same in every language.
    pub fn path(self) -> String {
        match self {
            Page::EServiceStart(service) => format!("/e-services/{}/{}", service.id(), wizard_page::START),
            page => page.fixed_path().unwrap_or_default().to_owned(),
        }
    }

    /// The address of a page that has one route of its own (every page but an e-service's
    /// start, which the wizard's route serves); the route table in `src/app.rs` reads it.
    pub const fn fixed_path(self) -> Option<&'static str> {
        Some(match self {
            Page::Home => "",
            Page::Search => "/search",
            Page::Accessibility => "/useful-information/accessibility",
            Page::Privacy => "/useful-information/privacy",
            Page::Partners => "/useful-information/partners",
            Page::RegistrationDeadline => "/calculators/registration-deadline",
            Page::DaysOfStay => "/calculators/days-of-stay",
            Page::StateFees => "/calculators/state-fees",
            Page::EServiceStart(_) => return None,
            Page::Appointments => "/e-services/appointments",
            Page::TrackApplications => "/e-services/track-applications",
            Page::RegistrationStatus => "/e-services/registration-status",
            Page::TravelBan => "/e-services/travel-ban",
            Page::Offline => "/offline",
        })
    }

    /// The locale key of the page's title (its `<h1>`).
    pub fn title_key(self) -> String {
        let fixed = match self {
            Page::Home => "home.title",
            Page::Search => "search.title",
            Page::Accessibility => "accessibility.title",
            Page::Privacy => "privacy.title",
            Page::Partners => "partners.title",
            Page::RegistrationDeadline => "registration_calc.title",
            Page::DaysOfStay => "stay_calc.title",
            Page::StateFees => "fee_calc.title",
            Page::EServiceStart(service) => return format!("eservice.{}.title", service.key()),
            Page::Appointments => "appointments.title",
            Page::TrackApplications => "status_check.track_title",
            Page::RegistrationStatus => "status_check.registration_title",
            Page::TravelBan => "status_check.ban_title",
            Page::Offline => "offline.title",
        };
        fixed.to_owned()
    }

    /// The section the page sits in (its breadcrumbs), if any.
    pub fn section(self) -> Option<Section> {
        match self {
            Page::Home | Page::Search | Page::Offline => None,
            Page::Accessibility | Page::Privacy | Page::Partners => Some(Section::UsefulInformation),
            Page::RegistrationDeadline | Page::DaysOfStay | Page::StateFees => Some(Section::Calculators),
            Page::EServiceStart(_)
            | Page::Appointments
            | Page::TrackApplications
            | Page::RegistrationStatus
            | Page::TravelBan => Some(Section::EServices),
        }
    }

    pub fn area(self) -> Area {
        match self {
            Page::Partners => return Area::Partners,
            Page::Appointments => return Area::Appointments,
            Page::TrackApplications | Page::RegistrationStatus | Page::TravelBan => return Area::StatusChecks,
            _ => {}
        }
        match self.section() {
            Some(Section::Calculators) => Area::Calculators,
            Some(Section::EServices) => Area::EServices,
            _ => Area::Content,
        }
    }

    /// Whether search engines should list it: not the search results page, nor the page shown
    /// for a page not kept offline.
    pub fn indexed(self) -> bool {
        !matches!(self, Page::Search | Page::Offline)
    }

    /// The page at an address after the language (`/calculators/days-of-stay`).
    pub fn from_path(path: &str) -> Option<Page> {
        let path = path.trim_end_matches('/');
        Page::ALL.into_iter().find(|p| p.path() == path)
    }

    /// The calculators a section's readers are likely to need.
    pub fn calculators_for(section: Section) -> &'static [Page] {
        use Page::*;
        match section {
            Section::Calculators => &Page::CALCULATORS,
            Section::Living | Section::Tourism => &[RegistrationDeadline, DaysOfStay, StateFees],
            Section::Working | Section::Business => &[StateFees, RegistrationDeadline],
            _ => &[],
        }
    }
}

/// The addresses, after the language, of every wizard page of every e-service but its start
/// page (a `Page`): what the visitor has answered decides what they show, so the app renders
/// them in the browser, and the build writes the bare app for each.
pub fn wizard_paths() -> Vec<String> {
    Service::ALL
        .into_iter()
        .flat_map(|s| {
            s.pages().filter(|p| *p != wizard_page::START).map(move |p| format!("/e-services/{}/{p}", s.id()))
        })
        .collect()
}

/// The e-service and the page of a wizard's address after the language
/// (`/e-services/registration/applicant?from=check`: registration, `applicant`): one of the
/// service's pages (`Service::pages`), else `None`.
pub fn wizard_page_at(path: &str) -> Option<(Service, &'static str)> {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let mut segments = path.strip_prefix('/')?.split('/');
    let (Some(section), Some(service), Some(page), None) =
        (segments.next(), segments.next(), segments.next(), segments.next())
    else {
        return None;
    };
    let service = Service::from_id(service).filter(|_| section == Section::EServices.slug())?;
    service.pages().find(|p| *p == page).map(|p| (service, p))
}

/// The address, after the language, of each e-service's first step. Nothing is answered when a
/// visitor first reaches it, so the build writes it as its empty form, as it does a
/// calculator's, and the app fills in what this tab has already answered when it takes over.
pub fn first_steps() -> Vec<String> {
    Service::ALL.into_iter().map(|s| format!("/e-services/{}/{}", s.id(), s.steps()[0].id)).collect()
}

/// Every address the portal serves besides articles, with the locale key of its heading: the
/// home page, each section, and each page (the search page as it opens, before a search). `end2end/pages.json` is this list (a test compares
/// them; `cargo run -p migrationto-core --example pages > end2end/pages.json` writes it).
pub fn route_list() -> Vec<(String, String)> {
    let sections = Section::ALL
        .into_iter()
        .map(|s| (format!("/{}", s.slug()), format!("sections.{}.title", s.slug().replace('-', "_"))));
    let pages = Page::ALL.into_iter().map(|p| (p.path(), p.title_key()));
    let mut list: Vec<(String, String)> = pages.collect();
    let home = list.remove(0);
    std::iter::once(home).chain(sections).chain(list).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn a_wizard_address_names_its_service_and_page() {
        for service in Service::ALL {
            for page in service.pages() {
                let path = format!("/e-services/{}/{page}", service.id());
                assert_eq!(wizard_page_at(&path), Some((service, page)), "{path}");
                assert_eq!(wizard_page_at(&format!("{path}?from=check#main")), Some((service, page)));
            }
        }
        assert_eq!(wizard_page_at("/e-services/registration/no-such-step"), None);
        assert_eq!(wizard_page_at("/e-services/no-such-service/start"), None);
        assert_eq!(wizard_page_at("/e-services/registration/start/more"), None);
        assert_eq!(wizard_page_at("/e-services/registration"), None);
        assert_eq!(wizard_page_at("/living/registration/start"), None);
        assert_eq!(wizard_page_at("e-services/registration/start"), None);
    }

    #[test]
    fn wizard_paths_are_every_step_and_fixed_page_but_the_start() {
        let paths = wizard_paths();
        assert_eq!(paths.len(), paths.iter().collect::<HashSet<_>>().len());
        for service in Service::ALL {
            let count = paths.iter().filter(|p| p.starts_with(&format!("/e-services/{}/", service.id()))).count();
            assert_eq!(count, service.steps().len() + wizard_page::ALL.len() - 1, "{service:?}");
            assert!(!paths.contains(&Page::EServiceStart(service).path()));
        }
        assert!(paths.contains(&"/e-services/registration/check-answers".to_owned()));
        assert!(paths.iter().all(|p| Page::from_path(p).is_none()));
    }

    #[test]
    fn every_page_is_listed_once_with_its_own_address() {
        let paths: HashSet<String> = Page::ALL.iter().map(|p| p.path()).collect();
        assert_eq!(paths.len(), Page::ALL.len());
        for service in Service::ALL {
            assert!(Page::ALL.contains(&Page::EServiceStart(service)), "{service:?}");
        }
        for page in Page::ALL {
            assert_eq!(Page::from_path(&page.path()), Some(page));
            assert!(page == Page::Home || page.path().starts_with('/'));
            if let Some(section) = page.section() {
                assert!(page.path().starts_with(&format!("/{}/", section.slug())), "{page:?}");
            }
        }
        assert_eq!(Page::from_path("/calculators/days-of-stay/"), Some(Page::DaysOfStay));
        assert_eq!(Page::from_path("/calculators/nothing"), None);
    }

    #[test]
    fn every_page_but_a_service_start_has_a_route_of_at_most_two_segments() {
        for page in Page::ALL {
            match (page, page.fixed_path()) {
                (Page::EServiceStart(_), path) => assert_eq!(path, None),
                (_, Some(path)) => {
                    assert_eq!(path, page.path());
                    assert!(path.split('/').count() <= 3, "{path}: src/app.rs routes two segments at most");
                }
                (_, None) => panic!("{page:?} has no route"),
            }
        }
    }

    #[test]
    fn an_app_with_one_language_has_its_area_in_that_language_only() {
        let calculators = "/ru/calculators/days-of-stay?trip=1";
        assert!(Area::Calculators.has(Some(Lang::Ru), calculators));
        assert!(Area::Calculators.has(None, calculators));
        assert!(!Area::Calculators.has(Some(Lang::En), calculators));
        assert!(!Area::EServices.has(Some(Lang::Ru), calculators));
        assert!(Area::EServices.has(Some(Lang::Az), "/az/e-services/registration/person"));
        assert!(!Area::EServices.has(Some(Lang::En), "/az/e-services/registration/person"));
        assert!(Area::Sending.has(Some(Lang::Az), "/az/e-services/registration/check-answers?from=x"));
        assert!(!Area::EServices.has(Some(Lang::Az), "/az/e-services/registration/check-answers"));
        assert!(!Area::Sending.has(Some(Lang::Az), "/az/e-services/registration/person"));
        assert!(Area::StatusChecks.has(Some(Lang::En), "/en/e-services/travel-ban"));
        assert!(!Area::EServices.has(Some(Lang::En), "/en/e-services/travel-ban"));
        assert!(Area::Appointments.has(Some(Lang::En), "/en/e-services/appointments"));
        assert!(!Area::EServices.has(Some(Lang::En), "/en/e-services/appointments"));
        assert!(Area::Content.has(Some(Lang::En), "/en/search?q=visa"));
        // An address without a language is the whole app's to send on.
        assert!(Area::Content.has(None, "/living"));
        assert!(!Area::Content.has(Some(Lang::En), "/living"));
    }

    #[test]
    fn areas_follow_sections() {
        assert_eq!(Page::DaysOfStay.area(), Area::Calculators);
        assert_eq!(Page::EServiceStart(Service::WorkPermit).area(), Area::EServices);
        // The e-services' section has three apps: the wizard's, the appointments', the checks'.
        assert_eq!(Page::TravelBan.area(), Area::StatusChecks);
        assert_eq!(Page::TrackApplications.area(), Area::StatusChecks);
        assert_eq!(Page::RegistrationStatus.area(), Area::StatusChecks);
        assert_eq!(Page::Appointments.area(), Area::Appointments);
        assert_eq!(Page::Privacy.area(), Area::Content);
        assert_eq!(Page::Home.area(), Area::Content);
        assert_eq!(Page::Search.area(), Area::Content);
        assert_eq!(Page::Partners.area(), Area::Partners);
        assert!(Page::CALCULATORS.iter().all(|p| p.area() == Area::Calculators));
    }

    #[test]
    fn each_area_has_an_app_of_its_own() {
        let names: std::collections::HashSet<&str> = Area::ALL.iter().map(|a| a.app_name()).collect();
        assert_eq!(names.len(), Area::ALL.len());
    }

    #[test]
    fn every_address_has_the_area_of_its_page() {
        for page in Page::ALL {
            assert_eq!(Area::of_path(&page.path()), page.area(), "{page:?}");
            assert_eq!(Area::of_path(&format!("{}/", page.path())), page.area(), "{page:?}");
        }
        for path in wizard_paths() {
            let page = path.rsplit('/').next().unwrap_or_default();
            let area = if wizard_page::SENDING.contains(&page) { Area::Sending } else { Area::EServices };
            assert_eq!(Area::of_path(&path), area, "{path}");
            assert_eq!(Area::showing_wizard_page(page), Some(area), "{path}");
        }
        assert_eq!(Area::of_path("/e-services/registration/check-answers?x=1"), Area::Sending);
        assert_eq!(Area::of_path("/e-services/work-permit/save"), Area::Sending);
        assert_eq!(Area::of_path("/e-services/work-permit/start"), Area::EServices);
        assert_eq!(Area::of_path("/e-services/registration/not-needed"), Area::EServices);
        assert_eq!(Area::of_path("/e-services/registration/applicant?from=check"), Area::EServices);
        assert_eq!(Area::of_path("/calculators/state-fees?service=work-permit#result"), Area::Calculators);
        // The sections' landings, articles, search and unknown addresses are reading pages.
        for path in ["", "/", "/calculators", "/e-services", "/e-services/", "/living/visa-regime", "/search?q=visa"] {
            assert_eq!(Area::of_path(path), Area::Content, "{path}");
        }
        assert_eq!(Area::of_path("/calculators/no-such-calculator"), Area::Content);
        assert_eq!(Area::of_path("/e-services/a/b/c/d"), Area::Content);
    }

    #[test]
    fn the_first_steps_are_wizard_pages_of_the_e_services() {
        let steps = first_steps();
        assert_eq!(steps.len(), Service::ALL.len());
        assert!(steps.contains(&"/e-services/registration/applicant".to_owned()));
        let wizard = wizard_paths();
        for step in &steps {
            assert!(wizard.contains(step), "{step}");
            assert_eq!(Area::of_path(step), Area::EServices);
        }
    }

    #[test]
    fn reading_pages_need_no_app() {
        let (privacy, accessibility) = (Page::Privacy.path(), Page::Accessibility.path());
        for path in
            ["", "/", "/living", "/living/temporary-residence", "/e-services", "/offline", &privacy, &accessibility]
        {
            assert!(!Area::needs_app(path), "{path}");
        }
        // The 404 page: whatever matches no page.
        assert!(!Area::needs_app("/living/no-such-guide/at/all"));
        for path in [
            "/search?q=visa",
            "/useful-information/partners",
            "/useful-information/partners/",
            "/calculators/days-of-stay",
        ] {
            assert!(Area::needs_app(path), "{path}");
        }
        // An e-service's start page is whole as written; its first step needs the wizard.
        for service in Service::ALL {
            let start = Page::EServiceStart(service).path();
            assert!(!Area::needs_app(&start), "{start}");
            assert!(!Area::needs_app(&format!("{start}?from=hub")), "{start}");
            assert_eq!(Area::showing_wizard_page(wizard_page::START), None);
        }
        for page in Page::ALL.into_iter().filter(|p| p.area() != Area::Content && !matches!(p, Page::EServiceStart(_)))
        {
            assert!(Area::needs_app(&page.path()), "{page:?}");
        }
        assert!(wizard_paths().iter().all(|p| Area::needs_app(p)));
    }

    #[test]
    fn the_end_to_end_route_list_is_this_registry() {
        let file = concat!(env!("CARGO_MANIFEST_DIR"), "/../../end2end/pages.json");
        let text = std::fs::read_to_string(file).expect("end2end/pages.json");
        let listed: Vec<(String, String)> = serde_json::from_str::<Vec<serde_json::Value>>(&text)
            .expect("JSON")
            .iter()
            .map(|r| (r["path"].as_str().unwrap().to_owned(), r["heading"].as_str().unwrap().to_owned()))
            .collect();
        assert_eq!(
            listed,
            route_list(),
            "end2end/pages.json is stale: cargo run -p migrationto-core --example pages > end2end/pages.json"
        );
    }
}
