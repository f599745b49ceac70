use leptos::prelude::IntoAny;
use migrationto::routes::partners::Partners;
use migrationto_core::page::{Area, Page};

fn main() {
    console_error_panic_hook::set_once();
    migrationto::mount_content(const { migrationto::text::for_area(Area::Partners) }, |path| {
        (Page::from_path(path)? == Page::Partners).then_some(|| Partners().into_any())
    });
}
