import type { StickRequestName } from '../../shared/contract';
import type { Core } from '../core';
import { testOpen } from '../sticks/probe';
import type { HandlersFor } from '../transport/dispatch';

export function stickHandlers(core: Core): HandlersFor<StickRequestName> {
  return {
    'sticks.list': (i) => core.sticks.list(i.watchSeconds),
    'sticks.testOpen': (i) => {
      // Opening a stick a running radio uses would cut that radio off (a TCP coordinator takes the newest client).
      const radio = core.radios.list(core.adapterStates()).find((r) => r.zigbee?.port === i.path || r.label.endsWith(` ${i.path}`));
      if (radio && radio.state !== 'stopped' && radio.state !== 'failed') {
        const message = `Hearth's own ${radio.protocol === 'zigbee' ? 'Zigbee' : 'Z-Wave'} radio is using ${i.path} right now, so it works.`;
        core.bus.emit('sticks.testOpen.progress', { path: i.path, step: 'done', message });
        return { path: i.path, ok: true, outcome: 'coordinator' as const, message };
      }
      return testOpen(i.path, i.protocol, i.driver, {
        ...(core.probeBinding ? { binding: core.probeBinding } : {}),
        onStep: (step, message) => core.bus.emit('sticks.testOpen.progress', { path: i.path, step, message }),
      });
    },
  };
}
