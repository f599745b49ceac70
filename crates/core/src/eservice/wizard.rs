//! Moving through a form one step at a time: which steps are asked given the answers so far,
//! what comes before and after a step, "Step 3 of 9", and what is wrong on one step.

use super::{Answers, Kind, Service, Step, check_fields, shown, sound};
use crate::api::FieldError;
use crate::calendar::BakuDate;

/// The steps asked, given the answers so far, in order.
pub fn visible_steps(service: Service, answers: &Answers) -> Vec<&'static Step> {
    service.steps().iter().filter(|s| shown(s.when, answers) && s.fields.iter().any(|f| f.is_shown(answers))).collect()
}

/// The step after `current`, or `None` when the next page is "Check your answers".
pub fn next_step(service: Service, current: &str, answers: &Answers) -> Option<&'static Step> {
    let steps = visible_steps(service, answers);
    let at = steps.iter().position(|s| s.id == current)?;
    steps.get(at + 1).copied()
}

/// The step before `current`, or `None` on the first.
pub fn previous_step(service: Service, current: &str, answers: &Answers) -> Option<&'static Step> {
    let steps = visible_steps(service, answers);
    let at = steps.iter().position(|s| s.id == current)?;
    at.checked_sub(1).map(|i| steps[i])
}

/// "Step `n` of `total`" for `current` (counting from 1), if it is asked.
pub fn position(service: Service, current: &str, answers: &Answers) -> Option<(usize, usize)> {
    let steps = visible_steps(service, answers);
    steps.iter().position(|s| s.id == current).map(|i| (i + 1, steps.len()))
}

/// The problems on one step: its fields' own checks, then the comparisons with earlier
/// answers that are reported at one of its fields.
pub fn validate_step(service: Service, step: &Step, answers: &Answers, today: BakuDate) -> Vec<FieldError> {
    let mut errors = check_fields(step.fields.iter(), answers, today);
    errors.extend(
        service
            .cross_checks(&sound(service, answers, today), today)
            .into_iter()
            .filter(|e| step.fields.iter().any(|f| f.path == e.path && f.is_shown(answers))),
    );
    errors
}

/// The first step asked that still has a problem, or `None` when every step is complete
/// (the application can go to "Check your answers").
pub fn first_unfinished(service: Service, answers: &Answers, today: BakuDate) -> Option<&'static Step> {
    visible_steps(service, answers).into_iter().find(|s| !validate_step(service, s, answers, today).is_empty())
}

/// The answers to send: those to questions that are asked, without empty ones. A choice
/// changed on the way (a company host instead of a person) leaves answers behind that no
/// longer apply; they stay in the draft, in case the choice is changed back, but are not sent.
pub fn submittable(service: Service, answers: &Answers) -> Answers {
    visible_steps(service, answers)
        .into_iter()
        .flat_map(|s| s.fields)
        .filter(|f| f.is_shown(answers))
        .filter_map(|f| {
            let v = answers.get(f.path)?.trim();
            (!v.is_empty()).then(|| (f.path.to_owned(), v.to_owned()))
        })
        .collect()
}

/// Reads what was typed into the form: a date is typed in three boxes, kept as
/// `<path>#day`, `<path>#month` and `<path>#year` so nothing typed is lost or reformatted,
/// and read into `YYYY-MM-DD`; every other answer is kept as it is. A date that cannot be
/// read is left out of the answers and reported with its rule (`date.no_such_day`).
pub fn read_typed(service: Service, typed: &Answers) -> (Answers, Vec<FieldError>) {
    let mut answers = Answers::new();
    let mut errors = Vec::new();
    for field in service.fields() {
        if matches!(field.kind, Kind::Date | Kind::DateOfBirth | Kind::PastOrToday) {
            let part = |p: &str| typed.get(&format!("{}#{p}", field.path)).map(String::as_str).unwrap_or("");
            match BakuDate::from_fields(part("day"), part("month"), part("year")) {
                Ok(d) => {
                    answers.insert(field.path.to_owned(), d.to_string());
                }
                Err(crate::calendar::DateError::Empty) => {}
                Err(e) => errors.push(FieldError::new(field.path, e.rule())),
            }
        } else if let Some(v) = typed.get(field.path) {
            answers.insert(field.path.to_owned(), v.clone());
        }
    }
    (answers, errors)
}

/// The typed form of `answers` (the reverse of [`read_typed`]), for answers reopened from a
/// saved draft.
pub fn to_typed(service: Service, answers: &Answers) -> Answers {
    let mut typed = Answers::new();
    for (path, value) in answers {
        let is_date =
            service.field(path).is_some_and(|f| matches!(f.kind, Kind::Date | Kind::DateOfBirth | Kind::PastOrToday));
        match BakuDate::parse_iso(value) {
            Ok(d) if is_date => {
                typed.insert(format!("{path}#day"), d.day().to_string());
                typed.insert(format!("{path}#month"), d.month().to_string());
                typed.insert(format!("{path}#year"), d.year().to_string());
            }
            _ => {
                typed.insert(path.clone(), value.clone());
            }
        }
    }
    typed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(pairs: &[(&str, &str)]) -> Answers {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn dates_typed_in_three_boxes_are_read() {
        let typed = map(&[
            ("person.surname", "Smith"),
            ("person.date_of_birth#day", "31"),
            ("person.date_of_birth#month", "01"),
            ("person.date_of_birth#year", "1990"),
            ("stay.arrival#day", "30"),
            ("stay.arrival#month", "2"),
            ("stay.arrival#year", "2026"),
            ("stay.departure#day", "1"),
        ]);
        let (answers, errors) = read_typed(Service::Registration, &typed);
        assert_eq!(answers, map(&[("person.surname", "Smith"), ("person.date_of_birth", "1990-01-31")]));
        assert_eq!(
            errors,
            vec![
                FieldError::new("stay.arrival", "date.no_such_day"),
                FieldError::new("stay.departure", "date.incomplete")
            ]
        );
        let back = to_typed(Service::Registration, &answers);
        assert_eq!(back.get("person.date_of_birth#month").map(String::as_str), Some("1"));
        assert_eq!(read_typed(Service::Registration, &back).0, answers);
    }
}
