//! `<migrationto-days-of-stay>`: the days of the permitted stay used and left in the current
//! trip, and its last day, with the portal's rules (`migrationto_core::stay`). Several trips
//! (the calendar-year rule) or a planned trip: the full calculator, one link away.

use crate::basis::{basis_list, indicative, provisional_note, summary};
use crate::calculator::{answer_live, layout, show_outcome};
use crate::dom::{add, clear, el, portal_link, text_el};
use crate::fields::{DateField, Radios};
use crate::text::fill;
use crate::{Widget, today_in_baku};
use migrationto_core::answers_query::{stay_pairs, trip_to_query, with_query};
use migrationto_core::calendar::WorkingCalendar;
use migrationto_core::page::Page;
use migrationto_core::stay::{StayError, StayResult, StayRule, Trip, days_of_stay};
use std::rc::Rc;
use web_sys::Element;

struct DaysOfStay {
    w: Widget,
    rule: Radios,
    entry: DateField,
    exit: DateField,
    result: Element,
    full: Element,
}

pub fn mount(w: Widget, frame: &Element) {
    let form = el("form", &[("novalidate", "")]);
    let rule = Radios::new(
        &w,
        "rule",
        w.t("stay_calc.rule_legend"),
        &[("ru", w.t("stay_calc.rule_russia")), ("other", w.t("stay_calc.rule_general"))],
    );
    let entry = DateField::new(&w, "entry", w.t("stay_calc.entry_legend"), Some(w.t("calc_common.date_hint")));
    let exit = DateField::new(&w, "exit", w.t("widget.stay_exit_legend"), Some(w.t("widget.stay_exit_hint")));
    add(&form, &[&rule.group.root, &entry.group.root, &exit.group.root]);
    let parts = layout(&w, frame, w.t("stay_calc.title"), w.t("widget.stay_intro"), &form);
    let s = Rc::new(DaysOfStay { w, rule, entry, exit, result: parts.result, full: parts.full });
    answer_live(&form, &[&s.entry, &s.exit], s.clone(), DaysOfStay::update);
}

impl DaysOfStay {
    fn update(&self) {
        let w = &self.w;
        show_outcome(w, &self.result, self.check(), |r| self.show_result(r));
        clear(&self.full);
        // As the portal's calculator keeps its answers in its address.
        let trip = trip_to_query(&self.entry.to_query(), &self.exit.to_query());
        let path = with_query(&Page::DaysOfStay.path(), &stay_pairs(&self.rule.value(), &[trip], ""));
        add(
            &self.full,
            &[&portal_link(&w.portal_page(&path), w.t("widget.open_full_calculator"), w.t("widget.new_tab"))],
        );
    }

    fn check(&self) -> Result<Option<StayResult>, ()> {
        let w = &self.w;
        let entry = self.entry.checked(w, w.t("stay_calc.err_entry_empty"));
        let exit = self.exit.checked(w, w.t("stay_calc.err_exit_empty"));
        let (entry, exit) = (entry?, exit?);
        let Some(rule) = StayRule::from_answer(&self.rule.value()) else { return Ok(None) };
        let (Some(entry), false) = (entry, !self.exit.is_empty() && exit.is_none()) else { return Ok(None) };
        days_of_stay(rule, &[Trip { entry, exit }], today_in_baku(), None).map(Some).map_err(|e| match e {
            StayError::ExitBeforeEntry { .. } => {
                self.exit.group.set_error(Some(w.t("stay_calc.err_exit_before_entry")))
            }
            StayError::EntryInFuture { .. } => self.entry.group.set_error(Some(w.t("widget.stay_err_entry_future"))),
            // One trip and no planned entry: these cannot happen here.
            StayError::Overlap { .. }
            | StayError::OpenTripNotLast { .. }
            | StayError::PlannedEntryInPast
            | StayError::PlannedEntryDuringTrip => {}
        })
    }

    fn show_result(&self, r: &StayResult) {
        let w = &self.w;
        let per_year = r.rule == StayRule::PerCalendarYear;
        let today = today_in_baku();
        let used_label = if per_year {
            fill(w.t("stay_calc.used_in_year_label"), &[("year", &today.year().to_string())])
        } else {
            w.t("stay_calc.used_in_stay_label").to_owned()
        };
        let rule = if per_year { w.t("stay_calc.rule_per_year") } else { w.t("stay_calc.rule_per_stay") };
        let (used, left) = (r.used.to_string(), r.left.to_string());
        add(
            &self.result,
            &[&summary(&[
                (w.t("stay_calc.rule_label"), rule),
                (&used_label, &used),
                (w.t("stay_calc.left_label"), &left),
            ])],
        );
        match r.current {
            Some(c) => {
                add(
                    &self.result,
                    &[&text_el("p", &[], &fill(w.t("stay_calc.current_since"), &[("date", &w.date(c.window.entry))]))],
                );
                match c.window.last_day {
                    Some(last) if c.overstaying => {
                        add(
                            &self.result,
                            &[&text_el(
                                "p",
                                &[("class", "warning")],
                                &fill(w.t("stay_calc.overstaying"), &[("date", &w.date(last))]),
                            )],
                        );
                    }
                    Some(last) => {
                        add(&self.result, &[&summary(&[(w.t("stay_calc.current_last_day_label"), &w.date(last))])]);
                    }
                    None => {
                        add(&self.result, &[&text_el("p", &[("class", "warning")], w.t("stay_calc.no_days_on_entry"))]);
                    }
                }
                if c.exit_too_late && !c.overstaying {
                    add(&self.result, &[&text_el("p", &[("class", "warning")], w.t("stay_calc.exit_too_late"))]);
                }
            }
            // The trip is over: nothing of it counts today under the per-stay rule.
            None => {
                add(&self.result, &[&text_el("p", &[], w.t("widget.stay_trip_over"))]);
            }
        }
        if per_year {
            add(&self.result, &[&text_el("p", &[], w.t("widget.stay_other_trips"))]);
        }
        let calendar = WorkingCalendar::published();
        if let Some(years) = r.provisional(calendar) {
            add(&self.result, &[&provisional_note(w, years)]);
        }
        add(&self.result, &[&basis_list(w, &r.bases(calendar)), &indicative(w)]);
    }
}
