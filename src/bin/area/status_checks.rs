use leptos::prelude::IntoAny;
use migrationto::routes::status_check::{RegistrationStatus, TrackApplications, TravelBan};
use migrationto_core::page::{Area, Page};

fn main() {
    console_error_panic_hook::set_once();
    migrationto::mount_content(
        const { migrationto::text::for_area(Area::StatusChecks) },
        |path| match Page::from_path(path)? {
            Page::TrackApplications => Some(|| TrackApplications().into_any()),
            Page::RegistrationStatus => Some(|| RegistrationStatus().into_any()),
            Page::TravelBan => Some(|| TravelBan().into_any()),
            _ => None,
        },
    );
}
