// Privacy: consent history, commands said (their text, for undo and "recent"), the anchor that keeps the
// audit chain verifiable after retention removes its oldest entries, and indexes for retention by age.
export default `
CREATE TABLE consent_events (
  id            INTEGER PRIMARY KEY,
  purpose       TEXT NOT NULL,
  granted       INTEGER NOT NULL,
  text_version  TEXT NOT NULL,
  at            INTEGER NOT NULL,
  actor         TEXT NOT NULL
);
CREATE INDEX consent_events_purpose ON consent_events (purpose, id);
CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events
BEGIN SELECT RAISE(ABORT, 'consent_events is append-only'); END;

CREATE TABLE audit_anchor (
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  hash     TEXT NOT NULL,
  removed  INTEGER NOT NULL,
  at       INTEGER NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
`;
