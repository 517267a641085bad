// What a support bundle may not carry, turned into stable hashes: network keys, DSKs, tokens (secrets), device
// and room names, locations and command text. A hash is an HMAC with a salt made for this bundle, so the same
// name is the same hash everywhere in one bundle (support can follow a device through the logs) and cannot be
// looked up or matched across bundles.
import { createHmac, randomBytes } from 'node:crypto';

/** Object keys whose values are personal or secret whatever they hold. */
const SENSITIVE_KEYS = /^(name|names|room|rooms|area|areaName|floor|location|latitude|longitude|lat|lon|lng|address|command|commands|text|utterance|said|summary|dsk|pin|key|keys|networkKey|token|secret|password|passphrase|qr|label)$/i;
/** A Z-Wave DSK, whole or two or more of its five-digit groups. */
const DSK = /\b\d{5}(?:-\d{5}){1,7}\b/g;
/** A SmartStart QR code (90 followed by digits). */
const QR = /\b90\d{50,}\b/g;

export interface RedactorInput {
  /** Secret bytes (network keys, tokens, database keys, passwords): found in any spelling (hex in any case, base64, byte lists, and as text when they are text). */
  secrets: Uint8Array[];
  /** Secret text (tokens as issued). */
  secretTexts?: string[];
  /** Personal words: device, room and floor names, command text, places. */
  names: string[];
  salt?: Buffer;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class Redactor {
  readonly #salt: Buffer;
  readonly #patterns: RegExp[] = [];
  readonly #names: RegExp | null;

  constructor(input: RedactorInput) {
    this.#salt = input.salt ?? randomBytes(32);
    for (const s of input.secrets.filter((b) => b.length >= 4)) {
      const bytes = [...s];
      this.#patterns.push(new RegExp(`(?:0x)?${bytes.map((b) => b.toString(16).padStart(2, '0')).join('(?:[\\s:,-]*(?:0x)?)')}`, 'gi'));
      this.#patterns.push(new RegExp(`(?<!\\d)${bytes.join('\\s*,\\s*')}(?!\\d)`, 'g'));
      const b = Buffer.from(s);
      for (const enc of [b.toString('base64'), b.toString('base64url')]) this.#patterns.push(new RegExp(escape(enc.replace(/=+$/, '')), 'g'));
      // A secret that is text (a broker's password) turns up in logs as itself.
      const text = b.toString('utf8');
      if (!text.includes('\ufffd') && /^[^\p{Cc}]{4,}$/u.test(text)) this.#patterns.push(new RegExp(escape(text), 'g'));
    }
    for (const t of input.secretTexts ?? []) if (t.length >= 4) this.#patterns.push(new RegExp(escape(t), 'g'));
    this.#patterns.push(DSK, QR);
    const names = [...new Set(input.names.map((n) => n.trim()).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
    this.#names = names.length ? new RegExp(names.map(escape).join('|'), 'gi') : null;
  }

  /** The stable hash of a value within this bundle. */
  hash(value: string): string {
    return `#${createHmac('sha256', this.#salt).update(value.toLowerCase()).digest('hex').slice(0, 12)}`;
  }

  /** Free text (a log message) with every secret and name replaced by its hash. */
  text(s: string): string {
    let out = s;
    for (const p of this.#patterns) out = out.replace(p, (m) => this.hash(m.replace(/[^0-9a-z]/gi, '')));
    if (this.#names) out = out.replace(this.#names, (m) => this.hash(m));
    return out;
  }

  /** A JSON value with sensitive fields hashed whole and every string searched as text. */
  value(v: unknown, key?: string): unknown {
    if (v === null || v === undefined || typeof v === 'boolean') return v;
    if (key !== undefined && SENSITIVE_KEYS.test(key)) return typeof v === 'string' || typeof v === 'number' ? this.hash(String(v)) : this.hash(JSON.stringify(v));
    if (typeof v === 'string') return this.text(v);
    if (typeof v === 'number') return v;
    if (Array.isArray(v)) return v.map((x) => this.value(x));
    if (typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = this.value(x, k);
      return out;
    }
    return this.text(String(v));
  }
}
