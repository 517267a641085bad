import { protocolLabel } from '../integrations/labels';
import { useHome } from '../store/context';

/** Connection to the core and the radios' state, in one glanceable pill. */
export function StatusPill() {
  const connection = useHome((s) => s.connection);
  const adapters = useHome((s) => s.adapters);
  let tone = 'ok';
  let text: string;
  if (connection !== 'open') {
    tone = connection === 'unauthorized' ? 'bad' : 'warn';
    text = connection === 'unauthorized' ? 'Not authorised' : 'Reconnecting…';
  } else if (adapters.some((a) => a.state === 'failed')) {
    tone = 'bad';
    text = 'Radio problem';
  } else if (adapters.some((a) => a.state === 'starting')) {
    tone = 'warn';
    text = 'Radios starting…';
  } else {
    const names = adapters.map((a) => protocolLabel(a.protocol));
    text = names.length ? `${names.join(', ')} ready` : 'Connected';
  }
  return (
    <span className="status" role="status" aria-label={`Status: ${text}`} title={adapters.map((a) => `${a.label}: ${a.state}`).join('\n')}>
      <span className={`dot ${tone}`} aria-hidden="true" />
      {text}
    </span>
  );
}
