//! `/:lang/:section`: a section's landing page. Unknown sections get the 404 page.

use crate::components::{breadcrumbs::Crumb, page::Page};
use crate::content;
use crate::lang::use_page_lang;
use crate::locale::{t, t_string, use_i18n};
use crate::routes::not_found::NotFound;
use crate::routes::status_check::Check;
use crate::text::{page_title, section_intro, section_title};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use migrationto_core::eservice::{Audience, Service};
use migrationto_core::page::Page as PortalPage;
use migrationto_core::{Section, path::localized};

#[component]
pub fn SectionPage() -> impl IntoView {
    let params = use_params_map();
    let section = Memo::new(move |_| params.with(|p| p.get("section").and_then(|s| Section::from_slug(&s))));
    move || match section.get() {
        Some(section) => Either::Left(view! { <SectionLanding section /> }),
        None => Either::Right(view! { <NotFound /> }),
    }
}

#[component]
fn SectionLanding(section: Section) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Page title=Signal::derive(move || section_title(i18n, section).to_string())
            trail=vec![Crumb::Home]>
            <p class="lead">{move || section_intro(i18n, section)}</p>
            <ArticleList section />
            <StatusChecks section />
            <CalculatorList section />
        </Page>
    }
}

/// The section's articles, from the content build's index of the page's language.
#[component]
fn ArticleList(section: Section) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_page_lang();
    let index = LocalResource::new(move || content::index(lang.get()));
    move || {
        let list = content::index_at_hand(lang.get()).or_else(|| index.get()?.ok())?;
        let items: Vec<_> = list.iter().filter(|a| a.section == section.slug()).cloned().collect();
        (!items.is_empty()).then(|| {
            let lang = lang.get();
            let items = items
                .into_iter()
                .map(|a| {
                    view! {
                        <li>
                            <a href=localized(lang, &a.path)>{a.title}</a>
                            <p>{a.summary}</p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h2>{t!(i18n, article.guides_heading)}</h2>
                <ul class="article-list">{items}</ul>
            }
        })
    }
}

/// The online checks, on the e-services page.
#[component]
fn StatusChecks(section: Section) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_page_lang();
    (section == Section::EServices).then(|| {
        let items = Check::ALL
            .into_iter()
            .map(|c| {
                let intro = move || match c {
                    Check::Track => t_string!(i18n, status_check.track_intro),
                    Check::Registration => t_string!(i18n, status_check.registration_intro),
                    Check::TravelBan => t_string!(i18n, status_check.ban_intro),
                };
                view! { <li><a href=move || localized(lang.get(), &c.page().path())>{move || c.title(i18n)}</a><p>{intro}</p></li> }
            })
            .collect_view();
        let groups = Audience::ALL
            .into_iter()
            .map(|audience| {
                let heading = move || match audience {
                    Audience::Foreigners => t_string!(i18n, wizard.group_foreigners),
                    Audience::Employers => t_string!(i18n, wizard.group_employers),
                    Audience::Citizenship => t_string!(i18n, wizard.group_citizenship),
                };
                let cards = audience.services().map(|s| view! { <ServiceCard service=s /> }).collect_view();
                view! {
                    <h3>{heading}</h3>
                    <ul class="service-list">{cards}</ul>
                }
            })
            .collect_view();
        view! {
            <h2>{t!(i18n, wizard.apply_heading)}</h2>
            {groups}
            // The appointments serve every group.
            <h3>{t!(i18n, wizard.group_everyone)}</h3>
            <ul class="service-list">
                <li class="service-card">
                    <h4><a href=move || localized(lang.get(), &PortalPage::Appointments.path())>{t!(i18n, appointments.title)}</a></h4>
                    <p>{t!(i18n, appointments.hub_text)}</p>
                </li>
            </ul>
            <h2>{t!(i18n, status_check.checks_heading)}</h2>
            <ul class="calculator-list">{items}</ul>
        }
    })
}

/// One e-service on the hub: what it is for, who can use it, what to have ready, how long it
/// takes, the fee, and a start button.
#[component]
fn ServiceCard(service: Service) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_page_lang();
    let href = move || localized(lang.get(), &PortalPage::EServiceStart(service).path());
    let text = move |key: &'static str| move || crate::text::service_text(i18n, service, key).unwrap_or_default();
    let title = move || crate::text::service_title(i18n, service);
    view! {
        <li class="service-card">
            <h4><a href=href>{title}</a></h4>
            <p>{text("start_intro")}</p>
            <dl class="summary">
                <div><dt>{t!(i18n, wizard.hub_who)}</dt><dd>{text("start_who")}</dd></div>
                <div><dt>{t!(i18n, wizard.hub_ready)}</dt><dd>{text("start_need")}</dd></div>
                <div><dt>{t!(i18n, wizard.hub_time)}</dt><dd>{text("start_time")}</dd></div>
                <div><dt>{t!(i18n, wizard.hub_fee)}</dt><dd>{text("hub_fee")}</dd></div>
            </dl>
            <a class="button" href=href aria-label=move || t_string!(i18n, wizard.start_named, name = title()).to_string()>
                {t!(i18n, wizard.start_now)}
            </a>
        </li>
    }
}

/// Links to the calculators that help with a section's subject.
#[component]
fn CalculatorList(section: Section) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_page_lang();
    let calculators = PortalPage::calculators_for(section);
    let heading = (section != Section::Calculators && !calculators.is_empty())
        .then(|| view! { <h2>{t!(i18n, calc_common.related_heading)}</h2> });
    let items = calculators
        .iter()
        .map(|c| {
            let c = *c;
            view! {
                <li>
                    <a href=move || localized(lang.get(), &c.path())>{move || page_title(i18n, c)}</a>
                </li>
            }
        })
        .collect_view();
    (!calculators.is_empty()).then(|| {
        view! {
            {heading}
            <ul class="calculator-list">{items}</ul>
        }
    })
}
