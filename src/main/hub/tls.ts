// HTTPS for a hub bound beyond this computer: a self-signed certificate made once and kept in the data
// folder (the certificate in tls/hub-cert.pem, its private key sealed in the SecretStore), renewed when it
// nears expiry or no longer names the address the hub listens on.
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import type { SecretStore } from '../secrets';

export interface HubTls {
  cert: string;
  key: string;
  /** SHA-256 fingerprint, printed so the user can check what the browser shows before trusting it. */
  fingerprint: string;
  /** The host names and addresses the certificate names: the only Host a browser may send. */
  names: string[];
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const KEY_SECRET = 'hub.tlsKey';
const VALID_DAYS = 397;
const RENEW_BEFORE_MS = 30 * 86_400_000;

/** Plain HTTP is for this computer only; any other bind address gets HTTPS. */
export function needsTls(host: string): boolean {
  return !LOOPBACK.has(host);
}

/** The names a browser may use to reach the hub on `host` (all local addresses for a wildcard bind). */
export function namesFor(host: string): { dns: string[]; ips: string[] } {
  const ips = new Set(['127.0.0.1', '::1']);
  const dns = new Set(['localhost']);
  if (host === '0.0.0.0' || host === '::') {
    for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) ips.add(a.address.replace(/%.*$/, ''));
    dns.add(hostname());
  } else if (isIP(host)) ips.add(host);
  else dns.add(host);
  return { dns: [...dns], ips: [...ips] };
}

function fits(pem: string, host: string, now: number): boolean {
  try {
    const x = new X509Certificate(pem);
    if (Date.parse(x.validTo) - now < RENEW_BEFORE_MS) return false;
    const { dns, ips } = namesFor(host);
    return ips.every((ip) => x.checkIP(ip) !== undefined) && dns.every((d) => x.checkHost(d) !== undefined);
  } catch {
    return false;
  }
}

export async function hubCertificate(dataDir: string, secrets: SecretStore, host: string, now = Date.now()): Promise<HubTls> {
  const certFile = join(dataDir, 'tls', 'hub-cert.pem');
  const storedKey = secrets.get(KEY_SECRET)?.toString('utf8');
  if (storedKey && existsSync(certFile)) {
    const cert = readFileSync(certFile, 'utf8');
    if (fits(cert, host, now)) return { cert, key: storedKey, fingerprint: new X509Certificate(cert).fingerprint256, names: allNames(host) };
  }
  const { dns, ips } = namesFor(host);
  // selfsigned (and its ASN.1 libraries, ~60 modules) loads only when a certificate is made: never on loopback.
  const { generate } = await import('selfsigned');
  const made = await generate([{ name: 'commonName', value: `Hearth hub (${hostname()})` }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 60_000),
    notAfterDate: new Date(now + VALID_DAYS * 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [...dns.map((value) => ({ type: 2 as const, value })), ...ips.map((ip) => ({ type: 7 as const, ip }))] },
    ],
  });
  secrets.set(KEY_SECRET, Buffer.from(made.private, 'utf8'));
  mkdirSync(join(dataDir, 'tls'), { recursive: true, mode: 0o700 });
  writeFileSync(certFile, made.cert, { mode: 0o644 });
  return { cert: made.cert, key: made.private, fingerprint: new X509Certificate(made.cert).fingerprint256, names: allNames(host) };
}

function allNames(host: string): string[] {
  const { dns, ips } = namesFor(host);
  return [...dns, ...ips];
}

/** The addresses other computers can use for a hub bound to `host` (a wildcard bind: each interface's address). */
export function reachableAddresses(host: string): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [host];
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) {
      if (a.internal || (host === '0.0.0.0' && a.family !== 'IPv4')) continue;
      // Link-local IPv6 addresses need a zone a browser address cannot carry well: leave them out.
      if (a.family === 'IPv6' && a.address.toLowerCase().startsWith('fe80')) continue;
      out.push(a.address);
    }
  }
  return out;
}
