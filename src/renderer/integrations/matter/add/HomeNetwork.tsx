// Matter on the home network: asks once, in plain words, whether Hearth may look for Matter devices on the
// network; the person picks the connection(s) (this computer's interfaces with their addresses; virtual ones such
// as containers and VPNs folded away); the choice is remembered (a consent on the Privacy screen) and can be
// withdrawn here. Also says how to add Thread devices (share from another app) and whether Bluetooth set-up works.
import { Network } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import type { MatterHomeNetworkView, MatterInterface } from '../../../../shared/contract';
import { agreeMatterHomeNetwork, matterHomeNetwork, withdrawMatterHomeNetwork } from '../../../api/matter';
import { useCall } from '../../../api/useCall';

function InterfaceRow({ i, checked, onChange }: { i: MatterInterface; checked: boolean; onChange(on: boolean): void }) {
  const kind = i.kind === 'wifi' ? 'Wi-Fi' : i.kind === 'wired' ? 'Wired' : 'Virtual';
  const addresses = [...i.ipv4, ...i.ipv6.filter((a) => !a.startsWith('fe80'))].join(', ') || (i.ipv6.length ? 'link-local IPv6 only' : 'no address');
  return (
    <label className="interface-row">
      <input type="checkbox" checked={checked} disabled={!i.usable} onChange={(e) => onChange(e.target.checked)} />
      <span>
        <strong className="mono">{i.name}</strong> <span className="muted">{kind}</span>
        <br />
        <span className="muted mono small">{addresses}</span>
        {!i.usable && <span className="muted small"> — no IPv6 address, which Matter needs</span>}
      </span>
    </label>
  );
}

/** `compact`: where devices are added (a short question, the details behind it); otherwise the Settings section. */
export function MatterHomeNetwork({ compact = false }: { compact?: boolean }) {
  const [view, setView] = useState<MatterHomeNetworkView | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [showVirtual, setShowVirtual] = useState(false);
  const load = useCall(matterHomeNetwork, { quiet: true });
  const agree = useCall(agreeMatterHomeNetwork, { handle: (e) => (setProblem(`${e.message} ${e.next ?? ''}`.trim()), true) });
  const withdraw = useCall(withdrawMatterHomeNetwork, { handle: (e) => (setProblem(e.message), true) });
  const refresh = useCallback(async () => {
    const v = await load.run();
    if (!v) return;
    setView(v);
    setPicked(v.chosen.length ? v.chosen : v.interfaces.filter((i) => i.usable && i.kind !== 'virtual').slice(0, 1).map((i) => i.name));
  }, [load.run]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  if (!view) return null;
  const real = view.interfaces.filter((i) => i.kind !== 'virtual');
  const virtual = view.interfaces.filter((i) => i.kind === 'virtual');
  const toggle = (name: string, on: boolean) => setPicked((p) => (on ? [...new Set([...p, name])] : p.filter((x) => x !== name)));
  const granted = view.consent.granted && view.chosen.length > 0;
  return (
    <section className={`matter-home-network${compact ? ' compact' : ''}`} aria-label="Matter on your home network">
      <h3>
        <Network size={16} aria-hidden="true" /> {view.consent.title}
      </h3>
      {view.demo && (
        <p className="muted">
          The demo home&apos;s Matter devices live on this computer only and never use your network. To add your own devices, let Hearth look on
          your network; it then runs your home instead of the demo (your demo home is kept; switch back in Settings).
        </p>
      )}
      {granted ? (
        <p>
          Hearth may look for Matter devices on <strong className="mono">{view.chosen.join(', ')}</strong>
          {view.active.length === 0 ? ' from its next start.' : '.'}{' '}
          <button
            type="button"
            className="button"
            disabled={withdraw.busy}
            onClick={async () => {
              const r = await withdraw.run();
              if (r) {
                setView(r.view);
                setMessage(r.message);
              }
            }}
          >
            Stop looking on my network
          </button>
        </p>
      ) : (
        <form
          className="matter-consent"
          onSubmit={async (e) => {
            e.preventDefault();
            setProblem(null);
            if (picked.length === 0) return setProblem('Pick the network connection your Matter devices are on.');
            const r = await agree.run(picked, view.consent.version);
            if (r) {
              setView(r.view);
              setMessage(r.message);
            }
          }}
        >
          <p>{view.consent.text}</p>
          <fieldset>
            <legend>Which connection are your Matter devices on?</legend>
            {real.length === 0 && <p className="muted">This computer has no network connection other than itself.</p>}
            {real.map((i) => (
              <InterfaceRow key={i.name} i={i} checked={picked.includes(i.name)} onChange={(on) => toggle(i.name, on)} />
            ))}
            {virtual.length > 0 && (
              <details open={showVirtual} onToggle={(e) => setShowVirtual((e.target as HTMLDetailsElement).open)}>
                <summary>Other connections ({virtual.length}: containers, virtual machines, VPNs)</summary>
                {virtual.map((i) => (
                  <InterfaceRow key={i.name} i={i} checked={picked.includes(i.name)} onChange={(on) => toggle(i.name, on)} />
                ))}
              </details>
            )}
          </fieldset>
          {view.interfaces.length > 0 && (
            <button type="submit" className="button primary" disabled={agree.busy}>
              Yes, look for Matter devices on {picked.length ? picked.join(', ') : 'this connection'}
            </button>
          )}
        </form>
      )}
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      {message && (
        <p role="status" className="muted">
          {message}
        </p>
      )}
      <details className="matter-paths" open={!compact}>
        <summary>Thread devices, and devices already in another app</summary>
        <p>
          Already using the device with Apple Home, Google Home, SmartThings or another Matter app? Share it from that app (look for
          &ldquo;Turn on pairing mode&rdquo;, &ldquo;Linked Matter apps&rdquo; or &ldquo;Share&rdquo;), then enter the code it shows here. This is also
          the way to add Thread devices: your other app&apos;s hub (a HomePod, Nest hub or similar) is their border router, and Hearth reaches them
          through it on your network.
        </p>
        <p className="muted">{view.bluetooth.reason}</p>
      </details>
    </section>
  );
}
