// The last weather forecast and each calendar's last events (src/main/weather, src/main/calendars), so that after a
// restart without network automations still have the last known value with its true age. One forecast (the home has
// one place); one row per calendar source, removed with the source.
export default `
CREATE TABLE weather_last (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  provider TEXT NOT NULL,
  fetched_at INTEGER NOT NULL,
  forecast TEXT NOT NULL
);
CREATE TABLE calendar_last (
  source_id TEXT PRIMARY KEY,
  fetched_at INTEGER NOT NULL,
  events TEXT NOT NULL
);
`;
