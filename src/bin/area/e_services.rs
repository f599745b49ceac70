use migrationto_core::page::Area;

fn main() {
    console_error_panic_hook::set_once();
    migrationto::page_texts::use_carried();
    migrationto::mount_content(const { migrationto::text::for_area(Area::EServices) }, |path| {
        migrationto::wizard::shows(Area::EServices, path).then_some(migrationto::wizard::questions_at_address)
    });
}
