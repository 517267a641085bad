// Settings → Voice assistants: which devices Alexa, Google Assistant and Apple Home may see and control — a switch per
// device and assistant, all off until chosen. Kept current by the core's events (another window changing it, a device
// added or removed, the tier changing). A switch is off and disabled where the assistant can do nothing with the device
// (a motion sensor for Alexa). On a tier without voice assistants the switches only turn off, and the reason
// with the way to upgrade is shown. What a forwarding relay must be: docs/ASSISTANTS.md. Below: Google's link as the
// owner sees it (GoogleLinkSection) and Apple Home's bridge (AppleHomeSection).
import * as Switch from '@radix-ui/react-switch';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ASSISTANT_NAMES, type ExposureList } from '../../../shared/contract';
import { listExposure, setExposure } from '../../api/assistants';
import { useCall } from '../../api/useCall';
import { useEvent } from '../../api/useEvent';
import { useHome } from '../../store/context';
import { AppleHomeSection } from './AppleHomeSection';
import { GoogleLinkSection } from './GoogleLinkSection';
import { ASSISTANT_ORDER, visibleRows, withChange } from './exposure-list';

export function AssistantsSection() {
  const load = useCall(listExposure).run;
  const set = useCall(setExposure);
  const areas = useHome((s) => s.areas);
  const [list, setList] = useState<ExposureList | null>(null);
  const [search, setSearch] = useState('');
  // One read at a time; events during it ask for one more read after it (a home joining many devices at once).
  const reading = useRef<{ again: boolean } | null>(null);
  const refresh = useCallback(async () => {
    if (reading.current) {
      reading.current.again = true;
      return;
    }
    reading.current = { again: false };
    try {
      for (let again = true; again; ) {
        reading.current.again = false;
        const l = await load();
        if (l) setList(l);
        again = reading.current.again;
      }
    } finally {
      reading.current = null;
    }
  }, [load]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  useEvent('assistants.exposure.changed', (c) => setList((l) => (l ? withChange(l, c) : l)));
  useEvent('device.added', () => void refresh());
  useEvent('device.updated', () => void refresh());
  useEvent('device.removed', () => void refresh());
  useEvent('subscription.changed', () => void refresh());
  if (!list) return <p className="muted">Loading…</p>;
  const { rows, matched } = visibleRows(list, search);
  const room = (id: string | null) => (id ? (areas.find((a) => a.id === id)?.name ?? '') : '');
  return (
    <>
      <p>
        Choose which devices each voice assistant may see and control; nothing is shared until you turn it on here. Alexa and Google reach
        Hearth through a relay you deploy (see docs/ASSISTANTS.md); Apple Home through Hearth’s bridge.
      </p>
      {list.problem && (
        <p className="api-note" role="status">
          {list.problem}
        </p>
      )}
      {list.devices.length > 10 && (
        <label className="field">
          <span>Find a device</span>
          <input type="search" value={search} placeholder="Name" onChange={(e) => setSearch(e.target.value)} />
        </label>
      )}
      <table className="table" aria-label="Devices exposed to voice assistants">
        <thead>
          <tr>
            <th scope="col">Device</th>
            {ASSISTANT_ORDER.map((a) => (
              <th key={a} scope="col">
                {ASSISTANT_NAMES[a]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.deviceId}>
              <td>
                {d.name} <span className="muted small">{room(d.areaId)}</span>
              </td>
              {ASSISTANT_ORDER.map((a) => {
                const on = d.assistants.includes(a);
                const can = d.supported.includes(a);
                return (
                  <td key={a} title={can ? undefined : `${ASSISTANT_NAMES[a]} cannot use ${d.name}`}>
                    <Switch.Root
                      className="switch"
                      checked={on}
                      disabled={set.busy || (!on && (!list.allowed || !can))}
                      aria-label={`${d.name}: ${ASSISTANT_NAMES[a]}`}
                      onCheckedChange={(exposed) => void set.run({ assistant: a, deviceId: d.deviceId, exposed }).then((r) => r && setList((l) => (l ? withChange(l, { assistant: a, deviceId: d.deviceId, exposed }) : l)))}
                    >
                      <Switch.Thumb className="switch-thumb" />
                    </Switch.Root>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {matched > rows.length && (
        <p className="muted small" role="status">
          {matched - rows.length} more; type part of a name to find one.
        </p>
      )}
      <GoogleLinkSection />
      <AppleHomeSection />
    </>
  );
}
