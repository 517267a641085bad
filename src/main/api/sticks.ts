import type { RadioInfo, StickRequestName } from '../../shared/contract';
import { PROTOCOL_NAMES } from '../../shared/model';
import type { EventBus } from '../bus';
import type { Binding } from '../sticks/probe';
import type { StickWatcher } from '../sticks/watcher';
import type { HandlersFor } from '../transport/dispatch';

export interface StickHandlerDeps {
  sticks: StickWatcher;
  bus: EventBus;
  /** The radios running now (a stick one of them uses is not opened a second time). */
  radios: () => RadioInfo[];
  /** serialport binding "test this stick" opens ports with (undefined: the real serial ports). */
  probeBinding: Binding | undefined;
}

export function stickHandlers({ sticks, bus, radios, probeBinding }: StickHandlerDeps): HandlersFor<StickRequestName> {
  return {
    'sticks.list': (i) => sticks.list(i.watchSeconds),
    'sticks.testOpen': async (i) => {
      // Opening a stick a running radio uses would cut that radio off (a TCP coordinator takes the newest client).
      const radio = radios().find((r) => r.zigbee?.port === i.path || r.label.endsWith(` ${i.path}`));
      if (radio && radio.state !== 'stopped' && radio.state !== 'failed') {
        const message = `Hearth's own ${PROTOCOL_NAMES[radio.protocol]} radio is using ${i.path} right now, so it works.`;
        bus.emit('sticks.testOpen.progress', { path: i.path, step: 'done', message });
        return { path: i.path, ok: true, outcome: 'coordinator' as const, message };
      }
      // serialport loads when a stick is first tested, not at every start.
      const { testOpen } = await import('../sticks/probe');
      return testOpen(i.path, i.protocol, i.driver, {
        ...(probeBinding ? { binding: probeBinding } : {}),
        onStep: (step, message) => bus.emit('sticks.testOpen.progress', { path: i.path, step, message }),
      });
    },
  };
}
