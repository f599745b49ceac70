//! Keeps `openapi.json` honest against the code it describes: it is OpenAPI 3.1.0, every
//! `$ref` resolves, its operations are exactly the routes `src/api/mod.rs` registers, its
//! schemas have the fields of the wire types, and what it says about idempotency keys, rate
//! limits, problem types, statuses and codes matches the handlers and the core crate.
//!
//! The sources are read as text with plain string handling, so the test needs no server.

use migrationto_core::api::problem::ProblemKind;
use migrationto_core::api::{ApplicationStatus, Code, CodeKind};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

const DOC: &str = include_str!("../openapi.json");
const ROUTER: &str = include_str!("../src/api/mod.rs");
const WIRE: &str = include_str!("../../core/src/api/wire.rs");
const PROBLEM: &str = include_str!("../../core/src/api/problem.rs");

/// The handler modules of `src/api`, by the name routes use for them.
const HANDLERS: &[(&str, &str)] = &[
    ("applications", include_str!("../src/api/applications.rs")),
    ("appointments", include_str!("../src/api/appointments.rs")),
    ("drafts", include_str!("../src/api/drafts.rs")),
    ("lookups", include_str!("../src/api/lookups.rs")),
    ("uploads", include_str!("../src/api/uploads.rs")),
];

const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

fn doc() -> Value {
    serde_json::from_str(DOC).expect("openapi.json is JSON")
}

/// One `.route(...)` registration: method, path, handler (`applications::submit`), and where
/// in `mod.rs` it is.
#[derive(Debug)]
struct Route {
    method: String,
    path: String,
    handler: String,
    at: usize,
}

/// The index just after the parenthesis that closes the one `open` points at.
fn after_closing(src: &str, open: usize) -> usize {
    let mut depth = 0;
    for (i, c) in src[open..].char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return open + i + 1;
                }
            }
            _ => {}
        }
    }
    panic!("unbalanced parentheses in src/api/mod.rs");
}

/// An identifier at the start of `s`.
fn ident(s: &str) -> &str {
    let end = s.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(s.len());
    &s[..end]
}

/// Every `.route("/path", get(h))` in `src/api/mod.rs`, including chained method routers such
/// as `get(a).post(b)`; a `.layer(...)` on the method router is skipped over.
fn routes() -> Vec<Route> {
    let mut out = Vec::new();
    for (at, pattern) in ROUTER.match_indices(".route(\"") {
        let rest = &ROUTER[at + pattern.len()..];
        let path = &rest[..rest.find('"').expect("a closing quote")];
        let mut pos = at + pattern.len() + path.len() + 1;
        pos += ROUTER[pos..].find(',').expect("a comma after the path") + 1;
        loop {
            let text = ROUTER[pos..].trim_start();
            pos = ROUTER.len() - text.len();
            let name = ident(text);
            assert!(!name.is_empty(), "cannot read the method router of {path}");
            let open = pos + name.len();
            assert_eq!(&ROUTER[open..open + 1], "(", "a call after {name} for {path}");
            let close = after_closing(ROUTER, open);
            if METHODS.contains(&name) {
                let handler = ROUTER[open + 1..close - 1].trim().to_owned();
                out.push(Route { method: name.to_owned(), path: path.to_owned(), handler, at });
            } else {
                assert_eq!(name, "layer", "unexpected {name}(...) in the route for {path}");
            }
            pos = close;
            if ROUTER[pos..].starts_with('.') && !ROUTER[pos..].starts_with(".route") {
                pos += 1;
                continue;
            }
            break;
        }
    }
    assert!(out.len() >= 10, "the route reader found too few routes: {out:?}");
    out
}

/// The text of the handler function a route names (`applications::submit`, or `health` in
/// `mod.rs` itself), from its `fn` line to its closing brace at the start of a line.
fn handler_source(handler: &str) -> &'static str {
    let (source, name) = match handler.split_once("::") {
        Some((module, name)) => {
            let source = HANDLERS
                .iter()
                .find(|(m, _)| *m == module)
                .unwrap_or_else(|| panic!("module {module} is not in HANDLERS of tests/openapi.rs"))
                .1;
            (source, name)
        }
        None => (ROUTER, handler),
    };
    let start = source
        .find(&format!("async fn {name}("))
        .unwrap_or_else(|| panic!("no `async fn {name}(` for handler {handler}"));
    let end = source[start..].find("\n}\n").map(|e| start + e + 3).unwrap_or(source.len());
    &source[start..end]
}

/// The `let` statements of `mod.rs` that put a per-client limit on a group of routes: the
/// spans of the source whose routes are rate limited.
fn rate_limited_spans() -> Vec<(usize, usize)> {
    let spans: Vec<(usize, usize)> = ROUTER
        .match_indices(".route_layer(limit(")
        .map(|(at, _)| {
            let start = ROUTER[..at].rfind("let ").expect("a `let` before the rate-limited routes");
            (start, at + ROUTER[at..].find(';').expect("the end of the statement"))
        })
        .collect();
    assert!(spans.len() >= 4, "lookups, bookings, drafts and uploads are limited: {spans:?}");
    spans
}

fn operations(doc: &Value) -> Vec<(String, String, &Map<String, Value>)> {
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("a path item") {
            if METHODS.contains(&method.as_str()) {
                out.push((method.clone(), path.clone(), op.as_object().expect("an operation")));
            }
        }
    }
    out
}

/// Follows a local `$ref` (once or more) to what it names.
fn deref<'a>(doc: &'a Value, mut v: &'a Value) -> &'a Value {
    while let Some(r) = v.get("$ref").and_then(Value::as_str) {
        v = doc.pointer(r.strip_prefix('#').expect("a local $ref")).unwrap_or_else(|| panic!("{r} does not resolve"));
    }
    v
}

fn collect_refs<'a>(v: &'a Value, at: String, out: &mut Vec<(String, &'a str)>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                if k == "$ref" {
                    out.push((at.clone(), child.as_str().expect("a $ref is a string")));
                } else {
                    collect_refs(child, format!("{at}/{k}"), out);
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                collect_refs(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn is_openapi_3_1_0_served_under_api_v1() {
    let doc = doc();
    assert_eq!(doc["openapi"], "3.1.0");
    assert!(doc["info"]["title"].is_string() && doc["info"]["version"].is_string());
    assert_eq!(doc["servers"][0]["url"], "/api/v1");
    assert!(
        ROUTER.contains(r#".route("/openapi.json", get(openapi))"#)
            && include_str!("../src/api/openapi.rs").contains(r#"include_str!("../../openapi.json")"#),
        "the server serves this file at /api/v1/openapi.json"
    );
}

#[test]
fn every_ref_resolves_to_a_component() {
    let doc = doc();
    let mut refs = Vec::new();
    collect_refs(&doc, String::new(), &mut refs);
    assert!(refs.len() > 50, "{} refs", refs.len());
    for (at, r) in refs {
        assert!(r.starts_with("#/components/"), "{at}: {r} is not a local component");
        assert!(doc.pointer(&r[1..]).is_some(), "{at}: {r} does not resolve");
    }
}

#[test]
fn operations_are_exactly_the_routes_of_the_router() {
    let doc = doc();
    let documented: BTreeSet<(String, String)> =
        operations(&doc).into_iter().map(|(m, p, _)| (m.to_uppercase(), p)).collect();
    let routed: BTreeSet<(String, String)> = routes().into_iter().map(|r| (r.method.to_uppercase(), r.path)).collect();
    let missing: Vec<_> = routed.difference(&documented).collect();
    let extra: Vec<_> = documented.difference(&routed).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "routes not documented: {missing:?}; documented but not routed: {extra:?}"
    );
}

#[test]
fn operations_are_described_the_way_their_handlers_work() {
    let doc = doc();
    let limited_spans = rate_limited_spans();
    let mut ids = BTreeSet::new();
    for route in routes() {
        let op = &doc["paths"][&route.path][&route.method];
        let name = format!("{} {}", route.method.to_uppercase(), route.path);
        let source = handler_source(&route.handler);
        assert!(
            ids.insert(op["operationId"].as_str().unwrap_or_else(|| panic!("{name}: operationId")).to_owned()),
            "{name}: operationId repeated"
        );
        let params: Vec<&Value> =
            op["parameters"].as_array().map(|a| a.iter().map(|p| deref(&doc, p)).collect()).unwrap_or_default();
        let responses = op["responses"].as_object().unwrap_or_else(|| panic!("{name}: responses"));

        // Path parameters, named as in the route.
        for segment in route.path.split('/').filter(|s| s.starts_with('{')) {
            let param = segment.trim_matches(['{', '}']);
            assert!(
                params.iter().any(|p| p["in"] == "path" && p["name"] == param && p["required"] == true),
                "{name}: path parameter {param}"
            );
        }

        // Writes: the Idempotency-Key header, required, 8 to 128 visible ASCII characters.
        let key = params.iter().find(|p| p["in"] == "header" && p["name"] == "Idempotency-Key");
        if source.contains("idempotency_key(") {
            let key = key.unwrap_or_else(|| panic!("{name} needs an Idempotency-Key parameter"));
            assert_eq!(key["required"], true, "{name}");
            assert_eq!(
                (key["schema"]["minLength"].as_u64(), key["schema"]["maxLength"].as_u64()),
                (Some(8), Some(128)),
                "{name}"
            );
            assert!(
                responses.contains_key("400") && responses.contains_key("422"),
                "{name}: key missing and key reused"
            );
        } else {
            assert!(key.is_none(), "{name} takes no Idempotency-Key");
        }

        // Lookups and abusable writes behind a per-client limit: 429 with Retry-After.
        let limited = limited_spans.iter().any(|(from, to)| (*from..*to).contains(&route.at));
        assert_eq!(op["x-rate-limited"] == true, limited, "{name}: x-rate-limited");
        if limited {
            let r = deref(&doc, &responses["429"]);
            assert!(r["headers"]["Retry-After"].is_object(), "{name}: 429 with Retry-After");
        } else {
            assert!(!responses.contains_key("429"), "{name} is not rate limited");
        }

        // JSON bodies: 415 for other content types, 413 over 64 KiB, 400 for a bad shape.
        if source.contains("JsonBody(") {
            assert!(op["requestBody"]["content"]["application/json"].is_object(), "{name}: a JSON body");
            assert_eq!(op["requestBody"]["required"], true, "{name}");
            for status in ["400", "413", "415"] {
                assert!(responses.contains_key(status), "{name}: {status}");
            }
        }

        // Every operation sits behind the origin check; everything that uses the database
        // can fail with 500.
        assert!(responses.contains_key("403"), "{name}: 403 origin-not-allowed");
        let compact: String = source.split_whitespace().collect();
        let uses_db = compact.contains("state.db") || compact.contains("once(");
        assert_eq!(responses.contains_key("500"), uses_db, "{name}: 500 exactly when the handler uses the database");

        for (status, response) in responses {
            let response = deref(&doc, response);
            let content = response["content"].as_object().unwrap_or_else(|| panic!("{name} {status}: content"));
            if status.starts_with('2') {
                assert!(content.contains_key("application/json"), "{name} {status}: application/json");
                if source.contains("StatusCode::CREATED") {
                    assert_eq!(status, "201", "{name} answers 201 Created");
                }
            } else {
                assert!(
                    content.keys().all(|k| k == "application/problem+json" || k == "text/plain"),
                    "{name} {status}"
                );
            }
        }
        let success: Vec<&String> = responses.keys().filter(|s| s.starts_with('2')).collect();
        assert_eq!(success.len(), 1, "{name}: one success status");
    }
}

#[test]
fn problem_types_are_the_problem_kinds_with_their_statuses() {
    let doc = doc();
    let block = &PROBLEM[PROBLEM.find("pub const fn slug").expect("fn slug")..];
    let block = &block[..block.find("\n    }\n").expect("the end of fn slug")];
    let slugs: BTreeSet<String> = block.split("=> \"").skip(1).map(|s| s[..s.find('"').unwrap()].to_owned()).collect();
    let documented: BTreeSet<String> = doc["components"]["schemas"]["ProblemType"]["enum"]
        .as_array()
        .expect("ProblemType is an enum")
        .iter()
        .map(|t| t.as_str().unwrap().strip_prefix("/api/v1/problems/").expect("a problem URI").to_owned())
        .collect();
    assert_eq!(documented, slugs);
    assert_eq!(slugs.len(), ProblemKind::ALL.len());

    // Each error reply names only kinds whose status is the reply's.
    for (method, path, op) in operations(&doc) {
        for (status, response) in op["responses"].as_object().unwrap() {
            let Some(schema) = deref(&doc, response).pointer("/content/application~1problem+json/schema") else {
                continue;
            };
            let narrow = &schema["allOf"][1]["properties"];
            let types: Vec<&str> = match (&narrow["type"]["const"], &narrow["type"]["enum"]) {
                (Value::String(t), _) => vec![t.as_str()],
                (_, Value::Array(ts)) => ts.iter().map(|t| t.as_str().unwrap()).collect(),
                _ => panic!("{method} {path} {status}: name the problem types"),
            };
            for t in types {
                let kind = ProblemKind::from_slug(t.strip_prefix("/api/v1/problems/").unwrap())
                    .unwrap_or_else(|| panic!("{t}"));
                assert_eq!(kind.status().to_string(), *status, "{method} {path}: {t}");
                if let Some(s) = narrow["status"]["const"].as_u64() {
                    assert_eq!(s, u64::from(kind.status()));
                }
            }
        }
    }
}

/// The values of the enum schema `name`.
fn schema_enum(doc: &Value, name: &str) -> Vec<String> {
    let values = doc["components"]["schemas"][name]["enum"].as_array().unwrap_or_else(|| panic!("{name} has an enum"));
    values.iter().map(|v| v.as_str().unwrap().to_owned()).collect()
}

#[test]
fn centre_ids_are_the_core_list() {
    let ids: Vec<String> = migrationto_core::centres::all().iter().map(|c| c.id.to_owned()).collect();
    assert_eq!(schema_enum(&doc(), "CentreId"), ids);
}

#[test]
fn service_ids_are_the_core_ones() {
    let ids: Vec<String> = migrationto_core::eservice::Service::ALL.iter().map(|s| s.id().to_owned()).collect();
    assert_eq!(schema_enum(&doc(), "ServiceId"), ids);
}

#[test]
fn application_statuses_are_the_core_ones() {
    let doc = doc();
    let documented: Vec<&str> = doc["components"]["schemas"]["ApplicationStatus"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    let ids: Vec<&str> = ApplicationStatus::ALL.iter().map(|s| s.id()).collect();
    assert_eq!(documented, ids);
}

#[test]
fn code_examples_have_their_kind_and_a_valid_check_character() {
    let doc = doc();
    let schemas = &doc["components"]["schemas"];
    for (name, kind) in [
        ("ApplicationReference", CodeKind::Application),
        ("DraftCode", CodeKind::Draft),
        ("AppointmentCode", CodeKind::Appointment),
        ("UploadId", CodeKind::Upload),
    ] {
        let examples = schemas[name]["examples"].as_array().unwrap_or_else(|| panic!("{name}: examples"));
        for e in examples {
            let e = e.as_str().unwrap();
            let code = Code::parse(kind, e).unwrap_or_else(|err| panic!("{name} example {e}: {}", err.rule()));
            assert_eq!(code.to_string(), e, "{name}: examples in display form");
        }
    }
}

/// A `pub struct` of a wire type: its name, whether it denies unknown fields, and its fields
/// as (name on the wire, required).
struct WireStruct {
    name: String,
    deny_unknown: bool,
    fields: BTreeMap<String, bool>,
}

fn wire_structs(src: &str) -> Vec<WireStruct> {
    let mut out = Vec::new();
    let mut attrs: Vec<&str> = Vec::new();
    let mut current: Option<WireStruct> = None;
    for line in src.lines().map(str::trim) {
        if line.starts_with("///") || line.starts_with("//") || line.is_empty() {
            continue;
        }
        if line.starts_with("#[") {
            attrs.push(line);
            continue;
        }
        if let Some(s) = current.as_mut() {
            if line == "}" {
                out.push(current.take().unwrap());
            } else if let Some(field) = line.strip_prefix("pub ") {
                let (name, ty) = field.split_once(':').expect("a field with a type");
                let rename =
                    attrs.iter().find_map(|a| a.split("rename = \"").nth(1).map(|r| &r[..r.find('"').unwrap()]));
                let optional = attrs.iter().any(|a| a.contains("default")) || ty.trim().starts_with("Option<");
                s.fields.insert(rename.unwrap_or(name.trim()).to_owned(), !optional);
            }
        } else if let Some(name) = line.strip_prefix("pub struct ").and_then(|rest| rest.strip_suffix('{')) {
            let deny_unknown = attrs.iter().any(|a| a.contains("deny_unknown_fields"));
            current = Some(WireStruct { name: name.trim().to_owned(), deny_unknown, fields: BTreeMap::new() });
        }
        attrs.clear();
    }
    out
}

#[test]
fn schemas_have_the_fields_of_the_wire_types() {
    let doc = doc();
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    let mut structs = wire_structs(WIRE);
    structs.extend(wire_structs(PROBLEM).into_iter().filter(|s| s.name == "FieldError" || s.name == "Problem"));
    assert!(structs.len() >= 20, "the struct reader found {} wire structs", structs.len());
    for s in &structs {
        let schema = schemas.get(&s.name).unwrap_or_else(|| panic!("no schema for the wire type {}", s.name));
        assert_eq!(schema["type"], "object", "{}", s.name);
        let properties: BTreeSet<&str> = schema["properties"].as_object().unwrap().keys().map(String::as_str).collect();
        let fields: BTreeSet<&str> = s.fields.keys().map(String::as_str).collect();
        assert_eq!(properties, fields, "{}: properties", s.name);
        let required: BTreeSet<&str> =
            schema["required"].as_array().map(|a| a.iter().map(|r| r.as_str().unwrap()).collect()).unwrap_or_default();
        let must: BTreeSet<&str> = s.fields.iter().filter(|(_, r)| **r).map(|(f, _)| f.as_str()).collect();
        assert_eq!(required, must, "{}: required", s.name);
        assert_eq!(
            schema["additionalProperties"] == false,
            s.deny_unknown,
            "{}: additionalProperties false exactly with deny_unknown_fields",
            s.name
        );
    }
    for line in WIRE.lines().filter_map(|l| l.strip_prefix("pub enum ")) {
        let name = line.trim_end_matches('{').trim();
        assert!(schemas.contains_key(name), "no schema for the wire enum {name}");
    }
}

#[test]
fn request_bodies_are_wire_types_that_reject_unknown_fields() {
    let doc = doc();
    let deny: BTreeSet<String> = wire_structs(WIRE).into_iter().filter(|s| s.deny_unknown).map(|s| s.name).collect();
    for (method, path, op) in operations(&doc) {
        if let Some(schema) = op.get("requestBody").and_then(|b| b.pointer("/content/application~1json/schema")) {
            let r = schema["$ref"]
                .as_str()
                .unwrap_or_else(|| panic!("{method} {path}: a request body names its wire type"));
            let name = r.rsplit('/').next().unwrap();
            assert!(deny.contains(name), "{method} {path}: {name} is not a deny_unknown_fields wire type");
        }
    }
}

#[test]
fn registration_answers_are_the_core_definition() {
    use migrationto_core::eservice::Service;
    let doc = doc();
    let schema = &doc["components"]["schemas"]["RegistrationAnswers"];
    let documented: Vec<&str> =
        schema["properties"].as_object().expect("properties").keys().map(String::as_str).collect();
    let mut defined: Vec<&str> = Service::Registration.fields().map(|f| f.path).collect();
    let mut sorted = documented.clone();
    sorted.sort();
    defined.sort();
    assert_eq!(sorted, defined, "RegistrationAnswers has exactly the fields of the definition");
    let required: Vec<&str> =
        schema["required"].as_array().expect("required").iter().filter_map(|v| v.as_str()).collect();
    for field in Service::Registration.fields() {
        let always = field.required && field.when.is_none();
        assert_eq!(required.contains(&field.path), always, "{} in `required`", field.path);
        let rules = schema["properties"][field.path]["x-rules"].as_array().expect("x-rules");
        assert_eq!(rules.iter().any(|r| r == "required"), field.required, "{}: `required` among its rules", field.path);
    }
}
