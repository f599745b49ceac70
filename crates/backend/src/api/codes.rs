//! Reference codes for what the service makes (applications, drafts, uploads, appointments).

use migrationto_core::api::{Code, CodeKind};

/// A fresh code of `kind` from the operating system's randomness.
pub fn new_code(kind: CodeKind) -> Code {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).expect("the OS provides randomness");
    Code::new(kind, u64::from_le_bytes(bytes))
}
