//! Dates in Baku, and working days under Azerbaijan's calendars: the Labour Code's rules for
//! every year, and each year's data (lunar holidays, the Cabinet's swaps) once published.

pub mod date;
#[cfg(test)]
pub(crate) mod fixture;
pub mod labour_code;
pub mod working_days;
pub mod year_data;

pub use date::{BakuDate, DateError};
pub use working_days::{DayCounting, DayStatus, ListedDay, ProvisionalYears, WorkingCalendar};
pub use year_data::YearStatus;
