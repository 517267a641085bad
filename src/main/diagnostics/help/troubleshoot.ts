// Guided troubleshooting: each flow runs real checks against the running home (the radio's status, the ports
// the computer lists, the device's last report, asking the radio about the device, the rule's newest traces),
// and says for each what it found (ok / problem / could not check), what to do, and which article explains it.
import type { KbArticle } from '../../../shared/kb-articles';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { TroubleshootCheck, TroubleshootFlow, TroubleshootReport } from '../../../shared/contract/help';
import type { StickList } from '../../../shared/contract/sticks';
import type { Rule } from '../../../shared/automation';
import type { AnyIntegration } from '../../../shared/integration';
import type { Device, Protocol } from '../../../shared/model';
import type { Trace } from '../../../shared/plan';
import { HearthError } from '../../../shared/errors';
import { PROTOCOL_NAMES } from '../../../shared/model';

/** What the checks look at: the running core's parts, narrowed to what they read. */
export interface TroubleshootDeps {
  devices: { list(): Device[]; find(id: string): Device | undefined; locate(id: string): { protocol: Protocol; nativeId: string } };
  integrations: () => AnyIntegration[];
  /** The serial ports the computer lists now (with the known-stick names). */
  sticks: () => Promise<StickList>;
  /** The port each stick radio is set to use (settings radios.<stack>.port), if any. */
  configuredPort: (protocol: 'zwave' | 'zigbee') => string | undefined;
  rules: { get(id: string): Rule };
  traces: { list(ruleId: string | undefined, limit: number): Trace[] };
  now: () => number;
  /** When a device was last heard from, as Device health tells it (default: the device's own report time). */
  lastHeard?: ((device: Device) => number | null) | undefined;
}

export const FLOW_ARTICLES: Record<TroubleshootFlow, KbArticle> = {
  deviceOffline: 'device-offline',
  stickNotFound: 'stick-not-found',
  pairingFailed: 'pairing-failed',
  automationDidNotRun: 'automation-did-not-run',
  slowResponse: 'slow-response',
};

const ok = (id: string, label: string, detail: string): TroubleshootCheck => ({ id, label, result: 'ok', detail });
const problem = (id: string, label: string, detail: string, fix: string, article?: KbArticle): TroubleshootCheck => ({ id, label, result: 'problem', detail, fix, ...(article ? { article } : {}) });
const unknown = (id: string, label: string, detail: string): TroubleshootCheck => ({ id, label, result: 'unknown', detail });

export function ago(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 90) return `${s} s ago`;
  const m = Math.round(s / 60);
  if (m < 90) return `${m} min ago`;
  const h = Math.round(m / 60);
  if (h < 48) return `${h} h ago`;
  return `${Math.round(h / 24)} days ago`;
}

const errText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Stack facets the checks use when a stack has them (Z-Wave's own view of a node). */
interface ZWaveLike {
  maintenance?: { isFailed(nativeId: string): Promise<boolean> };
}

/** Matter's view of a device's connection, without asking it (src/protocols/matter/facets.ts). */
interface MatterLike {
  connection?: {
    of(nativeId: string): { transport: 'thread' | 'wifi' | 'ethernet' | 'unknown'; fabrics: number | null; reachability: { online: boolean; reason: string } | null } | null;
  };
}

const MATTER_OVER = { thread: 'over Thread', wifi: 'over Wi-Fi', ethernet: 'by network cable (Ethernet)', unknown: 'over the home network' } as const;

/** What to check for a Matter device Hearth cannot reach: what its network needs, its power, the other apps it is in. */
function matterReach(name: string, c: NonNullable<ReturnType<NonNullable<MatterLike['connection']>['of']>>): { detail: string; fix: string } {
  const why = c.reachability && !c.reachability.online ? ` ${c.reachability.reason}` : '';
  const detail = `Hearth's Matter controller cannot reach ${name}, which is connected ${MATTER_OVER[c.transport]}.${why}`;
  const network = {
    thread: `Check that ${name} has power, and that your Thread border router (a HomePod mini, Apple TV, Nest Hub or Thread-capable router) is on and on the same home network as Hearth: Thread devices reach Hearth only through it.`,
    wifi: `Check that ${name} has power, and that your Wi-Fi router is on and within its reach (most Matter devices use 2.4 GHz Wi-Fi).`,
    ethernet: `Check that ${name} has power and that its network cable is plugged in at both ends.`,
    unknown: `Check that ${name} has power and is on the same home network as Hearth (through your Wi-Fi router or a Thread border router).`,
  }[c.transport];
  const others = c.fabrics !== null && c.fabrics > 1 ? c.fabrics - 1 : 0;
  const shared = others
    ? ` It is also in ${others === 1 ? 'another app' : `${others} other apps`} (Apple Home, Google Home, Alexa…): check that it is still there; a factory reset in any app removes it from Hearth too, and it must then be added again with its pairing code.`
    : '';
  return { detail, fix: network + shared };
}

export async function troubleshoot(d: TroubleshootDeps, input: { flow: TroubleshootFlow; deviceId?: string | undefined; ruleId?: string | undefined }): Promise<TroubleshootReport> {
  const checks = await FLOWS[input.flow](d, input);
  const first = checks.find((c) => c.result === 'problem');
  const unchecked = checks.filter((c) => c.result === 'unknown').length;
  const conclusion = first
    ? `${first.detail} ${first.fix ?? ''}`.trim()
    : unchecked > 0
      ? `No problem found, but ${unchecked} check${unchecked > 1 ? 's' : ''} could not be made; read the article for what else to try.`
      : 'No problem found: every check passed.';
  return { flow: input.flow, at: d.now(), checks, conclusion, article: FLOW_ARTICLES[input.flow] };
}

type Flow = (d: TroubleshootDeps, i: { deviceId?: string | undefined; ruleId?: string | undefined }) => Promise<TroubleshootCheck[]>;

function radioCheck(d: TroubleshootDeps, protocol: Protocol): { check: TroubleshootCheck; integration: AnyIntegration | undefined } {
  const name = PROTOCOL_NAMES[protocol];
  const label = `Is the ${name} radio working?`;
  const integration = d.integrations().find((i) => i.protocol === protocol);
  if (!integration) return { integration, check: problem('radio', label, `Hearth has no ${name} radio running.`, `Open Radios and set up the ${name} stick.`, 'stick-not-found') };
  const s = integration.status();
  if (s.state === 'ready') return { integration, check: ok('radio', label, `The ${name} radio is ready (${integration.label}).`) };
  if (s.state === 'failed') return { integration, check: problem('radio', label, `The ${name} radio failed: ${s.message}`, s.next ?? 'Check the stick is plugged in, then restart the radio from Radios.', 'stick-not-found') };
  return { integration, check: problem('radio', label, `The ${name} radio is ${s.state === 'starting' ? 'still starting' : 'stopped'}.`, 'Wait a minute for it to start; if it does not, open Radios.', 'stick-not-found') };
}

function deviceOf(d: TroubleshootDeps, deviceId: string | undefined): Device {
  if (!deviceId) throw new HearthError('BAD_REQUEST', 'Choose the device this is about.', 'Pick a device from the list, then run the check again.');
  const device = d.devices.find(deviceId);
  if (!device) throw new HearthError('NOT_FOUND', 'That device is not in this home any more.', 'Pick a device from the list.');
  return device;
}

/** The same last-heard time Device health shows (the two screens must not disagree). */
const heardAt = (d: TroubleshootDeps, device: Device): number | null => (d.lastHeard ? d.lastHeard(device) : device.lastSeen);

const hasBattery = (device: Device) => device.capabilities.some((c) => c.kind === 'battery');

const deviceOffline: Flow = async (d, i) => {
  const device = deviceOf(d, i.deviceId);
  const { protocol, nativeId } = d.devices.locate(device.id);
  const checks: TroubleshootCheck[] = [];
  const { check, integration } = radioCheck(d, protocol);
  checks.push(check);

  const seenLabel = `Has ${device.name} been heard from lately?`;
  const heard = heardAt(d, device);
  const seen = heard === null ? 'never' : ago(d.now() - heard);
  if (device.health === 'offline') {
    checks.push(
      problem('lastSeen', seenLabel, heard === null ? `${device.name} is marked offline; it has not reported anything since Hearth started.` : `${device.name} is marked offline; it was last heard from ${seen}.`, hasBattery(device) ? `${device.name} runs on batteries: wake it (press its button once) or change the batteries.` : `Check that ${device.name} has power (a switched-off wall switch or socket cuts it off), then try it again.`, hasBattery(device) ? 'battery-devices' : protocol === 'matter' ? 'matter-offline' : 'device-offline'),
    );
  } else if (device.health === 'online' && heard === null) checks.push(ok('lastSeen', seenLabel, `${device.name} is online; it has not needed to report anything since Hearth started.`));
  else if (heard === null) checks.push(unknown('lastSeen', seenLabel, `${device.name} is ${device.health} and has not reported anything since Hearth started.`));
  else checks.push(ok('lastSeen', seenLabel, `${device.name} was last heard from ${seen}.`));

  const askLabel = `Does the ${PROTOCOL_NAMES[protocol]} network still reach ${device.name}?`;
  if (!integration || check.result !== 'ok') checks.push(unknown('reach', askLabel, 'Not asked: the radio is not working.'));
  else {
    const zw = integration.facets as ZWaveLike;
    const matter = (integration.facets as MatterLike).connection?.of(nativeId) ?? null;
    try {
      if (matter) {
        if (device.health === 'offline') {
          const { detail, fix } = matterReach(device.name, matter);
          checks.push(problem('reach', askLabel, detail, fix, 'matter-offline'));
        } else {
          const others = matter.fabrics !== null && matter.fabrics > 1 ? ` It is also in ${matter.fabrics - 1 === 1 ? 'another app' : `${matter.fabrics - 1} other apps`}.` : '';
          checks.push(ok('reach', askLabel, `Hearth's Matter controller reaches ${device.name} ${MATTER_OVER[matter.transport]}.${others}`));
        }
      } else if (zw.maintenance) {
        const failed = await zw.maintenance.isFailed(nativeId);
        checks.push(failed
          ? problem('reach', askLabel, `The Z-Wave stick could not reach ${device.name} (the node is marked failed).`, `Bring power back to ${device.name}, or if it is gone for good, use Remove failed device in its details.`, 'device-offline')
          : ok('reach', askLabel, `The Z-Wave stick reached ${device.name}.`));
      } else if (integration.facets.details && integration.features.has('details')) {
        const det = await integration.facets.details.details(nativeId);
        const last = det.lastSeen === null ? null : d.now() - det.lastSeen;
        if (det.interview === 'failed') checks.push(problem('reach', askLabel, `${device.name} joined but its interview failed, so Hearth does not know how to talk to it.`, 'Run the pairing troubleshooter, or remove it and add it again.', 'pairing-failed'));
        else if (device.health === 'offline') checks.push(problem('reach', askLabel, `The radio has not heard from ${device.name} since ${last === null ? 'it joined' : ago(last)} (${det.role === 'endDevice' ? 'it talks through a parent router' : det.role}).`, `Bring ${device.name} closer to a mains-powered device or the stick, and check its power.`, 'zigbee-channels-wifi'))
        else checks.push(ok('reach', askLabel, `The radio knows ${device.name} (${det.role}, interview ${det.interview}).`));
      } else checks.push(unknown('reach', askLabel, `The ${PROTOCOL_NAMES[protocol]} radio cannot be asked about one device.`));
    } catch (err) {
      checks.push(unknown('reach', askLabel, `Asking the radio failed: ${errText(err)}`));
    }
  }

  const mesh = d.devices.list().filter((x) => x.protocol === protocol && x.id !== device.id);
  const down = mesh.filter((x) => x.health === 'offline');
  const meshLabel = `Are the other ${PROTOCOL_NAMES[protocol]} devices answering?`;
  if (mesh.length === 0) checks.push(unknown('mesh', meshLabel, `${device.name} is the only ${PROTOCOL_NAMES[protocol]} device.`));
  else if (down.length > mesh.length / 2 && protocol === 'matter') checks.push(problem('mesh', meshLabel, `${down.length} of ${mesh.length} other Matter devices are offline too: the home network between Hearth and the devices is the likely cause, not ${device.name}.`, 'Check that this computer is on the home network the devices are on (Settings → Integrations → Matter on your home network), and that your Wi-Fi router and Thread border router are on; then give the devices a few minutes to reconnect.', 'matter-offline'));
  else if (down.length > mesh.length / 2) checks.push(problem('mesh', meshLabel, `${down.length} of ${mesh.length} other devices are offline too: the radio or the 2.4 GHz band is the likely cause, not ${device.name}.`, 'Move the stick away from the computer on a USB extension cable and away from Wi-Fi routers.', 'zigbee-channels-wifi'));
  else checks.push(ok('mesh', meshLabel, down.length === 0 ? `All ${mesh.length} other devices are online.` : `${mesh.length - down.length} of ${mesh.length} other devices are online.`));
  return checks;
};

const stickNotFound: Flow = async (d) => {
  const checks: TroubleshootCheck[] = [];
  let list: StickList | undefined;
  try {
    list = await d.sticks();
  } catch (err) {
    checks.push(unknown('ports', 'Can Hearth list the serial ports?', `Listing the ports failed: ${errText(err)}`));
  }
  if (list) {
    if (list.problem) checks.push(problem('ports', 'Can Hearth list the serial ports?', list.problem.message, list.problem.next ?? 'Give your user access to serial ports, then restart Hearth.', 'serial-permissions'));
    else if (list.sticks.length === 0) checks.push(problem('ports', 'Is any USB stick plugged in?', 'The computer lists no serial ports at all.', 'Plug the stick in (try another USB port or cable, without a hub), then run this again.', 'stick-not-found'));
    else checks.push(ok('ports', 'Is any USB stick plugged in?', `The computer lists ${list.sticks.map((s) => `${s.name} on ${s.path}`).join(', ')}.`));
  }
  for (const protocol of ['zwave', 'zigbee'] as const) {
    const name = PROTOCOL_NAMES[protocol];
    const port = d.configuredPort(protocol);
    const label = `Is the ${name} stick's port there?`;
    if (!port) {
      checks.push(unknown(`${protocol}.port`, label, `No ${name} stick is set up.`));
      continue;
    }
    if (list && !list.problem) {
      const found = list.sticks.find((s) => s.path === port || s.stablePath === port);
      checks.push(found
        ? ok(`${protocol}.port`, label, `${port} is there (${found.name}).`)
        : problem(`${protocol}.port`, label, `Hearth is set to use ${port} for ${name}, but the computer does not list it.`, `Plug the stick back in, or choose its new port in Radios (a stick can change port after a restart; the /dev/serial/by-id name does not).`, 'stick-not-found'));
    } else checks.push(unknown(`${protocol}.port`, label, 'The ports could not be listed.'));
    checks.push(radioCheck(d, protocol).check);
  }
  return checks;
};

const pairingFailed: Flow = async (d, i) => {
  const checks: TroubleshootCheck[] = [];
  const devices = i.deviceId ? [deviceOf(d, i.deviceId)] : d.devices.list();
  const protocols = [...new Set(i.deviceId ? devices.map((x) => x.protocol) : d.integrations().map((x) => x.protocol))];
  for (const protocol of protocols) {
    const { check, integration } = radioCheck(d, protocol);
    checks.push({ ...check, id: `${protocol}.radio` });
    if (!integration || check.result !== 'ok') continue;
    const canPair = integration.features.has('pairing') || integration.features.has('commissioning');
    checks.push(canPair
      ? ok(`${protocol}.pairing`, `Can the ${PROTOCOL_NAMES[protocol]} radio add devices?`, 'Yes.')
      : problem(`${protocol}.pairing`, `Can the ${PROTOCOL_NAMES[protocol]} radio add devices?`, 'This radio cannot add devices.', 'Use the radio of the device\'s own kind.', 'pairing-failed'));
    const mine = devices.filter((x) => x.protocol === protocol);
    const label = `Did the ${PROTOCOL_NAMES[protocol]} devices finish their interview?`;
    if (!integration.facets.details || !integration.features.has('details')) {
      const stuck = mine.filter((x) => x.health === 'interviewing');
      checks.push(stuck.length ? problem(`${protocol}.interview`, label, `${stuck.map((x) => x.name).join(', ')} still being interviewed.`, 'Keep battery devices awake (press their button every few seconds) until the interview ends.', 'battery-devices') : unknown(`${protocol}.interview`, label, 'This radio does not report interviews.'));
      continue;
    }
    const bad: string[] = [];
    let asked = 0;
    for (const device of mine) {
      try {
        const det = await integration.facets.details.details(d.devices.locate(device.id).nativeId);
        asked++;
        if (det.interview === 'failed' || det.interview === 'pending') bad.push(`${device.name} (${det.interview})`);
      } catch {
        // a device the radio no longer knows is counted as not asked
      }
    }
    if (asked === 0) checks.push(unknown(`${protocol}.interview`, label, mine.length ? 'The radio could not describe the devices.' : 'There are no devices of this kind yet.'));
    else if (bad.length) checks.push(problem(`${protocol}.interview`, label, `The interview did not finish for ${bad.join(', ')}.`, 'Wake the device (battery devices: press its button) and choose Retry interview in its details; if that fails, remove it, reset it and add it again close to the stick.', 'pairing-failed'));
    else checks.push(ok(`${protocol}.interview`, label, `All ${asked} devices finished their interview.`));
  }
  if (checks.length === 0) checks.push(problem('radios', 'Is any radio running?', 'No radio is running, so no device can be added.', 'Set up a stick in Radios.', 'stick-not-found'));
  return checks;
};

const automationDidNotRun: Flow = async (d, i) => {
  if (!i.ruleId) throw new HearthError('BAD_REQUEST', 'Choose the automation this is about.', 'Pick an automation from the list, then run the check again.');
  const rule = d.rules.get(i.ruleId);
  const checks: TroubleshootCheck[] = [];
  checks.push(rule.enabled
    ? ok('enabled', `Is “${rule.name}” switched on?`, 'Yes.')
    : problem('enabled', `Is “${rule.name}” switched on?`, `“${rule.name}” is switched off, so it never runs.`, 'Switch it on in Automations.', 'automation-did-not-run'));
  const traces = d.traces.list(rule.id, 20);
  const last = traces[0];
  const label = 'Was it set off?';
  if (!last) {
    checks.push(problem('triggered', label, `“${rule.name}” has not been set off since it was made (no run is recorded).`, 'Check its trigger: the device or time it waits for. Run it by hand from Automations to test its actions.', 'automation-did-not-run'));
    return checks;
  }
  checks.push(ok('triggered', label, `Last set off ${ago(d.now() - last.at)} by ${last.trigger}.`));
  const condLabel = 'Did its conditions pass?';
  if (last.result === 'conditionsFailed') {
    const failed = last.conditions.filter((c) => !c.passed);
    checks.push(problem('conditions', condLabel, `It did not run because ${failed.map((c) => `${c.label}${c.detail ? ` (${c.detail})` : ''}`).join('; ') || 'a condition was not met'}.`, 'If it should have run then, change the condition in Automations.', 'automation-did-not-run'));
  } else if (last.result === 'suppressed') checks.push(problem('conditions', condLabel, last.summary, 'See the article for loops and chain limits.', 'automation-did-not-run'));
  else checks.push(ok('conditions', condLabel, last.conditions.length ? 'All passed.' : 'It has no conditions.'));
  const stepLabel = 'Did its actions work?';
  if (last.result === 'failed') {
    const step = last.steps.find((s) => s.error);
    checks.push(problem('actions', stepLabel, step ? `${step.label} failed: ${step.error}` : last.summary, 'Run the device-offline troubleshooter for that device.', 'device-offline'));
  } else if (last.result === 'ran') checks.push(ok('actions', stepLabel, last.summary));
  else if (last.result === 'running') checks.push(unknown('actions', stepLabel, 'It is still running (a delay step).'));
  const failures = traces.filter((t) => t.result === 'failed').length;
  if (failures > 1) checks.push(problem('history', 'Does it fail often?', `${failures} of its last ${traces.length} runs failed.`, 'Look at the devices it controls: one of them may be offline or out of range.', 'device-offline'));
  return checks;
};

async function eventLoopLagMs(): Promise<number> {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  await new Promise((r) => setTimeout(r, 250));
  h.disable();
  return h.percentile(99) / 1e6;
}

const slowResponse: Flow = async (d, i) => {
  const checks: TroubleshootCheck[] = [];
  const lag = await eventLoopLagMs();
  checks.push(lag < 100
    ? ok('lag', 'Is Hearth itself keeping up?', `Yes: it answers within ${Math.round(lag)} ms.`)
    : problem('lag', 'Is Hearth itself keeping up?', `Hearth is busy: it takes up to ${Math.round(lag)} ms to get to new work.`, 'Close other heavy programs; on a small hub, turn down the log level in Settings.', 'slow-response'));
  const protocols = i.deviceId ? [deviceOf(d, i.deviceId).protocol] : [...new Set(d.integrations().map((x) => x.protocol))];
  for (const protocol of protocols) {
    checks.push({ ...radioCheck(d, protocol).check, id: `${protocol}.radio` });
    const mesh = d.devices.list().filter((x) => x.protocol === protocol);
    const down = mesh.filter((x) => x.health === 'offline');
    const label = `Are all ${PROTOCOL_NAMES[protocol]} devices answering?`;
    if (mesh.length === 0) continue;
    checks.push(down.length === 0
      ? ok(`${protocol}.offline`, label, `All ${mesh.length} are online.`)
      : problem(`${protocol}.offline`, label, `${down.map((x) => x.name).join(', ')} ${down.length === 1 ? 'is' : 'are'} offline: the radio keeps trying to reach ${down.length === 1 ? 'it' : 'them'}, which slows every other command.`, 'Bring them back (power, batteries) or remove them.', 'device-offline'));
  }
  if (i.deviceId) {
    const device = deviceOf(d, i.deviceId);
    checks.push(device.health === 'online'
      ? ok('device', `Is ${device.name} online?`, `Yes, last heard ${heardAt(d, device) === null ? 'never' : ago(d.now() - heardAt(d, device)!)}.`)
      : problem('device', `Is ${device.name} online?`, `${device.name} is ${device.health}.`, hasBattery(device) ? 'Battery devices answer only when they wake up; that is normal for them.' : 'Run the device-offline troubleshooter.', hasBattery(device) ? 'battery-devices' : 'device-offline'));
  }
  return checks;
};

const FLOWS: Record<TroubleshootFlow, Flow> = { deviceOffline, stickNotFound, pairingFailed, automationDidNotRun, slowResponse };
