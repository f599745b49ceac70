use leptos::prelude::IntoAny;
use migrationto::routes::{
    days_of_stay::DaysOfStay, registration_deadline::RegistrationDeadline, state_fees::StateFees,
};
use migrationto_core::page::{Area, Page};

fn main() {
    console_error_panic_hook::set_once();
    migrationto::mount_content(const { migrationto::text::for_area(Area::Calculators) }, |path| match Page::from_path(
        path,
    )? {
        Page::RegistrationDeadline => Some(|| RegistrationDeadline().into_any()),
        Page::DaysOfStay => Some(|| DaysOfStay().into_any()),
        Page::StateFees => Some(|| StateFees().into_any()),
        _ => None,
    });
}
