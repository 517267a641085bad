// The test key pair's private half: for tests and the development licence script only (never trusted by the app
// unless HEARTH_TEST_LICENCES=1; see ../keys.ts).
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';

export function testPrivateKey(): KeyObject {
  return createPrivateKey(readFileSync(new URL('./test-private.pem', import.meta.url)));
}
