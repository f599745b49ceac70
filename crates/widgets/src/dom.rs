//! A few DOM helpers, so the widgets read as the page they build.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Document, Element, Event, EventTarget, HtmlElement};

/// The document the widgets render into.
pub fn document() -> Document {
    web_sys::window().and_then(|w| w.document()).expect("a widget runs in a page")
}

/// A new `<tag>` with attributes.
pub fn el(tag: &str, attrs: &[(&str, &str)]) -> Element {
    let element = document().create_element(tag).expect("a valid tag name");
    for (name, value) in attrs {
        let _ = element.set_attribute(name, value);
    }
    element
}

/// A new `<tag>` with attributes and text.
pub fn text_el(tag: &str, attrs: &[(&str, &str)], text: &str) -> Element {
    let element = el(tag, attrs);
    element.set_text_content(Some(text));
    element
}

/// Appends `children` to `parent`, and gives `parent` back for more.
pub fn add<'a>(parent: &'a Element, children: &[&Element]) -> &'a Element {
    for child in children {
        let _ = parent.append_child(child);
    }
    parent
}

/// Removes every child of `element`.
pub fn clear(element: &Element) {
    element.set_text_content(None);
}

/// Calls `handler` on every `kind` event at `target`. The listener lives as long as the page:
/// a widget is built once per element and its listeners go with its shadow tree.
pub fn on(target: &EventTarget, kind: &str, handler: impl FnMut(Event) + 'static) {
    let closure = Closure::<dyn FnMut(Event)>::new(handler);
    let _ = target.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref());
    closure.forget();
}

/// Shows or hides `element` (the `hidden` attribute, which the widget CSS honours).
pub fn show(element: &Element, visible: bool) {
    if visible {
        let _ = element.remove_attribute("hidden");
    } else {
        let _ = element.set_attribute("hidden", "");
    }
}

/// Moves focus to `element` (made focusable by script only, if it is not already).
pub fn focus(element: &Element) {
    if let Some(html) = element.dyn_ref::<HtmlElement>() {
        if !html.has_attribute("tabindex") && !matches!(html.tag_name().as_str(), "INPUT" | "SELECT" | "BUTTON" | "A") {
            let _ = html.set_attribute("tabindex", "-1");
        }
        let _ = html.focus();
    }
}

/// A link that opens the portal in a new tab, and says so.
pub fn portal_link(href: &str, text: &str, new_tab_note: &str) -> Element {
    let link = el("a", &[("href", href), ("target", "_blank"), ("rel", "noopener")]);
    link.set_text_content(Some(&format!("{text} {new_tab_note}")));
    link
}
