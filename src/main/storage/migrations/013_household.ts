// The household (Settings → Household): the people the owner invited to sign in to the hub, each a member or a guest
// (with its rooms). Their sessions live with the hub's other sessions (hub/signin.ts), tied to the row's id: removing
// the row ends them.
export default `
CREATE TABLE household_members (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('member', 'guest')),
  rooms TEXT NOT NULL DEFAULT '[]',
  invited_at INTEGER NOT NULL,
  last_seen_at INTEGER
);
`;
