//! `<migrationto-status-tracker>`: "Track your applications" from the partner's page. The
//! details are checked in the browser with the core's validators, sent once to the portal's
//! API (cross-origin, no cookies), and cleared from the form when the answer comes: nothing
//! personal stays in the widget, the page or the browser's storage.

use crate::dom::{add, clear, el, focus, on, portal_link, show, text_el};
use crate::fields::{CountrySelect, DateField, Group, TextField, date_problem};
use crate::net::{NoReply, field, items, object, parse, request};
use crate::text::fill;
use crate::{Widget, today_in_baku};
use migrationto_core::api::{ApplicationStatus, PersonLookup};
use migrationto_core::calendar::BakuDate;
use migrationto_core::eservice::Service;
use migrationto_core::page::Page;
use migrationto_core::validate;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlButtonElement};

struct Tracker {
    w: Widget,
    passport: TextField,
    birth: DateField,
    citizenship: CountrySelect,
    summary: Element,
    submit: HtmlButtonElement,
    result: Element,
    busy: Cell<bool>,
}

/// Why a lookup gave no list.
enum Failure {
    /// The partner's site is not on the portal's list of origins.
    OriginNotAllowed,
    RateLimited(Option<u32>),
    /// The service found a problem with a field.
    Field(&'static str, String),
    Timeout,
    Unreachable,
    Server,
    Malformed,
}

pub fn mount(w: Widget, frame: &Element) {
    let summary = el("div", &[("class", "error-summary"), ("role", "alert"), ("tabindex", "-1"), ("hidden", "")]);
    let form = el("form", &[("novalidate", "")]);
    let passport = TextField::new(
        &w,
        "passport",
        w.t("status_check.passport_label"),
        Some(w.t("status_check.passport_hint")),
        &[("autocomplete", "off"), ("spellcheck", "false"), ("autocapitalize", "characters"), ("class", "width-10")],
    );
    let birth = DateField::new(&w, "birth", w.t("status_check.dob_legend"), Some(w.t("status_check.dob_hint")));
    let citizenship = CountrySelect::new(&w, "citizenship", w.t("registration_calc.citizenship_label"), None);
    let submit = text_el("button", &[("type", "submit"), ("class", "button")], w.t("status_check.submit_track"));
    add(&form, &[&passport.group.root, &birth.group.root, &citizenship.group.root, &submit]);
    let result = el("div", &[("aria-live", "polite")]);
    let more = el("p", &[("class", "more")]);
    add(
        &more,
        &[&portal_link(
            &w.portal_page(&Page::TrackApplications.path()),
            w.t("widget.open_on_portal"),
            w.t("widget.new_tab"),
        )],
    );
    add(
        frame,
        &[
            &text_el(&w.heading(0), &[("class", "title")], w.t("status_check.track_title")),
            &text_el("p", &[("class", "lead")], w.t("status_check.track_intro")),
            &text_el("p", &[("class", "hint")], w.t("widget.status_privacy")),
            &summary,
            &form,
            &result,
            &more,
        ],
    );
    let t = Rc::new(Tracker {
        w,
        passport,
        birth,
        citizenship,
        summary,
        submit: submit.unchecked_into(),
        result,
        busy: Cell::new(false),
    });
    let t2 = t.clone();
    on(&form, "submit", move |ev| {
        ev.prevent_default();
        let t = t2.clone();
        wasm_bindgen_futures::spawn_local(async move { t.submit().await });
    });
}

impl Tracker {
    async fn submit(&self) {
        if self.busy.replace(true) {
            return;
        }
        clear(&self.result);
        match self.check() {
            Err(problems) => self.show_problems(&problems),
            Ok(person) => {
                self.show_problems(&[]);
                self.submit.set_disabled(true);
                self.submit.set_text_content(Some(self.w.t("status_check.checking")));
                let reply = self.lookup(&person).await;
                self.submit.set_disabled(false);
                self.submit.set_text_content(Some(self.w.t("status_check.submit_track")));
                match reply {
                    Ok(applications) => {
                        // The answer is on screen; the details that found it are not kept.
                        self.passport.clear();
                        self.birth.clear();
                        self.citizenship.clear();
                        self.show_reply(&applications);
                    }
                    Err(Failure::Field(path, message)) => match self.group_of(path) {
                        Some(group) => self.show_problems(&[(group, message)]),
                        None => self.show_failure(&Failure::Server),
                    },
                    Err(failure) => self.show_failure(&failure),
                }
            }
        }
        self.busy.set(false);
    }

    /// The lookup, or each field's problem in the order of the form.
    fn check(&self) -> Result<PersonLookup, Vec<(&Group, String)>> {
        let w = &self.w;
        let mut problems = Vec::new();
        let number = validate::document_number(&self.passport.value())
            .map_err(|rule| problems.push((&self.passport.group, passport_message(w, rule).to_owned())))
            .ok();
        let birth = match self.birth.read() {
            Ok(d) if d < today_in_baku() => Some(d),
            Ok(_) => {
                problems.push((&self.birth.group, w.t("status_check.err_dob_past").to_owned()));
                None
            }
            Err(e) => {
                problems.push((&self.birth.group, date_problem(w, e, w.t("status_check.err_dob_empty")).to_owned()));
                None
            }
        };
        let country = validate::citizenship(&self.citizenship.value())
            .map_err(|_| problems.push((&self.citizenship.group, w.t("status_check.err_citizenship_empty").to_owned())))
            .ok();
        match (number, birth, country) {
            (Some(n), Some(d), Some(c)) => {
                Ok(PersonLookup { passport_number: n, date_of_birth: d.to_string(), citizenship: c.to_string() })
            }
            _ => Err(problems),
        }
    }

    /// The error summary (focused, each message a link to its field) and each message at
    /// its field; an empty list clears them.
    fn show_problems(&self, problems: &[(&Group, String)]) {
        for group in [&self.passport.group, &self.birth.group, &self.citizenship.group] {
            group.set_error(problems.iter().find(|(g, _)| std::ptr::eq(*g, group)).map(|(_, m)| m.as_str()));
        }
        clear(&self.summary);
        show(&self.summary, !problems.is_empty());
        if problems.is_empty() {
            return;
        }
        let list = el("ul", &[]);
        for (group, message) in problems {
            let Some(input) = group.first_input().cloned() else { continue };
            let id = input.id();
            // A fragment link cannot reach into a shadow root: the click moves focus itself.
            let link = text_el("a", &[("href", &format!("#{id}"))], message);
            on(&link, "click", move |ev| {
                ev.prevent_default();
                focus(&input);
            });
            let item = el("li", &[]);
            add(&item, &[&link]);
            add(&list, &[&item]);
        }
        add(
            &self.summary,
            &[&text_el(&self.w.heading(1), &[("class", "subheading")], self.w.t("status_check.summary_title")), &list],
        );
        focus(&self.summary);
    }

    fn group_of(&self, path: &str) -> Option<&Group> {
        match path {
            "passport_number" => Some(&self.passport.group),
            "date_of_birth" => Some(&self.birth.group),
            "citizenship" => Some(&self.citizenship.group),
            _ => None,
        }
    }

    async fn lookup(&self, person: &PersonLookup) -> Result<Vec<Tracked>, Failure> {
        let body = object(&[
            ("passport_number", &person.passport_number),
            ("date_of_birth", &person.date_of_birth),
            ("citizenship", &person.citizenship),
        ]);
        let reply = request(&format!("{}/applications/track", self.w.api), Some(&body)).await.map_err(|e| match e {
            NoReply::Timeout => Failure::Timeout,
            NoReply::Unreachable => Failure::Unreachable,
        })?;
        let json = parse(&reply.body);
        if reply.status == 200 {
            let list = field(&json, "applications");
            if !js_sys::Array::is_array(&list) {
                return Err(Failure::Malformed);
            }
            return items(&list).iter().map(Tracked::read).collect::<Option<Vec<_>>>().ok_or(Failure::Malformed);
        }
        let kind = field(&json, "type").as_string().unwrap_or_default();
        Err(match reply.status {
            403 if kind.ends_with("origin-not-allowed") => Failure::OriginNotAllowed,
            429 => Failure::RateLimited(reply.retry_after),
            400 | 422 => {
                let first = items(&field(&json, "errors")).into_iter().next().unwrap_or_default();
                match (field(&first, "path").as_string(), field(&first, "rule").as_string()) {
                    (Some(path), Some(rule)) => {
                        match ["passport_number", "date_of_birth", "citizenship"].into_iter().find(|p| *p == path) {
                            Some(path) => Failure::Field(path, self.server_message(path, &rule)),
                            None => Failure::Server,
                        }
                    }
                    _ => Failure::Server,
                }
            }
            _ => Failure::Server,
        })
    }

    fn server_message(&self, path: &str, rule: &str) -> String {
        let w = &self.w;
        match (path, rule) {
            ("passport_number", rule) => passport_message(w, rule),
            ("date_of_birth", "date_of_birth.not_past") => w.t("status_check.err_dob_past"),
            ("date_of_birth", "required") => w.t("status_check.err_dob_empty"),
            ("date_of_birth", _) => w.t("calc_common.err_date_real"),
            _ => w.t("status_check.err_citizenship_empty"),
        }
        .to_owned()
    }

    fn show_failure(&self, failure: &Failure) {
        let w = &self.w;
        let message = match failure {
            Failure::OriginNotAllowed => w.t("widget.origin_not_allowed").to_owned(),
            Failure::RateLimited(Some(seconds)) => {
                fill(w.t("api_error.rate_limited_seconds"), &[("seconds", &seconds.to_string())])
            }
            Failure::RateLimited(None) => w.t("api_error.rate_limited").to_owned(),
            Failure::Timeout => w.t("widget.timeout").to_owned(),
            Failure::Unreachable => w.t("widget.unreachable").to_owned(),
            Failure::Malformed => w.t("api_error.malformed").to_owned(),
            Failure::Server | Failure::Field(..) => w.t("widget.server").to_owned(),
        };
        let alert = el("div", &[("class", "failed"), ("role", "alert")]);
        add(&alert, &[&text_el("p", &[], &message)]);
        if matches!(failure, Failure::OriginNotAllowed) {
            let p = el("p", &[]);
            add(
                &p,
                &[&portal_link(
                    &w.portal_page(&Page::TrackApplications.path()),
                    w.t("widget.open_on_portal"),
                    w.t("widget.new_tab"),
                )],
            );
            add(&alert, &[&p]);
        }
        add(&self.result, &[&alert]);
    }

    fn show_reply(&self, applications: &[Tracked]) {
        let w = &self.w;
        let heading =
            text_el(&w.heading(1), &[("class", "subheading"), ("tabindex", "-1")], w.t("status_check.results_heading"));
        add(&self.result, &[&heading]);
        if applications.is_empty() {
            add(&self.result, &[&text_el("p", &[], w.t("widget.track_none"))]);
        }
        let list = el("ul", &[("class", "applications")]);
        for a in applications {
            let item = el("li", &[]);
            add(
                &item,
                &[&crate::basis::summary(&[
                    (w.t("status_check.track_reference"), &a.reference),
                    (w.t("status_check.track_service"), service_name(w, &a.service)),
                    (w.t("status_check.track_status"), status_name(w, a.status)),
                ])],
            );
            if let Some(at) = &a.since {
                let when = js_sys::Date::parse(at);
                if !when.is_nan() {
                    let since = fill(w.t("widget.status_since"), &[("date", &w.date(BakuDate::today_at(when as i64)))]);
                    add(&item, &[&text_el("p", &[("class", "hint")], &since)]);
                }
            }
            add(&list, &[&item]);
        }
        if !applications.is_empty() {
            add(&self.result, &[&list]);
        }
        focus(&heading);
    }
}

/// One application in the reply: what the widget shows of it.
struct Tracked {
    reference: String,
    service: String,
    status: ApplicationStatus,
    /// When the status last changed (RFC 3339).
    since: Option<String>,
}

impl Tracked {
    /// `None` when the item is not what the API document says.
    fn read(item: &wasm_bindgen::JsValue) -> Option<Tracked> {
        let history = items(&field(item, "history"));
        Some(Tracked {
            reference: field(item, "reference").as_string()?,
            service: field(item, "service").as_string()?,
            status: ApplicationStatus::from_id(&field(item, "status").as_string()?)?,
            since: history.last().and_then(|change| field(change, "at").as_string()),
        })
    }
}

fn passport_message(w: &Widget, rule: &str) -> &'static str {
    if rule == "required" { w.t("status_check.err_passport_empty") } else { w.t("status_check.err_passport_format") }
}

/// The status's name (`ApplicationStatus::text_key`), read as the portal reads it.
fn status_name(w: &Widget, status: ApplicationStatus) -> &'static str {
    w.t(&status.text_key())
}

/// The service's name in the list (`Service::name_key`), read as the portal reads it.
fn service_name<'a>(w: &Widget, id: &'a str) -> &'a str {
    match Service::from_id(id) {
        Some(service) => w.t(&service.name_key()),
        None => id,
    }
}
