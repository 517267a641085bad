// The matter.js Environment Hearth runs its Matter nodes (controller and virtual devices) in.
// It is a root of its own, not matter.js's process-wide default, so that:
//  - networking goes through LoopbackNetwork (binds and sends on loopback only) and mDNS is pinned to the
//    loopback interface (the same as MATTER_MDNS_NETWORKINTERFACE=lo);
//  - MATTER_* environment variables, argv and ~/.matter/config.json cannot change that;
//  - no signal handlers are installed and storage never touches the filesystem directly (see vault.ts).
import { LoopbackNetwork } from './loopback-network';
import { Crypto, Entropy, Environment, MdnsService, Network } from './matterjs';
import type { MatterVault } from './vault';
import { installVaultStorage } from './vault-storage-driver';

let shared: { env: Environment; users: number } | undefined;

/** The process-wide root all of Hearth's Matter nodes share (one mDNS responder/scanner for all of them). */
function root(): { env: Environment; users: number } {
  if (shared) return shared;
  const base = Environment.default;
  const env = new Environment('hearth-matter');
  env.set(Crypto, base.get(Crypto));
  env.set(Entropy, base.get(Entropy));
  const network = new LoopbackNetwork(base.get(Network));
  env.set(Network, network);
  // Same as MATTER_MDNS_NETWORKINTERFACE=lo: announce and query on loopback only. (IPv6 multicast does not
  // loop back on Linux's lo, so discovery effectively runs over IPv4 224.0.0.251 on lo; see loopback-udp-socket.ts.)
  env.vars.set('mdns.networkInterface', network.loopback);
  shared = { env, users: 0 };
  return shared;
}

/**
 * An environment for one node (the controller, or one virtual device) whose storage lives in `vault`.
 * Call releaseEnvironment() after the node is closed.
 */
export function environmentFor(name: string, vault: MatterVault): Environment {
  const r = root();
  r.users++;
  const env = new Environment(name, r.env);
  installVaultStorage(env, vault);
  return env;
}

/** When the last Hearth Matter node is gone, close the shared mDNS sockets so the process can exit. */
export async function releaseEnvironment(): Promise<void> {
  if (!shared) return;
  shared.users = Math.max(0, shared.users - 1);
  if (shared.users > 0) return;
  const { env } = shared;
  shared = undefined;
  // matter.js keeps the shared responder open while any dependent registration lingers; all our nodes are
  // closed at this point, so close it directly.
  if (env.has(MdnsService)) await env.get(MdnsService).close();
}
