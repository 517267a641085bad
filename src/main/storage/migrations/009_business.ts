// The subscription ledger imported on the Business screen (Enterprise): its rows as read, replaced whole by the
// next import, and which file it came from.
export default `
CREATE TABLE business_ledger (
  line INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  customer TEXT NOT NULL,
  event TEXT NOT NULL CHECK (event IN ('start', 'upgrade', 'downgrade', 'cancel')),
  tier TEXT,
  cycle TEXT,
  amount_cents INTEGER,
  imported_at INTEGER NOT NULL
);
CREATE TABLE business_ledger_file (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL,
  imported_at INTEGER NOT NULL,
  rows INTEGER NOT NULL
);
`;
