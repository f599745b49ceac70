//! Widgets partner sites embed: the registration deadline calculator, the days-of-stay
//! checker, the application status tracker and an e-service launcher card. Each renders into
//! a shadow root that `js/migrationto-widgets.js` (the custom elements) gives it, with the
//! same rules as the portal's calculators (`migrationto-core`).

mod basis;
mod calculator;
mod countries;
mod deadline;
mod dom;
mod fields;
mod launcher;
mod net;
mod status;
mod stay;
mod text;

use migrationto_core::Lang;
use migrationto_core::calendar::BakuDate;
use migrationto_core::embed;
use wasm_bindgen::prelude::*;
use web_sys::ShadowRoot;

/// What every widget knows: its language and where the portal and its API are.
#[derive(Clone)]
pub struct Widget {
    pub lang: Lang,
    /// The portal's origin, without a trailing slash (`https://migrationto.az`).
    pub portal: String,
    /// The API base (`https://migrationto.az/api/v1`).
    pub api: String,
    /// The level of the widget's own heading (2 unless the page says otherwise), so that it
    /// fits the outline of the page around it.
    pub heading_level: u8,
}

impl Widget {
    pub fn t(&self, key: &str) -> &'static str {
        text::text(self.lang, key)
    }

    /// A page of the portal in the widget's language: `path` starts with `/`.
    pub fn portal_page(&self, path: &str) -> String {
        format!("{}/{}{path}", self.portal, self.lang.code())
    }

    /// The tag of a heading `depth` levels below the widget's title (`h2`, then `h3`...).
    pub fn heading(&self, depth: u8) -> String {
        format!("h{}", (self.heading_level + depth).clamp(1, 6))
    }

    /// The date in full in the widget's language.
    pub fn date(&self, date: BakuDate) -> String {
        migrationto_cldr::long_date(self.lang, date)
    }
}

pub use migrationto_browser::today_in_baku;

/// Renders widget `name` into `root`, replacing what was there. `lang` falls back to
/// Azerbaijani, the portal's default; an unknown widget name renders a short message;
/// `heading` is the level of its heading (1 to 4; else 2).
#[wasm_bindgen]
pub fn render(root: ShadowRoot, name: &str, lang: &str, portal: &str, api: &str, service: &str, heading: &str) {
    let w = Widget {
        lang: Lang::from_tag(lang).unwrap_or_default(),
        portal: portal.trim_end_matches('/').to_owned(),
        api: api.trim_end_matches('/').to_owned(),
        heading_level: heading.trim().parse().ok().filter(|l| (1..=4).contains(l)).unwrap_or(2),
    };
    let frame = dom::el("div", &[("class", "widget"), ("lang", w.lang.code())]);
    match embed::Widget::from_id(name) {
        Some(embed::Widget::DeadlineCalculator) => deadline::mount(w, &frame),
        Some(embed::Widget::DaysOfStay) => stay::mount(w, &frame),
        Some(embed::Widget::StatusTracker) => status::mount(w, &frame),
        Some(embed::Widget::EserviceLauncher) => launcher::mount(w, &frame, service),
        None => {
            let _ = frame.append_child(&dom::text_el("p", &[], w.t("widget.unknown")));
        }
    }
    // Keep the stylesheet link the loader put first; replace everything after it.
    while let Some(last) = root.last_child() {
        if last.node_name() == "LINK" {
            break;
        }
        let _ = root.remove_child(&last);
    }
    let _ = root.append_child(&frame);
}
