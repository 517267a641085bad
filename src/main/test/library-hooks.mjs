// Module hooks for lazy-stacks.test.ts: prints "LIBRARY <name>" to stderr for every radio library (and serialport)
// that is imported, so a test can tell which of them a start of Hearth loaded.
const LIBRARY = /^(zwave-js|@zwave-js\/[^/]+|zigbee-herdsman(-converters)?|@matter\/[^/]+|@project-chip\/[^/]+|mqtt|serialport|@serialport\/[^/]+)(\/.*)?$/;

export async function resolve(specifier, context, next) {
  const m = LIBRARY.exec(specifier);
  if (m) process.stderr.write(`LIBRARY ${m[1]}\n`);
  return next(specifier, context);
}
