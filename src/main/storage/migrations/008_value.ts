// Value tracking: satisfaction ratings, asked only with the usage-statistics consent and kept on this computer.
// A row with no rating is a prompt that was dismissed ("not now"), so Hearth waits before asking again.
export default `
CREATE TABLE satisfaction_ratings (
  id      INTEGER PRIMARY KEY,
  at      INTEGER NOT NULL,
  rating  INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5)
);
CREATE INDEX satisfaction_ratings_at ON satisfaction_ratings (at);
`;
