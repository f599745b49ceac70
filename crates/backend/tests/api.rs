//! The e-service API over real HTTP on loopback, each test with its own temporary database
//! and a clock fixed at Monday 23 November 2026, 12:00 in Baku.

use migrationto_backend::{Config, commands, db::Db, router_with_clock, serve_on};
use migrationto_core::api::{Code, CodeKind};
use migrationto_core::calendar::BakuDate;
use reqwest::{Client, Response, StatusCode};
use serde_json::{Value, json};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use tokio::net::TcpListener;

/// 2026-11-23T08:00:00Z.
const MONDAY_NOON_BAKU: i64 = 1_795_420_800_000;

struct Server {
    base: String,
    data: PathBuf,
    clock: Arc<AtomicI64>,
    _dir: Arc<tempfile::TempDir>,
}

async fn start_with(config: impl FnOnce(&mut Config)) -> Server {
    let dir = Arc::new(tempfile::tempdir().unwrap());
    start_in(dir, config).await
}

async fn start_in(dir: Arc<tempfile::TempDir>, config: impl FnOnce(&mut Config)) -> Server {
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<!DOCTYPE html><title>app</title>").unwrap();
    let mut c = Config { dist, data: dir.path().join("data"), ..Config::default() };
    config(&mut c);
    let clock = Arc::new(AtomicI64::new(MONDAY_NOON_BAKU));
    let now = clock.clone();
    let app = router_with_clock(&c, Arc::new(move || now.load(Ordering::Relaxed))).unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}/api/v1", listener.local_addr().unwrap());
    tokio::spawn(serve_on(listener, app));
    // The copy of the passport every registration refers to (see `registration`).
    let db = Db::open(&c.data).unwrap();
    db.run_now(|conn| {
        conn.execute(
            "INSERT OR IGNORE INTO uploads (id, media_type, size, content, uploaded_at) VALUES (?1, 'application/pdf', 8, x'255044462D312E37', '2026-11-23T08:00:00Z')",
            [Code::new(CodeKind::Upload, PASSPORT_COPY_RANDOM).to_string()],
        )
    })
    .unwrap();
    Server { base, data: c.data, clock, _dir: dir }
}

async fn start() -> Server {
    start_with(|_| {}).await
}

fn key() -> String {
    static N: AtomicUsize = AtomicUsize::new(0);
    format!("test-key-{}-{}", std::process::id(), N.fetch_add(1, Ordering::Relaxed))
}

/// POSTs `body` as JSON to `url`, with an `Idempotency-Key` when given. Owns its arguments, so a
/// test can spawn it.
async fn post_json(url: String, body: Value, key: Option<String>) -> Response {
    let mut req = Client::new().post(url).json(&body);
    if let Some(k) = key {
        req = req.header("idempotency-key", k);
    }
    req.send().await.unwrap()
}

impl Server {
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    async fn post(&self, path: &str, body: &Value, key: Option<&str>) -> Response {
        post_json(self.url(path), body.clone(), key.map(str::to_owned)).await
    }

    async fn get(&self, path: &str) -> Response {
        Client::new().get(self.url(path)).send().await.unwrap()
    }

    fn count(&self, table: &str) -> i64 {
        let db = Db::open(&self.data).unwrap();
        db.run_now(|c| c.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))).unwrap()
    }
}

/// The random part of the upload id of the passport copy stored by `start_in`.
const PASSPORT_COPY_RANDOM: u64 = 777;

/// A complete registration for a person with this document number.
fn registration(number: &str) -> Value {
    json!({
        "service": "registration",
        "lang": "en",
        "answers": {
            "applicant.role": "host",
            "person.surname": "Smith",
            "person.given_names": "Anna",
            "person.date_of_birth": "1990-01-31",
            "person.sex": "female",
            "person.citizenship": "GB",
            "person.arrived_from": "TR",
            "document.type": "passport",
            "document.number": number,
            "document.issuing_country": "GB",
            "document.issued": "2020-05-01",
            "document.expires": "2030-05-01",
            "entry.basis": "visa_free",
            "stay.arrival": "2026-11-20",
            "stay.departure": "2026-12-15",
            "address.district": "AZ-BA",
            "address.street": "Nizami küçəsi",
            "address.building": "5",
            "host.kind": "person",
            "host.fin": "5ABC12D",
            "host.phone": "+994 50 123 45 67",
            "upload.passport": Code::new(CodeKind::Upload, PASSPORT_COPY_RANDOM).to_string(),
            "declaration": "yes"
        }
    })
}

fn lookup(number: &str, birth: &str, citizenship: &str) -> Value {
    json!({ "passport_number": number, "date_of_birth": birth, "citizenship": citizenship })
}

async fn problem(res: Response, status: u16) -> Value {
    assert_eq!(res.status().as_u16(), status);
    assert_eq!(res.headers()["content-type"], "application/problem+json");
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["status"], status);
    body
}

fn field_errors(problem: &Value) -> Vec<(String, String)> {
    problem["errors"]
        .as_array()
        .map(|a| a.iter().map(|e| (e["path"].as_str().unwrap().into(), e["rule"].as_str().unwrap().into())).collect())
        .unwrap_or_default()
}

fn set(body: &mut Value, path: &str, value: &str) {
    body["answers"][path] = json!(value);
}

#[tokio::test]
async fn health_and_the_contract_are_served() {
    let s = start().await;
    let health: Value = s.get("/health").await.json().await.unwrap();
    assert_eq!(health["status"], "ok");
    let doc: Value = s.get("/openapi.json").await.json().await.unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    let missing = problem(s.get("/no-such-endpoint").await, 404).await;
    assert_eq!(missing["type"], "/api/v1/problems/not-found");
}

#[tokio::test]
async fn the_contract_examples_are_requests_the_server_accepts_today_and_later() {
    let s = start().await;
    for days_on in [0, 40, 400] {
        s.clock.store(MONDAY_NOON_BAKU + days_on * 86_400_000, Ordering::Relaxed);
        let doc: Value = s.get("/openapi.json").await.json().await.unwrap();
        let example = |pointer: &str| doc.pointer(pointer).and_then(Value::as_str).unwrap().to_owned();
        let date = example("/paths/~1service-centres~1{id}~1slots/get/parameters/1/example");
        let day: Value = s.get(&format!("/service-centres/asan-baku-1/slots?date={date}")).await.json().await.unwrap();
        assert!(!day["slots"].as_array().unwrap().is_empty(), "{days_on} days on, {date} has times");

        // The booking made of the examples of BookAppointment's properties.
        let properties = doc.pointer("/components/schemas/BookAppointment/properties").unwrap().as_object().unwrap();
        let body: serde_json::Map<String, Value> =
            properties.iter().filter_map(|(name, p)| Some((name.clone(), p["examples"].get(0)?.clone()))).collect();
        let res = s.post("/appointments", &Value::Object(body), Some(&key())).await;
        assert_eq!(res.status(), StatusCode::CREATED, "{days_on} days on: {}", res.text().await.unwrap());
    }
}

#[tokio::test]
async fn every_service_takes_good_answers_and_names_each_bad_one_at_its_field() {
    use migrationto_core::eservice::{Service, example_answers};
    // One lookup per service, more than a stranger's limit.
    let s = start_with(|c| c.lookups_per_minute = 100).await;
    for service in Service::ALL {
        let answers = example_answers(service);
        store_uploads(&s, &answers);
        let send = |answers: &migrationto_core::eservice::Answers| json!({ "service": service.id(), "lang": "ru", "answers": answers });
        let id = service.id();

        let mut missing = answers.clone();
        missing.remove("person.surname");
        missing.insert("person.date_of_birth".into(), "2030-01-01".into());
        let refused = problem(s.post("/applications", &send(&missing), Some(&key())).await, 422).await;
        let errors = field_errors(&refused);
        assert!(errors.contains(&("person.surname".into(), "required".into())), "{id}: {errors:?}");
        assert!(errors.contains(&("person.date_of_birth".into(), "date_of_birth.not_past".into())), "{id}: {errors:?}");

        let sent = s.post("/applications", &send(&answers), Some(&key())).await;
        assert_eq!(sent.status(), StatusCode::CREATED, "{id}");
        let receipt: Value = sent.json().await.unwrap();
        assert_eq!(receipt["service"], id);
        let person =
            lookup(&answers["document.number"], &answers["person.date_of_birth"], &answers["person.citizenship"]);
        let tracked: Value = s.post("/applications/track", &person, None).await.json().await.unwrap();
        let found: Vec<(&str, &str)> = tracked["applications"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| (a["reference"].as_str().unwrap(), a["service"].as_str().unwrap()))
            .collect();
        assert!(found.contains(&(receipt["reference"].as_str().unwrap(), id)), "{id}: {found:?}");
    }
    assert_eq!(s.count("applications"), Service::ALL.len() as i64);
}

#[tokio::test]
async fn an_application_is_received_tracked_and_moved_on() {
    let s = start().await;
    let res = s.post("/applications", &registration("C01X00T47"), Some(&key())).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let receipt: Value = res.json().await.unwrap();
    assert_eq!(receipt["status"], "received");
    assert_eq!(receipt["received_at"], "2026-11-23T08:00:00Z");
    let reference = receipt["reference"].as_str().unwrap();
    Code::parse(CodeKind::Application, reference).expect("a reference with a valid check character");

    // Found however the passport number is typed; the same empty answer for a wrong date
    // of birth, a wrong citizenship and nobody at all.
    let found: Value =
        s.post("/applications/track", &lookup("c01x 00t47", " 1990-01-31 ", "gb"), None).await.json().await.unwrap();
    assert_eq!(found["applications"][0]["reference"], reference);
    assert_eq!(found["applications"][0]["history"].as_array().unwrap().len(), 1);
    for other in [
        lookup("C01X00T47", "1990-01-30", "GB"),
        lookup("C01X00T47", "1990-01-31", "US"),
        lookup("NOBODY123", "1990-01-31", "GB"),
    ] {
        let reply: Value = s.post("/applications/track", &other, None).await.json().await.unwrap();
        assert_eq!(reply, json!({ "applications": [] }));
    }

    s.clock.fetch_add(3_600_000, Ordering::Relaxed);
    let db = Db::open(&s.data).unwrap();
    commands::set_status(&db, reference, "under_review", "2026-11-23T09:00:00Z").unwrap();
    assert!(commands::set_status(&db, reference, "lost", "2026-11-23T09:00:00Z").is_err());
    let found: Value =
        s.post("/applications/track", &lookup("C01X00T47", "1990-01-31", "GB"), None).await.json().await.unwrap();
    assert_eq!(found["applications"][0]["status"], "under_review");
    assert_eq!(
        found["applications"][0]["history"][1],
        json!({ "status": "under_review", "at": "2026-11-23T09:00:00Z" })
    );
}

/// Stores the files `answers` refer to, as the upload endpoint would.
fn store_uploads(s: &Server, answers: &migrationto_core::eservice::Answers) {
    Db::open(&s.data)
        .unwrap()
        .run_now(|conn| {
            for id in answers.iter().filter(|(k, _)| k.starts_with("upload.")).map(|(_, v)| v) {
                conn.execute(
                    "INSERT OR IGNORE INTO uploads (id, media_type, size, content, uploaded_at) VALUES (?1, 'application/pdf', 8, x'255044462D312E37', '2026-11-23T08:00:00Z')",
                    [id],
                )?;
            }
            Ok(())
        })
        .unwrap();
}

#[tokio::test]
async fn an_application_with_a_fee_gets_a_payment_reference_and_shows_when_it_is_paid() {
    use migrationto_core::eservice::{Service, example_answers};
    let s = start().await;
    let mut answers = example_answers(Service::WorkPermitExtension);
    answers.insert("permit.processing".into(), "ten".into());
    store_uploads(&s, &answers);
    let sent = s
        .post(
            "/applications",
            &json!({ "service": "work-permit-extension", "lang": "az", "answers": answers }),
            Some(&key()),
        )
        .await;
    assert_eq!(sent.status(), StatusCode::CREATED);
    let receipt: Value = sent.json().await.unwrap();
    let reference = receipt["reference"].as_str().unwrap();
    let payment = receipt["payment"]["reference"].as_str().expect("a payment reference");
    // 1 year in 10 working days, outside the liberated territories: the work permit table.
    assert_eq!(receipt["payment"]["amount_azn"], 1400);
    assert!(receipt["payment"].get("paid_at").is_none());
    assert_eq!(Code::parse(CodeKind::Payment, payment).unwrap().as_kind(CodeKind::Application).to_string(), reference);

    let person = lookup("Z1234567", "1988-03-02", "IN");
    let tracked: Value = s.post("/applications/track", &person, None).await.json().await.unwrap();
    assert_eq!(tracked["applications"][0]["payment"], json!({ "reference": payment, "amount_azn": 1400 }));

    let db = Db::open(&s.data).unwrap();
    assert_eq!(
        commands::mark_paid(&db, reference, "2026-11-24T07:30:00Z"),
        Ok(payment.to_owned()),
        "by the application's reference"
    );
    commands::mark_paid(&db, payment, "2026-11-25T07:30:00Z").unwrap();
    let tracked: Value = s.post("/applications/track", &person, None).await.json().await.unwrap();
    assert_eq!(
        tracked["applications"][0]["payment"]["paid_at"], "2026-11-24T07:30:00Z",
        "the first payment date stays"
    );

    // Registration is free: no payment; and nothing to mark paid for it.
    let free: Value = s.post("/applications", &registration("C01X00T47"), Some(&key())).await.json().await.unwrap();
    assert!(free.get("payment").is_none(), "{free}");
    assert!(commands::mark_paid(&db, free["reference"].as_str().unwrap(), "2026-11-24T07:30:00Z").is_err());
    assert!(commands::mark_paid(&db, "not a code", "2026-11-24T07:30:00Z").is_err());

    // A fee the portal does not know (permanent residence) still gets a reference, without an amount.
    let prp = example_answers(Service::PermanentResidence);
    store_uploads(&s, &prp);
    let receipt: Value = s
        .post(
            "/applications",
            &json!({ "service": "permanent-residence-permit", "lang": "en", "answers": prp }),
            Some(&key()),
        )
        .await
        .json()
        .await
        .unwrap();
    assert!(receipt["payment"]["reference"].as_str().is_some_and(|r| r.starts_with('P')), "{receipt}");
    assert!(receipt["payment"].get("amount_azn").is_none(), "{receipt}");
}

#[tokio::test]
async fn a_retried_submission_creates_exactly_one_application() {
    let s = start().await;
    let k = key();
    let first: Value = s.post("/applications", &registration("P1234567"), Some(&k)).await.json().await.unwrap();
    let again = s.post("/applications", &registration("P1234567"), Some(&k)).await;
    assert_eq!(again.status(), StatusCode::CREATED);
    let again: Value = again.json().await.unwrap();
    assert_eq!(first, again, "the first reply, repeated");
    assert_eq!(s.count("applications"), 1);

    let reused = problem(s.post("/applications", &registration("P7654321"), Some(&k)).await, 422).await;
    assert_eq!(reused["type"], "/api/v1/problems/idempotency-key-reused");
    let missing = problem(s.post("/applications", &registration("P7654321"), None).await, 400).await;
    assert_eq!(missing["type"], "/api/v1/problems/idempotency-key-missing");
    assert_eq!(s.count("applications"), 1);
}

#[tokio::test]
async fn a_rejected_submission_can_be_corrected_under_the_same_key() {
    let s = start().await;
    let k = key();
    let mut bad = registration("P1234567");
    set(&mut bad, "stay.arrival", "2026-02-31");
    let p = problem(s.post("/applications", &bad, Some(&k)).await, 422).await;
    assert_eq!(field_errors(&p), [("stay.arrival".to_owned(), "date.no_such_day".to_owned())]);
    assert_eq!(s.post("/applications", &registration("P1234567"), Some(&k)).await.status(), StatusCode::CREATED);
}

#[tokio::test]
async fn bad_bodies_get_field_errors_at_their_paths() {
    let s = start().await;
    // A body, the status it gets, and the field errors (path, rule) it names.
    type Case = (Value, u16, Vec<(&'static str, &'static str)>);
    let cases: Vec<Case> = vec![
        (json!({ "service": "registration", "lang": "en" }), 400, vec![("answers", "required")]),
        (json!({ "service": "registration", "lang": 7, "answers": {} }), 400, vec![("lang", "type.mismatch")]),
        (
            json!({ "service": "registration", "lang": "en", "answers": { "person.surname": 12 } }),
            400,
            vec![("answers.person.surname", "type.mismatch")],
        ),
        (
            json!({ "service": "registration", "lang": "en", "answers": {}, "admin": true }),
            400,
            vec![("admin", "field.unknown")],
        ),
        (json!({ "service": "passport", "lang": "en", "answers": {} }), 422, vec![("service", "service.unknown")]),
    ];
    for (body, status, expected) in cases {
        let p = problem(s.post("/applications", &body, Some(&key())).await, status).await;
        let expected: Vec<(String, String)> = expected.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        assert_eq!(field_errors(&p), expected, "{body}");
    }

    let mut wrong = registration("P1234567");
    set(&mut wrong, "person.surname", "Иванов");
    set(&mut wrong, "stay.departure", "2026-11-01");
    wrong["answers"]["person.shoe_size"] = json!("42");
    wrong["lang"] = json!("fr");
    let p = problem(s.post("/applications", &wrong, Some(&key())).await, 422).await;
    let errors = field_errors(&p);
    for expected in [
        ("lang", "lang.unknown"),
        ("person.surname", "name.not_latin"),
        ("person.shoe_size", "field.unknown"),
        ("stay.departure", "stay.departure_not_after_arrival"),
    ] {
        assert!(errors.contains(&(expected.0.into(), expected.1.into())), "{expected:?} in {errors:?}");
    }

    let raw = |body: &'static str, content_type: &'static str| {
        Client::new()
            .post(s.url("/applications"))
            .header("content-type", content_type)
            .header("idempotency-key", key())
            .body(body)
            .send()
    };
    problem(raw("{not json", "application/json").await.unwrap(), 400).await;
    problem(
        raw(r#"{"service":"registration","lang":"en","answers":{}} trailing"#, "application/json").await.unwrap(),
        400,
    )
    .await;
    problem(raw("service=registration", "application/x-www-form-urlencoded").await.unwrap(), 415).await;
    let huge =
        json!({ "service": "registration", "lang": "en", "answers": { "address.street": "x".repeat(70 * 1024) } });
    let p = problem(s.post("/applications", &huge, Some(&key())).await, 413).await;
    assert_eq!(p["type"], "/api/v1/problems/too-large");
    assert_eq!(s.count("applications"), 0);
}

#[tokio::test]
async fn markup_and_sql_are_stored_and_returned_as_plain_text() {
    let s = start().await;
    let hostile = "<script>alert(1)</script>'; DROP TABLE applications; --";
    let answers = json!({ "address.street": hostile, "address.building": "1\" OR \"1\"=\"1" });
    let saved = s
        .post(
            "/drafts",
            &json!({ "service": "registration", "date_of_birth": "1990-01-31", "answers": answers }),
            Some(&key()),
        )
        .await;
    assert_eq!(saved.status(), StatusCode::CREATED);
    let code = saved.json::<Value>().await.unwrap()["code"].as_str().unwrap().to_owned();
    let back = s.post("/drafts/resume", &json!({ "code": code, "date_of_birth": "1990-01-31" }), None).await;
    assert_eq!(back.headers()["content-type"], "application/json");
    let back: Value = back.json().await.unwrap();
    assert_eq!(back["answers"], answers);

    let mut application = registration("P1234567");
    set(&mut application, "address.street", hostile);
    assert_eq!(s.post("/applications", &application, Some(&key())).await.status(), StatusCode::CREATED);
    assert_eq!(s.count("applications"), 1, "the table is still there, with the row in it");
}

#[tokio::test]
async fn two_hundred_concurrent_submissions_make_two_hundred_applications() {
    let s = Arc::new(start().await);
    let tasks: Vec<_> = (0..200)
        .map(|i| {
            let s = s.clone();
            tokio::spawn(async move {
                s.post("/applications", &registration(&format!("PX{i:06}")), Some(&key())).await.status()
            })
        })
        .collect();
    for t in tasks {
        assert_eq!(t.await.unwrap(), StatusCode::CREATED);
    }
    assert_eq!(s.count("applications"), 200);
}

#[tokio::test]
async fn concurrent_retries_of_one_submission_make_one_application() {
    let s = Arc::new(start().await);
    let k = key();
    let tasks: Vec<_> = (0..20)
        .map(|_| {
            let (s, k) = (s.clone(), k.clone());
            tokio::spawn(async move {
                s.post("/applications", &registration("P1234567"), Some(&k)).await.json::<Value>().await.unwrap()
            })
        })
        .collect();
    let mut references = Vec::new();
    for t in tasks {
        references.push(t.await.unwrap()["reference"].as_str().unwrap().to_owned());
    }
    references.dedup();
    assert_eq!(references.len(), 1);
    assert_eq!(s.count("applications"), 1);
}

#[tokio::test]
async fn data_survives_a_restart() {
    let dir = Arc::new(tempfile::tempdir().unwrap());
    let first = start_in(dir.clone(), |_| {}).await;
    let receipt: Value =
        first.post("/applications", &registration("P1234567"), Some(&key())).await.json().await.unwrap();
    drop(first);
    let second = start_in(dir, |_| {}).await;
    let found: Value =
        second.post("/applications/track", &lookup("P1234567", "1990-01-31", "GB"), None).await.json().await.unwrap();
    assert_eq!(found["applications"][0]["reference"], receipt["reference"]);
}

#[tokio::test]
async fn registration_status_and_travel_bans_from_the_demo_data() {
    let s = start().await;
    let loaded = BakuDate::parse_iso("2026-11-23").unwrap();
    commands::load_demo_data(&Db::open(&s.data).unwrap(), loaded.add_days(-400)).unwrap();
    commands::load_demo_data(&Db::open(&s.data).unwrap(), loaded).unwrap();
    let reply: Value =
        s.post("/registrations/status", &lookup("DEMO12345", "1990-01-31", "GB"), None).await.json().await.unwrap();
    let registrations = reply["registrations"].as_array().unwrap();
    assert_eq!(registrations.len(), 2, "loading twice does not duplicate");
    // Dated from the day of loading: one current, one over.
    assert_eq!(registrations[0]["valid_until"], "2027-01-18");
    assert_eq!(registrations[0]["valid_from"], "2026-10-21");
    assert_eq!(registrations[1]["valid_until"], "2026-06-14");
    let nobody: Value =
        s.post("/registrations/status", &lookup("DEMO12345", "1990-02-01", "GB"), None).await.json().await.unwrap();
    assert_eq!(nobody, json!({ "registrations": [] }));

    let ban: Value =
        s.post("/travel-bans/check", &lookup("demo54321", "1985-06-15", "RU"), None).await.json().await.unwrap();
    assert_eq!(ban, json!({ "ban_recorded": true }));
    let none: Value =
        s.post("/travel-bans/check", &lookup("DEMO12345", "1990-01-31", "GB"), None).await.json().await.unwrap();
    assert_eq!(none, json!({ "ban_recorded": false }));

    let p = problem(s.post("/travel-bans/check", &lookup("12", "2026-02-30", "Narnia"), None).await, 422).await;
    assert_eq!(
        field_errors(&p),
        [
            ("passport_number".to_owned(), "document_number.format".to_owned()),
            ("date_of_birth".to_owned(), "date.no_such_day".to_owned()),
            ("citizenship".to_owned(), "citizenship.unknown".to_owned())
        ]
    );
}

#[tokio::test]
async fn lookups_are_rate_limited_per_client() {
    let s = start_with(|c| c.lookups_per_minute = 3).await;
    for _ in 0..3 {
        assert_eq!(
            s.post("/travel-bans/check", &lookup("P1234567", "1990-01-31", "GB"), None).await.status(),
            StatusCode::OK
        );
    }
    let limited = s.post("/applications/track", &lookup("P1234567", "1990-01-31", "GB"), None).await;
    let wait: u64 = limited.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=60).contains(&wait), "{wait}");
    let p = problem(limited, 429).await;
    assert_eq!(p["type"], "/api/v1/problems/rate-limited");
    // Submissions are not lookups.
    assert_eq!(s.post("/applications", &registration("P1234567"), Some(&key())).await.status(), StatusCode::CREATED);
}

#[tokio::test]
async fn a_client_cannot_escape_the_lookup_limit_by_naming_another_address() {
    // Without --behind-proxy nothing in front of the server vouches for X-Real-IP.
    let s = start_with(|c| c.lookups_per_minute = 2).await;
    let statuses: Vec<u16> = lookups_claiming_other_addresses(&s, 4).await;
    assert_eq!(statuses, [200, 200, 429, 429]);
}

#[tokio::test]
async fn bookings_drafts_and_uploads_are_limited_per_client() {
    let s = start_with(|c| {
        c.bookings_per_hour = 2;
        c.drafts_per_hour = 2;
        c.uploads_per_hour = 3;
        c.upload_megabytes_per_hour = 1;
    })
    .await;
    let limited = |res: Response| async move {
        let wait: u64 = res.headers()["retry-after"].to_str().unwrap().parse().unwrap();
        assert!((1..=3600).contains(&wait), "{wait}");
        assert_eq!(problem(res, 429).await["type"], "/api/v1/problems/rate-limited");
    };

    for time in ["09:00", "09:30"] {
        assert_eq!(s.post("/appointments", &booking(time), Some(&key())).await.status(), StatusCode::CREATED);
    }
    limited(s.post("/appointments", &booking("10:00"), Some(&key())).await).await;
    assert_eq!(s.count("appointments"), 2);

    let draft = json!({ "service": "registration", "date_of_birth": "1990-01-31", "answers": {} });
    for _ in 0..2 {
        assert_eq!(s.post("/drafts", &draft, Some(&key())).await.status(), StatusCode::CREATED);
    }
    limited(s.post("/drafts", &draft, Some(&key())).await).await;

    let upload = |bytes: Vec<u8>| {
        Client::new()
            .post(s.url("/uploads"))
            .header("content-type", "application/pdf")
            .header("idempotency-key", key())
            .body(bytes)
            .send()
    };
    let stored = s.count("uploads");
    // 1 MiB an hour: a 600 KiB file passes, a second one does not fit what is left.
    let pdf = |size: usize| [b"%PDF-1.7\n".as_slice(), &vec![b'x'; size]].concat();
    assert_eq!(upload(pdf(600 * 1024)).await.unwrap().status(), StatusCode::CREATED);
    limited(upload(pdf(600 * 1024)).await.unwrap()).await;
    // Small files: the count runs out at 3 (the refused one counted too).
    assert_eq!(upload(pdf(10)).await.unwrap().status(), StatusCode::CREATED);
    limited(upload(pdf(10)).await.unwrap()).await;
    assert_eq!(s.count("uploads"), stored + 2);
    // Lookups and submissions have limits of their own.
    assert_eq!(
        s.post("/travel-bans/check", &lookup("P1234567", "1990-01-31", "GB"), None).await.status(),
        StatusCode::OK
    );
}

/// Lookups from this client, each claiming another address in `X-Real-IP`.
async fn lookups_claiming_other_addresses(s: &Server, count: u8) -> Vec<u16> {
    let mut statuses = Vec::new();
    for n in 0..count {
        let res = Client::new()
            .post(s.url("/travel-bans/check"))
            .header("x-real-ip", format!("203.0.113.{n}"))
            .json(&lookup("P1234567", "1990-01-31", "GB"))
            .send()
            .await
            .unwrap();
        statuses.push(res.status().as_u16());
    }
    statuses
}

#[tokio::test]
async fn drafts_reopen_with_the_code_and_date_of_birth_for_thirty_days() {
    let s = start().await;
    let answers = json!({ "person.surname": "Smith", "stay.arrival": "2026-11-20" });
    let saved: Value = s
        .post(
            "/drafts",
            &json!({ "service": "registration", "date_of_birth": "1990-01-31", "answers": answers }),
            Some(&key()),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(saved["expires_on"], "2026-12-23");
    let code = saved["code"].as_str().unwrap();
    let resume = |code: String, birth: &'static str| {
        let s = &s;
        async move { s.post("/drafts/resume", &json!({ "code": code, "date_of_birth": birth }), None).await }
    };
    let draft: Value = resume(code.to_lowercase(), "1990-01-31").await.json().await.unwrap();
    assert_eq!(draft["answers"], answers);
    assert_eq!(draft["service"], "registration");

    problem(resume(code.into(), "1990-01-30").await, 404).await;
    let mut typo = code.to_owned().into_bytes();
    typo[2] = if typo[2] == b'7' { b'8' } else { b'7' };
    let p = problem(resume(String::from_utf8(typo).unwrap(), "1990-01-31").await, 422).await;
    assert_eq!(field_errors(&p), [("code".to_owned(), "code.check".to_owned())]);

    s.clock.fetch_add(31 * 86_400_000, Ordering::Relaxed);
    problem(resume(code.into(), "1990-01-31").await, 404).await;

    let p = problem(
        s.post(
            "/drafts",
            &json!({ "service": "registration", "date_of_birth": "1990-01-31", "answers": { "x": "1" } }),
            Some(&key()),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(field_errors(&p), [("x".to_owned(), "field.unknown".to_owned())]);
}

async fn upload(s: &Server, content: Vec<u8>, key: Option<String>) -> Response {
    let mut req =
        Client::new().post(s.url("/uploads")).header("content-type", "application/octet-stream").body(content);
    if let Some(k) = key {
        req = req.header("idempotency-key", k);
    }
    req.send().await.unwrap()
}

#[tokio::test]
async fn uploads_are_checked_by_content_and_size() {
    let s = start().await;
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR rest of the image".to_vec();
    let res = upload(&s, png.clone(), Some(key())).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let receipt: Value = res.json().await.unwrap();
    assert_eq!(receipt["media_type"], "image/png");
    assert_eq!(receipt["size"], png.len());
    Code::parse(CodeKind::Upload, receipt["id"].as_str().unwrap()).unwrap();

    // An HTML page renamed to .png is not an image.
    problem(upload(&s, b"<html><script>alert(1)</script></html>".to_vec(), Some(key())).await, 415).await;
    let mut big = b"%PDF-1.7\n".to_vec();
    big.resize(5 * 1024 * 1024 + 1, b' ');
    problem(upload(&s, big, Some(key())).await, 413).await;
    problem(upload(&s, png, None).await, 400).await;
    assert_eq!(s.count("uploads"), 2, "the one just sent and the passport copy every test starts with");

    // An upload field takes only the id of a file that was uploaded.
    let mut application = registration("P1234567");
    set(&mut application, "upload.passport", &Code::new(CodeKind::Upload, 12345).to_string());
    let p = problem(s.post("/applications", &application, Some(&key())).await, 422).await;
    assert_eq!(field_errors(&p), [("upload.passport".to_owned(), "upload.unknown".to_owned())]);
    // The upload's id is an answer to an upload field.
    let mut application = registration("P1234567");
    set(&mut application, "upload.passport", receipt["id"].as_str().unwrap());
    assert_eq!(s.post("/applications", &application, Some(&key())).await.status(), StatusCode::CREATED);
}

/// A booking of `time` on 24 November 2026 by someone whose phone number ends in the time's
/// digits, so that each time is booked by a different person.
fn booking(time: &str) -> Value {
    let phone = format!("+994 50 123 {}", time.replace(':', " "));
    json!({ "centre": "asan-baku-1", "date": "2026-11-24", "time": time, "name": "Anna Smith", "phone": phone })
}

#[tokio::test]
async fn one_person_holds_one_appointment_a_centre_a_day() {
    let s = start().await;
    let first = s.post("/appointments", &booking("10:30"), Some(&key())).await;
    assert_eq!(first.status(), StatusCode::CREATED);
    let code = first.json::<Value>().await.unwrap()["code"].as_str().unwrap().to_owned();

    // The same number written another way, and the same address in other letters, are the
    // same person.
    let mut same_phone = booking("11:00");
    same_phone["phone"] = json!("050-123-10-30");
    let mut same_email = booking("11:30");
    same_email["phone"] = json!("");
    same_email["email"] = json!("Anna@Example.AZ");
    let mut with_email = booking("12:00");
    with_email["email"] = json!("anna@example.az");
    assert_eq!(s.post("/appointments", &with_email, Some(&key())).await.status(), StatusCode::CREATED);
    for body in [&same_phone, &same_email] {
        let refused = problem(s.post("/appointments", body, Some(&key())).await, 409).await;
        assert_eq!(refused["type"], "/api/v1/problems/already-booked", "{body}");
        assert_eq!(refused.get("detail"), None, "the existing booking is not revealed");
    }
    assert_eq!(s.count("appointments"), 2);

    // Another centre, or another day, is another appointment.
    let mut elsewhere = same_phone.clone();
    elsewhere["centre"] = json!("sms-baku");
    let mut next_day = same_phone.clone();
    next_day["date"] = json!("2026-11-25");
    for body in [&elsewhere, &next_day] {
        assert_eq!(s.post("/appointments", body, Some(&key())).await.status(), StatusCode::CREATED, "{body}");
    }

    // Once the first is cancelled, the person may book another time that day.
    let cancelled =
        Client::new().delete(s.url(&format!("/appointments/{code}"))).header("idempotency-key", key()).send().await;
    assert_eq!(cancelled.unwrap().status(), StatusCode::OK);
    assert_eq!(s.post("/appointments", &same_phone, Some(&key())).await.status(), StatusCode::CREATED);
}

#[tokio::test]
async fn a_handler_that_panics_answers_a_500_problem_and_the_server_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<!DOCTYPE html><title>app</title>").unwrap();
    let c = Config { dist, data: dir.path().join("data"), ..Config::default() };
    // Asking for the day's free times reads the clock; this one breaks.
    let app = router_with_clock(&c, Arc::new(|| panic!("the clock broke"))).unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}/api/v1", listener.local_addr().unwrap());
    tokio::spawn(serve_on(listener, app));
    for _ in 0..2 {
        let res = Client::new()
            .get(format!("{base}/service-centres/asan-baku-1/slots?date=2026-11-24"))
            .send()
            .await
            .unwrap();
        assert_eq!(problem(res, 500).await["type"], "/api/v1/problems/internal");
    }
    let health = Client::new().get(format!("{base}/health")).send().await.unwrap();
    assert_eq!(health.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_body_that_is_not_an_object_is_refused_whatever_it_holds() {
    let s = start().await;
    // The values of a booking in field order, as an array: serde would take them in order.
    let array = r#"["asan-baku-1","2026-11-24","10:30","Anna Smith","+994 50 123 45 67",""]"#;
    for body in [array, r#""text""#, "42", "null", "true"] {
        let res = Client::new()
            .post(s.url("/appointments"))
            .header("content-type", "application/json")
            .header("idempotency-key", key())
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(problem(res, 400).await["type"], "/api/v1/problems/malformed-body", "{body}");
    }
    assert_eq!(s.count("appointments"), 0);
    // The same values as an object book the time.
    assert_eq!(s.post("/appointments", &booking("10:30"), Some(&key())).await.status(), StatusCode::CREATED);
}

#[tokio::test]
async fn appointments_are_booked_shown_as_taken_and_cancelled() {
    let s = start().await;
    let centres: Value = s.get("/service-centres").await.json().await.unwrap();
    assert!(centres.as_array().unwrap().iter().any(|c| c["id"] == "asan-baku-1" && c["name"]["az"].is_string()));

    let day: Value = s.get("/service-centres/asan-baku-1/slots?date=2026-11-24").await.json().await.unwrap();
    assert_eq!(day["slots"].as_array().unwrap().len(), 16);
    assert!(day["slots"].as_array().unwrap().iter().all(|slot| slot["free"] == true));

    let booked = s.post("/appointments", &booking("10:30"), Some(&key())).await;
    assert_eq!(booked.status(), StatusCode::CREATED);
    let booked: Value = booked.json().await.unwrap();
    let code = booked["code"].as_str().unwrap().to_owned();
    let day: Value = s.get("/service-centres/asan-baku-1/slots?date=2026-11-24").await.json().await.unwrap();
    let slot =
        |day: &Value| day["slots"].as_array().unwrap().iter().find(|x| x["time"] == "10:30").unwrap()["free"].clone();
    assert_eq!(slot(&day), false);

    let mut someone_else = booking("10:30");
    someone_else["phone"] = json!("+994 55 000 00 00");
    let taken = problem(s.post("/appointments", &someone_else, Some(&key())).await, 409).await;
    // A retry after the day has come still gets its first reply.
    let k = key();
    let first: Value = s.post("/appointments", &booking("11:00"), Some(&k)).await.json().await.unwrap();
    s.clock.fetch_add(86_400_000, Ordering::Relaxed);
    let retried = s.post("/appointments", &booking("11:00"), Some(&k)).await;
    assert_eq!(retried.status(), StatusCode::CREATED);
    assert_eq!(retried.json::<Value>().await.unwrap(), first);
    s.clock.fetch_sub(86_400_000, Ordering::Relaxed);
    assert_eq!(taken["type"], "/api/v1/problems/slot-taken");

    let cancel =
        |k: String| Client::new().delete(s.url(&format!("/appointments/{code}"))).header("idempotency-key", k).send();
    let k = key();
    assert_eq!(cancel(k.clone()).await.unwrap().status(), StatusCode::OK);
    assert_eq!(cancel(k).await.unwrap().status(), StatusCode::OK, "a retried cancellation repeats its reply");
    problem(cancel(key()).await.unwrap(), 404).await;
    let day: Value = s.get("/service-centres/asan-baku-1/slots?date=2026-11-24").await.json().await.unwrap();
    assert_eq!(slot(&day), true, "free again");
    assert_eq!(s.post("/appointments", &booking("10:30"), Some(&key())).await.status(), StatusCode::CREATED);

    // Days off, today, the past and unknown places.
    // 1, 4 and 20 January 2027: New Year, the day off for 2 January (a Saturday), and
    // National Mourning Day, all fixed by the Labour Code before the 2027 calendar appears.
    for date in ["2026-11-28", "2026-11-23", "2026-12-31", "2027-01-01", "2027-01-04", "2027-01-20"] {
        let day: Value = s.get(&format!("/service-centres/asan-baku-1/slots?date={date}")).await.json().await.unwrap();
        assert_eq!(day["slots"], json!([]), "{date}");
    }
    problem(s.get("/service-centres/nowhere/slots?date=2026-11-24").await, 404).await;
    problem(s.get("/service-centres/asan-baku-1/slots?date=2026-02-31").await, 422).await;
    let mut bad = booking("10:45");
    bad["date"] = json!("2026-11-28");
    bad["phone"] = json!("");
    let p = problem(s.post("/appointments", &bad, Some(&key())).await, 422).await;
    assert_eq!(
        field_errors(&p),
        [
            ("date".to_owned(), "slot.unknown".to_owned()),
            ("time".to_owned(), "slot.unknown".to_owned()),
            ("phone".to_owned(), "required".to_owned())
        ]
    );
}

#[tokio::test]
async fn concurrent_bookings_of_one_slot_give_one_booking() {
    // 30 clients in truth; here one address, so its booking limit is lifted.
    let s = Arc::new(start_with(|c| c.bookings_per_hour = 1000).await);
    let tasks: Vec<_> = (0..30)
        .map(|_| {
            let s = s.clone();
            tokio::spawn(
                async move { s.post("/appointments", &booking("09:00"), Some(&key())).await.status().as_u16() },
            )
        })
        .collect();
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.unwrap());
    }
    assert_eq!(statuses.iter().filter(|s| **s == 201).count(), 1, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == 409).count(), 29);
    assert_eq!(s.count("appointments"), 1);
}

#[tokio::test]
async fn partner_sites_may_call_the_api_and_others_are_told_why_not() {
    let s = start_with(|c| c.partners = vec!["http://127.0.0.1:8282".into()]).await;
    let from = |origin: &'static str| Client::new().get(s.url("/service-centres")).header("origin", origin).send();
    let ok = from("http://127.0.0.1:8282").await.unwrap();
    assert_eq!(ok.status(), StatusCode::OK);
    assert_eq!(ok.headers()["access-control-allow-origin"], "http://127.0.0.1:8282");

    let refused = from("http://evil.example").await.unwrap();
    assert_eq!(refused.headers()["access-control-allow-origin"], "http://evil.example", "readable by the widget");
    let p = problem(refused, 403).await;
    assert_eq!(p["type"], "/api/v1/problems/origin-not-allowed");

    let preflight = Client::new()
        .request(reqwest::Method::OPTIONS, s.url("/applications"))
        .header("origin", "http://127.0.0.1:8282")
        .header("access-control-request-method", "POST")
        .header("access-control-request-headers", "content-type, idempotency-key")
        .send()
        .await
        .unwrap();
    assert_eq!(preflight.status(), StatusCode::NO_CONTENT);
    assert!(preflight.headers()["access-control-allow-headers"].to_str().unwrap().contains("idempotency-key"));

    // A refused origin's write is never processed.
    let write = Client::new()
        .post(s.url("/applications"))
        .header("origin", "http://evil.example")
        .header("idempotency-key", key())
        .json(&registration("P1234567"))
        .send()
        .await
        .unwrap();
    assert_eq!(write.status(), StatusCode::FORBIDDEN);
    assert_eq!(s.count("applications"), 0);
}

/// The server as it runs in production: the built binary, with its own log on its stderr.
struct Process {
    child: std::process::Child,
    base: String,
}

impl Process {
    /// Starts the binary on a free port with its data in `dir`, on 2026-11-23 in Baku, with the
    /// passport copy the registrations refer to uploaded.
    fn start(dir: &std::path::Path) -> Process {
        use std::io::{BufRead, BufReader};
        let dist = dir.join("dist");
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("index.html"), "<!DOCTYPE html><title>app</title>").unwrap();
        let data = dir.join("data");
        Db::open(&data)
            .unwrap()
            .run_now(|conn| {
                conn.execute(
                    "INSERT OR IGNORE INTO uploads (id, media_type, size, content, uploaded_at) VALUES (?1, 'application/pdf', 8, x'255044462D312E37', '2026-11-23T08:00:00Z')",
                    [Code::new(CodeKind::Upload, PASSPORT_COPY_RANDOM).to_string()],
                )
            })
            .unwrap();
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_migrationto-backend"))
            .args(["--dist", dist.to_str().unwrap(), "--data", data.to_str().unwrap()])
            .args(["--addr", "127.0.0.1:0", "--today", "2026-11-23", "--lookups-per-minute", "10000"])
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // "migrationto: serving … on http://127.0.0.1:PORT"
        let mut first = String::new();
        BufReader::new(child.stderr.as_mut().unwrap()).read_line(&mut first).unwrap();
        let address = first.trim().rsplit(' ').next().unwrap().to_owned();
        Process { child, base: format!("{address}/api/v1") }
    }

    async fn post(&self, path: &str, body: &Value, key: Option<&str>) -> Response {
        post_json(format!("{}{path}", self.base), body.clone(), key.map(str::to_owned)).await
    }

    /// Kills the server at once (SIGKILL: no clean shutdown) and gives what it wrote to its log.
    fn kill(mut self) -> String {
        use std::io::Read;
        self.child.kill().unwrap();
        let mut log = String::new();
        self.child.stderr.take().unwrap().read_to_string(&mut log).unwrap();
        self.child.wait().unwrap();
        log
    }
}

/// A test that fails part-way still stops its server.
impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_crash_loses_no_acknowledged_application_and_leaves_no_half_written_one() {
    let dir = tempfile::tempdir().unwrap();
    let server = Process::start(dir.path());
    let client = Client::new();
    let done = Arc::new(AtomicUsize::new(0));
    let sends: Vec<_> = (0..200)
        .map(|n| {
            let (client, url, done) = (client.clone(), format!("{}/applications", server.base), done.clone());
            tokio::spawn(async move {
                let number = format!("C{n:07}");
                let res = client.post(url).header("idempotency-key", key()).json(&registration(&number)).send().await;
                let reference = match res {
                    Ok(r) if r.status() == StatusCode::CREATED => {
                        Some(r.json::<Value>().await.map(|v| v["reference"].as_str().unwrap().to_owned()))
                    }
                    _ => None,
                };
                done.fetch_add(1, Ordering::SeqCst);
                (number, reference.and_then(Result::ok))
            })
        })
        .collect();
    // Kill the server once a quarter of the submissions have their reply, the rest in flight.
    while done.load(Ordering::SeqCst) < 50 {
        tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    }
    server.kill();
    let mut acknowledged = Vec::new();
    for send in sends {
        if let (number, Some(reference)) = send.await.unwrap() {
            acknowledged.push((number, reference));
        }
    }

    let server = Process::start(dir.path());
    for (number, reference) in &acknowledged {
        let found: Value =
            server.post("/applications/track", &lookup(number, "1990-01-31", "GB"), None).await.json().await.unwrap();
        let references: Vec<&str> =
            found["applications"].as_array().unwrap().iter().map(|a| a["reference"].as_str().unwrap()).collect();
        assert_eq!(references, [reference.as_str()], "{number}");
    }
    server.kill();
    let db = Db::open(&dir.path().join("data")).unwrap();
    let (integrity, without_history): (String, i64) = db
        .run_now(|c| {
            let integrity = c.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
            let orphans = c.query_row(
                "SELECT COUNT(*) FROM applications a WHERE NOT EXISTS (SELECT 1 FROM status_history h WHERE h.application_id = a.id)",
                [],
                |r| r.get(0),
            )?;
            Ok((integrity, orphans))
        })
        .unwrap();
    assert!(acknowledged.len() >= 50, "{} acknowledged", acknowledged.len());
    assert!(acknowledged.len() < 200, "the server was killed before every submission had its reply");
    assert_eq!(integrity, "ok");
    assert_eq!(without_history, 0, "an application without its first status is half written");
    eprintln!("{} of 200 submissions were acknowledged before the crash", acknowledged.len());
}

#[tokio::test]
async fn the_log_holds_no_personal_data() {
    let dir = tempfile::tempdir().unwrap();
    let server = Process::start(dir.path());
    let sent = server.post("/applications", &registration("P7654321"), Some(&key())).await;
    assert_eq!(sent.status(), StatusCode::CREATED);
    let tracked: Value =
        server.post("/applications/track", &lookup("P7654321", "1990-01-31", "GB"), None).await.json().await.unwrap();
    assert_eq!(tracked["applications"].as_array().unwrap().len(), 1);
    let log = server.kill();
    assert!(log.contains("POST /api/v1/applications/track 200"), "the log records requests: {log}");
    for personal in ["P7654321", "Smith", "Anna", "1990-01-31", "5ABC12D", "123 45 67", "Nizami"] {
        assert!(!log.contains(personal), "{personal} in the log: {log}");
    }
}

#[tokio::test]
async fn expired_drafts_and_old_unattached_uploads_are_purged_while_the_server_runs() {
    let dir = tempfile::tempdir().unwrap();
    let old_file = Code::new(CodeKind::Upload, 900).to_string();
    let kept_by_draft = Code::new(CodeKind::Upload, 901).to_string();
    let db = Db::open(&dir.path().join("data")).unwrap();
    db.run_now(|conn| {
        for id in [&old_file, &kept_by_draft] {
            conn.execute(
                "INSERT INTO uploads (id, media_type, size, content, uploaded_at) VALUES (?1, 'application/pdf', 8, x'255044462D312E37', '2026-11-01T08:00:00Z')",
                [id],
            )?;
        }
        conn.execute(
            "INSERT INTO drafts (code, service, date_of_birth, answers, expires_on) VALUES ('D0000000000A', 'registration', '1990-01-31', '{}', '2026-11-22')",
            [],
        )?;
        conn.execute(
            "INSERT INTO drafts (code, service, date_of_birth, answers, expires_on) VALUES ('D0000000000B', 'registration', '1990-01-31', ?1, '2026-12-20')",
            [format!("{{\"upload.passport\":\"{kept_by_draft}\"}}")],
        )?;
        Ok(())
    })
    .unwrap();
    drop(db);

    // The server purges at start (its day: 2026-11-23), then every hour.
    let server = Process::start(dir.path());
    let db = Db::open(&dir.path().join("data")).unwrap();
    let left = || {
        db.run_now(|c| {
            let drafts: Vec<String> = c
                .prepare("SELECT code FROM drafts ORDER BY code")?
                .query_map([], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            let uploads: i64 = c.query_row("SELECT COUNT(*) FROM uploads", [], |r| r.get(0))?;
            Ok((drafts, uploads))
        })
        .unwrap()
    };
    for _ in 0..100 {
        if left().0.len() == 1 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    server.kill();
    // One transaction: the expired draft and the old file went together. The live draft and the
    // file it refers to stay, and so does the passport copy uploaded today.
    assert_eq!(left(), (vec!["D0000000000B".to_owned()], 2));
}

#[tokio::test]
async fn a_backup_taken_while_serving_restores_every_application() {
    let dir = tempfile::tempdir().unwrap();
    let server = Process::start(dir.path());
    let receipt: Value =
        server.post("/applications", &registration("B1000001"), Some(&key())).await.json().await.unwrap();
    // Writes go on while the copy is taken.
    let writing =
        tokio::spawn(post_json(format!("{}/applications", server.base), registration("B1000002"), Some(key())));
    let copy = dir.path().join("copy.sqlite3");
    let backup = std::process::Command::new(env!("CARGO_BIN_EXE_migrationto-backend"))
        .args(["backup", "--data", dir.path().join("data").to_str().unwrap(), copy.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(backup.status.success(), "{}", String::from_utf8_lossy(&backup.stderr));
    assert_eq!(writing.await.unwrap().status(), StatusCode::CREATED);
    server.kill();
    // A second backup never overwrites the first.
    let again = std::process::Command::new(env!("CARGO_BIN_EXE_migrationto-backend"))
        .args(["backup", "--data", dir.path().join("data").to_str().unwrap(), copy.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!again.status.success());

    let restored = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(restored.path().join("data")).unwrap();
    std::fs::copy(&copy, restored.path().join("data").join("migrationto.sqlite3")).unwrap();
    let server = Process::start(restored.path());
    let tracked: Value =
        server.post("/applications/track", &lookup("B1000001", "1990-01-31", "GB"), None).await.json().await.unwrap();
    server.kill();
    assert_eq!(tracked["applications"][0]["reference"], receipt["reference"]);
}
