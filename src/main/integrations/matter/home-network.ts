// Matter on the home network, on Hearth's side: the consent (privacy purpose "matterHomeNetwork", recorded like
// the others), the interfaces chosen (setting matter.homeNetwork.interfaces), what the running controller uses and
// what this computer offers. A change takes effect when Hearth starts next (the controller's network is fixed
// while it runs); with interfaces chosen, Hearth runs the real home (matterStack.configured).
import { bluetoothAvailability, listHomeNetworkInterfaces } from '../../../protocols/matter/plain';
import type { MatterHomeNetworkView } from '../../../shared/contract';
import { HearthError } from '../../../shared/errors';
import type { ConsentService } from '../../privacy/consent';
import type { AppSettings } from '../../settings';

export interface HomeNetworkDeps {
  settings: AppSettings;
  consents: Pick<ConsentService, 'list' | 'set'>;
  /** What the running controller uses (empty: loopback), and whether the demo home runs. */
  running: () => { active: string[]; demo: boolean };
}

export function homeNetworkView(d: HomeNetworkDeps): MatterHomeNetworkView {
  const c = d.consents.list().find((x) => x.purpose === 'matterHomeNetwork')!;
  const { active, demo } = d.running();
  return {
    consent: { granted: c.granted, title: c.title, text: c.text, version: c.version },
    chosen: c.granted ? d.settings.get('matter.homeNetwork.interfaces') : [],
    active,
    demo,
    interfaces: listHomeNetworkInterfaces().map(({ name, kind, ipv4, ipv6, usable }) => ({ name, kind, ipv4, ipv6, usable })),
    bluetooth: bluetoothAvailability(),
  };
}

export function agreeToHomeNetwork(d: HomeNetworkDeps, interfaces: string[], textVersion: string, actor: string) {
  const known = new Map(listHomeNetworkInterfaces().map((i) => [i.name, i]));
  const missing = interfaces.filter((i) => !known.has(i));
  if (missing.length > 0) {
    throw new HearthError('BAD_REQUEST', `This computer has no network connection called ${missing.join(', ')}.`, 'Pick one from the list; refresh it if you just plugged in a cable or joined a Wi-Fi network.');
  }
  const noIpv6 = interfaces.filter((i) => !known.get(i)!.usable);
  if (noIpv6.length > 0) {
    throw new HearthError('BAD_REQUEST', `${noIpv6.join(', ')} has no IPv6 address, and Matter needs IPv6.`, 'Pick another connection, or turn on IPv6 in your router or this computer’s network settings.');
  }
  d.consents.set('matterHomeNetwork', true, textVersion, actor);
  d.settings.set('matter.homeNetwork.interfaces', [...new Set(interfaces)]);
  const view = homeNetworkView(d);
  const same = view.active.length === interfaces.length && interfaces.every((i) => view.active.includes(i));
  return {
    view,
    restartRequired: !same,
    message: same
      ? `Hearth looks for Matter devices on ${interfaces.join(', ')}.`
      : `Saved. Restart Hearth to look for Matter devices on ${interfaces.join(', ')}; it then runs your home instead of the demo.`,
  };
}

export function withdrawHomeNetwork(d: HomeNetworkDeps, actor: string) {
  const version = d.consents.list().find((x) => x.purpose === 'matterHomeNetwork')!.version;
  d.consents.set('matterHomeNetwork', false, version, actor);
  d.settings.set('matter.homeNetwork.interfaces', []);
  const view = homeNetworkView(d);
  return {
    view,
    restartRequired: view.active.length > 0,
    message: view.active.length > 0 ? 'Withdrawn. After a restart Hearth no longer looks for Matter devices on your network.' : 'Withdrawn. Hearth does not look for Matter devices on your network.',
  };
}
