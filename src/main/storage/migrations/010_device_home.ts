// Which home a device belongs to: 'demo' (the demo home's simulated radios) or 'real' (the person's sticks, broker,
// Matter on the home network). Hearth loads, counts and shows only the running home's devices, so switching
// homes loses neither. Devices from before this was kept have none: the first home that runs claims them.
export default `
ALTER TABLE devices ADD COLUMN home TEXT CHECK (home IN ('demo', 'real'));
CREATE INDEX devices_home ON devices (home);
`;
