// Why a Zigbee interview failed, in words a person can act on. herdsman only logs its reason
// ("Interview failed for '0x…' with error 'Error: …'"); the adapter taps that line.

const LOG_LINE = /^Interview failed for '(0x[0-9a-f]{16})'? with error '([\s\S]*)'$/;

/** Picks the device and raw reason out of herdsman's error log line. */
export function parseInterviewFailure(message: string): { ieee: string; reason: string } | undefined {
  const m = LOG_LINE.exec(message);
  return m ? { ieee: m[1]!, reason: m[2]! } : undefined;
}

export interface DeviceKind {
  /** herdsman's device type: Router, EndDevice, Unknown... */
  type: string;
  batteryPowered: boolean;
}

const WAKE = 'Battery devices fall asleep quickly: press its button (or reset key) briefly every few seconds while Hearth asks, then press Retry.';
const CLOSER = 'Move it closer to the Zigbee adapter (or to a mains-powered Zigbee device), then press Retry.';

/** The failure message shown under the device in the pairing flow. */
export function interviewFailureMessage(raw: string | undefined, kind: DeviceKind): string {
  const sleepy = kind.batteryPowered || kind.type === 'EndDevice' || kind.type === 'Unknown';
  const advice = sleepy ? WAKE : CLOSER;
  const r = raw ?? '';
  if (/node descriptor/i.test(r)) {
    return `The device joined but stopped answering before it said what kind of device it is. ${advice}`;
  }
  if (/active endpoints/i.test(r)) {
    return `The device joined but did not list its functions (endpoints). ${advice}`;
  }
  if (/IAS enroll/i.test(r)) {
    return 'The sensor did not finish enrolling with Hearth, so it would not send alarms. Press its button once, then press Retry.';
  }
  if (/simple descriptor|Timeout|timed out|NO_ACK|NO_ROUTE|TRANSACTION_EXPIRED/i.test(r)) {
    return `The device stopped answering while describing itself. ${advice}`;
  }
  return `The device did not answer all of Hearth's pairing questions. ${advice}`;
}
