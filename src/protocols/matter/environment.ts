// The matter.js Environment Hearth runs its Matter nodes (controller and virtual devices) in.
// It is a root of its own, not matter.js's process-wide default, so that:
//  - networking goes through LoopbackNetwork (binds and sends on loopback only, mDNS pinned to the loopback
//    interface, the same as MATTER_MDNS_NETWORKINTERFACE=lo), or — only once the user agreed to Matter on the home
//    network — through HomeNetwork, limited to the interfaces they chose (home-network.ts);
//  - MATTER_* environment variables, argv and ~/.matter/config.json cannot change that;
//  - no signal handlers are installed and storage never touches the filesystem directly (see vault.ts).
import { HomeNetwork } from './home-network-service';
import type { MatterNetworkScope } from './home-network';
import { LOOPBACK_SCOPE } from './home-network';
import { LoopbackNetwork } from './loopback-network';
import { Crypto, Entropy, Environment, MdnsService, Network } from './matterjs';
import type { MatterVault } from './vault';
import { installVaultStorage } from './vault-storage-driver';

interface Root {
  env: Environment;
  users: number;
}

/** One root per network scope: all nodes on the same network share one mDNS responder/scanner. */
const roots = new Map<string, Root>();
const owners = new WeakMap<Environment, string>();

function keyOf(scope: MatterNetworkScope): string {
  return scope.kind === 'loopback' ? 'loopback' : `home:${[...scope.interfaces].sort().join(',')}`;
}

function root(scope: MatterNetworkScope): Root {
  const key = keyOf(scope);
  const existing = roots.get(key);
  if (existing) return existing;
  const base = Environment.default;
  const env = new Environment(`hearth-matter-${key}`);
  env.set(Crypto, base.get(Crypto));
  env.set(Entropy, base.get(Entropy));
  if (scope.kind === 'loopback') {
    const network = new LoopbackNetwork(base.get(Network));
    env.set(Network, network);
    // Same as MATTER_MDNS_NETWORKINTERFACE=lo: announce and query on loopback only. (IPv6 multicast does not
    // loop back on Linux's lo, so discovery effectively runs over IPv4 224.0.0.251 on lo; see loopback-udp-socket.ts.)
    env.vars.set('mdns.networkInterface', network.loopback);
  } else {
    if (scope.interfaces.length === 0) throw new Error('Matter on the home network needs at least one chosen interface');
    env.set(Network, new HomeNetwork(scope.interfaces, base.get(Network)));
    // With one interface, pin mDNS to it; with several, matter.js announces and queries on each interface the
    // network lists (only the chosen ones), and the sockets hear nothing from elsewhere.
    const [only] = scope.interfaces;
    if (only !== undefined && scope.interfaces.length === 1) env.vars.set('mdns.networkInterface', only);
  }
  const r = { env, users: 0 };
  roots.set(key, r);
  return r;
}

/**
 * An environment for one node (the controller, or one virtual device) whose storage lives in `vault`, on the given
 * network (loopback unless said otherwise). Call releaseEnvironment(env) after the node is closed.
 */
export function environmentFor(name: string, vault: MatterVault, scope: MatterNetworkScope = LOOPBACK_SCOPE): Environment {
  const r = root(scope);
  r.users++;
  const env = new Environment(name, r.env);
  owners.set(env, keyOf(scope));
  installVaultStorage(env, vault);
  return env;
}

/** When the last Hearth Matter node of a network is gone, close its shared mDNS sockets so the process can exit. */
export async function releaseEnvironment(env?: Environment): Promise<void> {
  const key = (env && owners.get(env)) ?? 'loopback';
  const r = roots.get(key);
  if (!r) return;
  r.users = Math.max(0, r.users - 1);
  if (r.users > 0) return;
  roots.delete(key);
  // matter.js keeps the shared responder open while any dependent registration lingers; all our nodes are
  // closed at this point, so close it directly.
  if (r.env.has(MdnsService)) await r.env.get(MdnsService).close();
}
