//! One file per route, named after the route.

pub mod accessibility;
pub mod appointments;
pub mod article;
pub mod days_of_stay;
pub mod home;
pub mod locale_root;
pub mod not_found;
pub mod offline;
pub mod partners;
pub mod privacy;
pub mod registration_deadline;
pub mod search;
pub mod section;
pub mod shell;
pub mod state_fees;
pub mod status_check;
