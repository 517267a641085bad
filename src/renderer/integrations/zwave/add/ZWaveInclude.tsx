// Z-Wave: pick how to add (secure inclusion, SmartStart code, without security) or remove a device, then
// follow that flow. Secure inclusion asks the security questions in dialogs as the device asks for them.
import { QrCode, ShieldCheck, ShieldOff, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { DemoLabels } from './DemoLabels';
import { InclusionStages } from './InclusionStages';
import { SmartStart } from './SmartStart';
import { useDemoLabels } from './useDemoLabels';
import { useInclusion } from './useInclusion';
import { ZWaveExclude } from './ZWaveExclude';

type Method = 'secure' | 'insecure' | 'smartStart' | 'remove';

const METHODS: Array<{ id: Method; title: string; hint: string; icon: typeof ShieldCheck; recommended?: boolean }> = [
  { id: 'secure', title: 'Add with security', hint: 'S2 encryption; you type the PIN from the device label.', icon: ShieldCheck, recommended: true },
  { id: 'smartStart', title: 'SmartStart code', hint: 'Type or paste the code under the QR on the box; it joins by itself when powered.', icon: QrCode },
  { id: 'insecure', title: 'Without security', hint: 'Only for devices that must not be encrypted. Commands travel in the clear.', icon: ShieldOff },
  { id: 'remove', title: 'Remove a device', hint: 'Exclusion: reset a device from any Z-Wave network so it can be added again.', icon: Trash2 },
];

export function ZWaveInclude() {
  const inc = useInclusion(['inclusion']);
  const labels = useDemoLabels();
  const [method, setMethod] = useState<Method | null>(null);
  const active = inc.state.stage !== 'idle';
  const choose = (m: Method) => {
    setMethod(m);
    if (m === 'secure') void inc.start('s2'); // S2; a device without it is only included with S0 or no security after asking
    if (m === 'insecure') void inc.start('insecure');
  };
  const back = () => {
    inc.reset();
    setMethod(null);
  };

  if (method === 'smartStart') return <SmartStart labels={labels} onBack={back} />;
  if (method === 'remove') return <ZWaveExclude onBack={back} />;
  if (active || method) {
    return (
      <div className="flow zwave-flow">
        <InclusionStages inc={inc} onRetry={() => void inc.start(inc.strategy)} onReset={back} />
        {inc.state.stage === 'waiting' && <DemoLabels labels={labels} only={['s2', 's0', 'insecure']} />}
        {inc.state.stage === 'idle' && !inc.busy.any && (
          <button type="button" className="link-button" onClick={back}>
            ← Other ways to add
          </button>
        )}
      </div>
    );
  }
  return (
    <div className="flow zwave-flow">
      <div className="method-pick" role="group" aria-label="How do you want to add it?">
        {METHODS.map((m) => (
          <button key={m.id} type="button" className={`protocol-option${m.id === 'remove' ? ' remove' : ''}`} onClick={() => choose(m.id)}>
            <strong>
              <m.icon size={16} aria-hidden="true" /> {m.title}
            </strong>
            {m.recommended && <span className="recommended">Recommended</span>}
            <span className="muted">{m.hint}</span>
          </button>
        ))}
      </div>
      <DemoLabels labels={labels} />
    </div>
  );
}
