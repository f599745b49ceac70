//! The commands besides `serve`: demo data for the lookups, and a caseworker's status change.

use crate::db::Db;
use migrationto_core::api::{ApplicationStatus, Code, CodeKind};
use rusqlite::params;

/// People the demo lookups know (the README lists them). Loading again replaces them.
pub const DEMO_REGISTRATIONS: &[(&str, &str, &str, &str, &str, &str)] = &[
    ("DEMO12345", "1990-01-31", "GB", "Bakı, Yasamal", "2026-11-02", "2027-01-30"),
    ("DEMO12345", "1990-01-31", "GB", "Şəki", "2026-06-01", "2026-06-29"),
    ("DEMO67890", "1988-07-15", "KZ", "Gəncə", "2026-10-20", "2027-01-17"),
];

pub const DEMO_TRAVEL_BANS: &[(&str, &str, &str)] = &[("DEMO54321", "1985-06-15", "RU")];

pub fn load_demo_data(db: &Db) -> rusqlite::Result<()> {
    db.run_now(|conn| {
        let tx = conn.transaction()?;
        tx.execute("DELETE FROM registrations WHERE document_number LIKE 'DEMO%'", [])?;
        tx.execute("DELETE FROM travel_bans WHERE document_number LIKE 'DEMO%'", [])?;
        for r in DEMO_REGISTRATIONS {
            tx.execute("INSERT INTO registrations VALUES (?1, ?2, ?3, ?4, ?5, ?6)", params![r.0, r.1, r.2, r.3, r.4, r.5])?;
        }
        for b in DEMO_TRAVEL_BANS {
            tx.execute("INSERT INTO travel_bans VALUES (?1, ?2, ?3)", params![b.0, b.1, b.2])?;
        }
        tx.commit()
    })
}

/// Adds a status to an application's history, as of `now` (RFC 3339).
pub fn set_status(db: &Db, reference: &str, status: &str, now: &str) -> Result<(), String> {
    let code = Code::parse(CodeKind::Application, reference).map_err(|e| format!("not a reference number ({})", e.rule()))?;
    let status = ApplicationStatus::from_id(status).ok_or_else(|| format!("unknown status {status}"))?;
    let changed = db
        .run_now(|conn| {
            conn.execute(
                "INSERT INTO status_history (application_id, status, at)
                 SELECT id, ?2, ?3 FROM applications WHERE reference = ?1",
                params![code.to_string(), status.id(), now],
            )
        })
        .map_err(|e| e.to_string())?;
    if changed == 1 { Ok(()) } else { Err(format!("no application {code}")) }
}
