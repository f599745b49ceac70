//! `/:lang/useful-information/partners`: the widgets partner sites can embed, a live preview,
//! the code to copy (`migrationto_core::embed::snippet`), the Content-Security-Policy lines,
//! the theming properties, and how to get on the list of partner sites.

use crate::components::{breadcrumbs::Crumb, page::Page, radios::Radios};
use crate::i18n::td_string;
use crate::lang::to_locale;
use crate::lang::use_page_lang;
use crate::locale::{I18n, t, t_string, use_i18n};
use leptos::html::Div;
use leptos::prelude::*;
use migrationto_core::embed::{Choice, EmbedKind, Theme, Widget, csp_lines, snippet};
use migrationto_core::eservice::Service;
use migrationto_core::{Lang, Section};
use wasm_bindgen::JsCast;

/// The widgets' loader, served by the portal itself (see `scripts/build-widgets.sh`).
const LOADER: &str = "/widgets/migrationto-widgets.js";

#[component]
pub fn Partners() -> impl IntoView {
    let i18n = use_i18n();
    let page_lang = use_page_lang();
    let widget = RwSignal::new(Widget::DeadlineCalculator.id().to_owned());
    let lang = RwSignal::new(page_lang.get_untracked().code().to_owned());
    let theme = RwSignal::new("light".to_owned());
    let kind = RwSignal::new("element".to_owned());
    let service = RwSignal::new(Service::Registration.id().to_owned());
    let choice = Memo::new(move |_| Choice {
        widget: Widget::from_id(&widget.get()).unwrap_or(Widget::DeadlineCalculator),
        lang: Lang::from_code(&lang.get()).unwrap_or_default(),
        theme: if theme.get() == "dark" { Theme::Dark } else { Theme::Light },
        kind: if kind.get() == "frame" { EmbedKind::Frame } else { EmbedKind::Element },
        service: Service::from_id(&service.get()).unwrap_or(Service::Registration),
    });
    let portal = crate::browser::origin();
    let code = {
        let portal = portal.clone();
        Memo::new(move |_| {
            let c = choice.get();
            let title = td_string!(to_locale(c.lang), partners.frame_title, widget = widget_name_in(c.lang, c.widget));
            snippet(&c, &portal, &title.to_string())
        })
    };
    let csp = Memo::new(move |_| csp_lines(choice.get().kind, &portal).join(";\n"));

    let preview = NodeRef::<Div>::new();
    if cfg!(target_arch = "wasm32") {
        load_widgets();
    }
    Effect::new(move |_| {
        let c = choice.get();
        if let Some(frame) = preview.get() {
            show_preview(&frame, &c);
        }
    });

    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        copied.set(None);
        let text = code.get_untracked();
        let promise = window().navigator().clipboard().write_text(&text);
        wasm_bindgen_futures::spawn_local(async move {
            copied.set(Some(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()));
        });
    };
    let label = move |f: fn(I18n) -> &'static str| Signal::derive(move || f(i18n).to_owned());
    let widget_options = Widget::ALL
        .into_iter()
        .map(|w| (w.id(), Signal::derive(move || widget_name_in(page_lang.get(), w).to_owned())))
        .collect::<Vec<_>>();

    view! {
        <Page title=Signal::derive(move || t_string!(i18n, partners.title).to_string())
            trail=vec![Crumb::Home, Crumb::Section(Section::UsefulInformation)]>
            <p class="lead">{t!(i18n, partners.intro)}</p>
            <h2>{t!(i18n, partners.widgets_heading)}</h2>
            <dl class="widget-list">
                {Widget::ALL.into_iter().map(|w| view! {
                    <div>
                        <dt>{move || widget_name_in(page_lang.get(), w)}</dt>
                        <dd>
                            <p>{move || widget_text(i18n, w)}</p>
                            <p class="hint">{t!(i18n, partners.element)}": "<code>{format!("<{}>", w.element())}</code></p>
                        </dd>
                    </div>
                }).collect_view()}
            </dl>

            <h2 id="builder">{t!(i18n, partners.builder_heading)}</h2>
            <p>{t!(i18n, partners.builder_intro)}</p>
            <form class="partner-builder" on:submit=|ev| ev.prevent_default() novalidate>
                <Radios name="widget" legend=label(|i| t_string!(i, partners.widget_legend)) value=widget options=widget_options />
                <Show when=move || widget.with(|w| w == Widget::EserviceLauncher.id())>
                    <div class="form-group">
                        <label class="label" for="service">{t!(i18n, partners.service_label)}</label>
                        <select id="service" class="select" prop:value=move || service.get()
                            on:change=move |ev| service.set(event_target_value(&ev))>
                            {Service::ALL.into_iter().map(|s| view! {
                                <option value=s.id() selected=move || service.with(|v| v == s.id())>
                                    {move || crate::text::service_title(i18n, s)}
                                </option>
                            }).collect_view()}
                        </select>
                    </div>
                </Show>
                <Radios name="lang" legend=label(|i| t_string!(i, partners.lang_legend)) value=lang
                    options=Lang::ALL.into_iter().map(|l| (l.code(), Signal::derive(move || td_string!(to_locale(l), self_name).to_owned()))).collect() />
                <Radios name="theme" legend=label(|i| t_string!(i, partners.theme_legend)) value=theme
                    options=vec![("light", label(|i| t_string!(i, partners.theme_light))), ("dark", label(|i| t_string!(i, partners.theme_dark)))] />
                <Radios name="kind" legend=label(|i| t_string!(i, partners.kind_legend)) value=kind
                    options=vec![("element", label(|i| t_string!(i, partners.kind_element))), ("frame", label(|i| t_string!(i, partners.kind_frame)))] />
            </form>

            <h3>{t!(i18n, partners.preview_heading)}</h3>
            <div class="widget-preview" node_ref=preview></div>

            <h3 id="code-heading">{t!(i18n, partners.code_heading)}</h3>
            <pre class="code" tabindex="0" aria-labelledby="code-heading"><code>{move || code.get()}</code></pre>
            <button type="button" class="button button-secondary" on:click=copy>{t!(i18n, partners.copy)}</button>
            <p role="status" class="copy-status">{move || match copied.get() {
                Some(true) => t_string!(i18n, partners.copied),
                Some(false) => t_string!(i18n, partners.copy_failed),
                None => "",
            }}</p>

            <h2>{t!(i18n, partners.csp_heading)}</h2>
            <p>{t!(i18n, partners.csp_intro)}</p>
            <pre class="code" tabindex="0" aria-label=move || t_string!(i18n, partners.csp_heading)><code>{move || csp.get()}</code></pre>

            <h2>{t!(i18n, partners.theming_heading)}</h2>
            <p>{t!(i18n, partners.theming_intro)}</p>
            <table class="table">
                <thead><tr><th scope="col">{t!(i18n, partners.property)}</th><th scope="col">{t!(i18n, partners.sets)}</th></tr></thead>
                <tbody>
                    <tr><td><code>"--migrationto-brand"</code></td><td>{t!(i18n, partners.prop_brand)}</td></tr>
                    <tr><td><code>"--migrationto-on-brand"</code></td><td>{t!(i18n, partners.prop_on_brand)}</td></tr>
                    <tr><td><code>"--migrationto-font"</code></td><td>{t!(i18n, partners.prop_font)}</td></tr>
                    <tr><td><code>"--migrationto-font-size"</code></td><td>{t!(i18n, partners.prop_font_size)}</td></tr>
                    <tr><td><code>"--migrationto-radius"</code></td><td>{t!(i18n, partners.prop_radius)}</td></tr>
                </tbody>
            </table>
            <p>{t!(i18n, partners.theming_contrast)}</p>

            <h2>{t!(i18n, partners.allow_heading)}</h2>
            <p>{t!(i18n, partners.allow_text)}</p>
            <h2>{t!(i18n, partners.privacy_heading)}</h2>
            <p>{t!(i18n, partners.privacy_text)}</p>
        </Page>
    }
}

/// The widget's name in `lang`: the page's, or for the frame's title the one the partner chose.
fn widget_name_in(lang: Lang, w: Widget) -> &'static str {
    let locale = to_locale(lang);
    match w {
        Widget::DeadlineCalculator => td_string!(locale, partners.deadline_name),
        Widget::DaysOfStay => td_string!(locale, partners.stay_name),
        Widget::StatusTracker => td_string!(locale, partners.status_name),
        Widget::EserviceLauncher => td_string!(locale, partners.launcher_name),
    }
}

fn widget_text(i18n: I18n, w: Widget) -> &'static str {
    match w {
        Widget::DeadlineCalculator => t_string!(i18n, partners.deadline_text),
        Widget::DaysOfStay => t_string!(i18n, partners.stay_text),
        Widget::StatusTracker => t_string!(i18n, partners.status_text),
        Widget::EserviceLauncher => t_string!(i18n, partners.launcher_text),
    }
}

/// Adds the widgets' loader to the page once; it defines the custom elements.
fn load_widgets() {
    let document = document();
    if document.query_selector(&format!("script[src='{LOADER}']")).ok().flatten().is_some() {
        return;
    }
    if let Ok(script) = document.create_element("script") {
        let _ = script.set_attribute("type", "module");
        let _ = script.set_attribute("src", LOADER);
        if let Some(head) = document.head() {
            let _ = head.append_child(&script);
        }
    }
}

/// Replaces the preview with the chosen widget, as the partner's page will show it.
fn show_preview(frame: &web_sys::HtmlDivElement, c: &Choice) {
    frame.set_text_content(None);
    let Ok(element) = document().create_element(&c.widget.element()) else { return };
    let _ = element.set_attribute("lang", c.lang.code());
    // Under this page's "Preview" (an h3).
    let _ = element.set_attribute("heading", "4");
    if c.theme == Theme::Dark {
        let _ = element.set_attribute("theme", "dark");
    }
    if c.widget == Widget::EserviceLauncher {
        let _ = element.set_attribute("service", c.service.id());
    }
    let _ = frame.append_child(element.unchecked_ref());
}
