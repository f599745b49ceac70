//! Dates in Baku and working days under Azerbaijan's published calendars.

pub mod date;
pub mod working_days;
mod year_data;

pub use date::{BakuDate, DateError};
pub use working_days::{DayCounting, NoCalendar, WorkingCalendar};
