//! The SQLite database: one file in the data directory, WAL mode, schema migrations applied
//! at start. One connection behind a mutex serialises writes, which is what makes idempotent
//! submissions and slot bookings exact under concurrent requests.

use rusqlite::{Connection, OptionalExtension, params};
use std::path::Path;
use std::sync::{Arc, Mutex};

/// Each step moves the schema one version on; `PRAGMA user_version` records how far a
/// database has come. Never edit a step once released: add a new one.
const MIGRATIONS: &[&str] = &[
    // 1: applications, their status history, uploads, drafts, appointments, lookups' data,
    // and the replies remembered for idempotency keys.
    "CREATE TABLE applications (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        service TEXT NOT NULL,
        lang TEXT NOT NULL,
        answers TEXT NOT NULL,
        document_number TEXT NOT NULL,
        date_of_birth TEXT NOT NULL,
        citizenship TEXT NOT NULL,
        received_at TEXT NOT NULL
    );
    CREATE INDEX applications_person ON applications (document_number, date_of_birth, citizenship);
    CREATE TABLE status_history (
        application_id INTEGER NOT NULL REFERENCES applications (id),
        status TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE INDEX status_history_application ON status_history (application_id);
    CREATE TABLE uploads (
        id TEXT PRIMARY KEY,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        content BLOB NOT NULL,
        uploaded_at TEXT NOT NULL
    );
    CREATE TABLE drafts (
        code TEXT PRIMARY KEY,
        service TEXT NOT NULL,
        date_of_birth TEXT NOT NULL,
        answers TEXT NOT NULL,
        expires_on TEXT NOT NULL
    );
    CREATE TABLE appointments (
        code TEXT PRIMARY KEY,
        centre TEXT NOT NULL,
        date TEXT NOT NULL,
        time TEXT NOT NULL,
        name TEXT NOT NULL,
        phone TEXT NOT NULL,
        email TEXT NOT NULL,
        booked_at TEXT NOT NULL,
        cancelled_at TEXT
    );
    CREATE UNIQUE INDEX appointments_one_per_slot ON appointments (centre, date, time)
        WHERE cancelled_at IS NULL;
    CREATE TABLE registrations (
        document_number TEXT NOT NULL,
        date_of_birth TEXT NOT NULL,
        citizenship TEXT NOT NULL,
        district TEXT NOT NULL,
        valid_from TEXT NOT NULL,
        valid_until TEXT NOT NULL
    );
    CREATE INDEX registrations_person ON registrations (document_number, date_of_birth, citizenship);
    CREATE TABLE travel_bans (
        document_number TEXT NOT NULL,
        date_of_birth TEXT NOT NULL,
        citizenship TEXT NOT NULL
    );
    CREATE TABLE idempotency (
        scope TEXT NOT NULL,
        key TEXT NOT NULL,
        request TEXT NOT NULL,
        status INTEGER NOT NULL,
        reply TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (scope, key)
    );",
    // 2: the state fee of an application: the payment reference to quote, the amount when the
    // portal knows it, and when the payment was received.
    "ALTER TABLE applications ADD COLUMN payment_reference TEXT;
    ALTER TABLE applications ADD COLUMN fee_azn INTEGER;
    ALTER TABLE applications ADD COLUMN paid_at TEXT;
    CREATE UNIQUE INDEX applications_payment ON applications (payment_reference);",
];

/// The database, shared by every request.
#[derive(Clone)]
pub struct Db(Arc<Mutex<Connection>>);

impl Db {
    /// Opens (or creates) `dir/migrationto.sqlite3` and brings its schema up to date.
    pub fn open(dir: &Path) -> rusqlite::Result<Db> {
        std::fs::create_dir_all(dir).map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
        let mut conn = Connection::open(dir.join("migrationto.sqlite3"))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        migrate(&mut conn)?;
        Ok(Db(Arc::new(Mutex::new(conn))))
    }

    /// Runs `f` with the connection on a blocking thread, so the async workers stay free.
    pub async fn run<T, F>(&self, f: F) -> rusqlite::Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> rusqlite::Result<T> + Send + 'static,
    {
        let db = self.0.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = db.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            f(&mut conn)
        })
        .await
        .expect("database task panicked")
    }

    /// The same, for commands that run outside the server.
    pub fn run_now<T>(&self, f: impl FnOnce(&mut Connection) -> rusqlite::Result<T>) -> rusqlite::Result<T> {
        let mut conn = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&mut conn)
    }
}

/// Deletes what nobody can use any more: drafts past their last day (`today`, `YYYY-MM-DD`), and
/// uploads made before `uploaded_before` (RFC 3339) that no application and no draft refers to.
/// Returns how many drafts and uploads went.
pub fn purge(conn: &mut Connection, today: &str, uploaded_before: &str) -> rusqlite::Result<(usize, usize)> {
    let tx = conn.transaction()?;
    let drafts = tx.execute("DELETE FROM drafts WHERE expires_on < ?1", [today])?;
    let uploads = tx.execute(
        "DELETE FROM uploads WHERE uploaded_at < ?1
           AND NOT EXISTS (SELECT 1 FROM applications a WHERE instr(a.answers, uploads.id) > 0)
           AND NOT EXISTS (SELECT 1 FROM drafts d WHERE instr(d.answers, uploads.id) > 0)",
        [uploaded_before],
    )?;
    tx.commit()?;
    Ok((drafts, uploads))
}

fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    let version: usize = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for (i, step) in MIGRATIONS.iter().enumerate().skip(version) {
        let tx = conn.transaction()?;
        tx.execute_batch(step)?;
        tx.pragma_update(None, "user_version", i + 1)?;
        tx.commit()?;
    }
    Ok(())
}

/// A remembered reply to a write, found by its idempotency key.
pub struct Remembered {
    pub request: String,
    pub status: u16,
    pub reply: String,
}

pub fn remembered(conn: &Connection, scope: &str, key: &str) -> rusqlite::Result<Option<Remembered>> {
    conn.query_row(
        "SELECT request, status, reply FROM idempotency WHERE scope = ?1 AND key = ?2",
        params![scope, key],
        |r| Ok(Remembered { request: r.get(0)?, status: r.get(1)?, reply: r.get(2)? }),
    )
    .optional()
}

pub fn remember(
    conn: &Connection,
    scope: &str,
    key: &str,
    request: &str,
    status: u16,
    reply: &str,
    now: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO idempotency (scope, key, request, status, reply, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![scope, key, request, status, reply, now],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_run_once_and_data_survives_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(dir.path()).unwrap();
        db.run_now(|c| c.execute("INSERT INTO travel_bans VALUES ('X1', '1990-01-01', 'GB')", [])).unwrap();
        drop(db);
        let db = Db::open(dir.path()).unwrap();
        let (n, version, mode): (i64, i64, String) = db
            .run_now(|c| {
                Ok((
                    c.query_row("SELECT count(*) FROM travel_bans", [], |r| r.get(0))?,
                    c.query_row("PRAGMA user_version", [], |r| r.get(0))?,
                    c.query_row("PRAGMA journal_mode", [], |r| r.get(0))?,
                ))
            })
            .unwrap();
        assert_eq!((n, version as usize, mode.as_str()), (1, MIGRATIONS.len(), "wal"));
    }
}
