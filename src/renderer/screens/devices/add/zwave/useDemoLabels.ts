// Demo home only: the printed labels of the simulated devices still "in the box". Elsewhere: none.
import { useEffect, useState } from 'react';
import type { DemoLabel } from '../../../../../shared/contract';
import { useHome } from '../../../../store/context';

export function useDemoLabels(): DemoLabel[] {
  const client = useHome((s) => s.client);
  const [labels, setLabels] = useState<DemoLabel[]>([]);
  useEffect(() => {
    let live = true;
    client
      .call('zwave.demo.labels', {})
      .then((l) => live && setLabels(l))
      .catch(() => live && setLabels([])); // not the demo home: nothing to show
    return () => {
      live = false;
    };
  }, [client]);
  return labels;
}

/** The label whose DSK matches the one being confirmed (its first group is hidden). */
export function labelForDsk(labels: DemoLabel[], dsk: string): DemoLabel | undefined {
  const tail = dsk.split('-').slice(1).join('-');
  return labels.find((l) => l.dsk && l.dsk.split('-').slice(1).join('-') === tail);
}
