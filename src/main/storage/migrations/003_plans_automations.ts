// Plans (with their pre-execution snapshots for rollback and undo), automations, scenes, run traces and
// the history of commands people typed or said (personal data: included in a privacy export).
export default `
CREATE TABLE plans (
  id          TEXT PRIMARY KEY,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  status      TEXT NOT NULL,
  rule_id     TEXT,
  -- The Plan as JSON (steps, conflicts, outcome).
  body        TEXT NOT NULL,
  -- Device values before the plan ran: [{deviceId, capabilityId, value}], for rollback and undo.
  snapshot    TEXT,
  undo_until  INTEGER
);
CREATE INDEX plans_created ON plans (created_at);
CREATE INDEX plans_status ON plans (status);

CREATE TABLE automations (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  enabled     INTEGER NOT NULL DEFAULT 1,
  source      TEXT NOT NULL,
  -- The rule (triggers, conditions, actions, text) as JSON.
  body        TEXT NOT NULL,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);

CREATE TABLE scenes (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  entries     TEXT NOT NULL,
  created_at  INTEGER NOT NULL
);

CREATE TABLE traces (
  id        TEXT PRIMARY KEY,
  at        INTEGER NOT NULL,
  rule_id   TEXT,
  plan_id   TEXT,
  result    TEXT NOT NULL,
  body      TEXT NOT NULL
);
CREATE INDEX traces_rule ON traces (rule_id, at);
CREATE INDEX traces_at ON traces (at);

CREATE TABLE command_history (
  id       INTEGER PRIMARY KEY,
  at       INTEGER NOT NULL,
  actor    TEXT NOT NULL,
  text     TEXT NOT NULL,
  outcome  TEXT NOT NULL,
  plan_id  TEXT
);
CREATE INDEX command_history_at ON command_history (at);
`;
