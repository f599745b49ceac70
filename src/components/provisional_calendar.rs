//! Said beside a result whose dates fall in a year whose calendar of non-working days the
//! Cabinet of Ministers has not published yet (core decides when: `provisional_in`).

use crate::locale::{t, t_string, use_i18n};
use leptos::prelude::*;
use migrationto_core::calendar::ProvisionalYears;

/// A note naming the provisional years and what is and is not counted for them.
#[component]
pub fn ProvisionalCalendar(
    /// The provisional years among the dates shown; nothing is shown for `None`.
    years: Option<ProvisionalYears>,
) -> impl IntoView {
    let i18n = use_i18n();
    years.map(|years| {
        let label = years.label();
        view! {
            <div class="provisional-calendar" role="note">
                <p><strong>{move || t_string!(i18n, calc_common.provisional_calendar, years = label.clone()).to_string()}</strong></p>
                <p>{t!(i18n, calc_common.provisional_calendar_detail)}</p>
            </div>
        }
    })
}
