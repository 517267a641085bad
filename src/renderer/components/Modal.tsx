// A modal dialog: role=dialog + aria-modal, focus moves in on open (to `initialFocus` or the first field),
// Tab stays inside, Escape cancels, and focus returns to where it was on close.
import { useEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export function Modal({
  title,
  eyebrow,
  describedBy,
  onCancel,
  initialFocus,
  role = 'dialog',
  className,
  children,
}: {
  title: string;
  eyebrow?: string;
  describedBy?: string;
  onCancel(): void;
  initialFocus?: RefObject<HTMLElement | null>;
  role?: 'dialog' | 'alertdialog';
  className?: string;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const cancel = useRef(onCancel);
  cancel.current = onCancel;
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = initialFocus?.current ?? box.current?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => before?.focus();
  }, []); // once, when the dialog opens
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      cancel.current();
      return;
    }
    if (e.key !== 'Tab' || !box.current) return;
    const items = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (items.length === 0) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };
  const titleId = `modal-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <div className="overlay" onKeyDown={onKeyDown}>
      <div ref={box} className={`dialog modal ${className ?? ''}`} role={role} aria-modal="true" aria-labelledby={titleId} aria-describedby={describedBy}>
        <header className="dialog-head">
          <div>
            {eyebrow && <p className="eyebrow">{eyebrow}</p>}
            <h2 id={titleId}>{title}</h2>
          </div>
        </header>
        {children}
      </div>
    </div>
  );
}
