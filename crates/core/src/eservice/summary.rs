//! How an answer is shown back on "Check your answers": the app turns each kind of summary
//! into text in the applicant's language (a date in words, a country's name, an option's label).

use super::{Field, Kind};
use crate::calendar::BakuDate;
use crate::districts::{self, District};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Summary {
    /// Nothing was given for an optional question.
    NotGiven,
    /// Shown as typed.
    Text(String),
    Date(BakuDate),
    /// The chosen option's value; its label is `eservice.<service>.<field>.<value>`.
    Choice(&'static str),
    /// A country code or `stateless`.
    Country(String),
    District(&'static District),
    /// A whole number of days.
    Days(u32),
    /// An uploaded file (its name is kept by the app).
    File,
    /// A declaration that was confirmed.
    Confirmed,
}

/// The summary of `value`, the answer to `field`.
pub fn summarise(field: &Field, value: &str) -> Summary {
    let v = value.trim();
    if v.is_empty() {
        return Summary::NotGiven;
    }
    match field.kind {
        Kind::Choice(options) => {
            options.iter().find(|o| **o == v).map_or(Summary::Text(v.to_owned()), |o| Summary::Choice(o))
        }
        Kind::Date | Kind::DateOfBirth | Kind::PastOrToday => {
            BakuDate::parse_iso(v).map_or(Summary::Text(v.to_owned()), Summary::Date)
        }
        Kind::Citizenship => Summary::Country(v.to_owned()),
        Kind::District => districts::find(v).map_or(Summary::Text(v.to_owned()), Summary::District),
        Kind::Days => v.parse().map_or(Summary::Text(v.to_owned()), Summary::Days),
        Kind::Upload | Kind::Photo => Summary::File,
        Kind::Declaration => Summary::Confirmed,
        Kind::DocumentNumber => Summary::Text(crate::validate::document_number(v).unwrap_or_else(|_| v.to_owned())),
        Kind::Phone => Summary::Text(crate::validate::phone(v).unwrap_or_else(|_| v.to_owned())),
        Kind::Fin => Summary::Text(crate::validate::fin(v).unwrap_or_else(|_| v.to_owned())),
        Kind::LatinName | Kind::Email | Kind::Voen | Kind::Text(_) => Summary::Text(v.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eservice::Service;

    fn field(path: &str) -> &'static Field {
        Service::Registration.field(path).unwrap()
    }

    #[test]
    fn answers_are_summarised_by_kind() {
        assert_eq!(summarise(field("person.surname"), " Smith "), Summary::Text("Smith".into()));
        assert_eq!(summarise(field("person.patronymic"), ""), Summary::NotGiven);
        assert_eq!(
            summarise(field("person.date_of_birth"), "1990-01-31"),
            Summary::Date(BakuDate::parse_iso("1990-01-31").unwrap())
        );
        assert_eq!(summarise(field("person.sex"), "female"), Summary::Choice("female"));
        assert_eq!(summarise(field("person.citizenship"), "GB"), Summary::Country("GB".into()));
        assert_eq!(summarise(field("address.district"), "AZ-BA"), Summary::District(districts::find("AZ-BA").unwrap()));
        assert_eq!(summarise(field("entry.visa_days"), "30"), Summary::Days(30));
        assert_eq!(summarise(field("document.number"), "c01x 00t47"), Summary::Text("C01X00T47".into()));
        assert_eq!(summarise(field("host.phone"), "050 123 45 67"), Summary::Text("+994501234567".into()));
        assert_eq!(summarise(field("declaration"), "yes"), Summary::Confirmed);
    }
}
