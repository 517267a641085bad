// The Z-Wave inclusion flow's live state (the `zwave.inclusion` event) and the answers the user gives.
import { useEffect, useRef, useState } from 'react';
import type { InclusionState, InclusionStrategy, ZWaveSecurityClass } from '../../../../shared/contract';
import { useClient } from '../../../api/context';
import { useCall } from '../../../api/useCall';
import { useEvent } from '../../../api/useEvent';
import { answerS0, confirmPin, grantSecurity, inclusionStatus, replaceFailedNode, startInclusion, stopInclusion } from '../../../api/zwave';

const IDLE: InclusionState = { stage: 'idle', operation: 'inclusion', at: 0 };

/**
 * `operations`: which flows this view follows (Add device: inclusion; device details: replace).
 * `resume`: also show a finished flow's result on mount (the view was remounted while it ran).
 * `stopOnLeave`: leaving the view while the controller listens (or waits for an answer) stops it.
 */
export function useInclusion(operations: ReadonlyArray<InclusionState['operation']>, { resume = false, stopOnLeave = true } = {}) {
  const client = useClient();
  const read = useCall(inclusionStatus, { quiet: true }).run;
  const leave = useCall(stopInclusion, { quiet: true }).run;
  const starting = useCall(startInclusion);
  const stopping = useCall(stopInclusion);
  const granting = useCall(grantSecurity);
  const pinning = useCall(confirmPin);
  const consenting = useCall(answerS0);
  const replacing = useCall(replaceFailedNode);
  const [state, setState] = useState<InclusionState>(IDLE);
  const [strategy, setStrategy] = useState<InclusionStrategy>('default');
  const follows = (s: InclusionState) => operations.includes(s.operation);

  // The current stage on mount, and again after a lost connection (events sent meanwhile were missed).
  useEffect(() => {
    let live = true;
    const load = () =>
      read().then((s) => {
        if (!s || !live || !follows(s)) return;
        const finished = s.stage === 'done' || s.stage === 'failed';
        // Never older than what an event already brought; a finished flow only if this view was showing it.
        setState((cur) => (s.at < cur.at || (finished && !resume && cur.stage === 'idle') ? cur : s));
      });
    void load();
    let wasOpen = client.transport.connection === 'open';
    const off = client.transport.onConnection((c) => {
      if (c === 'open' && !wasOpen) void load();
      wasOpen = c === 'open';
    });
    return () => {
      live = false;
      off();
    };
  }, [client, read]); // later changes come as events

  const pending = useRef(false);
  pending.current = stopOnLeave && ['waiting', 'grantClasses', 'enterPin', 's0Consent'].includes(state.stage);
  useEffect(() => () => void (pending.current && leave()), [leave]);

  useEvent('zwave.inclusion', (s) => {
    if (follows(s)) setState(s);
  });

  const apply = (s: InclusionState | undefined) => s && follows(s) && setState(s);
  const busy = { stopping: stopping.busy, any: [starting, stopping, granting, pinning, consenting, replacing].some((c) => c.busy) };
  return {
    state,
    strategy,
    busy,
    reset: () => setState(IDLE),
    async start(next: InclusionStrategy) {
      setStrategy(next);
      apply(await starting.run(next));
    },
    async stop() {
      apply(await stopping.run());
    },
    async grant(classes: ZWaveSecurityClass[], clientSideAuth: boolean) {
      return (await granting.run(classes, clientSideAuth)) !== undefined;
    },
    async pin(pin: string) {
      return (await pinning.run(pin)) !== undefined;
    },
    async s0Consent(allow: boolean) {
      return (await consenting.run(allow)) !== undefined;
    },
    /** Device details: replace a failed node (inclusion events follow with operation 'replace'). */
    async replace(deviceId: string, next: InclusionStrategy) {
      setStrategy(next);
      apply(await replacing.run(deviceId, next));
    },
  };
}
export type Inclusion = ReturnType<typeof useInclusion>;
