//! The footer on every page: the call centre, support links and the "indicative" notice.

use crate::lang::use_page_lang;
use crate::locale::{t, t_string, use_i18n};
use leptos::prelude::*;
use migrationto_core::page::Page as PortalPage;
use migrationto_core::path::localized;

#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_page_lang();
    view! {
        <footer class="footer">
            <div class="width-container">
                <p class="footer-indicative">{t!(i18n, footer.indicative)}</p>
                <p><a href="tel:919" class="footer-call">{t!(i18n, footer.call_centre)}</a></p>
                <nav aria-label=move || t_string!(i18n, footer.label)>
                    <ul class="footer-links">
                        <li>
                            <a href=move || localized(lang.get(), &PortalPage::Accessibility.path())>
                                {t!(i18n, footer.accessibility)}
                            </a>
                        </li>
                        <li>
                            <a href=move || localized(lang.get(), &PortalPage::Privacy.path())>
                                {t!(i18n, footer.privacy)}
                            </a>
                        </li>
                        <li>
                            <a href=move || localized(lang.get(), &PortalPage::Partners.path())>
                                {t!(i18n, footer.partners)}
                            </a>
                        </li>
                    </ul>
                </nav>
                <p class="footer-owner">{t!(i18n, brand.owner)}</p>
            </div>
        </footer>
    }
}
