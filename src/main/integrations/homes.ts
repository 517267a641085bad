// Which home runs: the demo home (simulated radios; a first run's default) or the person's real home. Decided when
// Hearth starts, from, in order: the command line (a stick or broker given there runs the real home), the choice
// saved in Settings → Home ('home.active'), and otherwise whether any stack says something real is set up
// (StackModule.configured: a stick's port, a broker, Matter on the home network). Each home keeps its own devices
// (devices.home, migration 010; DeviceService.useHome), so a switch loses neither; rooms, automations and settings
// are shared. A switch takes effect when Hearth starts next.
import type { HomeKind, HomesView } from '../../shared/contract';
import type { AppSettings } from '../settings';
import type { StackContext, StackModule } from './stack';

/** What deciding the home needs of the context: the command line and the settings (and what `configured` reads). */
export type HomeContext = Pick<StackContext, 'options' | 'settings'> & Partial<StackContext>;

export interface HomeDecision {
  home: HomeKind;
  /** The stacks with something real set up, as people say them. */
  configured: string[];
  /** The command line names a stick or broker. */
  commandLine: boolean;
}

export function decideHome(stacks: readonly StackModule[], ctx: HomeContext): HomeDecision {
  const o = ctx.options;
  const commandLine = o.zwavePort !== undefined || o.zigbeePort !== undefined || o.mqtt !== undefined;
  const configured = stacks.filter((s) => s.configured(ctx as StackContext)).map((s) => s.name);
  const chosen = ctx.settings.get('home.active');
  let home: HomeKind;
  if (commandLine) home = 'real';
  else if (chosen) home = chosen;
  else home = configured.length > 0 ? 'real' : 'demo';
  return { home, configured, commandLine };
}

export interface HomesDeps {
  stacks: readonly StackModule[];
  settings: AppSettings;
  /** The context the running stacks were built from, and the home running (null before startIntegrations). */
  started: () => { ctx: StackContext; home: HomeKind } | null;
  /** Devices each home keeps. */
  counts: () => Record<HomeKind, number>;
}

export function homesView(d: HomesDeps): HomesView {
  const started = d.started();
  const ctx: HomeContext = started?.ctx ?? { settings: d.settings, options: { listPorts: async () => [] } };
  const next = decideHome(d.stacks, ctx);
  return {
    running: started?.home ?? next.home,
    chosen: d.settings.get('home.active') ?? 'auto',
    next: next.home,
    configured: next.configured,
    commandLine: next.commandLine,
    devices: d.counts(),
  };
}

const HOME_NAME: Record<HomeKind, string> = { demo: 'the demo home', real: 'your home' };

export function chooseHome(d: HomesDeps, choice: HomeKind | 'auto'): { homes: HomesView; message: string; restartRequired: boolean } {
  d.settings.set('home.active', choice === 'auto' ? undefined : choice);
  const homes = homesView(d);
  const restartRequired = homes.next !== homes.running;
  let message: string;
  if (homes.commandLine && choice === 'demo') message = 'Saved, but Hearth was started with a stick or broker on its command line, so it runs your home until it starts without them.';
  else if (!restartRequired) message = `Saved. Hearth is running ${HOME_NAME[homes.running]} already.`;
  else
    message = `Saved. Restart Hearth to run ${HOME_NAME[homes.next]}. The devices of ${HOME_NAME[homes.running]} are kept, with their names and rooms, for when you switch back.`;
  return { homes, message, restartRequired };
}
