// Settings → Voice assistants → Apple Home: Hearth's HomeKit bridge. Off until the owner turns it on, choosing in plain
// words which network connection(s) it may announce itself on (beyond this computer, that is a consent kept on the
// Privacy screen); then the setup code and its QR code to scan with the Home app, how many Apple Home controllers
// are paired, and the ways to start over (reset pairings) or stop (turn off). The demo home's bridge stays on this
// computer whatever is chosen. Which devices Apple Home sees is the table's "Apple Home (Siri)" column above.
import { House } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import type { HomekitInterface, HomekitStatus } from '../../../shared/contract';
import { disableHomekit, enableHomekit, homekitStatus, resetHomekitPairings } from '../../api/assistants';
import { useCall } from '../../api/useCall';
import { useEvent } from '../../api/useEvent';
import { QrCode } from '../../components/QrCode';
import './apple-home.css';

function where(i: HomekitInterface): string {
  if (i.loopback) return 'This computer only (for trying it out; your iPhone cannot reach it)';
  const addresses = [...i.ipv4, ...i.ipv6.filter((a) => !a.startsWith('fe80'))];
  return addresses.length ? `Your network, as ${addresses.join(', ')}` : 'A network connection with no address now';
}

export function AppleHomeSection() {
  const [status, setStatus] = useState<HomekitStatus | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const load = useCall(homekitStatus, { quiet: true });
  const enable = useCall(enableHomekit);
  const disable = useCall(disableHomekit);
  const reset = useCall(resetHomekitPairings);
  const refresh = useCallback(async () => {
    const s = await load.run();
    if (!s) return;
    setStatus(s);
    setPicked((p) => (p.length ? p : s.interfaces.length ? s.interfaces : s.available.filter((i) => !i.loopback && i.ipv4.length > 0).slice(0, 1).map((i) => i.name)));
  }, [load.run]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  useEvent('assistants.homekit.changed', () => void refresh());
  useEvent('assistants.exposure.changed', (c) => c.assistant === 'homekit' && void refresh());
  if (!status) return null;
  const done = (r: { status: HomekitStatus; message: string } | undefined) => {
    if (!r) return;
    setStatus(r.status);
    setMessage(r.message);
  };
  const toggle = (name: string, on: boolean) => setPicked((p) => (on ? [...new Set([...p, name])] : p.filter((x) => x !== name)));
  const beyond = picked.some((n) => status.available.find((i) => i.name === n)?.loopback === false);
  const busy = enable.busy || disable.busy || reset.busy;
  return (
    <section className="apple-home" aria-labelledby="apple-home-title">
      <h3 id="apple-home-title">
        <House size={16} aria-hidden="true" /> Apple Home (Siri)
      </h3>
      {!status.enabled ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (picked.length > 0) void enable.run(picked, status.consent.version).then(done);
          }}
        >
          <p>
            Hearth can appear in the Home app on your iPhone, iPad or Mac as a bridge with the devices you switch on in the “Apple Home (Siri)”
            column above, so you can control them there and with Siri. It stays off until you turn it on.
          </p>
          {status.demo && <p className="muted">This is the demo home: its bridge stays on this computer whatever you pick, so nothing is announced on your network.</p>}
          <fieldset>
            <legend>Where may Hearth announce the bridge?</legend>
            {status.available.map((i) => (
              <label key={i.name} className="interface-row">
                <input type="checkbox" checked={picked.includes(i.name)} onChange={(e) => toggle(i.name, e.target.checked)} aria-label={i.name} />
                <span>
                  <strong className="mono">{i.name}</strong>
                  <br />
                  <span className="muted small">{where(i)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          {beyond && !status.demo && <p className="muted small">{status.consent.text}</p>}
          <button type="submit" className="button primary" disabled={busy || picked.length === 0}>
            Turn on Apple Home
          </button>
        </form>
      ) : (
        <>
          <p role="status">
            {status.running
              ? `On, announced on ${status.advertisedOn.join(', ')}${status.demo ? ' (this computer only: the demo home)' : ''}. ${status.exposed} device${status.exposed === 1 ? '' : 's'} shared; ${status.paired === 0 ? 'not added to the Home app yet' : `added to the Home app (${status.paired} paired)`}.`
              : (status.problem ?? 'On, but not running.')}
          </p>
          {status.setup && status.paired === 0 && (
            <div className="pairing">
              <QrCode text={status.setup.uri} label="QR code to scan with the Home app" size={168} />
              <div>
                <p>In the Home app, choose Add Accessory and scan this code, or type the setup code:</p>
                <p className="setup-code" aria-label="Setup code">
                  {status.setup.code}
                </p>
                <p className="muted small">Anyone with this code on the same network could add the bridge, so keep it to your household.</p>
              </div>
            </div>
          )}
          {status.setup && status.paired > 0 && <p className="muted small">Setup code {status.setup.code} (for adding the bridge again after a reset).</p>}
          <div className="actions">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => {
                if (window.confirm('Forget every Apple Home pairing and make a new setup code? You will need to add the bridge to the Home app again.')) void reset.run().then(done);
              }}
            >
              Reset pairings
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void disable.run().then(done)}>
              Turn off Apple Home
            </button>
          </div>
        </>
      )}
      {message && (
        <p className="muted" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
