// Areas, devices and settings.
export default `
CREATE TABLE areas (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  floor       TEXT,
  sort_order  INTEGER NOT NULL DEFAULT 0,
  created_at  INTEGER NOT NULL
);
CREATE UNIQUE INDEX areas_name ON areas (name COLLATE NOCASE);

CREATE TABLE devices (
  id            TEXT PRIMARY KEY,
  protocol      TEXT NOT NULL,
  native_id     TEXT NOT NULL,
  name          TEXT NOT NULL,
  -- 1 when the user chose the name / area; otherwise they follow what the device reports.
  user_named    INTEGER NOT NULL DEFAULT 0,
  area_id       TEXT REFERENCES areas (id) ON DELETE SET NULL,
  user_area     INTEGER NOT NULL DEFAULT 0,
  manufacturer  TEXT NOT NULL DEFAULT '',
  model         TEXT NOT NULL DEFAULT '',
  firmware      TEXT,
  capabilities  TEXT NOT NULL DEFAULT '[]',
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
);
CREATE UNIQUE INDEX devices_native ON devices (protocol, native_id);

CREATE TABLE settings (
  key         TEXT PRIMARY KEY,
  value       TEXT NOT NULL,
  updated_at  INTEGER NOT NULL
);
`;
