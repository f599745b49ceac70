//! `<migrationto-deadline-calculator>`: whether a guest must be registered and the last day to
//! do it, worked out as the answers are typed with the portal's own rules
//! (`migrationto_core::registration`). The full calculator (moves between addresses,
//! calendar files) is one link away, with the answers carried over.

use crate::basis::{basis_list, indicative, provisional_note, summary};
use crate::calculator::{answer_live, layout, show_outcome};
use crate::dom::{add, clear, el, portal_link, show, text_el};
use crate::fields::{CountrySelect, DateField, Radios, TextField};
use crate::{Widget, today_in_baku};
use migrationto_core::answers_query::{DeadlineQuery, with_query};
use migrationto_core::calendar::WorkingCalendar;
use migrationto_core::citizenship::Citizenship;
use migrationto_core::page::Page;
use migrationto_core::registration::{
    Accommodation, EntryBasis, Filer, PlannedStay, RegistrationError, RegistrationInput, RegistrationResult,
    registration,
};
use std::rc::Rc;
use web_sys::Element;

struct Deadline {
    w: Widget,
    citizenship: CountrySelect,
    arrival: DateField,
    departure: DateField,
    accommodation: Radios,
    entry: Radios,
    visa_days: TextField,
    result: Element,
    full: Element,
}

pub fn mount(w: Widget, frame: &Element) {
    let form = el("form", &[("novalidate", "")]);
    let citizenship = CountrySelect::new(&w, "citizenship", w.t("registration_calc.citizenship_label"), None);
    let arrival =
        DateField::new(&w, "arrival", w.t("registration_calc.arrival_legend"), Some(w.t("calc_common.date_hint")));
    let departure = DateField::new(&w, "departure", w.t("registration_calc.departure_legend"), None);
    let accommodation = Radios::new(
        &w,
        "stay",
        w.t("registration_calc.accommodation_legend"),
        &[
            ("hotel", w.t("registration_calc.accommodation_hotel")),
            ("flat", w.t("registration_calc.accommodation_flat")),
        ],
    );
    let entry = Radios::new(
        &w,
        "entry",
        w.t("registration_calc.entry_legend"),
        &[
            ("visa-free", w.t("registration_calc.entry_visa_free")),
            ("evisa", w.t("registration_calc.entry_evisa")),
            ("visa", w.t("registration_calc.entry_visa")),
        ],
    );
    let visa_days = TextField::new(
        &w,
        "visa-days",
        w.t("registration_calc.visa_days_label"),
        None,
        &[("inputmode", "numeric"), ("autocomplete", "off"), ("class", "width-3")],
    );
    show(&visa_days.group.root, false);
    add(
        &form,
        &[
            &citizenship.group.root,
            &arrival.group.root,
            &departure.group.root,
            &accommodation.group.root,
            &entry.group.root,
            &visa_days.group.root,
        ],
    );

    let parts = layout(&w, frame, w.t("registration_calc.title"), w.t("widget.deadline_intro"), &form);
    let d = Rc::new(Deadline {
        w,
        citizenship,
        arrival,
        departure,
        accommodation,
        entry,
        visa_days,
        result: parts.result,
        full: parts.full,
    });
    answer_live(&form, &[&d.arrival, &d.departure], d.clone(), Deadline::update);
}

impl Deadline {
    fn update(&self) {
        let w = &self.w;
        let entry = self.entry.value();
        show(&self.visa_days.group.root, entry == "evisa" || entry == "visa");
        show_outcome(w, &self.result, self.check(), |r| self.show_result(r));
        clear(&self.full);
        add(
            &self.full,
            &[&portal_link(&self.full_calculator(), w.t("widget.open_full_calculator"), w.t("widget.new_tab"))],
        );
    }

    /// The result, `None` while answers are missing, or `Err` when an answer needs fixing
    /// (its message is then at the field).
    fn check(&self) -> Result<Option<RegistrationResult>, ()> {
        let w = &self.w;
        let arrival = self.arrival.checked(w, w.t("registration_calc.err_arrival_empty"));
        let departure = self.departure.checked(w, w.t("registration_calc.err_departure_empty"));
        let entry_choice = self.entry.value();
        let visa_error = if entry_choice == "evisa" {
            w.t("registration_calc.err_evisa_days")
        } else {
            w.t("registration_calc.err_visa_days")
        };
        let entry = EntryBasis::from_answers(&entry_choice, &self.visa_days.value());
        self.visa_days.group.set_error(entry.is_err().then_some(visa_error));
        let accommodation = Accommodation::from_answer(&self.accommodation.value());
        let (arrival, departure, entry) = (arrival?, departure?, entry.map_err(|_| ())?);
        let (Some(citizenship), Some(arrival), Some(departure), Some(entry), Some(accommodation)) =
            (Citizenship::parse(&self.citizenship.value()), arrival, departure, entry, accommodation)
        else {
            return Ok(None);
        };
        let input = RegistrationInput {
            citizenship,
            arrival,
            stay: PlannedStay::Until(departure),
            accommodation,
            entry,
            moved: None,
        };
        registration(&input, today_in_baku(), WorkingCalendar::published()).map(Some).map_err(|e| {
            match e {
                RegistrationError::DepartureBeforeArrival => {
                    self.departure.group.set_error(Some(w.t("registration_calc.err_departure_before_arrival")))
                }
                RegistrationError::StayTooLong => {
                    self.departure.group.set_error(Some(w.t("registration_calc.err_stay_too_long")))
                }
                RegistrationError::VisaStayOutOfRange { .. } => self.visa_days.group.set_error(Some(visa_error)),
                // No move is asked here.
                RegistrationError::MoveBeforeArrival | RegistrationError::MoveAfterDeparture => {}
            }
        })
    }

    fn show_result(&self, r: &RegistrationResult) {
        let w = &self.w;
        let yes_no = if r.needed { w.t("calc_common.yes") } else { w.t("calc_common.no") };
        let explained = if r.needed { w.t("registration_calc.needed_yes") } else { w.t("registration_calc.needed_no") };
        let needed = format!("{yes_no} {explained}");
        let (stay_days, threshold) = (r.stay_days.to_string(), r.threshold.to_string());
        let mut rows = vec![
            (w.t("registration_calc.needed_label"), needed),
            (w.t("registration_calc.stay_days_label"), stay_days),
            (w.t("registration_calc.threshold_label"), threshold),
        ];
        let mut day_off_row = None;
        if r.needed {
            let left = if r.deadline.days_left < 0 {
                w.t("registration_calc.late").to_owned()
            } else {
                r.deadline.days_left.to_string()
            };
            let filer = match r.filer {
                Filer::Hotel => w.t("registration_calc.filer_hotel"),
                Filer::Host => w.t("registration_calc.filer_host"),
            };
            // The last day's row, counted from 1, for the note below.
            day_off_row = r.deadline.warn_day_off().then_some(rows.len() + 1);
            rows.extend([
                (w.t("registration_calc.last_day_label"), w.date(r.deadline.last_day.date)),
                (w.t("registration_calc.days_left_label"), left),
                (w.t("registration_calc.filer_label"), filer.to_owned()),
                (w.t("registration_calc.valid_until_label"), w.date(r.valid_until.date)),
            ]);
        }
        rows.extend([
            (w.t("registration_calc.stay_ends_label"), w.date(r.stay_ends.date)),
            (w.t("registration_calc.extension_by_label"), w.date(r.extension_apply_by.date)),
            (w.t("registration_calc.trp_by_label"), w.date(r.trp_apply_by.date)),
        ]);
        let rows: Vec<(&str, &str)> = rows.iter().map(|(l, v)| (*l, v.as_str())).collect();
        let list = summary(&rows);
        // The answer itself in bold, as on the portal.
        if let Ok(Some(first)) = list.query_selector("dd") {
            first.set_text_content(None);
            add(&first, &[&text_el("strong", &[], yes_no)]);
            let _ = first.append_with_str_1(&format!(" {explained}"));
        }
        // A last day on a non-working day says so under the date, as on the portal.
        if let Some(n) = day_off_row
            && let Ok(Some(row)) = list.query_selector(&format!(":scope > div:nth-child({n})"))
        {
            add(&row, &[&text_el("dd", &[("class", "day-off")], w.t("registration_calc.last_day_off"))]);
        }
        add(&self.result, &[&list]);
        if r.departure_after_stay_ends {
            add(&self.result, &[&text_el("p", &[("class", "warning")], w.t("registration_calc.overstay"))]);
        }
        if r.late() {
            let fines = [
                crate::text::fill(
                    w.t("registration_calc.fine_foreigner"),
                    &[("min", &r.fine_foreigner.min_azn.to_string()), ("max", &r.fine_foreigner.max_azn.to_string())],
                ),
                crate::text::fill(
                    w.t("registration_calc.fine_host"),
                    &[("min", &r.fine_host.min_azn.to_string()), ("max", &r.fine_host.max_azn.to_string())],
                ),
            ];
            add(&self.result, &[&text_el(&w.heading(2), &[("class", "minor")], w.t("registration_calc.fine_heading"))]);
            for fine in &fines {
                add(&self.result, &[&text_el("p", &[], fine)]);
            }
        }
        if let Some(years) = r.provisional {
            add(&self.result, &[&provisional_note(w, years)]);
        }
        add(&self.result, &[&basis_list(w, &r.bases()), &indicative(w)]);
    }

    /// The portal's calculator with these answers in its address (its query parameters).
    fn full_calculator(&self) -> String {
        let answers = DeadlineQuery {
            citizenship: self.citizenship.value(),
            arrival: self.arrival.to_query(),
            departure: self.departure.to_query(),
            accommodation: self.accommodation.value(),
            entry: self.entry.value(),
            visa_days: self.visa_days.value(),
            ..DeadlineQuery::default()
        };
        self.w.portal_page(&with_query(&Page::RegistrationDeadline.path(), &answers.pairs()))
    }
}
