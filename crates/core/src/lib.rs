//! Pure domain logic of the portal, shared by the web app and the reference backend.
//!
//! Nothing here touches the network, the DOM or the clock, so every rule is unit-tested
//! natively and runs the same in the browser and on the server.

pub mod answers_query;
pub mod api;
pub mod basis;
pub mod calendar;
pub mod centres;
pub mod citizenship;
pub mod content;
pub mod districts;
pub mod embed;
pub mod eservice;
pub mod fees;
pub mod ics;
pub mod locale;
pub mod negotiate;
pub mod page;
pub mod path;
pub mod registration;
pub mod search;
pub mod section;
pub mod stay;
pub mod text;
mod tsv;
pub mod upload;
pub mod validate;
pub mod visa_free;

pub use locale::Lang;
pub use section::Section;
