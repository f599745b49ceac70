//! One file per route, named after the route.

pub mod accessibility;
pub mod home;
pub mod locale_root;
pub mod not_found;
pub mod privacy;
pub mod registration_deadline;
pub mod section;
