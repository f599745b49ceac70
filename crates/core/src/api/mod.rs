//! The e-service API's contract as Rust types: what goes over the wire between the app and
//! the backend (`/api/v1`), the codes people type, the error format, and when to retry. The
//! OpenAPI document (`crates/backend/openapi.json`, served at `/api/v1/openapi.json`) describes the same shapes.

pub mod code;
pub mod problem;
pub mod retry;
pub mod wire;

pub use code::{Code, CodeError, CodeKind};
pub use problem::{FieldError, Problem};
pub use wire::*;
