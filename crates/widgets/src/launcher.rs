//! `<migrationto-eservice-launcher service="registration">`: a card with the e-service's
//! name, what it is for, and a start button that opens its wizard on the portal in the
//! widget's language.

use crate::Widget;
use crate::dom::{add, el, portal_link, text_el};
use crate::text::fill;
use migrationto_core::eservice::Service;
use migrationto_core::page::Page;
use web_sys::Element;

pub fn mount(w: Widget, frame: &Element, service: &str) {
    // An unknown or missing `service` attribute gives the most asked-for one.
    let service = Service::from_id(service).unwrap_or(Service::Registration);
    let card = el("div", &[("class", "card")]);
    let start = portal_link(
        &w.portal_page(&Page::EServiceStart(service).path()),
        &fill(w.t("wizard.start_named"), &[("name", title(&w, service))]),
        w.t("widget.new_tab"),
    );
    let _ = start.set_attribute("class", "button start");
    add(
        &card,
        &[
            &text_el(&w.heading(0), &[("class", "title")], title(&w, service)),
            &text_el("p", &[], intro(&w, service)),
            &text_el("p", &[("class", "hint")], w.t("widget.launcher_note")),
            &start,
        ],
    );
    add(frame, &[&card]);
}

/// The service's name, as on the portal.
pub fn title(w: &Widget, service: Service) -> &'static str {
    match service {
        Service::Registration => w.t("eservice.registration.title"),
        Service::Extension => w.t("eservice.extension_of_stay.title"),
        Service::ResidencePermit => w.t("eservice.residence_permit.title"),
        Service::PermanentResidence => w.t("eservice.permanent_residence.title"),
        Service::WorkPermit => w.t("eservice.work_permit.title"),
        Service::WorkPermitExtension => w.t("eservice.work_permit_extension.title"),
        Service::ContractEndNotice => w.t("eservice.contract_end_notice.title"),
        Service::LostPermitReport => w.t("eservice.lost_permit_report.title"),
        Service::CitizenshipAcquisition => w.t("eservice.citizenship_acquisition.title"),
        Service::CitizenshipRestoration => w.t("eservice.citizenship_restoration.title"),
        Service::CitizenshipRenunciation => w.t("eservice.citizenship_renunciation.title"),
        Service::CitizenshipDetermination => w.t("eservice.citizenship_determination.title"),
    }
}

fn intro(w: &Widget, service: Service) -> &'static str {
    match service {
        Service::Registration => w.t("eservice.registration.start_intro"),
        Service::Extension => w.t("eservice.extension_of_stay.start_intro"),
        Service::ResidencePermit => w.t("eservice.residence_permit.start_intro"),
        Service::PermanentResidence => w.t("eservice.permanent_residence.start_intro"),
        Service::WorkPermit => w.t("eservice.work_permit.start_intro"),
        Service::WorkPermitExtension => w.t("eservice.work_permit_extension.start_intro"),
        Service::ContractEndNotice => w.t("eservice.contract_end_notice.start_intro"),
        Service::LostPermitReport => w.t("eservice.lost_permit_report.start_intro"),
        Service::CitizenshipAcquisition => w.t("eservice.citizenship_acquisition.start_intro"),
        Service::CitizenshipRestoration => w.t("eservice.citizenship_restoration.start_intro"),
        Service::CitizenshipRenunciation => w.t("eservice.citizenship_renunciation.start_intro"),
        Service::CitizenshipDetermination => w.t("eservice.citizenship_determination.start_intro"),
    }
}
