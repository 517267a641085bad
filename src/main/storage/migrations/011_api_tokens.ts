// Bearer tokens of the local API (src/main/rest): a name, a scope, a household role (a guest's rooms), and the
// SHA-256 of the secret — never the secret itself, which is shown once when the token is made.
export default `
CREATE TABLE api_tokens (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  scope TEXT NOT NULL CHECK (scope IN ('read', 'control', 'admin')),
  role TEXT NOT NULL CHECK (role IN ('owner', 'member', 'guest')),
  rooms TEXT NOT NULL DEFAULT '[]',
  hash TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_used_at INTEGER
);
`;
