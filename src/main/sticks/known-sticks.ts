// The known-stick table (assets/usb-sticks.json) and matching a serial port against it.
import { z } from 'zod';
import table from '../../../assets/usb-sticks.json';
import type { Stick } from '../../shared/contract';

const Entry = z.object({
  name: z.string(),
  vendorId: z.string().regex(/^[0-9a-f]{4}$/),
  productId: z.string().regex(/^[0-9a-f]{4}$/),
  match: z.array(z.string()).default([]),
  exclude: z.array(z.string()).default([]),
  protocol: z.enum(['zigbee', 'zwave']),
  driver: z.string(),
  chip: z.string().optional(),
  confidence: z.enum(['high', 'medium', 'low']),
  note: z.string().optional(),
  rtscts: z.boolean().optional(),
  baudRate: z.number().int().optional(),
});
type Entry = z.infer<typeof Entry>;

/** Most specific first: entries with more words to match are tried before bare id matches. */
const KNOWN_STICKS: Entry[] = z
  .object({ sticks: z.array(Entry) })
  .parse(table)
  .sticks.map((e, i) => ({ e, i }))
  .sort((a, b) => b.e.match.length - a.e.match.length || a.i - b.i)
  .map(({ e }) => e);

/** What serialport's list() reports for a port. */
export interface PortInfo {
  path: string;
  manufacturer?: string | undefined;
  serialNumber?: string | undefined;
  pnpId?: string | undefined;
  vendorId?: string | undefined;
  productId?: string | undefined;
}

const USB_SERIAL = /tty(USB|ACM)|cu\.|COM\d+/i;

/** Serial ports that could be a radio stick: USB ones (built-in UARTs like /dev/ttyS0 are left out). */
export function isCandidate(p: PortInfo): boolean {
  return Boolean(p.vendorId) || USB_SERIAL.test(p.path);
}

export function identify(p: PortInfo): Stick {
  const vid = p.vendorId?.toLowerCase() ?? null;
  const pid = p.productId?.toLowerCase() ?? null;
  const text = [p.manufacturer, p.pnpId, p.path].filter(Boolean).join(' ').toLowerCase();
  const hit = KNOWN_STICKS.find(
    (e) => e.vendorId === vid && e.productId === pid && e.match.every((w) => text.includes(w)) && !e.exclude.some((w) => text.includes(w)),
  );
  const stablePath = p.pnpId ? `/dev/serial/by-id/${p.pnpId}` : null;
  const base = {
    path: p.path,
    stablePath,
    manufacturer: p.manufacturer ?? null,
    serialNumber: p.serialNumber ?? null,
    vendorId: vid,
    productId: pid,
  };
  if (!hit) {
    return {
      ...base,
      name: p.manufacturer ? `${p.manufacturer} USB serial device` : 'Unknown USB serial device',
      protocol: null,
      driver: null,
      confidence: 'none',
      chip: null,
      note: null,
      rtscts: null,
      baudRate: null,
    };
  }
  return {
    ...base,
    name: hit.name,
    protocol: hit.protocol,
    driver: hit.driver,
    confidence: hit.confidence,
    chip: hit.chip ?? null,
    note: hit.note ?? null,
    rtscts: hit.rtscts ?? null,
    baudRate: hit.baudRate ?? null,
  };
}
