use leptos::prelude::IntoAny;
use migrationto::routes::appointments::Appointments;
use migrationto_core::page::{Area, Page};

fn main() {
    console_error_panic_hook::set_once();
    migrationto::mount_content(
        const { migrationto::text::for_area(Area::Appointments) },
        |path| match Page::from_path(path)? {
            Page::Appointments => Some(|| Appointments().into_any()),
            _ => None,
        },
    );
}
