//! Building blocks of every page. One file per component, named after what it is for.

pub mod basis_list;
pub mod breadcrumbs;
pub mod calculator;
pub mod connection_notices;
pub mod country_select;
pub mod date_fields;
pub mod error_message;
pub mod error_summary;
pub mod footer;
pub mod header;
pub mod language_switcher;
pub mod mark;
pub mod page;
pub mod primary_nav;
pub mod provisional_calendar;
pub mod radios;
pub mod result_actions;
pub mod skip_link;
pub mod text_input;
