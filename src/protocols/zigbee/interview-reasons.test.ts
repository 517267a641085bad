import { describe, expect, it } from 'vitest';
import { interviewFailureMessage, parseInterviewFailure } from './interview-reasons';

describe('interview failure reasons', () => {
  it("reads herdsman's log line", () => {
    const line = "Interview failed for '0x00124b002a3b4c5d with error 'Error: Interview failed because can not get active endpoints ('0x00124b002a3b4c5d')'";
    expect(parseInterviewFailure(line)).toEqual({ ieee: '0x00124b002a3b4c5d', reason: "Error: Interview failed because can not get active endpoints ('0x00124b002a3b4c5d')" });
    expect(parseInterviewFailure('Succesfully interviewed')).toBeUndefined();
  });

  it('says what happened and what to do, for sleepy and mains devices', () => {
    const sleepy = { type: 'EndDevice', batteryPowered: true };
    const mains = { type: 'Router', batteryPowered: false };
    expect(interviewFailureMessage('can not get node descriptor', sleepy)).toMatch(/stopped answering before it said what kind.*press its button/);
    expect(interviewFailureMessage('can not get active endpoints', mains)).toMatch(/did not list its functions.*closer to the Zigbee adapter/);
    expect(interviewFailureMessage('failed IAS enroll', sleepy)).toMatch(/did not finish enrolling/);
    expect(interviewFailureMessage('Timeout after 10000ms', mains)).toMatch(/stopped answering while describing itself/);
    expect(interviewFailureMessage(undefined, sleepy)).toMatch(/did not answer all/);
  });
});
