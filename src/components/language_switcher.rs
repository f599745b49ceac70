//! Links to the same page in each other language, each named in its own language.

use crate::i18n::td_string;
use crate::lang::use_page_lang;
use crate::lang::{BUILT_FOR, save_lang, to_locale};
use crate::locale::{t_string, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use migrationto_core::{Lang, path::switch_lang};

#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_page_lang();
    let location = use_location();
    // The whole address, so a calculator's inputs and an anchor survive the switch.
    let here = Memo::new(move |_| {
        let search = location.search.get();
        let hash = location.hash.get();
        let mut path = location.pathname.get();
        if !search.is_empty() {
            path.push('?');
            path.push_str(search.trim_start_matches('?'));
        }
        if !hash.is_empty() {
            path.push('#');
            path.push_str(hash.trim_start_matches('#'));
        }
        path
    });

    // An app built with one language's texts (each area's, `BUILT_FOR`) leaves for another with a
    // page load of that language's page, not through its router (`rel=external`); so does the
    // prerendered page the app takes over.
    let rel = (BUILT_FOR.is_some() || cfg!(feature = "ssr")).then_some("external");
    let items = Lang::ALL
        .into_iter()
        .map(|other| {
            let name = td_string!(to_locale(other), self_name);
            let code = other.code();
            move || {
                if lang.get() == other {
                    view! {
                        <li><span class="lang-current" lang=code aria-current="true">{name}</span></li>
                    }
                    .into_any()
                } else {
                    view! {
                        <li>
                            <a href=move || here.with(|p| switch_lang(p, other)) lang=code hreflang=code rel=rel
                                on:click=move |_| save_lang(other)>
                                {name}
                            </a>
                        </li>
                    }
                    .into_any()
                }
            }
        })
        .collect_view();

    view! {
        <nav class="lang-switcher" aria-label=move || t_string!(i18n, lang_switch.label)>
            <ul>{items}</ul>
        </nav>
    }
}
