use migrationto_core::page::Area;

fn main() {
    console_error_panic_hook::set_once();
    migrationto::page_texts::use_carried();
    migrationto::mount_content(const { migrationto::text::for_area(Area::Sending) }, |path| {
        migrationto::wizard::shows(Area::Sending, path).then_some(migrationto::wizard::sending_at_address)
    });
}
