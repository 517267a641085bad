// Property-based fuzzing of what arrives from outside other than contract requests (issue 16): licence files,
// calendar files and weather services' answers (MQTT announcements and payloads, Zigbee backup files and the Z-Stack
// emulator's serial frames: fuzz.test.ts beside them). Whatever arrives, the
// answer is a result or Hearth's typed error — never another exception, never a hang — and what is read is sane.
// A quick slice runs in `npm test`; HEARTH_FUZZ_RUNS raises it (the soak).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUZZ_RUNS, FUZZ_TIMEOUT_MS, anyText, typedOrValue } from '../../shared/fuzz-kit';
import { HearthError } from '../../shared/errors';
import { issueLicence, trustedKey, verifyLicence, type LicenceTerms } from '../subscriptions/licence';
import { parseIcs } from '../calendars/ics';
import { fetchMetNorway, fetchOpenMeteo } from '../weather/client';




describe('licence files', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const keys = [trustedKey('fuzz', publicKey.export({ type: 'spki', format: 'pem' }).toString())];
  const terms: LicenceTerms = { v: 1, id: 'L-1', customer: 'Fuzz Ltd', tier: 'professional', homes: 3, issuedAt: 1_700_000_000_000, expiresAt: 1_800_000_000_000, trial: false };
  const good = issueLicence(terms, privateKey);

  it('any text pasted or read from a file: a licence or a plain refusal', { timeout: FUZZ_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.constant(good), fc.string().map((s) => `HEARTH1.${s}.${s}`), fc.string().map((s) => JSON.stringify({ licence: s }))), (text) => {
        const r = typedOrValue(() => verifyLicence(text, keys));
        if (r instanceof HearthError) expect(r.message.length).toBeGreaterThan(10);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('a licence with any character changed is refused, or still carries exactly the terms that were signed', { timeout: FUZZ_TIMEOUT_MS }, () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.= {}"';
    fc.assert(
      fc.property(fc.nat(good.length - 1), fc.constantFrom(...alphabet), fc.boolean(), (at, c, insert) => {
        const changed = insert ? good.slice(0, at) + c + good.slice(at) : good.slice(0, at) + c + good.slice(at + 1);
        const r = typedOrValue(() => verifyLicence(changed, keys));
        if (!(r instanceof HearthError)) expect(r.terms).toEqual(terms);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('calendar files', () => {
  const from = Date.UTC(2025, 5, 10);
  const to = Date.UTC(2025, 5, 25);
  const prop = fc.oneof(
    fc.constantFrom('DTSTART:20250611T090000Z', 'DTSTART;VALUE=DATE:20250611', 'DTEND:20250611T100000Z', 'DTSTART;TZID=Nowhere/Else:20250611T090000', 'SUMMARY:Vacation', 'RRULE:FREQ=DAILY;COUNT=5', 'RRULE:FREQ=WEEKLY;BYDAY=MO,WE', 'RRULE:FREQ=HOURLY', 'RRULE:FREQ=MINUTELY', 'RRULE:FREQ=SECONDLY', 'EXDATE:20250612T090000Z', 'DURATION:PT1H', 'BEGIN:VEVENT', 'END:VEVENT', 'BEGIN:VTIMEZONE', 'END:VTIMEZONE', 'UID:x'),
    fc.tuple(fc.constantFrom('DTSTART', 'DTEND', 'RRULE', 'SUMMARY', 'EXDATE', 'DURATION', 'RECURRENCE-ID', 'TZID'), fc.string({ maxLength: 40 })).map(([k, v]) => `${k}:${v}`),
    fc.string({ maxLength: 60 }),
  );
  const calendar = fc.array(fc.array(prop, { maxLength: 8 }), { maxLength: 6 }).map((events) => ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events.flatMap((e) => ['BEGIN:VEVENT', ...e, 'END:VEVENT']), 'END:VCALENDAR'].join('\r\n'));

  it('any calendar text: events inside the window, or a plain refusal — and no calendar takes long to read', { timeout: FUZZ_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(fc.oneof(calendar, anyText), (text) => {
        const t0 = performance.now();
        const r = typedOrValue(() => parseIcs(text, 'fuzz', from, to));
        expect(performance.now() - t0).toBeLessThan(5_000);
        if (!(r instanceof HearthError)) for (const e of r) expect(e.end >= e.start && e.end >= from && e.start <= to).toBe(true);
      }),
      { numRuns: Math.ceil(FUZZ_RUNS / 2) },
    );
  });
});

describe('weather services answering anything', () => {
  let server: Server;
  let body = '';
  let base = '';
  beforeAll(async () => {
    server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const hours = fc.array(fc.oneof(fc.double(), fc.constant(null), fc.integer()), { maxLength: 5 });
  const openMeteo = fc.record({ hourly: fc.record({ time: fc.array(fc.oneof(fc.integer(), fc.double()), { maxLength: 5 }), temperature_2m: hours, precipitation: hours }) }).map((v) => JSON.stringify(v));
  const met = fc
    .array(fc.record({ time: fc.oneof(fc.constant('2025-06-11T09:00:00Z'), fc.string({ maxLength: 25 })), data: fc.record({ instant: fc.record({ details: fc.record({ air_temperature: fc.double() }, { requiredKeys: [] }) }) }) }), { maxLength: 4 })
    .map((timeseries) => JSON.stringify({ properties: { timeseries } }));

  it('Open-Meteo and MET Norway: a forecast of real hours, or an error saying what was wrong', { timeout: FUZZ_TIMEOUT_MS }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(openMeteo, met, anyText), fc.boolean(), async (answer, useMet) => {
        body = answer;
        const at = { lat: 59.91, lon: 10.75 };
        try {
          const f = useMet ? await fetchMetNorway(at, Date.now(), { metNorwayUrl: base, timeoutMs: 5_000 }) : await fetchOpenMeteo(at, Date.now(), { openMeteoUrl: base, timeoutMs: 5_000 });
          expect(f.hours.length).toBeGreaterThan(0);
          for (const h of f.hours) expect(Number.isFinite(h.at)).toBe(true);
        } catch (e) {
          if (!(e instanceof HearthError)) throw new Error(`not a typed error: ${String(e)}`);
        }
      }),
      { numRuns: Math.ceil(FUZZ_RUNS / 2) },
    );
  });
});

