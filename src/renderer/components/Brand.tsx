import { Flame } from 'lucide-react';

/** Hearth's name and flame at the left of the top bar. */
export function Brand() {
  return (
    <div className="brand">
      <Flame size={22} aria-hidden="true" />
      <span>Hearth</span>
    </div>
  );
}
