// Large lists (a home of thousands of devices) are rendered a chunk at a time: a chunk far from the screen is an
// empty block of about its height until it comes within a screen or so of the viewport, and stays rendered from
// then on. The first chunk renders at once. Small lists never use this (every item is in the page, as before).
import { useEffect, useRef, useState, type ReactNode } from 'react';

/** Lists longer than this are chunked. */
export const LARGE_LIST = 200;

/** Splits a list into chunks of `size` (one chunk when the list is not large: render those eagerly). */
export function chunked<T>(items: readonly T[], size: number): T[][] {
  if (items.length <= LARGE_LIST) return [items.slice()];
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** How near the viewport (above or below) a chunk starts rendering. */
const NEAR = '1200px 0px';

/**
 * One observer for every waiting chunk of the window (a home of 10,000 devices has about 200), rather than one
 * observer per chunk, each created in its own effect and checked on its own. Each element maps to the callback
 * that marks its chunk seen; a seen (or unmounted) chunk is unobserved and forgotten.
 */
let shared: IntersectionObserver | null = null;
const waiting = new Map<Element, () => void>();

function watch(el: Element, onSeen: () => void): () => void {
  shared ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        const seen = waiting.get(e.target);
        shared?.unobserve(e.target);
        waiting.delete(e.target);
        seen?.();
      }
    },
    { rootMargin: NEAR },
  );
  waiting.set(el, onSeen);
  shared.observe(el);
  return () => {
    if (!waiting.delete(el)) return;
    shared?.unobserve(el);
  };
}

/** True once the element has come within NEAR of the viewport (or at once when `eager`). */
function useSeen(eager: boolean) {
  const ref = useRef<HTMLElement | null>(null);
  const [seen, setSeen] = useState(eager);
  useEffect(() => {
    if (seen || !ref.current) return;
    return watch(ref.current, () => setSeen(true));
  }, [seen]);
  return { ref, seen };
}

/** A chunk of cards in a grid: rendered when near the screen, else a block of about its size. */
export function LazyBlock({ eager, size, className, children }: { eager: boolean; size: { width: number; height: number }; className?: string; children: () => ReactNode }) {
  const { ref, seen } = useSeen(eager);
  if (seen) return <div className={className}>{children()}</div>;
  return <div ref={(el) => void (ref.current = el)} className={className} style={{ width: size.width, maxWidth: '100%', height: size.height }} aria-hidden="true" />;
}

/** A chunk of table rows (its own tbody): rendered when near the screen, else one empty row of `height` px. */
export function LazyRows({ eager, height, columns, children }: { eager: boolean; height: number; columns: number; children: () => ReactNode }) {
  const { ref, seen } = useSeen(eager);
  if (seen) return <tbody>{children()}</tbody>;
  return (
    <tbody ref={(el) => void (ref.current = el)} aria-hidden="true">
      <tr style={{ height }}>
        <td colSpan={columns} />
      </tr>
    </tbody>
  );
}
