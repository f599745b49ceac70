//! The wizard's moves between the pages of one application, without a router. Each page has its
//! address (`/{lang}/e-services/{service}/{page}`); a move adds a history entry or replaces this
//! one, Back and Forward move between the entries, and a link to another page of the same
//! application shown by the same app (core's `Area::showing_wizard_page`) moves there without a page
//! load. A move to a page of the other app, and any other link, loads its page. After a move,
//! focus is on the new page's heading, as after a page load (a new page starts at its top; Back
//! and Forward leave the scroll to the browser), and the language switcher leads to the new page
//! in each language. The page's title follows its `<h1>` (`components::page::DocumentTitle`).
//! In the whole app, which has a router ([`Here::following`]), the router makes the moves.

use leptos::prelude::*;
use migrationto_core::Lang;
use migrationto_core::eservice::Service;
use migrationto_core::page::Area;
use migrationto_core::path::localized;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{HtmlAnchorElement, MouseEvent};

/// A router's move to an address, replacing the history entry or not.
pub type RouterMove = Box<dyn Fn(&str, bool)>;

/// The page of the application on show and the address's query (without its `?`).
#[derive(Clone, Copy)]
pub struct Here {
    pub page: RwSignal<String>,
    pub query: RwSignal<String>,
    service: Service,
    /// The address of the application's pages, up to the page's name:
    /// `/{lang}/e-services/{service}/`.
    base: StoredValue<String>,
    /// The app showing the pages (its area), whose pages are the only ones it moves to itself;
    /// `None` in the whole app, which has every page.
    app: Option<Area>,
    /// The router's moves, in the whole app ([`Here::following`]).
    router: Option<StoredValue<RouterMove, LocalStorage>>,
}

impl Here {
    /// At `page` of the application of `service` whose pages' addresses start with `base`, with
    /// `query`, in the app of area `app`. Once in a browser, it follows Back and Forward and
    /// takes the clicks on links to the app's pages of the application, until its owner is gone.
    pub fn new(service: Service, base: String, page: &str, query: &str, app: Area) -> Here {
        let here = Here::at(service, base, page, query, Some(app), None);
        // Effects run only in a browser (not when the build renders a page).
        Effect::new(move |_| here.listen());
        here
    }

    /// The same in an app with a router, which makes the moves (`go` asks it to) and follows
    /// Back, Forward and links: the wizard shows the page at the router's address, given by
    /// [`Here::follow`].
    pub fn following(service: Service, base: String, page: &str, query: &str, router: RouterMove) -> Here {
        Here::at(service, base, page, query, None, Some(StoredValue::new_local(router)))
    }

    fn at(
        service: Service,
        base: String,
        page: &str,
        query: &str,
        app: Option<Area>,
        router: Option<StoredValue<RouterMove, LocalStorage>>,
    ) -> Here {
        let here = Here {
            service,
            page: RwSignal::new(page.to_owned()),
            query: RwSignal::new(query.trim_start_matches('?').to_owned()),
            base: StoredValue::new(base),
            app,
            router,
        };
        // With a router, the language switcher is the app's own and follows the address.
        let own_links = router.is_none();
        Effect::watch(
            move || here.page.get(),
            move |_, _, _| request_animation_frame(move || after_move(own_links)),
            false,
        );
        here
    }

    /// Shows the page at a router's address (`pathname`, `search`), if it is one of the
    /// application's.
    pub fn follow(&self, pathname: &str, search: &str) {
        if let Some(page) = self.page_at(pathname) {
            self.show(page, search);
        }
    }

    /// The page of the application at `pathname`, if it is one this app shows.
    fn page_at<'a>(&self, pathname: &'a str) -> Option<&'a str> {
        self.application_page(pathname).filter(|page| self.shows(page))
    }

    /// The page of the application at `pathname`, whichever app shows it.
    fn application_page<'a>(&self, pathname: &'a str) -> Option<&'a str> {
        let page = pathname.strip_prefix(self.base.get_value().as_str())?;
        self.service.pages().any(|p| p == page).then_some(page)
    }

    /// Whether this app shows `page` of an application.
    fn shows(&self, page: &str) -> bool {
        self.app.is_none_or(|app| Area::showing_wizard_page(page) == Some(app))
    }

    /// Goes to `to` (`applicant`, `applicant?from=check`), adding a history entry or replacing
    /// this one: a page load when the other app shows it.
    pub fn go(&self, to: &str, replace: bool) {
        let address = format!("{}{to}", self.base.get_value());
        if let Some(router) = self.router {
            router.with_value(|go| go(&address, replace));
            return;
        }
        let (page, query) = to.split_once('?').unwrap_or((to, ""));
        if !self.shows(page) {
            let location = window().location();
            let carried = crate::session::carried();
            // The answers the tab's storage refused: the entry of the page to load keeps them.
            let _ = if !carried.is_null() && enter(&carried, &address, replace) {
                location.reload()
            } else if replace {
                location.replace(&address)
            } else {
                location.assign(&address)
            };
            return;
        }
        enter(&wasm_bindgen::JsValue::NULL, &address, replace);
        self.show(page, query);
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }

    fn show(&self, page: &str, query: &str) {
        let query = query.trim_start_matches('?');
        if self.query.with_untracked(|q| q != query) {
            self.query.set(query.to_owned());
        }
        if self.page.with_untracked(|p| p != page) {
            self.page.set(page.to_owned());
        }
    }

    fn listen(self) {
        let popstate = window_event_listener(leptos::ev::popstate, move |_| {
            let location = window().location();
            let pathname = location.pathname().unwrap_or_default();
            match self.page_at(&pathname) {
                Some(page) => self.show(page, &location.search().unwrap_or_default()),
                // An entry this app did not make, or a page of the other app's: its own page.
                None => {
                    let _ = location.reload();
                }
            }
        });
        let click = Closure::<dyn Fn(MouseEvent)>::new(move |ev: MouseEvent| {
            if let Some(to) = self.link_to_page(&ev) {
                ev.prevent_default();
                self.go(&to, false);
            }
        });
        // On the document, where every click on the page arrives.
        let _ = document().add_event_listener_with_callback("click", click.as_ref().unchecked_ref());
        let click = StoredValue::new_local(click);
        // Back or Forward to this page from the other app's can show it as the browser kept it
        // (its back-forward cache), with the answers as they were then: the other app may have
        // changed them since (sent, reopened a saved application). Start again from the tab's.
        let restored = Closure::<dyn Fn(web_sys::Event)>::new(|ev: web_sys::Event| {
            if js_sys::Reflect::get(&ev, &"persisted".into()).is_ok_and(|p| p.is_truthy()) {
                let _ = window().location().reload();
            }
        });
        let _ = window().add_event_listener_with_callback("pageshow", restored.as_ref().unchecked_ref());
        let restored = StoredValue::new_local(restored);
        on_cleanup(move || {
            popstate.remove();
            click.with_value(|c| {
                let _ = document().remove_event_listener_with_callback("click", c.as_ref().unchecked_ref());
            });
            restored.with_value(|r| {
                let _ = window().remove_event_listener_with_callback("pageshow", r.as_ref().unchecked_ref());
            });
        });
    }

    /// The page and query a click on a plain link leads to, when it is one of the application's
    /// pages (not a part of this page, such as the skip link or an error's field).
    fn link_to_page(&self, ev: &MouseEvent) -> Option<String> {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.meta_key()
            || ev.alt_key()
            || ev.ctrl_key()
            || ev.shift_key()
        {
            return None;
        }
        let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
        let link = target.closest("a[href]").ok()??.dyn_into::<HtmlAnchorElement>().ok()?;
        let origin = window().location().origin().ok()?;
        if !link.target().is_empty()
            || link.has_attribute("download")
            || link.origin() != origin
            || !link.hash().is_empty()
        {
            return None;
        }
        let pathname = link.pathname();
        // A page of the other app is left to the browser, unless the answers are in this page's
        // memory only (the storage refused them): the move takes them along (`go`).
        let page = self.application_page(&pathname).filter(|page| self.shows(page) || crate::session::carries())?;
        Some(format!("{page}{}", link.search()))
    }
}

/// Makes `address` the history's entry with `state`, in place of this one (`replace`) or after
/// it; whether it did.
fn enter(state: &wasm_bindgen::JsValue, address: &str, replace: bool) -> bool {
    let Ok(history) = window().history() else { return false };
    let entered = if replace {
        history.replace_state_with_url(state, "", Some(address))
    } else {
        history.push_state_with_url(state, "", Some(address))
    };
    entered.is_ok()
}

/// After a move: focus on the new page's heading (which brings it into view), and, when the
/// language switcher is the prerendered page's (`own_links`), its links to this page in each
/// language (`public/page.js` adds the query).
fn after_move(own_links: bool) {
    if let Some(heading) = document().query_selector("main h1").ok().flatten()
        && let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>()
    {
        let _ = heading.focus();
    }
    if !own_links {
        return;
    }
    let pathname = window().location().pathname().unwrap_or_default();
    let Some((_, rest)) = migrationto_core::path::split_lang(&pathname) else { return };
    let Ok(links) = document().query_selector_all(".lang-switcher a[hreflang]") else { return };
    for i in 0..links.length() {
        let Some(link) = links.item(i).and_then(|l| l.dyn_into::<web_sys::Element>().ok()) else { continue };
        if let Some(lang) = link.get_attribute("hreflang").as_deref().and_then(Lang::from_code) {
            let _ = link.set_attribute("href", &localized(lang, rest));
        }
    }
}
