// Health alerts: what the person dismissed or snoozed, by the alert's stable id (kind and subject).
export default `
CREATE TABLE health_alerts (
  id             TEXT PRIMARY KEY,
  dismissed_at   INTEGER,
  snoozed_until  INTEGER,
  updated_at     INTEGER NOT NULL
);
`;
