use leptos::prelude::IntoAny;
use migrationto::routes::search::SearchPage;
use migrationto_core::page::{Area, Page};

fn main() {
    console_error_panic_hook::set_once();
    migrationto::mount_content(const { migrationto::text::for_area(Area::Content) }, |path| {
        (Page::from_path(path)? == Page::Search).then_some(|| SearchPage().into_any())
    });
}
