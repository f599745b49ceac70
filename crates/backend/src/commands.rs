//! The commands besides `serve`: demo data for the lookups, and a caseworker's status change
//! and record of a payment received.

use crate::db::Db;
use migrationto_core::api::{ApplicationStatus, Code, CodeKind};
use migrationto_core::calendar::BakuDate;
use rusqlite::params;

/// People the demo lookups know (the README lists them): passport, date of birth,
/// citizenship, address, and the registration's first and last day in days from the day the
/// data is loaded, so the demo never goes stale: a current registration, a past one, and one
/// that ends soon. Loading again replaces them.
pub const DEMO_REGISTRATIONS: &[(&str, &str, &str, &str, i64, i64)] = &[
    ("DEMO12345", "1990-01-31", "GB", "Bakı, Yasamal", -33, 56),
    ("DEMO12345", "1990-01-31", "GB", "Şəki", -190, -162),
    ("DEMO67890", "1988-07-15", "KZ", "Gəncə", -80, 9),
];

pub const DEMO_TRAVEL_BANS: &[(&str, &str, &str)] = &[("DEMO54321", "1985-06-15", "RU")];

/// Loads the demo lookups with their dates counted from `today`.
pub fn load_demo_data(db: &Db, today: BakuDate) -> rusqlite::Result<()> {
    db.run_now(|conn| {
        let tx = conn.transaction()?;
        tx.execute("DELETE FROM registrations WHERE document_number LIKE 'DEMO%'", [])?;
        tx.execute("DELETE FROM travel_bans WHERE document_number LIKE 'DEMO%'", [])?;
        for r in DEMO_REGISTRATIONS {
            let (from, until) = (today.add_days(r.4).to_string(), today.add_days(r.5).to_string());
            tx.execute(
                "INSERT INTO registrations VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![r.0, r.1, r.2, r.3, from, until],
            )?;
        }
        for b in DEMO_TRAVEL_BANS {
            tx.execute("INSERT INTO travel_bans VALUES (?1, ?2, ?3)", params![b.0, b.1, b.2])?;
        }
        tx.commit()
    })
}

/// Adds a status to an application's history, as of `now` (RFC 3339).
pub fn set_status(db: &Db, reference: &str, status: &str, now: &str) -> Result<(), String> {
    let code =
        Code::parse(CodeKind::Application, reference).map_err(|e| format!("not a reference number ({})", e.rule()))?;
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

/// Records that an application's state fee was received, as of `now` (RFC 3339): the
/// caseworker gives the payment reference (`P…`) or the application's (`A…`). Marking a
/// paid application again keeps the first date.
pub fn mark_paid(db: &Db, reference: &str, now: &str) -> Result<String, String> {
    let payment = Code::parse(CodeKind::Payment, reference)
        .or_else(|_| Code::parse(CodeKind::Application, reference).map(|c| c.as_kind(CodeKind::Payment)))
        .map_err(|e| format!("not a payment or application reference ({})", e.rule()))?;
    let changed = db
        .run_now(|conn| {
            conn.execute(
                "UPDATE applications SET paid_at = COALESCE(paid_at, ?2) WHERE payment_reference = ?1",
                params![payment.to_string(), now],
            )
        })
        .map_err(|e| e.to_string())?;
    if changed == 1 {
        Ok(payment.to_string())
    } else {
        Err(format!("no application with a fee to pay under {payment}"))
    }
}

/// Writes a consistent copy of the database to `to` (a new file), even while the server runs
/// and writes: SQLite's `VACUUM INTO` reads one snapshot. To restore, stop the server and put
/// the copy in place of `migrationto.sqlite3` in the data folder.
pub fn backup(db: &Db, to: &std::path::Path) -> Result<(), String> {
    if to.exists() {
        return Err(format!("{} exists; a backup is written to a new file", to.display()));
    }
    let target = to.to_str().ok_or_else(|| format!("{}: not a UTF-8 path", to.display()))?.to_owned();
    db.run_now(|conn| conn.execute("VACUUM INTO ?1", [&target])).map(|_| ()).map_err(|e| format!("backup: {e}"))
}
