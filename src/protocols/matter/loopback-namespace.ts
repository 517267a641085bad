// Detects whether this process runs inside a private network namespace whose only interface is loopback
// (see scripts/netns-run.sh). Matter integration tests run only there, so they can never leak packets.
// /proc/net/dev is per network namespace; /sys/class/net is not (it shows the namespace sysfs was mounted in).
import { readFileSync } from 'node:fs';

export type NamespaceCheck = { ok: true } | { ok: false; reason: string };

/** Interface names from /proc/net/dev (Linux), or undefined elsewhere. */
export function linuxInterfaces(procNetDev?: string): string[] | undefined {
  let text = procNetDev;
  if (text === undefined) {
    try {
      text = readFileSync('/proc/net/dev', 'utf8');
    } catch {
      return undefined;
    }
  }
  return text
    .split('\n')
    .slice(2)
    .map((line) => line.split(':')[0]!.trim())
    .filter((name) => name.length > 0);
}

export function checkLoopbackOnlyNamespace(procNetDev?: string): NamespaceCheck {
  const interfaces = linuxInterfaces(procNetDev);
  if (interfaces === undefined) return { ok: false, reason: 'not Linux (no /proc/net/dev)' };
  const others = interfaces.filter((i) => i !== 'lo');
  if (others.length > 0) return { ok: false, reason: `network interfaces other than lo exist: ${others.join(', ')}` };
  if (!interfaces.includes('lo')) return { ok: false, reason: 'no loopback interface' };
  return { ok: true };
}
