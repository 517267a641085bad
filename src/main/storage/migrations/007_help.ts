// The knowledge base's search index (SQLite FTS5 over the articles in assets/kb, rebuilt at start when the files
// changed: help_kb holds the hash of what was indexed) and support tickets kept on this computer (the attached
// support bundle is a file next to the database, <data folder>/tickets/<id>.zip).
export default `
CREATE VIRTUAL TABLE help_fts USING fts5(id UNINDEXED, title, tags, body, tokenize = 'porter unicode61');
CREATE TABLE help_kb (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE tickets (
  id TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'sent', 'closed')),
  bundle_file TEXT,
  bundle_bytes INTEGER,
  note TEXT
);
`;
