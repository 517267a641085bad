// Demo home only: the printed labels of the simulated devices still "in the box". Elsewhere: none.
import { useEffect, useState } from 'react';
import type { DemoLabel } from '../../../../shared/contract';
import { useCall } from '../../../api/useCall';
import { demoLabels } from '../../../api/zwave';

export function useDemoLabels(): DemoLabel[] {
  const load = useCall(demoLabels, { quiet: true }).run; // not the demo home: nothing to show
  const [labels, setLabels] = useState<DemoLabel[]>([]);
  useEffect(() => {
    let live = true;
    void load().then((l) => live && setLabels(l ?? []));
    return () => {
      live = false;
    };
  }, [load]);
  return labels;
}

/** The label whose DSK matches the one being confirmed (its first group is hidden). */
export function labelForDsk(labels: DemoLabel[], dsk: string): DemoLabel | undefined {
  const tail = dsk.split('-').slice(1).join('-');
  return labels.find((l) => l.dsk && l.dsk.split('-').slice(1).join('-') === tail);
}
