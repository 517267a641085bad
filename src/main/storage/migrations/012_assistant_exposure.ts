// Which devices each voice assistant (Alexa, Google Assistant, Apple Home) may see and control: one row per device
// and assistant the person chose. Nothing is exposed until chosen; a removed device's rows go with it.
export default `
CREATE TABLE assistant_exposure (
  assistant TEXT NOT NULL CHECK (assistant IN ('alexa', 'google', 'homekit')),
  device_id TEXT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  exposed_at INTEGER NOT NULL,
  PRIMARY KEY (assistant, device_id)
);
CREATE INDEX assistant_exposure_device ON assistant_exposure (device_id);
`;
