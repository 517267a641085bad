import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';

interface Props {
  label: string;
  value: number | null;
  busy: boolean;
  min?: number | undefined;
  max?: number | undefined;
  /** Read-only (over the plan's limit): shown, not usable; `describedBy` names the element that says why. */
  disabled?: boolean;
  describedBy?: string | undefined;
  onCommit(value: number): void;
}

/** The thumb's width (app.css: 18 px and a 2 px border): it stays inside the track at both ends. */
const THUMB = 22;

/**
 * A 0–100 % slider: follows the device's reports, except while the user is dragging it. It behaves as Radix's
 * Slider did (same markup and classes; a press on the track jumps there, a drag follows the pointer, the value is
 * sent once on release; arrows, Page Up/Down, Home and End send at once), without the thumb's size measured by
 * a layout read and a second render when each one mounts: a home shows one per dimmer, hundreds at once.
 */
export function LevelSlider({ label, value, busy, min = 0, max = 100, disabled = false, describedBy, onCommit }: Props) {
  const [draft, setDraft] = useState<number | null>(null);
  const root = useRef<HTMLSpanElement>(null);
  const thumb = useRef<HTMLSpanElement>(null);
  const before = useRef<number | null>(null);
  useEffect(() => {
    if (!busy) setDraft(null);
  }, [value, busy]);
  const shown = draft ?? value ?? 0;
  const clamp = (v: number) => Math.min(max, Math.max(min, Math.round(v)));
  const percent = max > min ? ((Math.min(max, Math.max(min, shown)) - min) / (max - min)) * 100 : 0;
  const at = (clientX: number) => {
    const rect = root.current!.getBoundingClientRect();
    return clamp(min + ((clientX - rect.left) / (rect.width || 1)) * (max - min));
  };
  const onPointerDown = (e: PointerEvent<HTMLSpanElement>) => {
    if (disabled || e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    e.preventDefault();
    thumb.current?.focus();
    before.current = shown;
    setDraft(at(e.clientX));
  };
  const onPointerMove = (e: PointerEvent<HTMLSpanElement>) => {
    if (before.current !== null && e.currentTarget.hasPointerCapture(e.pointerId)) setDraft(at(e.clientX));
  };
  const onPointerUp = (e: PointerEvent<HTMLSpanElement>) => {
    if (before.current === null) return;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    const next = at(e.clientX);
    const changed = next !== before.current;
    before.current = null;
    setDraft(next);
    if (changed) onCommit(next);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLSpanElement>) => {
    if (disabled) return;
    const big = 10;
    const step = e.shiftKey ? big : 1;
    const next =
      e.key === 'Home' ? min
      : e.key === 'End' ? max
      : e.key === 'PageUp' ? shown + big
      : e.key === 'PageDown' ? shown - big
      : e.key === 'ArrowRight' || e.key === 'ArrowUp' ? shown + step
      : e.key === 'ArrowLeft' || e.key === 'ArrowDown' ? shown - step
      : null;
    if (next === null) return;
    e.preventDefault();
    const v = clamp(next);
    if (v === shown) return;
    setDraft(v);
    onCommit(v);
  };
  const off = disabled ? '' : undefined;
  return (
    <div className="slider-row">
      <span
        ref={root}
        className="slider"
        aria-label={label}
        aria-busy={busy}
        aria-disabled={disabled || undefined}
        data-disabled={off}
        data-orientation="horizontal"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onLostPointerCapture={() => (before.current = null)}
      >
        <span className="slider-track" data-orientation="horizontal" data-disabled={off}>
          <span className="slider-range" data-orientation="horizontal" data-disabled={off} style={{ left: 0, right: `${100 - percent}%` }} />
        </span>
        <span style={{ position: 'absolute', transform: 'translateX(-50%)', left: `calc(${percent}% + ${THUMB / 2 - (percent / 100) * THUMB}px)` }}>
          <span
            ref={thumb}
            role="slider"
            className="slider-thumb"
            aria-label={label}
            aria-describedby={describedBy}
            aria-valuemin={min}
            aria-valuemax={max}
            aria-valuenow={shown}
            aria-orientation="horizontal"
            data-orientation="horizontal"
            data-disabled={off}
            tabIndex={disabled ? undefined : 0}
            onKeyDown={onKeyDown}
          />
        </span>
      </span>
      <span className="slider-value" aria-hidden="true">{value === null ? '—' : `${Math.round(shown)} %`}</span>
    </div>
  );
}
