// Adds a Matter device to Hearth's fabric: parse the code, find the device (mDNS or a known address),
// prove the passcode (PASE), run matter.js's commissioning steps, and report each step as it happens.
import { commissioningError } from './errors';
import type { CommissioningPhase } from './errors';
import { isLoopbackAddress } from './loopback-address';
import { CanceledError, CommissioningClient, ControllerCommissioningFlow, DiscoveryError, PeerSet, Seconds } from './matterjs';
import type { ClientNode, PeerAddress, ServerNode } from './matterjs';
import { parsePairingCode } from './pairing-code';
import type { PairingInfo } from './pairing-code';

export interface CommissionRequest {
  /** Manual pairing code (11 or 21 digits, dashes allowed) or QR payload ("MT:…"). */
  code: string;
  /** Skip discovery and connect to this address (IPv6 or IPv4; Matter's default port is 5540). */
  address?: { ip: string; port?: number };
  /** How long to look for the device on the network (default 60 s). */
  discoveryTimeoutMs?: number;
  signal?: AbortSignal;
  /** Ties the progress events of this attempt together (default: a new id). */
  attemptId?: string;
}

export type CommissioningStep = CommissioningPhase | 'done' | 'failed';

/** Reported by commission() as it goes; `matterStep` names the Matter commissioning step within "configure". */
export interface StepReport {
  step: CommissioningStep;
  message: string;
  matterStep?: string;
}

const STEP_MESSAGES: Record<string, string> = {
  GetInitialData: 'Reading device information',
  'GeneralCommissioning.ArmFailsafe': 'Starting setup',
  'GeneralCommissioning.ConfigureRegulatoryInformation': 'Setting the region',
  'TimeSynchronization.SynchronizeTime': 'Setting the clock',
  'OperationalCredentials.DeviceAttestation': 'Checking that the device is certified Matter hardware',
  'OperationalCredentials.Certificates': "Installing Hearth's credentials on the device",
  AccessControl: 'Giving Hearth control of the device',
  'NetworkCommissioning.Validate': 'Checking the network settings',
  'NetworkCommissioning.Wifi': 'Joining the Wi-Fi network',
  'NetworkCommissioning.Thread': 'Joining the Thread network',
  Reconnect: 'Connecting securely over the network',
  'GeneralCommissioning.Complete': 'Finishing setup',
  'OperationalCredentials.UpdateFabricLabel': 'Labelling the connection as Hearth',
};

export function describeMatterStep(name: string): string {
  return STEP_MESSAGES[name] ?? name;
}

type FlowArgs = ConstructorParameters<typeof ControllerCommissioningFlow>;

/** matter.js's commissioning flow, reporting each step and telling the peer set where the device answered. */
function reportingFlow(onStep: (name: string) => void, beforeReconnect: (address: PeerAddress) => void) {
  return class ReportingCommissioningFlow extends ControllerCommissioningFlow {
    constructor(...[interaction, ca, fabric, options, transitionToCase]: FlowArgs) {
      super(interaction, ca, fabric, options, (address, concurrent) => {
        beforeReconnect(address);
        return transitionToCase(address, concurrent);
      });
      for (const step of this.commissioningSteps) {
        const run = step.stepLogic;
        step.stepLogic = () => {
          onStep(step.name);
          return run();
        };
      }
    }
  };
}

function discriminatorOf(info: PairingInfo) {
  return 'long' in info.discriminator
    ? { longDiscriminator: info.discriminator.long }
    : { shortDiscriminator: info.discriminator.short };
}

/** How long to keep listening for other devices with the same discriminator after every candidate failed. */
const SETTLE_MS = 2_000;

/**
 * Finds candidates by discriminator and tries them one by one until one accepts the passcode. A manual code only
 * carries 4 bits of the discriminator, so several uncommissioned devices may match; each gets its own PASE attempt.
 */
async function commissionDiscovered(
  controller: ServerNode,
  req: CommissionRequest,
  info: PairingInfo,
  attempt: (node: ClientNode) => Promise<void>,
): Promise<ClientNode> {
  const discovery = controller.peers.discover({
    ...discriminatorOf(info),
    timeout: Seconds((req.discoveryTimeoutMs ?? 60_000) / 1000),
  });
  const queue: ClientNode[] = [];
  const seen = new Set<string>();
  let wake: (() => void) | undefined;
  let finished = false;
  let lastError: unknown;
  discovery.discovered.on((node) => {
    if (seen.has(node.id)) return;
    seen.add(node.id);
    queue.push(node);
    wake?.();
  });
  const ended = discovery.then(
    () => undefined,
    (err: unknown) => (lastError ??= err),
  );
  void ended.finally(() => {
    finished = true;
    wake?.();
  });
  const cancel = () => discovery.cancel(new CanceledError('Commissioning cancelled'));
  req.signal?.addEventListener('abort', cancel, { once: true });
  try {
    for (;;) {
      const node = queue.shift();
      if (node) {
        try {
          await attempt(node);
          return node;
        } catch (err) {
          lastError = err;
          if (req.signal?.aborted) throw err;
          continue;
        }
      }
      if (finished) break;
      // Nothing left to try: wait for another candidate; after a failure, only for a short while.
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (lastError !== undefined) setTimeout(resolve, SETTLE_MS);
      });
      wake = undefined;
      if (queue.length === 0 && lastError !== undefined) break;
    }
    throw lastError ?? new DiscoveryError('No commissionable device was discovered');
  } finally {
    req.signal?.removeEventListener('abort', cancel);
    discovery.stop();
    await ended;
  }
}

/** Commissions the device and returns its (commissioned, started) ClientNode. Throws a HearthError. */
export async function commission(
  controller: ServerNode,
  req: CommissionRequest,
  report: (r: StepReport) => void,
): Promise<ClientNode> {
  let phase: CommissioningPhase = 'parse';
  let node: ClientNode | undefined;
  try {
    const info = parsePairingCode(req.code);
    req.signal?.throwIfAborted();

    phase = 'discover';
    report({
      step: phase,
      message: req.address ? `Connecting to the device at ${req.address.ip}` : 'Looking for the device on the network',
    });
    const peers = controller.env.get(PeerSet);
    const attempt = async (candidate: ClientNode) => {
      node = candidate;
      phase = 'connect';
      report({ step: phase, message: 'Checking the pairing code with the device' });
      const addresses = candidate.state.commissioning.addresses ?? [];
      // ::1 and 127.0.0.1 are the same host; trying both only delays a wrong-code answer by matter.js's 15 s
      // per-address stagger. (Real devices' addresses are never all loopback, so this only affects the demo home.)
      if (addresses.length > 1 && addresses.every((a) => 'ip' in a && isLoopbackAddress(a.ip))) {
        await candidate.setStateOf(CommissioningClient, { addresses: [addresses[0]!] });
      }
      const [found] = addresses;
      const Flow = reportingFlow(
        (name) => {
          phase = 'configure';
          report({ step: phase, message: describeMatterStep(name), matterStep: name });
        },
        // Without mDNS (e.g. loopback without multicast) the device is found again where it answered PASE.
        (address) => {
          if (found && 'ip' in found) {
            peers.addKnownPeer({ address, operationalAddress: { type: 'udp', ip: found.ip, port: found.port } });
          }
        },
      );
      await candidate.commission({ passcode: info.passcode, commissioningFlowImpl: Flow, abort: req.signal });
    };
    if (req.address) {
      const address = { type: 'udp' as const, ip: req.address.ip, port: req.address.port ?? 5540 };
      await attempt(await controller.peers.forDescriptor({ addresses: [address] }));
    } else {
      await commissionDiscovered(controller, req, info, attempt);
    }

    phase = 'interview';
    report({ step: phase, message: 'Reading what the device can do' });
    return node!;
  } catch (err) {
    if (req.address && node && !node.lifecycle.isCommissioned) await node.delete().catch(() => undefined);
    throw commissioningError(err, phase);
  }
}
