// Current device state, state history and the append-only audit log.
export default `
CREATE TABLE device_state (
  device_id      TEXT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  capability_id  TEXT NOT NULL,
  value          TEXT NOT NULL,
  at             INTEGER NOT NULL,
  PRIMARY KEY (device_id, capability_id)
) WITHOUT ROWID;

CREATE TABLE state_history (
  id             INTEGER PRIMARY KEY,
  device_id      TEXT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  capability_id  TEXT NOT NULL,
  value          TEXT NOT NULL,
  at             INTEGER NOT NULL
);
CREATE INDEX state_history_lookup ON state_history (device_id, capability_id, at);
CREATE INDEX state_history_at ON state_history (at);

CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  at         INTEGER NOT NULL,
  actor      TEXT NOT NULL,
  action     TEXT NOT NULL,
  target     TEXT,
  detail     TEXT,
  prev_hash  TEXT NOT NULL,
  hash       TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
`;
