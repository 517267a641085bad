// The Z-Wave inclusion flow's live state (the `zwave.inclusion` event) and the answers the user gives.
import { useEffect, useRef, useState } from 'react';
import type { InclusionState, InclusionStrategy, ZWaveSecurityClass } from '../../../../../shared/contract';
import { useAction, useEvent } from '../../../../hooks/useRequest';
import { useHome } from '../../../../store/context';

const IDLE: InclusionState = { stage: 'idle', operation: 'inclusion', at: 0 };

/**
 * `operations`: which flows this view follows (Add device: inclusion; device details: replace).
 * `resume`: also show a finished flow's result on mount (the view was remounted while it ran).
 * `stopOnLeave`: leaving the view while the controller listens (or waits for an answer) stops it.
 */
export function useInclusion(operations: ReadonlyArray<InclusionState['operation']>, { resume = false, stopOnLeave = true } = {}) {
  const client = useHome((s) => s.client);
  const { run, busy } = useAction();
  const [state, setState] = useState<InclusionState>(IDLE);
  const [strategy, setStrategy] = useState<InclusionStrategy>('default');
  const follows = (s: InclusionState) => operations.includes(s.operation);

  // The current stage on mount, and again after a lost connection (events sent meanwhile were missed).
  useEffect(() => {
    let live = true;
    const read = () =>
      client
        .call('zwave.inclusion.status', {})
        .then((s) => {
          if (!live || !follows(s)) return;
          const finished = s.stage === 'done' || s.stage === 'failed';
          // Never older than what an event already brought; a finished flow only if this view was showing it.
          setState((cur) => (s.at < cur.at || (finished && !resume && cur.stage === 'idle') ? cur : s));
        })
        .catch(() => undefined);
    void read();
    let wasOpen = client.transport.connection === 'open';
    const off = client.transport.onConnection((c) => {
      if (c === 'open' && !wasOpen) void read();
      wasOpen = c === 'open';
    });
    return () => {
      live = false;
      off();
    };
  }, [client]); // later changes come as events

  const pending = useRef(false);
  pending.current = stopOnLeave && ['waiting', 'grantClasses', 'enterPin', 's0Consent'].includes(state.stage);
  useEffect(() => () => void (pending.current && client.call('zwave.inclusion.stop', {}).catch(() => undefined)), [client]);

  useEvent('zwave.inclusion', (s) => {
    if (follows(s)) setState(s);
  });

  const apply = (s: InclusionState | undefined) => s && follows(s) && setState(s);
  return {
    state,
    strategy,
    busy,
    reset: () => setState(IDLE),
    async start(next: InclusionStrategy) {
      setStrategy(next);
      apply(await run('zwave.inclusion.start', { strategy: next }));
    },
    async stop() {
      apply(await run('zwave.inclusion.stop', {}));
    },
    async grant(classes: ZWaveSecurityClass[], clientSideAuth: boolean) {
      return (await run('zwave.inclusion.grant', { classes, clientSideAuth })) !== undefined;
    },
    async pin(pin: string) {
      return (await run('zwave.inclusion.pin', { pin })) !== undefined;
    },
    async s0Consent(allow: boolean) {
      return (await run('zwave.inclusion.s0Consent', { allow })) !== undefined;
    },
    /** Device details: replace a failed node (inclusion events follow with operation 'replace'). */
    async replace(deviceId: string, next: InclusionStrategy) {
      setStrategy(next);
      apply(await run('zwave.node.replaceFailed', { deviceId, strategy: next }));
    },
  };
}
export type Inclusion = ReturnType<typeof useInclusion>;
