use migrationto_core::page::Area;

fn main() {
    console_error_panic_hook::set_once();
    migrationto::mount_calculator(const { migrationto::text::for_area(Area::Calculators) });
}
