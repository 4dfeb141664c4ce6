import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

/**
 * Controls shown inline on wide screens and folded into one menu button on a phone
 * (the switch is pure CSS, so the prerendered page is right before hydration).
 * Escape or a click outside closes the open menu.
 */
export function FoldMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="fold-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="fold-menu-button control-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((was) => !was)}
      >
        <MenuIcon />
        <span className="visually-hidden">{label}</span>
      </button>
      <div id={id} className="fold-menu-panel" data-open={open || undefined}>
        {children}
      </div>
    </div>
  );
}

function MenuIcon() {
  return (
    <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" fill="none" stroke="currentColor">
      <path d="M3 6h14M3 10h14M3 14h14" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}
