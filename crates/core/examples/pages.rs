//! Writes the end-to-end suite's route list from the page registry:
//! `cargo run -p migrationto-core --example pages > end2end/pages.json`

fn main() {
    let list: Vec<serde_json::Value> = migrationto_core::page::route_list()
        .into_iter()
        .map(|(path, heading)| serde_json::json!({ "path": path, "heading": heading }))
        .collect();
    println!("{}", serde_json::to_string_pretty(&list).expect("JSON"));
}
