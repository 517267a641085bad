// A small demo-home run of Hearth's Matter stack: the five virtual devices and the controller, commissioned by
// pairing code (mDNS on loopback), one command each, then everything stopped. Used by matter-leak-check.sh.
// Run it only inside a network namespace (netns-run.sh or matter-leak-check.sh).
import { execSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMatterIntegration, setMatterLogLevel, startVirtualHome, stopVirtualHome } from '../src/protocols/matter';

setMatterLogLevel('fatal');
const dir = await mkdtemp(join(tmpdir(), 'hearth-matter-demo-'));
const hearth = createMatterIntegration({ dataDir: join(dir, 'hearth') });
let home: Awaited<ReturnType<typeof startVirtualHome>> = [];
try {
  home = await startVirtualHome(join(dir, 'devices'));
  await hearth.start();
  for (const d of home) {
    const added = await hearth.facets.commissioning.commission({ code: d.pairing.manualPairingCode, discoveryTimeoutMs: 10_000 });
    const writable = added.capabilities.find((c) => c.writable);
    if (writable?.kind === 'onOff') await hearth.command(added.nativeId, writable.id, true);
    if (writable?.kind === 'level') await hearth.command(added.nativeId, writable.id, 40);
    if (writable?.kind === 'setpoint') await hearth.command(added.nativeId, writable.id, 21);
    console.log(`added ${d.id}: ${added.capabilities.map((c) => c.id).join(', ')}`);
  }
  console.log(execSync('ss -uanp').toString());
  console.log(execSync('cat /proc/net/igmp').toString());
  for (const d of hearth.devices()) await hearth.facets.remove.remove(d.nativeId, { force: false });
} finally {
  await stopVirtualHome(home); // devices first, while their controller still answers
  await hearth.stop();
  await rm(dir, { recursive: true, force: true });
}
console.log('demo scenario done');
