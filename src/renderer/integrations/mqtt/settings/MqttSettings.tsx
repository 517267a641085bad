// Settings → Integrations → MQTT: the broker (address, sign-in, TLS), "Test connection" with the broker's answer in
// plain words, saving it (the password goes to Hearth's secret store and never comes back), and the devices the
// broker announces, to adopt, ignore or take back.
import { useCallback, useEffect, useState } from 'react';
import type { MqttBrokerView, MqttDevicesList, MqttDiscoveredDevice } from '../../../../shared/contract';
import type { ApiError } from '../../../api/client';
import { adoptMqttDevice, forgetMqttBroker, ignoreMqttDevice, mqttBroker, mqttDevices, saveMqttBroker, testMqttBroker, unignoreMqttDevice } from '../../../api/mqtt';
import { useCall } from '../../../api/useCall';
import { useEvent } from '../../../api/useEvent';

type Trust = 'system' | 'certificate' | 'any';

const LINK: Record<MqttBrokerView['state'], [string, string]> = {
  ready: ['ok', 'Connected'],
  starting: ['warn', 'Connecting'],
  failed: ['bad', 'Cannot reach the broker'],
  stopped: ['', 'Stopped'],
  notRunning: ['', 'Not connected'],
};

interface Outcome {
  ok: boolean;
  message: string;
  next?: string | undefined;
}

const fromError = (e: ApiError): Outcome => ({ ok: false, message: e.message, next: e.next });

function BrokerForm({ broker, onSaved }: { broker: MqttBrokerView; onSaved(view: MqttBrokerView): void }) {
  const [url, setUrl] = useState(broker.url ?? '');
  const [username, setUsername] = useState(broker.username);
  const [password, setPassword] = useState('');
  const [trust, setTrust] = useState<Trust>(broker.allowUntrusted ? 'any' : broker.hasCa ? 'certificate' : 'system');
  const [ca, setCa] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const handle = (e: ApiError) => (setOutcome(fromError(e)), true);
  const test = useCall(testMqttBroker, { handle });
  const save = useCall(saveMqttBroker, { handle });
  const forget = useCall(forgetMqttBroker, { handle });
  const tls = url.trim().toLowerCase().startsWith('mqtts://');
  const entry = () => ({
    url: url.trim(),
    username: username.trim(),
    ...(password ? { password } : {}),
    tls: {
      allowUntrusted: tls && trust === 'any',
      // A certificate pasted now replaces the saved one; choosing another kind of trust removes it.
      ...(tls && trust === 'certificate' ? (ca.trim() ? { ca: ca.trim() } : {}) : broker.hasCa ? { ca: null } : {}),
    },
  });
  const busy = test.busy || save.busy || forget.busy;
  return (
    <form
      className="form mqtt-form"
      aria-label="MQTT broker"
      onSubmit={async (e) => {
        e.preventDefault();
        setOutcome(null);
        const r = await save.run(entry());
        if (!r) return;
        setPassword('');
        setCa('');
        onSaved(r.broker);
        setOutcome({ ok: true, message: r.message });
      }}
    >
      <div className="mqtt-fields">
        <label className="field mqtt-url">
          <span>Broker address</span>
          <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="mqtt://192.168.1.10:1883" spellCheck={false} autoComplete="off" required />
        </label>
        <label className="field">
          <span>User name</span>
          <input value={username} onChange={(e) => setUsername(e.target.value)} placeholder="None" autoComplete="off" spellCheck={false} />
        </label>
        <label className="field">
          <span>Password</span>
          <input
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            placeholder={broker.hasPassword ? 'Saved (type to replace it)' : 'None'}
            autoComplete="new-password"
          />
        </label>
      </div>
      <p className="muted small">
        Use <code>mqtt://</code> for a plain connection (port 1883 usually) or <code>mqtts://</code> for TLS (port 8883). The password is
        kept with Hearth’s other secrets and is never shown again.
      </p>
      {tls && (
        <fieldset className="field">
          <legend>Which certificates to trust</legend>
          <div className="choice-list mqtt-trust">
            <label className={`choice${trust === 'system' ? ' selected' : ''}`}>
              <input type="radio" name="mqtt-trust" checked={trust === 'system'} onChange={() => setTrust('system')} />
              <span>
                <strong>Those of well-known authorities</strong>
                <span className="muted small">For a broker with a certificate from a public authority such as Let’s Encrypt.</span>
              </span>
            </label>
            <label className={`choice${trust === 'certificate' ? ' selected' : ''}`}>
              <input type="radio" name="mqtt-trust" checked={trust === 'certificate'} onChange={() => setTrust('certificate')} />
              <span>
                <strong>This certificate</strong>
                <span className="muted small">Your own certificate authority, or the broker’s self-signed certificate (PEM text).</span>
              </span>
            </label>
            <label className={`choice${trust === 'any' ? ' selected' : ''}`}>
              <input type="radio" name="mqtt-trust" checked={trust === 'any'} onChange={() => setTrust('any')} />
              <span>
                <strong>Any certificate</strong>
                <span className="muted small">Not recommended: the connection is encrypted, but anyone on your network could pose as the broker.</span>
              </span>
            </label>
          </div>
          {trust === 'certificate' && (
            <label className="field">
              <span>{broker.hasCa ? 'Certificate (one is saved; paste another to replace it)' : 'Certificate'}</span>
              <textarea
                className="mqtt-ca"
                value={ca}
                onChange={(e) => setCa(e.target.value)}
                rows={4}
                spellCheck={false}
                placeholder={'-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----'}
              />
            </label>
          )}
        </fieldset>
      )}
      <div className="wizard-actions mqtt-actions">
        <button
          type="button"
          className="button"
          disabled={busy || !url.trim()}
          onClick={async () => {
            setOutcome(null);
            const r = await test.run(entry());
            if (r) setOutcome({ ok: true, message: r.message });
          }}
        >
          {test.busy ? 'Testing…' : 'Test connection'}
        </button>
        <button type="submit" className="button primary" disabled={busy || !url.trim()}>
          Save
        </button>
        <span className="spacer" />
        {broker.url && (
          <button
            type="button"
            className="button link"
            disabled={busy}
            onClick={async () => {
              const r = await forget.run();
              if (!r) return;
              setUrl('');
              setUsername('');
              onSaved(r.broker);
              setOutcome({ ok: true, message: r.message });
            }}
          >
            Forget this broker
          </button>
        )}
      </div>
      <div role="status" aria-live="polite" className="mqtt-outcome">
        {outcome && (
          <div className={`banner ${outcome.ok ? 'ok' : 'bad'}`}>
            <p className={outcome.ok ? '' : 'bad-text'}>{outcome.message}</p>
            {outcome.next && <p className="small">{outcome.next}</p>}
          </div>
        )}
      </div>
    </form>
  );
}

function DeviceRow({ d, onChanged }: { d: MqttDiscoveredDevice; onChanged(): void }) {
  const [error, setError] = useState<Outcome | null>(null);
  const handle = (e: ApiError) => (setError(fromError(e)), true);
  const adopt = useCall(adoptMqttDevice, { handle });
  const ignore = useCall(ignoreMqttDevice, { handle });
  const unignore = useCall(unignoreMqttDevice, { handle });
  const busy = adopt.busy || ignore.busy || unignore.busy;
  const name = d.name ?? d.nativeId;
  const act = async (p: Promise<unknown>) => {
    setError(null);
    if (await p) onChanged();
  };
  return (
    <tr>
      <th scope="row">
        {name}
        <div className="muted small">
          {d.manufacturer} · {d.model}
        </div>
      </th>
      <td className="small">{d.controls.join(', ') || d.components.join(', ')}</td>
      <td className="small">
        {d.state === 'adopted' ? <span className="ok-text">Adopted</span> : d.state === 'ignored' ? <span className="muted">Ignored</span> : 'Found'}
        {d.waiting && d.state === 'discovered' && <div className="muted">Waiting: {d.waiting}</div>}
        {error && (
          <div role="alert" className="bad-text">
            {error.message} {error.next && <span className="small muted">{error.next}</span>}
          </div>
        )}
      </td>
      <td className="mqtt-row-actions">
        {d.state === 'discovered' && (
          <>
            <button type="button" className="button small primary" disabled={busy} aria-label={`Adopt ${name}`} onClick={() => void act(adopt.run(d.nativeId))}>
              Adopt
            </button>
            <button type="button" className="button small" disabled={busy} aria-label={`Ignore ${name}`} onClick={() => void act(ignore.run(d.nativeId))}>
              Ignore
            </button>
          </>
        )}
        {d.state === 'ignored' && (
          <button type="button" className="button small" disabled={busy} aria-label={`Stop ignoring ${name}`} onClick={() => void act(unignore.run(d.nativeId))}>
            Stop ignoring
          </button>
        )}
        {d.state === 'adopted' && <span className="muted small">On Home and in Devices</span>}
      </td>
    </tr>
  );
}

function AnnouncedDevices({ list, reload }: { list: MqttDevicesList; reload(): void }) {
  if (list.devices.length === 0) {
    return (
      <p className="muted">
        {list.running
          ? 'No device has announced itself yet. Devices appear here when they publish Home Assistant discovery messages (in Tasmota: SetOption19 0; in ESPHome: the mqtt: block; in Zigbee2MQTT: homeassistant: true).'
          : 'Devices announced on the broker appear here once Hearth is connected to it.'}
      </p>
    );
  }
  return (
    <table className="table compact mqtt-devices" aria-label="Devices announced on the broker">
      <thead>
        <tr>
          <th scope="col">Device</th>
          <th scope="col">Controls</th>
          <th scope="col">State</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {list.devices.map((d) => (
          <DeviceRow key={d.nativeId} d={d} onChanged={reload} />
        ))}
      </tbody>
    </table>
  );
}

/** The broker alone (first-run setup): address, sign-in, TLS, test and save. */
export function MqttBrokerSetup() {
  const load = useCall(mqttBroker).run;
  const [broker, setBroker] = useState<MqttBrokerView | null>(null);
  useEffect(() => void load().then((b) => b && setBroker(b)), [load]);
  if (!broker) return <p className="muted">Loading…</p>;
  return <BrokerForm broker={broker} onSaved={setBroker} />;
}

export function MqttSettings() {
  const loadBroker = useCall(mqttBroker).run;
  const loadDevices = useCall(mqttDevices, { quiet: true }).run;
  const [broker, setBroker] = useState<MqttBrokerView | null>(null);
  const [list, setList] = useState<MqttDevicesList>({ running: false, devices: [] });
  const reload = useCallback(() => {
    void loadBroker().then((b) => b && setBroker(b));
    void loadDevices().then((l) => l && setList(l));
  }, [loadBroker, loadDevices]);
  useEffect(reload, [reload]);
  useEvent('mqtt.devices', (l) => {
    setList(l);
    void loadBroker().then((b) => b && setBroker(b));
  });
  useEvent('radios.changed', () => void loadBroker().then((b) => b && setBroker(b)));
  if (!broker) return <p className="muted">Loading…</p>;
  const [tone, label] = LINK[broker.state];
  return (
    <div className="mqtt-settings">
      <p className="lead small">
        Wi-Fi devices such as Tasmota, Shelly and ESPHome, and Zigbee2MQTT bridges, announce themselves on an MQTT broker. Give Hearth
        your broker and adopt the devices it finds.
      </p>
      <p className="mqtt-link" role="status">
        <span className={`dot ${tone}`} aria-hidden="true" /> <strong>{label}</strong>
        {broker.message ? <span className="muted"> · {broker.message}</span> : null}
      </p>
      {broker.source === 'commandLine' && (
        <p className="banner" role="note">
          Hearth was started with the broker {broker.commandLineUrl} on its command line (<code>--mqtt-url</code>), which it uses instead of
          the one below until it starts without it.
        </p>
      )}
      <BrokerForm broker={broker} onSaved={(b) => (setBroker(b), reload())} />
      <h3 className="mqtt-devices-title">Devices on the broker</h3>
      <AnnouncedDevices list={list} reload={reload} />
    </div>
  );
}
