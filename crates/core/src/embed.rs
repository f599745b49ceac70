//! The widgets partner sites embed, and the code a partner copies from the portal's page for
//! partners: one script and a custom element, or an iframe of `/{lang}/embed/{widget}` sized
//! by a script. The same list decides which embed pages the server serves.

use crate::Lang;
use crate::eservice::Service;

/// A widget a partner can embed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Widget {
    DeadlineCalculator,
    DaysOfStay,
    StatusTracker,
    EserviceLauncher,
}

impl Widget {
    pub const ALL: [Widget; 4] =
        [Widget::DeadlineCalculator, Widget::DaysOfStay, Widget::StatusTracker, Widget::EserviceLauncher];

    /// The name in the embed page's address and after `migrationto-` in the element's name.
    pub const fn id(self) -> &'static str {
        match self {
            Widget::DeadlineCalculator => "deadline-calculator",
            Widget::DaysOfStay => "days-of-stay",
            Widget::StatusTracker => "status-tracker",
            Widget::EserviceLauncher => "eservice-launcher",
        }
    }

    pub fn from_id(id: &str) -> Option<Widget> {
        Widget::ALL.into_iter().find(|w| w.id() == id)
    }

    /// The custom element: `migrationto-deadline-calculator`.
    pub fn element(self) -> String {
        format!("migrationto-{}", self.id())
    }

    /// Only the status tracker calls the API, so only it needs the partner's site on the
    /// portal's list of origins; the calculators work anywhere.
    pub const fn calls_the_api(self) -> bool {
        matches!(self, Widget::StatusTracker)
    }
}

/// The widget's colours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

/// How the partner embeds it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EmbedKind {
    /// A script tag and a custom element in the page (Shadow DOM keeps styles apart).
    #[default]
    Element,
    /// An iframe, for sites that allow nothing else.
    Frame,
}

/// What the partner chose on the page for partners.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub widget: Widget,
    pub lang: Lang,
    pub theme: Theme,
    pub kind: EmbedKind,
    /// For the launcher: which e-service it starts.
    pub service: Service,
}

/// The HTML to paste. `portal` is the portal's origin (`https://migrationto.az`); `title`
/// names the frame for screen readers (a frame needs one; an element has its own heading).
pub fn snippet(choice: &Choice, portal: &str, title: &str) -> String {
    let lang = choice.lang.code();
    let launcher = choice.widget == Widget::EserviceLauncher;
    let dark = choice.theme == Theme::Dark;
    match choice.kind {
        EmbedKind::Element => {
            let element = choice.widget.element();
            let mut attrs = format!(r#" lang="{lang}""#);
            if dark {
                attrs.push_str(r#" theme="dark""#);
            }
            if launcher {
                attrs.push_str(&format!(r#" service="{}""#, choice.service.id()));
            }
            format!(
                "<script type=\"module\" src=\"{portal}/widgets/migrationto-widgets.js\"></script>\n<{element}{attrs}></{element}>"
            )
        }
        EmbedKind::Frame => {
            let mut query = Vec::new();
            if launcher {
                query.push(format!("service={}", choice.service.id()));
            }
            if dark {
                query.push("theme=dark".to_owned());
            }
            let query = if query.is_empty() { String::new() } else { format!("?{}", query.join("&amp;")) };
            format!(
                "<iframe src=\"{portal}/{lang}/embed/{}{query}\" title=\"{}\" data-migrationto-embed></iframe>\n\
                 <script src=\"{portal}/widgets/migrationto-embed.js\" defer></script>",
                choice.widget.id(),
                escape(title),
            )
        }
    }
}

/// The Content-Security-Policy sources a partner's policy must allow for `kind`.
pub fn csp_lines(kind: EmbedKind, portal: &str) -> Vec<String> {
    match kind {
        // The loader and the wasm's glue are module scripts; the wasm itself needs
        // 'wasm-unsafe-eval'; the stylesheet goes into each shadow root; the wasm, the country
        // names and the API are fetched.
        EmbedKind::Element => vec![
            format!("script-src {portal} 'wasm-unsafe-eval'"),
            format!("style-src {portal}"),
            format!("connect-src {portal}"),
        ],
        EmbedKind::Frame => vec![format!("frame-src {portal}"), format!("script-src {portal}")],
    }
}

/// Text for a double-quoted HTML attribute.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PORTAL: &str = "https://migrationto.az";

    fn choice(widget: Widget, kind: EmbedKind) -> Choice {
        Choice { widget, lang: Lang::Ru, theme: Theme::Light, kind, service: Service::WorkPermit }
    }

    #[test]
    fn ids_round_trip_and_name_the_elements() {
        for w in Widget::ALL {
            assert_eq!(Widget::from_id(w.id()), Some(w));
            assert!(w.element().starts_with("migrationto-") && w.element().ends_with(w.id()));
        }
        assert_eq!(Widget::from_id("calculator"), None);
    }

    #[test]
    fn an_element_snippet_loads_the_script_and_names_the_language() {
        let s = snippet(&choice(Widget::DaysOfStay, EmbedKind::Element), PORTAL, "ignored");
        assert!(s.contains(
            r#"<script type="module" src="https://migrationto.az/widgets/migrationto-widgets.js"></script>"#
        ));
        assert!(s.contains(r#"<migrationto-days-of-stay lang="ru"></migrationto-days-of-stay>"#));
        assert!(!s.contains("theme") && !s.contains("service"));
    }

    #[test]
    fn the_theme_and_the_launchers_service_are_attributes() {
        let mut c = choice(Widget::EserviceLauncher, EmbedKind::Element);
        c.theme = Theme::Dark;
        let s = snippet(&c, PORTAL, "");
        assert!(s.contains(r#"<migrationto-eservice-launcher lang="ru" theme="dark" service="work-permit">"#), "{s}");
    }

    #[test]
    fn a_frame_snippet_has_a_title_and_the_sizing_script() {
        let mut c = choice(Widget::EserviceLauncher, EmbedKind::Frame);
        c.theme = Theme::Dark;
        let s = snippet(&c, PORTAL, r#"Start "now" & go"#);
        assert!(
            s.contains(r#"src="https://migrationto.az/ru/embed/eservice-launcher?service=work-permit&amp;theme=dark""#),
            "{s}"
        );
        assert!(s.contains(r#"title="Start &quot;now&quot; &amp; go""#));
        assert!(s.contains("data-migrationto-embed"));
        assert!(s.contains(r#"<script src="https://migrationto.az/widgets/migrationto-embed.js" defer></script>"#));
    }

    #[test]
    fn the_csp_lines_name_the_portal() {
        let element = csp_lines(EmbedKind::Element, PORTAL);
        assert!(element.iter().any(|l| l == "script-src https://migrationto.az 'wasm-unsafe-eval'"));
        assert!(element.iter().any(|l| l == "connect-src https://migrationto.az"));
        assert_eq!(csp_lines(EmbedKind::Frame, PORTAL)[0], "frame-src https://migrationto.az");
    }

    #[test]
    fn only_the_tracker_needs_the_allow_list() {
        let needing: Vec<_> = Widget::ALL.into_iter().filter(|w| w.calls_the_api()).collect();
        assert_eq!(needing, [Widget::StatusTracker]);
    }
}
