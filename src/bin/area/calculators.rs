fn main() {
    console_error_panic_hook::set_once();
    migrationto::mount_with(migrationto::app::CalculatorsApp);
}
