// Whatever params Google (or anyone holding the relay's token) sends with a command, EXECUTE answers each device with a
// status — never a crash, never an HTTP-level error — and a refusal always carries Google's errorCode. Property-based
// over every command Hearth answers and any JSON, on every kind of device in a premium home through the core.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GoogleExecuteResponse } from '../../../shared/contract';
import { tempDir } from '../../test/temp';
import { assistantHome, type AssistantHome } from '../test-home';
import { COMMANDS } from './execute';

const dir = tempDir('hearth-google-execute-');
const NAMES = ['Thermostat', 'Back Door', 'Bedroom Blind', 'Ceiling Light', 'Colour Bulb', 'Kettle Plug', 'Floor Lamp'];
let h: AssistantHome;

beforeAll(async () => {
  h = await assistantHome(dir, { tier: 'premium' });
  for (const name of NAMES.slice(0, -1)) expect((await h.call('assistants.exposure.set', { assistant: 'google', deviceId: h.id(name), exposed: true })).ok).toBe(true);
});
afterAll(async () => {
  await h.core.stop();
});

describe('Google EXECUTE with any params', () => {
  it('answers every device with a status, and every refusal with an errorCode', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...NAMES),
        fc.oneof(fc.constantFrom(...COMMANDS.map((c) => `action.devices.commands.${c}`)), fc.string({ minLength: 1, maxLength: 40 })),
        fc.dictionary(fc.constantFrom('on', 'brightness', 'brightnessRelativePercent', 'brightnessRelativeWeight', 'color', 'thermostatTemperatureSetpoint', 'thermostatMode', 'thermostatTemperatureRelativeDegree', 'openPercent', 'openRelativePercent', 'lock', 'x'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
        async (name, command, params) => {
          const id = h.id(name);
          const r = await h.call('assistants.google.fulfill', { requestId: 'f', inputs: [{ intent: 'action.devices.EXECUTE', payload: { commands: [{ devices: [{ id }], execution: [{ command, params }] }] } }] });
          expect(r.ok).toBe(true);
          const answer = GoogleExecuteResponse.parse(r.result);
          expect(answer.payload.commands).toHaveLength(1);
          const [result] = answer.payload.commands;
          expect(result!.ids).toEqual([id]);
          if (result!.status === 'ERROR' || result!.status === 'OFFLINE') expect(result!.errorCode).toMatch(/^[a-z][A-Za-z]+$/);
          if (name === 'Floor Lamp') expect(result).toMatchObject({ status: 'ERROR', errorCode: 'deviceNotFound' });
        },
      ),
      { numRuns: 150 },
    );
    // Outside the envelope Google documents (a command must be named): the request as a whole is refused, typed.
    const empty = await h.call('assistants.google.fulfill', { requestId: 'f', inputs: [{ intent: 'action.devices.EXECUTE', payload: { commands: [{ devices: [{ id: h.id('Kettle Plug') }], execution: [{ command: '' }] }] } }] });
    expect(empty).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringMatching(/execution\.0\.command/) } });
    // The lamp, not exposed, was never sent anything.
    expect(h.radio.commands.filter((c) => c.nativeId === '2')).toEqual([]);
  });
});
