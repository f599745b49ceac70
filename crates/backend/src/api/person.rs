//! The identity a status lookup asks about.

use super::error::ApiError;
use migrationto_core::api::FieldError;
use migrationto_core::calendar::BakuDate;

/// The identity a lookup asks about, checked with the core's validators; each bad part is a
/// field error at its name.
pub struct Person {
    pub document_number: String,
    pub date_of_birth: String,
    pub citizenship: String,
}

impl Person {
    pub fn from_lookup(lookup: &migrationto_core::api::PersonLookup, today: BakuDate) -> Result<Person, ApiError> {
        use migrationto_core::validate;
        let mut errors = Vec::new();
        let document_number = validate::document_number(&lookup.passport_number)
            .map_err(|r| errors.push(FieldError::new("passport_number", r)))
            .ok();
        let date_of_birth = validate::date_of_birth(&lookup.date_of_birth, today)
            .map_err(|r| errors.push(FieldError::new("date_of_birth", r)))
            .ok();
        let citizenship =
            validate::citizenship(&lookup.citizenship).map_err(|r| errors.push(FieldError::new("citizenship", r))).ok();
        match (document_number, date_of_birth, citizenship) {
            (Some(n), Some(d), Some(c)) => {
                Ok(Person { document_number: n, date_of_birth: d.to_string(), citizenship: c.to_string() })
            }
            _ => Err(ApiError::fields(errors)),
        }
    }
}
