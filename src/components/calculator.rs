//! The frame every calculator page shares: the title and introduction, the form of questions,
//! and the result section. The result section is a polite live region: it says that answers
//! are still missing, or that one needs fixing (the message is at the field), or shows the
//! result with the calendar and print actions under it. Each calculator page supplies only its
//! questions, how it checks them, and how it shows a result.

use crate::components::breadcrumbs::Crumb;
use crate::components::page::Page;
use crate::components::result_actions::{CalendarDate, ResultActions};
use crate::locale::{t, use_i18n};
use crate::text::calendar_note;
use leptos::prelude::*;
use migrationto_core::Section;

/// Where a calculator's answers stand.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome<R> {
    /// Not every question is answered yet.
    Waiting,
    /// An answer needs fixing; its message is at its field.
    Fix,
    Result(R),
}

#[component]
pub fn Calculator<R, V, D>(
    /// The page's heading and document title.
    #[prop(into)]
    title: Signal<String>,
    /// The lead paragraph under the heading.
    #[prop(into)]
    intro: Signal<String>,
    /// Where the answers stand, recomputed as they change.
    #[prop(into)]
    outcome: Signal<Outcome<R>>,
    /// The view of a result.
    show: V,
    /// A result's dates to offer as calendar events (none: no calendar button).
    dates: D,
    /// The calendar file's name, without `.ics`.
    file_name: &'static str,
    /// The questions.
    children: Children,
) -> impl IntoView
where
    R: Clone + PartialEq + Send + Sync + 'static,
    V: Fn(R) -> AnyView + Send + Sync + 'static,
    D: Fn(&R) -> Vec<CalendarDate> + Send + Sync + 'static,
{
    let i18n = use_i18n();
    let has_result = move || outcome.with(|o| matches!(o, Outcome::Result(_)));
    let dates = Signal::derive(move || {
        outcome.with(|o| match o {
            Outcome::Result(r) => dates(r),
            _ => Vec::new(),
        })
    });
    view! {
        <Page title trail=vec![Crumb::Home, Crumb::Section(Section::Calculators)]>
            <p class="lead">{move || intro.get()}</p>
            <form class="calculator" on:submit=|ev| ev.prevent_default() novalidate>
                {children()}
            </form>
            <section class="result" aria-labelledby="result-heading">
                <h2 id="result-heading">{t!(i18n, calc_common.result_heading)}</h2>
                <div aria-live="polite">
                    {move || match outcome.get() {
                        Outcome::Result(r) => show(r),
                        Outcome::Fix => view! { <p>{t!(i18n, calc_common.result_fix)}</p> }.into_any(),
                        Outcome::Waiting => view! { <p>{t!(i18n, calc_common.result_waiting)}</p> }.into_any(),
                    }}
                </div>
                <Show when=has_result>
                    <ResultActions file_name description=Signal::derive(move || calendar_note(i18n)) dates />
                </Show>
            </section>
        </Page>
    }
}
