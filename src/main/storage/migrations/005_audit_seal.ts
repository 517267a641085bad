// The audit log's chain is anchored outside the database: its start and newest entry are sealed with the other
// secrets (see storage/audit.ts). `sealed` says a seal was made for this database, so a seal that later goes
// missing is reported instead of being taken afresh from whatever the table then holds.
export default `
ALTER TABLE audit_anchor ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0;
`;
