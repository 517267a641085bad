import { Lightbulb, Plug, Power, Thermometer, Lock, Activity } from 'lucide-react';
import { lazy, memo, Suspense } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Capability, CapabilityValue, Device } from '../../../shared/model';
import { ReadOnlyBadge } from '../../components/ReadOnlyBadge';
import { pendingKey, type Pending } from '../../store/home';
import { useHome, useSubscription } from '../../store/context';
import { selectReadOnly } from '../../store/subscription';
import { LevelSlider } from './controls/LevelSlider';
import { PowerSwitch } from './controls/PowerSwitch';
import { SetpointStepper } from './controls/SetpointStepper';
import { capabilityLabel, formatValue } from './format';

const HEALTH_TEXT: Record<Device['health'], string> = {
  online: 'Online',
  offline: 'Not responding',
  interviewing: 'Getting ready…',
  unknown: 'Connecting…',
};
const HEALTH_DOT: Record<Device['health'], string> = { online: 'ok', offline: 'bad', interviewing: 'warn', unknown: '' };

function iconFor(caps: Capability[]) {
  const has = (k: Capability['kind']) => caps.some((c) => c.kind === k);
  if (has('setpoint')) return Thermometer;
  if (has('level') || has('colorTemp')) return Lightbulb;
  if (has('onOff') && has('meter')) return Plug;
  if (has('onOff')) return Power;
  if (has('lock')) return Lock;
  return Activity;
}

/** The values this device's controls were asked for and have not confirmed yet, by capability. */
function pendingOf(pending: Record<string, Pending>, deviceId: string): Record<string, CapabilityValue> {
  const prefix = pendingKey(deviceId, '');
  const mine: Record<string, CapabilityValue> = {};
  for (const key in pending) if (key.startsWith(prefix)) mine[key.slice(prefix.length)] = pending[key]!.value;
  return mine;
}

/**
 * Why an offline device is offline, in its stack's words (Matter says): each stack's UI (integrations/) loads when
 * the first offline device's card renders, not with Home.
 */
const OfflineReason = lazy(() =>
  import('../../integrations').then(({ integrationFor }) => ({
    default: function OfflineReason({ device }: { device: Device }) {
      const Offline = integrationFor(device.protocol)?.offline;
      return Offline ? <Offline deviceId={device.id} /> : null;
    },
  })),
);

/** One device's card; it renders again only when its device or its own pending commands change. */
export const DeviceCard = memo(function DeviceCard({ device }: { device: Device }) {
  const pending = useHome(useShallow((s) => pendingOf(s.pending, device.id)));
  const command = useHome((s) => s.command);
  // Over the plan's limit after a downgrade: kept and shown, its controls disabled, the reason beside them.
  const readOnly = useSubscription(selectReadOnly('devices', device.id));
  const caps = device.capabilities.filter((c) => !c.id.includes('.') || c.kind === 'meter' || c.kind === 'sensor');
  const find = (kind: Capability['kind']) => caps.find((c) => c.kind === kind);
  const onOff = find('onOff');
  const level = find('level');
  const setpoint = find('setpoint');
  const readouts = caps.filter((c) => c.kind === 'meter' || c.kind === 'sensor' || c.kind === 'battery');
  const isPending = (c: Capability) => c.id in pending;
  const anyPending = caps.some(isPending);
  const num = (c: Capability | undefined) => (c && typeof device.state[c.id] === 'number' ? (device.state[c.id] as number) : null);
  const on = onOff ? device.state[onOff.id] === true : false;
  const Icon = iconFor(device.capabilities);
  const titleId = `device-${device.id}-title`;
  const lock = readOnly ? { disabled: true, describedBy: `device-${device.id}-readonly` } : {};

  return (
    <article className={`card${on ? ' is-on' : ''}${readOnly ? ' is-readonly' : ''}`} aria-labelledby={titleId} data-readonly={readOnly || undefined}>
      <div className="card-head">
        <div className="card-icon" aria-hidden="true">
          <Icon size={20} />
        </div>
        <div className="card-title">
          <h3 id={titleId}>{device.name}</h3>
          <div className="card-sub">
            <span className={`dot ${HEALTH_DOT[device.health]}`} aria-hidden="true" />
            <span>{HEALTH_TEXT[device.health]}</span>
          </div>
        </div>
        {onOff && (
          <PowerSwitch
            label={device.name}
            checked={typeof device.state[onOff.id] === 'boolean' ? (device.state[onOff.id] as boolean) : null}
            busy={isPending(onOff)}
            {...lock}
            onChange={(v) => void command(device.id, onOff.id, v)}
          />
        )}
      </div>
      {readOnly && (
        <div id={`device-${device.id}-readonly`}>
          <ReadOnlyBadge kind="devices" id={device.id} explain />
        </div>
      )}
      {device.health === 'offline' && (
        <Suspense fallback={null}>
          <OfflineReason device={device} />
        </Suspense>
      )}
      {level && (
        <LevelSlider
          label={`${device.name} brightness`}
          value={num(level)}
          busy={isPending(level)}
          min={level.min}
          max={level.max}
          {...lock}
          onCommit={(v) => void command(device.id, level.id, v)}
        />
      )}
      {setpoint && (
        <SetpointStepper
          deviceName={device.name}
          cap={setpoint}
          value={num(setpoint)}
          pendingValue={isPending(setpoint) ? (pending[setpoint.id] as number) : null}
          {...lock}
          onSet={(v) => void command(device.id, setpoint.id, v)}
        />
      )}
      {readouts.length > 0 && (
        <dl className="readouts">
          {readouts.map((c) => (
            <div className="readout" key={c.id}>
              <dt className="label">{capabilityLabel(c)}</dt>
              <dd className="value" aria-label={`${device.name} ${capabilityLabel(c)}`}>
                {formatValue(c, device.state[c.id])}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <div className="card-state" aria-live="polite">
        {anyPending ? <span className="sending">Sending…</span> : onOff && !level ? <span>{formatValue(onOff, device.state[onOff.id] ?? null)}</span> : null}
      </div>
    </article>
  );
});
